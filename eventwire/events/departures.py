"""Armed forces leaving a country: "Russian troops left Syria", "US soldiers began leaving Y".

The verb pattern (verb_patterns_hand.tsv, mcoop:troops-leave) reads a word of the &military
synset anywhere before "leave" in its clause; it stands only when that word heads the subject
of the leaving (or of the verb "leaving" completes: "began leaving"), so that "the army chief
left Y for talks" or "Pakistan's army chief left Islamabad" are no retreat; and only when what
is left is a place (its name, or a noun of ground: "left the region", "left their positions"):
"troops left three villagers dead / two fighters wounded" leave people in a state, and "troops
left for Y" go to Y (review s32).
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
# nouns of the ground forces may leave ("left the region", "left their bases", "left their positions")
GROUND = frozenset({"country", "territory", "region", "area", "province", "state", "district", "city",
                    "town", "village", "capital", "base", "airbase", "camp", "garrison", "outpost", "post",
                    "position", "zone", "enclave", "island", "peninsula", "border", "frontier", "front",
                    "soil", "port", "airport"})
# a predicate of what is left: "left three villagers dead", "left thousands homeless"
PREDICATE_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def force_subject(verb) -> bool:
    """Is the subject of the leaving (or of the aspect verb it completes) an armed force?"""
    heads = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ASPECT_HEADS:
        heads.append(verb.head)
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    # "hundreds of US troops": what the quantity counts
    return bool(subjects) and all(counted(s).lemma_.lower() in FORCE_HEADS for s in subjects)


def left_place(verb, resolver) -> bool:
    """Is what the verb leaves a place: its object a noun of ground, or a name the resolver
    reads as a place (the name itself, not a place further on in its phrase: "left two
    fighters wounded near the border with Y"); no predicate of the object ("left X dead")?"""
    if any(c.dep_ in PREDICATE_DEPS for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False            # "troops left for Y", "troops left on Monday": no place left
    for obj in objs:
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in GROUND:
            continue
        lo, hi = obj.idx - obj.sent.start_char, obj.idx + len(obj.text) - obj.sent.start_char
        if obj.pos_ != "PROPN" or not any(a.start <= lo and hi <= a.end for a in resolver.places(obj)):
            return False
    return True


def departure_stands(verb, trig, resolver) -> bool:
    """May the trigger stand: not the troops-leave pattern, or its subject is an armed force
    and what it leaves a place?"""
    return not trig.pattern_id.startswith(LEAVING) or (force_subject(verb) and left_place(verb, resolver))
