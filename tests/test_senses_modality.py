"""Issue 15: verbs in no political sense, acts that did not happen, and intended force.

Sentences written for these tests. Each case lists the exact events the sentence must code
as a sorted list of (source, target, CAMEO code); [] means nothing may be coded.
"""
import pytest

from conftest import coded

CASES = [
    # a head of a state of mind with its own to-infinitive is no event; the act wanted is
    ("Ghana intends to keep a naval patrol off Togo.", []),
    ("Chile wanted to build a new port that would serve Bolivian traders.", []),
    ("Zambia wants to weaken the African Union.", []),
    # ... and the small model's "hoped" (lemma "hop") is still an intent head
    ("Malawi hoped to meet Zambia.", [("MWIGOV", "ZMBGOV", "036")]),
    # a stated intention to use force is a threat
    ("Niger said it wants to attack Malian militants.", [("NERGOV", "MLIREB", "138")]),
    # an intention given as a motive is no statement
    ("Nigerian volunteers enlisted because they want to kill Cameroonian separatists.", []),
    # an infinitive whose subject is the head's object: a wish about another, not a deed
    ("Egypt prefers Russia to restrain Ethiopia.", []),
    # a gerund of means takes the mood of its verb: a plan's means is not done
    ("Critics say Kenya plans to change the border by expelling Ugandan herders.", []),
    # ... "after" tells a time, and what was done before stays a fact
    ("Iran threatened to shell Iraqi positions after accusing Iraq of firing across the border.",
     [("IRNGOV", "IRQ", "138"), ("IRNGOV", "IRQGOV", "112")]),
    # a verbal act told as the meaning of a deed is the writer's reading; a verbal means is not
    ("By bombing the camps, Kenya openly challenged Somalia.", []),
    ("Kenya criticised Somalia by summoning its ambassador.", [("KENGOV", "SOMGOV", "111")]),
    # a hedged report of what will be is no appeal and no intent; a proposal still is an appeal
    ("The minister suggested that Kenya would expand its presence in Somalia.", []),
    ("Ghana suggested that Togo should hold new elections.", [("GHAGOV", "TGOGOV", "020")]),
    # declining to comment is 011 (statements are not coded by default), not a rejection
    ("The Kenyan foreign ministry declined to discuss the reports from Somalia.", []),
    ("Norway refused to extradite the suspects to Sweden.", [("NORGOV", "SWEGOV", "1213")]),
    ("The Kenyan minister refused to deny that Somalia had attacked Kenyan troops.", []),
    # a guess in an extraposed clause; an intention under a question is no statement
    ("It is likely that Kenya will side with Uganda.", []),
    ("It is likely Kenya will side with Uganda.", []),
    ("Nobody knows whether Kenya would seek to punish Somalia.", []),
    # conditions: "in case", "only ... once"
    ("Kenya said it will retaliate in case Somali militants attack Kenyan towns.", [("KENGOV", "SOMREB", "138")]),
    ("Kenya said it would only send aid to Somalia once a transition is under way.", []),
    ("Kenya said it would send aid to Somalia.", [("KENGOV", "SOMGOV", "033")]),
    # negation by "yet to", "hardly"; a scheduled act is a future like "will"
    ("Kenya has yet to recognise Somalia.", []),
    ("Kenya hardly condemned Somalia.", []),
    # ... told by the writer, a plan is not coded (GUIDELINES); said by the actor, an intent
    ("Kenya is due to meet Somalia next week.", []),
    ("Kenya said it is due to meet Somalia next week.", [("KENGOV", "SOMGOV", "036")]),
    ("Kenya is not due to meet Somalia.", []),
    # intended force named by the object: a threat, not an intent to cooperate
    ("The Kenyan president said on Monday that Kenya would escalate military action against Somalia.",
     [("KENGOV", "SOMGOV", "138")]),
    ("Kenya said it would expand air operations against Somalia.", [("KENGOV", "SOMGOV", "138")]),
    ("Kenya said it would expand trade with Somalia.", [("KENGOV", "SOMGOV", "031")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_senses_and_modality(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected


SENSE_CASES = [
    # a verb of cooperation with an act of force as object: the force itself
    ("Kenya escalated its attacks on Somalia.", [("KENMIL", "SOM", "190")]),
    ("Kenya intensified airstrikes against Somalia on Monday.", [("KENMIL", "SOM", "195")]),  # s29: air strikes are 195 (means.py)
    # preparing for an offensive, stated: a threat
    ("Turkey was preparing for a military offensive against Syria, the minister said.",
     [("TURGOV", "SYRGOV", "138")]),
    # a military presence is no use of force; weapons sold are no force either
    ("Russia said it would sell missiles to Turkey.", [("RUSGOV", "TURGOV", "031")]),
    # verbs that act on their object, with none: no event (verb_senses.yaml needs_object)
    ("The rebel who trained in Turkey said the war was lost.", []),
    ("Iran trained Iraqi militias.", [("IRNGOV", "IRQUAF", "072")]),
    ("By arming and training Iraqi militias, Iran pushed back the rebels.",
     [("IRNGOV", "IRQUAF", "062"), ("IRNGOV", "IRQUAF", "072")]),
    # respecting a resolution abides by it; stated, an intention to yield (not a threat, 1312)
    ("Iran said it would respect the UN resolution.", [("IRNGOV", "IGOUNO", "035")]),
    # "matched by" equals, no fighting; "marched away" moves, no protest
    ("Ghana's hopes have been matched by the failure of Togo.", []),
    ("The Kenyan soldiers marched away from Somalia.", []),
    ("Thousands of Kenyans marched against the government in Nairobi.", [("KENCVL", "KENGOV", "141")]),
]


@pytest.mark.parametrize("sentence,expected", SENSE_CASES)
def test_senses(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected
