"""The same act again, by another: "Obama urged the junta to free the prisoners. Ban made the
same appeal", "France issued a similar warning". The event noun ("appeal", "warning",
"demand") marked "same" or "similar" names no target of its own: it is the target of the
document's latest event of the noun's kind (its CAMEO root) by another source, all of that
event's targets when it had several ("urged both sides"), told in this sentence or the two
before. No such event: no one (no event).
"""
from __future__ import annotations

# words that make an act a repeat of one told before: "the same appeal", "a similar call"
SAME_WORDS = frozenset({"same", "similar", "identical"})
WINDOW = 2              # earlier sentences the repeated act may be told in


def repeated(noun) -> bool:
    """ "the same appeal", "a similar warning": an act told as a repeat of an earlier one."""
    return noun is not None and any(c.dep_ == "amod" and c.lower_ in SAME_WORDS for c in noun.children)


def echoed_targets(code: str, sources, memory: list[tuple], sentence: int) -> list:
    """The targets of the latest event of the code's root by another source, told in the
    sentence or the WINDOW before it. memory: (code, words, source, event key, target) of the
    document's events so far; an event key starts with its sentence's index."""
    own = {s.code for s in sources}
    for entry in reversed(memory):
        done, _words, source, key, target = entry
        if not done or done[:2] != code[:2] or target is None or source is None or \
                source.code in own or not key:
            continue
        if sentence - key[0] > WINDOW:
            return []
        same = [m[4] for m in memory if m[3] == key and m[4] is not None and m[2] is not None
                and m[2].code not in own]
        out, seen = [], set()
        for t in same:
            if t.code not in seen and t.code not in own:
                seen.add(t.code)
                out.append(t)
        return out
    return []
