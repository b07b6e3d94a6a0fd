"""Acts whose other side stands inside a noun phrase, not as the direct object (issue 15):
forces sent to a border are a show of force against the other side (154), "spoke to Y" is a
consultation unless Y is the press, talks "after days of negotiations between A and B" were
held, and a relation broken "with Y" in a coordinated object names the target of the recall
before it. Sentences written for these tests. Each case lists every event the sentence must
code: (source, target, CAMEO code)."""
import pytest

from conftest import coded

DATE = "2020-05-01"

CASES = [
    # forces sent to a border: the other side of it, named on the border noun
    ("Chile sent four battalions to the Peruvian frontier.", [("CHLMIL", "PER", "154")]),
    ("Chile deployed troops to the border with Peru.", [("CHLMIL", "PER", "154")]),
    ("Chile moved tanks to the Peruvian border.", [("CHLMIL", "PER", "154")]),
    ("Chile sent reinforcements to its frontier with Peru.", [("CHLMIL", "PER", "154")]),
    ("Chile sent troops to patrol its border with Peru.", [("CHLMIL", "PER", "154")]),
    # the sender's own border alone names no one; troops sent into a country are not a border
    ("Chile sent troops to its northern border.", []),
    ("Chile did not send troops to the Peruvian border.", []),
    # speaking to a party is consulting it; speaking to the press is not
    ("Macron spoke with Merkel on Friday.", [("FRAGOV", "DEUGOV", "040")]),
    ("French President Emmanuel Macron said he had spoken to German Chancellor Angela Merkel "
     "after the vote.", [("FRAGOV", "DEUGOV", "040")]),
    ("Macron spoke to reporters in Paris.", []),
    ("Macron spoke to French television on Monday.", []),
    # negotiations held before an agreement were held ("agreed" wishes only its object)
    ("France and Germany agreed on a plan on Saturday after four days of negotiations in "
     "Oslo between Macron and Merkel.", [("FRAGOV", "DEUGOV", "030"), ("FRAGOV", "DEUGOV", "046")]),
    # a recall whose target is the relation frozen with it
    ("Chile withdrew its ambassador and froze relations with Peru.", [("CHLGOV", "PERGOV", "161")]),
    # a second clause whose object is only a number: the first clause's numbered object; its
    # subject, read as joined to the first clause, acts itself and is no target
    ("Norway expelled three Iranian diplomats and Denmark ordered two to leave.",
     [("NORGOV", "IRNGOV", "161"), ("DNKGOV", "IRNGOV", "174")]),
    ("Norway expelled three Iranian diplomats on Monday and Denmark ordered two to leave.",
     [("NORGOV", "IRNGOV", "161"), ("DNKGOV", "IRNGOV", "174")]),
    # mediation of a deal named again: the mediator with each side of the document's deal
    ("Chile and Peru signed a peace deal on Monday. The deal, mediated by the foreign ministers "
     "of Norway and Sweden, also restores the old border.",
     [("CHLGOV", "PERGOV", "057"), ("NORGOV", "CHLGOV", "045"), ("NORGOV", "PERGOV", "045"),
      ("SWEGOV", "CHLGOV", "045"), ("SWEGOV", "PERGOV", "045")]),
    ("A ceasefire between Chile and Peru held on Friday. The Turkish-brokered ceasefire began "
     "at dawn.", [("CHLGOV", "PERGOV", "0871"), ("TURGOV", "CHLGOV", "045"), ("TURGOV", "PERGOV", "045")]),
    ("The deal, mediated by Norway, was signed by Chile and Peru.",
     [("NORGOV", "CHLGOV", "045"), ("NORGOV", "PERGOV", "045"), ("CHLGOV", "PERGOV", "057")]),
    # no deal to refer back to, or a deal whose sides are not named: no mediation coded
    ("The Turkish-brokered ceasefire began at dawn.", []),
    ("The deal, mediated by Norway, was criticised by Chile.", []),
    # an envoy recalled with no country named: the one country the story pairs the recaller with
    ("Portugal summoned Algeria's ambassador on Tuesday, and Algiers recalled the envoy for "
     "consultations that evening.", [("PRTGOV", "DZAGOV", "114"), ("DZAGOV", "PRTGOV", "161")]),
    ("Spain criticised Morocco on Monday. Morocco recalled its ambassador.",
     [("ESPGOV", "MARGOV", "111"), ("MARGOV", "ESPGOV", "161")]),
    # no story partner, or two: no event
    ("Morocco recalled its ambassador.", []),
    ("Spain criticised Morocco and Morocco criticised France. Morocco recalled its ambassador.",
     [("ESPGOV", "MARGOV", "111"), ("MARGOV", "FRAGOV", "111")]),
    # sealing off a place restricts movement (191) of those it belongs to; a multi-word verb
    # alone makes its sentence a candidate
    ("Turkey sealed off the Dutch embassy.", [("TURMIL", "NLDGOV", "191")]),
    ("Police sealed off the area after the blast.", []),
    # a passive's "by" doers are sides of an agreement, not of a killing or a mediation
    ("The agreement was signed by Chile, Peru and Bolivia.",
     [("CHLGOV", "PERGOV", "057"), ("CHLGOV", "BOLGOV", "057"), ("PERGOV", "BOLGOV", "057")]),
    ("Two soldiers were killed by Chile and Peru.", []),
    ("The rebels are not party to a deal brokered by Russia and Turkey.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_diplomatic_objects(code_text, sentence, expected):
    assert coded(code_text(sentence, date=DATE)) == sorted(expected)
