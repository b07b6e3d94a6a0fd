"""Cheap sentence splitting with character offsets.

Line breaks always end a sentence (news text puts paragraphs on lines); inside
a line a sentence ends at . ! ? (and closing quotes) followed by a space and a
capital letter, a digit or an opening quote, unless the word before the stop
is a known abbreviation or a single capital letter (initials, "U.S.").
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


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character spans of the sentences of `text`."""
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        start = line_start
        for m in _END.finditer(line):
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
