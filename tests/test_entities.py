"""People the dictionaries do not know (eventwire/actors/entities.py).

The sentences are written for these tests; each asserts the exact events it codes.
"""
import pytest

from conftest import coded

CASES = [
    # a title: the role in the country named before the name, else the story's
    ("Houthi fighters captured Defence Minister Omar Salem on Wednesday.", [("YEMREB", "YEMGOV", "171")]),
    ("Nigeria's army chief Lieutenant General Musa Bello met Chadian officials in Abuja.",
     [("NGAMIL", "TCDGOV", "040")]),
    ("Fighting continued near Mosul. Rebel commander Abu Khalid threatened Iraqi troops with new attacks.",
     [("IRQREB", "IRQMIL", "130")]),
    # an appositive: the role in the country it names
    ("Karim Nasser, the defence minister of Iraq, met Turkish officials on Monday.", [("IRQGOV", "TURGOV", "040")]),
    ("Interior Minister Samir Haddad of Kenya accused Somalia of harbouring militants.", [("KENGOV", "SOMGOV", "112")]),
    # the body he speaks for
    ("Ahmed Jaber, a spokesman for Hamas, accused Israel of violating the truce.", [("PSEREBHMS", "ISRGOV", "112")]),
    ("Colombian troops raided a rebel camp on Saturday, killing Pedro Salas, the FARC's second-in-command.",
     [("COLMIL", "COLREB", "190")]),
    # a body NER names and the dictionaries do not know: no actor
    ("Tarek Mansour, a spokesman for the Free Patriotic Movement, accused Israel of lying.", []),
    # a name alone is no actor, and not the dictionary's namesake (a minister "Haddad")
    ("Samir Haddad criticized Jordan on Monday.", []),
    # the dictionary's own person is kept
    ("Nicolas Maduro thanked Vladimir Putin for the vaccines.", [("VENGOV", "RUSGOV", "051")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_unknown_people(code_text, text, expected):
    assert coded(code_text(text, date="2024-05-04")) == sorted(expected)


def test_a_new_minister_is_not_the_last_president(code_text):
    # "Defence Minister X" is a new person, not the president named before
    text = ("US President Joe Biden spoke with Yemen's leaders on Monday. "
            "Houthi fighters captured Defence Minister Omar Salem on Wednesday.")
    events = code_text(text, date="2024-05-04")
    assert ("YEMREB", "YEMGOV", "171") in coded(events)
    assert not any(e.target.code.startswith("USA") for e in events if e.code == "171")


def test_ner_runs_only_where_needed(coder, code_text):
    before = coder.entities.tagged
    code_text("Kenya accused Somalia of harbouring militants.")
    assert coder.entities.tagged == before          # every name is known: no NER
    code_text("Karim Nasser, the defence minister of Iraq, met Turkish officials on Monday.")
    assert coder.entities.tagged == before + 1
