"""Verbal conflict the coder missed (session 32, task vconf): agreements the sides failed to
reach (120 between them), appeals that rally others against a side (113), whom a deadline is
set for (139), and the doer of a refusal's condition ("until he is satisfied Y is ...")."""
from conftest import countries


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


# -- failed agreements (failures.py)

def test_sides_that_failed_to_reach_a_deal_reject_each_other(code_text):
    events = code_text("Armenia and Azerbaijan failed to reach an agreement on the corridor.", date="2021-03-01")
    assert ("ARM", "12", "AZE") in countries(events) and ("AZE", "12", "ARM") in countries(events)


def test_failed_to_agree_with_a_partner(code_text):
    events = code_text("Egypt failed to strike a deal with Ethiopia over the dam on Tuesday.", date="2021-03-01")
    assert "12" in _roots(events, "EGY", "ETH")


def test_summit_between_sides_failed_to_agree(code_text):
    events = code_text("The summit between Chile and Bolivia failed to reach a compromise on water rights.",
                       date="2021-03-01")
    assert "12" in _roots(events, "CHL", "BOL") | _roots(events, "BOL", "CHL")


def test_the_topic_of_a_failed_deal_is_no_side(code_text):
    events = code_text("Danish and German ministers failed to strike an agreement on Polish fishing quotas.",
                       date="2021-03-01")
    assert not _roots(events, "DNK", "POL") and not _roots(events, "DEU", "POL")
    assert "12" in _roots(events, "DNK", "DEU") | _roots(events, "DEU", "DNK")


