"""Faster stand-ins for two spaCy components, with the same results.

- The attribute ruler (tag map and morphology rules: 179 one- and two-token patterns in
  en_core_web_sm) runs spaCy's general Matcher over every token; here its patterns are
  indexed by the values they test (TAG, LOWER, DEP, IS_SPACE), read from the Doc as one
  array, and the matches are sorted and applied as the ruler does (later rules win). Rules
  whose first token has only a regex (or NOT_IN) test are indexed by the tested words, each
  word's answer worked out once.
- The rule lemmatizer recomputes the lemma of every base form it meets (its own cache keeps
  only the others); a lemma depends only on the token's text, POS and morphology, so the
  whole answer is kept per (orth, pos, morph). Its index of known base forms (57,000 nouns)
  comes as lists that each new word's candidate forms are looked up in one by one: they
  answer from sets of the same members.

Both are installed only when the component looks as expected (patterns of plain equality
tests; the rule lemmatizer); anything else is left to spaCy.
"""
from __future__ import annotations

import itertools
import operator
import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens._retokenize import set_token_attrs

FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
ARRAY = [TAG, LOWER, DEP, IS_SPACE]


class FastRulerMatch:
    """ruler.match and ruler.set_annotations without the Matcher."""

    def __init__(self, ruler, index: dict):
        self.ruler = ruler
        self.index = index          # field positions -> {values: [(rule, m_id, tests, length)]}
        self.groups = []        # (the row's key in the table, the table's look-up)
        for keys, table in index.items():
            if isinstance(table, _Screened):
                self.groups.append((operator.itemgetter(*table.fields), table.__getitem__))
            else:
                self.groups.append((operator.itemgetter(*keys) if keys else None, table.get))

    @staticmethod
    def _tests(spec: dict, strings) -> list | None:
        """(field, IN or NOT_IN and a set of hashes, or REGEX and a regex) for each attribute a
        pattern token tests."""
        tests = []
        for key, value in spec.items():
            if key not in FIELDS:
                return None
            if isinstance(value, dict):
                if len(value) != 1 or key == "IS_SPACE":
                    return None
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    tests.append((FIELDS[key], op, frozenset(strings[v] for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((FIELDS[key], op, re.compile(arg)))
                else:
                    return None
            elif key == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                tests.append((FIELDS[key], "IN", frozenset({int(value)})))
            elif isinstance(value, str):
                tests.append((FIELDS[key], "IN", frozenset({strings[value]})))
            else:
                return None
        return sorted(tests, key=lambda t: t[0])

    @classmethod
    def build(cls, ruler) -> "FastRulerMatch | None":
        strings = ruler.vocab.strings
        index: dict = {}
        for i, p in enumerate(ruler.patterns):
            m_id = strings[str(i)]
            for pattern in p["patterns"]:
                tests = [cls._tests(spec, strings) for spec in pattern]
                if not tests or any(t is None for t in tests):
                    return None
                # the first token's equality tests index the rule; the rest is checked on a hit
                first = [(f, v) for f, op, v in tests[0] if op == "IN"]
                if not first and tests[0]:
                    # no equality to index by ("LOWER" a regex): the tested fields index the
                    # rule, each value worked out on first sight (_Screened)
                    keys = tuple(sorted({f for f, _, _ in tests[0]}))
                    screen, tests[0] = tests[0], []
                    checks = tuple(tuple(t) for t in tests)
                    entry = (i, m_id, checks if any(checks) else None, len(tests))
                    table = index.setdefault(("screened", keys), _Screened(keys, strings))
                    table.add(screen, entry)
                    continue
                tests[0] = [t for t in tests[0] if t[1] != "IN"]
                keys = tuple(f for f, _ in first)
                checks = tuple(tuple(t) for t in tests)
                entry = (i, m_id, checks if any(checks) else None, len(tests))
                table = index.setdefault(keys, {})
                for values in itertools.product(*(sorted(v) for _, v in first)):
                    # one field: the value itself (what itemgetter gives), else the tuple
                    table.setdefault(values[0] if len(values) == 1 else values, []).append(entry)
        return cls(ruler, index)

    @staticmethod
    def _passes(row, tests, strings) -> bool:
        for f, op, v in tests:
            if op == "IN":
                if row[f] not in v:
                    return False
            elif op == "NOT_IN":
                if row[f] in v:
                    return False
            elif not v.search(strings[row[f]]):
                return False
        return True

    def match(self, doc):
        strings = doc.vocab.strings
        rows = doc.to_array(ARRAY).tolist() if len(doc) else []
        if rows and not isinstance(rows[0], list):
            rows = [[r] for r in rows]
        n = len(rows)
        out = set()
        for getter, lookup in self.groups:
            # each row's entries of the group, looked up in one pass
            keys = map(getter, rows) if getter is not None else itertools.repeat((), n)
            for s, hits in enumerate(map(lookup, keys)):
                if not hits:
                    continue
                for i, m_id, tests, length in hits:
                    if tests is not None and (s + length > n or not all(
                            self._passes(rows[s + k], t, strings) for k, t in enumerate(tests))):
                        continue
                    out.add((i, m_id, s, s + length))     # the Matcher reports a span once per rule
        return sorted(out)

    def set_annotations(self, doc, matches):
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for attr_id, _, start, end in matches:
            k = indices[attr_id]
            pos = start + k if k >= 0 else end + k
            if not start <= pos < end:
                return self._spacy_set(doc, matches)
            set_token_attrs(doc[pos], attrs[attr_id])

    def _spacy_set(self, doc, matches):
        type(self.ruler).set_annotations(self.ruler, doc, matches)


class _Screened(dict):
    """Rules whose first token has no equality test to index them by (a regex on LOWER, a
    NOT_IN): the values of the fields they test -> the rules whose first-token tests those
    values pass, worked out the first time the values are met (the same words recur)."""

    def __init__(self, fields: tuple, strings):
        super().__init__()
        self.fields = fields
        self.strings = strings
        self.rules: list[tuple[list, tuple]] = []     # (first-token tests, entry)

    def add(self, tests: list, entry: tuple) -> None:
        self.rules.append((tests, entry))

    def __missing__(self, key):
        row = dict(zip(self.fields, key if len(self.fields) > 1 else (key,)))
        hits = [entry for tests, entry in self.rules if FastRulerMatch._passes(row, tests, self.strings)]
        self[key] = hits
        return hits


def speed_up(nlp) -> None:
    """Install the faster attribute ruler match and lemma cache where they apply."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        fast = FastRulerMatch.build(ruler)
        if fast is not None:
            ruler.match = fast.match
            ruler.set_annotations = fast.set_annotations
    if "lemmatizer" in nlp.pipe_names:
        lem = nlp.get_pipe("lemmatizer")
        if getattr(lem, "mode", None) == "rule":
            rule = lem.lemmatize
            memo: dict = {}
            index_as_sets(lem)

            def lemmatize(token, rule=rule, memo=memo):
                key = (token.orth, token.pos, token.morph.key)
                found = memo.get(key)
                if found is None:
                    found = memo[key] = rule(token)
                return found

            lem.lemmatize = lemmatize


class _Members(list):
    """A list of words that answers `in` from a set of the same words (the list itself is
    what serialises)."""

    __slots__ = ("_set",)

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def index_as_sets(lem) -> None:
    """The rule lemmatizer's index of base forms per POS answers `form in index` (all it
    asks of it) from a set."""
    if "lemma_index" not in lem.lookups.tables:
        return
    table = lem.lookups.get_table("lemma_index")
    for key, forms in list(table.items()):
        if type(forms) is list:
            dict.__setitem__(table, key, _Members(forms))
