"""CAMEO verb dictionary: verbs, their surface forms, verb patterns and synsets.

Data files in ``data/`` (see ``scripts/derive_verbs.py``; derived from the PETRARCH2
dictionary CAMEO.2.0.txt, MIT licence, Open Event Data Alliance):

- ``verbs.tsv``          lemma, forms (``|``-separated), code, block, source
- ``verb_patterns.tsv``  id, lemma, before, after, code, source
- ``synsets.tsv``        name, word, source
- ``verbs_hand.tsv`` / ``verb_patterns_hand.tsv`` / ``synsets_hand.tsv`` (optional, same
  columns): hand additions (a hand synset word joins the synset of that name).
  A hand verb replaces the code, block and source of a dictionary verb with the same
  lemma and adds its forms; hand patterns are added to the dictionary's.

Pattern words follow PETRARCH: ``word_`` matches that exact word, ``word`` matches any
token starting with it, ``&name`` matches a member of synset ``name``; ``a=b`` matches
words that follow each other (PETRARCH's ``{A B}``; used by imported dictionaries). Markers: ``+``
target slot, ``$`` source slot, ``^`` skip, ``%`` compound actor. Code ``---`` means
"do not code".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..tsv import read_tsv

DATA_DIR = Path(__file__).resolve().parent / "data"
MARKERS = frozenset({"+", "$", "^", "%"})
NULL_CODE = "---"


@dataclass(frozen=True)
class Verb:
    lemma: str
    forms: tuple[str, ...]
    code: str
    block: str
    source: str


@dataclass(frozen=True)
class Pattern:
    id: str
    lemma: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    source: str

    @property
    def n_words(self) -> int:
        """Words and synsets in the pattern (markers not counted; "a=b" is two)."""
        return sum(len(w.split("=")) for w in self.before + self.after if w not in MARKERS)


class _SynsetIndex:
    """Fast single-token matching for one synset."""

    __slots__ = ("members", "exact", "prefixes", "prefix_lens", "phrases", "by_first")

    def __init__(self, members: Iterable[str]):
        self.members = frozenset(members)
        exact, prefixes, phrases = set(), set(), []
        for m in self.members:
            if " " in m:
                phrases.append(tuple(m.split()))
            elif m.endswith("_"):
                exact.add(m[:-1])
            else:
                prefixes.add(m)
        self.exact = frozenset(exact)
        self.prefixes = frozenset(prefixes)
        self.prefix_lens = tuple(sorted({len(p) for p in prefixes}))
        self.phrases = tuple(sorted(phrases, key=lambda p: (-len(p), p)))
        # the phrases by their first word, in the same order: a phrase's words but the last
        # match exactly, so only those starting with the token can match there
        by_first: dict[str, list] = {}
        for phrase in self.phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        self.by_first = {w: tuple(ps) for w, ps in by_first.items()}

    def match_token(self, tok: str) -> bool:
        if tok in self.exact or tok in self.prefixes:
            return True
        for k in self.prefix_lens:
            if k > len(tok):
                break
            # a member is a stem only with an inflection, as a plain word (word_match): "mig" is
            # "migs", not "migrants"; "yen" not "yemen"; "tala" not "taliban"; "fight" not "fighters"
            if tok[:k] in self.prefixes and word_match(tok[:k], tok):
                return True
        return False


# function words match only themselves: "for" is not the start of "foreign", nor "on" of "one"
FUNCTION_WORDS = frozenset("a an the and or nor of for to in on at by with from into onto over under about "
                           "against as up out off not no than".split())


# a stem this short matches as a prefix only with an inflection: "act" is "acts", "acted", not
# "activists"; "aid" is not "aides", "ban" not "bank", "part" not "party"
SHORT_STEM = 4
# (not "er"/"ers": "dealer" and "bombers" are people, not the act)
INFLECTIONS = frozenset({"", "s", "es", "ed", "d", "ing", "ings", "ion", "ions"})


# a longer pattern word that is itself a whole word (a form of a dictionary verb: "deal",
# "lead", "import", "state") matches its inflections and the nouns of its act ("agreement",
# "withdrawal", "protection"), not a longer different word: "dealer", "leaders", "important",
# "statement" is no "state", "billion" no "bill". A cut stem ("negotiat", "organi") stays a prefix.
WHOLE_WORD_ENDINGS = frozenset({"", "s", "es", "ed", "d", "ing", "ings", "n", "en", "ion", "ions",
                                "ation", "ations", "ment", "ments", "al", "als", "ance", "ances"})


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """The one-word forms of the dictionary's verbs (data/verbs*.tsv)."""
    out = set()
    for name in ("verbs.tsv", "verbs_hand.tsv"):
        path = DATA_DIR / name
        if path.exists():
            for r in read_tsv(path):
                for f in [r["lemma"]] + r.get("forms", "").split("|"):
                    f = f.strip().lower()
                    if f and " " not in f:
                        out.add(f)
    return frozenset(out)


