"""Events written as nouns, and reactions to events (eventwire/events/nominal.py).

The sentences are written for these tests; each asserts the exact events it codes as a sorted
list of (source, target, code).
"""
import importlib.util
from pathlib import Path

import pytest

from conftest import coded

NOMINAL = [
    # the noun's own positions: possessive, "by", actor modifier; "of", "on", "between"
    ("Russia's invasion of Georgia began before dawn.", [("RUSMIL", "GEO", "192")]),
    ("The invasion of Georgia by Russia began in August.", [("RUSMIL", "GEO", "192")]),
    ("Talks between Armenia and Azerbaijan ended on Friday.", [("ARMGOV", "AZEGOV", "040")]),
    # CAMEO 191 impose blockade (nouns.tsv, session 28); a force code leaves the country bare
    ("The Chinese navy's blockade of Taiwan entered its third day.", [("CHNMIL", "TWN", "191")]),
    ("Iran's seizure of a British tanker angered London.", [("IRNGOV", "GBRBUS", "171")]),
    ("Hundreds of people died after Ethiopia's bombardment of Eritrea.", [("ETHMIL", "ERI", "190")]),
    ("A truce between Armenia and Azerbaijan held through the weekend.", [("ARMGOV", "AZEGOV", "0871")]),
    ("Bolivia issued an arrest warrant for the Peruvian president.", [("BOLGOV", "PERGOV", "173")]),
    # no source or no target in the noun's positions: no event
    ("The invasion began before dawn.", []),
    ("Terrorist attacks on Turkey have grown since 2015.", []),
    ("The blockade of Taiwan entered its third day.", []),
    # not a fact: planned, possible, wished, ended, negated
    ("A planned invasion of Taiwan by China worried analysts.", []),
    # the wished talks are no event; the appeal to both sides is (026)
    ("Serbia called for talks between Kosovo and Albania.", [("SRBGOV", "ALBGOV", "026"), ("SRBGOV", "KSVGOV", "026")]),
    ("A possible blockade of Taiwan by China was discussed in Tokyo.", []),
    ("Washington lifted its blockade of Cuba.", [("USAGOV", "CUBGOV", "0872")]),   # the lifting only
    ("The blockade of Cuba by the United States was lifted in May.", []),
    ("There were no talks between Armenia and Azerbaijan.", []),
    ("Turkey called for a truce between Armenia and Azerbaijan.", [("TURGOV", "ARMGOV", "0256"), ("TURGOV", "AZEGOV", "0256")]),
    # "against" hung on the reaction verb by the parser is the deed's own
    ("Ghana condemned the Nigerian offensive against Cameroon.",
     [("GHAGOV", "NGA", "111"), ("NGA", "CMR", "190")]),
]

REACTIONS = [
    # the doer named in the phrase is the target, not the victim
    ("Egypt condemned Israel's strike on Gaza.", [("EGYGOV", "ISRGOV", "111")]),
    ("Chile denounced Bolivia's blockade of the border crossing.", [("CHLGOV", "BOLGOV", "111")]),
    # a blockade is CAMEO 191 (session 28), read as any act of force by a country ("Israel's raid")
    ("Chile denounced Bolivia's blockade of Peru.", [("BOLMIL", "PER", "191"), ("CHLGOV", "BOLGOV", "111")]),
    # the doer of an event coded earlier in the document that the noun refers back to
    ("Turkish troops bombed Kurdish villages in Iraq on Monday. Iraq condemned the bombing.",
     [("IRQGOV", "TURMIL", "111"), ("TURMIL", "IRQCVL", "190")]),     # villages in Iraq: Iraqi civilians
    # the same word as the earlier event's object: "launched air strikes" ... "the strikes"
    ("Kenya launched air strikes on the Somali army on Friday. Ethiopia condemned the strikes.",
     [("ETHGOV", "KENGOV", "111"), ("KENMIL", "SOMMIL", "195")]),
    # two earlier doers of the same kind of act: unsure, no target
    ("Kenyan troops attacked Somali militants. Ethiopian troops attacked Eritrean forces. "
     "Djibouti condemned the attack.",
     [("ETHMIL", "ERIMIL", "190"), ("KENMIL", "SOMREB", "190")]),
    # unsure who did it: no event rather than the victim as the target
    ("Peru condemned the attack on the embassy.", []),
    # a light verb's own noun is the event, not the object of a reaction
    ("Algerian students staged a protest against the Moroccan government.", [("DZAEDU", "MARGOV", "141")]),
    # the doer as the agent of a participle on the noun: "carried out by", "made by"
    ("Poland condemned the raids carried out by the Belarusian army.", [("POLGOV", "BLRMIL", "111")]),
    # each coordinated object: the one whose doer the phrase names
    ("Egypt condemned the attack on the embassy and the threats made by Iran against Saudi Arabia.",
     [("EGYGOV", "IRNGOV", "111")]),
    # any other act whose doer the phrase names
    ("Canada criticised the Russian support for the Syrian government.", [("CANGOV", "RUS", "111")]),
    # an accusation lays the deed on its target: a later "the coup", "the bombing" is theirs
    ("The Peruvian president accused the Peruvian army of staging a coup. "
     "The Organization of American States condemned the coup.",
     [("IGOOAS", "PERMIL", "111"), ("PERGOV", "PERMIL", "112")]),
    ("Kenya blamed Somali militants for the bombing. The African Union condemned the bombing.",
     [("IGOAFRAFU", "SOMREB", "111"), ("KENGOV", "SOMREB", "112")]),
    # a stopping verb is no reaction: the demonstration's organisers are not its target
    ("Georgian police blocked the march organised by Armenian students.", []),
]

