"""A surname the dictionary knows, written with another person's given name.

The people dictionaries list many people under their surname alone ("jaafari", "haddad",
"soto"). A story that writes a given name before that surname ("Bashar Jaafari", "the Syrian
government negotiator Walid Haddad", "the Chilean foreign minister, Pedro Soto") names
someone else when no given name it writes is one of the dictionary person's own names (in
any of the person's dictionary phrases). The surname alone must not make him the dictionary's
person: the title, the appositive or the nationality written with him decide his actor
(entities.py, titled.py, the resolver's roles), and with none of these he is no actor.

Later in the same story the surname alone ("Jaafari said") is still the other person: the
surnames set aside in a document are remembered (`Namesakes`) and a bare surname of one of
them is no dictionary person either.
"""
from __future__ import annotations

import difflib
import functools
from pathlib import Path

from ..dates.resolve import DAY_AND_MONTH_NAMES
from ..tsv import read_rows
from .matcher import norm
from .peoples import people_modifier

NAME_DEPS = frozenset({"compound", "flat"})
DATE_WORDS = DAY_AND_MONTH_NAMES
# particles inside a name that are nobody's given name: "Bashar al-Jaafari", "Ursula von der Leyen"
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "da", "di",
                       "dos", "das", "du", "van", "von", "der", "den", "la", "le", "-", "ben"})
SIMILAR = 0.8           # "Mohammad" / "Mohammed", "Hassan" / "Hasan" are one given name
# courtesy titles and ranks: "Mr Trump", "Dr Abiy", "Sheikh Tamim" (data/honorifics.tsv)
HONORIFICS = frozenset(row[0] for row in read_rows(Path(__file__).resolve().parent / "data" / "honorifics.tsv"))


@functools.lru_cache(maxsize=4)
def _person_words(dictionary) -> dict[str, frozenset[str]]:
    """Every word of every phrase and display name of each dictionary person, by entry source;
    read from the cache when the dictionary's tables were (stored.py: a quarter second a run)."""
    if dictionary.fingerprint is None:
        return _build_person_words(dictionary)
    from .stored import key, stored

    return stored("person_words", key("person_words", (), dictionary.fingerprint),
                  lambda: _build_person_words(dictionary))


def _build_person_words(dictionary) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for phrase, source, name in dictionary.person_rows():
        words = out.setdefault(source, set())
        words.update(norm(w) for w in phrase.replace("-", " ").split())
        words.update(norm(w) for w in name.replace("-", " ").split())
    return {k: frozenset(v) for k, v in out.items()}


def given_names(sent, m, matched=()) -> list[str]:
    """The capitalised name words written just before a dictionary match and tied to it
    ("Bashar" in "Bashar Jaafari", "Bashar al-Jaafari"), lower-cased; [] when none.
    Titles and other dictionary phrases (roles, countries: `matched`, sentence offsets) are no
    given names; another person's surname may be one ("Ali Hassan al-Jaber")."""
    root = sent[m.start:m.end].root
    out = []
    i = m.start - 1
    while i >= 0:
        tok = sent[i]
        low = norm(tok.text)
        if low in PARTICLES and not out:
            i -= 1
            continue
        if i in matched or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha or len(tok.text) < 2:
            break
        if tok.dep_ not in NAME_DEPS or tok.head.i not in (root.i, *(t.i for t in sent[i + 1:m.end])):
            break
        if low in DATE_WORDS:
            break               # "On Sunday Trump said": a date, no name
        if low.rstrip(".") not in HONORIFICS:
            out.append(low)
        i -= 1
    return out


def own_demonym(dictionary, phrase: str, persons) -> bool:
    """Is the word the demonym of the named person's own country, spelt as its name plus an
    ending ("Nepali": a Nepali minister named Nepali)? Then the person's country is the people's,
    and reading the person keeps that country where the countries table lacks the spelling."""
    word = norm(phrase)
    own = {p.code[:3] for p in persons}
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) >= 4 and any(e.kind == "name" and e.code[:3] in own for e in dictionary.lookup(stem)):
            return True
    return False


class Namesakes:
    """Surnames a document has shown to belong to people other than the dictionary's."""

    def __init__(self):
        self.surnames: set[str] = set()

    def other_person(self, resolver, m) -> bool:
        """Is this dictionary person match someone else of the same surname?"""
        persons = [e for e in resolver.dictionary.lookup(m.phrase) if e.kind == "person"]
        if not persons or len([w for w in norm(m.phrase).replace("-", " ").split() if w not in PARTICLES]) != 1:
            return False            # a full name ("Theresa May") is the person's own, whatever title precedes it
        if people_modifier(resolver.sent, m) and not own_demonym(resolver.dictionary, m.phrase, persons):
            return True             # "Catalan leaders": the people, not a minister named Catalan
        phrase = norm(m.phrase)
        matched = {i for i, other in resolver.by_token.items() if other.kinds != frozenset({"person"})}
        given = given_names(resolver.sent, m, matched)
        if not given:
            # the bare surname of a namesake named before in the story, unless the dictionary's
            # person holds a dated office that day ("Assad" after "Hafez al-Assad" is Bashar)
            if m.end - m.start != 1 or phrase not in self.surnames:
                return False
            entry = resolver.dictionary.resolve_person(m.phrase, resolver.date)
            return entry is None or not (entry.start or entry.end)
        words = _person_words(resolver.dictionary)
        for e in persons:
            known = words.get(e.source, frozenset())
            if not any(k != phrase and k not in HONORIFICS and resolver.dictionary.agent(k) is None
                       and not resolver.dictionary.lookup(k) for k in known):
                # the dictionary gives him no given name ("Russian President Yeltsin"): he may
                # be the one named, if he holds a dated office that day
                today = resolver.dictionary.resolve_person(m.phrase, resolver.date)
                if today is not None and today.source == e.source and (today.start or today.end):
                    return False
                continue
            if any(g in known or any(difflib.SequenceMatcher(None, g, k).ratio() >= SIMILAR for k in known)
                   for g in given):
                return False        # one of his own names: the dictionary's person
        if m.end - m.start == 1:
            self.surnames.add(phrase)
        return True


def other_person(resolver, m) -> bool:
    """Hook for the resolver: the document's namesakes (kept in its memory)."""
    memory = resolver.memory
    if memory.namesakes is None:
        memory.namesakes = Namesakes()
    return memory.namesakes.other_person(resolver, m)


def namesake(resolver, tok) -> bool:
    """Is the token part of a dictionary person's name that names someone else here?"""
    m = resolver.by_token.get(tok.i - resolver.sent.start)
    return m is not None and m.kinds == frozenset({"person"}) and other_person(resolver, m)
