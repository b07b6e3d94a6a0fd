"""Does a verb pattern's words match the words around a verb?

A pattern (verb_patterns.tsv) lists words before and after the verb; they must occur
in that order, not necessarily next to each other. Words may be plain ("ambassadors"),
synsets ("&TIETYPES") or joined ("diplomatic=relations": the parts follow each other).
"""
from __future__ import annotations

import functools
from spacy.symbols import ADJ, DET, cc as _CC

from .patterns import FUNCTION_WORDS, Pattern, VerbDictionary, word_match

MARKERS = ("+", "$", "^", "*", "%")       # slots and skips, not words to match


@functools.lru_cache(maxsize=65536)
def _words(words: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """A pattern side's words without markers, and whether they are all plain words (no
    synsets, no joined words): read once per pattern, not once per verb."""
    kept = tuple(w for w in words if w not in MARKERS)
    return kept, not any(w[0] == "&" or "=" in w for w in kept)


MODIFIER_DEPS = ("compound", "nmod", "amod", "conj")
_LOOSE_POS = frozenset({ADJ, DET})


def loose_words(toks) -> dict:
    """index -> DET or ADJ for the words a joined pattern word may pass over, and CC for an
    "and" joining two modifiers of one noun ("death and injury toll": the parts of
    "death=toll" are 'death' and 'toll' with "and injury" between them)."""
    out = {k: t.pos_ for k, t in enumerate(toks) if t.pos in _LOOSE_POS}
    for k, t in enumerate(toks[:-2]):
        if t.dep != _CC:            # integer labels: this runs on the words around every verb
            continue
        first, second, noun = t.head, toks[k + 1], toks[k + 2]
        # the first modifier, "and", the second modifier and the noun, in a row
        if first.dep_ in MODIFIER_DEPS and first.head.i == noun.i \
                and noun.pos_ in ("NOUN", "PROPN") and (second.i, noun.i) == (t.i + 1, t.i + 2) \
                and second.dep_ in MODIFIER_DEPS and second.head.i in (first.i, noun.i):
            out[k] = "CC"
    return out


class Around:
    """The words before and after one verb, with the sets that rule most patterns out
    without a scan: a plain pattern word matches only a token equal to it (exact words)
    or starting with it."""

    __slots__ = ("before", "after", "loose", "_sets")

    def __init__(self, before: list[str], after: list[str], loose: tuple[dict, dict]):
        self.before, self.after, self.loose = before, after, loose
        self._sets: dict = {}

    def words(self, side: int, exact: bool) -> set[str]:
        found = self._sets.get((side, exact))
        if found is None:
            toks = self.after if side else self.before
            found = set(toks) if exact else {t[:k] for t in toks for k in range(1, len(t) + 1)}
            self._sets[(side, exact)] = found
        return found


class PatternMatcher:
    def __init__(self, verbs: VerbDictionary):
        self.verbs = verbs
        self._needs: dict[int, tuple] = {}     # id(pattern) -> (pattern, its plain words)

    def needs(self, pattern: Pattern) -> tuple:
        """(side, exact, word) of each plain word of a pattern: 0 before the verb, 1 after."""
        found = self._needs.get(id(pattern))
        if found is None or found[0] is not pattern:
            words = []
            for side, ws in ((0, pattern.before), (1, pattern.after)):
                for w in ws:
                    if w in MARKERS or w[0] == "&" or "=" in w:
                        continue
                    exact = w.endswith("_") or w in FUNCTION_WORDS
                    words.append((side, exact, w.rstrip("_") if exact else w))
            found = self._needs[id(pattern)] = (pattern, tuple(words))
        return found[1]

    def matches_around(self, pattern: Pattern, around: Around) -> bool:
        """matches(), after a quick look for each plain word of the pattern in its side."""
        for side, exact, w in self.needs(pattern):
            if w not in around.words(side, exact):
                return False
        return self.matches(pattern, around.before, around.after, around.loose)

    def matches(self, pattern: Pattern, before: list[str], after: list[str],
                loose: tuple[dict, dict] = ({}, {})) -> bool:
        return (self.subsequence(pattern.before, before, from_end=True, loose=loose[0])
                and self.subsequence(pattern.after, after, loose=loose[1]))

    def first_after(self, pattern: Pattern, around: Around) -> int:
        """Where the first word after the verb of a pattern matches (the number of words after
        the verb when the pattern names none or it does not match)."""
        words = [w for w in pattern.after if w not in MARKERS]
        tokens = around.after
        if words:
            for pos in range(len(tokens)):
                if self.length(words[0], tokens, pos, around.loose[1]):
                    return pos
        return len(tokens)

    def length(self, word: str, tokens, pos: int, loose: dict) -> int:
        """Tokens matched by a pattern word at pos; the parts of "a=b" follow each other, with
        determiners between them ("agreed on the importance") and adjectives before a synset
        part (loose: index -> DET or ADJ), as PETRARCH reads {NEW &TIETYPES RELATIONS} in
        "new global economic relations", and a second modifier joined by "and" (CC)."""
        if "=" not in word:
            if word[0] != "&":          # a plain word: the common case, kept cheap
                return 1 if pos < len(tokens) and word_match(word, tokens[pos]) else 0
            return self.verbs.match_length(word, tokens, pos)
        start = pos
        for k, part in enumerate(word.split("=")):
            n = self.verbs.match_length(part, tokens, pos)
            while not n and k and (loose.get(pos) == "DET" or (part[0] == "&" and loose.get(pos) == "ADJ")):
                pos += 1
                n = self.verbs.match_length(part, tokens, pos)
            if not n and k and loose.get(pos) == "CC":
                pos += 2        # "death and injury toll": "and injury" between "death" and "toll"
                n = self.verbs.match_length(part, tokens, pos)
            if not n:
                return 0
            pos += n
        return pos - start

    def subsequence(self, words, tokens, from_end=False, loose: dict | None = None) -> bool:
        words, plain = _words(tuple(words))
        if not words:
            return True
        if plain:
            # plain words only (most patterns): one greedy scan, from the verb outwards
            if from_end:
                words, tokens = words[::-1], tokens[::-1]
            i = 0
            for tok in tokens:
                if word_match(words[i], tok):
                    i += 1
                    if i == len(words):
                        return True
            return False

        def match(w, j):
            return self.length(w, tokens, j, loose or {})

        if from_end:
            # the words in order, ending as late as possible before the verb
            end = len(tokens)
            for w in reversed(words):
                j = end - 1
                while j >= 0 and not (0 < match(w, j) <= end - j):
                    j -= 1
                if j < 0:
                    return False
                end = j
            return True
        pos = 0
        for w in words:
            while pos < len(tokens) and not match(w, pos):
                pos += 1
            if pos >= len(tokens):
                return False
            pos += match(w, pos)
        return True
