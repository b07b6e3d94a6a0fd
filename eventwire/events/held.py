"""Protests reported by their noun alone, with nobody named as their doer.

A conflict note often names a protest without a verb of its doers: as a headline ("Protests
in X on 30 October, against the vote"; "Crowds of marchers across X on 12
May"), or as the subject of a verb that only says it happened ("a rally was held in X",
"a sit-in took place at X"). Such a protest, dated and located by a name ("in X", "at X"),
is a demonstration (the noun's code) by a crowd of the country it is set in, addressed to
that country's government (roles.addressed_government), as "dozens protested in X" is. A
doer the noun names itself ("a rally organised by the unions") stays the doer (Nominal.doers).

Only protest nouns (root 14) and only these two shapes: a headline with no finite verb, or the
subject of an occurrence verb. Nouns in any other position ("called for a protest") are left
to the rest of the coder.
"""
from __future__ import annotations

from pathlib import Path

from ..actors.unlisted import place_name
from . import protest_nouns
from .nominal import NounEvent
from .roles import addressed_government
from .rules import EventNoun
from .unnamed import spliced


def _load(path: Path = protest_nouns.PATH) -> dict[str, EventNoun]:
    """The protest nouns a note may report alone, with their codes (the "note" column)."""
    return {r["noun"]: EventNoun(r["noun"], r["note"], ("against",)) for r in protest_nouns.rows(path) if r["note"]}


NOUNS = _load()

# verbs that only say an event happened: "a march was held / organised / staged"
HELD_PASSIVES = frozenset({"hold", "organize", "organise", "stage", "call", "mount"})
HAPPENED = frozenset({"take", "occur", "erupt", "break", "happen", "unfold"})   # "took place", "broke out"
OUTBREAK = frozenset({"erupt", "break"})        # "erupted", "broke out": news of its own (_broke_out)
# the people of a protest, when a headline names them and not their act
PROTESTERS = protest_nouns.nouns("doer")       # (data/protest_nouns.tsv)
# verbs that put on a protest named as their object: "workers staged a sit-in"
# (the tagger's lemma of "staged" may be "stag": the forms too)
STAGING = frozenset({"stage", "staged", "stages", "hold", "organize", "organise", "mount", "launch", "observe"})
# what only people put on: the nouns an unknown plural subject may stage ("stocks staged a rally")
PEOPLES_PROTESTS = protest_nouns.nouns("people")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
LOCATING = frozenset({"in", "at", "near", "outside"})


def _verbless(sent) -> bool:
    return not any(t.tag_ in FINITE_TAGS for t in sent)


def _located(tok) -> bool:
    """A proper name after a locating preposition on the noun or its verb ("in X", "at X")."""
    heads = [tok] + ([tok.head] if tok.head.i != tok.i else [])
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in LOCATING:
                # (a month or a weekday is no place: "took place in May 2017")
                if any(place_name(o) for o in p.subtree):
                    return True
    return False


def _occurred(tok) -> bool:
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ == "nsubjpass" and lemma in HELD_PASSIVES:
        return True
    return tok.dep_ == "nsubj" and lemma in HAPPENED


def _broke_out(tok, root) -> bool:
    """ "Riots broke out in X", "protests erupted in X after ...": the sentence's own news, told
    in the past by its main verb, needs no date of its own (a note's headline does)."""
    return tok.dep_ == "nsubj" and tok.head.i == root.i and root.tag_ == "VBD" and \
        root.lemma_.lower() in OUTBREAK and not any(c.dep_ in ("aux", "auxpass", "mark") for c in root.children)


def _noun(tok) -> str:
    """The noun's lemma; "sit-in", which the tokenizer splits, whole."""
    if tok.lower_ == "in" and any(c.dep_ == "compound" and c.lower_ == "sit" for c in tok.children):
        return "sit-in"
    return tok.lemma_.lower() if tok.pos_ in ("NOUN", "PROPN") else ""


def _stagers(tok, entry, resolver):
    """ "bus drivers staged a sit-in": the subject of the verb that stages the protest, if
    it names an actor, or is a plural noun nobody knows (a crowd of them); None when the noun
    is no such object."""
    head = tok.head
    if tok.dep_ != "dobj" or (head.lemma_.lower() not in STAGING and head.lower_ not in STAGING):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    found = resolver.actors(subj)
    if found:
        return found
    if subj.tag_ == "NNS" and not resolver.names_actor(subj) and PEOPLES_PROTESTS & set(entry.noun.split()):
        crowd = resolver.unnamed("CVL", subj.text, 0, 0, "unnamed crowd", subj)
        return [crowd] if crowd is not None else None
    return None


def _protesters(root):
    """The protesters a verbless headline names: "protesters", "hundreds of protesters"."""
    if root.lemma_.lower() in PROTESTERS:
        return root
    for p in root.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in PROTESTERS:
                    return o
    return None


def held_protests(nominal, sent, resolver, claimed: set[int], taken: set[int], dated: bool) -> list[NounEvent]:
    """The protests of the sentence that only a noun reports (see the module's doc)."""
    out = []
    root = sent.root
    for tok in sent:
        if not dated and not _broke_out(tok, root):
            continue
        # (a noun whose verb made an event of it is the verb's: "students staged a protest")
        if tok.head.i in taken or tok.i in taken or tok.dep_ == "compound":
            continue
        entry = NOUNS.get(_noun(tok))
        if entry is None and tok.dep_ == "dobj" and tok.i not in taken:
            # "staged a protest meeting": a two-word protest the event nouns know
            known = nominal.entry(tok)
            entry = known if known is not None and known.code.startswith("14") and " " in known.noun else None
        crowd = None
        if entry is None and tok.i == root.i and _verbless(sent):
            crowd = _protesters(tok)
            entry = NOUNS["protest"] if crowd is not None else None
        if entry is None:
            continue
        stagers = _stagers(tok, entry, resolver) if entry is not None else None
        if not (crowd is not None or (tok.i == root.i and _verbless(sent)) or _occurred(tok) or stagers):
            continue
        # (a clause joined by a comma to the next is a done thing of its own: "a rally was
        # held in X, the protesters demanded ...")
        fact = nominal.factual(tok) or (tok.dep_ in ("nsubjpass", "dobj") and spliced(tok.head)) or \
            (stagers and nominal.modality.mood(tok.head)[0] == "fact")
        if not _located(tok) or not fact:
            continue
        sources = stagers or (nominal.doers(tok, resolver, entry) if crowd is None else resolver.actors(crowd))
        if not sources:
            unnamed = resolver.unnamed("CVL", tok.text, 0, 0, "unnamed crowd", None)
            sources = [unnamed] if unnamed is not None else []
        sources = [resolver.as_civilians(s) for s in sources]
        targets = nominal._targets(tok, entry, resolver) or \
            [t for s in sources[:1] for t in [addressed_government(resolver.country_of(s), sources)] if t]
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        if pairs:
            out.append(NounEvent(tok, entry, pairs))
    return out
