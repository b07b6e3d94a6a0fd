"""Pronouns, descriptions and bare roles resolved to an antecedent that fits, or to nothing.

Each text is written for this test. `expected` lists every event the text must code, exactly
(source, target, CAMEO code); [] means the text must code nothing because nothing fits.
"""
import pytest

from conftest import coded

CASES = [
    # "he" is a person: the president named in the sentence before
    ("he-person",
     "Vladimir Putin arrived in Ankara on Monday. He criticized Ukraine.",
     "2023-03-15", [("RUSGOV", "TUR", "042"), ("RUSGOV", "UKRGOV", "111")]),
    # "he" with no person within reach: nothing
    ("he-none",
     "Chile and Peru signed a trade deal. He criticized Bolivia.",
     "2023-03-15", [("CHLGOV", "PERGOV", "057")]),
    # "it" is a country, never the person named just before
    ("it-country",
     "Kenya hosted Abiy Ahmed in Nairobi. It later condemned Eritrea.",
     "2023-03-15", [("KENGOV", "ETHGOV", "043"), ("KENGOV", "ERIGOV", "111")]),
    # "they" as the subject of what a country said: that country
    ("they-speaker",
     "The Dutch government said that they had criticized Turkey.",
     "2023-03-15", [("NLDGOV", "TURGOV", "111")]),
    # "we" in a quote: the speaker's side, but a resident's (a guessed country) is no known side
    ("we-quote",
     "Norway and Sweden held talks. \"We condemned Russia,\" a resident said.",
     "2023-03-15", [("NORGOV", "SWEGOV", "046")]),
    # "their ambassadors": the subject's own envoys are not a target; the place they leave is
    ("their-own",
     "Germany and France recalled their ambassadors from Tehran.",
     "2023-03-15", [("DEUGOV", "IRNGOV", "161"), ("FRAGOV", "IRNGOV", "161")]),
    # a relative pronoun takes the noun its clause hangs on
    ("relative-who",
     "The Taliban, who attacked Pakistani troops on Monday, denied the report.",
     "2021-03-15", [("AFGREB", "PAKMIL", "190")]),
    # a bare role in a one-country story takes that country
    ("role-story",
     "Police in Lima arrested dozens of protesters on Monday. Police later released the protesters.",
     "2023-03-15", None),
]


@pytest.mark.parametrize("name,text,date,expected", CASES, ids=[c[0] for c in CASES])
def test_coreference(code_text, name, text, date, expected):
    events = code_text(text, date=date)
    if expected is None:
        # both sides from Peru: the place named in the sentence decides
        assert all(e.source.code.startswith("PER") and e.target.code.startswith("PER") for e in events), \
            coded(events)
        assert events
        return
    assert coded(events) == sorted(expected)


def test_the_two_countries_need_two(code_text):
    # "the three countries" after two named: no three to point back to
    events = code_text("Chile met Peru on Monday. The three countries signed a deal.", date="2023-03-15")
    assert all(e.mentions[0].sentence_index == 0 for e in events), coded(events)


def test_the_court_is_the_court_named(code_text):
    events = code_text("The International Criminal Court charged Sudan's president on Monday. "
                       "The court also condemned Sudan.", date="2009-03-05")
    assert all(e.source.code.startswith("IGO") for e in events), coded(events)


def test_dateline_is_not_an_actor(code_text):
    events = code_text("NAIROBI, Sept 22 - Ugandan troops attacked Somali rebels on Sunday.", date="2013-09-22")
    assert events and all(e.source.code.startswith("UGA") for e in events), coded(events)


def test_a_pronoun_before_its_clause_is_not_the_later_subject(code_text):
    # "They shelled the clinic; people were fleeing": they are the rebels before, not the people
    events = code_text("Rebels entered the town of Gao on Monday. They shelled the clinic; people were fleeing.",
                       date="2019-03-01")
    assert [e for e in events if e.source.code == "MLIREB" and e.code.startswith("19")]
    assert not [e for e in events if e.source.code.endswith(("PPL", "CVL"))]
