"""Session 27 event fixes on long-form news: a government's command of its own army
(events/command.py), agentless deaths in articles (events/unnamed.py note_sentences,
attack_words), the country of unnamed deposers (events/deposed.py)."""
from conftest import triples

from eventwire.events.command import own_command


def test_command_of_own_forces_is_no_event():
    assert own_command("USAGOV", "USAMIL", "174")
    assert own_command("FRAGOV", "FRAMIL", "100")
    assert own_command("GBR", "GBRMIL", "0332")
    assert own_command("RUSGOV", "RUSMIL", "138", "order")
    # criticism or force between them stays; another country's army stays
    assert not own_command("TURGOV", "TURMIL", "112")
    assert not own_command("USAGOV", "IRQMIL", "174")
    assert not own_command("USAMIL", "USAGOV", "100")


def test_order_to_own_troops_codes_nothing_between_them(code_text):
    for text in ("Macron has ordered French troops in Mali to pull out by the summer.",
                 "Macron says French soldiers must leave Mali, while parliament says they must stay."):
        assert not any(s[:3] == t[:3] == "FRA" for s, _, t in triples(code_text(text, date="2021-06-01"))), text


def test_accusing_own_army_stays_an_event(code_text):
    assert ("TURGOV", "11", "TURMIL") in triples(code_text(
        "Erdogan accused the Turkish army of plotting a coup.", date="2016-08-01"))


def test_agentless_death_in_an_article_has_no_invented_attacker(code_text):
    text = ("A Canadian former teacher who went to Syria to volunteer with Kurdish units has been killed "
            "in Raqqa, his sister has said. He was 31. He had lived in Toronto. His sister said he loved "
            "the country. He had fought for a year. His friends called him brave. A memorial will take "
            "place on Friday. Ottawa said it was aware of the death. It gave no details. A comrade said "
            "he was a hero.")
    assert not any(s.endswith("UAF") for s, _, _ in triples(code_text(text, date="2018-11-01")))


def test_agentless_death_in_a_conflict_note_keeps_its_unidentified_attacker(code_text):
    got = triples(code_text("On 4 April 2020, 2 policemen were killed in Qarabagh district, Ghazni.",
                            date="2020-04-05"))
    assert any(s.endswith("UAF") and r == "19" for s, r, _ in got)


def test_deaths_in_named_hostilities_keep_their_unidentified_attacker(code_text):
    text = ("The appeal came after at least 31 people were killed in Idlib despite a UN resolution that "
            "demanded an end to the fighting. Aid workers said the needs were great. They asked for more "
            "trucks. The UN said it was worried. Russia said it backed the call. Turkey said it would help. "
            "Families fled north. Roads were blocked. Prices rose.")
    assert any(s.endswith("UAF") and r == "19" for s, r, _ in triples(code_text(text, date="2018-02-26")))


def test_unnamed_deposers_are_of_the_deposed_ones_country(code_text):
    text = ("France has long kept troops across the Sahel. Paris trained many of their officers. "
            "When Niger's president was ousted by soldiers of his own guard, Macron condemned the coup. "
            "French ties with the region soured. Paris blamed Moscow.")
    got = triples(code_text(text, date="2023-08-01"))
    assert ("NERMIL", "17", "NERGOV") in got and not any(s.startswith("FRA") and r == "17" for s, r, _ in got)


def test_expletive_it_is_no_doer(code_text):
    got = triples(code_text("Afghanistan's war goes on. In February, it was four years since Russia's president, "
                            "Vladimir Putin, annexed Crimea and helped foment a rebellion in the east of Ukraine.",
                            date="2018-03-01"))
    assert not any(s.startswith("AFG") for s, _, _ in got)
    # a referring "it" stays
    assert ("RUSGOV", "03", "SYRGOV") in triples(code_text("Russia said it would help Syria rebuild.",
                                                          date="2018-03-01"))
