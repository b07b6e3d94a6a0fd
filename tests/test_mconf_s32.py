"""Material conflict the session-32 dev_quad reading found missed (mconf): a ceasefire violated
on another country's soil or along a named control line (violations.py), the doer of "X was
guilty of <gerund>" (responsible.py), killings spread "throughout"/"across" places
(noun_places.py), a blockade aimed at the side its purpose restricts (blockaded.py). Sentences
written for these tests."""
import pytest


def _dyads(events):
    return {(e.source.code[:3], e.target.code[:3], e.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Serbian troops on Tuesday violated the truce across the frontier in Croatia's Lika region.",
     ("SRB", "HRV", "196")),
    ("Indian troops violated the ceasefire along the Line of Control on Sunday.", ("IND", "PAK", "196")),
    ("Pakistani soldiers violated the ceasefire along the LoC.", ("PAK", "IND", "196")),
    ("Chinese border guards breached the truce along the LAC in Ladakh.", ("CHN", "IND", "196")),
])
def test_a_truce_broken_on_the_other_side_s_soil_or_line_is_against_it(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Sudanese rebels violated the ceasefire in their stronghold near Kadugli.",    # own country, none named
    "Unknown gunmen violated the ceasefire across the Line of Control.",            # no side of the line
    "Kenyan troops violated the truce along the Line of Control.",                  # not a side of it
    "Russian negotiators violated the ceasefire at talks in Geneva.",              # no place hit
])
def test_no_other_side_is_no_violation(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code == "196" and e.target.code[:3] != e.source.code[:3]]


@pytest.mark.parametrize("text, expected", [
    ("The Ugandan army was guilty of violating its truce with Rwanda last week.", ("UGA", "RWA", "196")),
    ("Eritrean soldiers were guilty of shelling Ethiopian villages.", ("ERI", "ETH", "194")),
])
def test_the_guilty_one_did_the_deed(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "The Ugandan army may be guilty of violating its truce with Rwanda.",
    "The Ugandan army was not guilty of violating its truce with Rwanda.",
    "Kampala accused the Rwandan army of violating its truce with Uganda.",
])
def test_guilt_hedged_denied_or_charged_is_no_violation(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code == "196"]


@pytest.mark.parametrize("text", [
    "Boko Haram was responsible for massacres throughout Niger.",
    "Boko Haram was responsible for massacres across Niger and Chad.",
])
def test_killings_throughout_a_country_are_of_its_people(code_text, text):
    events = code_text(text, date=None)
    assert any(e.target.code == "NERCVL" and e.code[:2] in ("19", "20") for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Egypt imposed a blockade on the coast to stop Hamas from smuggling weapons.", ("EGY", "PSE", "191")),
    ("Spain and Portugal imposed blockades to limit Dutch traders.", ("ESP", "NLD", "191")),
])
def test_a_blockade_is_on_the_side_its_purpose_restricts(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


def test_a_blockade_to_protect_its_own_people_restricts_no_one_named(code_text):
    events = code_text("Tanzanian forces imposed a blockade on the port to protect Tanzanian citizens.", date=None)
    assert not [e for e in events if e.code == "191" and e.target.code[:3] != "TZA"]


@pytest.mark.parametrize("text, expected", [
    ("Greek forces remained on high alert amid tensions with Turkey.", ("GRC", "TUR", "152")),
    ("Azerbaijani troops stayed on alert along the border with Armenia.", ("AZE", "ARM", "152")),
    ("Pakistan put its troops on high alert along the border with India.", ("PAK", "IND", "152")),
    ("Sri Lankan troops stayed on alert amid the standoff with Tamil rebels.", ("LKA", "LKA", "152")),
])
def test_forces_kept_on_alert_against_a_named_opponent(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Moroccan troops remained on alert after the storm.",              # no opponent named
    "The police remained on alert ahead of the football final.",
    "Chilean soldiers remained on high alert in the capital.",
])
def test_an_alert_aimed_at_no_one_named_is_no_event(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] == "15"]


def test_an_army_and_its_rebels_guilty_of_breaking_the_truce_broke_it_against_each_other(code_text):
    events = code_text("The Sri Lankan army and the Tamil Tigers were each guilty of violating the "
                       "2002 truce.", date=None)
    assert {("LKAMIL", "LKAREB"), ("LKAREB", "LKAMIL")} <= {(e.source.code, e.target.code) for e in events
                                                            if e.code == "196"}


@pytest.mark.parametrize("text", [
    "Syrian government forces and Russian troops violated the ceasefire.",     # two states: allies
    "The Syrian army and Hezbollah fighters violated the ceasefire.",         # a foreign group: allies
])
def test_allies_named_together_did_not_violate_it_against_each_other(code_text, text):
    events = code_text(text, date=None)
    assert not [e for e in events if e.code == "196" and e.target.code[:3] in ("RUS", "LBN")
                and e.source.code[:3] == "SYR"]


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab fighters detained 400 villagers in a mosque near Kismayo to use them as human shields.",
     ("SOMREB", "SOMCVL", "184")),
    ("Boko Haram militants kept hundreds of civilians in the forest to use them as human shields.",
     ("NGAREB", "NGACVL", "184")),
])
def test_people_held_to_be_used_as_human_shields(code_text, text, expected):
    assert expected in {(e.source.code, e.target.code, e.code) for e in code_text(text, date=None)}


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters may have detained villagers to use them as human shields.",   # a guess
    "Al-Shabaab fighters want to use villagers as human shields.",                  # a wish
])
def test_shields_not_told_as_done_are_no_event(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code == "184"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistani troops resorted to unprovoked ceasefire violations along the Line of Control on Sunday.",
     ("PAK", "IND", "196")),
    ("Pakistan resorted to unprovoked ceasefire violation along the LoC in Poonch district.",
     ("PAK", "IND", "196")),
    ("Indian troops resorted to ceasefire violation in Pakistan's Kotli sector.", ("IND", "PAK", "196")),
])
def test_a_resort_to_ceasefire_violations_is_a_violation(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


def test_a_resort_to_force_is_no_truce_violation(code_text):
    assert not [e for e in code_text("The police resorted to force to disperse the crowd.", date=None)
                if e.code == "196"]


@pytest.mark.parametrize("text, expected", [
    ("The Dutch government deported two teenagers, both of whom were born in Rotterdam, "
     "to Serbia and Kosovo.", {("NLD", "SRB", "174"), ("NLD", "KSV", "174")}),
    ("Swedish police deported three men, who had lived in Malmo for years, to Iraq.", {("SWE", "IRQ", "174")}),
])
def test_deported_to_a_country_past_a_relative_clause(code_text, text, expected):
    assert expected <= _dyads(code_text(text, date=None))


def test_people_who_once_moved_to_a_country_were_not_deported_there(code_text):
    events = code_text("Swedish police deported three families who had moved to Iraq.", date=None)
    assert not [e for e in events if e.target.code[:3] == "IRQ"]
