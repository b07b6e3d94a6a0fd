"""Issue 15: non-event senses, press addressees and hypotheticals (long-form news).

Sentences written for these tests. Each case lists the exact events the sentence must code,
as a sorted list of (source code, target code, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # a place as the object of a verb of hiding or living is no target, and no seizure
    ("Rebel commanders have taken refuge in the Libyan town of Sirte.", []),
    ("Islamist fighters took shelter in the Malian town of Gao.", []),
    ("Ahmed settled in Mosul after the war.", []),
    # ... the senses that act on someone still code
    ("Libyan rebels took the town of Sirte.", [("LBYREB", "LBYCVL", "192")]),
    ("Egypt settled its dispute with Israel.", [("EGYGOV", "ISRGOV", "080")]),
    # an effect on someone's thinking is no cooperation
    ("Merkel was influenced by the Dutch parliament's vote against sanctions.", []),
    # the press spoken to is no target
    ("Three French officials confirmed the arrest to AFP.", []),
    ("Two Italian officials also confirmed the capture to Reuters.", []),
    # (a long sentence: the mention's offset is in characters, not tokens)
    ("After three weeks of heavy fighting in the north, two Italian officials confirmed the arrest to AFP.", []),
    # ... the press attacked or accused still is
    ("Israel accused the BBC of bias.", [("ISRGOV", "MED", "112")]),
    # a generic judgement under an empty "it" has no doer
    ("It is possible to disagree with the policy of China in Iran.", []),
    ("It would be wrong to attack Iran now, Macron said.", []),
    ("China disagreed with the policy of Japan.", [("CHNGOV", "JPNGOV", "110")]),
    # an act that will no longer be done is not done
    ("The minister said Washington would no longer sell weapons to Kurdish fighters.", []),
    ("Canada does not fund the Haitian police any longer.", []),
    # an event noun said to be a chance did not happen
    ("Direct clashes between French troops and Malian forces in Gao are now a real possibility.", []),
    ("Clashes between Kenyan police and Somali militants are likely.", []),
    ("Clashes between French troops and Malian forces erupted in Gao.", [("FRAMIL", "MLIMIL", "190")]),
    # a judgement of means is no act: "enough to force", "sufficient to stop"
    ("The Egyptian minister said that withholding funds for Libya will be sufficient to force Russia to negotiate.", []),
    ("Kenyan troops were able to capture the Somali militants.", [("KENMIL", "SOMREB", "171")]),
    # wrong roots: an offensive prepared is a threat of force, even as "an offensive east of X"
    ("The minister said Kenya was preparing “intensely” for a military offensive east of the river in Somalia.",
     [("KENGOV", "SOMGOV", "138")]),
    # leaving a deal reduces relations (CAMEO.2.0.txt WITHDRAW FROM &TREATY 161)
    ("The United States withdrew from the nuclear deal with Iran on Tuesday.", [("USAGOV", "IRNGOV", "161")]),
    # "clear" codes only through its patterns: 080 for "cleared of charges"
    ("Erdogan vowed he would continue to clear Syrian Kurds from his border.", []),
    ("A court cleared the Kenyan opposition leader of charges.", [("KENJUD", "KENOPP", "080")]),
    # "X said Y should act" is advice (an appeal, 020); "must" a demand (100)
    ("The Egyptian foreign minister said that Japan should look at sanctions against North Korea.", [("EGYGOV", "JPNGOV", "020")]),
    ("Libya said Tunisia must close its border.", [("LBYGOV", "TUNGOV", "100")]),
    # asking a question asks for no aid, whatever "security" comes later
    ("With the Egyptian leader still on the line, Biden asked the same question of his national security adviser.", []),
    ("Kenya asked Uganda to send peacekeepers.", [("KENGOV", "UGAGOV", "0234")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_senses_and_unreal(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
