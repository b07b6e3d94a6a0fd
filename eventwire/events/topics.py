"""Topics and predicates, not sides.

Topics, not partners: "postponed a Syrian dialogue conference", "delayed the Libyan national
conference". A nationality adjective before a meeting noun says what country's affairs the
meeting is about, not with whom relations are cut (CAMEO 16): the one who puts off a meeting
it hosts reduces no relations with that country. The other side of a meeting is named with
"with" ("postponed talks with Turkey") or as a pair ("EU-Turkey talks"), and stays a target.

Predicates, not targets: "dismissed the Sochi conference as a meeting between the regime and the
regime", "described the talks as a gift to Moscow". What the object is said to be names no one
the verb acts on: the object (or its author) is the target, or there is none. Only for words
said: "sent soldiers as peacekeepers to Mali" still sends them to Mali.
"""
from __future__ import annotations

MEETING_NOUNS = frozenset({"conference", "talks", "talk", "summit", "meeting", "dialogue", "forum",
                           "congress", "negotiations", "negotiation", "convention", "round"})

# the roots of words said (verbal cooperation and verbal conflict)
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})

REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})


def _topic_spans(verb, sent) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of the adjectives before the verb's meeting object."""
    base = sent.start_char
    spans = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.lemma_.lower() not in MEETING_NOUNS:
            continue
        for m in obj.children:
            if m.dep_ == "amod" and m.i < obj.i and m.tag_ == "JJ" and \
                    not any(t.text == "-" for t in m.subtree):      # not "Israeli-Palestinian talks"
                spans.append((m.idx - base, m.idx + len(m.text) - base))
    return spans


def drop_topics(pairs, code: str, verb, sent) -> list:
    """The (source, target) pairs without a target that is only the topic of a meeting the
    source puts off or cuts (root 16)."""
    if not pairs or not code.startswith("16"):
        return pairs
    spans = _topic_spans(verb, sent)
    if not spans:
        return pairs
    return [(s, t) for s, t in pairs if not any(a <= t.start < b for a, b in spans)]


def _as_spans(verb, sent) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of an "as" predicate of the verb's object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or any(o.lower_ in REFLEXIVE for o in objs):
        return []                       # "offered itself as a mediator between A and B": A and B stay
    base = sent.start_char
    spans = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i:
            words = list(c.subtree)
            spans.append((words[0].idx - base, words[-1].idx + len(words[-1].text) - base))
    return spans


def drop_predicated(pairs, code: str, verb, sent) -> list:
    """The (source, target) pairs of a verbal event (words: roots 01-05, 09-13) without a
    target named only inside what the verb's object is said to be ("dismissed X as a meeting
    between A and B"); not of a deed ("sent soldiers as peacekeepers to Mali")."""
    if not pairs or code[:2] not in VERBAL_ROOTS:
        return pairs
    spans = _as_spans(verb, sent)
    if not spans:
        return pairs
    return [(s, t) for s, t in pairs if not any(a <= t.start < b for a, b in spans)]
