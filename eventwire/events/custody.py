"""Deaths in custody: "X died after torture in a detention centre in Y", "died under torture in
a Saudi prison", "died in prison in Z after torture". The dead is the victim (the subject of the
death verb, pairing.py); the doer is the custodian of the place of custody named on the verb:
the body it is run by ("a jail run by the intelligence services"), the actor named on it ("a
Saudi prison", "police custody"), else the police of the country it lies in (CAMEO's prisons
are COP, agents.tsv). No place of custody named, no doer: nobody is guessed."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..actors.codes import country_part
from ..tsv import word_lists

# the word lists (data/custody_words.tsv): nouns of a place of custody ("in prison", "in police
# custody"), heads that are one with a custody modifier ("a detention centre"), those modifiers,
# and the verbs of the body that runs the place ("a prison run by the army")
_WORDS = word_lists(Path(__file__).parent / "data" / "custody_words.tsv")
CUSTODY_NOUNS = _WORDS["custody_nouns"]
CUSTODY_HEADS = _WORDS["custody_heads"]
CUSTODY_MODIFIERS = _WORDS["custody_modifiers"]
RUNNING = _WORDS["running"]
SUBJ_DEPS = ("nsubj", "nsubjpass")


def _custody_places(verb) -> list:
    """The nouns of places of custody in the verb's phrases, not in its subject."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJ_DEPS for t in c.subtree}
    out = []
    for tok in verb.subtree:
        if tok.i in subject or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in CUSTODY_NOUNS or (lemma in CUSTODY_HEADS and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in CUSTODY_MODIFIERS for c in tok.children)):
            out.append(tok)
    return out


def _as_custodian(actor):
    """A bare country holds its prisoners through its police (CAMEO: prisons are COP)."""
    if len(actor.code) == 3:
        return replace(actor, code=actor.code + "COP", how=actor.how + " + role COP (custodian)")
    return actor


def custodians(verb, resolver) -> list:
    """Who held the dead of a death in custody (module docstring), or []; first the torturers
    named on the torture itself ("died after torture by the secret police")."""
    for tok in verb.subtree:
        if tok.lemma_.lower() == "torture" and tok.pos_ == "NOUN":
            # (the parser may hang the "by" on the death verb: "died after torture by X")
            by = [p for p in tok.children if p.lower_ == "by"] + \
                [p for p in verb.children if p.dep_ == "agent" and p.i > tok.i]
            found = [a for p in by for o in p.children if o.dep_ == "pobj" for a in resolver.actors(o)]
            if found:
                return found
    for place in _custody_places(verb):
        # "a jail run by the intelligence services"
        for c in place.children:
            if c.dep_ == "acl" and c.lemma_.lower() in RUNNING:
                found = [a for g in c.children if g.dep_ == "agent" for o in g.children
                         if o.dep_ == "pobj" for a in resolver.actors(o)]
                if found:
                    return [_as_custodian(a) for a in found]
        # "a Saudi prison", "police custody", "the army's detention centre"
        for mod in place.children:
            if mod.dep_ in ("compound", "amod", "poss") and mod.i < place.i and mod.pos_ != "PRON" and \
                    mod.lemma_.lower() not in CUSTODY_MODIFIERS and resolver.names_actor(mod):
                found = resolver.actors(mod)
                if found:
                    return [_as_custodian(a) for a in found]
        # "a detention centre in Diyarbakir province", "in prison in Yangon"
        heads = [place]
        if place.dep_ == "pobj" and place.head.head.i == verb.i:
            # "died in prison in Yangon": the place's own phrase hangs on the verb too
            heads.append(verb)
        for head in heads:
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in ("in", "at"):
                    continue
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        found = resolver.places(obj)
                        countries = {country_part(a.code) for a in found}
                        if len(countries) == 1:
                            return [_as_custodian(replace(found[0], code=countries.pop()))]
    return []
