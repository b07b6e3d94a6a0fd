"""Told by the writer as backdrop, not reported as an act (GUIDELINES: standing relations and
background are at most optional; plans reported as future are not coded unless the statement of
intent is itself the event).

Asked by Modality after it has read the verb's mood. Each question looks at the clause's
structure, not at what the sentence is about:
- a plan the writer tells ("X will meet Y on Friday"): a future that nobody is reported saying;
- a past perfect in the writer's own narration ("X had backed Y"): backstory;
- a view held ("X views Y as a threat", "X regards Y as ..."): a state of mind, in any tense;
- the present of a verb of attitude or lasting relation, active, passive or adjectival
  ("X opposes Y", "Y is opposed by X", "X is opposed to Y", "Y is backed by X");
- a participle of a lasting relation hanging on "have"/"be" ("has troops there, supporting Y").
(A verbal act the writer reads into a deed, "By shelling the town, X challenged Y", is
modality.py's `_by_deed`.)
"""
from __future__ import annotations

from .parse import ends_as_prose
from .rules import Rules

FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


class Backdrop:
    def __init__(self, rules: Rules, backdrop: dict):
        self.rules = rules
        self.reporting = frozenset(backdrop.get("reporting_verbs", ()))
        self.views = frozenset(backdrop.get("view_verbs", ()))
        self.attitudes = frozenset(backdrop.get("attitude_verbs", ()))
        self.earlier = frozenset(backdrop.get("backstory_adverbs", ()))
        self.patronage = frozenset(backdrop.get("patronage_verbs", ()))
        self.patrons = frozenset(backdrop.get("patronised_nouns", ()))
        self.positions = frozenset(backdrop.get("position_nouns", ()))
        self.premises = frozenset(backdrop.get("premise_subjects", ()))

    # -- a plan told by the writer
    def writers_plan(self, verb) -> bool:
        """A "will"/"is going to" future in the writer's own narration: no reporting verb above
        or beside it, no "according to", no first or second person, not in quotation marks, not a
        headline ("Egypt will send troops to Libya" as a headline reports an announcement)."""
        if not ends_as_prose(verb) or self._report_beside(verb):
            return False
        tok = verb
        while True:
            kids = list(tok.children)
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_SECOND for c in kids):
                return False
            if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.reporting for c in kids):
                return False            # "X will send troops, the minister said"
            if any(c.dep_ == "prep" and c.lower_ in ("according", "per") for c in kids):
                return False
            if tok.dep_ in ("ccomp", "parataxis", "advcl") or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.dep_ == "ccomp" and self.speculated(tok.head):
            return True                 # "it is likely X will side with Y": the writer's guess
        if tok.head.i != tok.i and tok.dep_ in ("ccomp", "parataxis"):
            return False                # reported by someone: a stated intention (03)
        if tok.dep_ == "advcl":
            return False                # "..., saying it will send troops" and the like: leave
        return not self._quoted(verb)

    def _report_beside(self, verb) -> bool:
        """Is there a reporting verb in the sentence outside the noun phrases below the verb:
        above it, beside it ("..., the agency said on Monday", read as a conjunct), or "according
        to"? Not one inside an argument ("aid to refugees who said ...")."""
        for r in verb.sent:
            if r.pos_ not in ("VERB", "AUX") or r.i == verb.i or (
                    r.lemma_.lower() not in self.reporting and r.lower_ != "according"):
                continue
            tok, inside_noun = r, False
            while tok.i != verb.i and tok.head.i != tok.i:
                if tok.dep_ not in ("conj", "parataxis", "ccomp", "advcl", "prep"):
                    inside_noun = True
                tok = tok.head
            if tok.i != verb.i or not inside_noun:
                return True             # above or beside the verb, or its own clause's
        return False

    def speculated(self, head) -> bool:
        """Is the head "it is likely/possible" (a copula with a speculative complement)?"""
        return head.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in self.rules.speculative_heads for c in head.children)

    # -- backstory in the writer's narration
    def narrated_past_perfect(self, verb, code: str, timed) -> bool:
        """ "X had backed Y", "had previously attacked Y": an active past perfect of a lasting
        relation, or any perfect marked as earlier ("had once ruled", "has long backed"), or a
        present perfect of patronage of an actor ("has backed the rebels", "has armed Y": not
        "has backed the UN plan", an endorsement), in a clause
        nobody is reported saying (a reported "said it had arrested 40 men" is today's news),
        with no time phrase of the news. A bare past perfect of a deed ("had summoned the envoy")
        is often the news of the day before: left coded."""
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not aux and verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ == "VBN" and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
            aux = {c.lower_ for c in verb.head.children if c.dep_ == "aux"}    # "had made X and controlled Y"
        elif verb.tag_ not in ("VBN", "VBG"):
            return False
        if not aux and verb.tag_ == "VBD":
            return False
        earlier = any(c.dep_ == "advmod" and c.lower_ in self.earlier for c in verb.children)
        lasting = verb.lemma_.lower() in self.rules.ongoing_verbs and code.startswith(self.rules.ongoing_codes)
        patron = bool(aux & {"has", "have"}) and self._patronage(verb)
        if not ("had" in aux and (lasting or earlier)) and not (aux & {"has", "have"} and earlier) and not patron:
            return False                # "has long backed Y", "have previously attacked Y" too
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or timed(verb):
            return False
        tok = verb
        while tok.head.i != tok.i:
            if tok.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "relcl", "acl", "pcomp"):
                return False            # only a main clause or its conjunct: relcl has its own rule
            tok = tok.head
        if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.reporting for c in tok.children):
            return False
        return not self._quoted(verb)

    def _patronage(self, verb) -> bool:
        """A verb of patronage ("back", "support", "arm", "fund") whose object is an actor: a
        name ("has supported Karzai", "has backed the Taliban") or an armed or governing body
        ("has armed the rebels"), not a position ("has backed the plan", "supported the bid")."""
        if verb.lemma_.lower() not in self.patronage:
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objs) and all(
            (o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or o.lemma_.lower() in self.patrons)
            and o.lemma_.lower() not in self.positions for o in objs)

    # -- states of mind and lasting relations
    def held_view(self, verb) -> bool:
        """ "views Y as a threat", "regarded Y as an enemy", "considers Y a terrorist group": a
        view held, not an act, whatever the tense."""
        if verb.lemma_.lower() not in self.views:
            return False
        return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "ccomp")
                   for c in verb.children)

    def present_state(self, verb, code: str, timed) -> bool:
        """The present of a verb of attitude ("Damascus opposes the plan") or of a lasting
        relation, passive or adjectival ("the plan is opposed by Damascus", "X is opposed to Y",
        "Y is backed by Iran"), with no time phrase of the news."""
        lemma = verb.lemma_.lower()
        attitude = lemma in self.attitudes
        lasting = lemma in self.rules.ongoing_verbs and code.startswith(self.rules.ongoing_codes)
        if not (attitude or lasting) or timed(verb) or not ends_as_prose(verb):
            return False
        kids = list(verb.children)
        if any(c.dep_ == "aux" for c in kids):
            return False                # "has opposed", "will back": not a simple present
        if attitude and verb.tag_ in ("VBZ", "VBP"):
            return True
        passive_be = [c for c in kids if c.dep_ == "auxpass" and c.lower_ in PRESENT_BE]
        if verb.tag_ == "VBN" and passive_be:
            return True                 # "is opposed by", "are backed by"
        head = verb.head
        if verb.tag_ == "VBN" and verb.dep_ == "acomp" and head.lower_ in PRESENT_BE and \
                not any(c.dep_ == "aux" for c in head.children):
            return not timed(head)      # "are opposed to the plan"
        return False

    def relation_participle(self, verb, code: str) -> bool:
        """ "has 500 troops there, mostly supporting Y": a participle of a lasting relation
        hanging on a clause of having or being."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in ("aux", "nsubj") for c in verb.children):
            return False
        if not (verb.lemma_.lower() in self.rules.ongoing_verbs and code.startswith(self.rules.ongoing_codes)):
            return False
        return verb.head.lemma_.lower() in ("have", "be")

    # -- a ground argued
    def argued_premise(self, verb, timed) -> bool:
        """ "One is that Isis members have planned attacks on the UK", "Another is that ...",
        "The argument is that ...": the "that" clause of a copula whose subject names a ground,
        reason or point is the writer's (or a speaker's) argument, not an act reported; unless a
        time phrase of the news anchors it ("The reason is that X shelled Y on Monday")."""
        tok = verb
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head              # "have planned and directed attacks": the first conjunct
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() != "be":
            return False
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in self.premises:
            return False
        return not (timed(verb) or timed(tok))

    # -- helpers
    @staticmethod
    def _quoted(verb) -> bool:
        """Is the verb inside quotation marks: more opening than closing marks before it, an odd
        number of straight ones, or a closing mark after it with no opening one in the sentence
        (a quote running on from the sentence before)?"""
        before = [t.text for t in verb.sent if t.i < verb.i]
        after = [t.text for t in verb.sent if t.i > verb.i]
        if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1:
            return True
        return "\u201c" not in before and "\u201d" in after and \
            after.index("\u201d") < (after.index("\u201c") if "\u201c" in after else len(after))
