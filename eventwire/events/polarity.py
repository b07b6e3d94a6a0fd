"""The polarity of a judgement's words: which code a predicate's word gives ("a liar", "reckless":
111 criticize or denounce; "a hero", "courageous": 051 praise or endorse; "null and void": 120
reject), or none when the word is neutral or unknown ("called the talks important").

Two sources, read in order: the hand-written lists of judgements.yaml (priority: their words
are chosen for news and politics), then judgement_words.tsv, derived from the VADER sentiment
lexicon by scripts/derive_judgement_words.py. Set phrases ("out of line", "a stab in the back")
are matched on the words of the predicate as written."""
from __future__ import annotations

from pathlib import Path

from ..tsv import read_rows

DATA = Path(__file__).parent / "data"
DERIVED = DATA / "judgement_words.tsv"
KINDS = (("praise", "051"), ("disapprove", "111"), ("reject", "120"))


class Polarity:
    def __init__(self, hand: dict, derived: Path | None = DERIVED):
        self.codes: dict[str, str] = {}
        for key, code in KINDS:
            for w in hand.get(key) or ():
                self.codes[str(w).lower()] = code
        self.neutral = frozenset(str(w).lower() for w in hand.get("neutral") or ())
        self.derived: dict[str, str] = {}
        if derived is not None and derived.exists():
            for word, code, *_ in read_rows(derived, header=False):
                self.derived[word] = code
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        for key, code in KINDS:
            for p in hand.get(f"{key}_phrases") or ():
                self.phrases.append((tuple(str(p).lower().split()), code))

    def word(self, tok) -> str | None:
        """The code a token's word gives, hand lists first; None when neutral or unknown."""
        for w in (tok.lower_, tok.lemma_.lower()):
            if w in self.neutral:
                return None
            if w in self.codes:
                return self.codes[w]
        for w in (tok.lower_, tok.lemma_.lower()):
            if w in self.derived:
                return self.derived[w]
        return None

    def phrase(self, toks) -> str | None:
        """The code of a set phrase the tokens (in order) hold: "way out of line" -> 111."""
        words = [t.lower_ for t in toks if not t.is_punct]
        for phrase, code in self.phrases:
            n = len(phrase)
            if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
                return code
        return None
