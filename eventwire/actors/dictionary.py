"""Actor dictionary: phrases -> CAMEO actor codes, plus agent (role) words.

Reads the TSVs in ``eventwire/actors/data`` written by ``scripts/derive_actors.py``
and the hand-maintained ``*_hand.tsv`` files beside them. Hand rows come first in
every lookup. Standard library only, so importing this is cheap.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..tsv import data_lines
from .offices import close_open_offices, former

DATA_DIR = Path(__file__).resolve().parent / "data"

# (file, kind or None when the file has a `kind` column); hand files first
_ACTOR_FILES = (
    ("countries_hand.tsv", None),
    ("countries.tsv", None),
    ("metonyms_hand.tsv", "metonym"),
    ("metonyms.tsv", "metonym"),
    ("organisations_hand.tsv", "organisation"),
    ("organisations.tsv", "organisation"),
    ("organisations_manual.tsv", "organisation"),  # CAMEO manual bodies Phoenix lacks
    ("organisations_spelling.tsv", "organisation"),    # "organisation" for "organization" ...
    ("groups_hand.tsv", "group"),
    ("groups.tsv", "group"),
    ("institutions.tsv", "group"),      # a country's agencies and forces ("FBI", "IDF")
    ("people_hand.tsv", "person"),
    ("people.tsv", "person"),
)
_AGENT_FILES = ("agents_hand.tsv", "agents.tsv")

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
                         "\u2013": "-", "\u2014": "-", "_": " "})
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d",
                       "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng"})


@dataclass(frozen=True)
class Entry:
    """One row of any actor file."""

    phrase: str  # lowercase, single-spaced
    code: str  # CAMEO code (a bare role like "GOV" for agents)
    kind: str  # name|adjective|people|capital|metonym|organisation|group|person|agent
    name: str  # display name
    start: str | None  # ISO date, inclusive (persons only)
    end: str | None  # ISO date, exclusive
    source: str
    order: int  # row order within a person entry (lower wins)


def normalize(phrase: str) -> str:
    """Lowercase, NFC, ASCII apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", phrase).translate(_QUOTES)
    return " ".join(text.lower().split())


