"""A subjectless passive participle clause with a "by" doer: its patient is the subject of the
clause it hangs on (events/participles.py)."""
from conftest import countries


def test_having_been_captured_by(code_text):
    text = "Four Dutch engineers are held in a camp near Aleppo, having been seized by the Syrian army on Monday."
    assert ("SYR", "17", "NLD") in countries(code_text(text))


def test_after_being_expelled_by(code_text):
    text = "The Libyan envoy left Rome on Tuesday after being expelled by the Italian government."
    assert ("ITA", "17", "LBY") in countries(code_text(text))


def test_fronted_participle(code_text):
    text = "Detained by Ugandan police on Friday, the Rwandan students were freed on Sunday."
    assert ("UGA", "17", "RWA") in countries(code_text(text))


def test_condition_is_no_act(code_text):
    text = "If attacked by Russia, Ukraine would respond with force, the minister said."
    assert not any(s == "RUS" and r == "19" for s, r, _t in countries(code_text(text)))


def test_no_by_doer_no_patient(code_text):
    text = "The Libyan envoy left Rome on Tuesday after being expelled."
    assert not any(r == "17" for _s, r, _t in countries(code_text(text)))
