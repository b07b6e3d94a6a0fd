"""Armed bodies named by an ethnic or sectarian group, not by a state.

"Kurdish fighters", "Sunni militias", "Pashtun militias": the
adjective is no state's (the country tables know every nationality adjective, and such a word
would already have named the country), so the body is not the army or the government of the
country it stands in. Per GUIDELINES/README an armed non-state group is the country it fights in
+ REB. The country found for the phrase (the sentence's, the story's) stays; only the state's
role goes. Civil authorities are left alone: "Basque authorities", "Flemish authorities" are a
state's regional governments, which no table tells from the Rojava administration (SYRREB).

data/de_facto.tsv: peoples that hold a de facto administration outside the state in a country
(the Kurds of north-east Syria): their authorities, officials and police are that country's REB
too, while the same people elsewhere keep the state's role (Iraqi Kurdistan's government is
IRQGOV in the dictionaries).

data/not_ethnic.tsv: capitalised words that are no ethnic or sectarian group ("Western forces",
"Coalition troops", sentence-initial "Armed men").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..tsv import read_rows
from .codes import country_rows

DATA = Path(__file__).parent / "data" / "not_ethnic.tsv"
# the state's armed roles that an ethnic or sectarian name makes a rebel group's
ARMED_ROLES = frozenset({"MIL", "UAF"})
# the roles of a state's bodies that a de facto administration's have instead (de_facto.tsv)
STATE_ROLES = ARMED_ROLES | frozenset({"GOV", "COP"})
# "Kurdish-led", "Tamil-controlled": the people before the hyphen name the body
HYPHEN_VERBS = frozenset({"led", "run", "controlled", "dominated", "held", "majority"})
DE_FACTO = Path(__file__).parent / "data" / "de_facto.tsv"
MODIFIER_DEPS = frozenset({"amod", "compound"})
# the dictionaries' religion roles (CAMEO): "Sunni militias", "Christian fighters" are sectarian
FAITH_ROLES = frozenset({"MUS", "CHR", "JEW", "HIN", "BUD"})


@lru_cache(maxsize=1)
def not_ethnic() -> frozenset[str]:
    # compass points, blocs, alliances and words capitalised at a sentence start; the words of
    # country names, adjectives and peoples come from the country tables below
    words = {row[0].strip().lower() for row in read_rows(DATA)}
    # any word of a country's name, adjective or people ("Korean" of "South Korean", "African"
    # of "South African", "Serb") belongs to states, not to an ethnic group
    for row in country_rows():
        words.update(row[0].lower().split())
    return frozenset(words)


def _modifiers(head):
    """The modifiers before `head`, and the first word of a hyphened one: "Kurdish" of
    "Kurdish-led forces", "Tamil" of "Tamil-controlled areas"."""
    for tok in head.children:
        if tok.dep_ not in MODIFIER_DEPS or tok.i > head.i:
            continue
        if tok.lower_ in HYPHEN_VERBS and tok.i > 1 and tok.nbor(-1).text == "-":
            first = tok.nbor(-2)
            if first.head.i == tok.i or first.head.i == head.i:
                yield first
        yield tok


def ethnic_modifier(resolver, head):
    """The capitalised modifier of `head` that names a group of people and no state, if any."""
    for tok in _modifiers(head):
        if not tok.text[:1].isupper():
            continue
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.text.isalpha() or tok.text.isupper():
            continue
        if tok.lower_ in not_ethnic() or tok.is_stop:
            continue        # a bloc, a direction, a common word capitalised at a sentence start
        m = resolver.by_token.get(tok.i - resolver.sent.start)
        if m is not None and resolver.role_of(m) in FAITH_ROLES and m.end == tok.i - resolver.sent.start + 1:
            return tok      # a faith: "Sunni", "Christian"
        if m is not None and (resolver.role_of(m) is not None or resolver.match_actor(m) is not None):
            continue        # a nationality, a named body or person, another role the dictionaries know
        if m is None and resolver.names_actor(tok):
            continue
        return tok
    return None


@lru_cache(maxsize=1)
def de_facto() -> frozenset[tuple[str, str]]:
    return frozenset((r[0].strip().lower(), r[1].strip()) for r in read_rows(DE_FACTO))


def _de_facto_word(resolver, head, country: str) -> bool:
    """An ethnic word of the phrase (its own modifier, or the place it is in: "authorities in the
    Kurdish north") whose people hold a non-state administration in `country` (de_facto.tsv)."""
    words = {t.lower_ for t in resolver.np_tokens(head) if t.i != head.i}
    words |= {t.lower_ for t in _modifiers(head)}
    return any((w, country) in de_facto() for w in words)


def _doer(head) -> bool:
    """Is `head` the doer of its verb: its subject, or the object of a passive's "by"?"""
    return head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def non_state(resolver, head, found: list):
    """`found` (the actors of the phrase headed by `head`) with a state's armed role made REB
    when an ethnic or sectarian word, not a state's, names the body; and a state's civil or armed
    role made REB when the people named hold a de facto administration outside the state there
    ("Kurdish authorities" in Syria); and the people itself named as the doer or holder ("held
    by Kurds in Syria", "the Kurds seized the town"): their forces there, not the state."""
    if found and head.tag_ in ("NNS", "NNPS") and head.text[:1].isupper() and _doer(head):
        people = [a for a in found if len(a.code) in (3, 6) and a.code[:3].isalpha() and a.code[3:] in STATE_ROLES | {""}
                  and (head.lower_, a.code[:3]) in de_facto()]
        if people:
            return [replace(a, code=a.code[:3] + "REB", how=a.how + " + non-state: the people of a de facto administration (de_facto.tsv)")
                    if a in people else a for a in found]
    if not found or head.pos_ != "NOUN" or (head.text[:1].isupper() and head.i != head.sent.start):
        return found
    state = [a for a in found if len(a.code) == 6 and a.code[:3].isalpha() and a.code[3:] in STATE_ROLES]
    if not state:
        return found
    armed = [a for a in state if a.code[3:] in ARMED_ROLES]
    if armed and ethnic_modifier(resolver, head) is not None:
        return [replace(a, code=a.code[:3] + "REB", how=a.how + " + non-state: named by an ethnic or sectarian group")
                if a in armed else a for a in found]
    held = [a for a in state if _de_facto_word(resolver, head, a.code[:3])]
    return [replace(a, code=a.code[:3] + "REB", how=a.how + " + non-state: a de facto administration (de_facto.tsv)")
            if a in held else a for a in found]


def de_facto_home(resolver, head, role: str, named_here: list[str]) -> str | None:
    """The country of an armed body named by a people ("Kurdish fighters") when the story lends
    it none: the one country its sentence names where that people holds a de facto
    administration (de_facto.tsv): "Damascus told Kurdish fighters not to count on
    American cover" (Syria's Kurds), not "Kurdish fighters" in a sentence naming neither."""
    if role not in ARMED_ROLES or head.pos_ != "NOUN":
        return None
    word = ethnic_modifier(resolver, head)
    if word is None:
        return None
    homes = {c for w, c in de_facto() if w == word.lower_} & set(named_here)
    return homes.pop() if len(homes) == 1 else None
