"""Cooperation, appeals, demands and diplomatic acts (issue 15), with sentences written for
these tests: appeals stay appeals (02), demands to stop an act go to its doer (10), ruptures
of relations are 16/174, aid and concessions 06-08, agreements and meetings 03-05.
Each case lists every event the sentence must code: (source, target, CAMEO code)."""
import pytest

from conftest import coded


CASES = [
    # appeals: root 02 whatever the appeal asks for ("to act" is no "activists")
    ("Brazil urged China to release the activists.", [("BRAGOV", "CHNGOV", "020")]),
    ("Ghana urged Togo to act against the smugglers.", [("GHAGOV", "TGOGOV", "020")]),
    ("Peru called on Chile to comply with the ruling.", [("PERGOV", "CHLGOV", "020")]),
    ("Mexico asked Guatemala to extradite the suspect.", [("MEXGOV", "GTMGOV", "020")]),
    ("Turkey called for a halt to the Russian offensive.", [("TURGOV", "RUS", "0256")]),
    # demands to stop an act: the act's doer, else no event
    ("Turkey demanded an end to the Russian air strikes.", [("TURGOV", "RUS", "100")]),
    ("Iran condemned the Saudi strikes on Yemen and demanded an immediate halt.",
     [("IRNGOV", "SAUGOV", "100"), ("IRNGOV", "SAUGOV", "111")]),
    ("Spain demanded an end to the strikes.", []),
    ("Norway urged an end to the bloodshed.", []),
    # ruptures of relations
    ("Chile responded by recalling its ambassador from Peru.", [("CHLGOV", "PERGOV", "161")]),
    ("Peru recalled its envoy to Chile for consultations.", [("PERGOV", "CHLGOV", "161")]),
    ("Kenya gave Somalia's ambassador 24 hours to leave the country.", [("KENGOV", "SOMGOV", "174")]),
    ("Denmark gave Cuban diplomats 72 hours to leave.", [("DNKGOV", "CUBGOV", "174")]),
    ("Kuwait froze all trade with Canada.", [("KWTGOV", "CANGOV", "163")]),
    ("Ghana suspended diplomatic relations with Togo.", [("GHAGOV", "TGOGOV", "160")]),
    ("Britain suspended its security cooperation with Norway.", [("GBRGOV", "NORGOV", "160")]),
    ("Germany suspended part of its military aid programme for Mali.", [("DEUGOV", "MLIGOV", "162")]),
    ("Spain declared a suspension of its air links with Algeria.", [("ESPGOV", "DZAGOV", "160")]),
    ("Bolivia reiterated its rejection of the smear campaign against Russia.", []),
    # a relation between a compound subject's members
    ("Poland and Lithuania restored their diplomatic ties.", [("POLGOV", "LTUGOV", "050")]),
    ("Poland and Lithuania severed relations.", [("POLGOV", "LTUGOV", "161")]),
    ("Poland and Lithuania praised the deal.", []),
    # material cooperation: what is given, lifted, handed over, and to whom
    ("Germany gave medical equipment to Nicaragua.", [("DEUGOV", "NICGOV", "073")]),     # as CAMEO.2.0.txt DONATE/SEND MEDICAL EQUIPMENT
    ("Sweden handed over medical supplies to the Kenyan government.", [("SWEGOV", "KENGOV", "073")]),
    ("Spain handed over the suspects to France.", [("ESPGOV", "FRAGOV", "063")]),
    ("Iran trained thousands of Syrian soldiers.", [("IRNGOV", "SYRMIL", "072")]),
    ("Japan lifted sanctions imposed on Myanmar.", [("JPNGOV", "MMRGOV", "085")]),
    ("Britain extradited the radical preacher to the United States.", [("GBRGOV", "USAGOV", "063")]),
    ("Norway provided Ukraine with weapons.", [("NORGOV", "UKRGOV", "072")]),
    ("Tunisia freed 52 prisoners on Sunday morning.", [("TUNGOV", "TUNCVL", "080")]),
    ("Kenya released 300 on Friday.", []),
    ("Italy welcomed the decision to hold talks with Libya.", []),
    # verbal cooperation: meetings accepted, mediation between two sides
    ("The Russian president accepted an invitation to meet the Chinese president.",
     [("RUSGOV", "CHNGOV", "036")]),
    ("Norway mediated talks between Colombia and the Venezuelan government.",
     [("NORGOV", "COLGOV", "045"), ("NORGOV", "VENGOV", "045")]),
    ("Lebanon signed an Egyptian-brokered deal with Syria on Monday.",
     [("EGYGOV", "LBNGOV", "045"), ("EGYGOV", "SYRGOV", "045"), ("LBNGOV", "SYRGOV", "057")]),
    ("The UN-mediated talks between Yemen and the Houthis ended.",
     [("IGOUNO", "YEMGOV", "045"), ("IGOUNO", "YEMREB", "045"), ("YEMGOV", "YEMREB", "040")]),
    ("The Houthis violated a UN-brokered truce.", []),
    ("Oman brokered a truce on Friday between Israel and Hamas.",
     [("OMNGOV", "ISRGOV", "045"), ("OMNGOV", "PSEREBHMS", "045")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_cooperation_family(code_text, sentence, expected):
    assert coded(code_text(sentence)) == sorted(expected)
