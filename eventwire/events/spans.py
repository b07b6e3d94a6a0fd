"""Told over a span of time, not as an act of the story's days (GUIDELINES: background and
standing relations are at most optional).

Asked by Modality (`_told_as_backdrop`) for a verb read as a fact. The cues are the clause's
time adverbials and aspect, never what the sentence is about:
- a span of years hanging on the verb's clause: "for years", "for many years", "throughout the
  war", "in recent years", "over the past decade", "in the 1990s", "during most of the six-year
  war", "since 2011", "since the start of the war", "since an abortive coup in 2016" (a counted
  recent span, "over the last three years", is left: often the count of a stock held today);
- a span counted with a number, in a perfect or progressive: "has for nearly two years been
  supporting Y" (not "was jailed for ten years": a sentence);
- "it is four years since X annexed Y": the clause a span is counted from;
- an adverb of an earlier time: "has called for it before", "has long backed";
- a year told from the story's own past: "the following year", "that year", "two years later";
- a cumulative toll of the war as a whole, in a perfect: "have been killed in the conflict",
  "... because of this war" ("a total of 30 have been arrested" is left: police news counts so).
A time phrase of the news on the verb itself ("on Monday", "in recent days") keeps it news.
The clause chain is the verb and the heads it hangs on by "and" (no subject of its own), by a
participle or "to" clause ("has been a backer since 2011, arming rebels").
"""
from __future__ import annotations

import re

# how a verb hands its span to the verbs it carries (as dates/attach.py's GOVERNED_DEPS)
CHAIN_DEPS = ("conj", "advcl", "xcomp", "ccomp")
N_YEAR = re.compile(r"^[a-z0-9]+-(year|decade)s?(-long|-old)?$", re.I)


