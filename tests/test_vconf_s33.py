"""Verbal conflict the coder missed (session 33, task vconf): force a doer threatens against a
place it names (138 on the place's people, or the holder of the positions)."""
from conftest import countries


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


# -- force threatened against a named place (threats.threatened_places, pairing.py)

def test_threatened_to_shell_a_city_of_another_country(code_text):
    events = code_text("Hamas threatened to shell Ashkelon.", date="2021-03-01")
    assert "13" in _roots(events, "PSE", "ISR")


def test_vowed_to_attack_a_town(code_text):
    events = code_text("The rebels vowed to attack Goma.", date="2021-03-01")
    assert [e.code for e in events if e.target.code[:3] == "COD"] == ["138"]


def test_said_they_would_strike_a_capital(code_text):
    events = code_text("The Houthis said they would strike Riyadh.", date="2021-03-01")
    assert "13" in _roots(events, "YEM", "SAU")


def test_threatened_to_attack_positions_held_by_an_army(code_text):
    events = code_text("Al-Shabaab threatened to attack positions held by the Kenyan army.", date="2021-03-01")
    assert "13" in _roots(events, "SOM", "KEN")


def test_fear_that_a_group_will_shell_a_town_is_no_threat(code_text):
    events = code_text("Residents fear the Taliban will shell Kandahar.", date="2021-03-01")
    assert not [e for e in events if e.root == "13"]


def test_did_not_threaten_to_shell_a_town(code_text):
    events = code_text("Hamas did not threaten to shell Ashkelon.", date="2021-03-01")
    assert not [e for e in events if e.root == "13"]


def test_a_plan_to_attack_a_town_is_no_threat_to_its_people(code_text):
    events = code_text("The rebels plan to attack Goma next week.", date="2021-03-01")
    assert not _roots(events, "COD", "COD")


def test_an_army_threatening_its_own_city_names_no_foreign_side(code_text):
    events = code_text("The Syrian army threatened to shell Homs.", date="2021-03-01")
    assert not [e for e in events if e.target.code[:3] != "SYR"]


