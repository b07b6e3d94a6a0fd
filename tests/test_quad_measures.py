"""Measures a state takes over its own people with no place named (curfews, states of
emergency or siege, easing them) fall on its civilians; a refusal takes its sides from the act
refused ("will not lift the embargo on Y", "refused to lift sanctions on Y"). dev_quad recall."""
from conftest import countries, triples


def test_state_measure_without_a_place_falls_on_own_civilians(code_text):
    assert ("CHLGOV", "08", "CHLCVL") in triples(code_text("Chile lifted the state of emergency on Monday."))
    found = triples(code_text("The Peruvian government imposed a state of siege to fight the drug gangs."))
    assert ("PERGOV", "17", "PERCVL") in found
    assert ("JORGOV", "08", "JORCVL") in triples(code_text("Jordan eased curfew hours for the holiday."))


def test_measure_by_no_state_body_gets_no_population(code_text):
    assert not code_text("The UN mission declared a state of emergency.")
    assert not any(t.endswith("CVL") for _s, _r, t in triples(code_text("The rebels imposed a curfew on the villages.")))


def test_refusal_takes_the_target_of_the_act_refused(code_text):
    assert ("FRA", "12", "IRN") in countries(code_text("France will not lift the embargo on Iran until it stops enrichment."))
    assert ("CAN", "12", "VEN") in countries(code_text("Canada refused to lift sanctions on Venezuela."))
    # a refused comment rejects no one
    assert not any(r == "12" for _s, r, _t in countries(code_text("Germany refused to comment on the Turkish report.")))


def test_resignation_yields_to_own_people(code_text):
    found = triples(code_text("The Bolivian president resigned on Sunday after weeks of protests."))
    assert ("BOLGOV", "08", "BOLCVL") in found
    # a stated intent to resign is over the same people
    assert ("MWIGOV", "03", "MWICVL") in triples(code_text("Malawi's prime minister agreed to step down."))


def test_peacekeepers_sent_and_refugees_taken_in_are_aid_given(code_text):
    # CAMEO 074 and 075 for the deed; PETRARCH's dictionary codes them as intents (0334, 0333)
    found = triples(code_text("Ghana deployed peacekeepers to Mali."))
    assert ("GHAGOV", "07", "MLIGOV") in found
    found = triples(code_text("Sweden accepted 2,000 Syrian refugees in March."))
    assert any(s == "SWEGOV" and r == "07" and t.startswith("SYR") for s, r, t in found)


def test_removed_sanctions_are_eased(code_text):
    assert ("USA", "08", "RUS") in countries(code_text("The US Treasury removed sanctions on three Russian banks."))
    assert ("CAN", "08", "CHN") in countries(code_text("Canada removed the travel ban on Chinese visitors."))


def test_hyphenated_cease_fire_is_no_shooting(code_text):
    found = countries(code_text("Colombia declared a cease-fire with the ELN."))
    assert ("COL", "08", "COL") in found and not any(r in ("18", "19") for _s, r, _t in found)
    # "opened fire" is still shooting
    assert any(r == "19" for _s, r, _t in countries(code_text("Russian troops opened fire on Ukrainian positions.")))


def test_concession_in_own_region_is_to_its_people(code_text):
    assert ("SDNGOV", "08", "SDNCVL") in triples(code_text("Sudan allowed aid into Kassala."))
    assert ("ETHGOV", "03", "ETHCVL") in triples(code_text("Ethiopia agreed to allow aid into Tigray."))
    # aid at home stays uncoded
    assert not code_text("Norway gave 20 million dollars to help its own farmers.")


def test_going_on_strike_is_a_strike(code_text):
    assert ("KENEDU", "14", "KENGOV") in triples(code_text("Kenyan teachers went on strike on Monday."))
    found = triples(code_text("Jailed Kurdish activists in Turkey went on hunger strike."))
    assert any(r == "14" and t == "TURGOV" for _s, r, t in found)
    assert not code_text("The Kenyan minister went on holiday.")
