"""The spaCy components of pipeline/nlp/, each run alone on ``spacy.blank("en")`` with Docs
built by hand (words, spaces and entities), so that no case depends on the statistical model.
Expected entities are worked out by hand from each component's rules."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.gazetteer import get_gazetteer
from pipeline.nlp import COMPONENT_ORDER, add_components
from pipeline.nlp.base import NotInitialized
from pipeline.nlp.tokenizer import TOKENIZER_CONFIG


def make_doc(nlp, tokens: str, ents: list[tuple[str, str]]) -> Doc:
    """``tokens``: words separated by one space, ``_`` glues a word to the next (``Su_-_Yong``),
    ``\\n`` is a line break token. ``ents``: (words as written in ``tokens``, label), in order."""
    words, spaces = [], []
    for chunk in tokens.split(" "):
        parts = chunk.split("_")
        for k, part in enumerate(parts):
            words.append(part)
            spaces.append(k == len(parts) - 1 and part != "\n")
    iob = ["O"] * len(words)
    flat = " ".join(w for w in tokens.replace("_", " ").split(" "))
    cursor = 0
    for text, label in ents:
        n = len(text.replace("_", " ").split(" "))
        seq = text.replace("_", " ").split(" ")
        i = next(i for i in range(cursor, len(words)) if words[i : i + n] == seq)
        iob[i : i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
        cursor = i + n
    assert flat  # keeps the helper honest about its input
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=iob)


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def blank():
    """A blank English pipeline with the five components, given the project's data."""
    nlp = spacy.blank("en")
    add_components(nlp, get_gazetteer())
    return nlp


def run(nlp, name: str, doc: Doc) -> list[tuple[str, str]]:
    return ents(nlp.get_pipe(name)(doc))


# ------------------------------------------------------------------ diplo_ent_newlines
NEWLINE_CASES = [
    ("Ri Yong Ho \n - said", [("Ri Yong Ho \n -", "PERSON")], [("Ri Yong Ho", "PERSON")]),
    ("Minister Kim - spoke", [("Kim -", "PERSON")], [("Kim", "PERSON")]),
    ("Talks in Tokyo ended", [("Tokyo", "GPE")], [("Tokyo", "GPE")]),
    ("see \n Tokyo today", [("\n Tokyo", "GPE")], []),
    ("North Korea , \n Japan", [("North Korea , \n Japan", "GPE")], [("North Korea", "GPE")]),
]


@pytest.mark.parametrize("tokens,given,expected", NEWLINE_CASES)
def test_ent_newlines(blank, tokens, given, expected):
    assert run(blank, "diplo_ent_newlines", make_doc(blank, tokens, given)) == expected


# ------------------------------------------------------------------ diplo_place_person_split
SPLIT_CASES = [
    ("North Korea Ri Su_-_Yong said", [("North Korea Ri Su - Yong", "GPE")],
     [("North Korea", "GPE"), ("Ri Su-Yong", "PERSON")]),
    ("minister of Vietnam Li Jin came", [("Vietnam Li Jin", "PERSON")],
     [("Vietnam", "GPE"), ("Li Jin", "PERSON")]),
    ("Malaysia Sergey Motegi came", [("Malaysia Sergey Motegi", "ORG")],
     [("Malaysia", "GPE"), ("Sergey Motegi", "PERSON")]),
    ("Jordan Peterson spoke", [("Jordan Peterson", "PERSON")], [("Jordan Peterson", "PERSON")]),
    ("the Russia Relations page", [("Russia Relations", "PERSON")], [("Russia", "GPE")]),
    ("Tokyo Tower stands", [("Tokyo Tower", "FAC")], [("Tokyo Tower", "FAC")]),
    # a one-word country opens a PERSON after "to", or after a place and "and"
    ("Ambassador to Australia and Vanuatu Siswo Pramono said",
     [("Australia", "GPE"), ("Vanuatu Siswo Pramono", "PERSON")],
     [("Australia", "GPE"), ("Vanuatu", "GPE"), ("Siswo Pramono", "PERSON")]),
    ("envoy to Kenya and Uganda Ruth Achieng said", [("Kenya", "GPE"), ("Uganda Ruth Achieng", "PERSON")],
     [("Kenya", "GPE"), ("Uganda", "GPE"), ("Ruth Achieng", "PERSON")]),
    ("Ambassador to Chad Mark Lindqvist said", [("Chad Mark Lindqvist", "PERSON")],
     [("Chad", "GPE"), ("Mark Lindqvist", "PERSON")]),
    ("he talked to Jordan Peterson today", [("Jordan Peterson", "PERSON")], [("Jordan Peterson", "PERSON")]),
    ("met Tony Blair and Jordan Peterson", [("Tony Blair", "PERSON"), ("Jordan Peterson", "PERSON")],
     [("Tony Blair", "PERSON"), ("Jordan Peterson", "PERSON")]),
]