def fold(phrase: str) -> str:
    """Accent-free form of a normalised phrase."""
    if phrase.isascii():
        return phrase
    text = unicodedata.normalize("NFKD", phrase.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _read(path: Path) -> tuple[dict[str, int], list[list[str]]]:
    """Header index and rows of a plain TSV; missing file -> empty."""
    try:
        lines = data_lines(path)
    except FileNotFoundError:
        return {}, []
    if not lines:
        return {}, []
    header = {name: i for i, name in enumerate(lines[0].split("\t"))}
    width = len(header)
    rows = [ln.split("\t") for ln in lines[1:]]
    for r in rows:
        if len(r) < width:  # hand-edited line lost its trailing empty cells
            r.extend([""] * (width - len(r)))
    return header, rows


def _source_rank(source: str) -> int:
    """Hand rows (cite a public page) beat Wikidata, which beats Phoenix."""
    if source.startswith("leaders.tsv:wikidata"):
        return 1
    if source.startswith("leaders.tsv:"):
        return 2
    return 0


class ActorDictionary:
    """Phrase -> actor entries; load with :meth:`ActorDictionary.load`."""

    def __init__(self, rows: dict[str, list[tuple]], agents: dict[str, tuple],
                 names: dict[str, str]) -> None:
        self._rows = rows  # phrase -> Entry field tuples, file order
        self._agents = agents  # phrase -> (role, plural, source), hand first
        self._names = names  # 3-letter country code -> display name
        self._folded: dict[str, list[str]] = {}
        for phrase in rows:
            if not phrase.isascii():
                f = fold(phrase)
                if f != phrase:
                    self._folded.setdefault(f, []).append(phrase)
        self._agents_folded = {fold(p): p for p in agents if not p.isascii()}
        self._cache: dict[str, list[Entry]] = {}
        self.fingerprint: str | None = None     # the key of its tables when read through stored.py

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, data_dir: Path | None = None, extra_dirs: Iterable[Path] = ()) -> "ActorDictionary":
        """Read every actor file in ``data_dir`` (default: the package data); cached per dirs.

        Entries from ``extra_dirs`` (imported dictionaries) come before the folder's own.
        """
        dirs = tuple(str(Path(d).resolve()) for d in extra_dirs) + (str(Path(data_dir or DATA_DIR).resolve()),)
        return _load_cached(dirs)

    @classmethod
    def _build(cls, data_dirs: tuple[Path, ...]) -> "ActorDictionary":
        return cls(*_tables(data_dirs))

    @classmethod
    def _load_stored(cls, data_dirs: tuple[Path, ...]) -> "ActorDictionary":
        """As _build, the tables read from the cache when nothing they are built from changed
        (stored.py); `fingerprint` names them for the matcher's own cache."""
        from .stored import key, stored

        files = [d / f for d in data_dirs for f in [f for f, _ in _ACTOR_FILES] + list(_AGENT_FILES)]
        name = key("actors", files)
        out = cls(*stored("actors", name, lambda: _tables(data_dirs)))
        out.fingerprint = name
        return out

    # ------------------------------------------------------------ lookups

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries for the exact phrase, then for its accent-free form (hand rows first)."""
        key = normalize(phrase)
        hit = self._cache.get(key)
        if hit is not None:
            return list(hit)
        keys = [key]
        f = fold(key)
        if f != key:
            keys.append(f)
        keys.extend(self._folded.get(f, ()))
        out: list[Entry] = []
        seen: set[tuple] = set()
        for k in keys:
            for t in self._rows.get(k, ()):
                ident = (t[1], t[2], t[4], t[5], t[6], t[7])  # all but phrase and name
                if ident not in seen:
                    seen.add(ident)
                    out.append(Entry(*t))
        if len(self._cache) < 100_000:
            self._cache[key] = out
        return list(out)

    def person_rows(self) -> Iterable[tuple[str, str, str]]:
        """(phrase, source, name) of each person entry `lookup(phrase)` gives, for every actor
        phrase: the same rows, without making an Entry of every row of the dictionary."""
        rows, folded = self._rows, self._folded
        for phrase in rows:
            key = normalize(phrase)
            f = fold(key)
            keys = (key,) if f == key else (key, f)
            for k in keys + tuple(folded.get(f, ())):
                for t in rows.get(k, ()):
                    if t[2] == "person":
                        yield phrase, t[6], t[3]

    def phrases(self) -> Iterable[str]:
        """Every actor phrase (countries, metonyms, organisations, groups, people; not agents)."""
        return self._rows.keys()

    @functools.cached_property
    def international_words(self) -> frozenset[str]:
        """Words that open the name of an international organisation and name no country
        ("european", "african", "international"): a role they qualify is no state's."""
        out = set()
        for phrase, rows in self._rows.items():
            words = phrase.split()
            if len(words) > 1 and words[0].isalpha() and any(t[1].startswith("IGO") and t[2] != "person" for t in rows):
                out.add(words[0])
        # not a word with a meaning of its own: a country's, or a role's ("president")
        return frozenset(w for w in out if not any(e.code[:3] != "IGO" for e in self.lookup(w))
                         and self.agent(w) is None)

    def agent_phrases(self) -> Iterable[str]:
        """Every agent (role word) phrase, singular and plural."""
        return self._agents.keys()

    def agent(self, phrase: str) -> Entry | None:
        """The agent row for a phrase (code = bare role, kind = "agent")."""
        key = normalize(phrase)
        f = fold(key)
        row = (self._agents.get(key) or self._agents.get(f)
               or self._agents.get(self._agents_folded.get(f, "")))
        if row is None:
            return None
        return Entry(key, row[0], "agent", key, None, None, row[2], 0)

    def agent_plural(self, phrase: str) -> bool:
        """Is the phrase an agent's plural form ('jihadis', 'gunmen')?"""
        key = normalize(phrase)
        row = self._agents.get(key) or self._agents.get(fold(key))
        return bool(row and row[1])

    def agent_role(self, phrase: str) -> str | None:
        """'police' -> 'COP'; None when the phrase is not an agent. A role that goes before the
        actor's code ends with '~' ('NGO~', from PETRARCH agent files)."""
        e = self.agent(phrase)
        return e.code if e else None

    def country_name(self, code3: str) -> str | None:
        """'VEN' (or 'VENGOV') -> 'Venezuela'."""
        return self._names.get(code3[:3].upper())

    def resolve_person(self, phrase: str, date: str | None) -> Entry | None:
        """The code a person held on ``date`` (ISO), PETRARCH style.

        Within one dictionary entry the first row (in order) with
        start <= date < end wins; undated rows apply to any date. Across
        entries sharing the phrase, hand rows win, then a dated match beats an
        undated one, then Wikidata beats Phoenix, then the later start wins.
        With no date, the latest-starting government-like row is returned.
        """
        rows = [e for e in self.lookup(phrase) if e.kind == "person"]
        if not rows:
            return None
        if not date:
            return max(rows, key=lambda e: ("GOV" in e.code or e.code.startswith("IGO"),
                                            e.start or "", -_source_rank(e.source), -e.order))
        day = str(date)[:10]
        groups: dict[str, list[Entry]] = {}
        for e in rows:
            groups.setdefault(e.source, []).append(e)
        best, best_key = None, None
        for gi, group in enumerate(groups.values()):
            for e in sorted(group, key=lambda x: x.order):
                if (e.start is None or e.start <= day) and (e.end is None or day < e.end):
                    dated = e.start is not None or e.end is not None
                    rank = _source_rank(e.source)
                    key = (rank != 0, not dated, rank, _neg(e.start), gi)
                    if best_key is None or key < best_key:
                        best, best_key = e, key
                    break
        return best if best is not None else former(rows, day)


