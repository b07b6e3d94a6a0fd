"""Co-hosts: "a summit it co-hosted with Ghana", "France will co-host
the summit with Germany", "Kenya organised the forum jointly with the AU".

The one named after "with" on a verb of hosting or organising is a partner in the hosting, not
its guest: the host's event takes no target from that phrase. "with" on the verb after a talk
noun ("hosted talks with the Taliban", "organised a meeting with Y") names the other side of
the talks and stays a target, unless the verb itself says co-hosting ("co-host", "jointly",
"together with").
"""
from __future__ import annotations

HOST_VERBS = frozenset({"host", "co-host", "cohost", "organise", "organize", "co-organise",
                        "co-organize", "convene", "co-convene", "sponsor", "co-sponsor", "cosponsor",
                        "co-chair", "cochair", "chair"})
# nouns whose "with Y" is the other side of the talks ("talks with Y")
TALK_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
                        "dialogue", "consultation", "consultations", "session", "visit", "call",
                        "dinner", "lunch", "luncheon", "breakfast", "banquet", "reception"})
TOGETHER = frozenset({"jointly", "together"})


def _lemma(verb) -> str:
    """"co-host" is split by the tokeniser: the verb's lemma with its "co-" prefix."""
    lemma = verb.lemma_.lower()
    i = verb.i
    doc = verb.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co":
        return "co-" + lemma
    return lemma


def _hosted(verb):
    """What the verb hosts: its object, or the noun a relative clause of it describes
    ("a conference that it was hosting")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return None


def cohost_spans(verb, sent) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of the co-hosts named after "with" on the verb."""
    lemma = _lemma(verb)
    if lemma not in HOST_VERBS and not (lemma.startswith("co-") and lemma[3:] in HOST_VERBS):
        return []
    # "co-host", "cohost" (not "convene", "cooperate"): a host sharing the role with "with"
    joint = lemma.startswith("co-") or (lemma.startswith("co") and lemma[2:] in HOST_VERBS) or any(c.lower_ in TOGETHER for c in verb.subtree if c.dep_ == "advmod")
    hosted = _hosted(verb)
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if joint and hosted is not None:
        # "will co-host the meeting with Germany": the parser hangs "with" on the meeting
        withs += [c for c in hosted.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return []
    if not joint and (hosted is None or hosted.lemma_.lower() in TALK_NOUNS or hosted.lower_ in TALK_NOUNS):
        return []
    base = sent.start_char
    spans = []
    for w in withs:
        words = list(w.subtree)
        spans.append((words[0].idx - base, words[-1].idx + len(words[-1].text) - base))
    return spans


def drop_cohosts(pairs, verb, sent) -> list:
    """The (source, target) pairs without a target that is a co-host of the source."""
    if not pairs:
        return pairs
    spans = cohost_spans(verb, sent)
    if not spans:
        return pairs
    return [(s, t) for s, t in pairs if not any(a <= t.start < b for a, b in spans)]
