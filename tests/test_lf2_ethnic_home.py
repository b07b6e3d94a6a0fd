"""An armed body named by a people takes the country of its de facto home when its sentence
names it and the story lends none (actors/ethnic.py de_facto_home)."""
from conftest import triples


def test_people_named_armed_body_takes_de_facto_home_named_in_sentence(code_text):
    # the story names Turkey and Syria alike: no story country; the sentence names Syria
    text = ("“There is no difference between the PKK and the militia,” Yilmaz said. “The strip "
            "along the river should be emptied of the militia and guarded by Turkish soldiers,” he "
            "insisted. On Syrian state radio, Bashar al-Assad vowed that his army would retake the "
            "whole country and warned Kurdish fighters not to count on American protection.")
    assert ("SYRGOV", "13", "SYRREB") in triples(code_text(text, date="2020-05-01"))


def test_people_named_armed_body_without_its_home_stays_unknown(code_text):
    # the sentence names no country where the people hold an administration: no guess
    text = ("“There is no difference between the PKK and the militia,” Yilmaz said. “The strip "
            "along the river should be emptied of the militia and guarded by Turkish soldiers,” he "
            "insisted. On state radio, the Swiss president warned Kurdish fighters not to count "
            "on American protection.")
    assert not any(c.endswith("REB") for _, _, c in triples(code_text(text, date="2020-05-01")))
