"""Words sent to someone: "sent a letter to Iran's president threatening new sanctions",
"wrote to the Commission demanding compensation".

A clause of words (a demand, a criticism, a rejection, a threat: roots 10-13) hung on a verb of
sending or writing to a recipient ("sent a letter to X", "wrote to X") is addressed to that
recipient when it names no target of its own: the sender threatens, demands of, accuses X.
"""
from __future__ import annotations

# verbs that send words to someone named after "to"
SENDING_VERBS = frozenset({"send", "write", "deliver", "address", "hand", "dispatch"})
# what they send, when the verb is "send", "deliver", "hand" ("sent troops to X threatening" is
# no message)
MESSAGES = frozenset({"letter", "message", "note", "memo", "memorandum", "communication", "missive",
                      "ultimatum", "warning", "notice", "statement", "complaint", "protest", "appeal"})
WORD_ROOTS = frozenset({"10", "11", "12", "13"})


def _sending(verb):
    """The verb of sending the clause hangs on ("sent a letter ... threatening", "a letter
    ... demanding"), or None."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in MESSAGES:
        head = head.head if head.dep_ in ("dobj", "pobj") else head
        if head.dep_ == "prep":
            head = head.head
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in SENDING_VERBS:
        return None
    if head.lemma_.lower() != "write" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in MESSAGES for c in head.children):
        return None
    return head


def recipients(verb, code: str, resolver) -> list | None:
    """The actors the words of `verb` are sent to, or None when it is no such clause."""
    if code[:2] not in WORD_ROOTS:
        return None
    sender = _sending(verb)
    if sender is None:
        return None
    found = []
    for tok in [sender] + [c for c in sender.children if c.dep_ == "dobj"]:
        for p in tok.children:
            if p.dep_ in ("prep", "dative") and p.lower_ == "to":
                for o in p.children:
                    if o.dep_ == "pobj":
                        found += resolver.actors(o)
            elif p.dep_ == "dative" and p.pos_ != "ADP":
                found += resolver.actors(p)     # "sent Iran a letter"
    return found or None
