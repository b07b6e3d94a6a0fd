"""A country named as the place of a piece of land or a thing is no actor.

"refused to leave a corner of eastern Syria", "crossed into territory in Syria", "crossed the
Lebanese border": the country says where the corner, the territory or the border is; it is
neither acted on nor acting. Nouns of land and things are data (data/land_nouns.txt, derived
from WordNet by scripts/derive_land_nouns.py); act nouns ("a ceasefire in X", "the conflict
in X"), groups and people ("an army in X", "refugees from X") are not in it and keep their
place's country.

Only for events that are not done to a place: an attack, an occupation, a seizure or a show of
force at a place is done to its people and its state ("shelled a town in Syria",
"occupied a corner of Syria"), and a visit to a place is a visit to its country.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Origin
from .attacked import load as load_violence

DATA = Path(__file__).parent / "data" / "land_nouns.txt"
MOTION = Path(__file__).parent / "data" / "motion_verbs.txt"
# roots of events done at or to a place: visits (04), threats (13: "threatened to shell South
# Korean sites"), protests (14: "blocked streets in X"), force postures (15), coercion (17),
# assaults (18), fights (19), mass violence (20)
PLACE_ROOTS = ("04", "13", "14", "15", "17", "18", "19", "20")
# threats (13) at a place someone holds are threats to its holder ("vowed to push into
# Kurdish-held territory in Syria": not Syria), as the holder verbs of violence.yaml say
HELD_ROOTS = ("13",)
# aid (07) sent to a place is sent to its people; only a place it comes from is no recipient
# ("evacuation flights from Syria")
AID_ROOT, ORIGIN_PREP = "07", "from"
# prepositions that place land in a country ("in Syria", "of eastern Syria"; not "from")
PLACE_PREPS = frozenset({"in", "inside", "within", "of", "across", "throughout", "along",
                         "near", "around", "outside", "at"})
# nouns that name the country itself after "of": "the state of Israel", "the island of Cyprus"
SAME_PLACE = frozenset({"state", "country", "nation", "republic", "kingdom", "island", "islands",
                        "emirate", "principality", "land", "territory", "people", "government"})
# actors that come from a country's name, adjective or a town named as a place
COUNTRY_ORIGINS = frozenset({Origin.NAME, Origin.ADJECTIVE, Origin.CAPITAL, Origin.METONYM})


@lru_cache(maxsize=1)
def holder_verbs() -> frozenset[str]:
    return frozenset(load_violence().get("holder_verbs", ()))


def held(noun) -> bool:
    """"Kurdish-held territory", "areas controlled by the rebels": someone holds the land."""
    return any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in holder_verbs() for c in noun.children)


def _words(path: Path) -> frozenset[str]:
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def land_nouns() -> frozenset[str]:
    return _words(DATA)


@lru_cache(maxsize=1)
def motion_verbs() -> frozenset[str]:
    return _words(MOTION)


def _root(actor, sent):
    """The token heading the actor's words in the sentence, or None."""
    base = sent.start_char
    toks = [t for t in sent if actor.start <= t.idx - base < actor.end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else None


def land_of(tok):
    """(the noun of land or thing whose place `tok` names, its preposition or None), or None:
    "territory in [Syria]", "a corner of [Syria]", "the [Lebanese] border"."""
    while tok.dep_ == "conj":
        tok = tok.head          # "in Syria and [Iraq]"
    if tok.dep_ in ("amod", "compound", "nmod"):
        noun, prep = tok.head, None
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPS:
        noun, prep = tok.head.head, tok.head.lower_
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in land_nouns():
        return None
    if prep == "of" and noun.lemma_.lower() in SAME_PLACE:
        return None
    if not _argument(noun):
        return None
    if prep is None and _verb(noun).lemma_.lower() not in motion_verbs():
        return None     # "reopened the Syrian border": an act toward Syria; "crossed" it: where
    return noun, prep


def _verb(noun):
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _argument(noun) -> bool:
    """Is the piece of land an argument of its clause, not the place of another noun ("a
    ceasefire in four regions of X": the ceasefire's place, an act noun's) nor the place a
    verb moves out of ("withdrew troops from the X border": a withdrawal from X)?"""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "pobj":
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
    prep = noun.head
    return prep.head.pos_ in ("VERB", "AUX") and prep.lower_ != "from"


def is_landmark(actor, sent, code: str) -> bool:
    """Is the actor a country named only as the place of a piece of land or a thing?"""
    if actor is None or actor.origin not in COUNTRY_ORIGINS or len(actor.code) > 3 and \
            actor.code[3:6] not in ("", "GOV"):
        return False
    tok = _root(actor, sent)
    land = land_of(tok) if tok is not None else None
    if land is None:
        return False
    if code.startswith(PLACE_ROOTS):
        return code.startswith(HELD_ROOTS) and held(land[0])
    return not code.startswith(AID_ROOT) or land[1] == ORIGIN_PREP


def aid_origin(actor, sent, code: str) -> bool:
    """Is the target of aid a country the aid comes from, named inside the thing given
    ("organised evacuation flights from Syria to Grozny": Syria receives nothing)?"""
    if actor is None or not code.startswith(AID_ROOT) or actor.origin not in COUNTRY_ORIGINS or \
            len(actor.code) > 3 and actor.code[3:6] not in ("", "GOV"):
        return False
    tok = _root(actor, sent)
    if tok is None:
        return False
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == ORIGIN_PREP and prep.head.pos_ == "NOUN" and \
        prep.head.dep_ in ("dobj", "nsubjpass")


def drop_landmarks(pairs, code: str, sent):
    """The (source, target) pairs without those whose side is a country named as a place of
    land ("refused to leave a corner of eastern Syria": no target), nor those whose target is
    where the aid comes from."""
    if not pairs:
        return pairs
    return [(s, t) for s, t in pairs if not is_landmark(s, sent, code) and not is_landmark(t, sent, code)
            and not aid_origin(t, sent, code)]