def test_a_failure_to_reach_a_place_is_no_rejection(code_text):
    events = code_text("Sudanese troops failed to reach the Chadian border town.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


def test_did_not_fail_to_agree_is_no_rejection(code_text):
    events = code_text("Peru and Ecuador did not fail to reach a deal.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- appeals to rally against a side (rallies.py)

def test_called_on_followers_to_protest_against_a_government(code_text):
    events = code_text("The Georgian opposition called on its supporters to protest against the Russian "
                       "government.", date="2021-03-01")
    assert "11" in _roots(events, "GEO", "RUS")
    assert not _roots(events, "GEO", "GEO") - {"11"}


def test_urged_citizens_to_join_a_march_against_a_leader(code_text):
    events = code_text("Opposition leaders urged Venezuelans to join a march against Maduro.",
                       date="2021-03-01")
    assert [e.code for e in events if e.target.code[:3] == "VEN" and e.target.code[3:] == "GOV"] == ["113"]


def test_called_for_protests_against_a_state(code_text):
    events = code_text("Hezbollah called for protests against Israel on Friday.", date="2021-03-01")
    assert "11" in _roots(events, "LBN", "ISR")
    assert "02" not in _roots(events, "LBN", "ISR")


def test_urged_to_protest_against_a_verdict_names_no_side(code_text):
    events = code_text("The Georgian opposition urged its supporters to protest against the verdict.",
                       date="2021-03-01")
    assert not [e for e in events if e.code == "113"]


# -- deadlines (deadlines.py)

def test_set_a_deadline_for_a_side_to_act(code_text):
    events = code_text("Canada set a two-week deadline for the World Health Organization to publish its findings.",
                       date="2021-03-01")
    assert any(e.code == "139" and e.target.code.startswith("IGO") for e in events)


# -- the doer of a refusal's condition (opinions.condition_doer)

def test_until_satisfied_that_another_acts_names_the_other(code_text):
    events = code_text("Norway said it will not end the arms embargo until it is satisfied that Eritrea "
                       "has freed the prisoners.", date="2021-03-01")
    assert "12" in _roots(events, "NOR", "ERI")
    assert not _roots(events, "NOR", "NOR")


def test_until_the_refuser_is_satisfied_is_no_condition_on_itself(code_text):
    events = code_text("Norway said it will not end the arms embargo until it is satisfied.", date="2021-03-01")
    assert not _roots(events, "NOR", "NOR")


def test_until_we_see_results_sets_no_condition_on_anyone(code_text):
    events = code_text("Norway will not end the arms embargo until we see results.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


def test_sides_of_one_country_that_failed_to_agree(code_text):
    events = code_text("Colombia and the FARC failed to reach an agreement on disarmament.",
                       date="2016-03-01")
    assert any(e.root == "12" and e.source.code[:3] == "COL" and e.target.code[:3] == "COL" for e in events)


# -- demands written as nouns (demands.py) and the act demanded (modality.py)

def test_renewed_demand_that_another_lift_sanctions_is_of_the_other(code_text):
    events = code_text("Venezuela has reiterated its demand that Canada ease sanctions on Venezuelan oil.",
                       date="2021-03-01")
    assert "10" in _roots(events, "VEN", "CAN")


def test_the_act_a_demand_asks_for_is_not_done(code_text):
    events = code_text("Venezuela has reiterated its demand that Ottawa ease sanctions on Venezuela.",
                       date="2021-03-01")
    assert "08" not in _roots(events, "CAN", "VEN")


# -- bans and sanctions violated (verb_patterns_hand.tsv, vconf rows)

def test_violated_a_named_body_s_ban_defies_it(code_text):
    events = code_text("Belarus has violated the European Union's ban on potash exports.", date="2021-03-01")
    assert "12" in {e.root for e in events if e.source.code[:3] == "BLR" and e.target.code.startswith("IGOEU")}


def test_violated_a_ban_with_no_imposer_named_is_no_event(code_text):
    events = code_text("Belarus has violated a ban on missile tests.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- convictions are CAMEO 116, find guilty (verbs_hand.tsv, verb_patterns_hand.tsv vconf rows)

def test_a_court_convicted_members_of_a_group(code_text):
    events = code_text("A Malian court has convicted 12 members of Ansar Dine.", date="2021-03-01")
    assert any(e.code == "116" and e.source.code.startswith("MLI") for e in events)


def test_a_court_found_a_foreign_official_guilty(code_text):
    events = code_text("A Kenyan court found Uganda's former minister guilty of fraud.", date="2021-03-01")
    assert any(e.code == "116" and e.source.code[:3] == "KEN" and e.target.code[:3] == "UGA" for e in events)


# -- a ban on dealings written as a gerund (dealings.py)

def test_refused_to_lift_a_ban_on_doing_business_with_a_state(code_text):
    events = code_text("Canada has refused to lift its ban on doing business with Iran while two "
                       "Canadians are held there.", date="2021-03-01")
    assert "12" in _roots(events, "CAN", "IRN")


def test_a_ban_on_doing_business_in_a_place_names_no_partner(code_text):
    events = code_text("Canada lifted the ban on doing business in Manitoba.", date="2021-03-01")
    assert not [e for e in events if e.root == "08" and e.target.code[:3] != "CAN"]


# -- "cannot accept": a stated refusal (modality.yaml refused_when_unable)

def test_said_it_cannot_accept_more_refugees_is_a_refusal(code_text):
    events = code_text("Lebanon said on Monday that it cannot accept more refugees from Syria.",
                       date="2021-03-01")
    assert "12" in _roots(events, "LBN", "SYR")


def test_cannot_deliver_aid_is_an_inability_not_a_refusal(code_text):
    events = code_text("The UN cannot deliver aid to Tigray.", date="2021-03-01")
    assert not [e for e in events if e.root in ("07", "12")]


# -- more verbs of speech for "X said Y must ..." (slots.yaml statement_verbs)

def test_reaffirmed_that_another_must_act_is_a_demand(code_text):
    events = code_text("The African Union reaffirmed that the Sudanese army must hand power to civilians.",
                       date="2021-03-01")
    assert any(e.root == "10" and e.target.code[:3] == "SDN" for e in events)


def test_emphasised_that_another_must_act_is_a_demand(code_text):
    events = code_text("Norway emphasised that Russia must withdraw its troops.", date="2021-03-01")
    assert "10" in _roots(events, "NOR", "RUS")


# -- "a report called for ...": the main verb the parser hung on its subject (parse.called_for)

def test_a_report_called_for_sanctions_against_a_state(code_text):
    events = code_text("A new Canadian report called for tough sanctions on Russia after the "
                       "poisoning.", date="2021-03-01")
    assert any(e.source.code[:3] == "CAN" and e.target.code[:3] == "RUS" for e in events)
