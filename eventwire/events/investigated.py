"""Whom an investigation acts on when what it investigates is a deed or a mishap.

"Police launched an investigation into the shooting of a Somali diplomat": the diplomat is the
victim, not the one investigated; CAMEO's 09 acts on the investigated actor or the owner of the
investigated thing. When the thing is a deed or a mishap (investigated.yaml deed_nouns, or an
event noun of force or coercion), the target is its doer: named on the noun ("the killing of
protesters by the army", "Russia's strikes") or, for a definite noun naming again the acts
reported before ("investigating the killings as war crimes"), the doer of those acts
(nominal.reaction_targets). No doer: no event ("investigating the crash").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

DATA = Path(__file__).resolve().parent / "data" / "investigated.yaml"
INVESTIGATE_ROOT = "09"


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = safe_load(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


def _objects(tok, preps) -> list:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def investigated_thing(verb, noun=None):
    """The noun an investigation verb or noun acts on: "investigated [the crash]", "launched an
    inquiry into [the killing]", "opened a probe of [X]"; None when none is found."""
    data = _data()
    inquiry = noun if noun is not None and noun.lemma_.lower() in data["inquiry_nouns"] else \
        next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in data["inquiry_nouns"]), None)
    if inquiry is not None:
        # "an investigation into X"; the parser may hang "into X" on the verb
        found = _objects(inquiry, data["object_preps"]) or _objects(verb, ("into",))
        return found[0] if found else None
    objs = [c for c in verb.children if c.dep_ == "dobj"] or _objects(verb, ("into",))   # "looked into X"
    return objs[0] if objs else None


def is_deed(tok, nominal) -> bool:
    """A deed or mishap noun (investigated.yaml), or an event noun of force or coercion."""
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in _data()["deed_nouns"] or tok.lower_ in _data()["deed_nouns"]
        or nominal.is_violent_deed(tok))


def investigated_doers(verb, code: str, noun, nominal, resolver, memory):
    """The targets of an investigation of a deed (its doers, [] when none is known), or None when
    the act is no investigation of a deed (the verb's usual targets then)."""
    if nominal is None or code[:2] != INVESTIGATE_ROOT:
        return None
    thing = investigated_thing(verb, noun)
    if thing is None or not is_deed(thing, nominal):
        return None
    return nominal.reaction_targets(thing, resolver, memory)


def sent_to_investigate(verb, code: str, mood_of) -> bool:
    """ "sent a team (of experts) to investigate X", "dispatched investigators to Y to investigate
    X": an investigation (09) told as the purpose of a sending told as done (mood_of: a verb's
    mood). The purpose is the event the sending makes, though a purpose is otherwise no event."""
    if not code or code[:2] != INVESTIGATE_ROOT or \
            not any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children):
        return False
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "dobj":
        head = head.head        # "sent [a team to investigate]"
    elif in_purpose(verb):
        head = head.head.head   # "sent a team in [a bid to investigate]"
    elif verb.dep_ not in ("advcl", "xcomp"):
        return False
    return head.i != verb.i and head.lemma_.lower() in _data()["sending_verbs"] and mood_of(head) == "fact"


def in_purpose(verb) -> bool:
    """Is the infinitive on a noun of purpose after "in" on a verb: "in a bid to investigate"?"""
    noun = verb.head
    return verb.dep_ == "acl" and noun.lemma_.lower() in _data()["purpose_nouns"] and noun.dep_ == "pobj" \
        and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"


def senders(verb, code: str, sources_of) -> list:
    """The sender of "sent [a mission to investigate X]": the investigation's doer, which the
    parse hangs on the team sent (sources_of: a verb's sources); [] otherwise."""
    if not code or code[:2] != INVESTIGATE_ROOT or verb.dep_ not in ("acl", "relcl") or \
            not any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children):
        return []
    sender = verb.head.head.head if in_purpose(verb) else verb.head.head if verb.head.dep_ == "dobj" else None
    if sender is None or sender.lemma_.lower() not in _data()["sending_verbs"]:
        return []
    return sources_of(sender)


@dataclass
class Probe:
    """An investigation told by its noun with its doer and the one investigated (as nominal.py's
    events: the noun, its entry, its (source, target) pairs)."""
    noun: object
    entry: object
    pairs: list
    mediated: tuple = ()


def investigations_faced(sent, nominal, resolver, taken) -> list[Probe]:
    """ "Boeing is under investigation by the Justice Department", "the minister faces an inquiry
    by prosecutors": the "by" doer investigates the subject; only as told as fact, and not for
    nouns already coded (taken: token indices)."""
    data = _data()
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in data["inquiry_nouns"] or tok.i in taken:
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in data["under_copulas"]:
            verb = head.head
        elif tok.dep_ == "dobj" and head.lemma_.lower() in data["undergoing_verbs"]:
            verb = head
        else:
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        agent = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
                 for o in p.children if o.dep_ == "pobj"]
        entry = nominal.entry(tok)
        if not subj or not agent or entry is None or nominal.modality.mood(verb)[0] != "fact":
            continue
        pairs = [(s, t) for s in resolver.actors(agent[0]) for t in resolver.actors(subj[0]) if s.code != t.code]
        if pairs:
            out.append(Probe(tok, entry, pairs))
    return out