class Spans:
    def __init__(self, rules, data: dict):
        self.rules = rules
        self.units = frozenset(data.get("span_units", ()))
        self.bare_units = frozenset(data.get("bare_units", ()))
        self.recency = frozenset(data.get("recency_words", ()))
        self.wars = frozenset(data.get("war_nouns", ()))
        self.starts = frozenset(data.get("start_nouns", ()))
        self.habit = frozenset(data.get("habit_adverbs", ()))
        self.narrative = frozenset(data.get("narrative_year_words", ()))
        self.news = frozenset(rules.news_time_words)

    def outside(self, verb) -> str | None:
        """The cue that puts the verb's act outside the story's days, or None."""
        chain = self._chain(verb)
        if any(self._news_phrase(tok) for tok in chain):
            return None
        perfect = _perfect(verb)
        for tok in chain:
            aspect = perfect or _perfect(tok) or _progressive(tok)
            for c in tok.children:
                cue = self._adverbial(c, aspect, tok is verb)
                if cue:
                    return cue
            if tok.dep_ == "advcl" and self._counted_from(tok):
                return "years since"
        return None

    def _news_phrase(self, tok) -> bool:
        """A time phrase of the news on the verb ("on Monday", "in recent days", "this week");
        not a span of years ("in recent years") nor a "for" span."""
        for c in tok.children:
            if c.dep_ not in ("npadvmod", "advmod", "prep", "obl", "tmod") or c.lower_ == "for":
                continue
            sub = list(c.subtree)
            if any(w.lemma_.lower() in self.units for w in sub):
                continue
            if any(w.lower_ in self.news for w in sub):
                return True
        return False

    # -- the clause chain
    @staticmethod
    def _chain(verb):
        """The verb, the heads it hangs on by "and" (no subject of its own), a participle, a
        "to"-clause, a "by"-phrase ("by arming Y, X has ...") or as what a verb says ("for a year
        X has said it will not ..."), and the "and"-verbs after it that share its subject (a
        phrase at the end of "have been killed and displaced in the war" dates both)."""
        out, tok = [verb], verb
        while tok.head.i != tok.i:
            if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                break
            if tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
                break                   # "when X attacked", "as Y backs": a clause of its own
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                tok = tok.head          # "by cooperating with Y": the head of "by"
            elif tok.dep_ not in CHAIN_DEPS:
                break
            tok = tok.head
            out.append(tok)
        for c in verb.children:
            if c.dep_ != "conj":
                continue
            if c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                out.append(c)
            elif c.pos_ in ("NUM", "NOUN", "PROPN"):
                # "have been killed and another million displaced in the war": the gapped verb
                out += [g for g in c.children if g.dep_ == "acl" and g.tag_ in ("VBN", "VBD")]
        return out

    # -- adverbials
    def _adverbial(self, c, aspect: bool, own: bool) -> str | None:
        low = c.lower_
        if c.dep_ == "advmod" and low in self.habit and own:
            return f"habit:{low}"
        if c.dep_ in ("npadvmod", "advmod") and self._narrated_year(c):
            return "narrated year"      # "the following year", "two years later", "that year"
        if c.dep_ != "prep":
            return None
        objs = [o for o in c.children if o.dep_ == "pobj"]
        for o in objs:
            if self._news(o):
                return None
            lemma = o.lemma_.lower()
            words = {w.lower_ for w in o.subtree}
            if low == "since":
                if _year(o) or any(_year(w) for w in o.subtree) or \
                        (lemma in self.starts and words & self.wars):
                    return "since"
            elif low == "for" and lemma in self.bare_units and not any(
                    w.dep_ == "poss" or (w.dep_ == "prep" and w.lower_ == "of") for w in o.children):
                numbered = any(w.like_num or w.lower_ in ("a", "an", "one") for w in o.subtree)
                if not numbered and o.tag_ in ("NNS", "NNPS"):
                    return "for years"  # "for years", "for many years", "for decades"
                if numbered and aspect and lemma in self.units:
                    return "for N years"
            elif low == "throughout":
                return "throughout"
            elif low in ("in", "over", "during", "across"):
                if any(w.dep_ == "npadvmod" and self._narrated_year(w) for w in o.children):
                    return "narrated year"    # "in August that year"
                numbered = any(w.like_num for w in o.subtree)
                if lemma in self.units and not numbered and (words & self.recency or (
                        low != "in" and o.tag_ in ("NNS", "NNPS"))):
                    return "recent years"     # "in recent years", "over the past decade", "over the years"
                if low == "in" and re.fullmatch(r"(the\s)?'?\d{2,4}s", " ".join(w.lower_ for w in o.subtree)):
                    return "decade"           # "in the 1990s", "in the 90s"
                if lemma in self.wars and any(N_YEAR.match(w.text) or (
                        w.lemma_.lower() in self.units and w.tag_ == "NN" and w.i < o.i) for w in o.subtree):
                    return "N-year war"       # "in a six-year conflict"
                if lemma == "most" and words & self.wars:
                    return "most of the war"
                if aspect and lemma in self.wars and low in ("in", "during"):
                    return "the war"          # "have been killed in the conflict"
            elif low == "because" and aspect and words & self.wars:
                return "the war"              # "have been killed because of this war"
        return None

    def _narrated_year(self, c) -> bool:
        """ "the following year", "the same year", "that year", "two years later", "a decade
        earlier": a year told from the story's own past, not from today."""
        if c.lower_ in self.narrative and c.dep_ == "advmod":
            return any(w.lemma_.lower() in self.units and not any(d.lower_ == "this" for d in w.children)
                       for w in c.children)     # "two years later", not "earlier this year"
        if c.lemma_.lower() not in self.units:
            return False
        kids = {w.lower_ for w in c.children}
        return bool(kids & self.narrative) and "this" not in kids     # not "earlier this year"

    def _news(self, o) -> bool:
        """A pobj of the story's days: "for two days", "throughout the night"."""
        return o.lower_ in self.news or o.lemma_.lower() in ("day", "hour", "minute", "night", "morning")

    def _counted_from(self, tok) -> bool:
        """ "it is four years since X annexed Y": a since-clause on "be" with a span of years."""
        if not any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
            return False
        head = tok.head
        if head.lemma_.lower() != "be":
            return False
        return any(w.lemma_.lower() in self.units for c in head.children if c.i < tok.i
                   and c.dep_ not in ("nsubj", "expl") for w in c.subtree)


def _perfect(tok) -> bool:
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _progressive(tok) -> bool:
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)


def _year(tok) -> bool:
    """A year ("2011") or a decade ("the 1990s")."""
    t = tok.text
    return (t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100) or bool(re.fullmatch(r"'?\d{2,4}s", t))