def word_match(word: str, tok: str) -> bool:
    """Plain pattern word (no synset) against one lowercase token."""
    if word.endswith("_") or word in FUNCTION_WORDS:
        return tok == word.rstrip("_")
    if not tok.startswith(word):
        return False
    if len(tok) == len(word):
        return True
    rest = tok[len(word):]
    if len(word) > SHORT_STEM:
        if word not in whole_words():
            return True
        if rest[:1] == word[-1] and rest[1:] in ("ed", "ing"):
            rest = rest[1:]         # "committed", "controlling"
        return rest in WHOLE_WORD_ENDINGS
    if rest[:1] == word[-1] and rest[1:] in ("ed", "ing"):
        rest = rest[1:]             # "banned", "planning"
    if rest in ("ion", "ions") and word[-1] not in "ts":
        return False                # "act" is "action"; "bill" is not "billion", "mill" not "million"
    return rest in INFLECTIONS


class VerbDictionary:
    def __init__(self, verbs: dict[str, Verb], patterns: dict[str, list[Pattern]],
                 synsets: dict[str, frozenset[str]]):
        self._verbs = verbs
        self._patterns = patterns
        self._synsets = {name: _SynsetIndex(m) for name, m in synsets.items()}
        forms: dict[str, list[str]] = {}
        multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for v in verbs.values():
            for f in v.forms:
                lst = forms.setdefault(f, [])
                if v.lemma not in lst:
                    lst.append(v.lemma)
                if " " in f:
                    toks = tuple(f.split())
                    multi.setdefault(toks[0], []).append((toks, v.lemma))
        self._form_lemmas = {f: tuple(sorted(ls)) for f, ls in forms.items()}
        self._forms = frozenset(forms)
        self._multi = {k: sorted(set(v), key=lambda x: (-len(x[0]), x)) for k, v in multi.items()}

    # ------------------------------------------------------------ loading
    @classmethod
    def load(cls, data_dir: str | Path | None = None,
             extra_dirs: Iterable[str | Path] = ()) -> "VerbDictionary":
        """Load the dictionary (cached for the default folder with no extra folders).

        Reads the three derived files and the optional hand files from ``data_dir``
        (default: the package's ``data/``), then any of the five files present in each
        of ``extra_dirs``, later folders overriding earlier ones.
        """
        extra = tuple(str(Path(d)) for d in extra_dirs)
        if data_dir is None and not extra:
            return _load_default()
        return cls._build(Path(data_dir) if data_dir is not None else DATA_DIR, extra)

    @classmethod
    def _build(cls, data_dir: Path, extra_dirs: tuple[str, ...] = ()) -> "VerbDictionary":
        verbs: dict[str, Verb] = {}
        pats: list[tuple[Pattern, int]] = []   # (pattern, priority: 0 hand, 1 derived)
        synsets: dict[str, set[str]] = {}
        dirs = [data_dir] + [Path(d) for d in extra_dirs]
        for d in dirs:
            for fname in ("verbs.tsv", "verbs_hand.tsv"):
                p = d / fname
                if p.exists():
                    for r in read_tsv(p):
                        cls._add_verb(verbs, r)
            for fname, prio in (("verb_patterns.tsv", 1), ("verb_patterns_hand.tsv", 0)):
                p = d / fname
                if p.exists():
                    for r in read_tsv(p):
                        pats.append((Pattern(
                            id=r["id"], lemma=r["lemma"].strip().lower(),
                            before=tuple(r["before"].split()), after=tuple(r["after"].split()),
                            code=r["code"].strip(), source=r.get("source", "")), prio))
            for p in (d / "synsets.tsv", d / "synsets_hand.tsv"):
                if not p.exists():
                    continue
                for r in read_tsv(p):
                    name = r["name"].strip().lower().lstrip("&")
                    if r["word"].strip():
                        synsets.setdefault(name, set()).add(r["word"].strip().lower())
        by_lemma: dict[str, list[tuple[Pattern, int, int]]] = {}
        for i, (pat, prio) in enumerate(pats):
            by_lemma.setdefault(pat.lemma, []).append((pat, prio, i))
        patterns = {}
        for lemma, lst in by_lemma.items():
            lst.sort(key=lambda x: (-x[0].n_words, -(len(x[0].before) + len(x[0].after)), x[1], x[2]))
            patterns[lemma] = [x[0] for x in lst]
        return cls(verbs, patterns, {k: frozenset(v) for k, v in synsets.items()})

    @staticmethod
    def _add_verb(verbs: dict[str, Verb], r: dict[str, str]) -> None:
        lemma = r["lemma"].strip().lower()
        if not lemma:
            return
        forms = [f.strip().lower() for f in r.get("forms", "").split("|") if f.strip()]
        if lemma not in forms:
            forms.insert(0, lemma)
        old = verbs.get(lemma)
        if old is not None:  # a later row (hand file, extra folder) wins; forms are merged
            forms = list(old.forms) + [f for f in forms if f not in old.forms]
        verbs[lemma] = Verb(lemma, tuple(forms), r["code"].strip() or NULL_CODE,
                            r.get("block", "").strip(), r.get("source", "").strip())

    # ------------------------------------------------------------ queries
    def verb(self, lemma: str) -> Verb | None:
        return self._verbs.get(lemma.lower())

    def verbs(self) -> tuple[Verb, ...]:
        return tuple(self._verbs.values())

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and lemma.lower() in self._verbs

    def __len__(self) -> int:
        return len(self._verbs)

    def patterns(self, lemma: str) -> list[Pattern]:
        """Patterns for a verb, most specific first (more words, then hand before derived)."""
        return list(self._patterns.get(lemma.lower(), ()))

    def all_patterns(self) -> list[Pattern]:
        return [p for lst in self._patterns.values() for p in lst]

    def surface_forms(self) -> frozenset[str]:
        """Every inflected form of every verb (multi-word forms contain spaces)."""
        return self._forms

    def lemma_for_form(self, form: str) -> list[str]:
        return list(self._form_lemmas.get(form.lower(), ()))

    def multiword_forms(self, first_token: str) -> list[tuple[tuple[str, ...], str]]:
        """(form tokens, lemma) of the multi-word verb forms starting with a token, longest first."""
        return list(self._multi.get(first_token.lower(), ()))

    def synset(self, name: str) -> frozenset[str]:
        """Members of a synset ("&military" or "military"); '_' suffix = exact word."""
        s = self._synsets.get(name.lower().lstrip("&").rstrip("_"))
        return s.members if s else frozenset()

    def synset_names(self) -> frozenset[str]:
        return frozenset(self._synsets)

    def word_matches(self, pattern_word: str, token_lower: str) -> bool:
        """Does one pattern word match one lowercase token?

        ``word_`` exact, ``word`` prefix, ``&name`` any single-word synset member (use
        ``match_length`` for multi-word members). Markers never match.
        """
        if not pattern_word or pattern_word in MARKERS:
            return False
        if pattern_word[0] == "&":
            s = self._synsets.get(pattern_word[1:].rstrip("_"))
            return s.match_token(token_lower) if s else False
        return word_match(pattern_word, token_lower)

    def match_length(self, pattern_word: str, tokens_lower: list[str] | tuple[str, ...],
                     start: int = 0) -> int:
        """Tokens matched by a pattern word at ``tokens_lower[start]`` (0 = no match).

        Like ``word_matches`` but also matches multi-word synset members, longest first
        (all words but the last exactly, the last by its own ``_``/prefix rule).
        """
        if start >= len(tokens_lower) or not pattern_word or pattern_word in MARKERS:
            return 0
        if "=" in pattern_word:         # words that must follow each other ("new=&tietypes=relations")
            pos = start
            for part in pattern_word.split("="):
                n = self.match_length(part, tokens_lower, pos)
                if not n:
                    return 0
                pos += n
            return pos - start
        if pattern_word[0] != "&":
            return 1 if word_match(pattern_word, tokens_lower[start]) else 0
        s = self._synsets.get(pattern_word[1:].rstrip("_"))
        if s is None:
            return 0
        for phrase in s.by_first.get(tokens_lower[start], ()):
            end = start + len(phrase)
            if end <= len(tokens_lower) \
                    and all(tokens_lower[start + i] == w for i, w in enumerate(phrase[:-1])) \
                    and word_match(phrase[-1], tokens_lower[end - 1]):
                return len(phrase)
        return 1 if s.match_token(tokens_lower[start]) else 0


@lru_cache(maxsize=1)
def _load_default() -> VerbDictionary:
    return VerbDictionary._build(DATA_DIR)
