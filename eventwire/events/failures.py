"""Agreements the sides failed to reach (issue 15, task vconf).

"A and B failed to reach an agreement on Z", "A failed to strike a deal with B", "the talks
between A and B failed to produce an accord": the failure of the sides to agree is itself a
rejection between them, coded 120 (PETRARCH's CAMEO verb dictionary codes FAIL as [120],
CAMEO.2.0.txt line 1924), not a negated agreement. Only an agreement that was sought fails this
way: the act must be one of reaching or making an agreement (a noun of agreement as its object,
or "agree" itself), under "fail" (not "did not fail"); other failures ("failed to attack",
"failed to reach the town") stay negated. Word lists: data/failures.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

DATA = Path(__file__).parent / "data" / "failures.yaml"
CODE = "120"


@lru_cache(maxsize=1)
def _words(path: Path = DATA) -> dict[str, frozenset[str]]:
    with open(path, encoding="utf-8") as fh:
        w = safe_load(fh) or {}
    return {k: frozenset(str(x).lower() for x in v) for k, v in w.items() if isinstance(v, list)}


def failed_agreement(verb, mood: str, head) -> bool:
    """Is `verb` an agreement its sides failed to reach: "failed to reach a deal", "failed to
    agree on a text", read as negated under "fail"?"""
    w = _words()
    if mood != "negated" or head is None or head.lemma_.lower() not in w["failing_heads"]:
        return False
    if verb.head.i != head.i or verb.dep_ != "xcomp" or any(c.dep_ == "neg" for c in head.children):
        return False        # "did not fail to agree"
    lemma = verb.lemma_.lower()
    if lemma in w["agreeing_verbs"]:
        return not any(c.dep_ == "dobj" for c in verb.children)     # "failed to agree on", not "agree a loan"
    if lemma not in w["reaching_verbs"]:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in w["agreement_nouns"] for c in verb.children)


def failed_pairs(verb, resolver, sources) -> list:
    """The (side, side) pairs of an agreement that failed: each with the partner of its "with"
    phrase ("failed to reach a deal with B"), else the members of the subject with each other
    ("A and B failed to agree", "the talks between A and B failed to ..."). Its topic is no
    side ("failed to strike a deal on fishing quotas"): with no partner named, nothing."""
    anchors = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    partners = [a for t in anchors for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts) for a in resolver.actors(x)]
    if partners:
        return [(s, t) for s in sources for t in partners if s.code != t.code]
    sides = meeting_sides(verb, resolver) or [(a, b) for a in sources for b in sources]
    return [(a, b) for a, b in sides if a.code != b.code]


def meeting_sides(verb, resolver) -> list:
    """(side, side) pairs of "the talks between A and B failed to reach a deal": the sides of the
    meeting that is the subject of "fail", each with the other; [] for any other subject."""
    fail = verb.head
    subj = next((c for c in fail.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _words()["meeting_nouns"]:
        return []
    sides = [a for p in subj.children if p.dep_ == "prep" and p.lower_ == "between"
             for o in p.children if o.dep_ == "pobj"
             for t in (o, *o.conjuncts) for a in resolver.actors(t)]
    return [(a, b) for a in sides for b in sides]
