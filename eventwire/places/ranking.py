"""Choosing a reading for a place name: which candidates a name may have (a namesake abroad,
an ordinary word) and how each scores with the name's surroundings and the text's countries."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY
from .normal import strip_generic
from .vocab import VAGUE

W_CONTEXT = 4.0        # a country the caller says the story is about
W_TEXT_COUNTRY = 3.0   # a country named in the text
W_DOC_COUNTRY = 2.0    # the country of the text's unambiguous places
W_DOC_ADMIN1 = 1.5     # their first-level division
W_CONTAINER = 10.0     # inside the place that follows ("Paris, Texas")
W_CUE = 4.0            # the kind the surrounding words ask for


@dataclass
class Span:
    i: int              # first word
    j: int              # one past the last word of the name
    end_word: int       # one past the last word including a division word after it
    key: str
    ids: tuple[int, ...]
    alt: frozenset = frozenset()   # ids matched only by an alternate name
    cue: str | None = None      # city | admin | district
    initial: bool = False
    common: bool = False        # one ordinary English word
    located: bool = False       # a locative word or phrase before it
    after_the: bool = False     # "the" right before it
    containers: tuple[int, ...] = ()   # spans that follow it as its container
    contains: bool = False      # it is some earlier span's container
    variant: bool = False       # found by a near spelling
    modifier: bool = False      # a noun follows it: "the Kabul government"
    closes_list: bool = False   # the last of two or more names in brackets: "(Sebba, Yagha)"
    choice: int | None = None
    how: str = ""



class Ranking:
    """The candidate tests and scores of PlaceFinder (which sets self.g)."""

    def _prior(self, i: int, alt: frozenset = frozenset()) -> float:
        g = self.g
        kind = g.kind(i)
        s = math.log10(g.population(i) + 10)
        if i in alt:
            s -= 1.0  # named so only in some other language or spelling
        if kind == COUNTRY:
            s += 2.0
        elif kind == ADMIN1:
            s -= 1.0
        elif kind == ADMIN2:
            s -= 1.5
        if i in g.capitals:
            s += 1.5
        return s

    def _inside(self, i: int, c: int) -> bool:
        """Is place i within (or the same as, or next to) place c?"""
        g = self.g
        if i == c:
            return True
        if g.country_of(i) != g.country_of(c):
            return False
        kc = g.kind(c)
        if kc == COUNTRY:
            return True
        if kc == ADMIN1:
            return g.kind(i) != COUNTRY and g.admin1_of(i) == g.admin1_of(c)
        if g.kind(i) in (COUNTRY, ADMIN1):
            return False
        limit = 80.0 if kc == ADMIN2 else 40.0
        if kc == ADMIN2 and g.admin1_of(i) != g.admin1_of(c):
            return False
        return _km(g.point(i), g.point(c)) <= limit

    def _keep_allowed(self, spans: list[Span], ctx: set[str], text_cc: set[str]) -> None:
        """Drop the readings _allowed refuses, with the countries known so far. The home of
        an imported national gazetteer is always near: its small towns are not namesakes
        abroad when an actor's country (or a misread name) puts another country first."""
        near = set(ctx | text_cc | set(self.g.home))
        for c in list(near):
            near |= self.g.neighbours.get(c, frozenset())
        for sp in spans:
            sp.ids = tuple(i for i in sp.ids if self._allowed(sp, i, ctx, text_cc, near, spans))

    def _division_countries(self, spans: list[Span]) -> set[str]:
        """Countries whose provinces or districts the text names without doubt: names read as
        divisions of one country only, whose readings abroad are all far smaller ("Zabul",
        "Oudalan"; "Herat" beside an Iranian village; not "Tripoli", a Libyan district and a
        Lebanese city)."""
        g = self.g
        out = set()
        for sp in spans:
            if not sp.ids or sp.common or strip_generic(sp.key) in VAGUE:
                continue
            if any(g.kind(i) == COUNTRY for i in sp.ids):
                continue
            countries = {g.country_of(i) for i in sp.ids if g.kind(i) in (ADMIN1, ADMIN2)}
            if len(countries) != 1:
                continue
            home = max(g.population(i) for i in sp.ids if g.country_of(i) in countries)
            abroad = max((g.population(i) for i in sp.ids if g.country_of(i) not in countries), default=0)
            if abroad * 20 <= home:
                out |= countries
        return out

    def _allowed(self, sp: Span, i: int, ctx: set[str], text_cc: set[str], near: set[str],
                 spans: list[Span]) -> bool:
        g = self.g
        kind = g.kind(i)
        if kind == COUNTRY:
            return True
        cc = g.country_of(i)
        known = cc in ctx or cc in text_cc
        if sp.key in g.demonyms:
            return False
        if strip_generic(sp.key) in VAGUE and not known:
            return False
        if sp.common and kind in (ADMIN1, ADMIN2) and not known and sp.cue not in ("admin", "district"):
            return False
        if sp.after_the and sp.cue is None and sp.j - sp.i == 1 and not sp.modifier:
            return False  # "the Sahel.": the wider region, not the province; "Feel the Bern"
        if sp.common and not sp.cue:
            if sp.initial or sp.after_the or i in sp.alt:
                return False
            if not (sp.located or sp.containers or i in g.capitals):
                return False
        if kind == ADMIN2 and not (sp.cue or sp.located or sp.containers or sp.contains or known
                                   or sp.variant):
            return False  # a bare "Cameron", "Jeff Davis": counties are rarely named alone
        if sp.closes_list and kind == CITY and near and not known:
            return False  # "(Gorom, Oudalan)" closes with a division, not a town abroad
        pop = g.population(i)
        supported = any(self._inside(i, c) for b in sp.containers if spans[b].key != sp.key
                        for c in spans[b].ids)
        if near and cc not in near and not supported:
            # a namesake abroad in a story about somewhere else
            if pop < (1_000_000 if i in sp.alt else 100_000):
                return False
        for b in sp.containers:
            # "X of Y district, Helmand", "Nawa district, Ghazni": X is not a place of some other
            # country (a big city may still be listed beside a division: "in Tehran, Baghdad")
            cont = spans[b]
            where = {g.country_of(c) for c in cont.ids}
            if len(where) != 1 or cc in where:
                continue
            if cont.cue in ("admin", "district") or (
                    any(g.kind(c) in (ADMIN1, ADMIN2) for c in cont.ids) and g.population(i) < 1_000_000):
                return False
        if pop < 100_000 and not supported:
            for b in sp.containers:
                if any(g.kind(c) in (COUNTRY, ADMIN1, ADMIN2) for c in spans[b].ids):
                    return False
        return True

    def _score(self, sp: Span, i: int, ctx: list[str], text_cc: set[str],
               doc_cc: Counter, doc_a1: Counter, spans: list[Span]) -> tuple[float, str]:
        g = self.g
        s = self._prior(i, sp.alt)
        why = "population"
        kind, cc = g.kind(i), g.country_of(i)
        if sp.cue == "city" and kind == CITY:
            s += W_CUE
            why = "'city of' phrase"
        elif sp.cue == "admin" and kind in (ADMIN1, ADMIN2):
            s += W_CUE + (0.5 if kind == ADMIN1 else 0.0)
            why = "'province' phrase"
        elif sp.cue == "district" and kind in (ADMIN2, CITY):
            s += W_CUE + (1.0 if kind == ADMIN2 else 0.0)
            why = "'district' phrase"
        if sp.cue is None and kind == CITY:
            s += 0.5  # a bare name is a town before it is a province of the same name
        if sp.contains and kind != CITY:
            s += 2.5  # "Paris, Texas", "(Sono, Kossi)": what follows is mostly a division
            why = "'X, Y' pattern"
        small = g.population(i) < 100_000 and kind != COUNTRY
        if ctx and cc in ctx:
            s += W_CONTEXT - 0.5 * min(ctx.index(cc), 2) - (1.5 if small else 0.0)
            why = "country in context"
        elif cc in text_cc:
            s += W_TEXT_COUNTRY - (1.0 if small else 0.0)
            why = "country in text"
        elif doc_cc.get(cc):
            s += W_DOC_COUNTRY
            why = "country of other places in text"
        if kind != COUNTRY and doc_a1.get((cc, g.admin1_of(i))):
            s += W_DOC_ADMIN1
        if sp.containers:
            hits = 0
            for b in sp.containers:
                cont = spans[b]
                pool = (cont.choice,) if cont.choice is not None else cont.ids
                if any(self._inside(i, c) for c in pool):
                    hits += 1
            if hits:
                s += W_CONTAINER * hits / len(sp.containers)
                why = "'X, Y' pattern"
        return s, why



def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    la1, lo1 = map(math.radians, p)
    la2, lo2 = map(math.radians, q)
    a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