def _neg(start: str | None) -> tuple:
    """Sort key putting later start dates first (None last)."""
    if start is None:
        return (1,)
    return (0, tuple(-ord(c) for c in start))


def _tables(data_dirs: tuple[Path, ...]) -> tuple[dict, dict, dict]:
    """(phrase rows, agent rows, country names) read from the actor files of the folders."""
    rows: dict[str, list[tuple]] = {}
    names: dict[str, str] = {}
    for data_dir, (fname, kind) in ((d, f) for d in data_dirs for f in _ACTOR_FILES):
        head, lines = _read(data_dir / fname)
        if not lines:
            continue
        ip, ic, isrc = head["phrase"], head["code"], head["source"]
        ik, iname = head.get("kind"), head.get("name")
        ist, ie = head.get("start"), head.get("end")
        counters: dict[tuple[str, str], int] = {}
        hand = fname.endswith("_hand.tsv")  # derived files are already normalised
        for r in lines:
            phrase = normalize(r[ip]) if hand else r[ip]
            code, source = r[ic], r[isrc]
            k = r[ik] if ik is not None else kind
            name = r[iname] if iname is not None and r[iname] else phrase.title()
            start = (r[ist] or None) if ist is not None else None
            end = (r[ie] or None) if ie is not None else None
            order = 0
            if k == "person":
                key = (source, phrase)
                order = counters.get(key, 0) + 1
                counters[key] = order
            elif k == "name" and len(code) == 3:
                names.setdefault(code, name)
            rows.setdefault(phrase, []).append((phrase, code, k, name, start, end, source, order))
    close_open_offices(rows)        # offices the Phoenix rows left open (offices.py)
    agents: dict[str, tuple] = {}
    for data_dir, fname in ((d, f) for d in data_dirs for f in _AGENT_FILES):
        head, lines = _read(data_dir / fname)
        for r in lines:
            phrase = normalize(r[head["phrase"]])
            agents.setdefault(phrase, (r[head["role"]], r[head["plural"]] == "yes",
                                       r[head["source"]]))
    return rows, agents, names


@functools.lru_cache(maxsize=8)
def _load_cached(data_dirs: tuple[str, ...]) -> ActorDictionary:
    return ActorDictionary._load_stored(tuple(Path(d) for d in data_dirs))
