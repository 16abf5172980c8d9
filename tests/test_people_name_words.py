"""Words that are no name words (data/common_words.json): one table of hand-written cases per
class of spurious person, run on the component ``diplo_not_people`` alone with Docs built by
hand (words, spaces, entities), so that no case depends on what the statistical model tags.
Expected entities are worked out by hand from the rules (pipeline/data/README.md, section
'common_words.json'), never pasted from output."""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.gazetteer import get_gazetteer
from pipeline.nlp import add_components
from pipeline.nlp.lexicon import COMMON_WORDS_PATH, common_words_from_dict, load_common_words


def _doc(nlp, tokens: str, ents: list[tuple[str, str]]) -> Doc:
    """``tokens``: words separated by one space; ``ents``: (words as written, label), in order."""
    words = tokens.split(" ")
    iob = ["O"] * len(words)
    cursor = 0
    for text, label in ents:
        seq = text.split(" ")
        i = next(i for i in range(cursor, len(words)) if words[i : i + len(seq)] == seq)
        iob[i : i + len(seq)] = [f"B-{label}"] + [f"I-{label}"] * (len(seq) - 1)
        cursor = i + len(seq)
    return Doc(nlp.vocab, words=words, ents=iob)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    add_components(nlp, get_gazetteer())
    return nlp


