"""The date of each coded event: the one home of event dating.

In order: a date phrase that governs the trigger ("On Monday, X met Y"; "X attacked Y on
5 March"); else a phrase opening the sentence; else the date of the paragraph so far (a
sentence without a date of its own continues its paragraph's story); else the article date.
"""
from __future__ import annotations

import calendar
import datetime as dt

from .resolve import DatePhrase, event_date, find_date_phrases, opening_phrase, parse_iso

ARTICLE = "article date"
# how a verb hands a governing date phrase to the verbs it carries
GOVERNED_DEPS = ("conj", "advcl", "xcomp", "pcomp")


# hours of the day a date phrase may hang on ("at 7pm on Oct. 30", "at dawn on Monday")
CLOCK_WORDS = frozenset({"pm", "am", "p.m.", "a.m.", "noon", "midnight", "dawn", "dusk", "daybreak",
                         "o'clock", "hours", "hrs", "gmt", "utc"})


def _hanging_on(verb, phrases, base: int, heads) -> list:
    """The dated phrases of verb's sentence whose top word hangs on one of `heads` (token
    indices), directly or through its preposition ("on Monday", "in 2012")."""
    out = []
    for p in phrases:
        if not p.date:
            continue
        toks = [t for t in verb.sent if p.start <= t.idx - base < p.end]
        idx = {t.i for t in toks}
        for r in (t for t in toks if t.head.i not in idx or t.head.i == t.i):
            h = r.head.head if r.head.pos_ == "ADP" else r.head
            if h.lower_ in CLOCK_WORDS and h.dep_ == "pobj" and h.head.pos_ == "ADP":
                h = h.head.head     # "at 7pm on Oct. 30": the date of the hour's verb
            if r.head.i in heads or h.i in heads:
                out.append(p)
                break
    return out


def _when_of_date(verb, phrases, base: int) -> list:
    """The date phrase a "when"-clause of the verb hangs on: "in 2014, when the group stormed
    across the border", "last April, when X fired missiles at Y" (the clause is the date's, and
    so is its act)."""
    tok = verb
    while tok.dep_ in ("conj", "xcomp", "dobj") and tok.head.i != tok.i:
        tok = tok.head              # "fired missiles": the event noun's verb
    if tok.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        return []
    at = tok.head.idx - base
    own = [p for p in phrases if p.date and p.start <= at < p.end]
    if own or tok.head.pos_ not in ("NOUN", "PROPN"):
        return own
    # "last April's attack, when 80 people were killed": the date of the noun the clause is of
    clause = {t.idx - base for t in tok.subtree}
    noun = [t for t in tok.head.subtree if t.idx - base not in clause]
    lo, hi = noun[0].idx - base, noun[-1].idx + len(noun[-1].text) - base
    return [p for p in phrases if p.date and lo <= p.start and p.end <= hi and p.start not in clause]


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
    attached = _hanging_on(verb, phrases, base, governing) or _when_of_date(verb, phrases, base)
    if attached:
        return event_date(text, anchor, verb.idx - base, attached)
    opening = opening_phrase(text, phrases)
    if opening is not None and not any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors]):
        return opening.date, opening.precision, opening.text
    return event_date(text, anchor, None, [])


# how long before the article a date puts an event in the backstory, by the date's precision:
# a year before the article's own ("in 2012", "last year"), a month ended 45 days before ("in
# August 2016"), a day 90 days before ("on 3 May" in a September story)
BACKGROUND_DAYS = {"month": 45, "week": 90, "day": 90, "range": 90}


def _period_end(date: dt.date, precision: str | None) -> dt.date:
    if precision == "month":
        return date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "week":
        return date + dt.timedelta(days=6)
    return date


def _own_clause(verb) -> set[int]:
    """The verbs whose date phrase dates this verb's act: itself and the heads of the
    "and"-, adverbial and "to"-clauses it hangs on, up to a clause with a subject of its own
    ("X fought a war in 2006 and officials have warned ...": the warning is not of 2006)."""
    chain = {verb.i}
    tok = verb
    while tok.dep_ in GOVERNED_DEPS and tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break
        tok = tok.head
        chain.add(tok.i)
    return chain


def is_background(verb, text: str, base: int, anchor: str | None, phrases: list[DatePhrase]) -> bool:
    """Is the verb's act dated by a phrase of its own clause ("X captured it in 1967", "In
    August 2016 it launched ...", "last year", "two years ago") to well before the article:
    history told as background (GUIDELINES: at most optional)? The article date and a date
    carried from an earlier sentence never make an event background."""
    article = parse_iso(anchor)
    if article is None:
        return False
    chain = _own_clause(verb)
    mine = _hanging_on(verb, phrases, base, chain) or _when_of_date(verb, phrases, base)
    opening = opening_phrase(text, phrases)
    if not mine and opening is not None and not any(
            t.dep_ in ("relcl", "acl") or (t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                     for c in t.children))
            for t in [verb, *verb.ancestors]):
        mine = [opening]
    if not mine:
        return False
    p = min(mine, key=lambda p: min(abs(p.start - (verb.idx - base)), abs(p.end - (verb.idx - base))))
    date = parse_iso(p.date)
    if p.precision == "year":
        return date.year < article.year
    return (article - _period_end(date, p.precision)).days > BACKGROUND_DAYS.get(p.precision, 90)


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
