"""Cheap sentence splitting with character offsets.

Line breaks always end a sentence (news text puts paragraphs on lines); inside
a line a sentence ends at . ! ? (and closing quotes) followed by a space and a
capital letter, a digit or an opening quote, unless the word before the stop
is a known abbreviation or a single capital letter (initials, "U.S."). In text written
without case distinctions (all lower case, see `caseless_lines`) any letter may start
the next sentence.
"""
from __future__ import annotations

import re
from typing import Iterator

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c", "approx", "dept", "est", "fig", "mt", "ft",
}

_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_END_CASELESS = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[^\W_])")
_LETTERS = re.compile(r"[^\W\d_]+")

MIN_WORDS = 3            # a shorter line is never taken for caseless
MAX_ODD_SHARE = 0.02     # a caseless line may have 2% of its words in the other case
MIN_DOC_SHARE = 0.5      # caseless lines must hold this share of the document's words
_MAX_LEN = 2000   # a "sentence" longer than this is cut at spaces (runaway text without stops)


def _is_abbreviation(text: str, stop: int) -> bool:
    word_start = stop
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop].strip("\"'“‘(").lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # initials and dotted acronyms: "J.", "U.S", "a.m"
    return len(word) == 1 or (word.count(".") >= 1 and len(word.replace(".", "")) <= 3)


def line_case(line: str) -> str | None:
    """'lower' or 'upper' for a line written without case distinctions, else None."""
    first = _LETTERS.search(line)
    if first is None or not (first.group()[0].islower() or first.group().isupper()):
        return None                     # the usual line: "The ..." (and quick to tell)
    words = _LETTERS.findall(line, first.start())
    if len(words) < MIN_WORDS:
        return None
    allowed = int(len(words) * MAX_ODD_SHARE)
    if words[0][0].islower():
        if sum(1 for w in words if not w.islower()) <= allowed:
            return "lower"
    elif sum(1 for w in words if not w.isupper()) <= allowed:
        return "upper"
    return None


def caseless_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'lower'|'upper') of the lines written without case distinctions; [] unless
    such lines hold most of the document's words (a headline in capitals is ordinary text)."""
    found, pos = [], 0
    for line in text.splitlines(keepends=True):
        case = line_case(line)
        if case is not None:
            found.append((pos, pos + len(line), case))
        pos += len(line)
    if not found:
        return []
    caseless = sum(len(_LETTERS.findall(text, s, e)) for s, e, _ in found)
    if caseless < MIN_DOC_SHARE * len(_LETTERS.findall(text)):
        return []
    return found


def split_sentences(text: str, caseless: list[tuple[int, int, str]] | None = None
                    ) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character spans of the sentences of `text`; `caseless` is
    `caseless_lines(text)` when the caller has it."""
    if caseless is None:
        caseless = caseless_lines(text)
    lower = {start for start, _, case in caseless if case == "lower"}
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        start = line_start
        ends = _END_CASELESS if line_start in lower else _END
        for m in ends.finditer(line):
            stop = line_start + m.start()
            if _is_abbreviation(text, stop):
                continue
            end = line_start + m.end()
            yield from _trimmed(text, start, end)
            start = end
        yield from _trimmed(text, start, pos)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    while end - start > _MAX_LEN:
        cut = text.rfind(" ", start, start + _MAX_LEN)
        if cut <= start:
            cut = start + _MAX_LEN
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
