"""A country's name as the first word of an unknown organisation's proper name.

"Mona Said of the Yemen Campaign, a human rights group", "the Sudan Relief Fund": the country
names the cause of a group no dictionary lists, not the state. With "the" before it and a
capitalised word of a charity's or a campaign's name after it that is one name with it, the
country is no actor of the phrase. The state's own bodies ("the United States Treasury", "the
U.S. Department of Justice") are not such words.
"""
from __future__ import annotations

# the heads of charities', campaigns' and advocacy groups' names
CAUSE_WORDS = frozenset({"campaign", "relief", "project", "foundation", "trust", "network",
                         "solidarity", "forum", "initiative", "institute", "society", "watch",
                         "appeal", "voices"})


def in_unknown_name(resolver, m) -> bool:
    """Whether the country match `m` is the first word of a proper name no dictionary knows."""
    sent = resolver.sent
    if m.end >= len(sent) or m.start == 0:
        return False
    last, nxt = sent[m.end - 1], sent[m.end]
    if last.pos_ != "PROPN" or last.dep_ != "compound" or last.head.i != nxt.i:
        return False
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.lower_ not in CAUSE_WORDS:
        return False
    if sent[m.start - 1].lower_ != "the":
        return False            # "the Yemen Campaign": a name with its article; not a headline's "Syria Talks"
    return m.end not in resolver.by_token and not resolver.names_actor(nxt)
