"""The parse questions Modality.mood() asks of a clause: is it marked as a condition, negated
by "no one", a question, an analyst's opinion, reported, perfect, timed by a news time phrase,
long-running, habitual, passive, finite?

A mixin of Modality (modality.py): it reads its rules.
"""
from __future__ import annotations

from .parse import OBJ_DEPS

# auxiliaries that open a condition when put before the subject: "had he known", "should it fail"
INVERTED_CONDITIONALS = frozenset({"had", "should", "were"})


class MoodParse:
    """Methods of Modality: the parse questions mood() asks (see modality.py for the rules they read)."""

    def _marked(self, tok) -> bool:
        """Is the clause introduced by "if", "unless", "whether", or an inverted conditional
        ("had X been detained", "should X attack": the clause opens with its auxiliary)?"""
        if any(c.dep_ == "mark" and c.lower_ in self.rules.hypothetical_marks for c in tok.children):
            return True
        if tok.dep_ == "advcl" and tok.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children):
            # "will not lift the blockade until X frees Y": a condition, a time still to come
            # (also when the parser hangs it on a relative clause: "the embargo it has imposed
            # on Y until X frees Z")
            return True
        if tok.dep_ == "ROOT":
            return False                    # "had he been detained?": a question, read elsewhere
        opening = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("mark", "punct", "advmod", "cc")
                   and c.lower_ != "that"]    # "that" may be read as the subject
        return bool(opening) and opening[0].dep_ in ("aux", "auxpass") and \
            opening[0].lower_ in INVERTED_CONDITIONALS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > opening[0].i for c in opening)

    def _no_one(self, kids) -> bool:
        """A subject or object of negative polarity: "no country", "nobody"."""
        r = self.rules
        for c in kids:
            if c.dep_ in ("nsubj", "nsubjpass") + OBJ_DEPS:
                if c.lower_ in r.negating_words or any(
                        d.dep_ == "det" and d.lower_ in r.negating_dets for d in c.children):
                    return True
        return False

    @staticmethod
    def _head_negated(head) -> bool:
        """Is the head negated itself, or through the verb it completes ("were not prepared")?"""
        toks = [head] + ([head.head] if head.dep_ in ("acomp", "attr") else [])
        return any(c.dep_ == "neg" for t in toks for c in t.children)

    def _going_to(self, tok) -> bool:
        """"are going to withdraw": the infinitive under a progressive "go"."""
        head = tok.head
        return (tok.dep_ == "xcomp" and head.lemma_.lower() in self.rules.future_heads
                and head.tag_ == "VBG" and any(c.tag_ == "TO" for c in tok.children)
                and any(c.dep_ == "aux" for c in head.children))          # progressive: "are going"

    def _auxiliary(self, verb) -> bool:
        """The "going" of "are going to withdraw" is no event of its own."""
        return (verb.lemma_.lower() in self.rules.future_heads and verb.tag_ == "VBG"
                and any(self._going_to(c) for c in verb.children))

    @staticmethod
    def _question(verb) -> bool:
        """Is the verb in a question: its clause, or a clause it depends on, ends in "?"."""
        tok = verb
        while True:
            if any(c.dep_ == "punct" and c.text == "?" for c in tok.children):
                return True
            if tok.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "acomp", "attr", "pcomp", "prep"):
                return False
            if tok.head.i == tok.i:
                return False
            tok = tok.head

    def _opinion(self, verb) -> bool:
        """Is the verb in what an analyst, expert or commentator is reported saying or thinking?"""
        tok = verb
        while tok.head.i != tok.i:
            if tok.dep_ in ("ccomp", "parataxis"):
                for s in tok.head.children:
                    if s.dep_ in ("nsubj", "nsubjpass") and any(
                            w.lemma_.lower() in self.rules.analyst_nouns
                            for w in [s] + [a for a in s.children if a.dep_ in ("appos", "compound")]):
                        return True
            tok = tok.head
        return False

    @staticmethod
    def _reported(tok) -> bool:
        """Is the clause what someone is reported saying or thinking ("said it would ...")?"""
        while tok.head.i != tok.i:
            if tok.dep_ in ("ccomp", "parataxis"):
                return True
            tok = tok.head
        return False

    @staticmethod
    def _lemma_in(tok, words) -> bool:
        """The lemma, or the word less a final -s/-d, is one of the words (the small model
        lemmatises "hopes" as "hop")."""
        low = tok.lower_
        return tok.lemma_.lower() in words or low in words or low[:-1] in words

    @staticmethod
    def _past_perfect(tok) -> bool:
        """ "had backed": told as backstory before the story's own events."""
        return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)

    @staticmethod
    def _perfect(tok) -> bool:
        """ "have fought", "has been shelling", "have been detained": a present perfect."""
        return tok.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                  for c in tok.children)

    def _timed(self, tok) -> bool:
        """Does a time phrase of the news hang on the verb ("on Monday", "this week", "in recent
        days", "yesterday"): a perfect told as today's news, not as backstory?"""
        for c in tok.children:
            if c.dep_ not in ("npadvmod", "advmod", "prep", "obl", "tmod") or c.lower_ == "for":
                continue                # "for weeks" is a span: standing
            if any(w.lower_ in self.rules.news_time_words for w in c.subtree):
                return True
        return False

    @staticmethod
    def _long_running(tok, kids) -> bool:
        """A perfect with a span of years: "has been fighting for decades", "have backed X since
        2011": a standing relation, not the report of an act."""
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
            return False
        for p in kids:
            if p.dep_ != "prep" or p.lower_ not in ("since", "for"):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                if o.lemma_.lower() in ("year", "decade") or (o.lemma_.lower() == "month" and o.tag_ == "NNS"):
                    return True
                if p.lower_ == "since" and (o.like_num and len(o.text) == 4 or o.text.endswith("0s")):
                    return True
        return False

    @staticmethod
    def _habitual(tok) -> bool:
        """Simple present: a standing relation or habit, not a reported act."""
        return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)

    @staticmethod
    def _passive(tok) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)

    @staticmethod
    def _finite(tok) -> bool:
        return "Fin" in tok.morph.get("VerbForm") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                                         for c in tok.children)
