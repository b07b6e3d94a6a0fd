"""actors3 (s32): actor phrases that resolved to nothing or to the wrong country.

- the Arabic article joined by a hyphen ("al-Bashir", "el-Sisi") is the dictionaries' "al X"
  (Phoenix writes it apart): the longer name wins over a shorter hyphened alias of another man.
"""
from __future__ import annotations

from conftest import countries
from eventwire.actors.matcher import article_hyphened, default_matcher, norm


def _found(text):
    from eventwire.language.model import tokenizer
    return [(m.phrase, m.start, m.end) for m in default_matcher().find([norm(t.text) for t in tokenizer()(text)])]


def test_article_hyphened_forms():
    trie = {"omar": {3: {("omar", "al", "bashir"): "omar al bashir"}},
            "al": {2: {("al", "gore"): "al gore"}}, "abu": {2: {("abu", "ali"): "abu ali"}}}
    got = dict(article_hyphened(trie))
    assert got[("omar", "al", "-", "bashir")] == "omar al bashir"
    assert got[("al", "-", "gore")] == "al gore"
    assert not any(p == "abu ali" for p in got.values())


def test_hyphened_article_matches_the_whole_name():
    assert ("omar al bashir", 0, 4) in _found("Omar al-Bashir arrived in Doha.")
    # the hyphened spelling the dictionary has itself is kept
    assert ("al-qaeda in iraq", 3, 8) in _found("He said the al-Qaeda in Iraq leader fled.")


def test_hyphened_article_person_acts(code_text):
    found = countries(code_text("Omar al-Bashir sharply criticised the Egyptian government on Monday.",
                                date="2006-05-10"))
    assert ("SDN", "11", "EGY") in found


# -- a people's name is no person's bare surname when it modifies a noun ("Catalan leaders")

def test_people_words_derived_from_wordnet():
    from eventwire.actors.peoples import people_words
    words = people_words()
    assert {"catalan", "pashtun", "navajo", "kurd"} <= words
    assert "minister" not in words and "police" not in words


def test_people_modifier_is_no_person(code_text):
    # the dictionary knows "catalan" as the surname of a Chilean minister (Phoenix)
    found = countries(code_text("Spanish police detained six Catalan leaders in Girona.", date="2011-05-01"))
    assert found and all(t == "ESP" for _s, _c, t in found)


# -- a role named by a stateless people takes a country of the people's homes only

def test_people_homes_table():
    from eventwire.actors.peoples import people_homes
    homes = people_homes()
    assert homes["rohingya"] == {"MMR"} and "TUR" in homes["kurdish"]


def test_people_without_a_home_here_is_no_donor_country(code_text):
    # the Kurds are not Norway's: no actor rather than NORCVL
    found = countries(code_text("Norway delivered blankets and food aid to the Kurdish people."))
    assert all(t != "NOR" for _s, _c, t in found)


def test_people_with_one_home_takes_it(code_text):
    found = countries(code_text("Sweden sent medical aid to Rohingya refugees."))
    assert ("SWE", "07", "MMR") in found


def test_people_in_one_of_its_homes_keeps_it(code_text):
    found = countries(code_text("Iraqi soldiers detained dozens of Kurdish villagers near Kirkuk."))
    assert ("IRQ", "17", "IRQ") in found


# -- a people named by its plural or collective noun is its civilians

def test_people_noun_is_its_civilians(code_text):
    found = countries(code_text("Thai border police expelled forty Rohingya on Tuesday."))
    assert any(t == "MMR" for s, c, t in found if s == "THA")
    found = countries(code_text("Sri Lankan soldiers detained several Tamils near Jaffna."))
    assert ("LKA", "17", "LKA") in found


def test_one_member_or_a_de_facto_people_is_not_read_so():
    from eventwire.language.model import load
    from eventwire.actors.peoples import people_role
    nlp = load()
    doc = nlp("Police arrested a Tamil and the Kurds protested.")
    tamil = next(t for t in doc if t.text == "Tamil")
    kurds = next(t for t in doc if t.text == "Kurds")
    assert people_role(tamil) is None and people_role(kurds) is None


def test_own_country_demonym_keeps_the_country(code_text):
    # "Nepali" is a people word, and the bare surname of a Nepali minister: the countries table
    # lacks that spelling, so the person's reading is what keeps Nepal (not the story's Qatar)
    found = countries(code_text("Oman said it would free the jailed Nepali labourers.", date="2021-03-02"))
    assert any(s == "OMN" and t == "NPL" for s, _c, t in found), found
    # a people word that is no demonym of the named person's country still blocks him
    found = countries(code_text("Spanish police detained Catalan leaders.", date="2019-10-01"))
    assert not any(t == "CHL" for _s, _c, t in found), found
