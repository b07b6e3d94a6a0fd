"""Wire-story recall (issue 15): leaders missing from the dictionaries, judgements the parser
reads as two predicates, domestic restrictions declared abroad. Sentences written for the tests."""
from conftest import triples


def test_duterte_is_the_philippine_government_while_president(code_text):
    events = code_text("Duterte met President Vladimir Putin at the Kremlin late on Thursday.",
                       date="2017-05-24")
    assert ("PHLGOV", "04", "RUSGOV") in triples(events)


def test_tokayev_is_the_kazakh_government_since_2019(code_text):
    events = code_text("Kazakh President Kassym-Jomart Tokayev thanked President Vladimir Putin on Friday.",
                       date="2022-01-07")
    assert ("KAZGOV", "05", "RUSGOV") in triples(events)


def test_judgement_parsed_as_two_predicates(code_text):
    # "called X a hero" with the name and the predicate both read as predicates of "called"
    events = code_text("Barack Obama called Myanmar's Aung San Suu Kyi a hero.", date="2012-11-19")
    assert any(s == "USAGOV" and r == "05" and t.startswith("MMR") for s, r, t in triples(events))


def test_martial_law_declared_abroad_has_no_foreign_target(code_text):
    events = code_text("President Rodrigo Duterte declared martial law on the island of Mindanao "
                       "while on a visit to Moscow.", date="2017-05-24")
    assert not any(t.startswith("RUS") for _s, _r, t in triples(events))


def test_curfew_on_an_occupied_town_keeps_its_target(code_text):
    events = code_text("Israel imposed a curfew on the West Bank town of Hebron.")
    assert ("ISRGOV", "17", "PSEGOV") in triples(events)
