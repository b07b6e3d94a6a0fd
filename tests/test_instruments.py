"""Pairs that are no interaction (events/instruments.py) and conditions opened by "in case"
parsed inside their clause (events/openers.py). Each text is written for this test."""
from conftest import coded


def test_released_video_frees_no_one(code_text):
    events = code_text("The Togolese army published footage of Ghanaian soldiers it said it had seized.",
                       date="2021-06-02")
    assert not any(e.code.startswith("08") for e in events), coded(events)


def test_released_soldiers_still_coded(code_text):
    events = code_text("The Togolese army released two Ghanaian soldiers on Monday.", date="2021-06-02")
    assert any(e.code.startswith("08") and e.target.code.startswith("GHA") for e in events), coded(events)


def test_deploying_own_fighters_is_no_posture(code_text):
    events = code_text("Since then, Accra has dug its army into the region, deploying drone "
                       "operators and fighters from its special forces.", date="2021-06-02")
    assert not any(e.code.startswith("15") and e.source.code[:3] == e.target.code[:3] for e in events), \
        coded(events)


def test_deploying_to_a_border_still_coded(code_text):
    events = code_text("Ghana deployed troops to the Togolese border on Monday.", date="2021-06-02")
    assert any(e.code.startswith("15") and e.target.code.startswith("TGO") for e in events), coded(events)


def test_in_case_parsed_inside_the_clause(code_text):
    events = code_text("“Our government will reserve the right to respond as it deems appropriate in case "
                       "those rebel groups are targeting civilians in any part of Mali with even one "
                       "rocket,” the Malian minister said.", date="2021-06-02")
    assert not any(e.code.startswith(("18", "19")) for e in events), coded(events)


def test_in_case_of_a_noun_opens_no_clause(code_text):
    events = code_text("In case of doubt, Mali said rebel groups attacked civilians in Gao on Sunday.",
                       date="2021-06-02")
    assert any(e.code.startswith(("18", "19")) for e in events), coded(events)


def test_warning_of_plots_shares_nothing_with_the_plotter(code_text):
    events = code_text("But, while repeatedly warning of Malian plots to attack, it is Ghana that appears to "
                       "have struck first.", date="2021-06-02")
    assert not any(e.code == "064" and e.target.code.startswith("MLI") for e in events), coded(events)
