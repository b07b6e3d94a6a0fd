"""Recall on multi-sentence stories: descriptions that point back to the state the story is
about ("the government"), and threats whose target is only named in the warned clause."""
from conftest import triples


def test_the_government_is_the_story_countrys_when_no_leader_was_named(code_text):
    text = ("Ethiopia closed three refugee camps on Tuesday. The European Union urged the government "
            "to reopen the camps.")
    found = triples(code_text(text))
    assert any(s.startswith("IGOEU") and t == "ETHGOV" for s, r, t in found if r == "02")


def test_the_government_still_points_to_the_leader_named(code_text):
    text = ("Chilean President Gabriel Boric met Argentina's president in Santiago. Peru criticised "
            "the government on Friday.")
    found = triples(code_text(text))
    assert any(t.startswith("CHL") for s, r, t in found if r == "11")


def test_warning_that_the_own_side_will_act_targets_the_acts_object(code_text):
    found = triples(code_text("The Egyptian foreign minister warned that Cairo would respond firmly against Ethiopia."))
    assert ("EGYGOV", "13", "ETHGOV") in found
    assert not any(s[:3] == t[:3] == "EGY" for s, r, t in found if r == "13")


def test_warning_with_a_condition_targets_the_one_conditioned(code_text):
    found = triples(code_text("Turkey warned that it would retaliate if Greece extended its waters."))
    assert ("TURGOV", "13", "GRCGOV") in found


def test_threat_with_unless_targets_the_one_who_must_stop(code_text):
    text = ("Insurgents seized a village in northern Mozambique. The insurgents threatened to burn "
            "the houses unless the army withdrew.")
    found = triples(code_text(text))
    assert any(r == "13" and t == "MOZMIL" for s, r, t in found)


def test_warning_that_the_own_side_will_act_with_no_target_named_is_no_event(code_text):
    found = triples(code_text("The Chinese premier warned that Beijing would take further steps."))
    assert not any(r == "13" for s, r, t in found)


def test_a_threatened_act_coded_itself_replaces_the_warning(code_text):
    found = triples(code_text("Rebels in Chad warned that they would attack French troops."))
    assert [r for s, r, t in found if t == "FRAMIL"] == ["13"]


def test_speaker_goes_on_after_a_reported_clause_about_a_thing(code_text):
    found = triples(code_text("The German chancellor said the talks were useful and urged Serbia to recognise Kosovo."))
    assert ("DEUGOV", "02", "SRBGOV") in found


def test_speaker_goes_on_after_a_reported_clause_about_itself(code_text):
    text = ("The Norwegian foreign ministry said it was deeply worried by the arrests and urged the "
            "Egyptian authorities to free the journalists.")
    assert ("NORGOV", "02", "EGYGOV") in triples(code_text(text))


def test_a_trailing_report_lends_no_doer_to_the_reported_acts(code_text):
    text = "A car bomb near the market killed two Kenyan soldiers and wounded five others, the army said."
    assert not any(s.endswith("MIL") and s[:3] == "KEN" for s, r, t in triples(code_text(text)) if r == "18")


def test_him_after_a_short_name_subject_is_that_person_not_the_clause_subject(code_text):
    # named before only as an object, named again as this sentence's subject
    text = ("Mexico granted asylum to Evo Morales on Monday. Morales flew to Mexico City, hours after "
            "U.S. Secretary of State Mike Pompeo criticised him.")
    found = triples(code_text(text, date="2019-11-12"))
    assert ("USAGOV", "11", "BOLGOV") in found
    assert not any(s == t for s, r, t in found)
