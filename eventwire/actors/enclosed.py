"""Place names that hold another country's name: "Inner Mongolia" (China), "New Mexico" (the
United States). The phrase matcher reads such a name whole, as no actor, so the country inside it
("Mongolia", "Mexico") never stands for the place; the gazetteer (placed.py) then gives the place
its own country. Only first-level divisions (places/data/admin1.tsv) of a country other than the
one named inside them count: "Western Australia" stays Australia's.
"""
from __future__ import annotations

from pathlib import Path

PLACES = Path(__file__).resolve().parent.parent / "places" / "data"
ADMIN1 = PLACES / "admin1.tsv"
COUNTRIES = PLACES / "countries.tsv"
# dictionary kinds that name a country itself
COUNTRY_KINDS = frozenset({"name", "adjective"})


def _rows(path: Path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(head, line.rstrip("\n").split("\t")))


def enclosing_names(dictionary, tokenize) -> list[tuple[str, ...]]:
    """Token tuples (normalised as the matcher's) of division names with another country's name
    inside them as a shorter run of words."""
    from .matcher import _phrase_tokens, norm

    iso3 = {r["iso2"]: r["iso3"] for r in _rows(COUNTRIES)}
    names: dict[str, str] = {}
    for r in _rows(ADMIN1):
        own = iso3.get(r["cc"])
        for n in [r["name"], r.get("geonames_name", ""), *(r.get("aliases") or "").split("|")]:
            n = " ".join(n.split())
            if own and " " in n:
                names.setdefault(n, own)
    out = []
    for name, toks in zip(names, _phrase_tokens(list(names), tokenize)):
        toks = tuple(norm(t) for t in toks)
        if not toks or dictionary.lookup(" ".join(toks)):
            continue            # the dictionary knows the whole name already
        inner = set()
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if j - i < len(toks):
                    inner |= {e.code[:3] for e in dictionary.lookup(" ".join(toks[i:j]))
                              if e.kind in COUNTRY_KINDS and len(e.code) == 3}
        if inner - {names[name]}:
            out.append(toks)
    return out
