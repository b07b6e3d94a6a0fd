"""Material cooperation (session 33): a restriction not renewed is eased (lapsed.py); forces sent to train the host country's troops give military
aid (purposed.py); an exercise held by several states is their military
cooperation (062); administrative restrictions eased with no one named fall
on the source's own people (CAMEO 081), as curfews and states of emergency do; a refusal whose
condition names a side is of that side, not of the people guessed; a thing handed back whose
"to" receiver the parser hung deeper in the object. dev_quad agreement."""
from conftest import countries, triples


def test_restrictions_eased_over_own_people(code_text):
    assert ("ITAGOV", "08", "ITACVL") in triples(code_text("The Italian prime minister lifted the travel restrictions on Monday."))
    assert ("KENGOV", "08", "KENCVL") in triples(code_text("The Kenyan government eased restrictions on the movement of aid workers."))
    assert ("ESPGOV", "08", "ESPCVL") in triples(code_text("Spain's prime minister eased restrictions on bars and restaurants."))
    # CAMEO 081, not the unspecified yield 080, and the side named stays the target
    events = code_text("The Chilean government eased restrictions on imports from Argentina.")
    assert ("CHL", "08", "ARG") in countries(events)
    assert any(e.code == "081" for e in events)


def test_restrictions_not_eased_or_not_by_a_state(code_text):
    assert not code_text("The Italian prime minister said he may lift the travel restrictions next week.")
    assert not code_text("The UN mission lifted restrictions on its staff.")
    assert not any(t.endswith("CVL") for _s, _r, t in triples(code_text("The rebels lifted restrictions on movement in the town.")))


def test_refusal_with_a_condition_is_of_its_doer(code_text):
    found = countries(code_text("The Indonesian president said Jakarta will not end the export ban until the EU drops its palm oil tariffs."))
    assert ("IDN", "12", "IGOEUREEC") in found and ("IDN", "12", "IDN") not in found
    # with no condition, the own people
    assert ("ITAGOV", "12", "ITACVL") in triples(code_text("The Italian prime minister will not lift the travel restrictions."))


def test_receiver_hung_on_a_noun_inside_the_thing_returned(code_text):
    assert ("DEU", "08", "NGA") in countries(code_text(
        "The German foreign ministry returned 21 bronze statues that date back to the colonial era to Nigeria on Tuesday."))
    # a "to" inside the object is no receiver when nothing is handed to anyone
    assert not code_text("The museum returned the documents relating to the case.")
    assert not code_text("Germany returned the loan with interest to the bank.")


def test_exercise_of_several_states_is_military_cooperation(code_text):
    assert ("RUS", "06", "CHN") in countries(code_text("Russia and China launched naval drills near Japan."))
    assert ("FRA", "06", "IND") in countries(code_text("The war game was staged by French marines and Indian naval forces."))
    assert ("RUS", "06", "CHN") in countries(code_text("The drills were conducted by Russian and Chinese warships."))
    # one state's forces, or a plan: no cooperation
    assert not any(r == "06" for _s, r, _t in countries(code_text("Russia held naval drills near Japan.")))
    assert not code_text("The Russian army and navy held drills in the Baltic.")
    assert not any(r == "06" for _s, r, _t in countries(code_text("Russia and China plan to hold naval drills next month.")))


def test_forces_sent_to_train_the_host_give_military_aid(code_text):
    events = code_text("Britain deployed 20 soldiers to Kenya to train Kenyan troops.")
    assert ("GBR", "07", "KEN") in countries(events) and not any(e.code[:2] == "15" for e in events)
    assert ("AUS", "07", "FJI") in countries(code_text(
        "Forty Australian Army instructors deployed to the Fijian military's training centre to train about 300 Fijian troops."))
    # forces sent to fight, to support an offensive, or to train another side stay a show of force
    assert ("FRA", "15", "MLI") in countries(code_text("France deployed troops to Mali to fight the jihadists."))
    assert ("GBR", "15", "KEN") in countries(code_text("Britain deployed 20 soldiers to Kenya to support the Kenyan offensive."))
    found = countries(code_text("Russia deployed troops to the Ukrainian border to train separatist fighters."))
    assert not any(r == "07" for _s, r, _t in found)


def test_restriction_not_renewed_is_eased(code_text):
    assert ("IGOEUREEC", "08", "BLR") in countries(code_text("The European Union failed to renew sanctions against Belarus."))
    assert ("IGOUNO", "08", "LBY") in countries(code_text("The Security Council did not extend the arms embargo on Libya."))
    assert ("TUNGOV", "08", "TUNCVL") in triples(code_text("Tunisia's president failed to extend the state of emergency."))
    # renewed, refused, or only possibly not renewed: no easing
    assert ("IGOEUREEC", "16", "RUS") in countries(code_text("The EU extended sanctions on Russia."))
    assert not any(r == "08" for _s, r, _t in countries(code_text("The EU refused to renew sanctions against Belarus.")))
    assert not code_text("The EU may not renew sanctions against Belarus.")
    assert not code_text("The EU did not impose sanctions on Belarus.")


def test_ceasefire_pact_renewed_is_a_truce(code_text):
    # CAMEO codes an agreement to a ceasefire as the truce (0871), not a formal agreement (057)
    events = code_text("The Philippine government renewed its truce agreement with the communist insurgents.")
    assert any(e.code == "0871" for e in events) and ("PHL", "08", "PHL") in countries(events)
    events = code_text("Ethiopia's government renewed a trade pact with Kenya.")
    assert ("ETH", "05", "KEN") in countries(events) and not any(e.code.startswith("08") for e in events)


def test_aides_released_are_persons_not_aid(code_text):
    events = code_text("Ugandan authorities released two senior aides of opposition leader Kizza Besigye.")
    assert events and all(e.code == "0841" for e in events)
    assert any(e.code == "070" for e in code_text("The Ugandan government released aid to the flood victims in Kasese."))


def test_peacekeepers_who_deploy_provide_peacekeeping(code_text):
    assert ("KEN", "07", "HTI") in countries(code_text("Kenyan peacekeepers began deploying in Haiti on Tuesday."))
    assert ("RUS", "07", "MLI") in countries(code_text("Russian peacekeepers deployed to Mali on Tuesday."))
    # a plan, or troops that are no peacekeepers, give no aid
    assert not any(r == "07" for _s, r, _t in countries(code_text("Kenyan peacekeepers will deploy to Haiti next month.")))
    assert not any(r == "07" for _s, r, _t in countries(code_text("Russian troops deployed to the Ukrainian border.")))


def test_own_people_not_guessed_beside_the_side_named(code_text):
    events = code_text("Georgia lifted flight bans to and from Russia and scrapped limits on the sums travellers may bring in.")
    assert ("GEO", "08", "RUS") in countries(events) and not any(e.target.code.endswith("CVL") for e in events)
    # another act by the same source keeps its own people
    found = triples(code_text("Chile lifted the state of emergency and lifted sanctions on Peru."))
    assert ("CHLGOV", "08", "CHLCVL") in found and ("CHLGOV", "08", "PERGOV") in found


def test_approval_given_for_another_to_act_allows_it(code_text):
    found = countries(code_text("The Somali government gave approval for Doctors Without Borders to open clinics in Baidoa."))
    assert any(s == "SOM" and r == "08" and t.startswith("NGO") for s, r, t in found)
    # approval of a plan, of a law, or only possibly given: no permission to anyone
    assert not code_text("The Sudanese parliament gave approval to the peace plan.")
    assert not code_text("The Kenyan cabinet gave its approval for the new law to take effect.")
    assert not code_text("The Somali government may give approval for Doctors Without Borders to open clinics.")
