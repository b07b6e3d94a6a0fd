"""The noun "call" as an appeal, not a telephone call.

nouns.tsv reads "call" after a light verb as a telephone call (041: "made a call to Erdogan",
"had a call with Putin"). A call *for* something, a call *on* someone, a call *that* someone
act or a call for someone *to* act is an appeal (020), and so is a call one renews, repeats or
reiterates: one does not renew a telephone call ("renewed its call to Israel to end the siege").
"""
from __future__ import annotations

from .rules import EventNoun

CALL = "call"
APPEAL = EventNoun("call", "020", ("on", "to"))
PATTERN = "appeal-call:call"
# the noun's own prepositions that make it an appeal
APPEAL_PREPS = frozenset({"for", "on", "upon"})
# light verbs that repeat what was said before
REPEATING = frozenset({"renew", "repeat", "reiterate", "reissue", "echo", "restate", "reaffirm"})
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})


def appeal_call(verb, noun_tok) -> EventNoun | None:
    """The appeal entry when the light verb's noun "call" is an appeal (see the module's note)."""
    if noun_tok is None or noun_tok.lemma_.lower() != CALL:
        return None
    if verb.lemma_.lower() in REPEATING:
        return APPEAL
    for c in noun_tok.children:
        if c.dep_ == "prep" and c.lower_ in APPEAL_PREPS:
            return APPEAL               # "a call for calm", "a call on Japan to stop"
        if c.dep_ in CLAUSE_DEPS and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to")
                                         for g in c.children):
            return APPEAL               # "a call that Russia end the war"
    return None
