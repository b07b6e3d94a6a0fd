"""Find the places named in a text and pick one gazetteer entry for each.

Names are looked up by their first word (the gazetteer's ``heads``), longest match
first, and only from capitalised words. A name is then read with its surroundings:

* a division word after it ("Helmand province", "Nahri Saraj district", "Khost city")
  or a kind of place before it ("the town of Sebba", "near the village of Inata");
* the places that follow it ("Paris, Texas", "Sono (Sono, Kossi)", "X district, Helmand"):
  a reading inside them wins;
* the countries the story is about (given by the caller), the countries named in the
  text, and the countries and provinces of the text's unambiguous places;
* population last.

Ordinary words that are also place names ("March", "Police", "Mobile") are taken only
when something says they are places, and capitalised words next to an unknown
capitalised word ("Ashraf Ghani") are read as people.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..language.dateline import find as find_dateline
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, Place
from .normal import name_key, words
from .ranking import W_CONTEXT, Ranking, Span
from .vocab import (AFTER_ADMIN, AFTER_CITY, AFTER_DISTRICT, AREA, BEFORE_ADMIN, BEFORE_CITY,
                    BEFORE_DISTRICT, CONNECTORS, COUNTRY_ABBREV, FOLLOWERS, INNER, LOCATIVE,
                    NOT_AFTER, QUARTER, SIDES, SPEECH, TITLES)


@dataclass(frozen=True)
class PlaceMention:
    start: int          # character offsets in the text given
    end: int
    text: str
    place: Place
    how: str            # why this reading


class PlaceFinder(Ranking):
    def __init__(self, gazetteer: Gazetteer | None = None):
        self.g = gazetteer or Gazetteer.load()

    # ------------------------------------------------------------ public API
    def find(self, text: str, context_countries: Sequence[str] = ()) -> list[PlaceMention]:
        """Every place named in `text`, each resolved with the text and the story's countries."""
        toks = words(text)
        spans = self._spans(text, toks, 0)
        return self._resolve(text, toks, spans, context_countries)

    def document_place(self, text: str, context_countries: Sequence[str] = (),
                       mentions: list[PlaceMention] | None = None) -> PlaceMention | None:
        """The dateline's place if there is one, else the most specific place named most often
        (those in the story's countries first). `mentions`: find()'s answer, if already known."""
        if mentions is None:
            mentions = self.find(text, context_countries)
        dl = self.dateline(text, context_countries, mentions)
        if dl is not None:
            return dl
        if not mentions:
            return None
        # "near the border with Benin": the event is beside that country, not in it
        inside = [m for m in mentions if not (m.place.feature_type == "country" and _BORDER_WITH.search(
            text, max(0, m.start - 30), m.start))]
        mentions = inside or mentions
        ctx = {self.g.iso3(c) for c in context_countries}
        home = [m for m in mentions if m.place.country in ctx]
        if home:
            mentions = home
        rank = {"city": 0, "admin2": 0, "admin1": 1, "country": 2}
        best = min(rank[m.place.feature_type] for m in mentions)
        local = [m for m in mentions if rank[m.place.feature_type] == best]
        count = Counter(m.place.gazetteer_id for m in local)
        top = max(count.values())
        return next(m for m in local if count[m.place.gazetteer_id] == top)

    def dateline(self, text: str, context_countries: Sequence[str] = (),
                 mentions: list[PlaceMention] | None = None) -> PlaceMention | None:
        """The place of a dateline ("KABUL, March 3 (Reuters) -", "OUAGADOUGOU —"), if any."""
        m = find_dateline(text, self.is_place)
        if not m:
            return None
        name = m.place
        if mentions is None:
            mentions = self.find(text, context_countries)
        ctx = list(context_countries) + [x.place.country for x in mentions]
        region = m.region
        cands = list(self.g.ids(" ".join(w for *_, w in words(name))))
        cands = [i for i in cands if self.g.kind(i) in (CITY, ADMIN2, COUNTRY, ADMIN1)]
        if not cands:
            return None
        how = "dateline"
        if region:
            rids = self.g.ids(" ".join(w for *_, w in words(region)))
            inside = [i for i in cands if any(self._inside(i, r) for r in rids)]
            if inside:
                cands, how = inside, f"dateline, '{name}, {region}' pattern"
        ctx3 = {self.g.iso3(c) for c in ctx if c}

        def score(i: int) -> float:
            s = self._prior(i)
            if self.g.country_of(i) in ctx3:
                s += W_CONTEXT
            if self.g.kind(i) == CITY:
                s += 1.0
            return s
        best = max(cands, key=score)
        return PlaceMention(m.place_start, m.place_end, name, self.g.place(best), how)

    def is_place(self, name: str) -> bool:
        """Is the name a known country, division or town (read as a dateline)?"""
        key = " ".join(w for *_, w in words(name))
        return any(self.g.kind(i) in (CITY, ADMIN2, COUNTRY, ADMIN1) for i in self.g.ids(key))

    # ------------------------------------------------------------ finding names
    def _spans(self, text: str, toks: list[tuple[int, int, str]], first: int) -> list[Span]:
        g = self.g
        n = len(toks)
        spans: list[Span] = []
        k = first
        dateline_end = 0
        dm = find_dateline(text, self.is_place)
        if dm:
            dateline_end = dm.place_end
        while k < n:
            s, e, w = toks[k]
            raw = text[s:e]
            if not w or not raw[0].isupper():
                k += 1
                continue
            if raw.isupper() and len(raw) > 1 and s >= dateline_end and w not in COUNTRY_ABBREV:
                k += 1
                continue
            found = None
            for length in range(min(g.heads.get(w, 1), n - k), 0, -1):
                if length == 1:
                    # before the first word alone: the words as one ("Sabou Nere" = "Sabounere")
                    found = self._flat_match(text, toks, k)
                    if found is not None:
                        break
                elif not self._joined(text, toks, k, k + length):
                    continue
                key = " ".join(t[2] for t in toks[k:k + length])
                ids, alt = g.lookup(key)
                if ids:
                    found = (length, key, ids, alt)
                    break
            if found is None:
                k += 1
                continue
            length, key, ids, alt = found
            sp = Span(k, k + length, k + length, key, ids, alt)
            spans.append(sp)
            k += length
        return spans

    def _flat_match(self, text: str, toks, k: int):
        """Two or three capitalised words that are one name written as one word ("Sabou Nere"
        for "Sabounere"): (length, key, ids, alternates) or None."""
        for length in (3, 2):
            if k + length > len(toks):
                continue
            flat = "".join(t[2] for t in toks[k:k + length])
            if len(flat) < 5 or flat not in self.g.index or not self._joined(text, toks, k, k + length):
                continue
            ids, alt = self.g.lookup(flat)
            if ids:
                return length, flat, ids, alt
        return None

    @staticmethod
    def _joined(text: str, toks, i: int, j: int) -> bool:
        """Words i..j-1 read as one name: capitalised or connectors, nothing but spaces,
        hyphens, apostrophes or abbreviation dots between them."""
        for a in range(i + 1, j):
            gap = text[toks[a - 1][1]:toks[a][0]]
            if "\n" in gap or len(gap) > 3:
                return False
            core = gap.strip()
            if core not in ("", "-", "'", "’", ".", "'-", "-'", "’-", "-’"):
                return False
            if core == "." and toks[a - 1][1] - toks[a - 1][0] > 3:
                return False
            raw = text[toks[a][0]:toks[a][1]]
            if not raw[:1].isupper() and toks[a][2] not in CONNECTORS:
                return False
        last = text[toks[j - 1][0]:toks[j - 1][1]]
        return last[:1].isupper() or last.isdigit()

    # ------------------------------------------------------------ reading the context
    def _capitalised(self, text, toks, k) -> bool:
        s, e, _ = toks[k]
        return text[s:e][:1].isupper()

    def _initial(self, text: str, start: int) -> bool:
        p = start - 1
        while p >= 0 and text[p] in " \t\"'“‘(«[*•-–—":
            p -= 1
        return p < 0 or text[p] in ".!?\n:;"

    def _adjacent(self, text, toks, a: int, b: int) -> bool:
        gap = text[toks[a][1]:toks[b][0]]
        return gap.strip() in ("", "-") and "\n" not in gap

    def _unknown_word(self, text, toks, k) -> bool:
        """A capitalised word that is neither an English word, a title nor a stop word:
        most likely part of a person's or an organisation's name."""
        s, e, w = toks[k]
        raw = text[s:e]
        if not raw[:1].isupper() or not w:
            return False
        if w in self.g.english or w in self.g.stop_words or w in TITLES or w in CONNECTORS:
            return False
        if raw.isupper() and len(raw) <= 5:  # acronyms: JNIM, ISGS, NDS
            return False
        return True

    def _beyond(self, text, toks, k: int, step: int) -> tuple[int | None, bool]:
        """The next capitalised word joined to a name from word k on (skipping "-e", "al"):
        (its index or None, whether a hyphen joins it)."""
        hyphen = False
        edge = k - step
        while 0 <= k < len(toks):
            a, b = (edge, k) if step > 0 else (k, edge)
            gap = text[toks[a][1]:toks[b][0]]
            core = gap.strip()
            if "\n" in gap or core not in ("", "-", "–") or len(gap) > 3:
                return None, False
            hyphen = hyphen or bool(core)
            raw = text[toks[k][0]:toks[k][1]]
            if raw[:1].isupper():
                return k, hyphen
            if toks[k][2] not in INNER:
                return None, False
            edge, k = k, k + step
        return None, False

    def _cues(self, text: str, toks, sp: Span) -> None:
        """Division words after the name, kinds of place and locatives before it."""
        # the words after: a division word, "city"
        if sp.j < len(toks) and self._adjacent(text, toks, sp.j - 1, sp.j):
            nxt = toks[sp.j][2]
            for cue, wordset in (("city", AFTER_CITY), ("admin", AFTER_ADMIN), ("district", AFTER_DISTRICT)):
                if nxt in wordset:
                    sp.cue, sp.end_word = cue, sp.j + 1
        if sp.cue is None and _AFTER_DIVISION.search(text, max(0, toks[sp.i][0] - 40), toks[sp.i][0]):
            sp.cue = "admin"  # "Nirkh district, Wardak": the province around the district
        # the words before: "the town of", "near", "in"
        before = [t[2] for t in toks[max(0, sp.i - 4):sp.i]]
        if before:
            if before[-1] in LOCATIVE:
                sp.located = True
            if len(before) >= 2 and before[-1] == "of":
                w2 = before[-2]
                if w2 in AREA or w2 in BEFORE_CITY or w2 in BEFORE_ADMIN or w2 in BEFORE_DISTRICT:
                    sp.located = True
                for cue, wordset in (("city", BEFORE_CITY), ("admin", BEFORE_ADMIN), ("district", BEFORE_DISTRICT)):
                    if w2 in wordset and sp.cue is None:
                        sp.cue = cue
            sp.after_the = before[-1] == "the"
        if sp.end_word < len(toks) and self._adjacent(text, toks, sp.end_word - 1, sp.end_word):
            nxt = text[toks[sp.end_word][0]:toks[sp.end_word][1]]
            sp.modifier = nxt.islower() or toks[sp.end_word][2] in FOLLOWERS

    def _given_and_surname(self, sp: Span, other: Span, has_country: bool) -> bool:
        """Two one-word names side by side, neither a country nor a division, with nothing
        saying they are places ("in", "the town of", "X province"): a person's given name and
        surname ("Anna Campbell"), each a town somewhere."""
        g = self.g
        if sp.j - sp.i != 1 or other.j - other.i != 1 or has_country:
            return False
        if any(g.kind(i) == COUNTRY for i in other.ids) or sp.located or sp.cue or other.cue:
            return False
        return sp.end_word == sp.j and other.end_word == other.j

    def _bad_neighbours(self, text, toks, sp: Span, by_edge, has_country: bool,
                        person_words: set[str]) -> bool:
        """Is the name part of a longer name ("Toti-Chi", "Marki Khel", "Ashraf Ghani")?"""
        g = self.g
        countries = {g.country_of(i) for i in sp.ids}
        for k, hyphen in (self._beyond(text, toks, sp.i - 1, -1), self._beyond(text, toks, sp.j, +1)):
            if k is None:
                continue
            other = by_edge.get(k)
            if other is not None:
                # "Kandahar-Herat highway" is two places; "Qom Qishlaq", "Band Sharan" are one name
                if not hyphen and k > sp.i and self._given_and_surname(sp, other, has_country):
                    # "Anna Campbell": a person; her "Anna" alone later is no town either
                    person_words.update((sp.key, other.key))
                if not hyphen or not countries & {g.country_of(i) for i in other.ids}:
                    return True
                continue
            w = toks[k][2]
            raw = text[toks[k][0]:toks[k][1]]
            if raw.isupper() and len(raw) <= 5:
                continue  # acronyms: "JNIM", "US"
            if hyphen:
                return True
            if k < sp.i:
                if w in SIDES:
                    continue
                if self._initial(text, toks[k][0]) and (w in g.english or w in g.stop_words):
                    continue
                if self._unknown_word(text, toks, k):
                    person_words.add(sp.key)
                return True
            if w in NOT_AFTER:
                return True
            if w in FOLLOWERS or w in g.stop_words or w in TITLES or has_country:
                continue
            return True
        return False

    def _read(self, text: str, toks, spans: list[Span]) -> list[Span]:
        g = self.g
        by_edge = {}
        for sp in spans:
            by_edge[sp.i] = sp
            by_edge[sp.j - 1] = sp
        keep = []
        person_words = set()
        for sp in spans:
            s0 = toks[sp.i][0]
            sp.initial = self._initial(text, s0)
            single = sp.j - sp.i == 1
            raw = text[s0:toks[sp.j - 1][1]]
            self._cues(text, toks, sp)
            # people and longer unknown names: "Ashraf Ghani", "President Karzai", "Toti-Chi"
            if sp.i > 0 and self._adjacent(text, toks, sp.i - 1, sp.i):
                prev = toks[sp.i - 1][2]
                if prev in TITLES and self._capitalised(text, toks, sp.i - 1):
                    person_words.add(sp.key)
                    continue
            has_country = any(g.kind(i) == COUNTRY for i in sp.ids)
            if self._bad_neighbours(text, toks, sp, by_edge, has_country, person_words):
                continue
            if single and sp.i > 0 and toks[sp.i - 1][2] in SPEECH and not has_country \
                    and text[toks[sp.i][1]:toks[sp.i][1] + 1] in (".", ",", ""):
                continue  # "..., said Thomson."
            if single and sp.j < len(toks) and toks[sp.j][2] in SPEECH and not has_country \
                    and not sp.located and (sp.i == 0 or toks[sp.i - 1][2] != "of"):
                if not any(i in g.capitals for i in sp.ids):
                    continue  # "Jackson said"
            if sp.key in g.stop_words and not has_country:
                continue
            if single and sp.key in g.english:
                sp.common = True
            if raw.isupper() and len(raw) <= 3 and sp.key not in COUNTRY_ABBREV:
                continue
            if sp.end_word < len(toks) and toks[sp.end_word][2] in QUARTER and \
                    self._adjacent(text, toks, sp.end_word - 1, sp.end_word):
                # "the Lome quarter", "the Kabul neighbourhood": part of a town, named after a
                # place elsewhere; never that country, province or big city itself
                sp.ids = tuple(i for i in sp.ids if g.kind(i) in (CITY, ADMIN2)
                               and g.population(i) < 100_000 and i not in g.capitals)
                if not sp.ids:
                    continue
            keep.append(sp)
        keep = [sp for sp in keep if sp.key not in person_words or sp.cue or sp.j - sp.i > 1]
        return self._rechain(text, toks, keep)

    # ------------------------------------------------------------ choosing readings
    def _resolve(self, text: str, toks, spans: list[Span], context_countries) -> list[PlaceMention]:
        g = self.g
        spans = self._read(text, toks, spans)
        ctx = []
        for c in context_countries:
            c3 = g.iso3(c)
            if c3 and c3 not in ctx:
                ctx.append(c3)
        text_cc = set()
        for sp in spans:
            if len(sp.ids) and all(g.kind(i) == COUNTRY for i in sp.ids[:1]):
                text_cc.add(g.country_of(sp.ids[0]))
        if not ctx and not text_cc:
            ctx = list(g.home)   # a text that names no country: the analyst's own gazetteer's
        ctx_set = set(ctx)
        first = [sp.ids for sp in spans]
        self._keep_allowed(spans, ctx_set, text_cc)
        home = self._division_countries(spans) - ctx_set - text_cc
        if home:
            # the note's country shown by its provinces and districts ("Zabul", "(Djibo, Soum)"):
            # read as if it were named, so that its places come before namesakes abroad
            text_cc |= home
            for sp, ids in zip(spans, first):
                sp.ids = ids
            self._keep_allowed(spans, ctx_set, text_cc)
        spans = [sp for sp in spans if sp.ids]
        sure = set(ctx) | text_cc | {g.country_of(sp.ids[0]) for sp in spans if len(sp.ids) == 1}
        if sure:
            spans = sorted(spans + self._variants(text, toks, spans, sure), key=lambda sp: sp.i)
        spans = self._rechain(text, toks, spans)
        # a near spelling must lie in the province of the places that follow it: "Zimtenga, Bam"
        # is not a town of some other province
        kept = [sp for sp in spans if not (sp.variant and sp.containers and not any(
            g.country_of(i) == g.country_of(c) and (g.kind(c) == COUNTRY or g.admin1_of(i) == g.admin1_of(c))
            for b in sp.containers for c in spans[b].ids for i in sp.ids))]
        if len(kept) != len(spans):
            spans = self._rechain(text, toks, kept)
        doc_cc: Counter = Counter()
        doc_a1: Counter = Counter()
        for rnd in range(2):
            # containers first (right to left), so that "X, Y" can use Y's reading
            for sp in reversed(spans):
                if len(sp.ids) == 1:
                    sp.choice, sp.how = sp.ids[0], "only candidate"
                    continue
                scored = [(self._score(sp, i, ctx, text_cc, doc_cc, doc_a1, spans), i) for i in sp.ids]
                (best_s, why), best = max(scored, key=lambda t: t[0][0])
                sp.choice, sp.how = best, why
            if rnd == 0:
                for sp in spans:
                    if sp.how in ("only candidate", "'X, Y' pattern") or g.kind(sp.choice) == COUNTRY:
                        doc_cc[g.country_of(sp.choice)] += 1
                        if g.kind(sp.choice) != COUNTRY:
                            doc_a1[(g.country_of(sp.choice), g.admin1_of(sp.choice))] += 1
                if not doc_cc:
                    break
        out = []
        for sp in spans:
            start = toks[sp.i][0]
            end = toks[sp.end_word - 1][1]
            how = f"spelling of {g.place(sp.choice).name}, {sp.how}" if sp.variant else sp.how
            out.append(PlaceMention(start, end, text[start:end], g.place(sp.choice), how))
        return out

    def _variants(self, text: str, toks, spans: list[Span], countries: set[str]) -> list[Span]:
        """Unknown capitalised names where a place is expected ("in X", "X district",
        "the village of X") matched to near spellings in the story's countries."""
        g = self.g
        taken = set()
        for sp in spans:
            taken.update(range(sp.i, sp.end_word))
        out = []
        k, n = 0, len(toks)
        while k < n:
            if k in taken or not self._capitalised(text, toks, k) or self._initial(text, toks[k][0]) \
                    or (k > 0 and text[toks[k - 1][1]:toks[k][0]] in ("-", "–")):
                k += 1
                continue
            j = k + 1
            while j < n and j - k < 5 and j not in taken and (
                    self._joined(text, toks, k, j + 1)
                    or (toks[j][2] in INNER and j + 1 < n and self._joined(text, toks, k, j + 2))):
                j += 1
            if not self._capitalised(text, toks, j - 1):
                j += 1
            words_ = [t[2] for t in toks[k:j]]
            if " ".join(words_) in g.demonyms or " ".join(words_) in g.stop_words or (
                    j - k == 1 and any(words_[0].endswith(x) and g.ids(words_[0][:-len(x)])
                                       for x in ("n", "an", "ian", "ese", "i", "ish"))):
                k = j
                continue
            plain = all(w in g.english or w in g.stop_words or w in TITLES for w in words_)
            if plain or any(text[toks[t][0]:toks[t][1]].isupper() for t in range(k, j)):
                k = j
                continue
            sp = Span(k, j, j, " ".join(words_), ())
            self._cues(text, toks, sp)
            start, end = toks[k][0], toks[j - 1][1]
            # "X (Y, Z)": Y, the first name in brackets, is X's commune or district
            first_in_list = text[max(0, start - 3):start].rstrip().endswith("(") \
                and text[end:end + 2].lstrip().startswith(",")
            if sp.located or sp.cue or (j < n and text[end:toks[j][0]].strip() == "(") or first_in_list \
                    or _AFTER_DIVISION.search(text, max(0, start - 40), start):
                flat = sp.key.replace(" ", "")
                ids = tuple(i for i in g.fuzzy(sp.key, sorted(countries))
                            if not flat.startswith(name_key(g.place(i).name).replace(" ", "")))
                if ids:
                    sp.ids, sp.variant = ids, True
                    out.append(sp)
            k = j
        return out

    def _rechain(self, text, toks, spans: list[Span]) -> list[Span]:
        for a, sp in enumerate(spans):
            chain, last = [], sp
            for b in range(a + 1, min(a + 4, len(spans))):
                nxt = spans[b]
                gap = text[toks[last.end_word - 1][1]:toks[nxt.i][0]]
                if not _CHAIN_GAP.fullmatch(gap):
                    break
                chain.append(b)
                last = nxt
            sp.containers = tuple(chain)
        for sp in spans:
            # "(Pobe-Mengao, Soum)": the last name in brackets is a division
            before = text[max(0, toks[sp.i][0] - 80):toks[sp.i][0]].rstrip()
            closes = text[toks[sp.end_word - 1][1]:].lstrip().startswith(")")
            sp.contains = closes and before[-1:] in (",", "(")
            sp.closes_list = closes and before.endswith(",") and ")" not in before[before.rfind("("):] \
                and "(" in before
        for sp in spans:
            for b in sp.containers:
                spans[b].contains = True
        return spans


# "the border with Benin", "the frontier with Mali", "its borders with Niger and Mali"
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|frontiers)\s+(?:with|of)\s+(?:the\s+)?(?:\w+\s+and\s+)?$", re.I)
# "Nirkh district, Wardak": what follows a division and a comma is the province around it
_AFTER_DIVISION = re.compile(r"\b(?:district|districts|county|department|commune|municipality)\s*,\s*$", re.I)
_CHAIN_GAP = re.compile(r"\s*(?:,|\(|,?\s*(?:in|of)|,\s*in(?: the)?)\s*")
