"""Drills of armed forces (eventwire/events/drills.py): joint drills of several states are
military cooperation between them (062), drills near another country a show of force at it
(150), both at once; civil and separate drills neither. Sentences written for these tests."""
from conftest import countries, triples


def test_joint_drills_near_a_third_state_are_both(code_text):
    found = countries(code_text("Egypt and Sudan staged military exercises near Libya."))
    assert ("EGY", "06", "SDN") in found
    assert ("EGY", "15", "LBY") in found and ("SDN", "15", "LBY") in found
    found = countries(code_text("Iran and Russia launched naval drills off the coast of Oman."))
    assert ("IRN", "06", "RUS") in found and ("IRN", "15", "OMN") in found


def test_civil_or_separate_drills_are_no_cooperation(code_text):
    for text in ("Chile and Peru held disaster-response drills.",
                 "Kenyan and Ugandan schools held earthquake drills.",
                 "Greece and Turkey held separate military drills on Tuesday.",
                 "Greece and Cyprus held their respective naval exercises.",
                 "Colombia and Ecuador conducted evacuation drills."):
        assert not any(r == "06" for _s, r, _t in countries(code_text(text))), text
    # military drills of two states, marked or by armed forces: cooperation
    assert ("BRA", "06", "ARG") in countries(code_text("Brazil and Argentina held air force exercises."))


def test_civil_drills_near_a_state_are_no_show_of_force(code_text):
    for text in ("The Vietnamese coast guard held search-and-rescue drills near Cambodia.",
                 "The Indian navy conducted humanitarian relief exercises off the coast of Sri Lanka.",
                 "The Turkish army staged earthquake drills along the border with Greece."):
        assert not any(r == "15" for _s, r, _t in countries(code_text(text))), text
    assert ("TUR", "15", "CYP") in countries(code_text("The Turkish navy conducted drills off the coast of Cyprus."))


def test_buildup_reason_only_when_cited_or_feared(code_text):
    assert ("KOR", "15", "PRK") in countries(code_text(
        "South Korea deployed troops to the islands, citing the threat of a North Korean attack."))
    for text in ("South Korea deployed troops to the islands, dismissing the risk of a North Korean attack.",
                 "South Korea deployed troops to the islands, downplaying fears of a North Korean invasion."):
        assert not any(r == "15" for _s, r, _t in countries(code_text(text))), text
