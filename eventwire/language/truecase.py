"""Likely capitals for text written without case distinctions, before it is parsed.

Scraped local news often arrives all lower case, wire headlines and old teletype all upper
case. The parser reads capitals as a sign of names and of sentence starts, and the sentence
splitter wants a capital after a full stop, so such text yields (almost) no events. This
restores the usual casing of what we can recognise:

* names from the actor dictionaries (countries, capitals, people, organisations, groups) and
  the gazetteer's countries, divisions and larger towns take their dictionary casing ("new
  delhi" -> "New Delhi"); a single word that is also an ordinary English word ("rice",
  "reading") is left alone unless it names a country ("turkey", "chad");
* weekdays, and months next to a number ("march 13"), are capitalised;
* a title before a name ("president amadou diallo", "army chief general ...") is capitalised
  with the name: a dictionary name, or up to four words that are not ordinary English
  (titles in data/titles.tsv);
* sentence starts and "i" are capitalised.

Only lines written without case are touched, and only when such lines make up most of
the document: ordinary text (with an upper-case headline or a lower-case tag line) is
returned unchanged. The result has the same length as the input, character for character
(a character whose other case is longer, like "ß", is kept), so every offset into it is an
offset into the original; :func:`restore` maps strings cut from the recased text back.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Mapping

from ..places.normal import name_key
from ..tsv import read_tsv
from .sentences import caseless_lines, split_sentences

_WORD = re.compile(r"[^\W_]+")
_OPENING = re.compile(r"[\s\"'“‘(\[]*")

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_NUMBER = re.compile(r"\d")
# words kept lower inside a name ("Bank of England", "the Kremlin")
LINKS = frozenset("of the and for in on at to de du des la le el al da di do del van von bin".split())
# single-word entries of these kinds name a country or its government: capitalised even
# when the word is also an English word ("turkey", "chad", "polish")
COUNTRY_KINDS = frozenset({"name", "adjective", "people", "capital", "metonym"})
NAME_KINDS = COUNTRY_KINDS | {"organisation", "group", "person"}
MAX_NAME_WORDS = 8
TITLES = Path(__file__).parent / "data" / "titles.tsv"
MAX_TITLED_WORDS = 4


def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def _upper(c: str) -> str:
    up = c.upper()
    return up if len(up) == 1 else c


def _cased_word(word: str, form: str) -> str:
    """`word` (lower case) in the casing of `form` (same word, any case): letter by letter
    when they align, else capitalised if `form` is."""
    if len(form) == len(word):
        return "".join(_upper(c) if f.isupper() else c for c, f in zip(word, form))
    return _upper(word[0]) + word[1:] if form[:1].isupper() else word


class Truecaser:
    """Restores casing with a table of names: name key (``places.normal.name_key``) ->
    the name as it is usually written."""

    def __init__(self, names: Mapping[str, str], english: frozenset[str] = frozenset(),
                 stop: frozenset[str] = frozenset(), titles: Mapping[str, str] | None = None):
        self._english = english | stop
        self._titles = dict(titles or {})
        self._names: dict[tuple[str, ...], list[str]] = {}
        self._longest: dict[str, int] = {}
        for key, form in names.items():
            words = tuple(key.split())
            forms = _WORD.findall(form)
            if not words or len(words) > MAX_NAME_WORDS or len(forms) != len(words):
                continue
            self._names[words] = forms
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))

    def __call__(self, text: str, caseless: list[tuple[int, int, str]] | None = None) -> str:
        """`text` with likely capitals restored (itself when it has case distinctions);
        `caseless` is `caseless_lines(text)` when the caller has it."""
        if caseless is None:
            caseless = caseless_lines(text)
        if not caseless:
            return text
        chars = list(text)
        for start, end, case in caseless:
            self._recase_line(chars, text, start, end, case)
        # sentence starts, as the sentence splitter reads the original text
        inside = [(s, e) for s, e, _ in caseless]
        for start, _ in split_sentences(text, caseless):
            if any(s <= start < e for s, e in inside):
                self._capitalise(chars, _OPENING.match(text, start).end())
        return "".join(chars)

    def _recase_line(self, chars: list[str], text: str, start: int, end: int, case: str) -> None:
        line = text[start:end]
        # everything in lower case first; "US" in an upper-case line stays the country
        keep = {m.start() + k for m in re.finditer(r"\bUS\b", line) for k in (0, 1)} \
            if case == "upper" else set()
        for i in range(start, end):
            if i - start not in keep:
                chars[i] = _lower(text[i])
        low = "".join(chars[start:end])
        words = [(m.start(), m.end(), name_key(m.group())) for m in _WORD.finditer(low)]
        named: set[int] = set()         # indexes of the words recased as names
        i = 0
        while i < len(words):
            s, e, w = words[i]
            n = self._match(words, i)
            if n:
                named.update(range(i, i + n))
                for (ws, we, _), form in zip(words[i:i + n], self._names[tuple(x[2] for x in words[i:i + n])]):
                    self._put(chars, start + ws, _cased_word(low[ws:we], form))
                i += n
                continue
            # weekdays, months by a number, "i" ("i'm" too; not "i.e.")
            if w in WEEKDAYS or w == "i" and low[e:e + 2] != ".e" or \
                    w in MONTHS and self._by_number(low, s, e):
                self._put(chars, start + s, _upper(low[s]) + low[s + 1:e])
            i += 1
        if self._titles:
            self._titled(chars, start, low, words, named)

    def _joined(self, low: str, a, b) -> bool:
        """Are words a and b next to each other (a space or a hyphen between)?"""
        return not low[a[1]:b[0]].strip(" -")

    def _unknown(self, w: str) -> bool:
        """A word that may be part of a name: letters, not an ordinary word, not a title (with
        no word list to tell, none)."""
        return bool(self._english) and w.isalpha() and len(w) > 1 and w not in self._english and w not in self._titles \
            and w not in WEEKDAYS and w not in MONTHS

    def _titled(self, chars: list[str], start: int, low: str, words, named: set[int]) -> None:
        """'president amadou diallo' -> 'President Amadou Diallo': a title followed by a name
        (one recased from the dictionary, or words that are no ordinary English) is written
        with capitals, with the title words before it ("prime minister", "army chief")."""
        for i, (s, e, w) in enumerate(words):
            if self._titles.get(w) != "head" or i + 1 >= len(words) or not self._joined(low, words[i], words[i + 1]):
                continue
            j = i + 1
            if j not in named:
                while j < len(words) and j - i <= MAX_TITLED_WORDS and self._joined(low, words[j - 1], words[j]) and (
                        self._unknown(words[j][2]) or words[j][2] in LINKS and j > i + 1 and j + 1 < len(words)
                        and self._unknown(words[j + 1][2])):
                    j += 1
                if j == i + 1:
                    continue
                for k in range(i + 1, j):
                    if words[k][2] not in LINKS:
                        self._capitalise(chars, start + words[k][0])
            k = i
            while k >= 0 and words[k][2] in self._titles and (k == i or self._joined(low, words[k], words[k + 1])):
                self._capitalise(chars, start + words[k][0])
                k -= 1

    def _match(self, words, i: int) -> int:
        """The number of words of the longest name starting at word i (0 if none)."""
        longest = self._longest.get(words[i][2], 0)
        for n in range(min(longest, len(words) - i), 0, -1):
            # the words of a name are separated by spaces, hyphens or dots only
            if n > 1 and any(words[k + 1][0] - words[k][1] > 2 for k in range(i, i + n - 1)):
                continue
            if tuple(x[2] for x in words[i:i + n]) in self._names:
                return n
        return 0

    @staticmethod
    def _by_number(low: str, s: int, e: int) -> bool:
        """'march 13', '13 march': a month name, not the verb."""
        return bool(_NUMBER.match(low[e:e + 4].lstrip())) or bool(_NUMBER.search(low[max(0, s - 4):s]))

    @staticmethod
    def _put(chars: list[str], at: int, word: str) -> None:
        chars[at:at + len(word)] = list(word)

    @staticmethod
    def _capitalise(chars: list[str], at: int) -> None:
        if at < len(chars):
            chars[at] = _upper(chars[at])


# ---- the table of names --------------------------------------------------------------------

def _title(key: str, kind: str) -> str:
    """A name's likely casing (from its key) when its display name does not give it."""
    words = key.split()
    core = [w for w in words if w not in LINKS]
    short = 4 if kind in ("organisation", "group") else 3
    if len(core) == 1 and len(core[0]) <= short or all(len(w) == 1 for w in core):
        # an acronym: "nato", "bjp", "the us", "u.s.a."
        return " ".join(w if w in LINKS else w.upper() for w in words)
    return " ".join(w if w in LINKS else w[:1].upper() + w[1:] for w in words)