# a reaction to a proposal, request or ruling acts on its author, named in the phrase
AUTHORED = [
    ("Chile rejected the proposals put forward by Bolivia.", [("CHLGOV", "BOLGOV", "120")]),
    ("Ghana welcomed the decision of the Nigerian government.", [("GHAGOV", "NGAGOV", "051")]),
    ("Serbia dismissed the ruling of the Croatian court.", [("SRBGOV", "HRVJUD", "110")]),
    ("The Cuban government rejected every offer made by Washington.", [("CUBGOV", "USAGOV", "127")]),
    # no author named: the verb's object decides as for any verb (here none: no event)
    ("Peru rejected the plan.", []),
]

# judgements of a deed: its doer is judged ("described the raid as terrorism")
JUDGED_DEEDS = [
    ("Ukrainian troops shelled a Russian border village. Moscow described the shelling as terrorism.",
     [("RUSGOV", "UKRMIL", "111"), ("UKRMIL", "RUSCVL", "194")]),
    # the predicate names the doer: "a provocation by Kyiv"
    ("Minsk called the reports a provocation by Vilnius.", [("BLRGOV", "LTUGOV", "111")]),
    # a predicate naming a violent deed disapproves; a deed judged judges its doer, not its victim
    ("Bolivia called the Chilean raid a kidnapping.", [("BOLGOV", "CHL", "111")]),
    ("Peru called Chile's arrest of the Peruvian opposition leader illegal.", [("PERGOV", "CHLGOV", "111")]),
    ("The Russian president called the Ukrainian elections a farce.", [("RUSGOV", "UKR", "111")]),
    # the predicate read as an apposition after quotes
    ("Riyadh called Ottawa's statement \"a blatant interference\" in its affairs.",
     [("SAUGOV", "CANGOV", "111")]),
]


@pytest.mark.parametrize("sentence,expected", AUTHORED, ids=[s[:40] for s, _ in AUTHORED])
def test_reaction_to_proposal_acts_on_author(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence,expected", JUDGED_DEEDS, ids=[s[:40] for s, _ in JUDGED_DEEDS])
def test_judged_deed_judges_its_doer(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence,expected", NOMINAL, ids=[s[:40] for s, _ in NOMINAL])
def test_nominal_event(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence,expected", REACTIONS, ids=[s[:40] for s, _ in REACTIONS])
def test_reaction_to_event(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


def test_nominal_event_is_dated_and_evidenced(code_text):
    events = code_text("On 4 May, Russia's invasion of Georgia began.", date="2023-05-10")
    (e,) = events
    m = e.mentions[0]
    assert m.pattern_id == "nominal:invasion" and m.trigger == "invasion"
    assert e.date == "2023-05-04"


def _derive_module():
    path = Path(__file__).resolve().parent.parent / "scripts" / "derive_event_nouns.py"
    spec = importlib.util.spec_from_file_location("derive_event_nouns", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_wordnet_data_line_reader():
    # a data.verb line written for this test in the wndb format: two words, three pointers
    line = ("01234567 33 v 02 overrun 0 invade 1 003 @ 07654321 v 0000 + 00112233 n 0201 "
            "+ 00445566 n 0101 01 + 08 00 | march aggressively into another's territory")
    offset, lexfile, words, pointers = _derive_module().parse_data_line(line)
    assert (offset, lexfile, words) == ("01234567", "33", ["overrun", "invade"])
    assert pointers[1] == ("+", "00112233", "n", 2, 1)


def test_event_nouns_file_cites_wordnet_and_leaves_hand_nouns_alone():
    from eventwire.events.nominal import load_event_nouns
    from eventwire.events.rules import DATA, Rules

    head = (DATA / "event_nouns.tsv").read_text(encoding="utf-8").splitlines()[:8]
    assert any("WordNet 3.1" in line for line in head)
    derived = load_event_nouns()
    assert derived["invasion"][1] == "invade" and derived["bombing"][1] == "bomb"
    assert "invader" not in derived and "government" not in derived
    assert not set(derived) & set(Rules.load().nouns)


# an issued document speaks for its issuer when it accuses, demands, rejects or threatens; an
# appeal in a statement stays a statement
DOCUMENTS = [
    ("Human Rights Watch published a report accusing Egyptian police of torturing detainees.",
     [("NGOHRI", "EGYCOP", "112")]),
    ("Britain drafted a resolution condemning the Syrian government.", []),
    ("Human Rights Watch did not publish a report accusing Egyptian police of torture.", []),
    ("Amnesty International put out a statement calling on the Kenyan government to free the journalists.", []),
    ("The Inter-American Commission on Human Rights issued a statement urging Peru to reconsider its actions.", []),
    ("The Kurdish rebels issued a communique demanding that Ankara free their jailed commander.",
     [("TURREB", "TURGOV", "100")]),
    # each participle of the document, each judged by its own code
    ("The UN Security Council issued a resolution condemning the Syrian government and urging the "
     "Syrian rebels to end the fighting.", [("IGOUNO", "SYRGOV", "111")]),
]

# precision guards: an accusation with no accuser named, a relative "what" judges no one named,
# an agreement joined is no reaction to its parties
GUARDS = [
    ("The announcement spurred accusations among Ecuadorian allies that Correa is persecuted.", []),
    ("Putin referred to what he called an illegal attack by Ukrainian troops.", []),
    ("Colombia joined the military accord on Sunday.", []),
]


@pytest.mark.parametrize("sentence,expected", GUARDS, ids=[s[:40] for s, _ in GUARDS])
def test_reaction_guards(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence,expected", DOCUMENTS, ids=[s[:40] for s, _ in DOCUMENTS])
def test_issued_document_speaks(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
