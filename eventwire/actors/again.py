"""Actors named again in other words, later in the same story.

News names an actor in full once and shorter afterwards:
- a person by the surname: "President Evo Morales ... Morales said", "rebel spokesman
  Colonel Jean Mbala ... Mbala vowed" (a person read with a title, entities.py, counts too);
- an organisation by part of its name or its initials: "Amnesty International ... Amnesty",
  "the Arab League ... the League", "the Rapid Support Forces ... the RSF";
- one of two countries whose names differ by a compass word: "North Korea ... the North";
- a country by what it is: "Saudi Arabia ... the kingdom", "the island nation"; a kingdom,
  emirate, sultanate or monarchy only a country that is one (data/monarchies.tsv): "Iran's
  leader said the kingdom would ..." is not Iran.
Each answer must be one actor: two people sharing the surname, two organisations with the
same initials, several countries the description could be, and nothing is coded.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from ..records import ActorMention, Origin
from ..tsv import read_rows
from .codes import is_international
from .coref import WINDOW

COMPASS = frozenset({"north", "south", "east", "west"})
# nouns that describe a country as a whole: "the kingdom", "the island nation"
COUNTRY_NOUNS = frozenset({"kingdom", "country", "nation", "republic", "emirate", "sultanate",
                           "monarchy"})
# noun, country, source: the countries a kingdom, emirate, sultanate or monarchy may be
MONARCHIES = Path(__file__).parent / "data" / "monarchies.tsv"
NAME_FILLERS = frozenset({"of", "the", "and", "for", "de", "du", "al", "el", "&"})
ORG_ORIGINS = frozenset({Origin.ORGANISATION})
COUNTRY_ORIGINS = frozenset({Origin.NAME, Origin.ADJECTIVE, Origin.PEOPLE, Origin.CAPITAL,
                             Origin.METONYM, Origin.OFFICE})


def _words(text: str) -> list[str]:
    """The words of a name as written, without possessives and punctuation."""
    out = []
    for w in text.replace("-", " - ").split():
        w = w.strip(".,;:\"'()")
        if w.lower().endswith("'s") or w.endswith("\u2019s"):
            w = w[:-2]
        if w and w != "-":
            out.append(w)
    return out


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in NAME_FILLERS and w[:1].isupper())


def name_words(head, toks, nouns: bool = False) -> list[str] | None:
    """The proper-noun words of a bare name phrase ("Morales", "the League", "RSF"), or None
    when the phrase says more than a name ("Morales's government" is headed elsewhere).
    nouns: capitalised common nouns count too (the parser reads "Morales" as a plural)."""
    words = []
    for t in toks:
        if t.dep_ == "det" and t.lower_ == "the":
            continue
        if t.dep_ == "case" or t.is_punct:
            continue
        if t.dep_ == "prep" and t.head.i == head.i and not any(c.dep_ == "pobj" for c in t.children):
            continue        # "accused the North of provoking ...": the clause's "of", not the name's
        if not t.text[:1].isupper() or (t.pos_ != "PROPN" and not (nouns and t.pos_ == "NOUN")):
            return None
        if t.i != head.i and t.dep_ not in ("compound", "flat"):
            return None
        words.append(t.text)
    return words or None


def named_again(resolver, head, toks, memory) -> list[ActorMention] | None:
    """The actor a short name or a description refers to, or None. memory: the document's,
    with what the sentence named before the phrase."""
    text, start, end = resolver._span(toks)
    words = name_words(head, toks)
    found = None
    if words is None and head.pos_ == "NOUN" and head.text[:1].isupper():
        # a surname the parser took for a noun: only a person named before can make it one
        words = name_words(head, toks, nouns=True)
        found = person_again(memory, words) if words else None
        if found is None:
            return None
        return [ActorMention(text, start, end, found.code, found.name,
                             f"the surname of a person named before ({found.text!r})", found.origin)]
    if words:
        has_the = any(t.dep_ == "det" and t.lower_ == "the" for t in toks)
        if len(words) == 1 and words[0].lower() in COMPASS and has_the:
            found, how = _compass(memory, words[0]), f"the {words[0]} of a country named before"
        else:
            found, how = person_again(memory, words), "the surname of a person named before"
            if found is None:
                found, how = _organisation(memory, words, has_the), "a short name of an organisation named before"
    elif head.lemma_.lower() in COUNTRY_NOUNS and head.tag_ == "NN" and _described(head, toks):
        kinds = state_kinds(head.lemma_.lower())
        country = _speaker_country(resolver, head)
        if kinds is not None and country not in kinds:
            country = None
        country = country or _one_country(resolver, head, memory, kinds)
        if country is None and kinds is not None:
            return []           # no kingdom named before: no one
        if country == "":
            return []           # several countries it could be: abstain
        if country is not None:
            name = resolver.dictionary.country_name(country) or country
            return [ActorMention(text, start, end, country, name, f"description: the country {name}",
                                 Origin.DESCRIPTION, state=True)]
        return None
    if found is None:
        return None
    return [ActorMention(text, start, end, found.code, found.name, f"{how} ({found.text!r})", found.origin)]


def _described(head, toks) -> bool:
    """ "the kingdom", "the island nation", "the Gulf kingdom": a definite description with
    nothing else said of it (no possessive, no "of" phrase, no relative clause)."""
    if not any(t.dep_ == "det" and t.lower_ == "the" and t.head.i == head.i for t in toks):
        return False
    return all(t.i == head.i or (t.dep_ in ("det", "compound", "amod") and t.head.i == head.i)
               for t in toks)


def _unique(actors: list[ActorMention]) -> ActorMention | None:
    codes = {a.code for a in actors}
    return actors[0] if len(codes) == 1 else None


def person_again(memory, words: list[str]) -> ActorMention | None:
    """A person named before whose written name ends with these words ("Morales" of "Evo
    Morales", "Abdul Mahdi" of "Adel Abdul Mahdi")."""
    n = len(words)
    low = [w.lower() for w in words]
    hits = []
    for e in memory.entries:
        a = e.actor
        if a is None or not e.person or a.origin != Origin.OFFICE:
            continue
        for name in (a.text, a.name):
            ws = [w.lower() for w in _words(name)]
            if len(ws) > n and ws[-n:] == low:
                hits.append(a)
                break
    return _unique(list(reversed(hits)))


def _organisation(memory, words: list[str], has_the: bool) -> ActorMention | None:
    """An organisation named before, said again by the first words of its name ("Amnesty"),
    its last word after "the" ("the League"), or its initials ("RSF")."""
    n = len(words)
    low = [w.lower() for w in words]
    hits = []
    for e in memory.entries:
        a = e.actor
        if a is None or a.origin not in ORG_ORIGINS:
            continue
        for name in (a.text, a.name):
            ws = _words(name)
            if ws and ws[0].lower() == "the":
                ws = ws[1:]
            wl = [w.lower() for w in ws]
            if len(ws) <= n:
                continue
            if wl[:n] == low or (has_the and n == 1 and wl[-1] == low[0]):
                hits.append(a)
                break
            if n == 1 and len(words[0]) >= 2 and words[0].isupper() and _initials(ws) == words[0]:
                hits.append(a)
                break
    return _unique(list(reversed(hits)))


def _compass(memory, word: str) -> ActorMention | None:
    """ "the North" after "North Korea": the country whose name starts with the word."""
    hits = []
    for e in memory.entries:
        a = e.actor
        if a is None or a.origin not in COUNTRY_ORIGINS or is_international(a.code) or len(a.code) < 3:
            continue
        if any(_words(name)[:1] == [word] and len(_words(name)) > 1 for name in (a.text, a.name)):
            hits.append(a)
    found = _unique([_bare(a) for a in hits])
    return found


def _bare(a: ActorMention) -> ActorMention:
    return replace(a, code=a.code[:3])


def _speaker_country(resolver, head) -> str | None:
    """ "Saudi Arabia's foreign minister said the kingdom would ...": the subject of a
    clause reporting what the description did is its country."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ccomp":
        return None
    owner = resolver._owner(head)
    countries = {a.code[:3] for a in owner or [] if not is_international(a.code) and len(a.code) >= 3}
    return countries.pop() if len(countries) == 1 else None


@functools.lru_cache(maxsize=None)
def _monarchies() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for noun, country, *_ in read_rows(MONARCHIES):
        out.setdefault(noun, set()).add(country)
    everyone = set().union(*out.values())
    out["monarchy"] = everyone
    return {k: frozenset(v) for k, v in out.items()}


def state_kinds(noun: str) -> frozenset[str] | None:
    """The countries "the kingdom" (emirate, sultanate, monarchy) may be; None for a noun any
    country may be called ("the country", "the nation")."""
    return _monarchies().get(noun)


def _one_country(resolver, head, memory, kinds=None) -> str | None:
    """The one country named in the recent sentences (and before the description in its own),
    not the subject of its own clause; "" if several, None if none. kinds: the countries
    it may be (state_kinds), or None for any."""
    exclude = resolver._excluded(head)
    countries = set()
    for e in memory.entries:
        a = e.actor
        if a is None or memory.sentence - e.sentence > WINDOW or is_international(a.code) \
                or len(a.code) < 3 or a.code[:3] == "---" or a.origin == Origin.STORY_COUNTRY:
            continue
        if e.sentence == memory.sentence and (a.start, a.code) in exclude:
            continue
        if kinds is not None and a.code[:3] not in kinds:
            continue        # "the kingdom": of the monarchies named only
        countries.add(a.code[:3])
    if len(countries) > 1:
        return ""
    return countries.pop() if countries else None
