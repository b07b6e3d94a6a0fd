"""Whose is the thing hit in a conflict note: "seized an ambulance", "torched the houses".

A conflict note (a short report, no more than slots.yaml note_sentences sentences, opening on
the date of what it reports: "On 3 May, ...") tells
each attack, looting or arson with its doer and its victim. When what is seized, burned or
struck is a thing, not a named actor ("militants seized an ambulance", "attacked and burned
the home of the village teacher", "vandalized a detention centre"), the victim is the
thing's owner: a force or office whose word stands on it or is its own noun ("a police
post" -> the police, "the barracks" -> the military, "the prison" -> the government:
property_owners.tsv), else the civilians of the note's country. Civilians do not attack
their own: a crowd of civilians that hits a thing nobody owns named is left to the rest.

Only for seizing or destroying property (171*) and force (18, 19, 20), in the main clause,
when the coder found no target. Weapons and ammunition seized are no one's property named
(troops "seized arms" took them from the other side), and a state force that seizes a thing
takes it from someone unnamed: no civilians guessed then. Articles get nothing here.
"""
from __future__ import annotations

from pathlib import Path

from ..actors.unlisted import is_note
from ..tsv import read_rows
from .parse import OBJ_DEPS
from .unnamed import CALENDAR

ROOTS = ("18", "19", "20")
PROPERTY = "171"
# things taken that are no people's property named: what armed sides take from each other
ARMS = frozenset({"weapon", "arm", "ammunition", "munition", "explosive", "rifle", "gun", "bomb",
                  "drug", "contraband", "control", "hold", "power"})
# doers who seize as the state: their seizing is confiscation from someone unnamed
STATE_ROLES = frozenset({"MIL", "COP", "GOV", "SPY", "JUD"})
# prepositions whose object is the thing hit ("set fire to", "broke into")
INTO = frozenset({"to", "into"})
# words on a thing that name its owner by a noun of their own ("the housing of X")
OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# words on the thing that make it people ("a militant cell", "the cell, three militants")
NAMING_DEPS = frozenset({"compound", "amod", "nmod", "appos"})
# words that name an owner only beside another ("town hall", "city hall")
PAIRED = {"town": "hall", "city": "hall"}


def _load(path: Path = Path(__file__).parent / "data" / "property_owners.tsv") -> dict[str, str]:
    return {r[0]: r[1] for r in read_rows(path, header=False)}


OWNERS = _load()


def owner_role(thing) -> str:
    """The role of the owner of `thing`: a word on it or its own noun (OWNERS), else CVL."""
    words = [thing] + [c for c in thing.children if c.dep_ in OWNER_DEPS]
    words += [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    for w in words:
        low = w.lemma_.lower()
        if low in PAIRED and w.head.lemma_.lower() != PAIRED[low]:
            continue
        if low in OWNERS:
            return OWNERS[low]
    return "CVL"


class PropertyHit:
    def __init__(self, unnamed, note_sentences: int, act_nouns=frozenset(), victim_nouns=frozenset()):
        self.unnamed = unnamed
        self.note_sentences = note_sentences
        self.act_nouns = act_nouns
        self.victim_nouns = victim_nouns

    def things(self, verb, passive: bool) -> list:
        """The things the verb hits: its objects (shared across "and": "attacked and burned
        the house"), "set fire to X", or a passive's subject ("a bus was struck")."""
        out = []
        for v in [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB"]:
            deps = ("nsubjpass",) if passive and v is verb else OBJ_DEPS
            out += [c for c in v.children if c.dep_ in deps]
            out += [o for p in v.children if p.dep_ == "prep" and p.lower_ in INTO
                    for o in p.children if o.dep_ == "pobj"]
            if out:
                break
        return [t for t in out if t.pos_ == "NOUN" and t.lower_ not in CALENDAR
                and t.lemma_.lower() not in self.act_nouns | self.victim_nouns | ARMS
                and t.lemma_.lower() not in ("fire", "blaze")]

    def targets(self, verb, code: str, resolver, sources, passive: bool) -> list:
        if not is_note(resolver.memory, self.note_sentences):
            return []
        if not (code.startswith(PROPERTY) or code[:2] in ROOTS) or not self.unnamed.main_clause(verb):
            return []
        for thing in self.things(verb, passive):
            named = [thing] + [c for c in thing.children if c.dep_ in NAMING_DEPS]
            if any(resolver.names_actor(t) for t in named) or resolver.actors(thing):
                # people hit ("three militants were killed", "a militant cell, three militants"):
                # the coder's own rules said no
                return []
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children):
                return []           # "his vehicle was hit": whose, the sentence's people say
            role = owner_role(thing)
            if role == "CVL" and any(s.code[3:6] in STATE_ROLES | {"CVL", "PPL"} for s in sources):
                return []
            actor = resolver.unnamed(role, verb.text, 0, 0, "owner of the thing hit in a note")
            return [actor] if actor else []
        return []
