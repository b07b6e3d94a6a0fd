"""Session 28: wrong roots and non-event senses on long-form news.

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # chemical weapons are CAMEO 2041, not conventional force (19x) or repression (175)
    ("The regime carried out a sarin attack on rebel-held Saraqeb.", [("SYRGOV", "SYRCVL", "2041")]),
    ("Syrian forces used chemical weapons against rebels in Idlib.", [("SYRMIL", "SYRREB", "2041")]),
    # ... a chemical plant attacked is conventional force, a chemical attack condemned a criticism
    ("Syrian forces attacked a chemical plant held by rebels.", [("SYRMIL", "SYRREB", "190")]),
    ("Syrian forces bombed Douma.", [("SYRMIL", "SYRCVL", "190")]),
    # bombs are non-military bombings (183); air strikes (195) and gun battles (190) stay fighting
    ("Boko Haram fighters injured four Nigerian soldiers in a bomb attack near Maiduguri on Thursday.", [("NGAREB", "NGAMIL", "183")]),
    ("Taliban militants killed five Afghan soldiers with a roadside bomb.", [("AFGREB", "AFGMIL", "183")]),
    ("Israeli jets killed 12 Hamas fighters in an air strike.", [("ISRMIL", "PSEREBHMS", "195")]),  # s29: aerial weapons (195), means.py
    ("Afghan troops killed five Taliban fighters in a gun battle.", [("AFGMIL", "AFGREB", "190")]),
    # a pause or suspension of cooperation agreed reduces relations (16), no intent to cooperate
    ("The Foreign Office agreed to a brief pause in co-operation with the French authorities.",
     [("GBRGOV", "FRAGOV", "160")]),
    # agreeing to be interviewed is no event
    ("Like all Iraqi fighters and officials who agreed to interviews about the offensive, he spoke on condition of anonymity.", []),
    # "came to Y's aid" gives aid, it is no visit
    ("Russia came to Syria's aid in 2015.", [("RUSGOV", "SYRGOV", "070")]),
    # "took place" tells where an event happened: nothing is seized
    ("A witness said the clash took place in al-Hamra, a village near Raqqa.", []),
    ("Libyan rebels took the town of Sirte.", [("LBYREB", "LBYCVL", "192")]),
    # the singular "sanction" is authorisation; "sanctions" still penalise
    ("Cameron did give sanction for strikes against British fighters in Syria.", []),
    ("Putin did give his sanction to the operation against Chechen rebels.", []),
    ("The EU imposed sanctions on Iran.", [("IGOEUREEC", "IRNGOV", "163")]),
    # a phone call still is one
    ("Putin called Erdogan on Tuesday.", [("RUSGOV", "TURGOV", "041")]),
    # a feeling that grew is no statement of disapproval
    ("Gul, a Pakistani fighter, grew disappointed with the Taliban.", []),
    # a pattern's first word must stand in the verb's own phrase, not under "the chances of"
    ("The Taliban rout has increased the chances of a Pakistani military intervention in Kunar.", []),
    ("Jordan increased its military presence on the border with Syria.", [("JORMIL", "SYR", "154")]),
    ("Kenya asked Uganda to send peacekeepers.", [("KENGOV", "UGAGOV", "0234")]),
    # forces counted ("thousands of troops") sent to another country's border: a show of force (154)
    ("Russia sent thousands of troops to the Ukrainian border.", [("RUSMIL", "UKR", "154")]),
    # a cut in relations announced by its own side is done (16); "said it would" stays a threat
    ("Trump announced the United States would withdraw from the Paris climate agreement with France.",
     [("USAGOV", "FRAGOV", "161")]),
    ("Trump said the United States would withdraw from the Paris climate agreement with France.",
     [("USAGOV", "FRAGOV", "132")]),
    # sent, flown, forced or driven "into exile" is an expulsion (174), no deployment (154)
    ("The Taliban drove the Afghan king into exile.", [("AFGREB", "AFGGOV", "174")]),
    # "come to" an end, power or a conclusion is no visit (040); "came to an agreement" reaches one (057)
    ("The war between Iran and Iraq came to an end in 1988.", []),
    ("Erdogan came to power in 2003 after a landslide win over Turkish liberals.", []),
    ("Putin came to Ankara on Monday.", [("RUSGOV", "TURGOV", "040")]),
    ("Russia and Turkey came to an agreement on Idlib.", [("RUSGOV", "TURGOV", "057")]),
    ("Russia came to an agreement with Turkey on Idlib.", [("RUSGOV", "TURGOV", "057")]),
    # ... its sides are not taken from words later in the clause
    ("The two NATO allies have come to an agreement on several issues, chiefly Turkey's detention of a US citizen.",
     [("TURGOV", "USACVL", "173")]),
    # a verb with no object of its own reads the object it shares with the next verb:
    # attacks planned are no intent to cooperate (030)
    ("Iraqi Kurdish members have planned and directed attacks on Turkey.",
     [("IRQ", "TUR", "190"), ("IRQ", "TURGOV", "138")]),
    # "it would be a mistake to allow X": the "it" judging an act is no one, and the act is not done
    ("“It would be political suicide to allow any more Taliban suspects to return,” the Pakistani minister said.", []),
    ("Iran said it would allow UN inspectors to visit the site.", [("IRNGOV", "IGOUNO", "035")]),
    # warning someone not to think or believe something advises (020); "not to fill the dam" threatens
    ("Egypt warned Ethiopia not to think that the dam would go unanswered.", [("EGYGOV", "ETHGOV", "020")]),
    ("Egypt warned Ethiopia not to fill the dam.", [("EGYGOV", "ETHGOV", "130")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_roots_s28(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected


def test_what_it_called_is_no_phone_call(code_text):
    # "what it called X" names a thing: no phone call (041) to anyone named later
    events = coded(code_text("Britain condemned Peru on Monday over what it called brutal tactics by the police."))
    assert events and not [e for e in events if e[2] == "041"]
