"""Code the events of one parsed sentence.

For every verb, the coder's components answer in turn:
1. triggers.py: is it an event, and which code (a dictionary pattern, the verb's own
   code, or an event noun: "held talks");
2. modality.py: did it happen (negated, hypothetical and wished-for acts are dropped; a
   plan becomes a statement of intent (03), threatened force a threat (13));
3. slots.py and unnamed.py: who did it and to whom;
4. dates/attach.py: when.
Then one event per (source, target) pair (pairing.py); a compound subject with no
target ("Russia and China agreed") gives an event between its members. The reading
(eventwire's or PETRARCH's, reading.py) is chosen once, from the rules.
"""
from __future__ import annotations

from dataclasses import replace

from .obtained import received_from
from .taken_town import places_taken
from .echoes import echoed_targets, repeated
from .vows import consequence_targets, promised_consequence
from ..actors.codes import country_part
from .threats import joined_act_targets, consequence_subject, own_side_clause, threatened, warns_of_consequence, warns_of_fact
from ..dates.attach import is_background, trigger_date
from ..dates.resolve import DatePhrase
from ..records import EventMention, Origin
from .matching import PatternMatcher
from .modality import Modality
from .held import held_protests
from .nominal import Nominal
from .pairing import REFUSABLE_ROOTS, Pairing
from .parse import OBJ_DEPS, VERB_POS
from .patterns import VerbDictionary
from .police import PoliceActs
from .reading import reading_for
from .rules import Rules
from .slots import Slots
from .triggers import JOINT_CODE, Trigger, TriggerChooser
from .unnamed import UnnamedActors
from .judgement import JUDGED, Judgements
from .aidwork import aid_stopped
from .aidwith import aid_with
from .purposed import purpose_act
from .lapsed import lapsed_code
from .approved import ALLOW_CODE, PATTERN as APPROVED, allowed_doer
from .anaphora import judged_act_doer, moved_doer
from .beneficiary import drop_beneficiaries
from .allies import drop_common_enemies
from .cohosts import drop_cohosts
from .landmarks import drop_landmarks
from .topics import drop_predicated, drop_topics
from .reporters import drop_reporters
from .letters import recipients
from .defences import reporters_defences
from .instruments import no_interaction
from .attacked import Attacked, object_headed, armed_blockade, armed_expulsion, armed_strike, result_of_attack, victims_of_attack
from .crowds import CrowdViolence
from .property_hit import PropertyHit
from .drills import Drills
from .postures import BUILDUP, CODE as BUILDUP_CODE, SHOW, SHOW_CODE, BorderDeployment
from .recalls import Recalls
from .reproach import ADVICE_CODE, REPROACH_CODE, advises, looks_back
from .roles import settle_roles
from .sides import OWN_PEOPLE
from .withdrawals import CODE as WITHDRAWAL_CODE, Withdrawals
from .captors import asked_of
from .means import means_code
from .announced import announced_cut
from .investigated import investigations_faced, sent_to_investigate
from .expelled import aid_expulsion
from .refusals import StatedRefusals, refusal_code
from .departures import departure_stands
from .shields import held_as_shields
from .rallies import CODE as RALLY_CODE, rallied_against
from .demands import demanded_of
from .deadlines import PERMISSION_NOUNS, deadline_for
from .failures import CODE as FAILED_CODE, failed_agreement, failed_pairs

# a military exercise (nouns.tsv): held by several states' forces, it is their cooperation
EXERCISE_CODE = "152"
# agreements, truces and talks: their sides are the parties a later "the deal" names again
DEAL_CODES = frozenset({"057", "087", "046", "040"})
# a claim that another did one of these is an accusation of the doer (112)
CLAIMED_DEED_ROOTS = frozenset({"17", "18", "19", "20"})
# patterns of a missile or rocket brought down: its owner fired it at the other side
DOWNED = "hand:downed-"


def named_owner(owner, downer) -> bool:
    """Is the missile's owner named ("a Houthi missile"), not guessed (civilians or an
    unidentified force of the place), and of another country than the side that downed it?"""
    return owner.origin not in (Origin.STORY_COUNTRY, Origin.CONTEXT) and \
        owner.code[3:6] not in ("CVL", "UAF") and country_part(owner.code) != country_part(downer.code)


