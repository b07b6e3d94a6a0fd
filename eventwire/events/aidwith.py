"""Support given as aid, told by a "with" phrase: "Japan supported Nepal with a grant of $10
million", "helped Y with a donation", "backed Y with $5 million in aid" are aid given (07), not
the endorsement (05) or the unspecified cooperation (06) the verb alone gives. The aid noun must
be the "with" phrase's own (or the thing counted in it: "with $5 million in aid", "with a package
of aid"); a military or humanitarian modifier gives 072 or 073. Not for words of aid that are
no gift ("with a loan" is lent and "with advice" is no material aid), which are left out.
"""
from __future__ import annotations

# verbs of support and help whose "with" phrase may name the aid given
SUPPORT_VERBS = frozenset({"support", "back", "help", "assist", "aid", "bolster", "reinforce"})
# codes those verbs give that the aid recodes: endorsement and (economic) cooperation
RECODED = frozenset({"050", "051", "057", "060", "061", "070"})
AID_NOUNS = frozenset({"grant", "donation", "contribution", "aid", "assistance", "funding", "fund",
                       "relief", "package", "supply", "subsidy"})
KINDS = {"military": "072", "humanitarian": "073", "medical": "073", "food": "073", "emergency": "073",
         "economic": "071", "financial": "071", "development": "071"}
AID = "070"


def _aid_code(noun) -> str | None:
    """The aid code the noun (or the thing counted under it) names, else None."""
    nouns = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                      for o in p.children if o.dep_ == "pobj"]
    for n in nouns:
        if n.lemma_.lower() not in AID_NOUNS or n.pos_ != "NOUN":
            continue
        for n2 in [n] + [o for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]:
            for m in n2.children:
                if m.dep_ in ("amod", "compound") and m.lower_ in KINDS:
                    return KINDS[m.lower_]
        return AID
    return None


def aid_with(verb, mentions) -> str | None:
    """The aid code when support is given "with" aid, else None."""
    if verb.lemma_.lower() not in SUPPORT_VERBS or not mentions or \
            not all(m.code in RECODED for m in mentions):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            for o in (o for o in p.children if o.dep_ == "pobj"):
                code = _aid_code(o)
                if code:
                    return code
    return None
