"""A dictionary surname written with another person's given name is someone else: the title,
the appositive or the nationality with it decide the actor (actors/namesakes.py). The people
here are invented; their surnames are ones the people dictionaries list for other persons."""
from conftest import countries


def test_title_and_full_name_beat_a_surname_alias(code_text):
    # "haddad" alone is a Brazilian minister in the dictionary
    events = code_text("The Syrian government negotiator Walid Haddad criticised France on Monday.",
                       date="2018-01-28")
    assert ("SYR", "11", "FRA") in countries(events)
    assert not any(e.source.code.startswith("BRA") for e in events)


def test_apposition_description_beats_a_surname_alias(code_text):
    # "soto" alone is a Bolivian minister in the dictionary
    events = code_text("The Chilean foreign minister, Pedro Soto, met the Peruvian president in Lima.",
                       date="2016-05-01")
    assert ("CHL", "04", "PER") in countries(events)
    assert not any(e.source.code.startswith("BOL") for e in events)


def test_particle_in_the_name_and_later_surname(code_text):
    # "jaafari" alone is an Iraqi politician; "al-" is no given name
    text = ("The Syrian negotiator Karim al-Jaafari said the plan was a farce. "
            "Jaafari also accused Britain of lying.")
    events = code_text(text, date="2018-01-28")
    assert ("SYR", "11", "GBR") in countries(events)
    assert not any(e.source.code.startswith("IRQ") for e in events)


def test_pronoun_after_titled_namesake(code_text):
    text = ("The Syrian government negotiator Karim Jaafari told reporters the plan was a farce. "
            "He accused the United States of creating the crisis.")
    assert ("SYR", "11", "USA") in countries(code_text(text, date="2018-01-28"))


def test_a_full_name_without_title_is_no_actor(code_text):
    events = code_text("Walid Haddad criticised France on Monday.", date="2018-01-28")
    assert not any(e.source.code.startswith("BRA") for e in events)


def test_the_persons_own_given_name_keeps_him(code_text):
    # the dictionary person with his own given name, and with a title before it
    events = code_text("President Evo Morales criticised Chile on Monday.", date="2010-05-01")
    assert ("BOL", "11", "CHL") in countries(events)


def test_blasting_as_a_label_is_criticism(code_text):
    events = code_text("The Iranian foreign minister blasted Germany as a hypocrite on Monday.",
                       date="2018-01-28")
    assert ("IRN", "11", "DEU") in countries(events)
    assert not any(e.code.startswith("19") for e in events)


def test_title_of_another_country_beats_the_dictionary_person(code_text):
    # "Ruben ... Soto" is a Bolivian minister in the dictionary; the text says Chilean
    for text in ("The Chilean foreign minister, Ruben Soto, met the Peruvian president in Lima.",
                 "Chilean Foreign Minister Ruben Soto met the Peruvian president in Lima.",
                 "Ruben Soto, the Chilean foreign minister, met the Peruvian president in Lima."):
        events = code_text(text, date="2016-05-01")
        assert ("CHL", "04", "PER") in countries(events), text
        assert not any(e.source.code.startswith("BOL") for e in events), text


def test_title_of_the_same_country_keeps_the_person(code_text):
    events = code_text("The Venezuelan president, Nicolas Maduro, met the Peruvian president in Lima.",
                       date="2016-05-01")
    assert any(e.source.code == "VENGOV" and e.source.text == "Nicolas Maduro" for e in events)


def test_courtesy_titles_are_no_given_names(code_text):
    events = code_text("Mr Trump criticised the German government on Monday.", date="2019-02-17")
    assert any(e.source.code == "USAGOV" for e in events)
    events = code_text("Dr Abiy criticised the Egyptian government on Monday.", date="2019-02-17")
    assert any(e.source.code == "ETHGOV" for e in events)
