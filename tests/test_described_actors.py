"""Actors named again by a description (eventwire/actors/pointing.py): "the Hague-based court",
"the agencies", "the militants"; a posting's place is not the person's country (entities.py);
those acting with the subject ("X, with Y, ...", "X along with Y") are sources too (slots.py)."""
from conftest import countries, triples

from eventwire.records import Document


def test_based_court_is_the_court_named_before(code_text):
    text = ("The International Criminal Court opened an inquiry on Monday. "
            "The Hague-based court accused Sudan of war crimes.")
    found = triples(code_text(text))
    assert any(s == "IGOICC" and r == "11" and t.startswith("SDN") for s, r, t in found)
    assert not any(s.startswith("GBR") for s, _r, _t in found)


def test_based_body_not_named_before_is_of_its_city(code_text):
    text = "The Doha-based broadcaster accused Libya of arresting its reporters."
    assert any(s == "QAT" and t.startswith("LBY") for s, _r, t in countries(code_text(text)))


def test_the_agencies_after_two_named_agencies(code_text):
    text = ("UNICEF and the World Food Programme warned of hunger in the north. "
            "The agencies urged Ethiopia to reopen the roads.")
    found = triples(code_text(text))
    assert any(s == "IGOUNOKID" and t.startswith("ETH") for s, _r, t in found)
    assert any(s == "IGOUNOWFP" and t.startswith("ETH") for s, _r, t in found)


def test_the_agency_abstains_when_two_were_named(code_text):
    text = ("UNICEF and the World Food Programme warned of hunger in the north. "
            "The agency urged Ethiopia to reopen the roads.")
    assert not any(t.startswith("ETH") for _s, _r, t in triples(code_text(text)))


def test_the_militants_after_rebels_named_by_country(code_text):
    text = ("Government jets bombed Islamist rebels in northern Mali on Saturday, and French "
            "troops later drove the insurgents out of the city of Gao.")
    found = countries(code_text(text))
    assert not any(t not in ("MLI",) for s, _r, t in found if s == "FRA")


def test_the_gunmen_after_a_named_group(code_text):
    text = "Boko Haram fighters attacked a village in Borno. The gunmen abducted 40 Nigerian schoolgirls."
    assert any(s == "NGAREB" and r.startswith("18") for s, r, _t in triples(code_text(text)))


def test_envoy_for_a_country_belongs_to_the_adjective(code_text):
    text = "Daniel Harker, US envoy for Syria, criticized Turkey on Monday."
    found = countries(code_text(text))
    assert ("USA", "11", "TUR") in found
    assert not any(s == "SYR" for s, _r, _t in found)


def test_companion_after_the_subject_is_a_source_not_a_target(code_text):
    text = ("Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday. "
            "Merkel, with Macron, called on Russia to pull back its forces.")
    found = countries(code_text(text))
    assert ("DEU", "02", "RUS") in found and ("FRA", "02", "RUS") in found
    assert not any(r == "02" and t == "FRA" for _s, r, t in found)


def test_along_with_and_together_with(code_text):
    found = countries(code_text("Norway, along with Sweden, condemned Belarus on Monday."))
    assert ("NOR", "11", "BLR") in found and ("SWE", "11", "BLR") in found
    found = countries(code_text("Kenya, together with Uganda, urged Somalia to hold elections."))
    assert ("KEN", "02", "SOM") in found and ("UGA", "02", "SOM") in found


def test_companions_are_no_sides_of_each_other(code_text):
    found = countries(code_text("Norway, along with Sweden, is hosting the talks in Oslo."))
    assert not any(s == "NOR" and t == "SWE" for s, _r, t in found)


def test_the_north_after_both_koreas_in_an_unparsed_sentence(code_text):
    # no dictionary name in the second sentence: its short forms make it a candidate
    text = ("North Korea fired shells at a South Korean island on Sunday. "
            "On Monday the South accused the North of provoking a war.")
    assert ("KOR", "11", "PRK") in countries(code_text(text))


def test_the_court_in_a_sentence_without_a_name(code_text):
    text = ("The International Criminal Court opened an inquiry on Monday. "
            "The court accused Sudan of war crimes.")
    assert any(s == "IGOICC" and t.startswith("SDN") for s, _r, t in triples(code_text(text)))


def test_short_names_filter():
    from eventwire.actors.shortnames import ShortNames
    from eventwire.actors.matcher import PhraseMatch

    class Tok:
        def __init__(self, text):
            self.text, self.is_alpha = text, text.isalpha()

    short = ShortNames()
    words = ["general", "ana", "ruiz", "spoke", "to", "the", "world", "health", "organization"]
    toks = [Tok(w.capitalize()) for w in words[:3]] + [Tok(w) for w in words[3:6]] + \
        [Tok(w.capitalize()) for w in words[6:]]
    short.add(words, toks, [PhraseMatch(0, 1, "general", frozenset({"agent"})),
                            PhraseMatch(6, 9, "world health organization", frozenset({"organisation"}))])
    assert short.mentioned(["ruiz", "said"])              # the titled person's surname
    assert short.mentioned(["the", "who", "said"])        # initials
    assert short.mentioned(["the", "agency", "said"])     # a description after "the"
    assert not short.mentioned(["an", "agency", "said"])
    assert not short.mentioned(["markets", "fell"])


def test_the_rebels_twice_in_one_phrase_does_not_loop():
    # each "the rebels" looks back for the armed group named before it; the two must not ask
    # each other forever (a RecursionError once sank such a document)
    from eventwire.pipeline import Coder
    coder = Coder()
    text = ("Kenyan troops fought Somali militants near the border on Monday. "
            "The soldiers searched the ground between the rebels and the rebels for weapons.")
    (_doc, _events), = list(coder.code([Document("loop", text, date="2021-06-01")]))
    assert coder.failures == []