def test_rejected_the_charge_is_still_a_denial(code_text):
    events = code_text("Turkey rejected the charge made by the Dutch government.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- a threat joined by "and" to an act of conflict on a side (threats.joined_act_targets)

def test_suspended_aid_and_threatened_further_steps(code_text):
    events = code_text("Norway declared a suspension of grants to Malawi and threatened to cut off trade "
                       "ties.", date="2021-03-01")
    assert "13" in _roots(events, "NOR", "MWI")


def test_expelled_diplomats_and_warned_of_further_measures(code_text):
    events = code_text("Poland expelled two Belarusian diplomats and warned of further measures.", date="2021-03-01")
    assert "13" in _roots(events, "POL", "BLR")


def test_a_meeting_partner_is_not_the_one_threatened(code_text):
    events = code_text("Russia met Iranian officials and threatened to retaliate.", date="2021-03-01")
    assert not [e for e in events if e.root == "13"]


def test_a_threat_with_its_own_subject_is_not_joined(code_text):
    events = code_text("China criticized Japan, but Korea threatened to retaliate.", date="2021-03-01")
    assert not [e for e in events if e.root == "13"]


# -- a refusal's condition the parser hangs on the object's past relative (opinions.condition_doer)

def test_will_not_lift_sanctions_it_placed_if_the_other_does_not(code_text):
    events = code_text("Britain will not lift the sanctions it has placed on Russia if Moscow does not "
                       "pull back its troops.", date="2021-03-01")
    assert "12" in _roots(events, "GBR", "RUS")


def test_will_lift_the_sanctions_it_imposed_if_the_other_frees_is_no_refusal(code_text):
    events = code_text("Canada will lift the sanctions it imposed if Iran frees the detained citizens.",
                       date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- sanctions whose purpose names the side they restrict or bring round (blockaded.purpose_targets)

def test_refused_to_lift_sanctions_to_get_a_side_to_talks(code_text):
    events = code_text("Australia refused to ease its sanctions to bring Myanmar back to talks.", date="2021-03-01")
    assert "12" in _roots(events, "AUS", "MMR")


def test_imposed_sanctions_to_force_a_side(code_text):
    events = code_text("The EU imposed sanctions to force Belarus to free political prisoners.", date="2021-03-01")
    assert "16" in _roots(events, "IGO", "BLR")


def test_sanctions_to_help_an_economy_name_no_side(code_text):
    events = code_text("The EU refused to lift sanctions to help the Syrian economy.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


def test_sanctions_to_protect_own_farmers_name_no_side(code_text):
    events = code_text("Canada imposed sanctions to protect its own farmers.", date="2021-03-01")
    assert not events


# -- a subject the parser hangs on the auxiliary (parse.repair_aux_subject)

def test_compound_subject_then_however_then_auxiliary(code_text):
    events = code_text("Ghana and Senegal however have opposed resolutions at the World Health Organization "
                       "on tobacco.", date="2021-03-01")
    assert "12" in _roots(events, "GHA", "IGO") and "12" in _roots(events, "SEN", "IGO")


def test_repaired_subject_keeps_a_negation(code_text):
    events = code_text("Ghana and Senegal however have not opposed resolutions at the World Health Organization "
                       "on tobacco.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- a reaction told as an active relative clause on a noun naming no actor (referents.relative_makers)

def test_a_plan_which_a_side_rejected_is_its_proposers(code_text):
    events = code_text("Norway proposed a plan, which Sudan rejected.", date="2021-03-01")
    assert "12" in _roots(events, "SDN", "NOR")


def test_an_offensive_that_a_group_condemned_is_its_launchers(code_text):
    events = code_text("The Ethiopian army launched an offensive that Amnesty International condemned.",
                       date="2021-03-01")
    assert [e.code for e in events if e.target.code[:3] == "ETH" and e.root == "11"] == ["111"]


def test_a_resolution_in_which_a_body_condemned_and_a_side_rejected(code_text):
    events = code_text("The UN Human Rights Council condemned the abuses in a resolution that the Eritrean "
                       "envoy rejected.", date="2021-03-01")
    assert "12" in _roots(events, "ERI", "IGO")


def test_praising_a_plan_another_rejected_names_no_author(code_text):
    events = code_text("Kenya praised the plan that Sudan rejected.", date="2021-03-01")
    assert not _roots(events, "SDN", "KEN")


def test_a_plan_which_a_side_did_not_reject(code_text):
    events = code_text("Norway proposed a plan, which Sudan did not reject.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]


# -- a state's envoy to an international body is the state's (actors/owned.envoy_to_body)

def test_a_states_un_ambassador_is_the_state(code_text):
    events = code_text("Russia's UN ambassador criticized Ukraine.", date="2021-03-01")
    assert [e.source.code for e in events if e.root == "11"] == ["RUSGOV"]


def test_a_capitals_un_envoy_is_the_state(code_text):
    events = code_text("Tehran's U.N. envoy rejected the resolution.", date="2021-03-01")
    assert not [e for e in events if e.source.code.startswith("IGO")]


def test_a_national_un_ambassador_is_the_state(code_text):
    events = code_text("The Syrian U.N. ambassador accused Turkey of backing terrorists.", date="2021-03-01")
    assert "11" in _roots(events, "SYR", "TUR")


def test_the_un_envoy_alone_stays_the_un(code_text):
    events = code_text("The UN envoy for Yemen criticized Saudi Arabia.", date="2021-03-01")
    assert [e.source.code for e in events if e.root == "11"] == ["IGOUNO"]


def test_an_offer_of_talks_is_a_rejection_of_talks(code_text):
    events = code_text("Georgia rejected Russia's offer of talks with Abkhazia.", date="2021-03-01")
    assert [e.code for e in events if e.source.code == "GEOGOV" and e.target.code == "RUSGOV"] == ["125"]


def test_a_subject_is_not_moved_past_an_infinitive_marker():
    """ "it would not just to punish X, but also to ...": a garbled clause; a subject hung on
    "would" is not handed to a verb behind "to" (parse.repair_aux_subject)."""
    from eventwire.events.parse import repair_aux_subject
    from eventwire.language.model import load
    doc = load()("Officials said it would not just to punish the rebels.")
    it, would, punish = doc[2], doc[3], doc[7]
    assert (would.lower_, punish.lower_) == ("would", "punish") and would.head == punish
    it.head = would                       # as the parser hangs it on a longer sentence
    repair_aux_subject(doc)
    assert it.head == would


def test_a_subject_hung_on_the_auxiliary_moves_to_its_verb():
    from eventwire.events.parse import repair_aux_subject
    from eventwire.language.model import load
    doc = load()("Officials said it would not soon punish the rebels.")
    it, would, punish = doc[2], doc[3], doc[6]
    assert (would.lower_, punish.lower_) == ("would", "punish") and would.head == punish
    it.head = would
    repair_aux_subject(doc)
    assert it.head == punish
