"""Which earlier deed a reaction's object names again, when the phrase names no doer.

nominal.py finds the deed of the same word or kind ("launched air strikes" ... "the strikes").
Some nouns name no one kind of deed: "the attack", "the violence", "the aggression" name any
act of force, a riot's storming of an embassy as well as an air strike. Such a noun, definite,
refers back to the document's acts of force; their one doer is its doer ("protesters stormed
the embassy" ... "condemned the attack" -> the protesters). Two doers: unsure, no one. A target
the phrase names ("the violence against the opposition") keeps only the acts done to that side.
A noun of a series ("the campaign of violence", "a wave of attacks") stands for the deed it is
made of, with its own determiner and doer.

Memory entries: (code, words, source, event key, target) of the document's events so far.
"""
from __future__ import annotations

from ..actors.codes import country_part
from .parse import relative_object

# "condemned Y in a resolution that Z rejected": the document the clause's act was done in
MEDIUM_PREPS = frozenset({"in", "through"})


def same_side(a: str, b: str) -> bool:
    """One code, or one country where either names no role ("Syria", "Syrian civilians")."""
    if a == b:
        return True
    country = country_part(a)
    return country is not None and country == country_part(b) and min(len(a), len(b)) == 3


class Referents:
    def __init__(self, cfg: dict):
        low = lambda key: frozenset(str(w).lower() for w in cfg.get(key, []))  # noqa: E731
        self.generic = low("generic_deeds")
        self.generic_codes = tuple(str(c) for c in cfg.get("generic_deed_codes", []))
        self.series = low("series_heads")
        self.target_preps = low("generic_target_preps")
        # verb -> the nouns of what its subject authors ("ruled" ... "the ruling")
        self.authoring: dict[str, set[str]] = {}
        for noun, verbs in (cfg.get("authoring_verbs") or {}).items():
            for v in verbs:
                self.authoring.setdefault(str(v).lower(), set()).add(str(noun).lower())
        self.accept_verbs = low("accept_verbs")
        self.talk_requests = low("talk_requests")
        self.pronouns = low("antecedent_pronouns")
        self.making_verbs = low("making_verbs")

    def inner(self, tok, is_deed):
        """ "the campaign of violence": the deed the series is made of; else the word."""
        if tok.lemma_.lower() not in self.series:
            return tok
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj" and is_deed(o):
                        return o
        return tok

    def outer(self, tok):
        """The series a deed is the "of" object of ("the campaign of violence"), else None."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.series:
            return tok.head.head
        return None

    def is_generic(self, tok) -> bool:
        return tok.lemma_.lower() in self.generic or tok.lower_ in self.generic

    def _named_targets(self, event, resolver) -> list:
        """The side the phrase says the deed was done to."""
        heads = [event] + [h for h in (self.outer(event),) if h is not None]
        out = []
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in self.target_preps:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += resolver.actors(o)
        return out

    def violent_doers(self, event, resolver, memory: list[tuple]) -> list:
        """The one doer of the document's acts of force that "the attack" names again; []
        when none or more than one, or when none was done to the side the phrase names."""
        if not self.is_generic(event):
            return []
        acts = [m for m in memory if m[0].startswith(self.generic_codes) and not m[2].code.endswith("UAF")]
        named = self._named_targets(event, resolver)
        if named:
            acts = [m for m in acts if m[4] is not None and any(same_side(m[4].code, a.code) for a in named)]
        doers = {m[2].code: m[2] for m in acts}
        return list(doers.values()) if len(doers) == 1 else []

    def authored_by(self, sent, sources, mood) -> list[tuple]:
        """Memory entries for what the sentence's subjects author, coded as an event or not: "the
        tribunal ruled that ..." -> (a later "the ruling" is the tribunal's). sources(verb) gives
        a verb's subjects, mood(verb) its mood; only a verb told as done authors anything."""
        out = []
        for verb in sent:
            nouns = self.authoring.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
            if not nouns or mood(verb) != "fact":
                continue
            doers, passive, _ = sources(verb)
            if passive or len({a.code for a in doers}) != 1:
                continue
            out.append(("", set(nouns) | {verb.lemma_.lower()}, doers[0], None, None))
        return out

    def refused(self, verb, is_authored):
        """ "did not accept the ruling", "does not recognise the decision": the proposal or ruling
        a verb of acceptance refuses by its own "not" (a rejection), or None. Not asked, not
        wished, not supposed: no "if"/"whether", no modal but "will"/"would"."""
        if verb.lemma_.lower() not in self.accept_verbs or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            return None
        kids = list(verb.children)
        if not any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "mark" for c in kids) or \
                any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "would", "wo", "'ll")
                    for c in kids):
            return None
        return next((c for c in kids if c.dep_ in ("dobj", "obj") and is_authored(c)), None)

    def talks_partner(self, verb, resolver, entry, doers) -> list:
        """ "rejected talks with X", "rejected calls for talks with X": the side the rejected
        negotiation would be with (125); [] when the phrase names none, or names who asked
        ("Y's calls for talks": Y's, nominal.py). entry(tok): the event noun entry of a word
        (talks are consultations, 04); doers(tok): the doers the phrase names."""
        for o in verb.children:
            if o.dep_ not in ("dobj", "obj"):
                continue
            talks = [o]
            if o.lemma_.lower() in self.talk_requests or o.lower_ in self.talk_requests:
                if doers(o):
                    continue
                talks = [g for p in o.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                         for g in p.children if g.dep_ == "pobj"]
            for t in talks:
                e = entry(t)
                if e is None or not e.code.startswith("04"):
                    continue
                found = [a for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                         for g in p.children if g.dep_ == "pobj" for a in resolver.actors(g)]
                if found:
                    return found
        return []

    def antecedent(self, obj, verb, is_deed):
        """ "A and B signed a deal, but X rejected it": the deed or proposal "it" names again, the
        object of a verb the reaction is joined to in its sentence (the nearest before it);
        None when "it" is no such pronoun or names nothing of the kind."""
        if obj.pos_ != "PRON" or obj.lower_ not in self.pronouns:
            return None
        heads = [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")]
        if verb.dep_ != "conj" or not heads:
            return None
        before = [c for c in heads[0].children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
        return before[-1] if before and before[-1].pos_ == "NOUN" and is_deed(before[-1]) else None

    def relative_makers(self, verb, sources, is_authored) -> list:
        """ "X proposed a plan, which Z rejected", "X launched an offensive that Z condemned", "X
        condemned Y in a resolution that Z rejected": the reaction told as an active relative
        clause on a noun naming no actor (parse.relative_object) acts on the noun's maker, the
        subject of the verb that made it, or did its act in it ("in"/"through" a document); []
        otherwise ("praised the plan that Z rejected" names no maker). is_authored(noun): a
        proposal, ruling or statement (nominal.yaml authored_nouns)."""
        noun = verb.head
        if noun.pos_ != "NOUN" or not relative_object(verb):
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ in MEDIUM_PREPS and is_authored(noun):
            # (the parser may hang "in a resolution" on the act's object: "condemned the abuses in")
            head = noun.head.head
            head = head.head if head.dep_ in ("dobj", "obj") else head
            if head.pos_ not in ("VERB", "AUX"):
                return []
            doers, passive, _ = sources(head)
            return [] if passive else doers
        return self.makers(noun, sources)

    def makers(self, noun, sources) -> list:
        """Who made the deed or proposal its verb's object names ("A and B signed a deal"): the
        verb's subjects, when the verb makes it (sign, propose, launch); [] otherwise ("welcomed
        a deal" names no maker). sources(verb): a verb's subjects."""
        head = noun.head
        if noun.dep_ not in ("dobj", "obj") or head.lemma_.lower() not in self.making_verbs:
            return []
        doers, passive, _ = sources(head)
        return [] if passive else doers
