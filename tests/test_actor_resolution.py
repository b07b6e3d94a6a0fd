"""Actors in context: names, roles, seats of government, dated offices, words that point back."""
from conftest import countries, triples


def test_country_adjective_with_role(code_text):
    assert ("PERCOP", "17", "PERCVL") in triples(code_text("Peruvian police arrested protesters in Lima."))


def test_capital_and_seat_of_government_are_the_government(code_text):
    found = triples(code_text("The Kremlin criticized Warsaw on Monday."))
    assert ("RUSGOV", "11", "POLGOV") in found
    found = triples(code_text("Miraflores Palace thanked Havana for its support."))
    assert ("VENGOV", "05", "CUBGOV") in found


def test_international_organisation(code_text):
    found = countries(code_text("The United Nations condemned Myanmar's generals."))
    assert ("IGOUNO", "11", "MMR") in found


def test_person_resolved_to_office_on_event_date(code_text):
    found = triples(code_text("Vladimir Putin criticized Ukraine.", date="2021-03-01"))
    assert ("RUSGOV", "11", "UKR") in found
    # the same name in 1990 held no office: no government code
    old = triples(code_text("Vladimir Putin criticized Ukraine.", date="1990-03-01"))
    assert ("RUSGOV", "11", "UKR") not in old


def test_opposition_leader(code_text):
    found = triples(code_text("Juan Guaidó accused Nicolás Maduro of fraud.", date="2020-02-01"))
    assert ("VENOPP", "11", "VENGOV") in found


def test_appositive_name_wins_over_description(code_text):
    text = "The President of Chile, Gabriel Boric, praised his Argentine counterpart, Alberto Fernandez."
    assert ("CHLGOV", "05", "ARGGOV") in triples(code_text(text, date="2022-06-01"))


def test_the_two_leaders_point_back(code_text):
    text = ("Kenya's president met Ethiopia's prime minister in Nairobi.\n"
            "The two leaders held talks on Tuesday.")
    events = code_text(text)
    pairs = {frozenset((e.source.code[:3], e.target.code[:3])) for e in events if e.code.startswith("04")}
    assert frozenset(("KEN", "ETH")) in pairs
    assert any(e.mentions[-1].sentence_index == 1 or len(e.mentions) > 1 for e in events)


def test_pronoun_points_back_to_the_last_person(code_text):
    text = "Emmanuel Macron arrived in Rome on Monday.\nHe praised Italy for its help."
    assert ("FRAGOV", "05", "ITA") in triples(code_text(text, date="2020-05-01"))


def test_the_russian_president(code_text):
    text = "The Russian president congratulated Serbia on its election."
    assert ("RUSGOV", "05", "SRB") in triples(code_text(text))


def test_role_alone_takes_the_story_country(code_text):
    text = "Thai police detained dozens of activists in Bangkok."
    found = countries(code_text(text))
    assert ("THA", "17", "THA") in found


def test_one_event_per_document_with_every_mention(code_text):
    text = "Ghana praised Togo on Monday.\nGhana praised Togo again in a statement."
    events = [e for e in code_text(text) if e.code.startswith("05")]
    assert len(events) == 1
    assert [m.sentence_index for m in events[0].mentions] == [0, 1]
