"""actors2 (s31): bodies and groups that resolved to nothing.

- two-word plural roles written with a hyphen ("asylum-seekers", "aid-workers") are the role;
  singular ones hyphened are modifiers or titles ("a cruise-missile attack") and stay unmatched;
- international bodies of the CAMEO manual's table 3.4 that Phoenix lacks
  (organisations_manual.tsv, scripts/derive_manual_igos.py) and a few regional bodies by hand.
"""
from __future__ import annotations

import pytest

from conftest import coded, countries, triples
from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.matcher import hyphened_roles


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load()


def test_hyphened_roles_only_content_words():
    assert hyphened_roles(["aid workers", "families of", "border guards", "un envoy"]) == \
        ["aid-workers", "border-guards", "un-envoy"]
    assert hyphened_roles(["armed men with guns", "gunmen"]) == []


def test_hyphened_plural_role_is_the_role(code_text):
    found = triples(code_text("Bulgarian border police detained forty asylum-seekers near Svilengrad."))
    assert ("BGRCOP", "17", "BGRREF") in found
    found = triples(code_text("Armed men abducted three aid-workers in northern Niger."))
    assert any(s.startswith("NER") and t == "NERNGO" for s, _c, t in found)


def test_hyphened_singular_modifier_is_no_actor(code_text):
    found = triples(code_text("Turkish troops launched a cruise-missile strike on militants in Iraq."))
    assert all(not s.endswith("MIL") or s.startswith("TUR") for s, _c, _t in found)


@pytest.mark.parametrize("phrase,code", [
    ("world trade organization", "IGOWTO"), ("wto", "IGOWTO"), ("paris club", "IGOPRC"),
    ("international organization for migration", "NGOIMOM"), ("mercosur", "IGOSAM"),
    ("eurasian economic union", "IGOCAS"), ("unscom", "IGOUNO"), ("africa union", "IGOAFRAFU"),
])
def test_international_bodies_listed(d, phrase, code):
    assert code in [e.code for e in d.lookup(phrase)]


def test_international_bodies_act(code_text):
    found = countries(code_text("Mercosur sharply criticised the Bolivian government on Monday."))
    assert ("IGOSAM", "11", "BOL") in found
    found = countries(code_text("The World Trade Organization criticised Indonesia over its export ban."))
    assert ("IGOWTO", "11", "IDN") in found


def test_forces_withdrew_as_troops_withdrew(code_text):
    # the &military synset lacks bare "forces": "X forces withdrew from Y" is a withdrawal
    # as "X troops withdrew from Y" (hand pattern actors2:forces-withdraw)
    found = coded(code_text("Turkish forces withdrew from northern Iraq on Monday."))
    assert any(s == "TURMIL" and t.startswith("IRQ") and c == "0874" for s, t, c in found)
    assert coded(code_text("Market forces withdrew capital from the bond market.")) == []


@pytest.mark.parametrize("phrase,code", [
    ("shanghai cooperation organisation", "IGOCAS"),      # derived from "... organization"
    ("world health organisation", "IGOUNOHLHWHO"),
    ("g7", "IGOGOS"), ("caricom", "IGOCRB"), ("european court of human rights", "IGOEURCOE"),
])
def test_spellings_and_more_bodies(d, phrase, code):
    assert code in [e.code for e in d.lookup(phrase)]


def test_named_european_court_is_no_local_court(code_text):
    # a named international court, not "court" in the country of the other side
    found = triples(code_text("The European Court of Human Rights condemned Turkey over the jailing of a journalist."))
    assert not any(s.endswith("JUD") and s.startswith("TUR") for s, _c, _t in found)
