"""Whose freedoms a state restricts when the object names no actor.

"The Salvadoran president censored the press", "Turkey banned a pro-Kurdish party", "the
government suspended mobile internet": restrictions on political freedoms (CAMEO 1721) and bans
of parties (1722) are a state's acts on its own people. When the object names no actor, its head
(restricted.yaml: the press, a party, the internet) names a body of the source's own country:
its media (MED), its opposition (OPP), its people (CVL). Other objects ("outlawed FGM") name
no one: no event.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

DATA = Path(__file__).resolve().parent / "data" / "restricted.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    return safe_load(DATA.read_text(encoding="utf-8"))


def restricted_people(verb, code: str, sources: list, country_of) -> list:
    """[the source country's body the object names] for a 1721/1722 act, else []."""
    data = _data()
    if not code.startswith(tuple(data["codes"])) or not sources:
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ in ("poss", "prep") for c in objs[0].children):
        return []           # "the party's leaders", "parties of the left": not the body itself
    role = data["heads"].get(objs[0].lower_) or data["heads"].get(objs[0].lemma_.lower())
    source = sources[0]
    if role is None or source.code[3:6] not in data["source_roles"]:
        return []
    country = country_of(source)
    if country is None or len(country.code) != 3:
        return []
    return [replace(country, code=country.code + role,
                    how=country.how + f" + its {role} (restricted.py)")]
