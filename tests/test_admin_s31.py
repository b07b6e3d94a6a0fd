"""Session 31, admin: a state's administrative coercion and investigations (CAMEO 17, 09, 16).

States of emergency and curfews however the sentence adds time, media closed (1721), parties and
politicians banned (1722), investigators expelled (1662), people deported to a country (174), and
whom an investigation acts on (09): the doer of a deed investigated, never its victim; no doer,
no event. Sentences written for these tests."""
from conftest import triples


def _codes(events):
    return {(e.source.code, e.code, e.target.code) for e in events}


def test_emergency_declared_with_a_start_time(code_text):
    # the parser makes "a state of emergency" the subject of "to take effect" (raised.py)
    events = code_text("Peruvian authorities declared a state of emergency to take effect at midnight "
                       "Sunday in the southern region of Puno.", date=None)
    assert ("PERGOV", "1724", "PERCVL") in _codes(events)
    events = code_text("Ecuador's president declared a state of siege to start on Saturday in the "
                       "coastal province of Guayas.", date=None)
    assert ("ECUGOV", "1724", "ECUCVL") in _codes(events)


def test_a_judgement_with_an_infinitive_is_no_decree(code_text):
    assert not [e for e in code_text("Mali's junta declared the election to be void.", date=None)
                if e.code.startswith("17")]


def test_places_put_under_martial_law_or_curfew(code_text):
    events = code_text("The Philippine president placed the southern island under martial law.", date=None)
    assert any(e.code == "1724" and e.target.code == "PHLCVL" for e in events)
    events = code_text("The Moroccan king proclaimed a state of emergency in the Rif.", date=None)
    assert any(e.code == "1724" for e in events)
    events = code_text("Police in Uganda enforced a curfew in Kampala.", date=None)
    assert any(e.code == "1723" for e in events)


def test_media_suspended_or_closed(code_text):
    events = code_text("The Burundian government suspended two independent radio stations.", date=None)
    assert ("BDIGOV", "1721", "BDIMED") in _codes(events)
    events = code_text("Turkish authorities closed down 15 newspapers.", date=None)
    assert ("TURGOV", "1721", "TURMED") in _codes(events)
    events = code_text("Authorities suspended publication of Zimbabwe's main opposition daily.", date=None)
    assert any(e.code == "1721" and e.target.code.startswith("ZWE") for e in events)


def test_daily_flights_are_no_newspaper(code_text):
    events = code_text("Kenya Airways suspended daily flights to Mogadishu.", date=None)
    assert not [e for e in events if e.code == "1721"]


def test_politicians_barred_from_office(code_text):
    events = code_text("Iran's election authority barred the former president from running in the election.", date=None)
    assert any(e.code == "1722" and e.target.code.startswith("IRN") for e in events)


def test_investigators_expelled(code_text):
    events = code_text("Sudan expelled a team of UN investigators.", date=None)
    assert ("SDNGOV", "1662", "IGOUNO") in _codes(events)


def test_people_deported_to_a_country_are_its_people(code_text):
    events = code_text("Swiss authorities have deported 30 children to Albania and Kosovo.", date=None)
    assert {("CHEGOV", "174", "ALBCVL"), ("CHEGOV", "174", "KSVCVL")} <= _codes(events)


def test_an_investigation_of_a_deed_is_of_its_doer(code_text):
    events = code_text("The UN launched an investigation into the killing of protesters by Sudanese "
                       "security forces.", date=None)
    assert ("IGOUNO", "09", "SDNCOP") in triples(events)
    events = code_text("Israeli warplanes bombed a school in Gaza on Sunday. The UN has launched an "
                       "investigation into the bombing.", date=None)
    assert ("IGOUNO", "09", "ISRMIL") in triples(events)


def test_the_victim_of_a_deed_investigated_is_not_investigated(code_text):
    for text in ("Kenyan police launched an investigation into the shooting of a Somali diplomat.",
                 "British police are investigating the poisoning of a former Russian spy.",
                 "Italian police are investigating a fire at a migrant camp near Rome."):
        assert not [e for e in code_text(text, date=None) if e.code.startswith("09")], text


def test_other_investigations_keep_their_object(code_text):
    events = code_text("French prosecutors have launched an investigation into the finances of the "
                       "Lebanese central bank governor.", date=None)
    assert any(e.code.startswith("09") and e.target.code.startswith("LBN") for e in events)