class EventCoder(Pairing):
    def __init__(self, verbs: VerbDictionary | None = None, rules: Rules | None = None,
                 statements: bool = False):
        self.verbs = verbs or VerbDictionary.load()
        self.rules = rules or Rules.load()
        self.skip_roots = frozenset() if statements else self.rules.uncoded_roots
        matcher = PatternMatcher(self.verbs)
        self.reading = reading_for(self.rules, matcher)
        self.triggers = TriggerChooser(self.verbs, self.rules, self.reading, matcher)
        self.slots = Slots(self.rules, self.reading)
        self.unnamed = UnnamedActors(self.rules)
        self.police = PoliceActs() if self.rules.mode == "eventwire" else None
        # history dated by its own phrase is background (eventwire's reading only)
        self.dated_background = self.rules.mode == "eventwire"
        # threat verbs whose reported fact is a criticism (modality.yaml threat_heads; eventwire's reading only)
        self.warning_verbs = self.rules.threat_heads if self.rules.mode == "eventwire" else frozenset()
        self.judgements = Judgements() if self.reading.reads_judgements else None
        slots = self.rules.slots
        self.statement_verbs = slots["statement_verbs"]
        self.default_target_roots = slots["default_target_roots"]
        self.population_codes = slots["population_target_codes"]
        self.population_roles = slots["population_target_roles"]
        self.act_subject_roots = slots["act_subject_roots"]
        self.default_victim_roots = slots["default_victim_roots"]
        self.trailing_reports = slots["trailing_reports"]
        self.reciprocal_objects = slots["reciprocal_objects"]
        self.travel_verbs = frozenset(slots["travel_verbs"])
        self.travel_roots = frozenset(str(r) for r in slots["travel_roots"])
        self.travel_codes = frozenset(str(c) for c in slots["travel_codes"])
        self.traveller_roles = frozenset(slots["traveller_roles"])
        # events written as nouns and reactions to events: eventwire's reading only
        self.nominal = Nominal(self.rules, Modality(self.rules)) if self.rules.mode == "eventwire" else None
        # a crowd's violence is a violent protest (145): eventwire's reading only
        self.attacked = Attacked() if self.rules.mode == "eventwire" else None
        self.crowds = CrowdViolence(self.attacked) if self.attacked is not None else None
        self.property_hit = PropertyHit(self.unnamed, slots["note_sentences"], self.rules.act_nouns,
                                        slots["victim_nouns"]) if self.attacked is not None else None
        self.protest_verbs = self.crowds.protest_verbs(self.verbs) if self.crowds is not None else frozenset()
        self.protest_codes = CrowdViolence.protest_codes(self.verbs, self.protest_verbs)
        # forces sent to a border (154): eventwire's reading only
        self.border = BorderDeployment(slots) if self.rules.mode == "eventwire" else None
        self.drills = Drills(slots)     # which drills are military, joint, held apart (drills.py)
        self.withdrawals = Withdrawals() if self.rules.mode == "eventwire" else None
        self.refusals = StatedRefusals() if self.rules.mode == "eventwire" else None
        self.recalls = Recalls(slots) if self.rules.mode == "eventwire" else None
        if self.nominal is not None:
            self.triggers.derived_nouns = self.nominal.derived
        self._memory_doc, self._memory_sentence = "", -1
        self._sideless: list = []
        self._sideless_at = -2
        self._memory: list = []         # (code, trigger words, source, event key, target) of the document's events so far
        self._deals: list = []          # (code, words, source, target) of its agreements, truces, talks
        self._dyads: list = []          # (source country, target country) of its events so far
        self._returned: set[int] = set()  # verbs of fire returned in the sentence ("fired back")

    def trigger_words(self) -> frozenset[str]:
        """Lower-case words that may start an event: the cheap pre-filter's list."""
        words = self.triggers.trigger_words()
        if self.judgements is not None:     # "compared X to Y", "considered X a coup"
            words |= self.judgements.trigger_words()
        if self.border is not None:         # "massed troops on the border"
            words |= self.border.trigger_words()
        return words | self.nominal.words() if self.nominal is not None else words

    def police_words(self) -> frozenset[str]:
        """Words of arrests and crowd dispersal: parsed without an actor in a police paragraph."""
        return self.police.trigger_words(self.verbs) if self.police is not None else frozenset()

    def code_sentence(self, sent, resolver, doc_id: str, sentence_index: int,
                      anchor: str | None, date_phrases: list[DatePhrase]) -> list[EventMention]:
        if doc_id != self._memory_doc or sentence_index <= self._memory_sentence:
            self._memory = []           # a new document (a sentence is never coded twice)
            self._deals = []
            self._dyads = []
            self._sideless, self._sideless_at = [], -2  # the last sentence's sideless fighting nouns
        self._memory_doc, self._memory_sentence = doc_id, sentence_index
        self._cuts: list = []                # countries this sentence's earlier clauses cut ties with
        by_verb: dict[int, list[EventMention]] = {}
        self._so_far = by_verb              # this sentence's events so far ("the move": anaphora.py)
        carried_by: dict[int, int] = {}      # inner verb -> the head verb whose event it makes
        self._claimed: set[int] = set()      # event nouns a light verb carries
        self._nouns_of: dict[int, str] = {}  # light verb -> the lemma of its event noun
        self._threat_acts: dict[int, int] = {}  # threatened act -> the warning verb (threats.py)
        self._mutual: set[int] = set()       # verbs whose sides act together ("A and B agreed")
        self._returned: set[int] = set()     # verbs of fire returned ("fired back")
        for verb in sent:
            if verb.pos_ not in VERB_POS:
                continue
            found = self._code_verb(verb, sent, resolver, doc_id, sentence_index, anchor, date_phrases)
            if found is not None:
                by_verb[verb.i], carrier = found
                # "shelled X, killing two": the shelling; "the WFP halted operations": aid stopped
                by_verb[verb.i] = victims_of_attack(verb, by_verb, by_verb[verb.i])
                recode = result_of_attack(verb, by_verb) or aid_stopped(verb, by_verb[verb.i]) or \
                    aid_with(verb, by_verb[verb.i]) or \
                    purpose_act(verb, by_verb[verb.i], self.triggers.choose, resolver.actors)  # "sent troops to train Y's army"
                # "launched a chemical attack", "killed in a car bomb blast": the means (means.py)
                recode = self._means(verb, by_verb[verb.i], recode, resolver.before_text)
                if recode is not None:
                    by_verb[verb.i] = [replace(m, code=recode) for m in by_verb[verb.i]]
                # sides dealt with so far, this sentence's earlier clauses included
                self._dyads += [(country_part(m.source.code), country_part(m.target.code)) for m in found[0]]
                self._cuts += [country_part(m.target.code) for m in found[0] if m.code.startswith("16")]
                if carrier is not None:
                    carried_by[verb.i] = carrier
        # "promised to continue aid", "threatened to cut ties": the inner act names the event
        for inner, head in list(carried_by.items()) + list(self._threat_acts.items()):
            if inner in by_verb and (not by_verb[inner] or any(
                    country_part(m.target.code) != country_part(m.source.code) for m in by_verb[inner])):
                by_verb.pop(head, None)     # (not for an act on the doer's own country: "withdraw French aid")
        if self.nominal is not None:
            # "Clashes took place in X. The incident was between A and B": the sentence before's
            sideless = self._sideless if sentence_index == self._sideless_at + 1 else []
            for ev in self.nominal.events(sent, resolver, self._claimed, sideless):
                if ev.noun.i not in by_verb:
                    ms = self._noun_mentions(ev, sent, doc_id, sentence_index, anchor, date_phrases)
                    if sideless and ev.entry is sideless[0][0] and not any(p.date for p in date_phrases):
                        # "the incident", undated, is the clashes the sentence before dated ("on Monday night")
                        ms = [replace(m, date=sideless[0][1][0], date_precision=sideless[0][1][1],
                                      date_how=sideless[0][1][2]) for m in ms]
                    means = self._means(ev.noun, ms, None)
                    by_verb[ev.noun.i] = [replace(m, code=means) for m in ms] if means else ms
            self._sideless = [(e, trigger_date(self.nominal.when_of(t), sent.text, sent.start_char, anchor, date_phrases))
                              for e, t in self.nominal.sideless]
            self._sideless_at = sentence_index
            # "a rally was held in X", "Protests in X on 30 May": a protest no verb of its doers reports
            for ev in held_protests(self.nominal, sent, resolver, self._claimed, {i for i, ms in by_verb.items() if ms},
                                    bool(date_phrases)):
                by_verb[ev.noun.i] = self._noun_mentions(ev, sent, doc_id, sentence_index, anchor, date_phrases)
            for ev in investigations_faced(sent, self.nominal, resolver, self._claimed | set(by_verb)):
                by_verb[ev.noun.i] = self._noun_mentions(ev, sent, doc_id, sentence_index, anchor, date_phrases)
        found = [m for i in sorted(by_verb) for m in by_verb[i]]
        # the own people are guessed only when no one is named: not beside the same act by the
        # same source on a side the sentence names ("eased curbs on X, lifting limits on Y")
        named = {(m.source.code, m.code) for m in found if not m.target.how.endswith(OWN_PEOPLE)}
        found = [m for m in found if not (m.target.how.endswith(OWN_PEOPLE) and (m.source.code, m.code) in named)]
        for m in found:
            tok = sent[m.trigger_index] if m.trigger_index is not None else None
            # the verb, its event noun and its objects: "launched air strikes" ... "the strikes"
            words = {tok.lemma_.lower(), self._nouns_of.get(tok.i, "")} | \
                {c.lemma_.lower() for c in tok.children if c.dep_ in OBJ_DEPS} if tok is not None else set()
            if tok is not None and str(m.pattern_id).startswith(JUDGED):
                words = {tok.lemma_.lower()}    # "called the warrant historic": judged, not done
            if tok is not None and self.nominal is not None:
                # "agreed on a plan", "signed off on the deal": a later "the plan" is theirs
                words |= {o.lemma_.lower() for p in tok.children if p.dep_ == "prep"
                          for o in p.children if o.dep_ == "pobj" and self.nominal.is_authored(o)}
            # the key tells the authors of one event ("A and B agreed on a plan") from rivals
            if tok is None or tok.i not in self._returned:
                # (fire returned is no new deed: "condemned the attack" is the first shooter's)
                key = (sentence_index, m.trigger_index)
                if tok is not None and tok.i in self._mutual:
                    # "A and B agreed on a plan" / "held talks": each side is an author of it
                    key += ("sides",)
                    self._memory.append((m.code, words - {""}, m.target, key, m.source))
                self._memory.append((m.code, words - {""}, m.source, key, m.target))
            self._dyads.append((country_part(m.source.code), country_part(m.target.code)))
            if m.code[:3] in DEAL_CODES:
                self._deals.append((m.code, words - {""}, m.source, m.target))
            if tok is not None and m.code[:2] == "11" and self.nominal is not None:
                # "accused the army of staging a coup": a later "the coup" is the army's
                self._memory += [(root, deed, m.target, None, None) for root, deed in self.nominal.blamed_deeds(tok)]
        if self.nominal is not None:
            # "the tribunal ruled that ...": a later "the ruling" is the tribunal's
            self._memory += self.nominal.referents.authored_by(
                sent, lambda v: self.slots.sources(v, resolver), lambda v: self.nominal.modality.mood(v)[0])
            # "a Qatari-brokered deal": the state's government; "50 people": civilians (the memory
            # keeps the actors as read)
            found = settle_roles(found, sent)
        return found

    def _means(self, tok, mentions, recode: str | None, before: str = "") -> str | None:
        """The code an act's means gives it: 2041 for chemical weapons, 183 for bombs (means.py;
        eventwire's reading only), else the recode already found."""
        if self.nominal is None or not mentions:
            return recode
        codes = {recode} if recode else {m.code for m in mentions}
        found = {means_code(tok, c, before) for c in codes}
        return found.pop() if len(found) == 1 and None not in found else recode

    def _noun_mentions(self, ev, sent, doc_id, sentence_index, anchor, date_phrases):
        """The mentions of an event written as a noun; its date is its sentence's."""
        text, base = sent.text, sent.start_char
        noun = ev.noun
        t_start = noun.idx - base
        date, precision, how = trigger_date(self.nominal.when_of(noun), text, base, anchor, date_phrases)
        if self.dated_background and is_background(noun, text, base, anchor, date_phrases):
            return []           # "the 2016 detention of X", "its invasion in 2003": history
        return [EventMention(doc_id, sentence_index, text, noun.text, t_start, t_start + len(noun.text),
                             f"nominal:{ev.entry.noun}", s, t, armed_strike(ev.entry.code, s.code), date, precision, how,
                             trigger_index=noun.i - sent.start)
                for s, t in ev.pairs] + [  # "UN-led talks between A and B": the UN mediates
            EventMention(doc_id, sentence_index, text, noun.text, t_start, t_start + len(noun.text),
                         "nominal:mediated", m, p, "045", date, precision, how, trigger_index=noun.i - sent.start)
            for m, p in ev.mediated]

    def _coercive(self, verb) -> bool:
        """Does the verb code coercion or force (roots 17-20): "X claimed Y had shelled ..."?"""
        trig = self.triggers.choose(verb)
        return trig is not None and trig.code[:2] in CLAIMED_DEED_ROOTS

    def _code_verb(self, verb, sent, resolver, doc_id, sentence_index, anchor, date_phrases):
        """(the verb's event mentions, the verb whose intent or threat it carries), or None."""
        trig = self.triggers.choose(verb)
        targets = None
        if verb.lemma_.lower() in self.statement_verbs:
            demanded = self.slots.statement_demand(verb, resolver)
            if demanded:
                trig = Trigger(verb, REPROACH_CODE, "rule:statement-should-have", None) if looks_back(verb) \
                    else Trigger(verb, ADVICE_CODE, "rule:statement-should", None) if advises(verb) \
                    else Trigger(verb, "100", "rule:statement-must", None)
                targets = demanded
            elif self.judgements is not None:
                accused, doer = self.judgements.reported(verb, self._coercive, self.rules.claim_heads)
                if accused is None:         # "X said Y would pay a price": X threatens Y
                    accused, doer = self.judgements.reported_threat(verb)
                if accused is not None:     # "X said Y had interfered in ...": X accuses Y
                    trig, targets = accused, resolver.actors(doer)
                    if not targets:
                        return None
                else:
                    # "X said the ruling was illegal": as "called the ruling illegal"
                    judged, judged_toks = self.judgements.reported_judgement(
                        verb, self.nominal.is_violent_deed if self.nominal is not None else None)
                    if judged is not None:
                        trig, targets = judged, self.judgements.targets(
                            judged_toks[0], resolver, judged_toks[1], self.nominal, self._memory) or \
                            self._moved(judged_toks[0], verb, resolver)
                        if not targets:
                            return None
        if self.judgements is not None:
            judged, judged_toks = self.judgements.find(
                verb, self.nominal.is_violent_deed if self.nominal is not None else None)
            if judged is not None:      # "called Y a terrorist state": Y is judged
                judged_tok, pred = judged_toks
                trig, targets = judged, self.judgements.targets(judged_tok, resolver, pred,
                                                                self.nominal, self._memory) or \
                    self._moved(judged_tok, verb, resolver) or \
                    judged_act_doer(judged_tok, pred, resolver, self._memory_sentence, self._so_far,
                                    self._memory, self.slots.sources(verb, resolver)[0])
                if not targets:
                    return None
        if targets is None and self.border is not None:
            border = self.border.border(verb)
            if border is not None:      # "sent troops to the X frontier": a show of force against X
                targets = self.border.targets(border, resolver, self.slots.sources(verb, resolver)[0])
                if not targets:
                    return None
                trig = Trigger(verb, "154", "rule:border-deployment", None)
        if trig is not None and trig.code in (EXERCISE_CODE, JOINT_CODE) and self.drills.civil_drill(trig.noun, verb):
            return None     # "held earthquake drills", "joint search-and-rescue drills": no military act
        exercise = None     # the drills shown near Y, of several sides too (_joint_sides)
        if targets is None and self.border is not None and self.border.drills(verb):
            shown = self.border.shown_to(verb, resolver, self.slots.sources(verb, resolver)[0])
            if shown:   # "held military drills near Y": a show of force against Y, not cooperation
                if trig is not None and trig.code in (EXERCISE_CODE, JOINT_CODE) and trig.noun is not None:
                    exercise = trig
                targets, trig = shown, Trigger(verb, SHOW_CODE, SHOW, None)
        if targets is None and self.border is not None and trig is not None and trig.code[:2] == "15":
            # "mobilised troops for an assault on Y", "reinforced its forces amid tensions with Y"
            targets = self.border.aimed(verb, resolver, self.slots.sources(verb, resolver)[0]) or None
            if targets is None and trig.pattern_id.startswith(BUILDUP):
                return None     # "strengthened its forces": aimed at no one named
            if targets is not None and trig.code == "150":
                trig = replace(trig, code=BUILDUP_CODE)     # forces mobilised: 154
        if targets is None and self.nominal is not None and (trig is None or trig.code[:2] in ("02", "04", "10")):
            rallied = rallied_against(verb, resolver, trig.code if trig is not None else None)
            if rallied:     # "called on its supporters to protest against Y": 113 (rallies.py)
                trig, targets = Trigger(verb, RALLY_CODE, f"rally-against:{verb.lemma_.lower()}", None), rallied
        if targets is None and self.nominal is not None and trig is not None and trig.code[:2] == "10":
            # "reiterated its demand that Y ease sanctions": of Y (demands.py)
            targets = demanded_of(verb, resolver, self.rules.slots["directive_nouns"])
        if targets is None and self.nominal is not None and trig is not None and trig.code == "139":
            targets = deadline_for(verb, resolver, self.slots.sources(verb, resolver)[0])  # "set a deadline for Y to withdraw" (deadlines.py)
        if targets is None and self.nominal is not None and trig is not None and trig.code == "080":
            targets = deadline_for(verb, resolver, self.slots.sources(verb, resolver)[0], PERMISSION_NOUNS)
        if self.nominal is not None and (trig is None or trig.code[:2] == "05"):
            refused = self.nominal.referents.refused(verb, self.nominal.is_authored)
            if refused is not None:     # "did not accept the ruling": a rejection of its author
                targets = self.nominal.reaction_targets(refused, resolver, self._memory)
                if not targets:
                    return None
                trig = Trigger(verb, "120", f"refused:{verb.lemma_.lower()}", None)
        if trig is None or not object_headed(verb, trig):   # "intercepted militants", not "calls of rebels"
            return None
        allowed = allowed_doer(verb) if targets is None and self.nominal is not None else None
        if allowed is not None and resolver.actors(allowed):
            # "granted approval for a charity to run clinics": the charity is allowed (approved.py)
            trig = Trigger(verb, ALLOW_CODE, f"{APPROVED}:{verb.lemma_.lower()}", None)
            targets = resolver.actors(allowed)
        if not departure_stands(verb, trig, resolver):    # "troops left Y", not "the army chief left Y"
            return None
        if trig.code[:2] == "13" and warns_of_fact(verb, self.warning_verbs, self.rules):
            # "warned that X has taken dangerous steps": a criticism, not a threat
            trig = replace(trig, code="110", pattern_id=f"warned-fact:{trig.pattern_id}")
        elif trig.code[:2] == "13" and warns_of_consequence(verb, self.warning_verbs, self.rules):
            # "warned that the move could create new crises": a criticism of the act
            trig = replace(trig, code="111", pattern_id=f"warned-consequence:{trig.pattern_id}")
            targets = self._moved(consequence_subject(verb), verb, resolver) or targets
        if trig.noun is not None:
            self._claimed.add(trig.noun.i)
            self._nouns_of[verb.i] = trig.noun.lemma_.lower()
        if not self.trailing_reports and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            return None         # "..., an official said": the report of the words, not an event
        code, mood, head = self.reading.code(verb, trig.code)
        lapsed = lapsed_code(verb, trig.code, mood) if not code and self.nominal is not None else None
        if lapsed:      # "failed to renew the embargo on Y": the restriction eased (lapsed.py)
            code = lapsed
            trig = replace(trig, code=code, pattern_id=f"lapsed:{trig.pattern_id}", reverse="")
        if not code and self.nominal is not None and failed_agreement(verb, mood, head):
            code = FAILED_CODE          # "A and B failed to reach a deal": 120 between them (failures.py)
            trig = replace(trig, code=code, pattern_id=f"failed:{trig.pattern_id}", among=True, reverse="")
        if not code and self.nominal is not None and \
                sent_to_investigate(verb, trig.code, lambda v: self.nominal.modality.mood(v)[0]):
            code = trig.code            # "sent experts to investigate the attack" (investigated.py)
        if trig.pattern_id.startswith("refused:") and mood in ("negated", "refusal"):
            code = trig.code            # its own "not" makes the rejection
        if self.nominal is not None and announced_cut(verb, code, trig.code, lambda v: self.slots.sources(v, resolver)[0]):
            code = trig.code            # "announced the US would withdraw from the deal" (announced.py)
        decided = self.withdrawals.decided(verb, resolver) if self.withdrawals is not None else []
        if decided:     # "Putin's decision to withdraw troops from Libya" (withdrawals.py)
            code = WITHDRAWAL_CODE
            trig = replace(trig, code=code, pattern_id=f"decided-withdrawal:{trig.pattern_id}", reverse="")
        elif trig.pattern_id.startswith("failed:"):
            # "A and B failed to reach a deal (on Z)": between the sides, never the topic (failures.py)
            decided = failed_pairs(verb, resolver, self.slots.sources(verb, resolver)[0])
            if not decided:
                return None
        elif self.refusals is not None and trig.code[:2] in REFUSABLE_ROOTS:
            # "said they have no plans to help X", "said lifting the ban on X is out of the question"
            decided, kind = self.refusals.no_plans(verb, resolver), "no-plans"
            if not decided:
                decided, kind = self.refusals.excluded(verb, resolver, self.slots, trig), "ruled-out"
            if decided:     # (refusals.py)
                code = refusal_code(trig.code)
                trig = replace(trig, code=code, pattern_id=f"{kind}:{trig.pattern_id}", reverse="")
        if code and targets is None and self.nominal is not None:
            # "demanded the release of soldiers held by X": of X (captors.py)
            targets = asked_of(verb, resolver, code) or None
        if code and code[:2] == "12" and targets is None and self.nominal is not None:
            # "rejected calls for talks with X": the side the talks would be with
            partner = self.nominal.referents.talks_partner(
                verb, resolver, self.nominal.entry, lambda o: self.nominal.doers(o, resolver))
            if partner:
                code, targets = "125", partner
        shielded = held_as_shields(verb, trig.code, lambda v: self.nominal.modality.mood(v)[0]) \
            if not code and mood == "content" and self.nominal is not None else None
        if shielded is not None:    # "kept villagers in a school to use them as shields" (shields.py)
            code, targets = trig.code, resolver.actors(shielded) or None
        if not code and mood == "content" and self.police is not None and \
                self.police.held_group(verb, trig.code, resolver) is not None:
            code = trig.code            # "40 people arrested near the town, police said"
        if not code or code[:2] in self.skip_roots:
            return None
        if self.police is not None and code[:2] in ("18", "19") and self.police.disperses(verb):
            # "opened fire to disperse the mob": violent repression of the crowd (police.py)
            code = "175"
            trig = replace(trig, code=code, pattern_id=f"dispersal:{trig.pattern_id}", reverse="")
        crowd = None
        if self.crowds is not None and targets is None and code[:2] != "14" and \
                verb.lemma_.lower() in self.protest_verbs:
            against = self.crowds.against(verb, resolver)
            if against:         # "rallied against the court, in support of ...": a protest
                code, targets = "141", against
                trig = replace(trig, code=code, pattern_id=f"protest-against:{trig.pattern_id}", reverse="")
        if self.crowds is not None and targets is None and code[:2] == "14" and \
                verb.lemma_.lower() in self.protest_verbs:
            targets = self.crowds.outside(verb, resolver) or None  # "outside the Croatian embassy"
        if self.crowds is not None and targets is None:
            riot = self.crowds.recode(verb, code)
            if riot is not None:
                code, crowd = riot, self.crowds.crowd(verb)
                trig = replace(trig, code=code, pattern_id=f"crowd:{trig.pattern_id}", reverse="")
        if targets is None and self.nominal is not None and not any(c.dep_ in OBJ_DEPS for c in verb.children):
            targets = recipients(verb, code, resolver)     # "sent a letter to X threatening to ..."
        if code[:2] == "13" and targets is None and verb.lemma_.lower() in self.warning_verbs and \
                not any(c.dep_ in OBJ_DEPS for c in verb.children):
            # "warned that Beijing would act against Y": the act's target, never the own side
            clause = own_side_clause(verb, resolver, self.slots.sources(verb, resolver)[0])
            if clause is not None:
                self._threat_acts[clause.i] = verb.i
                targets = threatened(verb, clause, resolver, self.slots.sources(verb, resolver)[0],
                                     self.rules.hypothetical_marks)
                if not targets:
                    return None
        vow = promised_consequence(verb, self.judgements.consequences) \
            if targets is None and self.judgements is not None else None
        if vow is not None:     # "vowed revenge against X", "promised punishment for the attack"
            targets = consequence_targets(vow[1], verb, resolver, self.nominal, self._memory)
            if not targets:
                return None
            code = vow[0]
            trig = replace(trig, code=code, pattern_id=f"vowed:{trig.pattern_id}", reverse="")
        if targets is None and repeated(trig.noun) and not any(
                resolver.actors(o) for p in (*trig.noun.children, *verb.children) if p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj"):
            # "Ban made the same appeal": to whom the latest appeal by another was made
            targets = echoed_targets(code, self.slots.sources(verb, resolver)[0], self._memory,
                                     self._memory_sentence)
            if not targets:
                return None
        pairs = decided or no_interaction(self._pairs(trig, code, verb, resolver, targets, crowd), code, verb)
        if not pairs and code == EXERCISE_CODE and targets is None and trig.noun is not None:
            sides, joint = self._joint_sides(trig, verb, resolver, crowd)
            if sides:
                pairs, code, trig = sides, JOINT_CODE, joint
        # "A and B held naval drills near Y": a show of force at Y and cooperation between them
        among, among_trig = self._joint_sides(exercise, verb, resolver, crowd) if exercise and pairs else ([], None)
        if not pairs and code[:2] == "05" and targets is None and verb.lemma_.lower() in self.protest_codes \
                and trig.pattern is not None and "against" in trig.pattern.after:
            # "protested against the detention of ...": nobody named supported, a protest still
            # (not "demonstrated their support for ...": no protest against anyone)
            code = self.protest_codes[verb.lemma_.lower()]
            trig = replace(trig, code=code, pattern_id=f"protest:{trig.pattern_id}", reverse="")
            pairs = self._pairs(trig, code, verb, resolver, targets, crowd)
        if code[:2] == "02" and pairs:
            pairs = drop_beneficiaries(pairs, verb, sent)   # "appeal for aid for Malawi": not to Malawi
        pairs = drop_common_enemies(pairs, code, verb, sent)   # "joined X in the fight against Y"
        pairs = drop_cohosts(pairs, verb, sent)     # "a summit it co-hosted with Ghana"
        pairs = drop_landmarks(pairs, code, sent)   # "refused to leave a corner of Syria"
        pairs = drop_topics(pairs, code, verb, sent)    # "postponed a Syrian dialogue conference"
        pairs = drop_predicated(pairs, code, verb, sent)      # "dismissed X as a meeting between A and B"
        pairs = drop_reporters(pairs, sent)     # "..., killing five, activists reported"
        pairs = received_from(pairs, code, verb, resolver)    # "received weapons from Y": Y gave them
        pairs = places_taken(pairs, trig.pattern_id)     # "rebels captured Goma" (taken_town.py)
        if not pairs and targets is None and self.nominal is not None:
            sent_to = recipients(verb, code, resolver)
            if sent_to:         # "sent a letter to X threatening ...": X is threatened (letters.py)
                pairs = self._pairs(trig, code, verb, resolver, sent_to, crowd)
        guessed = bool(pairs) and all(t.how.endswith(OWN_PEOPLE) for _, t in pairs)
        if (not pairs or guessed) and code[:2] == "12" and targets is None and crowd is None:
            # "will not lift the embargo on Y", "refused to release Y's fishermen": the act
            # refused names whom the refusal is of (and "won't end the quota until Y
            # changes its rules": the condition's doer before the own people guessed for the act)
            pairs, code = self._refused_pairs(trig, code, mood, verb, resolver)
        elif pairs and code[:2] == "12":
            code = self._refused_as(verb, code)     # "refused to lift the embargo on Y": 1244
        if trig.pattern_id.startswith("reported-threat"):
            # "Turkey would pay a price", said by Turkey's president: a warning to his own side
            pairs = [(s, t) for s, t in pairs if t.code != s.code[:3]]
        elif trig.pattern_id.startswith("claimed:"):
            # "the president claimed the army is hitting X": credit claimed for his own side
            pairs = [(s, t) for s, t in pairs if country_part(t.code) != country_part(s.code)]
        if not pairs and trig.pattern_id.startswith(DOWNED):
            # "state media said air defences had downed ...": the reporting state's (defences.py)
            pairs = [(s, t) for s in reporters_defences(verb, sent, resolver)
                     for c in verb.children if c.dep_ == "dobj" for t in resolver.actors(c)]
        if not pairs and code[:2] == "13" and targets is None and self.nominal is not None:
            joined = joined_act_targets(verb, self.rules.threat_heads, self._so_far)
            pairs = self._pairs(trig, code, verb, resolver, joined) if joined else []    # (threats.py)
        if not pairs:
            return None
        text, base = sent.text, sent.start_char     # the whole sentence (the parser may split it)
        t_start = verb.idx - base
        t_end = t_start + len(verb.text)
        trigger_text = verb.text
        if trig.noun is not None:
            gap = trig.noun.i > verb.i + 1
            trigger_text = f"{verb.text} ... {trig.noun.text}" if gap else f"{verb.text} {trig.noun.text}"
            if trig.noun.i > verb.i:
                t_end = trig.noun.idx + len(trig.noun.text) - base
        date, precision, how = trigger_date(verb, text, base, anchor, date_phrases)
        if self.dated_background and is_background(verb, text, base, anchor, date_phrases):
            return None         # "X captured the plateau in 1967": backstory, not the news
        if trig.reverse and code == trig.code:
            # "arrived in X" [042:043]: X's side of the visit too (not when negated)
            coded = [(p, c) for s, t in pairs for p, c in (((s, t), code), ((t, s), trig.reverse))]
        elif trig.pattern_id.startswith(DOWNED):
            # "air defences downed two Israeli missiles": the missiles' owner fired at the side
            # that brought them down (hand:downed- patterns)
            coded = [((t, s), code) for s, t in pairs if named_owner(t, s)]
        else:
            coded = [((s, t), armed_blockade(armed_strike(armed_expulsion(aid_expulsion(code, t.code), t.code), s.code), s.code, trig.pattern))
                     for s, t in pairs]
        mentions = [EventMention(doc_id, sentence_index, text, trigger_text, t_start, t_end,
                                 trig.pattern_id, s, t, c, date, precision, how,
                                 trigger_index=verb.i - sent.start)
                    for (s, t), c in coded]
        mentions += [EventMention(doc_id, sentence_index, text, trigger_text, t_start, t_end,
                                  among_trig.pattern_id, s, t, JOINT_CODE, date, precision, how,
                                  trigger_index=verb.i - sent.start)
                     for s, t in among]
        carrier = head.i if head is not None and mood in ("intent", "threat") else None
        return mentions, carrier

    def _joint_sides(self, trig, verb, resolver, crowd):
        """(pairs, trigger) of military drills of several states: 062 between the doers ("A and B
        held naval drills"); not drills held apart or civil (drills.py); else ([], None)."""
        if self.drills.apart([trig.noun], verb):
            return [], None
        joint = replace(trig, code=JOINT_CODE, among=True, pattern_id=f"joint-sides:{trig.pattern_id}")
        sides = self._pairs(joint, JOINT_CODE, verb, resolver, None, crowd)
        doers = {id(s) for s, _ in sides}
        if not sides or not all(id(t) in doers for _, t in sides) or \
                not self.drills.military([trig.noun], [s for s, _ in sides], verb):
            return [], None
        return sides, joint

    def _moved(self, noun, verb, resolver):
        """ "condemned the move": the doer of the act just reported (anaphora.py), or None."""
        return moved_doer(noun, resolver, self._memory_sentence, self._so_far, self._memory,
                          self.slots.sources(verb, resolver)[0]) if noun is not None else None
