"""Whose side an actor is on: those named acting with the subject ("X, along with Y,"), a
source's own forces or officials ("contributed 4,000 troops"), a restriction on one's own
people ("declared a state of emergency in Bangkok")."""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .receivers import GUESSED

COMPANION = " (acting with the subject)"
# restrictions on a place's people: "imposed a curfew in / on / around X" (172: administrative
# sanctions, curfews, emergencies), "lifted the emergency in X" (081: eased restrictions), and a
# blockade or siege laid on a place ("imposed a blockade on the town of X", 191): its people
RESTRICT_CODES = ("081", "172", "191")
# concessions made at home ("allowed aid into Khartoum", "eased restrictions in Tigray") are
# made to the place's people, as restrictions are
OWN_PEOPLE_ROOTS = ("08",)
# ... by the state itself (its government, forces, courts, parliament or the bare country)
STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG"})
# a side that deals with its own country's state only (home_state), and that state's bodies
HOME_BOUND_ROLES = frozenset({"OPP"})
HOME_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# a person pointed at ("urged him"), never a source's own forces or officials
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "himself", "herself"})
# curfews (1723) and states of emergency or martial law (1724): done on one's own territory
DOMESTIC_CODES = ("1723", "1724")


def own_forces(target: ActorMention, sources: list[ActorMention]) -> bool:
    """ "contributed 4,000 troops", "withdraw its troops": the source's own forces or officials,
    guessed from the story's country, are what it acts with, not whom it acts on."""
    if target.origin == Origin.ADJECTIVE and len(target.code) == 3 and \
            any(s.code[:3] == target.code for s in sources):
        return True             # "providing doses of the Russian vaccine": Russia's own thing
    if target.origin == Origin.PRONOUN and target.text.lower() in PERSON_PRONOUNS and \
            all(s.code != target.code for s in sources):
        return False            # "the army chief urged him to step down": another person, not its forces
    # "the CIA shared intelligence": a role guessed from the source's own country is the
    # source itself when the codes are one (the agency's own intelligence, not its partner)
    return (target.origin in (Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.PRONOUN)
            and target.code[3:] in ("MIL", "GOV", "SPY")
            and any(s.code[:3] == target.code[:3] and (s.code[3:6] in ("", "GOV", "MIL") or s.code == target.code)
                    for s in sources))


def described_passive(verb) -> bool:
    """A participle with its "by" doer describing a noun: "a Briton held by Kurdish forces"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "agent" for c in verb.children)


def companions(subj, verb) -> list:
    """The heads of those who act with the subject: "X, with Y, called on ...", "X along with
    Y", "X, together with Y,", "X alongside Y" (set off after the subject, before the verb)."""
    doc = subj.doc
    preps = [c for c in subj.children if c.dep_ == "prep" and c.i > subj.i]
    preps += [c for c in verb.children if c.dep_ == "prep" and subj.i < c.i < verb.i]
    out = []
    for p in preps:
        word = p.lower_
        if word == "along":                 # "along with Y"
            p = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        elif word == "with":                # "X, with Y, ...", "X, together with Y"
            aside = p.i > 0 and doc[p.i - 1].text == ","
            if not aside and not any(c.lower_ == "together" for c in p.children):
                continue
        elif word != "alongside":
            continue
        if p is not None:
            out += [o for o in p.children if o.dep_ == "pobj"]
    # "X, as well as Y, ...": Y is joined to X by the cc "as" with "well" on it
    also = next((c for c in subj.children if c.dep_ == "cc" and c.lower_ == "as" and c.i > subj.i
                 and any(w.lower_ == "well" for w in c.children)), None)
    if also is not None:
        out += [c for c in subj.children if c.dep_ == "conj" and c.i > also.i]
    return out


def with_companions(actors: list[ActorMention], subj, verb, resolver) -> list[ActorMention]:
    """The subject's actors and those named acting with it, each a source of its own."""
    out = list(actors)
    if not out:
        return out
    others = companions(subj, verb)
    start = subj.sent.start_char
    spans = [(o.left_edge.idx - start, o.right_edge.idx + len(o.right_edge.text) - start) for o in others]
    # actors the subject phrase names inside a companion's phrase act with it, not as its side
    out = [replace(a, how=a.how + COMPANION) if any(lo <= a.start < hi for lo, hi in spans)
           and not is_companion(a) else a for a in out]
    for obj in others:
        # named ones only: not a role whose country is guessed ("along with dozens of fighters")
        out += [replace(a, how=a.how + COMPANION) for a in resolver.actors(obj)
                if a.code not in {b.code for b in out} and a.origin not in GUESSED]
    return out


def home_state(targets: list[ActorMention], sources) -> list[ActorMention]:
    """An opposition deals with its own country's state: "the opposition leader appealed to the
    armed forces" in a story filed from across the border is about its country's forces, not
    those of the dateline's country. Only a role whose country was guessed from the story's place
    moves, and only when every source is the opposition of one named country."""
    home = {s.code[:3] for s in sources}
    if not sources or len(home) != 1 or any(s.code[3:6] not in HOME_BOUND_ROLES or s.origin in GUESSED
                                            for s in sources):
        return targets
    (country,) = home
    return [replace(t, code=country + t.code[3:], how=t.how + f" + home state of the {t.code[3:6]} side")
            if t.origin == Origin.STORY_COUNTRY and len(t.code) >= 6 and t.code[3:6] in HOME_STATE_ROLES
            and t.code[:3] != country else t for t in targets]


def own_people(targets: list[ActorMention], sources, code: str) -> list[ActorMention]:
    """A restriction (172, 081) on a place of the source's own country acts on its people:
    "Thailand declared a state of emergency in Bangkok" is done to Thai civilians; so does a
    concession there (08: "allowed aid into Khartoum")."""
    if not code.startswith(RESTRICT_CODES) and (code[:2] not in OWN_PEOPLE_ROOTS or not any(
            s.code[3:6] in STATE_ROLES for s in sources)):
        return targets      # rebels who yield in their country yield to its state, not its people
    if code in DOMESTIC_CODES and sources:
        # a curfew or martial law is declared at home: a foreign government named is where the
        # declarer was ("imposed martial law during a trip to Beijing"), not its target
        own = {s.code[:3] for s in sources}
        targets = [t for t in targets if t.code[:3] in own or not t.code[3:].startswith("GOV")]
    return [replace(t, code=t.code + "CVL", how=t.how + " + its people")
            if len(t.code) == 3 and any(s.code[:3] == t.code for s in sources) else t for t in targets]


# the mark own_population leaves on the actor's "how": a guess the coder may replace
OWN_PEOPLE = " + its people"


def own_population(sources, country_of, roles) -> list[ActorMention]:
    """The civilians of the source's own country, for a measure taken over them with no place
    named ("Peru ended the state of emergency", "imposed martial law"): the first source that
    is a state body of a country (roles: its role part, "" for the bare country)."""
    for s in sources[:1]:
        if s.code[3:6] not in roles or len(s.code) > 6:
            continue
        country = country_of(s)
        if country is not None and len(country.code) == 3:
            return [replace(country, code=country.code + "CVL", how=country.how + OWN_PEOPLE)]
    return []


def is_companion(actor: ActorMention) -> bool:
    """Named as acting with the subject: a source of the act, not a side of it."""
    return actor.how.endswith(COMPANION)
