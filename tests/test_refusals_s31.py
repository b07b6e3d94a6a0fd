"""Session 31, refuse: refusals and rejections of another actor's act (CAMEO 12).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded
from eventwire.events.refusals import refusal_code

CASES = [
    # (a) a stated refusal is named by the act refused (refusals.yaml refusal_codes)
    ("Poland refused to lift the embargo on Belarus.", [("POLGOV", "BLRGOV", "1244")]),
    ("Britain declined to ease sanctions on Russia.", [("GBRGOV", "RUSGOV", "1244")]),
    ("Brazil refused to extradite the Italian militant.", [("BRAGOV", "ITAREB", "1213")]),
    ("Argentina refused to meet the British delegation.", [("ARGGOV", "GBR", "125")]),
    ("Japan will not release the Chinese fishermen.", [("JPNGOV", "CHNAGR", "1243")]),
    ("The EU will not lift the sanctions on Iran.", [("IGOEUREEC", "IRNGOV", "1244")]),
    # ... the restriction's target named in its own relative clause
    ("The EU will not lift the sanctions it imposed on Iran.", [("IGOEUREEC", "IRNGOV", "1244")]),
    # ... and an "until" clause in the present is a condition, not a deed, wherever it hangs
    ("The Dutch government will not lift the arms embargo it has imposed on Iran until Tehran frees the activists.",
     [("NLDGOV", "IRNGOV", "1244")]),
    # ... whom an "unless" or a negated "if" condition is set on is whom the refusal is of
    ("Washington will not lift the embargo unless Cuba frees its political prisoners.",
     [("USAGOV", "CUBGOV", "1244")]),
    ("Washington will not lift the embargo if Cuba does not free its political prisoners.",
     [("USAGOV", "CUBGOV", "1244")]),
    ("Washington will not lift the embargo if Cuba frees its political prisoners.", []),
    # ... and an accepted object's author is whom accepting it, or refusing to, is of
    ("Britain will not accept the plan put forward by France.", [("GBRGOV", "FRAGOV", "120")]),
    ("Portugal accepted the proposal made by the African Union.", [("PRTGOV", "IGOAFRAFU", "032")]),
    # a writer's negated past is no event
    ("Poland did not lift the embargo on Belarus.", []),
    # ruling out an act refuses it; not ruling it out tells nothing
    ("Britain ruled out lifting the sanctions on Iran.", [("GBRGOV", "IRNGOV", "1244")]),
    ("Germany has ruled out sending weapons to Ukraine.", [("DEUGOV", "UKRGOV", "1222")]),
    ("Germany did not rule out sending weapons to Ukraine.", []),
    ("Germany may rule out sending weapons to Ukraine.", []),
    ("Germany ruled out attacking Syria.", []),
    # ... as does an actor's saying it is out of the question, off the table or not an option
    ("American officials said lifting the sanctions on Cuba is out of the question.",
     [("USAGOV", "CUBGOV", "1244")]),
    ("Britain said releasing the Iranian tanker was off the table.", [("GBRGOV", "IRNBUS", "1243")]),
    ("Britain said sending troops to Libya was not out of the question.", []),
    ("Lifting the sanctions on Cuba is out of the question.", []),
    ("Britain said attacking Iran was out of the question.", []),
    # what a demand refused asks for is not done nor refused by itself
    ("France said it would not meet the kidnappers' demands to free prisoners in Mali.",
     [("FRAGOV", "FRACRM", "124")]),
    # rejecting an appeal to do an act refuses the act, of whom it would be for
    ("Egypt rejected calls to release the Kuwaiti activist.", [("EGYGOV", "KWTCVL", "1243")]),
    ("Algeria has rejected appeals to release the Moroccan journalists.", [("DZAGOV", "MARMED", "1243")]),
    ("Iran rejected calls to hold talks with the United States.", [("IRNGOV", "USAGOV", "125")]),
    # ... and names the rejection when the appeal's pairs are found otherwise
    ("Peru rejected a Chilean request for aid.", [("PERGOV", "CHL", "122")]),
    ("Egypt rejected an Ethiopian request for talks.", [("EGYGOV", "ETH", "125")]),
    ("Germany rejected a Polish request to send tanks.", [("DEUGOV", "POL", "1222")]),
    ("Peru rejected Chile's request.", [("PERGOV", "CHLGOV", "120")]),
    # ... not an appeal to do harm
    ("Egypt rejected calls to attack the Libyan rebels.", []),
    # a refusal stated for the future is stated now; a hypothetical one is not
    ("Slovakia said it would refuse to comply with the NATO directive.", [("SVKGOV", "IGOWSTNAT", "120")]),
    ("Hungary would reject the EU plan.", []),
    ("If elected, Orban will reject the EU plan.", []),
    # (b) the thing rejected is its owner's, "by Y" hung on the verb included
    ("Greece rejected the request by Turkey.", [("GRCGOV", "TURGOV", "120")]),
    ("Greece rejected the proposal by Turkey.", [("GRCGOV", "TURGOV", "120")]),
    ("Greece rejected the plan by a wide margin.", []),
    # rejecting or opposing another's mediation is a rejection of mediation (126)
    ("Israel has rejected French mediation.", [("ISRGOV", "FRA", "126")]),
    ("Israel opposed the French mediation offer.", [("ISRGOV", "FRA", "126")]),
    # denying another permission rejects its request, of whom the permission is for
    ("Egypt refused permission for the Hamas march.", [("EGYGOV", "PSEREBHMS", "120")]),
    ("Russia denied permission to the Georgian delegation.", [("RUSGOV", "GEO", "120")]),
    ("Egypt did not deny permission to Hamas.", []),
    # refuting another's words or decision rejects them; refuting a charge is a denial (016)
    ("Nigeria refuted the American president's comments on the elections.",
     [("NGAGOV", "USAGOV", "120")]),
    ("Greece refuted Turkey's proposal.", [("GRCGOV", "TURGOV", "120")]),
    ("Pakistan refuted the Indian charges.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_refusals_s31(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected


@pytest.mark.parametrize("act,code", [("085", "1244"), ("0841", "1243"), ("080", "124"), ("063", "1213"),
                                      ("073", "1223"), ("042", "125"), ("045", "120"), ("051", "120"),
                                      ("0832", "1232")])
def test_refusal_code(act, code):
    assert refusal_code(act) == code
