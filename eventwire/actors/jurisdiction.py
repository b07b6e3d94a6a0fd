"""A person no dictionary knows, named as someone a state acts on inside its jurisdiction.

"Egypt released Mahmoud Samir", "the court sentenced Ana Rivas to six years", "President X
pardoned Y": a state arrests, tries, jails, frees and accuses its own people far more often
than others. A PERSON entity with no nationality of its own (no country, body or title
naming one in its phrase) that is the object of such an act (jurisdiction_verbs.tsv), or its
passive subject with the doer named ("was jailed by a Cairo court"), takes the acting state's
country, with the role its words give (a title: "journalist Y" MED) or as a civilian (CVL).
Not when the clause speaks of what only a foreigner undergoes (extradition, deportation,
asylum, expulsion), and only for a state's doer: a government, its leader, courts, police,
army or intelligence (never rebels, a company or an international body), named with its
country (not a bare "the judge" whose country is the story's guess).
"""
from __future__ import annotations

from pathlib import Path

from ..records import ActorMention, Origin
from ..tsv import read_rows
from .again import person_again
from .codes import is_international

JURISDICTION_VERBS = frozenset(r[0] for r in read_rows(Path(__file__).parent / "data" / "jurisdiction_verbs.tsv"))
# the roles of a state acting on people in its jurisdiction ("" : the country's name itself)
STATE_ROLES = frozenset({"", "GOV", "JUD", "COP", "MIL", "SPY", "LEG"})
# words of what a foreigner undergoes (or is mostly accused of): the person's country is not
# the state's
FOREIGN_WORDS = ("extradit", "deport", "asylum", "expel", "expuls", "foreign", "spy", "spie", "espionage")
DEFAULT_ROLE = "CVL"
# doers whose country is guessed (from the story, a nearby sentence): too weak to lend it on
GUESSED = frozenset({Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.ROLE, Origin.UNNAMED})
# ... and a titled person lent a country the same way ("Judge X", entities.py)
LENT = ("+ story country", "+ country named nearby")


def acted_on(head):
    """(verb, doer token) when the phrase headed by `head` is the object of a jurisdiction
    verb ("released X", "released X and Y") or its passive subject with a "by" doer, else None."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head                  # "arrested A and B": B as A
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JURISDICTION_VERBS:
        return None
    if tok.dep_ == "dobj":
        return verb, _subject(verb)
    if tok.dep_ == "nsubjpass":
        agent = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return (verb, agent[0]) if agent else None
    return None


def _subject(verb):
    """The subject of the verb, through "and" and "to"-clauses ("police arrested and charged X",
    "decided to release X")."""
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def foreign_clause(verb) -> bool:
    return any(t.lower_.startswith(FOREIGN_WORDS) for t in verb.subtree)


def jurisdiction_person(resolver, head, ent, role: str | None) -> list[ActorMention] | None:
    """The person as one of the acting state's people, or None when the rule does not apply."""
    found = acted_on(head)
    if found is None or found[1] is None or foreign_clause(found[0]):
        return None
    verb, doer = found
    if doer.i in range(ent.start, ent.end):
        return None
    if person_again(resolver.memory, [t.text for t in ent if t.text[:1].isupper()] or [ent.text]) is not None:
        return None         # "Imran Khan ... Rangers detained Khan": the person named before
    if head.dep_ == "conj":
        # "released X and Y", "accused opposition leaders X and Y": a person as the first,
        # with its title
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.ent_type_ != "PERSON":
            return None
        role = role or _title_role(resolver, first)
    doers = resolver.actors(doer)
    if len(doers) != 1:
        return None
    if doers[0].origin in GUESSED or doers[0].how.endswith(LENT):
        return None         # "the judge sentenced X" with the judge's country guessed from the story
    code = doers[0].code
    if len(code) < 3 or is_international(code) or code.startswith("---") or code[3:6] not in STATE_ROLES:
        return None
    country = code[:3]
    role = role or DEFAULT_ROLE
    text, start, end = resolver._span([resolver.sent.doc[ent.start], resolver.sent.doc[ent.end - 1]])
    name = resolver.dictionary.country_name(country) or country
    return [ActorMention(text, start, end, country + role, name,
                         f"person {ent.text!r} + role {role} + acted on by {country} ({verb.lemma_.lower()})",
                         Origin.CONTEXT)]


def _title_role(resolver, name) -> str | None:
    """The role of a title before a name ("opposition leaders X"), if the agents know it."""
    for t in name.subtree:
        if t.i >= name.i or t.dep_ not in ("compound", "amod"):
            continue
        m = resolver.by_token.get(t.i - resolver.sent.start)
        role = resolver.role_of(m) if m is not None else None
        if role and not role.endswith("~"):
            return role
    return None
