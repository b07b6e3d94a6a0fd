"""The releaser of people freed in an agentless passive: the one the sentence says held them.

"Two Russians who had been held by the government in Libya were released on Thursday": nobody
is named as releasing them, but the release ends the holding the relative clause reports, so the
holder ("by" phrase of a verb of holding on the people released) is the one who let them go.
Only a "by" doer that is named (the dictionaries or a known role), never a guess.
"""
from __future__ import annotations

from .receivers import GUESSED

# verbs of holding people whose "by" doer is the holder
HOLDING = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "imprison", "jail",
                     "arrest", "take"})
# roots of a release: yield (08)
RELEASE_ROOTS = ("08",)


def captors(verb, resolver, code: str) -> list:
    """The holders of the released, or [] (only for an agentless passive release)."""
    if code[:2] not in RELEASE_ROOTS or any(c.dep_ == "agent" for c in verb.children):
        return []
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for held in (c for c in subj.children if c.dep_ in ("relcl", "acl")):
            if held.lemma_.lower() not in HOLDING:
                continue
            for agent in (c for c in held.children if c.dep_ == "agent"):
                for o in (g for g in agent.children if g.dep_ == "pobj"):
                    found = [a for a in resolver.actors(o) if a.origin not in GUESSED]
                    if found:
                        return found
    return []
