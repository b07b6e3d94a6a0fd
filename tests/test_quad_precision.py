"""Interactions coded where a sentence states an opinion, and codes of the wrong broad kind
(issue 15, dev_quad precision): agreeing with someone that something should be so, a sent
condolence message, relief teams and cargo sent or flown, things handed back, a strengthened
commitment, a feast day read as a person's surname."""
from conftest import countries


def test_agreeing_with_an_opinion_is_no_intent(code_text):
    found = countries(code_text("The Irish government agreed with the Dutch parliament that farmers should be paid more."))
    assert not any(r == "03" for _s, r, _t in found)
    # an agreement to act, or on a thing, or on what both will do stays an intent
    assert ("ITA", "03", "AUT") in countries(code_text("Italy agreed with Austria to reopen the Brenner pass."))
    found = countries(code_text("Italy agreed with Austria that their ministers would meet in June."))
    assert ("ITA", "03", "AUT") in found


def test_a_condolence_message_is_no_consultation(code_text):
    found = countries(code_text("The Greek president sent a condolence message to the Chilean president after the fire."))
    assert not any(r == "04" for _s, r, _t in found)


def test_relief_sent_or_flown_is_aid(code_text):
    found = countries(code_text("Canada sent a team of doctors and nurses to Haiti after the storm."))
    assert ("CAN", "07", "HTI") in found
    found = countries(code_text("Norway flew 15 tonnes of medicine into Sudan on Monday."))
    assert ("NOR", "07", "SDN") in found and not any(r == "15" for _s, r, _t in found)
    # a team of negotiators stays the intent to negotiate
    found = countries(code_text("Qatar sent a team of negotiators to Somalia."))
    assert not any(r == "07" for _s, r, _t in found)


def test_a_thing_handed_back_is_returned_property(code_text):
    found = countries(code_text("France returned to Mali last week 30 manuscripts from the old archive."))
    assert ("FRA", "08", "MLI") in found and not any(r == "04" for _s, r, _t in found)
    found = countries(code_text("Spain returned a stolen painting of the king to the Mexican ambassador."))
    assert ("ESP", "08", "MEX") in found and not any(r == "05" for _s, r, _t in found)


def test_a_strengthened_commitment_is_no_coercion(code_text):
    found = countries(code_text("Japan reinforced its commitment to Cambodian farmers with a grant of $5 million."))
    assert not any(r == "17" for _s, r, _t in found)


def test_a_feast_day_is_no_person(code_text):
    # undated text: any office a surname ever held would do
    for e in code_text("Boko Haram claimed the Easter attacks that killed 30 people in Nigeria.", date=None):
        assert e.source.origin.name != "OFFICE"


def test_an_until_condition_is_no_act_and_names_the_refused(code_text):
    # the act in the condition has not happened; the refusal is of the side it is set on
    found = countries(code_text("Egypt has said it will not lift the blockade until Hamas frees the two engineers."))
    assert not any(s == "PSE" for s, _r, _t in found)
    assert ("EGY", "12", "PSE") in found
    found = countries(code_text("Canada said it will not lift the sanctions until Belarus frees the jailed journalists."))
    assert ("CAN", "12", "BLR") in found
    # a past "until" clause is told as done
    found = countries(code_text("The Kenyan army shelled the town until Somali militants released the hostages."))
    assert not any(r == "12" for _s, r, _t in found)


def test_a_passive_condition_names_no_side(code_text):
    found = countries(code_text("Canada and Japan said they will not lift sanctions until all jailed journalists are freed."))
    assert not any(r == "12" for _s, r, _t in found)


def test_whom_aid_is_asked_for_is_no_addressee(code_text):
    found = countries(code_text("The World Food Programme launched an appeal for $90 million in food aid for Malawi."))
    assert not any(t == "MWI" for _s, r, t in found if r == "02")
    found = countries(code_text("UNICEF was seeking funds for children in Yemen at a donor meeting."))
    assert not any(t == "YEM" for _s, r, t in found if r == "02")
    # the addressee stays, beside the people helped
    assert ("JOR", "02", "JPN") in countries(code_text("Jordan appealed to Japan for aid for Syrian refugees."))
    found = countries(code_text("The Red Cross was seeking aid for flood victims in Bangladesh at a donor meeting."))
    assert not any(t == "BGD" for _s, r, t in found if r == "02")


def test_support_that_is_aid(code_text):
    found = countries(code_text("Japan provides €20m support for fishermen in Senegal."))
    assert ("JPN", "07", "SEN") in found and not any(r == "05" for _s, r, _t in found)
    found = countries(code_text("Norwegian aid supported 3,000 more Ugandan teachers."))
    assert any(s == "NOR" and r == "07" for s, r, _t in found)
    # words of support and support by people stay what they were
    assert ("FRA", "05", "LBN") in countries(code_text("France expressed strong support for Lebanon."))
    assert not any(r == "07" for _s, r, _t in countries(code_text("Russian aid workers supported the Syrian army.")))


def test_peacekeepers_inspectors_and_aid_workers_expelled_or_withdrawn(code_text):
    codes = lambda text: {e.code for e in code_text(text)}
    assert "1661" in codes("Chad expelled the UN peacekeepers.")
    assert "1661" in codes("Kenya withdrew peacekeepers from the Somalia-Ethiopia border.")
    assert "1662" in codes("Syria expelled the IAEA inspectors.")
    assert "1663" in codes("Niger has forced aid workers out of the eastern provinces.")
    assert "161" in codes("Russia expelled two Latvian diplomats.")


def test_an_intent_told_of_an_object_is_backstory(code_text):
    found = countries(code_text("The ayatollah sent a warning to Pezeshkian, who vowed during his campaign to open talks with Britain."))
    assert not any(r == "03" for _s, r, _t in found)
    # told of the subject, or said in the main clause, it stays
    assert ("IRN", "03", "GBR") in countries(code_text("Iran's president vowed to open talks with Britain."))


def test_what_is_sent_is_no_target(code_text):
    found = countries(code_text("The Biden administration sent teams of FBI agents into Haiti."))
    assert any(s == "USA" and t == "HTI" for s, _r, t in found)
    assert not any(s == "USA" and t == "USA" for s, _r, t in found)
    assert ("FRA", "04", "DEU") in countries(code_text("France sent Germany a letter of protest."))


def test_an_act_that_had_to_be_done_in_a_relative_clause_stays(code_text):
    # "had to" is no intent: the act told in the relative clause is the news
    found = countries(code_text("Riots broke out in the towns of Gujarat, where the police had to fire on violent mobs."))
    assert any(s == "IND" and r == "19" for s, r, _t in found)
