"""Armed forces leaving a country: "Russian troops left Syria", "US soldiers began leaving Y".

The verb pattern (verb_patterns_hand.tsv, mcoop:troops-leave) reads a word of the &military
synset anywhere before "leave" in its clause; it stands only when that word heads the subject
of the leaving (or of the verb "leaving" completes: "began leaving"), so that "the army chief
left Y for talks" or "Pakistan's army chief left Islamabad" are no retreat.
"""
from __future__ import annotations

from .attacked import counted

LEAVING = "mcoop:troops-leave"
# the heads of a subject that is an armed force (withdrawals.yaml troop_nouns and the
# &military synset's plain nouns)
FORCE_HEADS = frozenset({"troop", "force", "soldier", "army", "military", "marine", "contingent",
                         "peacekeeper", "serviceman", "servicemember", "paratrooper", "battalion",
                         "brigade", "navy", "unit"})
# verbs whose complement the leaving is: "began leaving", "started to leave"
ASPECT_HEADS = frozenset({"begin", "start", "continue", "finish", "complete"})


def force_subject(verb) -> bool:
    """Is the subject of the leaving (or of the aspect verb it completes) an armed force?"""
    heads = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ASPECT_HEADS:
        heads.append(verb.head)
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    # "hundreds of US troops": what the quantity counts
    return bool(subjects) and all(counted(s).lemma_.lower() in FORCE_HEADS for s in subjects)


def departure_stands(verb, trig) -> bool:
    """May the trigger stand: not the troops-leave pattern, or its subject is an armed force?"""
    return not trig.pattern_id.startswith(LEAVING) or force_subject(verb)
