"""Receivers of aid and hosts of visits (issue 15, dev_quad recall): aid whose purpose is set in a
country, aid promised (033) to people named by their place, a receiver guessed as the story's
people when the place names them, the visitor named on the visit a host welcomes."""
from conftest import countries


def test_aid_for_a_purpose_in_a_country(code_text):
    found = countries(code_text("The Chinese government gave 50 million dollars to promote trade in Zambia."))
    assert ("CHN", "07", "ZMB") in found
    found = countries(code_text("Canada has provided more than 100 million dollars for aid to fight cholera in Haiti."))
    assert ("CAN", "07", "HTI") in found
    # its own country is no receiver
    assert not code_text("Brazil gave 50 million dollars to promote tourism in Brazil.")


def test_aid_promised_to_people_of_a_place(code_text):
    found = countries(code_text("The EU announced 20 million euros in humanitarian assistance to help people in "
                                "Chad and Mali, who have been hit by drought."))
    assert {("IGOEUREEC", "03", "TCD"), ("IGOEUREEC", "03", "MLI")} <= found or \
        {("IGOEU", "03", "TCD"), ("IGOEU", "03", "MLI")} <= found


def test_people_of_the_place_not_of_the_story(code_text):
    found = countries(code_text("Canada gave 30 million dollars in assistance to populations affected by "
                                "the cyclone in Malawi."))
    assert ("CAN", "07", "MWI") in found
    assert not any(t == "CAN" for _s, _r, t in found)


def test_visitor_named_on_the_visit(code_text):
    found = countries(code_text("Peru welcomed the visit of the Chilean president on Monday."))
    assert ("PER", "04", "CHL") in found
    found = countries(code_text("The Ghanaian foreign minister welcomed the visit by her Kenyan counterpart to Accra."))
    assert ("GHA", "04", "KEN") in found
    # no visitor named: nothing
    assert not code_text("Peru welcomed the visit on Monday.")


def test_easing_verbs_on_restriction_nouns(code_text):
    assert ("CAN", "08", "VEN") in countries(code_text("Canada suspended sanctions on Venezuela."))
    assert ("GBR", "08", "ARG") in countries(code_text("Britain relaxed its ban on Argentine beef."))
    assert ("USA", "08", "CHN") in countries(code_text("The United States rolled back tariffs on goods from China."))
    # rolling back alone is no event; a refusal to ease is no easing
    assert not code_text("The army rolled back into the city.")
    assert not any(r == "08" for _s, r, _t in countries(code_text("Canada will not suspend sanctions on Venezuela.")))


def test_things_counted_are_handed_over(code_text):
    found = countries(code_text("Sweden returned hundreds of stolen coins to Greek authorities."))
    assert ("SWE", "08", "GRC") in found
    found = countries(code_text("The Swedish government returned dozens of Mayan artifacts to Guatemala."))
    assert ("SWE", "08", "GTM") in found
    # people counted are no property returned
    assert not any(r == "08" for _s, r, _t in countries(code_text("Sweden returned dozens of refugees to Greece.")))


def test_a_meal_with_another_side_is_a_meeting(code_text):
    assert ("KEN", "04", "UGA") in countries(code_text("The Kenyan president had lunch with the Ugandan president on Monday."))
    assert ("KEN", "04", "UGA") in countries(code_text("The Kenyan president held a working dinner with his Ugandan counterpart."))
    assert not code_text("The Kenyan president had dinner with his family.")
    # a meal planned is no meeting yet
    assert not code_text("The Kenyan president will have lunch with the Ugandan president.")


def test_the_investigated_named_in_the_matter_investigated(code_text):
    found = countries(code_text("Kenyan police launched an investigation into claims that Ugandan soldiers abused civilians."))
    assert ("KEN", "09", "UGA") in found
    found = countries(code_text("Dutch prosecutors have launched an investigation into whether the Turkish "
                                "government spied on dissidents."))
    assert ("NLD", "09", "TUR") in found
    # no one named in it: no target
    assert not code_text("Dutch prosecutors opened a probe into the fire.")


def test_receiver_in_a_relative_clause_of_what_aid_pays_for(code_text):
    # quad3: the projects the aid funds name whom they benefit
    found = countries(code_text("Norway provided 8 million kroner to support projects which benefit refugees in Uganda."))
    assert ("NOR", "07", "UGA") in found
    found = countries(code_text("Japan donated 4 million dollars for programmes that assist displaced families in Yemen."))
    assert ("JPN", "07", "YEM") in found
    # a relative clause with no benefit verb names no receiver
    assert not any(t == "UGA" for _s, _r, t in countries(code_text(
        "Norway provided 8 million kroner to support projects which were criticised in Uganda.")))


def test_investigated_named_in_the_report_investigated(code_text):
    # quad3: the one a report or claim under investigation accuses
    found = countries(code_text("Sweden opened an inquiry into a report alleging that Iran spied on exiles in Stockholm."))
    assert ("SWE", "09", "IRN") in found
    found = countries(code_text("Sweden is investigating claims that Belarus smuggled migrants across the border."))
    assert ("SWE", "09", "BLR") in found
    # a report by Y is not one about Y
    assert not any(t == "IRN" for _s, _r, t in countries(code_text(
        "Sweden is investigating a report that was published by Iran.")))


def test_support_given_with_aid_is_aid(code_text):
    # quad3: a "with" phrase naming the aid makes support aid given (07)
    found = countries(code_text("Finland supported Mozambique with a grant of 12 million euros."))
    assert ("FIN", "07", "MOZ") in found
    found = countries(code_text("Finland backed the Mozambican government with 4 million euros in military aid."))
    assert ("FIN", "07", "MOZ") in found
    # no aid in the "with" phrase: the support stays an endorsement
    found = countries(code_text("Finland supported Mozambique with words of encouragement."))
    assert not any(r == "07" for _s, r, _t in found)