def _ordinary(words: list[str], english: frozenset[str], stop: frozenset[str]) -> bool:
    """Are all these words ordinary English words (so the name may be ordinary text)?"""
    return all(w in english or w in stop or w in LINKS for w in words)


def dictionary_names(dictionary, english: frozenset[str], stop: frozenset[str]) -> dict[str, str]:
    """Name key -> casing for the actor dictionary's names (not its role words)."""
    out: dict[str, str] = {}
    for phrase in dictionary.phrases():
        entries = [e for e in dictionary.lookup(phrase) if e.kind in NAME_KINDS]
        if not entries:
            continue
        key = name_key(phrase)
        words = key.split()
        kind = entries[0].kind
        if not words or len(words) == 1 and words[0] in stop:
            continue
        if kind not in COUNTRY_KINDS and _ordinary(words, english, stop):
            continue                                        # "rice", "uncontrolled rage"
        named = [e.name for e in entries if name_key(e.name) == key]
        out.setdefault(key, named[0] if named else _title(key, kind))
    # acronyms keep their capitals inside longer names: "Un Security Council" -> "UN ..."
    acronyms = {k for k, v in out.items() if " " not in k and len(v) > 1 and v.isupper()}
    for key, form in out.items():
        if " " in key and any(w in acronyms for w in key.split()):
            out[key] = " ".join(f.upper() if f.lower() in acronyms else f for f in _WORD.findall(form))
    return out


