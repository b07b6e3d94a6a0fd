"""The short forms a document may name its actors by later, for the cheap candidate filter.

The filter (pipeline.py) parses a sentence only if it may name an actor; before parsing it
sees only dictionary matches and pointing words. Actors named again in other words
(again.py, pointing.py) would pass unseen: "Morales" after "President Evo Morales", "the
League" and "the RSF" after the full names, "the South" after "South Korea", "the kingdom"
after a country, "the court" or "the agencies" after organisations, "Ledezma" after "General
Jaime Ledezma". While the sentences are read in order, each match leaves its short forms
here; a later sentence with one of them (descriptions only after "the") is a candidate.
"""
from __future__ import annotations

from .again import COMPASS, COUNTRY_NOUNS, NAME_FILLERS

COUNTRY_KINDS = frozenset({"name", "adjective", "people", "capital", "metonym"})
ORG_KINDS = frozenset({"organisation", "group"})
# what any organisation may be called: "the agency", "the aid groups" (pointing.ORG_NOUNS)
ORG_WORDS = frozenset({"agency", "agencies", "organisation", "organisations", "organization",
                       "organizations", "group", "groups", "charity", "charities", "body"})
THE_REACH = 4           # a description's noun may stand this many words after "the"


class ShortNames:
    """Short forms of the actors one document has named so far."""

    def __init__(self):
        self.names: set[str] = set()        # surnames, first words, initials: anywhere
        self.described: set[str] = set()    # nouns and compass words: only after "the"

    def add(self, words: list[str], toks, matches) -> None:
        """Remember the short forms of one sentence's matches (words: normalised tokens)."""
        for m in matches:
            span = words[m.start:m.end]
            kinds = m.kinds
            if "person" in kinds and len(span) > 1:
                self._name(span[-1])
            if kinds & ORG_KINDS:
                core = [w for w in span if w not in NAME_FILLERS]
                if len(core) > 1:
                    self._name(core[0])
                    self.described.add(core[-1])
                caps = [t.text for t in toks[m.start:m.end] if t.text[:1].isupper()
                        and t.text.lower() not in NAME_FILLERS]
                if len(caps) > 1:
                    self.names.add("".join(w[0] for w in caps).lower())
                self.described |= ORG_WORDS
            if kinds & COUNTRY_KINDS:
                self.described |= COUNTRY_NOUNS
                if len(span) > 1 and span[0] in COMPASS:
                    self.described.add(span[0])
            if kinds == frozenset({"agent"}):
                # a title before a name no dictionary knows: "General Jaime Ledezma"
                i = m.end
                while i < len(toks) and toks[i].text[:1].isupper() and toks[i].is_alpha:
                    i += 1
                if i - m.end >= 2:
                    self._name(words[i - 1])
                # set beside it: "the defence minister, Hulusi Akar," (actors/titled.py)
                self._beside(words, toks, m.start, m.end)

    def _beside(self, words, toks, start: int, end: int) -> None:
        """The surname of a name of two or more capitalised words just after ", " behind a role,
        or just before ", the/a ... role"."""
        def run(i, step):
            j = i
            while 0 <= j < len(toks) and toks[j].text[:1].isupper() and toks[j].is_alpha:
                j += step
            return j
        if end + 1 < len(toks) and toks[end].text == ",":
            j = run(end + 1, 1)
            if j - (end + 1) >= 2:
                self._name(words[j - 1])
        k = start - 1
        while k >= 0 and start - k <= THE_REACH and toks[k].text != ",":
            k -= 1
        if k >= 2 and toks[k].text == "," and toks[k + 1].lower_ in ("the", "a", "an"):
            j = run(k - 1, -1)
            if (k - 1) - j >= 2:
                self._name(words[k - 1])

    def _name(self, word: str) -> None:
        if len(word) > 2 and word.isalpha() and word not in NAME_FILLERS:
            self.names.add(word)

    def mentioned(self, words: list[str]) -> bool:
        """Does the sentence say a short form of an actor named before?"""
        if not self.names and not self.described:
            return False
        last_the = -THE_REACH - 1
        for i, w in enumerate(words):
            if w == "the":
                last_the = i
            elif w in self.names or (w in self.described and i - last_the <= THE_REACH):
                return True
        return False
