"""A person no dictionary knows, described by a copula: "Lena Marsh was a Canadian
photographer", "My colleague Omar Idris, 40, is a reporter for a Kenyan daily".

The description names the person's role and country (CAMEO codes a person by what he is):
a later "he" / "she" stands for that actor ("She was shot dead at a checkpoint": the
photographer, CANMED). Only the copula's own complements and their conjuncts ("a film-maker,
journalist and activist") that are role words themselves count (not "the son of the
president", "a critic of the government"); when they name more than one actor code the description is
unclear and nothing is remembered. A bare country ("in the UK") is no description of a person.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin

COMPLEMENT_DEPS = frozenset({"attr", "acomp"})


def _complements(verb):
    """The copula's complements and their conjuncts ("a film-maker, journalist and figure")."""
    out = []
    todo = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj"]
    return out


def copula_described(resolver, name_tok):
    """The one actor (country + role) the copula after the person's name describes him as,
    or None: the name is the subject of "be" ("Aksoy was a journalist") or the apposition of
    the subject ("My friend Aksoy was ..."), the verb is not negated."""
    subject = name_tok.head if name_tok.dep_ == "appos" else name_tok
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() != "be" or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    found = {}
    for comp in _complements(verb):
        # the complement is itself a role word ("reporter"), not "the son of the president"
        role = (resolver.dictionary.agent_role(comp.lower_) or
                resolver.dictionary.agent_role(comp.lemma_.lower()) or "").rstrip("~")
        if not role:
            continue
        for a in resolver.actors(comp):
            if len(a.code) >= 6 and a.code[:3].isalpha() and a.code[:3] != "---" and \
                    a.code[3:6] == role and a.origin not in (Origin.PRONOUN, Origin.STORY_COUNTRY):
                found.setdefault(a.code, a)
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    start = name_tok.idx - resolver.sent.start_char
    return replace(actor, text=name_tok.text, start=start, end=start + len(name_tok.text),
                   how=actor.how + f" (described: {name_tok.text!r})", origin=Origin.DESCRIPTION)
