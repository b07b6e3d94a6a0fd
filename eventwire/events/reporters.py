"""Reporters are not victims: "..., killing four people, rights groups and a local observer
reported." The parser may join the subject of a reporting verb that closes the sentence to
the list of those the participle clause hit ("people, activists and a monitor" as one list)
and leave the verb without a subject. When a reporting verb (reported, said, told, ...) has no
subject and nothing after it but its own words ("told reporters", "said on Monday") and full
stops, the members of the list before it that follow its last comma are its subject: the
reporters (so too a noun after that comma whose clause the verb is read as: "..., killing seven
people, the Observatory for Human Rights reported on Sunday"). No event takes them as a target.
"""
from __future__ import annotations

from pathlib import Path

from ..tsv import word_lists

# reporting verbs whose subject a closing list may hold (data/reporter_words.tsv)
REPORT_LEMMAS = word_lists(Path(__file__).parent / "data" / "reporter_words.tsv")["report_lemmas"]
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def _closes(verb, sent) -> bool:
    """Is the reporting verb subjectless and the last word of the sentence's own, only its
    words or punctuation after it?"""
    if verb.lemma_.lower() not in REPORT_LEMMAS:
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not _noun_clause(verb):
        return False
    if any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return False
    own = {t.i for t in verb.subtree}
    return all(t.is_punct or t.i in own for t in sent if t.i > verb.i)


def _noun_clause(verb) -> bool:
    """ "the Observatory reported on Sunday" read as a clause of the noun ("reported" VBN):
    with only a time or place after it, not "reported missing", nor "reported by" (the noun
    would be what was reported)."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and \
        all(c.dep_ in ("prep", "npadvmod", "advmod", "punct") and c.lower_ != "by" for c in verb.children)


def _listed_subject(verb, sent):
    """ "..., killing five people, activists and a monitor reported.": the parser made the whole
    list the subject of the closing reporting verb, itself hung on the "-ing" clause. The list's
    last member (the reporters follow its last comma), else None."""
    if verb.lemma_.lower() not in REPORT_LEMMAS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if verb.dep_ != "ccomp" or verb.head.tag_ != "VBG":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not subj.conjuncts or subj.i > verb.i:
        return None
    own = {t.i for t in verb.subtree}
    if not all(t.is_punct or t.i in own for t in sent if t.i > verb.i):
        return None
    return max(subj.conjuncts, key=lambda t: t.i)


def reporter_spans(sent) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of the reporters of a closing subjectless reporting
    verb, read off the list before it."""
    out = []
    base = sent.start_char
    for verb in sent:
        listed = _listed_subject(verb, sent)
        if listed is None and (not _closes(verb, sent) or verb.i == sent.start):
            continue
        # "..., the Observatory for Human Rights reported": the verb read as the noun's clause
        last = listed if listed is not None else verb.head if _noun_clause(verb) else verb.doc[verb.i - 1]
        if last.pos_ not in NOUN_POS or last.dep_ not in ("conj", "appos") or last.i > verb.i:
            continue
        first = last
        while first.dep_ in ("conj", "appos") and first.head.i < first.i:
            first = first.head
        commas = [t.i for t in verb.doc[first.i:last.i] if t.text == ","]
        if not commas:
            continue
        start = commas[-1] + 1
        toks = [t for t in verb.doc[start:verb.i]]
        if not toks or not any(t.pos_ in NOUN_POS for t in toks):
            continue
        out.append((toks[0].idx - base, toks[-1].idx + len(toks[-1].text) - base))
    return out


def drop_reporters(pairs, sent):
    """The pairs whose target is not one of the sentence's closing reporters."""
    spans = reporter_spans(sent)
    if not spans:
        return pairs
    return [(s, t) for s, t in pairs
            if not any(t.end > lo and t.start < hi for lo, hi in spans)]