def _run(nlp, tokens: str, given: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = nlp.get_pipe("diplo_not_people")(_doc(nlp, tokens, given))
    return [(e.text, e.label_) for e in doc.ents]


# ------------------------------------------------------------------ 1. no name word at all
# Common nouns and verbs capitalised in a heading or a title, with no name word among them:
# no person. A title or honorific right before makes the same words a surname.
NO_NAME_WORD_CASES = [
    ("Leaders Seek Solutions to Violence", [("Seek Solutions", "PERSON")], []),
    ("– Readout of the Call", [("Readout", "PERSON")], []),
    ("the Strategic Outlook said", [("Strategic Outlook", "PERSON")], []),
    ("Thank you , Your Majesty , for", [("Your Majesty", "PERSON")], []),
    ("the Annual Review said", [("Annual Review", "PERSON")], []),
    ("New Approaches to Security", [("New Approaches", "PERSON")], []),
    ("Joint Press Availability with", [("Press Availability", "PERSON")], []),
    ("confirmed that Brexit would be on the agenda", [("Brexit", "PERSON")], []),
    # a title or an honorific before: a surname, whatever it means in English
    ("President Sang met him", [("President Sang", "PERSON")], [("President Sang", "PERSON")]),
    ("Secretary Rice said", [("Rice", "PERSON")], [("Rice", "PERSON")]),
    ("Prime Minister Dung arrived", [("Dung", "PERSON")], [("Dung", "PERSON")]),
    ("Mr. Young said", [("Mr. Young", "PERSON")], [("Mr. Young", "PERSON")]),
    # surnames that are English words, after a given name: names (census surnames)
    ("Condoleezza Rice said", [("Condoleezza Rice", "PERSON")], [("Condoleezza Rice", "PERSON")]),
    ("John Key said", [("John Key", "PERSON")], [("John Key", "PERSON")]),
    ("Ned Price said", [("Ned Price", "PERSON")], [("Ned Price", "PERSON")]),
    ("Gordon Brown said", [("Gordon Brown", "PERSON")], [("Gordon Brown", "PERSON")]),
    # a surname of a known office-holder, alone and untitled, whatever it means in English
    ("Tusk said", [("Tusk", "PERSON")], [("Tusk", "PERSON")]),
    ("Cleverly said", [("Cleverly", "PERSON")], [("Cleverly", "PERSON")]),
]


@pytest.mark.parametrize("tokens,given,expected", NO_NAME_WORD_CASES)
def test_a_span_with_no_name_word_is_no_person(blank, tokens, given, expected):
    assert _run(blank, tokens, given) == expected


# ------------------------------------------------------------------ 2. a plural common noun at the end
# A name ending in a plural common noun names a group or a work, not one person; surnames that
# look like plurals are census surnames and stay.
PLURAL_END_CASES = [
    ("Posted by DipNote Bloggers", [("DipNote Bloggers", "PERSON")], []),
    ("Bevans , Charles I. Treaties and Other", [("Charles I. Treaties", "PERSON")], []),
    ("the Hanoi Talks ended", [("Hanoi Talks", "PERSON")], []),
    ("Tony Blair Associates said", [("Tony Blair Associates", "PERSON")], []),
    ("the Nobel Laureates met", [("Nobel Laureates", "PERSON")], []),
    ("William Burns said", [("William Burns", "PERSON")], [("William Burns", "PERSON")]),
    ("Tyrone Woods died", [("Tyrone Woods", "PERSON")], [("Tyrone Woods", "PERSON")]),
    ("Ernie Banks played", [("Ernie Banks", "PERSON")], [("Ernie Banks", "PERSON")]),
    ("Maxine Waters spoke", [("Maxine Waters", "PERSON")], [("Maxine Waters", "PERSON")]),
    ("Bill Gates spoke", [("Bill Gates", "PERSON")], [("Bill Gates", "PERSON")]),
]


@pytest.mark.parametrize("tokens,given,expected", PLURAL_END_CASES)
def test_a_plural_common_noun_ends_no_person(blank, tokens, given, expected):
    assert _run(blank, tokens, given) == expected


# ------------------------------------------------------------------ 3. a role or heading before a name
# Capitalised common nouns before a name of two words or more are a role, not part of the name;
# a title after them goes too. Given names that are English words are census names and stay.
ROLE_CASES = [
    ("Analyst Rashid Abdi said", [("Analyst Rashid Abdi", "PERSON")], [("Rashid Abdi", "PERSON")]),
    ("met Shogun Tokugawa Ieyasu in", [("Shogun Tokugawa Ieyasu", "PERSON")], [("Tokugawa Ieyasu", "PERSON")]),
    ("Correspondent Jane Doering reported", [("Correspondent Jane Doering", "PERSON")], [("Jane Doering", "PERSON")]),
    ("Historian Bruce Cumings wrote", [("Historian Bruce Cumings", "PERSON")], [("Bruce Cumings", "PERSON")]),
    ("the Jordanian Monarch King Abdullah II arrived", [("Monarch King Abdullah II", "PERSON")],
     [("Abdullah II", "PERSON")]),
    ("Economist Hyun Song Shin said", [("Economist Hyun Song Shin", "PERSON")], [("Hyun Song Shin", "PERSON")]),
    ("Yesterday Shinzo Abe said", [("Yesterday Shinzo Abe", "PERSON")], [("Shinzo Abe", "PERSON")]),
    # given names that are English words stay
    ("Will Smith spoke", [("Will Smith", "PERSON")], [("Will Smith", "PERSON")]),
    ("Frank Bainimarama spoke", [("Frank Bainimarama", "PERSON")], [("Frank Bainimarama", "PERSON")]),
    ("Grace Mugabe spoke", [("Grace Mugabe", "PERSON")], [("Grace Mugabe", "PERSON")]),
    ("Hope Hicks spoke", [("Hope Hicks", "PERSON")], [("Hope Hicks", "PERSON")]),
    ("Sheikh Hasina Wazed spoke", [("Sheikh Hasina Wazed", "PERSON")], [("Sheikh Hasina Wazed", "PERSON")]),
    ("Moon Jae-in spoke", [("Moon Jae-in", "PERSON")], [("Moon Jae-in", "PERSON")]),
]


@pytest.mark.parametrize("tokens,given,expected", ROLE_CASES)
def test_a_role_before_a_name_is_cut(blank, tokens, given, expected):
    assert _run(blank, tokens, given) == expected


# ------------------------------------------------------------------ the word list itself
@pytest.mark.parametrize("word,common", [
    ("treaties", True), ("readout", True), ("analyst", True), ("solutions", True), ("shogun", True),
    ("spokesperson", True), ("confederation", True), ("majesty", True),
    # common surnames and given names are never common words
    ("rice", False), ("key", False), ("bush", False), ("price", False), ("king", False), ("young", False),
    ("brown", False), ("may", False), ("frank", False), ("bill", False), ("sang", False), ("sheikh", False),
])
def test_common_words_leave_out_names(word, common):
    assert (word in load_common_words()) is common


def test_common_words_json_is_validated():
    data = json.loads(COMMON_WORDS_PATH.read_text(encoding="utf-8"))
    assert len(common_words_from_dict(data)) > 50000
    with pytest.raises(ValueError, match="unknown keys"):
        common_words_from_dict({**data, "extra": []})
    with pytest.raises(ValueError, match="lower-case"):
        common_words_from_dict({"common_words": ["Treaty"]})
    with pytest.raises(ValueError, match="common_words"):
        common_words_from_dict({"common_words": "treaty"})
