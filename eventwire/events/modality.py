"""Did it happen? The mood of a trigger and what it does to the code.

Two readings: eventwire's (`Modality`) drops negated, hypothetical, wished-for and
reported-content acts, turns plans into statements of intent (03) and threatened force
into threats (13); PETRARCH's (`NegationOnly`) codes what the pattern says whatever the
tense or mood, and a verb negated by its own "not" takes the code of its negation.
Both answer `code(verb, code) -> (code or None, mood, head)`.
The parse questions mood() asks of a clause are in moodparse.py.
"""
from __future__ import annotations

from .yamldata import safe_load

from .backdrop import Backdrop
from .commitments import announced_plan, committed_head, described, stated_intent_noun
from .moodparse import MoodParse
from .nominal import load_event_nouns
from .parse import OBJ_DEPS, clause_verb, ends_as_prose, misread_main_verb, own_clause, reduced_relative
from .rules import DATA, Rules
from .operations import Operations
from .series import Series
from .spans import Spans
from .unreal import contrasting, ended, generic
from .openers import opens_with_condition
from .refusals import refusal_code, ruling_out
from .responsible import deed_copula

# what an issued document does by itself: demand, accuse, reject, threaten (not a statement or
# an appeal, which it only reports: "issued a statement calling on X to ...")
DOCUMENT_ROOTS = frozenset({"10", "11", "12", "13"})


# moods of a reporting verb under which what it reports is not told as done ("will announce
# that", "did not say that", "a report alleging that"); "we must confirm that" still tells it
UNSAID = frozenset({"negated", "future", "passive-future", "refusal", "opinion", "content", "standing",
                    "plan"})


# roots of acts of force: intended or promised, they are threats (13), not intents to cooperate
FORCE_ROOTS = ("18", "19", "20")

# moods of an intent head under which its intention is not stated: "whether they would seek to
# prosecute", "may want to talk", an analyst's "X wants to"; a purpose ("met Y to say it was
# ready to help") still tells it
UNSTATED = frozenset({"negated", "opinion", "directive"})


