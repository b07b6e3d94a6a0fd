"""A pronoun's nearest rival antecedent in its own sentence.

"Turkey had been urging the council to attend, after Ankara told it ...", "the outside
states would not rein in the militias they armed": the nearest noun before the pronoun
that agrees with it in number and can name a body or a group of people is the likeliest
antecedent. When no dictionary names that noun, the pronoun's actor is unknown: reaching back
past it to an actor named earlier gives a wrong actor, so the pronoun is left unresolved.
Bodies the spaCy entity type ORG or their initials name count as rivals of "it" too ("the SNC").
"""
from __future__ import annotations

from pathlib import Path

from ..records import Origin
from ..tsv import read_rows

# data/rivals.tsv: number ("it" or "they"), lemma of a noun for a body or a group of people, source
DATA = Path(__file__).parent / "data" / "rivals.tsv"
SINGULAR = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their"})
# dependencies of a noun that is an argument (not a modifier) in its clause
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "attr"})


def _load() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"it": set(), "they": set()}
    for number, lemma, *_ in read_rows(DATA):
        out[number.strip()].add(lemma.strip())
    return {k: frozenset(v) for k, v in out.items()}


NOUNS = _load()


def _acronym(tok) -> bool:
    """ "the SNC", "the HNC": an organisation's initials."""
    return tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 6 and \
        tok.i > 0 and tok.nbor(-1).lower_ == "the"


def _agrees(tok, pronoun: str) -> bool:
    lemma = tok.lemma_.lower()
    if pronoun in SINGULAR:
        if tok.tag_ not in ("NN", "NNP"):
            return False
        return lemma in NOUNS["it"] or (tok.tag_ == "NNP" and (tok.ent_type_ == "ORG" or _acronym(tok)))
    return tok.tag_ == "NNS" and lemma in NOUNS["they"]


def unknown_rival(pron, names_actor, excluded_tokens=frozenset()) -> object | None:
    """The nearest noun before `pron` in its sentence that could be its antecedent, when no
    dictionary names it (names_actor(tok) is False for every word of its phrase); else None.
    Nouns the pronoun sits inside ("the forces they sponsored") and `excluded_tokens` (the
    clause's own subject, which a non-possessive object pronoun cannot be) are passed over."""
    lower = pron.lower_
    if lower not in SINGULAR | PLURAL:
        return None
    ancestors = {t.i for t in pron.ancestors}
    sent = pron.sent
    for i in range(pron.i - 1, sent.start - 1, -1):
        tok = pron.doc[i]
        if tok.i in ancestors or tok.i in excluded_tokens or tok.dep_ not in ARGUMENT_DEPS:
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "det")
                  or t.i == tok.i]
        if any(names_actor(t) for t in phrase):
            return None         # the nearest candidate is a known actor: the memory finds it
        if _agrees(tok, lower):
            return tok
    return None


def blocked(resolver, pron) -> bool:
    """Should the pronoun stay unresolved (see the module's doc)? `resolver` is the
    ActorResolver reading the sentence."""
    excluded: set[int] = set()
    if pron.dep_ != "poss" and not pron.dep_.startswith("nsubj"):
        subj = resolver._clause_subject(pron)
        if subj is not None:
            # the subject's own words, not an apposition on it ("Turkey, a sponsor of the council")
            excluded = {subj.i} | {t.i for t in subj.children if t.dep_ in ("compound", "amod", "det", "flat")}
    return unknown_rival(pron, resolver.names_actor, excluded) is not None


def spoken_by_person(owner, verb) -> bool:
    """ "James Smith, the US envoy, said it "will not allow ...": "it" in what a person said is
    his state, an organisation or a thing named before, and no rule tells which: left unresolved
    (a state or body speaking, "Russia said it would ...", is the speaker itself). A speech verb
    with an addressee ("Trump told the EU it must ...") leaves "it" to the usual reading."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return bool(owner) and all(a.origin == Origin.OFFICE for a in owner)
