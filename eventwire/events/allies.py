"""Cooperation against a common enemy: "joined other forces in the fight against Islamic State",
"worked with Iraqi troops in the battle against the Taliban".

The one named after "against" (on the verb, or on what they wage: "fight", "war") is whom the
partners fight, never the partner: a cooperation event (roots 03-08) takes no target from
inside such an "against" phrase of its verb. With no other target named, no event (the partner
is unnamed: "other forces").
"""
from __future__ import annotations

COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# what the partners wage together ("in the fight against Y"); an "against" on a measure names
# its target instead ("lifted sanctions against Sudan": Sudan is whom the lifting favours)
FIGHT_NOUNS = frozenset({"fight", "battle", "war", "campaign", "struggle", "offensive", "operation",
                         "coalition", "alliance", "effort", "combat", "conflict", "front"})


def _enemy_spans(verb, sent) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of the phrases after "against" inside the verb's own
    phrases ("in the fight against X"), not inside clauses of their own below it."""
    base = sent.start_char
    spans = []
    for tok in verb.subtree:
        if tok.dep_ != "prep" or tok.lower_ != "against":
            continue
        if tok.head.i != verb.i and tok.head.lemma_.lower() not in FIGHT_NOUNS:
            continue
        # an "against" of another verb below this one is that verb's ("agreed to act against Y")
        up = tok.head
        while up.i != verb.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.i != verb.i:
            continue
        words = list(tok.subtree)
        spans.append((words[0].idx - base, words[-1].idx + len(words[-1].text) - base))
    return spans


def drop_common_enemies(pairs, code: str, verb, sent) -> list:
    """The (source, target) pairs of a cooperation event without targets named as the enemy."""
    if code[:2] not in COOPERATION_ROOTS:
        return pairs
    spans = _enemy_spans(verb, sent)
    if not spans:
        return pairs
    return [(s, t) for s, t in pairs if not any(a <= t.start < b for a, b in spans)]