def gazetteer_names(gazetteer, min_population: int = 20000) -> dict[str, str]:
    """Name key -> casing for the gazetteer's countries, divisions and towns of at least
    `min_population` people, when the name is not ordinary English."""
    english, stop = gazetteer.english, gazetteer.stop_words
    out: dict[str, str] = {}
    kind, population = gazetteer.kind, gazetteer.population
    for key, v in gazetteer.index.items():
        if isinstance(v, int):
            if v < 0:
                continue                                    # an alternate name only
            best = v
        else:
            ids = [i for i in v if i >= 0]                  # own names only
            if not ids:
                continue
            best = max(ids, key=lambda i: (kind(i) <= 1, population(i)))
        if kind(best) > 1 and population(best) < min_population:
            continue
        words = key.split()
        if len(words) > MAX_NAME_WORDS or _ordinary(words, english, stop):
            continue
        name = gazetteer.place(best).name
        if name_key(name) == key:
            out[key] = name
    return out


def build(dictionary, gazetteer=None, extra: Iterable[tuple[str, str]] = ()) -> Truecaser:
    """A truecaser from the actor dictionary and (if given) the gazetteer; dictionary names
    win over place names."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if gazetteer is None:
        from ..places.gazetteer import Gazetteer
        gazetteer = Gazetteer.load()
    stop = frozenset(STOP_WORDS) | gazetteer.stop_words
    names = gazetteer_names(gazetteer)
    names.update(dictionary_names(dictionary, gazetteer.english, stop))
    names.update((name_key(k), v) for k, v in extra)
    return Truecaser(names, gazetteer.english, stop, load_titles())


def load_titles(path: Path = TITLES) -> dict[str, str]:
    """Title word -> "head" or "modifier" (data/titles.tsv)."""
    return {r["word"].strip().lower(): r["kind"].strip() for r in read_tsv(path) if r.get("word")}


# ---- back to the original ------------------------------------------------------------------

def restore(piece: str | None, cased: str, original: str, near: int = 0) -> str | None:
    """The original text of `piece`, a string cut from `cased` (the recased form of
    `original`, same length): found at its occurrence nearest `near`. A piece made of
    several cuts ("met ... talks") is restored cut by cut; one not found is returned as is."""
    if not piece or cased is original:
        return piece
    if " ... " in piece:
        return " ... ".join(restore(p, cased, original, near) for p in piece.split(" ... "))
    best, at = None, cased.find(piece)
    while at >= 0:
        if best is None or abs(at - near) < abs(best - near):
            best = at
        at = cased.find(piece, at + 1)
    return piece if best is None else original[best:best + len(piece)]