@pytest.mark.parametrize("tokens,given,expected", SPLIT_CASES)
def test_place_person_split(blank, tokens, given, expected):
    assert run(blank, "diplo_place_person_split", make_doc(blank, tokens, given)) == expected


# ------------------------------------------------------------------ diplo_place_names
PLACE_CASES = [
    ("talks in Ulaanbaatar ended", [("Ulaanbaatar", "PERSON")], [("Ulaanbaatar", "GPE")]),
    ("host Kim and Abe", [("Kim", "GPE"), ("Abe", "PERSON")], [("Kim", "PERSON"), ("Abe", "PERSON")]),
    ("the ROK said", [], [("ROK", "GPE")]),
    ("we rok on", [], []),
    ("PYONGYANG , Sept. 9 ( KCNA )", [], [("PYONGYANG", "GPE")]),
    ("Japan_-_North Koera talks", [("Japan", "GPE")], [("Japan", "GPE"), ("North Koera", "GPE")]),
    ("at the UN headquarters today", [("UN", "ORG")], [("UN headquarters", "FAC")]),
]


@pytest.mark.parametrize("tokens,given,expected", PLACE_CASES)
def test_place_names(blank, tokens, given, expected):
    assert run(blank, "diplo_place_names", make_doc(blank, tokens, given)) == expected


# ------------------------------------------------------------------ diplo_person_names
PERSON_CASES = [
    ("Foreign Minister Kono_'s visit", [("Foreign Minister Kono 's", "PERSON")], [("Kono", "PERSON")]),
    ("Moon Jae_-_in said", [("Moon Jae", "PERSON")], [("Moon Jae-in", "PERSON")]),
    ("Yoon Suk Yeol said", [("Yoon Suk", "PERSON")], [("Yoon Suk Yeol", "PERSON")]),
    ("met Choe Son Hui today", [], [("Choe Son Hui", "PERSON")]),
    ("Foreign Minister Kono said", [], [("Kono", "PERSON")]),
    ("the Kim Il Sung Square was full", [], []),
    ("President of the Republic spoke", [], []),
]


@pytest.mark.parametrize("tokens,given,expected", PERSON_CASES)
def test_person_names(blank, tokens, given, expected):
    assert run(blank, "diplo_person_names", make_doc(blank, tokens, given)) == expected


# ------------------------------------------------------------------ diplo_not_people
NOT_PEOPLE_CASES = [
    ("( Xinhua ) reported", [("Xinhua", "PERSON")], [("Xinhua", "ORG")]),
    ("at the Kremlin today", [("Kremlin", "PERSON")], [("Kremlin", "FAC")]),
    ("Sam Basil MP spoke", [("Sam Basil MP", "PERSON")], [("Sam Basil", "PERSON")]),
    ("he assumed power then", [("assumed power", "PERSON")], []),
    ("the Border Police said", [("Border Police", "PERSON")], [("Border Police", "ORG")]),
    ("Theresa May said", [("Theresa May", "PERSON")], [("Theresa May", "PERSON")]),
    ("at the Blue House today", [("the Blue House", "PERSON")], [("the Blue House", "FAC")]),
    ("FOREIGN MINISTER \n The", [("FOREIGN MINISTER", "PERSON")], []),
]


@pytest.mark.parametrize("tokens,given,expected", NOT_PEOPLE_CASES)
def test_not_people(blank, tokens, given, expected):
    assert run(blank, "diplo_not_people", make_doc(blank, tokens, given)) == expected


# ------------------------------------------------------------------ the components as spaCy components
def test_components_are_registered_with_what_they_assign(blank):
    assert blank.pipe_names == list(COMPONENT_ORDER)
    for name in COMPONENT_ORDER:
        meta = blank.get_pipe_meta(name)
        assert meta.assigns == ["doc.ents"] and meta.requires == ["doc.ents"]


def test_a_component_without_data_says_so():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("diplo_person_names")
    with pytest.raises(NotInitialized, match="initialize"):
        component(nlp.make_doc("Foreign Minister Kono said"))


