"""Cooperation, appeals, demands and diplomatic acts (issue 15), with sentences written for
these tests: appeals stay appeals (02), demands to stop an act go to its doer (10), ruptures
of relations are 16/174, aid and concessions 06-08, agreements and meetings 03-05.
Each case lists every event the sentence must code: (source, target, CAMEO code)."""
import pytest

from conftest import coded


CASES = [
    # appeals: root 02 whatever the appeal asks for ("to act" is no "activists")
    ("Brazil urged China to release the activists.", [("BRA", "CHN", "020")]),
    ("Ghana urged Togo to act against the smugglers.", [("GHA", "TGO", "020")]),
    ("Peru called on Chile to comply with the ruling.", [("PER", "CHL", "020")]),
    ("Mexico asked Guatemala to extradite the suspect.", [("MEX", "GTM", "020")]),
    ("Turkey called for a halt to the Russian offensive.", [("TUR", "RUS", "0256")]),
    # demands to stop an act: the act's doer, else no event
    ("Turkey demanded an end to the Russian air strikes.", [("TUR", "RUS", "100")]),
    ("Iran condemned the Saudi strikes on Yemen and demanded an immediate halt.",
     [("IRN", "SAU", "100"), ("IRN", "SAU", "111")]),
    ("Spain demanded an end to the strikes.", []),
    ("Norway urged an end to the violence.", []),
    # ruptures of relations
    ("Chile responded by recalling its ambassador from Peru.", [("CHL", "PERGOV", "161")]),
    ("Peru recalled its envoy to Chile for consultations.", [("PER", "CHL", "161")]),
    ("Kenya gave Somalia's ambassador 24 hours to leave the country.", [("KEN", "SOMGOV", "174")]),
    ("Norway gave Iranian diplomats 48 hours to leave.", [("NOR", "IRNGOV", "174")]),
    ("Kuwait froze all trade with Canada.", [("KWT", "CAN", "163")]),
    ("Ghana suspended diplomatic relations with Togo.", [("GHA", "TGO", "160")]),
    ("Britain suspended its security cooperation with Norway.", [("GBR", "NOR", "160")]),
    ("Germany suspended part of its military aid programme for Mali.", [("DEU", "MLI", "162")]),
    ("Spain announced a suspension of air links with Morocco.", [("ESP", "MAR", "160")]),
    ("Bolivia reiterated its rejection of the smear campaign against Russia.", []),
    # a relation between a compound subject's members
    ("Poland and Lithuania restored their diplomatic ties.", [("POL", "LTU", "050")]),
    ("Poland and Lithuania severed relations.", [("POL", "LTU", "161")]),
    ("Poland and Lithuania praised the deal.", []),
    # material cooperation: what is given, lifted, handed over, and to whom
    ("Germany gave medical equipment to Nicaragua.", [("DEU", "NIC", "070")]),
    ("Norway handed over medical supplies to the Nigerian government.", [("NOR", "NGAGOV", "070")]),
    ("Spain handed over the suspects to France.", [("ESP", "FRA", "063")]),
    ("Iran trained thousands of Syrian soldiers.", [("IRN", "SYRMIL", "072")]),
    ("Japan lifted sanctions imposed on Myanmar.", [("JPN", "MMR", "085")]),
    ("Britain extradited the radical preacher to the United States.", [("GBR", "USA", "063")]),
    ("Norway provided Ukraine with weapons.", [("NOR", "UKR", "072")]),
    ("Libya freed 37 prisoners late on Tuesday.", [("LBY", "LBYCVL", "080")]),
    ("Kenya released 300 on Friday.", []),
    ("Italy welcomed the decision to hold talks with Libya.", []),
    # verbal cooperation: meetings accepted, mediation between two sides
    ("The Russian president accepted an invitation to meet the Chinese president.",
     [("RUSGOV", "CHNGOV", "036")]),
    ("Norway mediated talks between Colombia and the Venezuelan government.",
     [("NOR", "COL", "045"), ("NOR", "VENGOV", "045")]),
    ("Lebanon signed an Egyptian-brokered deal with Syria on Monday.",
     [("EGYGOV", "LBN", "045"), ("EGYGOV", "SYR", "045"), ("LBN", "SYR", "057")]),
    ("The UN-mediated talks between Yemen and the Houthis ended.",
     [("IGOUNO", "YEM", "045"), ("IGOUNO", "YEMREB", "045"), ("YEM", "YEMREB", "040")]),
    ("The Houthis violated a UN-brokered truce.", []),
    ("Qatar brokered a ceasefire between Israel and Hamas.",
     [("QAT", "ISR", "045"), ("QAT", "PSEREBHMS", "045")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_cooperation_family(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
