"""Acts told in passing in long articles: a participle with its "by" doer describing a noun
("two Germans captured by the Taliban", modality.py 'described'), detentions told by a passive
"held by" (triggers.py), and countries that only back an actor ("US-backed forces", resolve.py)."""
from conftest import countries


def test_participle_with_by_doer_is_the_doers_act(code_text):
    text = "Two Germans captured by the Taliban in March appeared in a video on Tuesday."
    assert ("AFG", "17", "DEU") in countries(code_text(text))


def test_participle_without_doer_stays_background(code_text):
    text = "Two Germans captured in March appeared in a video on Tuesday."
    assert not any(r == "17" for _s, r, _t in countries(code_text(text)))


def test_participle_of_standing_support_is_no_event(code_text):
    text = "A Saudi-led coalition, backed by the US and Britain, launched airstrikes on Monday."
    assert not any(r == "05" for _s, r, _t in countries(code_text(text)))


def test_person_held_by_armed_forces_is_detained(code_text):
    text = "A French aid worker held by Iraqi forces was released on Monday."
    assert ("IRQ", "17", "FRA") in countries(code_text(text))


def test_place_held_by_rebels_is_no_detention(code_text):
    text = "Mosul, held by Islamic State since 2014, was shelled on Monday."
    assert not any(r == "17" for _s, r, _t in countries(code_text(text)))


def test_meeting_held_by_is_no_detention(code_text):
    text = "The conference held by the Iranian government opened in Tehran on Monday."
    assert not any(r == "17" for _s, r, _t in countries(code_text(text)))


def test_guessed_fighters_held_is_no_detention(code_text):
    text = "The fighters held by Kurdish forces in Syria will be tried, officials said."
    assert not any(r == "17" for _s, r, _t in countries(code_text(text)))


def test_backer_is_not_the_forces_country(code_text):
    text = "US-backed forces attacked the town of Raqqa in Syria on Monday."
    found = countries(code_text(text))
    assert not any(s == "USA" for s, _r, _t in found)


def test_led_coalition_keeps_its_leader(code_text):
    text = "Saudi-led forces attacked the port of Hodeidah in Yemen on Monday."
    assert any(s == "SAU" and r == "19" for s, r, _t in countries(code_text(text)))


def test_counterpart_takes_the_country_named_and_the_subjects_role(code_text):
    text = "The Pakistani army chief met his Indian counterpart on Monday."
    found = {(e.source.code, e.code[:2], e.target.code) for e in code_text(text)}
    assert ("PAKMIL", "04", "INDMIL") in found


def test_counterpart_with_unknown_name_after_it(code_text):
    text = "The Egyptian foreign minister met his French counterpart, Marie Dubois, in Cairo on Monday."
    assert ("EGY", "04", "FRA") in countries(code_text(text))


def test_counterpart_without_country_names_no_one(code_text):
    text = "The Egyptian foreign minister discussed the plan with his counterpart on Monday."
    assert not countries(code_text(text))
