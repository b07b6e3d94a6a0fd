"""Members listed on a group noun ("foreign nationals, including three Belgians", "some
governments, such as Japan and Canada"): one event per named member, in its own country;
a group of foreigners gives way to them, a local group of victims stays alone.

Each text is written for this test.
"""
from conftest import coded


def _pairs(events):
    return {(e.source.code[:3], e.target.code[:3], e.code[:2]) for e in events}


def test_foreign_group_gives_way_to_its_members(code_text):
    events = code_text("Libyan militiamen detained 30 foreign workers, including six Tunisian "
                       "nationals and four Sudanese.", date="2020-05-01")
    pairs = _pairs(events)
    assert ("LBY", "TUN", "17") in pairs and ("LBY", "SDN", "17") in pairs, coded(events)
    assert ("LBY", "LBY", "17") not in pairs, coded(events)


def test_members_of_a_subject_group_are_the_doers(code_text):
    events = code_text("Several governments, including Japan and Canada, condemned North Korea "
                       "on Tuesday.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("JPN", "PRK", "11"), ("CAN", "PRK", "11")} <= pairs, coded(events)


def test_such_as_lists_members(code_text):
    events = code_text("Nordic countries such as Norway and Finland criticised Moscow.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("NOR", "RUS", "11"), ("FIN", "RUS", "11")} <= pairs, coded(events)


def test_a_visitor_among_local_victims_stays_out(code_text):
    # the group is local; the foreign member is a detail the event does not need
    events = code_text("Sudanese soldiers shot dead nine protesters in Khartoum, including a "
                       "Kenyan reporter.", date="2020-05-01")
    assert not any(e.target.code.startswith("KEN") for e in events), coded(events)


def test_a_list_set_beside_the_group_names_each_member(code_text):
    events = code_text("Somali militants abducted three foreigners – a Dutch doctor, a Swiss engineer "
                       "and an Austrian national.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("SOM", "NLD", "18"), ("SOM", "CHE", "18"), ("SOM", "AUT", "18")} <= pairs, coded(events)


def test_as_well_as_in_the_list(code_text):
    events = code_text("Somali militants abducted two foreigners – German citizen Klaus Weber, a nurse "
                       "from Hamburg, as well as one Danish engineer.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("SOM", "DEU", "18"), ("SOM", "DNK", "18")} <= pairs, coded(events)


def test_list_after_a_reduced_relative_names_the_group(code_text):
    # the dash list hangs on "smugglers" in the parse; it names the foreigners detained
    events = code_text("Chadian police detained three foreigners suspected of being smugglers – a "
                       "Nigerian trader, a Cameroonian driver and a Malian national.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("TCD", "NGA", "17"), ("TCD", "CMR", "17"), ("TCD", "MLI", "17")} <= pairs, coded(events)


def test_leader_of_a_body_named_again_by_its_short_name(code_text):
    # the body is named in full first, then by its initials inside "the chair of ..."
    events = code_text("The Rapid Support Forces (RSF) fought Sudanese troops on Monday. Osman Idris, "
                       "the chair of the political council of the RSF, has been touring Stockholm, "
                       "Oslo and Helsinki to argue for talks.", date="2020-05-01")
    pairs = _pairs(events)
    assert {("SDN", "SWE", "04"), ("SDN", "NOR", "04"), ("SDN", "FIN", "04")} <= pairs, coded(events)


def test_a_critic_of_a_body_is_not_the_body(code_text):
    events = code_text("The Rapid Support Forces (RSF) fought Sudanese troops on Monday. A critic of "
                       "the RSF met the Swedish foreign minister.", date="2020-05-01")
    assert not any(e.code.startswith("04") for e in events), coded(events)


def test_frenchman_is_french(code_text):
    events = code_text("Malian jihadists abducted two foreigners: a Frenchman and a Swiss nurse.", date="2020-05-01")
    pairs = _pairs(events)
    assert ("MLI", "FRA", "18") in pairs, coded(events)
