"""The releaser of people freed in an agentless passive: the one the sentence says held them.

"Two Russians who had been held by the government in Libya were released on Thursday": nobody
is named as releasing them, but the release ends the holding the relative clause reports, so the
holder ("by" phrase of a verb of holding on the people released) is the one who let them go.
Only a "by" doer that is named (the dictionaries or a known role), never a guess.

With no "by" doer, the place they were held in names the holder's country: "Two Britons have
been released from captivity in Yemen", "Indian fishermen held in Sri Lanka were freed" (Yemen,
Sri Lanka, no role: the holder may be any of its sides); "prisoners were released in Harare"
(prisoners are held by the state: its government). Only for people of another country than the
place, or prisoners: "Kenyans held in Kenya" names no one who held them.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import country_part
from .parse import OBJ_DEPS, held_as, misread_reduced_relative
from .receivers import GUESSED
from .rules import Rules

# verbs of holding people whose "by" doer is the holder
HOLDING = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "imprison", "jail",
                     "arrest", "take"})
# roots of a release: yield (08)
RELEASE_ROOTS = ("08",)
# verbs that release people (not "were allowed", "were eased"): slots.yaml's releasing_verbs
RELEASING: frozenset[str] = Rules.load().slots["releasing_verbs"]
# nouns of being held: "released from captivity in X", "held captive in X"
CAPTIVITY = frozenset({"captivity", "custody", "detention", "prison", "jail", "captive", "hostage"})
# people the state holds: released where they were held by its government
PRISONERS = frozenset({"prisoner", "detainee", "inmate"})


def captors(verb, resolver, code: str) -> list:
    """The holders of the released, or [] (only for an agentless passive release)."""
    if code[:2] not in RELEASE_ROOTS or any(c.dep_ == "agent" for c in verb.children):
        return []
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for held in (c for c in subj.children if c.dep_ in ("relcl", "acl")):
            if held.lemma_.lower() not in HOLDING:
                continue
            for agent in (c for c in held.children if c.dep_ == "agent"):
                for o in (g for g in agent.children if g.dep_ == "pobj"):
                    found = [a for a in resolver.actors(o) if a.origin not in GUESSED]
                    if found:
                        return found
    return []


def misread_held(verb) -> list:
    """The subjects of a holding clause misread as a passive release's complement or as the verb
    it is joined to: "Sailors held captive in X have been freed" parsed as "[that] sailors held
    captive ..." under "freed", or with "freed" an "and"-less conj of "held"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "conj":         # "... held hostage in X for a month were freed": "freed" joined to it
        clauses.append(verb.head)
    return [s for c in clauses if c.lemma_.lower() in HOLDING
            and (misread_reduced_relative(c) or set_off(c, verb)) for s in c.children if s.dep_ == "nsubj"]


