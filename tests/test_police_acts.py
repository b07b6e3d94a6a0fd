"""Police acts in lower-case local news: agentless arrests, crowd dispersal, deaths in police
firing (events/police.py, unnamed.py, police.yaml). Sentences written for these tests."""
import pytest


def coded(events):
    return sorted({(e.source.code, e.code, e.target.code) for e in events})


@pytest.mark.parametrize("text, expected", [
    # agentless passive in a sentence that names police: the police of the story's country
    ("in pune, nine youths were arrested near the market on friday, police said.",
     [("INDCOP", "173", "INDCVL")]),
    # unnamed people held by the police are civilians
    ("in pune, police detained nine youths near the market on friday.",
     [("INDCOP", "173", "INDCVL")]),
    ("in pune, three men were taken into custody on friday, police said.",
     [("INDCOP", "173", "INDCVL")]),
    ("in pune, the police booked four shopkeepers under the arms act.",
     [("INDCOP", "173", "INDCVL")]),
    ("in pune, the suspect was nabbed by police at the bus stand.",
     [("INDCOP", "173", "INDCVL")]),
])
def test_arrests(code_text, text, expected):
    assert coded(code_text(text)) == expected


def test_agentless_arrest_in_a_police_paragraph(code_text):
    events = code_text("in pune, the police patrolled the old city all night. "
                       "nine teenagers were arrested near the market on friday.")
    assert ("INDCOP", "173", "INDCVL") in coded(events)
    # another paragraph that does not name police: no doer
    events = code_text("in pune, the police patrolled the old city all night.\n\n"
                       "nine teenagers were arrested near the market on friday.")
    assert not any(e.code == "173" for e in events)


def test_agentless_arrest_without_police_is_not_coded(code_text):
    assert coded(code_text("in pune, nine teenagers were arrested near the market on friday.")) == []


@pytest.mark.parametrize("text, expected", [
    ("in pune, police fired six rounds in the air to scatter the crowd.",
     [("INDCOP", "175", "INDCVL")]),
    ("in pune, the police lathi-charged the mob near the temple.",
     [("INDCOP", "175", "INDCVL")]),
    ("in pune, police fired teargas at the crowd near the temple.",
     [("INDCOP", "175", "INDCVL")]),
])
def test_crowd_dispersal(code_text, text, expected):
    assert coded(code_text(text)) == expected


@pytest.mark.parametrize("text", [
    "in pune, three people were killed in police firing on friday.",
    "in pune, three people were killed when police opened fire on the mob.",
    "in pune, two men were killed when the police fired at the crowd.",
])
def test_deaths_in_police_firing(code_text, text):
    events = code_text(text)
    assert any(e.source.code == "INDCOP" and e.code.startswith(("18", "19", "20")) for e in events)


def test_killed_when_others_attacked_stays_unattributed(code_text):
    events = code_text("in pune, two men were killed when a mob set fire to their shop.")
    assert not any(e.source.code == "INDCOP" for e in events)


def test_present_passive_is_a_state_not_an_arrest(code_text):
    events = code_text("in pune, hundreds of suspects are held in jails across the state, police said.")
    assert not any(e.code.startswith("17") for e in events)


# ---- round 2: arrests written as nouns, the dead as victims ---------------------------------

def _triples(code_text, text):
    return [(e.source.code, e.code[:3], e.target.code) for e in code_text(text)]


def test_arrests_made_by_the_police_are_arrests(code_text):
    assert ("INDCOP", "173", "INDCVL") in _triples(
        code_text, "patna: police said a dozen arrests have been made after the brawl.")
    assert ("INDCOP", "173", "INDCVL") in _triples(
        code_text, "patna: the police made several arrests after the brawl.")


def test_arrests_made_with_no_police_in_the_paragraph_are_nobody_s(code_text):
    assert not [t for t in _triples(code_text, "patna: a dozen arrests have been made.") if t[1] == "173"]


def test_the_dead_of_a_clash_are_not_its_doers(code_text):
    # a clash does not say who killed whom; the dead are never the source
    assert not [t for t in _triples(code_text, "patna: a constable died in clashes with villagers on friday.")
                if t[0] == "INDCOP"]


def test_an_agentless_arrest_is_the_police_s_even_unnamed(code_text):
    assert ("INDCOP", "173", "INDCVL") in _triples(
        code_text, "patna: the minister said twenty youths had been arrested on the highway.")


def test_an_inverted_condition_is_no_arrest(code_text):
    # "had X been detained, ...": it did not happen
    assert not _triples(code_text, "patna: officials think that had the mayor been detained in the "
                                   "city, the riots would have been avoided.")


def test_alleged_police_firing_names_no_doer(code_text):
    assert ("INDCOP", "190", "INDAGR") in _triples(
        code_text, "bhopal: three farmers were killed in police firing near the market on monday.")
    assert not [t for t in _triples(code_text, "bhopal: three farmers were killed in alleged police "
                                               "firing near the market on monday.") if t[1] == "190"]


@pytest.mark.parametrize("text", [
    "kanpur: a former mayor was among 25 people arrested at the toll plaza on sunday, police said.",
    "kanpur: most of those detained were traders, a police officer said.",
])
def test_a_counted_group_held_in_a_police_report(code_text, text):
    assert [t for t in _triples(code_text, text) if t[:2] == ("INDCOP", "173")]


@pytest.mark.parametrize("text", [
    # no police named: a participle on a noun stays background
    "kanpur: a former mayor was among 25 people arrested at the toll plaza on sunday.",
    # not a counted group
    "kanpur: the police said the trader arrested last year has been freed.",
])
def test_other_participles_stay_background(code_text, text):
    assert not [t for t in _triples(code_text, text) if t[1] == "173"]


def test_a_firing_clause_on_a_joined_participle(code_text):
    assert ("INDCOP", "190", "INDCVL") in _triples(
        code_text, "rajkot: two men were killed and nine hurt on sunday when police opened fire on a crowd.")


@pytest.mark.parametrize("text", [
    # the passive names its doer on a joined verb: not the police's arrest
    "patna: the minister said forty villagers had been detained and tortured by the gang.",
    # a doer the parser hangs on a phrase of the clause
    "patna: curfews have been imposed as a punishment most often by the district militia.",
])
def test_a_passive_that_names_another_doer_is_not_the_police_s(code_text, text):
    assert not any(t[0].endswith("COP") for t in _triples(code_text, text))


def test_a_passive_done_by_a_police_team_stays_the_police_s(code_text):
    assert ("INDCOP", "173", "INDCVL") in _triples(
        code_text, "patna: the minister said twenty youths had been arrested by a special team on the highway.")
