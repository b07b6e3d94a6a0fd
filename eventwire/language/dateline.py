"""Datelines: where a story was filed.

Wire stories open with the place (and often the date and the agency) before a dash or a
colon: "CAIRO, May 4 (Reuters) - Egypt and Sudan agreed ...", "KABUL (AP) — ...",
"WASHINGTON — ...", "Harare, June 23 - ...". The dateline is no part of the first sentence:
it is never an actor, never a subject; it tells where the story was filed (the places stage
reads it for the event place, the pipeline for the story's country).

What counts as a dateline:
- an upper-case place name ("KABUL", "THE HAGUE", "GOMA, Congo") before the dash (before a
  bare colon only a name the caller knows as a place: not a headline "TALKS FAIL:");
- a title-case one ("Harare") only with a date or an agency after it, or when the caller
  knows the name as a place (`is_place`);
- in a text written all in lower case ("surat: the overall ..."), a name the caller knows as a
  place, before a colon or a spaced dash.
It is looked for at the start of the text or of one of its first lines, when the lines before
it read as a headline or a byline (no sentence stop at their end).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY}|\d{{4}}-\d\d-\d\d)")
# one word of a place name: letters with inner apostrophes, dots or hyphens ("ST.", "AL-ARISH")
_WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?"
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}"

_DATELINE = re.compile(
    rf"""(?P<place>{_NAME})
        (?:,[ \t]*(?!{_DATE}\b)(?P<region>{_NAME}))?
        (?:,?[ \t]*(?P<date>{_DATE}))?
        (?:[ \t]*(?P<agency>[(\[][^\W\d_][\w .&'/-]{{0,30}}[)\]]))?
        [ \t]*(?P<dash>[—–]|--?(?=\s)|:(?=\s))\s*""", re.X)

MAX_LINES = 3          # a dateline may follow a headline and a byline
_STOP = re.compile(r"[.!?][\"'”’)]*\s*$")


@dataclass(frozen=True)
class Dateline:
    start: int              # character offsets in the text: the whole dateline, dash included
    end: int                # where the story's first sentence starts
    place: str
    place_start: int
    place_end: int
    region: str | None = None     # "GOMA, Congo": the region or country after the place
    date: str | None = None
    agency: str | None = None


def find(text: str, is_place: Optional[Callable[[str], bool]] = None) -> Dateline | None:
    """The dateline opening `text`, if any. `is_place(name)` says whether a name is a known
    place; without it only upper-case names and names with a date or an agency are read."""
    lower_text = not any(c.isupper() for c in text[:300])
    pos = 0
    for _ in range(MAX_LINES):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        m = _DATELINE.match(text, pos, line_end)
        if m and _accept(m, lower_text, is_place):
            return Dateline(m.start(), m.end(), m.group("place"), m.start("place"), m.end("place"),
                            m.group("region"), m.group("date"), m.group("agency"))
        line = text[pos:line_end]
        if line_end >= len(text) or _STOP.search(line) or len(line.split()) > 25:
            return None         # a sentence of the story: no dateline after it
        pos = line_end + 1
    return None


def _accept(m: re.Match, lower_text: bool, is_place) -> bool:
    name = m.group("place")
    letters = [c for c in name if c.isalpha()]
    if lower_text:
        return (name.islower() and m.group("dash") in (":", "-", "--", "—", "–")
                and is_place is not None and is_place(name))
    if not name[0].isupper():
        return False
    if all(c.isupper() for c in letters):
        if m.group("agency") or m.group("date"):
            return True
        if m.group("dash") == ":" and is_place is not None:
            return is_place(name)      # "NEW DELHI:", not an upper-case headline "TALKS FAIL:"
        return len(letters) >= 3
    # title case: every word capitalised (or a short particle: "Dar es Salaam", "La Paz")
    words = name.split()
    if not all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in words):
        return False
    if m.group("date") or m.group("agency"):
        return True
    return is_place is not None and is_place(name)
