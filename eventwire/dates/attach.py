"""The date of each coded event: the one home of event dating.

In order: a date phrase that governs the trigger ("On Monday, X met Y"; "X attacked Y on
5 March"); else a phrase opening the sentence; else the date of the paragraph so far (a
sentence without a date of its own continues its paragraph's story); else the article date.
"""
from __future__ import annotations

from .resolve import DatePhrase, event_date, find_date_phrases, opening_phrase

ARTICLE = "article date"
# how a verb hands a governing date phrase to the verbs it carries
GOVERNED_DEPS = ("conj", "advcl", "xcomp", "pcomp")


def trigger_date(verb, text: str, base: int, anchor: str | None,
                 phrases: list[DatePhrase]) -> tuple[str | None, str | None, str | None]:
    """(date, precision, how) for the event of a verb in a sentence (text, starting at base).

    A phrase governs the verb it hangs on and the verbs joined to that one by "and",
    adverbial clauses and "to"-clauses ("On 5 March, 5 soldiers were killed and 2 wounded");
    not verbs of reported or background clauses ("the elections held on 21 November").
    """
    governing = {verb.i}
    tok = verb
    while tok.dep_ in GOVERNED_DEPS and tok.head.i != tok.i:
        tok = tok.head
        governing.add(tok.i)
    attached = []
    for p in phrases:
        if not p.date:
            continue
        toks = [t for t in verb.sent if p.start <= t.idx - base < p.end]
        if not toks:
            continue
        idx = {t.i for t in toks}
        for r in (t for t in toks if t.head.i not in idx or t.head.i == t.i):
            h = r.head.head if r.head.pos_ == "ADP" else r.head
            if r.head.i in governing or h.i in governing:
                attached.append(p)
                break
    if attached:
        return event_date(text, anchor, verb.idx - base, attached)
    opening = opening_phrase(text, phrases)
    if opening is not None and not any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors]):
        return opening.date, opening.precision, opening.text
    return event_date(text, anchor, None, [])


class ParagraphDates:
    """Walks a document's sentences in order and carries a paragraph's date to the events
    of its later sentences: "On May 7, students protested in X. They blocked the road ..."
    -> May 7. A blank line (a new paragraph) forgets it."""

    def __init__(self, text: str, anchor: str | None):
        self.text = text
        self.anchor = anchor
        self.current: tuple[str, str, str] | None = None    # (date, precision, phrase)
        self._previous_end = 0

    def sentence(self, start: int, end: int) -> list[DatePhrase]:
        """The date phrases of the next sentence (text[start:end])."""
        if "\n" in self.text[self._previous_end:start]:
            self.current = None
        self._previous_end = end
        sentence_text = self.text[start:end]
        phrases = find_date_phrases(sentence_text, self.anchor)
        opening = opening_phrase(sentence_text, phrases)
        if opening is not None:
            self.current = (opening.date, opening.precision, opening.text)
        return phrases

    def carry(self, mentions) -> None:
        """Date the sentence's events that have only the article date with the paragraph's date;
        a sentence whose events have a date of their own sets the paragraph's date."""
        dated = [m for m in mentions if m.date_how not in (None, ARTICLE)]
        if dated:
            self.current = (dated[0].date, dated[0].date_precision, dated[0].date_how)
            return
        if self.current is not None:
            for m in mentions:
                m.date, m.date_precision = self.current[0], self.current[1]
                m.date_how = f"{self.current[2]} (earlier sentence)"
