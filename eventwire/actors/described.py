"""A known person's name written with a title of another country: the title decides.

"The Chilean foreign minister, Ruben Soto,", "Chilean Foreign Minister Ruben Soto", "Ruben
Soto, the Chilean foreign minister,": when the dictionary knows a person of that name in
another country (a namesake, or a stale entry), the text's own description of him on the day
of the story is the better evidence: he is the role in the country his title names (CHLGOV).
Only a nationality word or a country's possessive set on the role word itself ("Chilean
minister", "Chile's minister"), the role word being the name's title or appositive; a country
the role is posted to ("the US ambassador to Chile") is not his.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin
from .codes import is_international

# roles that make a person a political actor (entities.PERSON_ROLES)
PERSON_ROLES = frozenset("GOV MIL REB COP OPP JUD LEG SPY ELI PTY INS RAD MOD".split())
COUNTRY_ORIGINS = frozenset({Origin.ADJECTIVE, Origin.NAME})


def described_instead(resolver, head, persons, countries, roles) -> list | None:
    """[the role of the title's country] for the phrase's one person when his title names
    another country than the dictionary's, else None (read the person as before)."""
    if len(persons) != 1 or not roles or not countries:
        return None
    pm, person = persons[0]
    if len(person.code) < 3 or is_international(person.code):
        return None
    sent = resolver.sent
    proot = sent[pm.start:pm.end].root
    for rm, role in roles:
        if role.rstrip("~") not in PERSON_ROLES:
            continue
        rtok = sent[rm.start:rm.end].root
        titled = rtok.head.i == proot.i and rtok.dep_ in ("compound", "nmod") and rtok.i < proot.i
        beside = (proot.dep_ == "appos" and proot.head.i == rtok.i) or \
            (rtok.dep_ == "appos" and rtok.head.i == proot.i)
        if not (titled or beside):
            continue
        for cm, country in countries:
            croot = sent[cm.start:cm.end].root
            if country.origin not in COUNTRY_ORIGINS or croot.head.i != rtok.i or \
                    croot.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if country.code[:3] == person.code[:3] or len(country.code) < 3 or is_international(country.code):
                return None
            actor = resolver._with_role(country, role.rstrip("~"))
            return [replace(actor, text=person.text, start=person.start, end=person.end, origin=Origin.OFFICE,
                            how=f"{actor.how}; the title of {person.text!r}, not the dictionary's {person.code}")]
    return None