class Modality(MoodParse):
    def __init__(self, rules: Rules):
        self.rules = rules
        self.directive_heads = rules.slots["directive_heads"]
        self.directive_nouns = rules.slots["directive_nouns"]
        with open(DATA / "backdrop.yaml", encoding="utf-8") as fh:
            self.backdrop = Backdrop(rules, safe_load(fh) or {})
        with open(DATA / "spans.yaml", encoding="utf-8") as fh:
            self.spans = Spans(rules, safe_load(fh) or {})
        words = rules.words or {}
        self.w = {k: words.get(k, frozenset()) for k in (
            "mental_heads", "hedged_reports", "conditional_openers", "only_when_marks", "comment_verbs",
            "force_act_nouns", "force_modifiers", "verbal_roots", "speech_means", "means_preps",
            "motive_marks", "scheduled_heads", "negating_adverbs", "attempt_heads", "attempt_roots",
            "purpose_permissions", "ability_aux", "refused_when_unable")}
        self.openers = [tuple(o.split()) for o in self.w["conditional_openers"]]
        self.longest_opener = max((len(o) for o in self.openers), default=0)
        # nouns whose event is a use of force (nouns.tsv, event_nouns.tsv: roots 18-20)
        self.force_nouns = frozenset(
            [n for n, e in rules.nouns.items() if e.code[:2] in FORCE_ROOTS] +
            [n for n, (e, _) in load_event_nouns().items() if e.code[:2] in FORCE_ROOTS]) - \
            (rules.words or {}).get("not_force_objects", frozenset())
        with open(DATA / "spans.yaml", encoding="utf-8") as fh:
            self.series = Series(safe_load(fh) or {}, self.force_nouns)
        self.operations = Operations()

    def code(self, verb, code: str) -> tuple[str | None, str, object | None]:
        mood, head = self.mood(verb)
        if mood == "fact" and self.argued(verb):
            mood = "standing"       # "One is that X have planned attacks on Y": a ground argued
        if mood == "intent" and head is not None and head.tag_ == "VBD" and \
                head.lemma_.lower() in self.w["attempt_heads"] and code[:2] in self.w["attempt_roots"]:
            mood = "fact"           # "sought to train the rebels": training narrated as given
        if mood == "fact" and self._wants_own_act(verb):
            mood = "content"        # "intends to keep troops there": the act intended is the event
        if mood == "fact" and self._hedged(verb):
            mood = "content"        # "the speech suggested that X would expand": implied, no appeal
        if mood == "fact" and code[:2] in self.w["verbal_roots"] and self._by_deed(verb):
            mood = "content"        # "by bombing the camps, X challenged Y": the writer's reading
        if mood == "fact" and self._declines_comment(verb):
            return "011", mood, head    # "declined to discuss the reports"
        if code[:2] in ("03", "06") and mood in ("fact", "future", "intent") and self._force_object(verb):
            # "said it would escalate military action against X", "is preparing for an offensive":
            # a use of force intended is a threat; "escalated its attacks on X" is the force itself
            return ("190" if mood == "fact" and code[:2] == "06" else "138"), mood, head
        if mood == "fact" and self._document_speaks(verb) and (code[:2] not in DOCUMENT_ROOTS or (
                code[:2] != "10" and verb.lemma_.lower() in self.directive_heads)):
            mood = "content"        # "issued a statement calling on X": an appeal, a statement
        if mood == "fact" and self._base_in(verb, self.rules.ongoing_verbs) and \
                code.startswith(self.rules.ongoing_codes) and self._ongoing(verb):
            mood = "standing"       # "the UK is waging war on X", "Nato powers are arming Y"
        mood = self._told_as_backdrop(verb, code, mood)
        if mood == "standing" and self.series.to_date(verb, code, self.spans.outside):
            mood = "fact"           # "has carried out dozens of strikes on Y since 2019" (series.py)
        launched = self.operations.purpose(verb, head, code) if mood == "content" else None
        if launched is not None and self.code(launched, "190")[1] == "fact":
            mood = "fact"           # "launched operations to detain 110 soldiers" (operations.py)
        return self.apply(code, mood), mood, head

    def argued(self, verb) -> bool:
        """Is the verb's clause a ground argued ("One is that X attacked Y"; backdrop.py)?"""
        return self.backdrop.argued_premise(verb, self._timed)

    def _told_as_backdrop(self, verb, code: str, mood: str) -> str:
        """The writer's plan, backstory, a view or a state rather than a reported act
        (backdrop.py): mood 'plan' or 'standing'; else the mood as read."""
        b = self.backdrop
        if mood == "future" and b.writers_plan(verb):
            return "plan"               # "X will meet Y on Friday", told by the writer
        if mood != "fact":
            return mood
        if b.held_view(verb) or b.present_state(verb, code, self._timed) or \
                b.relation_participle(verb, code) or b.narrated_past_perfect(verb, code, self._timed):
            return "standing"           # "views Y as a threat", "is opposed by X", "had backed Y"
        if self.spans.outside(verb):
            return "standing"           # "for years", "since 2011", "have been killed in the war"
        return mood

    def _ongoing(self, verb) -> bool:
        """A progressive with no time phrase of the news ("is fighting X", "have been arming Y",
        not "are fighting X this morning"), or a simple present that is no headline ("Iran
        backs X"): of a verb of a lasting relation, a state or habit, not a reported act."""
        kids = list(verb.children)
        aux = [c.lower_ for c in kids if c.dep_ == "aux"]
        progressive = verb.tag_ == "VBG" and any(a in ("is", "are", "am", "'s", "'re", "been") for a in aux)
        habitual = verb.tag_ in ("VBZ", "VBP") and not aux and verb.dep_ in ("ROOT", "conj") \
            and not any(c.dep_ == "auxpass" for c in kids) and ends_as_prose(verb)
        return (progressive or habitual) and not self._timed(verb)

    @staticmethod
    def _base_in(tok, words) -> bool:
        """The lemma is one of the words, or the -ing form less "ing" plus "e" is (the small
        model lemmatises "waging" as "wag")."""
        low = tok.lower_
        return tok.lemma_.lower() in words or (low.endswith("ing") and low[:-3] + "e" in words)

    def _document_speaks(self, verb) -> bool:
        """ "published a report accusing X": the participle on an issued document."""
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head            # "a resolution condemning X and urging Y": urging too
        head = verb.head
        return verb.dep_ == "acl" and verb.tag_ == "VBG" and \
            head.lemma_.lower() in self.rules.speaking_documents

    def mood(self, verb) -> tuple[str, object | None]:
        """('fact'|'described'|'negated'|'refusal'|'future'|'passive-future'|'intent'|'threat'
        |'directive'|'content'|'standing'|'opinion', head).

        head is the verb that carries the intention, threat, wish or refusal, if any.
        """
        if self._auxiliary(verb) or self._question(verb):
            return "negated", None          # "are going to withdraw", "Why did X attack Y?"
        if reduced_relative(verb):
            return "content", None          # "citizens captured in Syria have the right to": who captured them?
        if self._opinion(verb):
            return "opinion", None          # "Russia will never abandon Assad, an analyst said"
        ruler = ruling_out(verb)            # "ruled out lifting the sanctions": refused (refusals.py)
        if ruler is not None:
            return ("refusal" if self.mood(ruler)[0] in ("fact", "future") else "negated"), None
        r = self.rules
        above = finite_above(verb)
        if above is not None:
            # "said she would not tell voters to endanger themselves and blamed the cabinet": a
            # finite verb the parser joined to a base-form verb under a modal or "to" is joined
            # to the finite clause above them; it is told as that clause is
            return self.mood(above)
        tok = verb
        joined = False      # tok is the head of a clause joined by "and"/"but" with its own subject
        contrasted = -1     # a clause whose own "not" a "but" after it sets aside
        while True:
            kids = list(tok.children)
            if joined:
                # "will not abandon X, but he has invested in Y": the head's own negation,
                # auxiliaries and adverbs are not the joined clause's
                future, going = [], False
                if self._marked(tok):
                    return "negated", None          # "whether X attacked Y or Y attacked X"
            else:
                if ended(tok) or generic(tok) or any(c.dep_ == "advmod" and c.lower_ in self.w["negating_adverbs"] for c in kids):
                    return "negated", None          # "hardly condemned", "no longer supply", "it is possible to disagree"
                if tok.i != contrasted and any(c.dep_ == "neg" for c in kids):
                    if any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
                        return "refusal", None      # "will not meet their demands"
                    if tok.lemma_.lower() in self.w["refused_when_unable"] and \
                            any(c.dep_ == "aux" and c.lower_ in self.w["ability_aux"] for c in kids):
                        return "refusal", None      # "said it cannot accept more refugees"
                    return "negated", None
                if tok is verb and self._long_running(tok, kids):
                    return "standing", None         # "has been fighting Turkey since the 1990s"
                if self._marked(tok) or self._no_one(kids):
                    return "negated", None          # "whether X attacked", "no country recognised"
                if any(c.dep_ == "aux" and c.lower_ in r.obligation_aux for c in kids):
                    return "directive", None
                if any(c.dep_ == "aux" and c.lower_ in r.speculative_aux for c in kids):
                    return "negated", None          # a guess: "may have attacked"
                future = [c for c in kids if c.dep_ == "aux" and c.lower_ in r.future_aux]
                going = self._going_to(tok)
                if going and any(c.dep_ == "neg" for c in tok.head.children):
                    return "refusal", None          # "we are not going to leave"
                if future and tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
                    return "negated", None          # "will already have shared": an inference
            if self._conditional(tok, kids) or self._guessed(tok):
                return "negated", None              # "in case X attacks", "it is likely X will ..."
            if future or going:
                if tok.dep_ == "ccomp" and self._lemma_in(tok.head, self.w["hedged_reports"]):
                    return "negated", None          # "suggested that X would expand"
                if tok.dep_ in ("ccomp", "acl") and self._lemma_in(tok.head, r.wish_heads):
                    return "directive", tok.head    # "hopes Japan will persuade Biden", "voiced hope that"
                if future and future[0].lower_ == "would" and not self._reported(tok):
                    return "negated", None          # "X would retaliate": a hypothetical, not a report
                if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
                    return "passive-future", None   # "would be taken to camps": by whom?
                return "future", None
            joined = False
            if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                joined = own_clause(tok)
                if not joined and contrasting(tok):
                    contrasted = tok.head.i         # "did not criticise X but condemned Y"
                tok = tok.head
                continue
            if tok.dep_ == "pcomp" and tok.head.lower_ in r.negating_preps:
                return "negated", None              # "without consulting Russia"
            if deed_copula(tok) is not None:
                tok = deed_copula(tok)              # "X was guilty of shelling Y": as the copula is told
                continue
            if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and \
                    self._lemma_in(tok.head.head, r.charge_heads):
                return "content", tok.head.head     # "accused Y of shelling Z": the charge
            if tok.dep_ == "pcomp" and tok.head.lower_ in self.w["means_preps"] and \
                    tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
                    and tok.head.head.i != tok.i and self.mood(tok.head.head)[0] not in ("fact", "described"):
                return "negated", None              # "intends to change X by settling Y": not done
            stating = stated_intent_noun(tok)
            held = committed_head(tok) or stating
            if held is not None:    # "is committed to helping Y", "expressed its willingness to help Y"
                if self._head_negated(held):    # "is not committed to": a refusal; "did not express": none
                    return ("negated" if stating is not None else "refusal"), None
                if described(held):
                    return "standing", held     # "the regime, which is committed to destroying Y"
                return ("negated", None) if self.mood(held)[0] in UNSTATED else ("intent", held)
            head = tok.head
            if head.i == tok.i:
                return "fact", None
            hl = head.lemma_.lower()
            if tok.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX") and \
                    hl not in r.intent_heads | r.threat_heads and head.lower_[:-1] in r.intent_heads:
                hl = head.lower_[:-1]       # the small model's "hoped" -> "hop"
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
            if tok.dep_ in ("xcomp", "ccomp"):
                if hl in r.claim_heads and tok.i > head.i and not self._passive(head):
                    return "content", head          # "said that they had struck": a claim
                if tok.dep_ == "ccomp" and tok.i > head.i and hl in r.negating_heads:
                    return "negated", head          # "denied that its troops shelled the town"
                if infinitive and own_subject and (hl in r.intent_heads or hl in self.directive_heads):
                    return "directive", head        # "wants Putin to attack": a wish about another
                if tok.dep_ == "xcomp" and infinitive and any(
                        c.dep_ == "dobj" and c.i < tok.i and c.pos_ in ("PROPN", "PRON") for c in head.children):
                    return "directive", head        # "prefers the US to restrain X": a wish about another
                if tok.dep_ == "ccomp" and hl in self.w["hedged_reports"]:
                    return "negated", None          # "suggested that X would expand": implied
                if tok.dep_ == "xcomp" and infinitive and hl in ("have", "be") and \
                        any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
                    return "negated", None          # "has yet to recognise X"
                if tok.dep_ == "xcomp" and infinitive and tok.lemma_.lower() in self.w["purpose_permissions"] \
                        and hl not in self.directive_heads and hl not in r.intent_heads and any(
                        c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "NOUN" for c in head.children) \
                        and self.mood(head)[0] == "fact":
                    # "cleared mines to allow civilians to leave": the purpose of a deed, not done
                    # (under an intent the purpose is part of it: "promised to reopen the port to let X ship grain")
                    return "content", head
                if infinitive and announced_plan(tok, head):
                    return "plan", None             # "X is to visit Y", "is to suspend ties": announced, not done
                if tok.dep_ == "xcomp" and infinitive and hl in self.w["scheduled_heads"] and \
                        not self._head_negated(head):
                    return "future", None           # "is due to meet X": a future, as "will meet"
                if tok.dep_ == "xcomp" or infinitive:
                    if hl in r.negating_heads:
                        return "negated", head
                    if hl in r.speculative_heads or (hl in r.hearsay_heads and self._passive(head)):
                        return "negated", None      # "is likely to attack", "is believed to have"
                    if (hl in r.threat_heads or hl in r.intent_heads) and self._head_negated(head):
                        return "refusal", None      # "were not prepared to fight", "is not willing to talk"
                    if (hl in r.threat_heads or hl in r.intent_heads) and \
                            any(c.dep_ == "aux" and c.lower_ in r.speculative_aux for c in head.children):
                        return "negated", None      # a guess: "might have agreed to talk"
                    if (hl in r.threat_heads or hl in r.intent_heads) and not self._stated(head, hl):
                        return "negated", None      # "because they want to kill X": a motive, not a statement
                    if (hl in r.threat_heads or hl in r.intent_heads) and self.mood(head)[0] in UNSTATED:
                        return "negated", None      # "whether they would seek to prosecute X"
                    if (hl in r.threat_heads or hl in r.intent_heads) and head.dep_ == "relcl" and \
                            head.head.dep_ in OBJ_DEPS + ("pobj",):
                        return "standing", head     # "a message to Y, who vowed to enter talks": backstory
                    if hl in r.threat_heads:
                        return "threat", head
                    if hl in r.intent_heads:
                        return "intent", head
                if hl in self.directive_heads:
                    return "directive", head
                if any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.directive_nouns for c in head.children):
                    return "directive", head        # "reiterated its demand that Israel ease ..."
                if head.pos_ in ("NOUN", "PROPN"):
                    return "content", head          # "an admission that X murdered Y"
                if tok.dep_ == "xcomp":
                    tok = head
                    continue
                if tok.dep_ == "ccomp" and self.backdrop.speculated(head):
                    return "negated", None          # "it is likely that X attacked Y": a guess
                if head.pos_ in ("VERB", "AUX") and tok.i > head.i and self.mood(head)[0] in UNSAID:
                    return "negated", None          # what "will announce", "did not say", "may claim": not told as done
                return "fact", None
            if tok.dep_ in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):
                tok = head                          # "are able to reach": the clause is "are"'s
                continue
            if tok.dep_ == "relcl" and self._habitual(tok):
                return "standing", head             # "Iran, which backs Hezbollah, ..."
            if tok.dep_ == "relcl" and self._past_perfect(tok):
                return "standing", head             # "the US, which had ousted Isis, ...": backstory
            if tok.dep_ == "relcl" and tok.tag_ == "VBN" and not self._timed(tok) and any(
                    c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in kids):
                return "standing", head     # "soldiers who are advised by X": a standing relation
            if tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids):
                return "described", None    # "a militia which was funded by X": as "funded by X"
            if tok.dep_ == "relcl" and self._perfect(tok) and not self._timed(tok) and not self._passive(tok):
                # "forces who have fought X", "areas they have taken"; a deed done to the noun
                # ("84 people who have been killed") is reported, not backstory
                return "standing", head
            if tok.dep_ in ("acl", "relcl") and infinitive:
                # (not what a demand asks: "would not meet their demands to free X" frees no one)
                if head.lemma_.lower() not in self.directive_nouns and self._refused_means(clause_verb(head)):
                    return "refusal", None          # "refused to do anything to help", "put lives at risk to"
                return "content", head              # "a meeting to discuss ..."
            if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in self.directive_nouns and \
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in kids):
                return "directive", head        # "its demand that the US ease sanctions": asked, not done
            if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not misread_main_verb(tok):
                if tok.tag_ == "VBG" and head.lemma_.lower() in r.speaking_documents and \
                        head.dep_ in OBJ_DEPS and head.head.lemma_.lower() in r.issuing_verbs:
                    tok = head.head                 # "issued a report accusing X": as issued
                    continue
                if tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids):
                    return "described", None        # "a Briton held by X": the act its "by" doer did
                if tok.tag_ in ("VBN", "VBG"):
                    return "content", head          # "the deal signed in March", "lines leading into"
                if self._finite(tok):
                    return "content", head          # "charges that the army tortured prisoners"
            if tok.dep_ == "advcl" and infinitive and tok.lemma_.lower() in r.protest_purposes and \
                    head.lemma_.lower() in r.gathering_verbs:
                return "fact", None                 # "thousands gathered in X to protest": protested
            if tok.dep_ == "advcl" and infinitive:
                if self._refused_means(head):
                    return "refusal", None          # "would not risk lives to rescue them"
                return "content", head              # purpose: "... to demand reforms"
            return "fact", None

    # -- issue 15: senses and statements
    def _stated(self, head, hl: str) -> bool:
        """An intention under a head of a state of mind ("wants to", "is ready to") is no
        statement when the writer gives it as a motive ("joined because they want to kill X") or
        as a description of people ("recruits who wanted to return"); speech acts ("vowed to")
        always state it."""
        if hl not in self.w["mental_heads"]:
            return True
        tok = head
        while tok.dep_ in ("conj", "acomp", "attr") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("relcl", "acl"):
            return False
        return not (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.w["motive_marks"]
                                                for c in tok.children))

    def _wants_own_act(self, verb) -> bool:
        """ "intends to keep troops", "wanted to build a force": a head of a state of mind with a
        to-infinitive of its own and no object; the act wanted codes, the wanting does not."""
        if not self._lemma_in(verb, self.w["mental_heads"]):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("dobj", "dative") for c in kids):
            return False
        return any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in kids)

    def _hedged(self, verb) -> bool:
        """ "suggested that X would expand": a hedged report of what will be, not a proposal
        ("suggested that Iran hold talks", "should hold talks" stay appeals)."""
        if not self._lemma_in(verb, self.w["hedged_reports"]):
            return False
        for c in verb.children:
            if c.dep_ == "ccomp":
                aux = [k.lower_ for k in c.children if k.dep_ == "aux"]
                if any(a in self.rules.obligation_aux for a in aux) or (c.tag_ == "VB" and not aux):
                    return False
                return True
        return False

    def _by_deed(self, verb) -> bool:
        """ "By bombing the camps, X challenged Y": a verbal act whose means is a deed."""
        return any(c.dep_ == "prep" and c.lower_ == "by" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in self.w["speech_means"]
            for g in c.children) for c in verb.children)

    def _declines_comment(self, verb) -> bool:
        """ "declined to comment", "refused to discuss the reports": 011, no rejection."""
        return verb.lemma_.lower() in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in self.w["comment_verbs"] for c in verb.children)

    def _force_object(self, verb) -> bool:
        """Is the verb's object a use of force ("escalate military action", "intensify strikes",
        "prepare for an offensive", "an offensive east of X": the parser's modifier of "east")?"""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"]     # "preparing for an offensive"
        for c in objs:
            for n in [c] + list(c.conjuncts) + [m for m in c.children if m.dep_ == "amod" and m.tag_ == "NN"]:
                lem = n.lemma_.lower()
                mods = [m for m in n.children if m.dep_ in ("amod", "compound")]
                if lem in self.force_nouns or (mods and f"{mods[-1].lemma_.lower()} {lem}" in self.force_nouns):
                    return True
                if lem in self.w["force_act_nouns"] and any(m.lower_ in self.w["force_modifiers"] for m in mods):
                    return True
        return False

    def _guessed(self, tok) -> bool:
        """ "it is likely (that) X will side with Y", "it is possible X attacked": a clause under
        an adjective of likelihood is a guess."""
        if tok.dep_ != "ccomp":
            return False
        head, spec = tok.head, self.rules.speculative_heads
        return head.lemma_.lower() in spec or any(
            c.dep_ == "acomp" and c.lemma_.lower() in spec for c in head.children)

    def _conditional(self, tok, kids) -> bool:
        """ "will respond in case X attacks", "will only help once a transition is under way"."""
        left = tok.left_edge.i
        doc = tok.doc
        while left < tok.i and doc[left].dep_ == "mark" and doc[left].lower_ == "that":
            left += 1
        start = tok.sent.start
        # the words before the clause, as many as the longest opener has: each opener is
        # compared with their end
        before = tuple(t.lower_ for t in doc[max(start, left - self.longest_opener):left])
        for opener in self.openers:
            n = len(opener)
            if left - n >= start and before[len(before) - n:] == opener:
                return True
        if opens_with_condition(tok, self.openers):
            return True     # "in case" parsed inside its clause (openers.py)
        marks = self.w["only_when_marks"]
        return any(c.dep_ == "advmod" and c.lower_ == "only" for c in kids) and any(
            c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in marks for g in c.children)
            for c in kids)

    def _refused_means(self, head) -> bool:
        """Is a purpose clause's head a stated refusal of the means: "said it would not risk
        lives to rescue them", "refused to do anything to help", "will not do anything to
        free him"? The purpose is then what is refused."""
        r = self.rules
        kids = list(head.children)

        def will_not(tok, kids) -> bool:
            future = [c for c in kids if c.dep_ == "aux" and c.lower_ in r.future_aux]
            return bool(future) and any(c.dep_ == "neg" for c in kids) and \
                (future[0].lower_ != "would" or self._reported(tok))
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in kids):
            return False        # "would not allow China to assist X": Russia's act
        if will_not(head, kids):
            return True
        if head.lemma_.lower() == "do" and any(c.dep_ == "dobj" and c.lower_ == "anything" for c in kids):
            up = head.head
            return head.dep_ == "xcomp" and up.lemma_.lower() in ("refuse", "decline") and \
                not any(c.dep_ == "neg" for c in up.children)
        return False

    def apply(self, code: str, mood: str) -> str | None:
        root = code[:2]
        if mood == "fact":
            return code
        if mood == "described":
            # "a Briton held by X", "a plan rejected by Y": done; "forces backed by X", "a
            # coalition supported by Y" describe a standing relation (standing_participles)
            return None if code.startswith(self.rules.standing_participles) else code
        if mood in ("negated", "directive", "content", "standing", "opinion", "plan"):
            return None
        if mood == "refusal":   # "will not lift the embargo": 1244 (refusals.py)
            return refusal_code(code) if root in ("03", "04", "05", "06", "07", "08") else None
        force = root in self.rules.threat_codes
        if root in ("03", "13") or (root == "12" and mood == "future"):
            return code                 # ("said it would decline to obey": a rejection stated)
        if mood == "threat" or (force and mood in ("future", "intent")):
            # "threatened to cut", "said they would attack", "vowed to strike": a threat
            return self.rules.threat_codes.get(root, "130")
        if force:
            return None                 # "would be taken to camps": nobody threatened anyone
        # future or intent: a stated intention to cooperate is itself the event
        return self.rules.intent_codes.get(code[:3], self.rules.intent_codes.get(root)) or None


