"""A person no dictionary knows, named between a known person and "he", stops "he" reaching
back past them, even where that person's sentence is not parsed (actors/unparsed_people.py).

Each text is written for this test.
"""
import pytest

from conftest import coded

from eventwire.actors.unparsed_people import unknown_people

CASES = [
    # an unparsed sentence (no trigger) names a new person: "he" is him, no actor
    ("unparsed-full-name",
     "Joe Biden hosted Emmanuel Macron on Tuesday. Afterwards, Tomas Wiederkehr arrived at the summit. "
     "He criticized Iran.",
     [("USAGOV", "FRAGOV", "043")]),
    # one adverb between the name and its verb
    ("unparsed-adverb",
     "Joe Biden hosted Emmanuel Macron on Tuesday. Tomas Wiederkehr also spoke at the dinner. "
     "He criticized Iran.",
     [("USAGOV", "FRAGOV", "043")]),
    # his surname alone later, as the subject of a parsed sentence: still him
    ("surname-later",
     "Tomas Wiederkehr arrived in Geneva on Monday. The summit opened on Tuesday. Joe Biden hosted "
     "Emmanuel Macron on Wednesday. Wiederkehr praised the two leaders. He criticized Iran.",
     [("USAGOV", "FRAGOV", "043")]),
    # nobody new in between: "he" is still the known person
    ("no-one-between",
     "Joe Biden hosted Emmanuel Macron on Tuesday. Afterwards, his aides arrived at the summit. "
     "He criticized Iran.",
     [("USAGOV", "FRAGOV", "043"), ("USAGOV", "IRNGOV", "111")]),
    # "the president" is no untitled person: it looks past him to the head of government
    ("president-past-untitled",
     "Joe Biden hosted Emmanuel Macron on Tuesday. Tomas Wiederkehr condemned the summit. "
     "The president criticized Iran.",
     [("USAGOV", "FRAGOV", "043"), ("USAGOV", "IRNGOV", "111")]),
    # a region named like a person ("Eastern Ghouta") is nobody
    ("region-not-person",
     "Joe Biden hosted Emmanuel Macron on Tuesday. Southern Darfur was quiet. He criticized Iran.",
     [("USAGOV", "FRAGOV", "043"), ("USAGOV", "IRNGOV", "111")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_unknown_person_blocks_he(code_text, name, text, expected):
    events = code_text(text, date="2023-03-15")
    assert coded(events) == sorted(expected)


def test_unknown_people_reading(coder):
    tok = coder.tokenizer

    def read(text, surnames=()):
        return [sur for _at, sur in unknown_people(tok(text), [], lambda run: False, set(surnames))]

    assert read("Later, Marta Quillfeather told reporters.") == ["Quillfeather"]
    assert read("Quillfeather said nothing.", {"Quillfeather"}) == ["Quillfeather"]
    assert read("Quillfeather said nothing.") == []                    # one word: only a known surname
    assert read("The Grand Hotel was full.") == []                       # "The" is no name word
    assert read("In March Marta Quillfeather left.") == []              # a month joins the run
    assert read("Marta Quillfeather, a lawyer, left.") == []
    assert read("Marta Quillfeather, 34, left.") == ["Quillfeather"]      # an age: a person
    assert read("Marta Quillfeather, who lives here, left.") == ["Quillfeather"]
    assert read("Marta Quillfeather, a 34-year-old nurse, left.") == ["Quillfeather"]             # no verb right after the name
