"""The parse stage: blocks, list items and sentences with offsets, worked out by hand."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text, split_sentences

TEXT = (
    "Relations Overview\n"                                   # 0..18 title
    "Recent Developments\n"                                  # 19..38 heading
    "- (3) March 30-31, 2014: Consultations (in Beijing)\n"  # item 3
    "- Japan lodged a protest. Both sides met.\n"            # bullet, 2 sentences
    "\n"
    "The U.S. and Japan agreed. Talks resumed in 2015.\n"    # paragraph
)


def test_blocks_kinds_parents_numbers():
    doc = parse_text(TEXT)
    kinds = [(b.kind, b.parent, b.number) for b in doc.blocks]
    assert kinds == [
        ("title", None, None),
        ("heading", None, None),
        ("item", 1, 3),
        ("bullet", 2, None),
        ("paragraph", 1, None),
    ]
    assert doc.title == "Relations Overview"
    item = doc.blocks[2]
    assert doc.block_text(item) == "March 30-31, 2014: Consultations (in Beijing)"
    assert item.start_char == TEXT.index("March 30")


def test_sentences_round_trip_and_keep_abbreviations():
    doc = parse_text(TEXT)
    texts = [TEXT[s.start_char:s.end_char] for s in doc.sentences]
    assert texts == [
        "Relations Overview",
        "Recent Developments",
        "March 30-31, 2014: Consultations (in Beijing)",
        "Japan lodged a protest.",
        "Both sides met.",
        "The U.S. and Japan agreed.",
        "Talks resumed in 2015.",
    ]
    assert [s.block for s in doc.sentences] == [0, 1, 2, 3, 3, 4, 4]


@pytest.mark.parametrize("line, kind", [
    ("U.S. Recognition of Bolivian Independence, 1848.", "heading"),
    ("Establishment of the American Legation in La Paz, 1849.", "heading"),
    ("Elevation of American Legation to Embassy Status, 1942.", "heading"),
    ("Closure of U.S. Embassy in Beirut, 1984.", "heading"),
    ("Diplomatic relations were established in 1849.", "paragraph"),
    ("The Confederation dissolved in 1839.", "paragraph"),
    ("Talks Ended. Peace Came, 2012.", "paragraph"),
    ("Legation established at Riga, 1922.", "heading"),
    ("Embassy opened in Tallinn, 1991.", "heading"),
    ("The legation in Riga was closed by order of the Soviet authorities, 1940.", "paragraph"),
])
def test_dated_section_titles_are_headings(line, kind):
    """History pages title their sections with a year and a full stop; a sentence stays prose."""
    doc = parse_text("A Guide to Relations\n\n" + line + "\n\nSome text follows here.\n")
    assert doc.blocks[1].kind == kind


@pytest.mark.parametrize("line, kind", [
    ('He said: "We condemn the coup."', "paragraph"),
    ("Lee said: \u201cThe talks were useful.\u201d", "paragraph"),
    ("\u2018We will return,\u2019 she said.", "paragraph"),
    ('Kim said: "Why not?"', "paragraph"),
    ("(The meeting ended at noon.)", "paragraph"),
    ('The "Quad" Partnership', "heading"),
])
def test_a_line_ending_in_a_closing_quote_after_a_full_stop_is_prose(line, kind):
    """A short quoted sentence is prose, though its last character is a quotation mark."""
    doc = parse_text("A Guide to Relations\n\n" + line + "\n\nSome text follows here.\n")
    assert doc.blocks[1].kind == kind


@pytest.mark.parametrize("text, expected", [
    ("It went to Hon.Ms. Nancy Tembo, Minister.", ["It went to Hon.Ms. Nancy Tembo, Minister."]),
    ("He met H.E.Mr. Kim. Then he left.", ["He met H.E.Mr. Kim.", "Then he left."]),
    ("He met Hon.Mr. Dutton today.", ["He met Hon.Mr. Dutton today."]),
    ("They saw Prof.Dr. Yilmaz there.", ["They saw Prof.Dr. Yilmaz there."]),
    ("It ended in Tokyo.Next came Seoul. Then Busan.", ["It ended in Tokyo.Next came Seoul.", "Then Busan."]),
])
def test_honorifics_written_together_end_no_sentence(text, expected):
    doc = parse_text("Title\n\n" + text)
    assert [doc.text[s.start_char:s.end_char] for s in doc.sentences[1:]] == expected


@pytest.mark.parametrize("text, expected", [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Kim met Dr. Lee. Then he left.", ["Mr. Kim met Dr. Lee.", "Then he left."]),
    ("It was 3 p.m. on Friday. Done.", ["It was 3 p.m. on Friday.", "Done."]),
    ("  padded  ", ["padded"]),
    ("", []),
])
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_windows_line_endings_keep_offsets():
    text = "Title\r\n- (1) May 1, 2014: Talks\r\n- They met.\r\n"
    doc = parse_text(text)
    assert [doc.block_text(b) for b in doc.blocks] == ["Title", "May 1, 2014: Talks", "They met."]
    assert [b.kind for b in doc.blocks] == ["title", "item", "bullet"]


def test_bare_marker_lines_are_skipped():
    doc = parse_text("Title\n- \n-\nText here.\n")
    assert [doc.block_text(b) for b in doc.blocks] == ["Title", "Text here."]


def test_a_long_line_is_cut_into_paragraphs_at_sentence_ends():
    from pipeline.parse import LONG_LINE, PARAGRAPH_CHARS

    sentence = "Japan and North Korea held talks in Beijing on March 3, 2014. "  # 62 characters
    text = "Talks\n" + sentence * 5_000 + "\n"  # a 310,000-character line after the title
    doc = parse_text(text)
    title, *paragraphs = doc.blocks
    assert (title.kind, doc.block_text(title)) == ("title", "Talks")
    # 16 sentences (991 characters without the last space) make a paragraph of at most 1,000
    assert all(b.kind == "paragraph" and b.end_char - b.start_char <= PARAGRAPH_CHARS for b in paragraphs)
    assert len(paragraphs) == -(-5_000 // 16)
    assert all(doc.block_text(b).startswith("Japan") and doc.block_text(b).endswith("2014.") for b in paragraphs)
    assert len(doc.sentences) == 1 + 5_000
    assert LONG_LINE < len(text)


def test_a_long_line_without_sentence_ends_is_cut_at_spaces():
    from pipeline.parse import LONG_LINE

    text = "talks " * 100_000  # 600,000 characters, no sentence end, no line break
    doc = parse_text(text)
    assert doc.title is None and doc.blocks[0].kind == "paragraph"
    assert all(0 < b.end_char - b.start_char <= LONG_LINE for b in doc.blocks)
    assert "".join(doc.block_text(b) + " " for b in doc.blocks) == text


@pytest.mark.parametrize("first_line, is_title", [
    ("Japan-North Korea Relations (Overview)", True),
    ("PM call with President Zelenskyy of Ukraine: 9 March 2022", True),
    ("Is the ceasefire holding?", True),
    ("Talks between the two sides resume in Geneva", True),
    ("Agreement signed with Acme Corp.", True),            # the stop closes an abbreviation
    ("New envoy named for the U.S.", True),
    ("The Prime Minister spoke with the President this evening.", False),
    ("President Biden spoke today with Prime Minister Modi of India.", False),
    ("The two ministers met in Lima on Monday.", False),
    ("Talks will resume next week.", False),
])
def test_first_line_is_title_unless_it_is_a_sentence(first_line, is_title):
    doc = parse_text(first_line + "\n\nA second paragraph follows here.\n")
    assert (doc.blocks[0].kind == "title") is is_title
    assert doc.title == (first_line if is_title else None)


WRAPPED_NEWS = (
    "Leaders are imposing an arms embargo against the military\n"
    "government in Guinea following last month's killing of opposition\n"
    "demonstrators.\n"
    "Rights groups say at least\n"
    "157 were killed when troops opened fire on protestors.\n"
    "The court has opened\n"
    "a preliminary investigation.\n"
)

HARD_WRAP_CASES = [
    # (text, [(kind, text of the block)] expected): rule 'a hard-wrapped text'
    (WRAPPED_NEWS, [
        ("paragraph", "Leaders are imposing an arms embargo against the military\ngovernment in Guinea following "
                      "last month's killing of opposition\ndemonstrators."),
        ("paragraph", "Rights groups say at least\n157 were killed when troops opened fire on protestors."),
        ("paragraph", "The court has opened\na preliminary investigation."),
    ]),
    # a title set off by a blank line stays the title
    ("Embargo on Guinea\n\n" + WRAPPED_NEWS, [
        ("title", "Embargo on Guinea"),
        ("paragraph", "Leaders are imposing an arms embargo against the military\ngovernment in Guinea following "
                      "last month's killing of opposition\ndemonstrators."),
        ("paragraph", "Rights groups say at least\n157 were killed when troops opened fire on protestors."),
        ("paragraph", "The court has opened\na preliminary investigation."),
    ]),
    # lines that each end a sentence: nothing to join
    ("Japan and Peru met.\nthey agreed to talk.\nthey signed a pact.\nthey left.\n", [
        ("paragraph", "Japan and Peru met."), ("paragraph", "they agreed to talk."),
        ("paragraph", "they signed a pact."), ("paragraph", "they left."),
    ]),
    # a list after an open line, in a hard-wrapped text: the list items stay items
    (WRAPPED_NEWS + "Treaties in force\n- 1972 Aviation Agreement\n- 1978 Tourism Agreement\n", [
        ("paragraph", "Leaders are imposing an arms embargo against the military\ngovernment in Guinea following "
                      "last month's killing of opposition\ndemonstrators."),
        ("paragraph", "Rights groups say at least\n157 were killed when troops opened fire on protestors."),
        ("paragraph", "The court has opened\na preliminary investigation."),
        ("heading", "Treaties in force"), ("bullet", "1972 Aviation Agreement"), ("bullet", "1978 Tourism Agreement"),
    ]),
    # table rows are never joined
    (WRAPPED_NEWS + "1610 | the party sets off\n1614 | the party travels on\n", [
        ("paragraph", "Leaders are imposing an arms embargo against the military\ngovernment in Guinea following "
                      "last month's killing of opposition\ndemonstrators."),
        ("paragraph", "Rights groups say at least\n157 were killed when troops opened fire on protestors."),
        ("paragraph", "The court has opened\na preliminary investigation."),
        ("paragraph", "1610 | the party sets off"), ("paragraph", "1614 | the party travels on"),
    ]),
]


@pytest.mark.parametrize("text,expected", HARD_WRAP_CASES)
def test_a_hard_wrapped_paragraph_is_one_block(text, expected):
    doc = parse_text(text)
    assert [(b.kind, text[b.start_char:b.end_char]) for b in doc.blocks] == expected


@pytest.mark.parametrize("text", [
    "Talks ended.\nRights groups say at least\n157 were killed.\nThe court has opened\na preliminary investigation.\n",
    "Talks ended.\nThe envoys of\nboth sides met.\n",  # one break inside a sentence
    "Talks ended.\nThe envoys of\n\nboth sides met in the\n\nnext town in the\n\nsouth of the country.\n",  # blank lines
])
def test_a_text_with_fewer_than_three_breaks_inside_sentences_is_not_hard_wrapped(text):
    assert all("\n" not in text[b.start_char:b.end_char] for b in parse_text(text).blocks)


def test_the_model_reads_a_wrapped_unit_with_spaces_for_line_breaks():
    from pipeline.extract import unit_text
    text = "held talks with the\nPresident of Peru.\r\nThen"
    assert unit_text(text, 0, 37) == "held talks with the President of Peru."[:37]
    assert len(unit_text(text, 0, len(text))) == len(text) and "\n" not in unit_text(text, 0, len(text))