class NegationOnly:
    """PETRARCH's reading: the pattern's code, whatever the tense or mood; a verb negated by
    its own "not" takes the code of its negation (negation.tsv), or none."""

    def __init__(self, rules: Rules):
        self.negation = rules.negation or {}

    def code(self, verb, code: str) -> tuple[str | None, str, object | None]:
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
                      for c in verb.children)       # "did not even ever clash": "not" under "ever"
        if not negated and verb.dep_ == "xcomp" and not any(c.tag_ == "TO" for c in verb.children):
            # "will not wire tap", read as "wire" + bare "tap": the negation is the pair's
            negated = any(c.dep_ == "neg" for c in verb.head.children)
        if not negated:
            return code, "fact", None
        return self.negation.get(code), "negated", None


FINITE_TAGS = frozenset({"VBD", "VBZ"})



def finite_above(verb):
    """The finite verb above a chain of base-form verbs that `verb`, itself finite, was joined
    to by "and" ("would not tell voters to endanger themselves and blamed ...": "said"), or None.
    The chain must start under a modal or "to": a verb the modal governed would be in the base
    form too."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.tag_ != "VB" or not any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ == "TO") for c in head.children):
        return None
    tok = head
    while tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.tag_ in FINITE_TAGS and tok.i < verb.i else None
