"""Words that name a people or its members ("Catalan", "Pashtun", "Navajo").

data/people_words.tsv (scripts/derive_people_words.py, from WordNet 3.1) lists them. The people
dictionary has some of them as a person's bare surname ("Catalan": a Chilean minister, "Irani":
a Jordanian one); written as a modifier of a noun ("Catalan leaders", "Pashtun elders") the
word names the people, never that person.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Origin
from ..tsv import read_rows

DATA = Path(__file__).parent / "data" / "people_words.tsv"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in read_rows(DATA))


def people_modifier(sent, m) -> bool:
    """Is the one-word match a people's name modifying the noun after it ("Catalan leaders")?"""
    if m.end - m.start != 1:
        return False
    tok = sent[m.start]
    return tok.lower_ in people_words() and tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i


HOMES = Path(__file__).parent / "data" / "people_homes.tsv"
NAMING_DEPS = frozenset({"amod", "compound"})


@lru_cache(maxsize=1)
def people_homes() -> dict[str, frozenset[str]]:
    """A stateless people's word -> the countries it is native to (data/people_homes.tsv)."""
    return {row[0].strip().lower(): frozenset(row[1].split("|")) for row in read_rows(HOMES)}


def named_people(head) -> frozenset[str]:
    """The home countries of the people a role is named by ("the Kurdish people", "Rohingya
    refugees": a capitalised modifier before the role), or an empty set."""
    homes = people_homes()
    if people_role(head):
        return homes[head.lower_]
    for tok in head.children:
        if tok.dep_ in NAMING_DEPS and tok.i < head.i and tok.text[:1].isupper() and tok.lower_ in homes:
            return homes[tok.lower_]
    return frozenset()


def unplaced_people(head, dictionary) -> bool:
    """Is the role named by a people word whose reading as a person's surname was set aside
    (people_modifier: "Nepali workers", "Bengali traders") and whose homes are not listed? Then
    the role's country is not known: never the story's ("Qatar freed Nepali workers" is no
    QATLAB). Review s32."""
    homes, words = people_homes(), people_words()
    return any(tok.dep_ in NAMING_DEPS and tok.i < head.i and tok.text[:1].isupper() and tok.lower_ in words
               and tok.lower_ not in homes and any(e.kind == "person" for e in dictionary.lookup(tok.lower_))
               for tok in head.children)


def people_home(head, found, dictionary=None):
    """The (country, origin) a role alone takes (coref.Memory.role_country's answer `found`),
    checked against the people it is named by: the story's or a nearby country is kept when
    it is one of the people's homes; else the people's one home, or no country when it has
    several ("Japan sent aid to the Kurdish people": not Japan's Kurds), or when the people's
    homes are not known (unplaced_people)."""
    if dictionary is not None and unplaced_people(head, dictionary):
        return None
    homes = named_people(head)
    if not homes or (found and found[0] in homes):
        return found
    if len(homes) == 1:
        return next(iter(homes)), Origin.PEOPLE
    return None


def people_role(head) -> str | None:
    """CVL for a people named by its plural or collective noun ("the Rohingya", "Uighurs",
    "Tamils"): its civilians. Not one member ("a Tamil", "Tamil": its plural is listed), nor a
    people that holds a de facto administration somewhere ("the Kurds" who seized a town are its
    forces there: ethnic.py)."""
    from .ethnic import de_facto
    low, homes = head.lower_, people_homes()
    if low not in homes or not head.text[:1].isupper() or head.dep_ in NAMING_DEPS:
        return None
    if any(w == low for w, _c in de_facto()) or (not low.endswith("s") and low + "s" in homes):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "every", "each") for c in head.children):
        return None
    return "CVL"
