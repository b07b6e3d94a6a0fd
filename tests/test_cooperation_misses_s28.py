"""Cooperation the coder missed (session 28, dev_quad penta 1 and 2): a release written "let
free", an intelligence agency's own "intelligence" taken for its partner, the US immigration
agency written ICE, and two named modifiers joined by "and" on one noun ("UK and EU negotiators")."""


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def test_let_free_is_a_release(code_text):
    events = code_text("Kenya let free three Ugandan opposition activists on Monday.", date="2019-06-04")
    assert "08" in _roots(events, "KEN", "UGA")


def test_let_free_speech_is_no_release(code_text):
    events = code_text("The Kenyan government let free speech flourish for a decade.", date="2019-06-04")
    assert not [e for e in events if e.root == "08"]


def test_an_agency_sharing_intelligence_shares_it_with_its_partner(code_text):
    events = code_text("The CIA shared intelligence with the Jordanian government on Monday.", date="2019-06-04")
    assert "06" in _roots(events, "USA", "JOR")


def test_ice_in_capitals_is_the_us_immigration_agency(code_text):
    events = code_text("ICE returned six stolen paintings to the government of Bolivia on Tuesday.",
                       date="2019-06-04")
    assert "08" in _roots(events, "USA", "BOL")


def test_ice_in_lower_case_is_no_actor(code_text):
    events = code_text("The ice melted as Norway's coast guard warned Russia.", date="2019-06-04")
    assert not [e for e in events if e.source.code.startswith("USA")]


def test_two_named_modifiers_joined_by_and_are_both_sides(code_text):
    events = code_text("Kenya and Uganda officials signed a border agreement on Monday.", date="2019-06-04")
    assert _roots(events, "KEN", "UGA") | _roots(events, "UGA", "KEN") >= {"05"}


def test_a_mediation_effort_to_end_a_rift_mediates_between_its_sides(code_text):
    events = code_text("Qatar's emir launched a mediation effort aimed at ending the quarrel between Eritrea and Djibouti.",
                       date="2019-06-04")
    assert "04" in _roots(events, "QAT", "ERI") and "04" in _roots(events, "QAT", "DJI")


def test_an_effort_with_no_mediation_is_no_mediation(code_text):
    events = code_text("Norway launched an effort to end the war between Kenya and Somalia.", date="2019-06-04")
    assert not [e for e in events if e.code == "045"]


def test_a_thing_returned_in_the_passive_is_returned_by_the_by_doer(code_text):
    events = code_text("Two bronze statues were returned to Bolivia by the Chilean government on Monday.",
                       date="2019-06-04")
    assert "08" in _roots(events, "CHL", "BOL")


def test_a_pact_renewed_with_a_side_is_an_agreement_with_it(code_text):
    events = code_text("The Chadian government renewed its border pact with the Nigerien government on Monday.",
                       date="2019-06-04")
    assert "05" in _roots(events, "TCD", "NER")


def test_a_willing_doer_after_an_agreement_is_the_first_verbs_subject(code_text):
    # "agreed to X and is willing to resume talks with Y": five steps up to the subject
    events = code_text("The Malian opposition agreed to end the strike and is willing to resume talks "
                       "with the Guinean government.", date="2019-06-04")
    assert "03" in _roots(events, "MLI", "GIN")


def test_curbs_to_and_from_a_country_are_eased_on_it(code_text):
    events = code_text("Chile eased shipping restrictions to and from Peru on Friday.", date="2019-06-04")
    assert "08" in _roots(events, "CHL", "PER")


def test_tariffs_on_an_amount_of_a_countrys_exports_are_eased_on_it(code_text):
    events = code_text("Canada reduced tariffs on $30 billion of Mexico's exports on Monday.", date="2019-06-04")
    assert "08" in _roots(events, "CAN", "MEX")


def test_people_held_by_a_named_side_are_released_by_it(code_text):
    events = code_text("Two Kenyan aid workers who had been held by al-Shabaab were released on Monday.",
                       date="2019-06-04")
    assert "08" in _roots(events, "SOM", "KEN")


def test_co_mediators_do_not_mediate_with_each_other(code_text):
    events = code_text("The European Union and the United Nations launched a mediation effort to help the "
                       "army and the rebels in Mali reach a deal.", date="2019-06-04")
    assert not [e for e in events if e.code == "045" and e.source.code.startswith("IGO")
                and e.target.code.startswith("IGO")]


def test_a_headline_verb_tagged_as_a_noun_is_read_as_the_verb(code_text):
    events = code_text("EU and UN hand over essential medical supplies to the Malawian government.",
                       date="2019-06-04")
    assert "07" in _roots(events, "IGO", "MWI") or any(
        e.root == "07" and e.target.code.startswith("MWI") for e in events)


def test_hostages_released_are_people_released(code_text):
    events = code_text("Malian rebels released three hostages on Monday.", date="2019-06-04")
    assert any(e.root == "08" and e.source.code.startswith("MLI") for e in events)


def test_a_truce_by_a_side_described_as_fighting_a_foe_is_with_that_foe(code_text):
    events = code_text("The Malian army, which is fighting the Macina Liberation Front, declared a ceasefire "
                       "on Monday.", date="2019-06-04")
    assert any(e.root == "08" and e.source.code.startswith("MLI") and "Macina" in (e.target.text or "")
               for e in events)


def test_a_truce_with_no_foe_named_has_no_target_made_up(code_text):
    events = code_text("The Malian army declared a ceasefire on Monday.", date="2019-06-04")
    assert not [e for e in events if e.root == "08"]
