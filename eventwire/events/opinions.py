"""Stances, not acts. Verbs of agreement used for sharing an opinion: "X agreed with Y that the law should change"
tells what X thinks (a statement), not an intent to cooperate (CAMEO 030) with Y. The agreement
is an event when something is agreed to or on ("agreed with Y to hold talks", "agreed with Y on
a ceasefire") or a "that" clause says what both sides will do ("agreed with Y that their
ministers would meet").
"""
from __future__ import annotations

OPINION_VERBS = frozenset({"agree", "concur"})
# a "that" clause with one of these says what will be done: an agreement, not an opinion
PLAN_AUX = frozenset({"will", "would", "shall", "'ll", "’ll"})


def shared_opinion(verb) -> bool:
    """Is the verb "agree with X that <clause>" whose clause is a judgement, not a plan?"""
    if verb.lemma_.lower() not in OPINION_VERBS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return False
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
           for c in kids):
        return False        # "agreed with Y to ...", "agreed a plan with Y", "agreed with Y on ..."
    for c in kids:
        if c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                       for m in c.children):
            return not any(a.dep_ == "aux" and a.lower_ in PLAN_AUX for a in c.children)
    return False


def condition_doer(verb):
    """The subject of an "until" or "unless" clause on a refused act, or of a negated "if"
    clause: "will keep the sanctions until Belarus releases the detainees", "... unless Belarus releases",
    "... if Cuba does not free" set the condition on Cuba. None when there is no such clause or
    it is passive."""
    # the parser may hang the clause on a past relative of the object ("will keep the tariffs
    # it has placed on Y's steel if Y does not ..."): no condition is set on a past act
    past = [r for o in verb.children if o.dep_ in ("dobj", "obj") for r in o.children
            if r.dep_ == "relcl" and (r.tag_ in ("VBD", "VBN") or any(a.lemma_ == "have" for a in r.children if a.dep_ == "aux"))]
    for c in [*verb.children, *(c for r in past for c in r.children)]:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if c.dep_ == "advcl" and (marks & {"until", "till", "unless"} or (
                "if" in marks and any(n.dep_ == "neg" for n in c.children))):
            # the doer only: "until all prisoners are freed" sets no condition on the prisoners
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PRON":
                # "until it is satisfied that Y has freed the prisoners": the doer of what satisfies
                # the refuser; never the refuser's own side ("until we see results")
                told = next((t for h in (c, *(a for a in c.children if a.dep_ == "acomp"))
                             for t in h.children if t.dep_ == "ccomp"), None)
                if told is not None:
                    inner = next((s for s in told.children if s.dep_ == "nsubj"), None)
                    return inner if inner is not None and inner.pos_ != "PRON" else None
                if subj.lower_ in ("we", "i") or any(a.dep_ == "acomp" for a in c.children):
                    return None     # "until it is satisfied": a state of the refuser's own
            return subj
    return None
