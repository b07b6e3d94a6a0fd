"""What ingest did to a batch: repairs and skips by kind, exact duplicates, for the summary."""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from ..records import Document, Skipped

__all__ = ["IngestTally", "repair_kinds", "skip_kind"]

# repair note (prefix) -> kind; notes not listed are not repairs ("date header", ...)
_REPAIR_KINDS = (
    ("mojibake", "mojibake"),
    ("html", "html"),
    ("replacement chars", "replacement chars"),
    ("NUL bytes", "NUL bytes"),
    ("control chars", "control chars"),
    ("decoded as UTF-16", "UTF-16"),
    ("decoded as UTF-32", "UTF-32"),
    ("decoded as cp1252", "latin-1"),
    ("decoded as latin-1", "latin-1"),
    ("mixed UTF-8", "latin-1"),
    ("whitespace", "whitespace"),
    ("hard line wraps", "line wraps"),
    ("unicode normalised", "unicode"),
    ("duplicate doc_id", "doc id"),
    ("unusable doc_id", "doc id"),
    ("unparseable date", "bad date"),
    ("invalid date", "bad date"),
)

# skip reason (regex on its start) -> kind; the first that matches wins
_SKIP_KINDS = [(re.compile(p), k) for p, k in (
    (r"(empty file|whitespace-only|text is empty|text field is null)", "empty"),
    (r"binary file", "binary"),
    (r"corrupt or truncated gzip", "corrupt gzip"),
    (r"not valid JSON", "malformed line"),
    (r"line \d+: (unclosed|broken) quote", "malformed line"),
    (r"line \d+: \d+ fields?", "ragged row"),
    (r"not English", "not English"),
    (r"(file too large|text too long|line \d+ too long|JSON file too large)", "too long"),
    (r"(no text|text field is not|.* is not a JSON object)", "no text"),
    (r"no such file", "missing"),
    (r"(permission denied|cannot read|read error|is a directory)", "unreadable"),
)]


def repair_kinds(repairs: list[str]) -> list[str]:
    """The kinds of the repairs done to one document, each once, in order."""
    kinds: list[str] = []
    for note in repairs:
        for prefix, kind in _REPAIR_KINDS:
            if note.startswith(prefix):
                if kind not in kinds:
                    kinds.append(kind)
                break
    return kinds


def skip_kind(reason: str) -> str:
    for pattern, kind in _SKIP_KINDS:
        if pattern.match(reason):
            return kind
    # else the reason's first words
    return re.split(r"[(:;,]", reason, maxsplit=1)[0].strip()[:40] or "other"


class IngestTally:
    """Counts what came out of `read_inputs`; `duplicate_of` finds exact repeats of a text."""

    def __init__(self) -> None:
        self.repaired = 0
        self.repairs: Counter = Counter()
        self.skips: Counter = Counter()
        self.duplicates = 0
        self._texts: dict[bytes, str] = {}

    @property
    def skipped(self) -> int:
        return sum(self.skips.values())

    def skip(self, item: Skipped) -> None:
        self.skips[skip_kind(item.reason)] += 1

    def document(self, doc: Document) -> None:
        kinds = repair_kinds(doc.repairs)
        if kinds:
            self.repaired += 1
            self.repairs.update(kinds)

    def duplicate_of(self, doc: Document) -> str | None:
        """The doc_id of an earlier document with this text and this doc_id (the same input
        read twice; the reader renamed the second "id~2"), else None (and remember it).
        The same text under another id is another article: with a store it counts as a copy."""
        original = _original_id(doc)
        key = hashlib.blake2b(f"{original}\x00{doc.text}".encode("utf-8", "surrogatepass"),
                              digest_size=16).digest()
        first = self._texts.get(key)
        if first is None:
            self._texts[key] = doc.doc_id
            return None
        self.duplicates += 1
        return first

    def summary(self) -> str:
        """e.g. "2 repaired (mojibake 1, html 1), 3 skipped (empty 2, binary 1)"."""
        parts = [f"{self.repaired} repaired" + _kinds(self.repairs),
                 f"{self.skipped} skipped" + _kinds(self.skips)]
        if self.duplicates:
            n = self.duplicates
            parts.append(f"{n} exact duplicate{'' if n == 1 else 's'} (not coded)")
        return ", ".join(parts)


def _original_id(doc: Document) -> str:
    for note in doc.repairs:
        if note.startswith("duplicate doc_id ") and note.endswith(" renamed"):
            return note[len("duplicate doc_id "):-len(" renamed")]
    return repr(doc.doc_id)


def _kinds(counts: Counter) -> str:
    if not counts:
        return ""
    return " (" + ", ".join(f"{k} {n}" for k, n in counts.most_common()) + ")"
