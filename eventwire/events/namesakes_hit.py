"""A small town abroad beside a big place: "shelled Bagram, the airfield north of Kabul". The
gazetteer may read a bare town name as a namesake village abroad (an Iranian "Bahram") when the
sentence names no country; a country, province or city of a million named just after the town
("north of Kabul", "in Parwan") says where it is, unless the sentence names the town's country too.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin

SMALL = 100_000         # a town this small is no reading to keep against a big place beside it
BIG = 1_000_000         # a city this big names its country
TOWNS = ("city", "admin2")
BESIDE = 60             # characters from the town's end to the big place
# words between the town and the place that say the town is NOT in it ("a town near the border
# with Lebanon", "20km from Syria", "across the river from X")
APART = frozenset({"border", "borders", "frontier", "from", "across", "off"})


def beside_named(found: list, resolver):
    """The first place hit, in the country of a big place named just after it when the first
    is a small gazetteer town of another country the sentence names nowhere else."""
    place = found[0]
    if place.origin != Origin.PLACE:
        return place
    mentions = resolver.place_mentions
    town = next((p for start, _end, p, _text in mentions if start == place.start), None)
    if town is None or town.feature_type not in TOWNS or (town.population or 0) >= SMALL:
        return place
    line = resolver.sent.text
    big = [(text, p) for start, _end, p, text in mentions
           if 0 <= start - place.end <= BESIDE and p.country and p.country != town.country
           and (p.feature_type in ("country", "admin1") or (p.population or 0) >= BIG)
           and not APART & set(line[place.end:start].lower().replace(",", " ").split())]
    if len({p.country for _t, p in big}) != 1:
        return place
    if resolver.named_here().count(town.country) > 1:
        return place        # the town's country is named elsewhere in the sentence too
    text, p = big[0]
    name = resolver.dictionary.country_name(p.country) or p.country
    return replace(place, code=p.country, name=name, how=f"{place.how}, beside {text!r} ({p.country})")
