"""Typographic apostrophes of plural possessives read as plain ones. Newspapers set
"officials’ lives" with U+2019; the parser reads a plural possessive written so as a separate
word ("officials" the object, "’" a particle), losing the clause ("Britain’s" it reads well,
and that stays as written). The text read has the plain apostrophe instead, one character
for one, so every offset still points into the original (which the events show)."""
from __future__ import annotations

import re

# after a plural's s and before a word ("officials’ lives")
_APOSTROPHE = re.compile(r"(?<=[a-z]s)\u2019(?= [a-z])")
OPEN = "\u2018"        # an opening single quote: its closing one is no apostrophe ("‘the officials’ said")


def _closes_quote(text: str, at: int) -> bool:
    before = text[max(0, at - 200):at]
    return before.rfind(OPEN) > before.rfind("\u2019")


def plain(text: str) -> str:
    """`text` with its plural possessives' apostrophes as ASCII ones (same length)."""
    if "\u2019" not in text:
        return text
    return _APOSTROPHE.sub(lambda m: m.group() if _closes_quote(text, m.start()) else "'", text)