def test_components_round_trip_through_disk(blank, tmp_path):
    blank.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    assert again.pipe_names == blank.pipe_names
    for name, tokens, given in [("diplo_place_names", "talks in Ulaanbaatar ended", [("Ulaanbaatar", "PERSON")]),
                                ("diplo_person_names", "Moon Jae_-_in said", [("Moon Jae", "PERSON")]),
                                ("diplo_not_people", "Sam Basil MP spoke", [("Sam Basil MP", "PERSON")])]:
        assert run(again, name, make_doc(again, tokens, given)) == run(blank, name, make_doc(blank, tokens, given))


# ------------------------------------------------------------------ the registered tokenizer
def test_tokenizer_splits_a_hyphen_after_an_abbreviation():
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER_CONFIG}})
    assert [t.text for t in nlp.make_doc("U.S.-North Korea talks")] == ["U.S.", "-", "North", "Korea", "talks"]
    again = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER_CONFIG}})
    again.tokenizer.from_bytes(spacy.blank("en").tokenizer.to_bytes())  # settings saved without the rule
    assert [t.text for t in again.make_doc("U.S.-North")] == ["U.S.", "-", "North"]
    assert [t.text for t in spacy.blank("en").make_doc("U.S.-North")] == ["U.S.-North"]  # nothing patched


PREFIX_HYPHEN_CASES = [
    # (text, tokens): a hyphen after a word-initial prefix stays inside the word; other hyphens
    # between letters still split, and so does one after an abbreviation
    ("The embassy was re-established in 1979.", ["The", "embassy", "was", "re-established", "in", "1979", "."]),
    ("It was Re-Opened.", ["It", "was", "Re-Opened", "."]),
    ("co-operation on non-proliferation", ["co-operation", "on", "non-proliferation"]),
    ("a counter-terrorism and anti-piracy pact", ["a", "counter-terrorism", "and", "anti-piracy", "pact"]),
    ("Kim Jong-un and a Russia-Ukraine war", ["Kim", "Jong", "-", "un", "and", "a", "Russia", "-", "Ukraine", "war"]),
    ("U.S.-North Korea, a core-re-entry", ["U.S.", "-", "North", "Korea", ",", "a", "core", "-", "re-entry"]),
]


JOINED_HONORIFIC_CASES = [
    # (text, tokens): two honorifics written together are two tokens, so the parser does not end
    # the sentence inside a name
    ("to Hon.Ms. Nancy Tembo", ["to", "Hon.", "Ms.", "Nancy", "Tembo"]),
    ("with H.E.Mr. Kairat Abdrakhmanov", ["with", "H.E.", "Mr.", "Kairat", "Abdrakhmanov"]),
    ("met Hon.Mr. Peter Dutton", ["met", "Hon.", "Mr.", "Peter", "Dutton"]),
    ("thanked Prof.Dr. Ali Yilmaz", ["thanked", "Prof.", "Dr.", "Ali", "Yilmaz"]),
    ("called Hon.Mrs. Jane Doe", ["called", "Hon.", "Mrs.", "Jane", "Doe"]),
    ("the U.S. and Mr. Smith", ["the", "U.S.", "and", "Mr.", "Smith"]),
    # an honorific keeps its full stop, so "Amb." ends no sentence
    ("with H. E. Amb. Barry Faure", ["with", "H.", "E.", "Amb.", "Barry", "Faure"]),
    ("met Hon. Lee and Adm. Kim", ["met", "Hon.", "Lee", "and", "Adm.", "Kim"]),
]


GLUED_TITLE_CASES = [
    # (text, tokens): a one-word title glued to a capitalised name is split; words that merely
    # begin like a title are not
    ("run by PresidentAlexander Lukashenko", ["run", "by", "President", "Alexander", "Lukashenko"]),
    ("met MinisterSergey Lavrov", ["met", "Minister", "Sergey", "Lavrov"]),
    ("AmbassadorJon Huntsman", ["Ambassador", "Jon", "Huntsman"]),
    ("the Presidential Palace", ["the", "Presidential", "Palace"]),
    ("in Kingston", ["in", "Kingston"]),
    ("a PlayStation", ["a", "PlayStation"]),
]


@pytest.mark.parametrize("text,tokens", PREFIX_HYPHEN_CASES + JOINED_HONORIFIC_CASES + GLUED_TITLE_CASES)
def test_tokenizer_keeps_prefixed_words_whole_and_splits_joined_honorifics(text, tokens):
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER_CONFIG}})
    assert [t.text for t in nlp.make_doc(text)] == tokens
    again = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER_CONFIG}})
    again.tokenizer.from_bytes(spacy.blank("en").tokenizer.to_bytes())  # settings saved without the rule
    assert [t.text for t in again.make_doc(text)] == tokens
