"""First-person words inside a quotation: the speaker the sentence names.

"'We have driven the rebels out of the town,' the French defence minister said", "The
Saudi foreign minister said: 'We condemn the attack'": "we" is the speaker's side, "I" the
speaker. Only inside quotation marks (never an author's or a narrator's "we"), only for a
quote that a speech verb of the same sentence reports, and only when that verb's subject is
one named actor (not one whose country is guessed); a quote that runs over from another sentence has no speaker here.
"""
from __future__ import annotations

from ..records import Origin
from .placed import SPEECH_LEMMAS

SPEECH = SPEECH_LEMMAS | {"stress", "insist", "declare", "warn", "vow", "pledge", "claim",
                          "post", "reply", "respond", "continue", "conclude", "admit", "acknowledge"}
QUOTE_DEPS = frozenset({"ccomp", "parataxis", "conj", "advcl", "xcomp", "relcl", "acl", "dobj"})
# a speaker whose country or body was guessed ("a resident said") speaks for no known side
GUESSED = frozenset({Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.ROLE, Origin.UNNAMED})
STRAIGHT = '"'
OPEN, CLOSE = "\u201c", "\u201d"


def inside_quote(tok) -> bool:
    """Is the token between quotation marks of its sentence?"""
    sent = tok.sent
    before = sent.doc.text[sent.start_char:tok.idx]
    if before.count(STRAIGHT) % 2 == 1:
        return True
    return before.count(OPEN) > before.count(CLOSE)


def speech_verb(tok):
    """The speech verb reporting the quoted clause the token is in, or None."""
    clause = tok.head
    for _ in range(8):
        parent = clause.head
        if parent.i == clause.i:
            # the quote may be the root, with the speech verb set off after it
            # ("'We will ...', he said", read as parataxis on the quote)
            return next((c for c in clause.children if c.dep_ in ("parataxis", "conj")
                         and c.lemma_.lower() in SPEECH and not inside_quote(c)), None)
        if clause.dep_ not in QUOTE_DEPS:
            return None
        if parent.lemma_.lower() in SPEECH and parent.pos_ in ("VERB", "AUX") and not inside_quote(parent):
            return parent
        clause = parent
    return None


def speaker(resolver, pron) -> list:
    """The actor a quoted "we"/"I" stands for ([] when unsure)."""
    if not inside_quote(pron):
        return []
    verb = speech_verb(pron)
    if verb is None:
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj",) and not inside_quote(c)]
    if len(subj) != 1 or subj[0].lower_ in ("we", "i", "us", "our", "my", "me"):
        return []
    actors = resolver.actors(subj[0])
    if any(a.origin in GUESSED for a in actors):
        return []
    return actors if len({a.code for a in actors}) == 1 else []
