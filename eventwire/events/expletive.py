"""The "it" that stands for no one: "it was four years since X annexed Crimea", "it is clear
that ...", "it seems that ...", "it would be a mistake to ...". A verb read as joined to such a clause ("it was four years
since Putin annexed Crimea and helped foment a rebellion", with "helped" hung on "was") has no
doer in that "it": resolving it to the last country named invents one.
"""
from __future__ import annotations

# nouns of time after "it was": "it was four years since", "it is time to"
TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "time",
                        "century", "moment", "anniversary"})
# "the first country to ...", "the only state to ...": the "it" is that country, not a judgement
RANKING = frozenset({"first", "only", "last", "second", "third", "latest", "sole"})
# verbs whose "it" subject stands before a clause: "it seems that", "it appears that"
RAISING_VERBS = frozenset({"seem", "appear", "emerge", "transpire", "matter", "remain"})


def expletive_it(subj) -> bool:
    """Whether `subj` is an "it" that refers to nothing (see above)."""
    if subj.lower_ != "it" or subj.dep_ not in ("nsubj", "expl"):
        return False
    if subj.dep_ == "expl":
        return True
    verb = subj.head
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma in RAISING_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return True
    if lemma != "be":
        return False
    if any(c.dep_ == "attr" and c.lemma_.lower() in TIME_NOUNS for c in kids):
        return True
    # "it is clear that ...", "it was important to ...": an adjective with the real subject after
    if any(c.dep_ == "acomp" for c in kids) and any(c.dep_ in ("ccomp", "xcomp") and c.i > subj.i for c in kids):
        return True
    # "it would be political suicide to allow ...", "it was a mistake to attack ...": a noun judging
    # the to-infinitive after it (not a cleft "it was Russia that attacked", whose clause is no
    # to-infinitive)
    # ("it was the first country to recognise X" is a country: a ranking word makes it one)
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and not any(
        g.lower_ in RANKING for g in c.children) for c in kids) and any(
        c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.i > subj.i and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
        for c in list(kids) + [g for c in kids if c.dep_ == "attr" for g in c.children])