def test_experts_sent_to_investigate(code_text):
    events = code_text("The UN sent inspectors to Syria to investigate the use of chemical weapons by "
                       "the Syrian army.", date=None)
    assert ("IGOUNO", "09", "SYRMIL") in triples(events)
    events = code_text("France has sent five experts to investigate the Iranian drone attacks on Saudi "
                       "oil facilities.", date=None)
    assert any(e.code.startswith("09") and e.target.code.startswith("IRN") for e in events)
    # a sending only planned: no investigation yet
    events = code_text("Canada will send police investigators to Haiti to investigate the killing of a "
                       "Haitian judge by a gang.", date=None)
    assert not [e for e in events if e.code.startswith("09")]


def test_restrictions_on_the_own_press_party_and_people(code_text):
    events = code_text("The Salvadoran president censored the press.", date=None)
    assert ("SLVGOV", "1721", "SLVMED") in _codes(events)
    events = code_text("The Turkish government banned a pro-Kurdish party.", date=None)
    assert ("TURGOV", "1722", "TUROPP") in _codes(events)
    events = code_text("Cuba cut internet access.", date=None)
    assert ("CUBGOV", "1721", "CUBCVL") in _codes(events)


def test_a_practice_outlawed_is_no_one(code_text):
    assert not code_text("The Sudanese government outlawed female genital mutilation.", date=None)


def test_aid_groups_expelled_are_foreign_ngos(code_text):
    events = code_text("Sudan expelled foreign aid workers.", date=None)
    assert ("SDNGOV", "1663", "NGO") in _codes(events)
    events = code_text("Niger ordered twelve foreign aid agencies to leave.", date=None)
    assert any(e.code == "1663" and e.target.code == "NGO" for e in events)
    # a named charity expelled: its expulsion is of an aid agency, not of individuals
    events = code_text("Sudan expelled Oxfam.", date=None)
    assert any(e.code == "1663" and e.target.code.startswith("NGO") for e in events)


def test_aid_workers_arrested_stay_local_ngos(code_text):
    events = code_text("Sudanese police arrested two aid workers.", date=None)
    assert ("SDNCOP", "173", "SDNNGO") in _codes(events)


def test_a_criminal_case_opened_is_an_investigation(code_text):
    events = code_text("Belarusian prosecutors launched a criminal case against the exiled opposition leader.", date=None)
    assert ("BLRJUD", "091", "BLROPP") in _codes(events)


def test_passive_expulsions_read_their_subject(code_text):
    events = code_text("Two UN weapons inspectors have been expelled from Syria.", date=None)
    assert ("SYRGOV", "1662", "IGOUNO") in _codes(events)
    events = code_text("Foreign aid workers were expelled from Sudan.", date=None)
    assert any(e.code == "1663" and e.source.code.startswith("SDN") for e in events)


def test_a_mission_sent_to_investigate_is_the_senders(code_text):
    events = code_text("The African Union sent a fact-finding mission to investigate abuses by Ethiopian troops.", date=None)
    assert any(e.code.startswith("09") and e.source.code.startswith("IGOAFR") and e.target.code == "ETHMIL"
               for e in events)
    assert not [e for e in code_text("The African Union will send a mission to investigate abuses by "
                                     "Ethiopian troops.", date=None) if e.code.startswith("09")]


def test_candidates_disqualified(code_text):
    events = code_text("Uganda's electoral commission disqualified two opposition candidates.", date=None)
    assert ("UGAGOV", "1722", "UGAOPP") in _codes(events)
    assert not code_text("UEFA disqualified the Turkish club.", date=None)


def test_a_trade_giant_named_with_its_country_is_business(code_text):
    events = code_text("US regulators launched an investigation into the Chinese e-commerce giant Zhuanbao.", date=None)
    assert any(e.code.startswith("09") and e.target.code == "CHNBUS" for e in events)


def test_under_investigation_by(code_text):
    events = code_text("The Peruvian president is under investigation by Peruvian prosecutors.", date=None)
    assert ("PERJUD", "090", "PERGOV") in _codes(events)
    events = code_text("The Ghanaian minister faces an inquiry by Ghanaian police.", date=None)
    assert any(e.code.startswith("09") and e.target.code.startswith("GHA") for e in events)
    for text in ("The minister is under investigation for corruption.",
                 "Boeing was not under investigation by the US Justice Department.",
                 "The Peruvian president could face an investigation by Peruvian prosecutors."):
        assert not code_text(text, date=None), text
