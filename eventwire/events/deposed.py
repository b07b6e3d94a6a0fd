"""The country of the unnamed body that deposes a leader is the leader's.

"Morsi was ousted by a military junta", "the president was toppled by the army": removing a
ruler from office is done inside the ruler's country, so a bare role ("the army", "a junta")
with no country of its own written takes the deposed one's country, not the story's (an article
about Turkey that mentions Egypt's coup).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin

# verbs of removing a ruler from power
DEPOSE_VERBS = frozenset({"oust", "overthrow", "topple", "depose", "unseat", "remove"})
# a body's country only guessed from the story or nearby sentences
GUESSED = (Origin.STORY_COUNTRY, Origin.CONTEXT)


def deposers(verb, passive: bool, sources: list, targets: list) -> list:
    """`sources` with a guessed country made the deposed target's, for a passive of deposing."""
    if not passive or verb.lemma_.lower() not in DEPOSE_VERBS or not sources or not targets:
        return sources
    countries = {t.code[:3] for t in targets if len(t.code) >= 3 and t.code[:3].isalpha()
                 and t.origin not in GUESSED}
    if len(countries) != 1:
        return sources
    country = countries.pop()
    return [replace(s, code=country + s.code[3:], how=s.how + " + the deposed one's country")
            if s.origin in GUESSED and len(s.code) >= 3 and s.code[:3] != country else s for s in sources]