def set_off(held, verb) -> bool:
    """ "Fishermen, held captive in X for months, have been freed" parsed with "held" the main verb
    and "freed" joined to it by the comma: "held" has no object but "captive", and "freed" has
    auxiliaries ("have been") and no subject of its own."""
    return held.tag_ in ("VBD", "VBN") and verb.dep_ == "conj" and verb.head.i == held.i and \
        not any(c.dep_ == "cc" for c in held.children if held.i < c.i < verb.i) and \
        any(c.dep_ in OBJ_DEPS and held_as(c) for c in held.children) and \
        not any(c.dep_ in OBJ_DEPS + ("agent",) and not held_as(c) for c in held.children) and \
        any(c.dep_ == "aux" and c.i < verb.i for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def released_heads(verb) -> list:
    """The people an agentless passive release frees: its subject, or misread_held's."""
    return [c for c in verb.children if c.dep_ == "nsubjpass"] + misread_held(verb)


def _people_noun(head) -> str:
    """ "dozens of political prisoners": the noun the count is of, else the head's own lemma."""
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    return o.lemma_.lower()
    return head.lemma_.lower()


def _places_in(head, resolver) -> list:
    """The countries of the "in" places on a word of holding: "held in X", "captivity in X"."""
    out = []
    for h in [head] + [c for c in head.children if c.dep_ in ("dobj", "oprd", "acomp") and
                       c.lemma_.lower() in CAPTIVITY]:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                out += [a for o in p.children if o.dep_ == "pobj" for a in resolver.places(o)]
    return out


def held_in(verb, resolver, code: str) -> list:
    """The country the released were held in, as their releaser (module docstring), or []."""
    if code[:2] not in RELEASE_ROOTS or verb.lemma_.lower() not in RELEASING or \
            any(c.dep_ == "agent" for c in verb.children):
        return []
    for people in released_heads(verb):
        prisoners = _people_noun(people) in PRISONERS
        holding = [c for c in people.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLDING
                   and not any(g.dep_ == "agent" for g in c.children)]
        if people.dep_ == "nsubj":
            holding.append(people.head)         # the misread holding clause
        captive = any(p.dep_ == "prep" and p.lower_ == "from" and o.lemma_.lower() in CAPTIVITY
                      for p in verb.children for o in p.children if o.dep_ == "pobj")
        places = [a for h in holding for a in _places_in(h, resolver)]
        if not places and (captive or prisoners):
            # "released from captivity in Yemen", "prisoners were released in Harare"
            places = _places_in(verb, resolver) + [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                                                   for o in p.children if o.dep_ == "pobj"
                                                   for a in _places_in(o, resolver)]
        countries = {country_part(a.code) for a in places}
        if len(countries) != 1:
            return []
        country = countries.pop()
        held = {country_part(a.code) for a in resolver.actors(people)}
        if prisoners and (not held or held == {country}):
            return [replace(places[0], code=country + "GOV", how=places[0].how + " + role GOV (prisoners held there)")]
        if held and country not in held:
            return [replace(places[0], code=country, how=places[0].how + " (held there)")]
    return []


def held_people(verb, resolver, code: str, released_nouns) -> list:
    """Whom an agentless passive release in a main clause frees, when the slots found no one:
    the subject of a misread holding clause ("Sailors held captive in X have been freed"), or
    unnamed prisoners ("dozens of prisoners were released"): civilians of the country named."""
    if code[:2] not in RELEASE_ROOTS or verb.lemma_.lower() not in RELEASING:
        return []
    for people in released_heads(verb):
        found = resolver.actors(people) if people.dep_ == "nsubj" else []
        if found:
            return found
        if _people_noun(people) in released_nouns:
            actor = resolver.unnamed("CVL", people.text, people.idx - verb.sent.start_char, 0, "unnamed prisoners",
                                     people)
            return [actor] if actor else []
    return []


def held_before_release(verb) -> bool:
    """Is the verb set_off's "held", whose subject is the people freed, not a holder?"""
    return verb.lemma_.lower() in HOLDING and any(
        w.dep_ == "conj" and w.lemma_.lower() in RELEASING and set_off(verb, w) for w in verb.children)


# nouns of a release demanded or appealed for ("demanded the release of X", "called for the
# freedom of X")
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing", "liberation"})
# roots of asking for it: demand (10), appeal (02)
ASKING_ROOTS = ("10", "02")


def asked_of(verb, resolver, code: str) -> list:
    """Whom a demand or appeal for the release of people is addressed to: their holder, named
    on them ("demanded the release of soldiers held by Hamas": Hamas), else the government of
    the country they are held in ("journalists detained in Ethiopia": ETHGOV) when they are
    not of it. [] when no holder is named: the people are then the target as before."""
    if code[:2] not in ASKING_ROOTS:
        return []
    nouns = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lemma_.lower() in RELEASE_NOUNS]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in RELEASE_NOUNS]
    for noun in nouns:
        people = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        for person in people:
            for held in (c for c in person.children if c.dep_ in ("relcl", "acl")
                         and c.lemma_.lower() in HOLDING):
                found = [a for g in held.children if g.dep_ == "agent" for o in g.children
                         if o.dep_ == "pobj" for a in resolver.actors(o) if a.origin not in GUESSED]
                if found:
                    return found
                countries = {country_part(a.code) for a in _places_in(held, resolver)}
                own = {country_part(a.code) for a in resolver.actors(person)}
                if len(countries) == 1 and not countries & own:
                    place = _places_in(held, resolver)[0]
                    country = countries.pop()
                    return [replace(place, code=country + "GOV", how=place.how + " + role GOV (holds them)")]
    return []
