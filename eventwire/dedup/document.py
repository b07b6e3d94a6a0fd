"""One event per document for each (source, target, code), however many sentences repeat it."""
from __future__ import annotations

import hashlib

from ..events.codebook import Codebook
from ..records import Event, EventMention

# roots and codes where the direction carries no meaning: A meets B is B meets A
SYMMETRIC_ROOTS = frozenset({"04"})
SYMMETRIC_CODES = frozenset({"030", "031", "036", "037", "046", "057", "06", "060", "061", "062"})


def is_symmetric(code: str) -> bool:
    return code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES


def event_key(m: EventMention) -> tuple[str, str, str]:
    s, t = m.source.code, m.target.code
    if is_symmetric(m.code) and t < s:
        s, t = t, s
    return s, t, m.code


def event_id(doc_hash: str, key: tuple[str, str, str]) -> str:
    return hashlib.sha1("|".join((doc_hash,) + key).encode()).hexdigest()[:16]


def merge_document(doc_hash: str, mentions: list[EventMention], codebook: Codebook) -> list[Event]:
    groups: dict[tuple[str, str, str], list[EventMention]] = {}
    for m in mentions:
        groups.setdefault(event_key(m), []).append(m)
    events = []
    for key, ms in groups.items():
        first = ms[0]
        info = codebook.get(first.code)
        events.append(Event(
            event_id=event_id(doc_hash, key), code=first.code, root=first.code[:2],
            plover=info.plover if info else None, goldstein=info.goldstein if info else None,
            quad_class=info.quad_class if info else 0, source=first.source, target=first.target,
            date=first.date, date_precision=first.date_precision, mentions=ms))
    return events
