"""Pairs that are no interaction between two actors, whatever the verb's pattern says.

- A force posture (15) whose target is the doer's own armed force: "Tehran has entrenched its
  military in the country, deploying fighters from the Revolutionary Guards" - the fighters are
  what is deployed, not whom the posture is aimed at.
- A release whose object is a record ("released video of soldiers it had captured", "released
  images of the prisoners"): the record is published, the people in it are not freed.
- Information shared (064) with the party a warning is about: "warning of Iranian plots" shares
  nothing with Iran; the one warned is the addressee, never an actor inside the "of" phrase.
Words in data/instruments.tsv.
"""
from __future__ import annotations

from pathlib import Path

from ..actors.codes import country_part
from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "instruments.tsv"
ARMED_ROLES = ("MIL", "UAF", "COP", "SPY")


def _load() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, word, *_ in read_rows(DATA, header=False):
        out.setdefault(kind.strip(), set()).add(word.strip())
    return {k: frozenset(v) for k, v in out.items()}


WORDS = _load()


def _own_force(source_code: str, target_code: str) -> bool:
    return len(target_code) >= 6 and target_code[3:6] in ARMED_ROLES and \
        country_part(target_code) == country_part(source_code)


def _released_record(verb) -> bool:
    if verb.lemma_.lower() not in WORDS["release_verb"]:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WORDS["record"] for c in verb.children)


def _topic_spans(verb) -> list[tuple[int, int]]:
    """Character spans (from the sentence's start) of the verb's "of"/"about" phrases."""
    base = verb.sent.start_char
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            toks = list(c.subtree)
            out.append((toks[0].idx - base, toks[-1].idx + len(toks[-1].text) - base))
    return out


def no_interaction(pairs: list, code: str, verb) -> list:
    """The (source, target) pairs left once those the module's doc describes are dropped."""
    if code[:3] == "064":
        spans = _topic_spans(verb)
        pairs = [(s, t) for s, t in pairs if not any(a <= t.start and t.end <= b for a, b in spans)]
    if code[:2] == "15":
        pairs = [(s, t) for s, t in pairs if not _own_force(s.code, t.code)]
    if code[:2] == "08" and _released_record(verb):
        return []
    return pairs
