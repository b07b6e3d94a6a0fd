"""The sides of an event: the (source, target) pairs of one trigger.

EventCoder's pair finding, as a mixin (it reads the coder's components and its memory of the
document): the doers from the subject, a pattern's slots, a passive's "by" phrase or the unnamed
actors; the targets from the slots, else in turn the victims of force, property hit, people held
or released, the place of the act, the one who pressed, the source's own people or government;
"A and B agreed" with no target gives each side with the other. A refusal's sides are the act
refused's (_refused_pairs).
"""
from __future__ import annotations

from ..actors.codes import country_part
from ..actors.coref import from_story
from ..records import Origin
from .anaphora import moved_doer
from .attacked import FIGHTING_ROLES, dwellings_hit, first_shooter, returned_fire
from .captors import captors, held_before_release, held_in, held_people, misread_held
from .command import own_command
from .custody import custodians
from .deposed import deposers
from .doers import SPEECH_ACTS
from .dissent import PATTERN as DISSENT_ENDED, civil_doers
from .lifted import restriction_owner
from .sent_forces import forces_owner
from .extradition import extradited_to
from .opinions import condition_doer
from .opened import opened_into
from .parse import OBJ_DEPS, misread_reduced_relative
from .parties import deal_parties, party_object, traveller
from .police import protested_against
from .press import press_addressee
from .pressure import pressed_by, protest_resignation
from .pullouts import left_country, withdrawal
from .receivers import GUESSED
from .refusals import refusal_code
from .roles import addressed_government
from .expelled import deported_to, not_own_people
from .investigated import investigated_doers, senders
from .restricted import restricted_people
from .slots import REACTION_ROOTS
from .sides import OWN_PEOPLE, home_state, is_companion, own_people, own_population
from .talk_mediators import MEDIATION, disputing_sides
from .threats import conditional, speakers_own_act, threatened_places
from .triggers import HELD_BY, Trigger
from .truces import fought_foes, insurgents_state, war_foes
from .blockaded import purpose_targets
from .violations import mutual_violation, violated_places

# property destroyed (1712: "torched homes", "razed buildings"): the owner of what was hit, as for
# force, and the people of the place when the object is a dwelling (attacked.dwellings_hit)
PROPERTY_CODES = frozenset({"1712"})
# codes where "A and B did it" with no target means A did it with B
PAIR_ROOTS = frozenset({"03", "04", "06"})
PAIR_CODES = frozenset({"057", "0871", "190", "193"})
# meetings whose object is the party met: "A and B met the informants" is no meeting of A and B
# (a consultation's object is otherwise its topic: "A and B discussed the arrests")
MEETINGS = frozenset({"036", "040", "041", "042", "043", "044"})
# acts whose passive "by" doers are sides to each other: "the accord was signed by A and B" (not
# "brokered by A and B": co-mediators mediate with others)
PASSIVE_SIDES = frozenset({"057", "040", "046", "030", "036", "062"})
MEETING_VERBS = frozenset({"meet", "visit", "host", "receive", "consult", "see"})
# fights whose object is the party fought: "A and B fought the rebels" is no fight of A with B
FIGHT_CODES = frozenset({"190", "193"})
# unnamed.victims' people of the place attacked ("attacked the village"), not named as victims
PLACE_PEOPLE = "people of the place attacked"
# attacks whose target may be the holder of the place or the owner of the property (attacked.py)
FORCE_ROOTS = frozenset({"18", "19", "20"})
# force codes whose object is an agreement, not people: "violated the ceasefire" names no victims;
# a blockade (191) is of a place or side it names ("a blockade on the ports" is no one's people)
NO_VICTIM_CODES = frozenset({"196", "191"})
# patterns of the dead of an attack ("died in a Russian air strike"): the dead must name their side
NAMED_DEAD = "mconf:die-in-"


# actors that are a country or a place, never people held by anyone
NOT_PEOPLE = frozenset({Origin.NAME, Origin.CAPITAL, Origin.METONYM, Origin.PLACE})


# acts whose refusal is a rejection (12): cooperation, aid and concessions (modality.apply);
# the verbs that refuse them in a "to" complement ("refused to lift the ban")
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
REFUSING_VERBS = frozenset({"refuse", "decline"})


def described_mediation(verb) -> bool:
    """ "the deal, mediated by Qatar," : a mediating participle with its "by" doer on a noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and \
        any(c.dep_ == "agent" for c in verb.children)


def pairable(code: str) -> bool:
    return code[:2] in PAIR_ROOTS or code in PAIR_CODES


class Pairing:
    """The pair finding of EventCoder (coder.py), which mixes it in."""

    def _refused_pairs(self, trig: Trigger, code: str, mood: str, verb, resolver) -> tuple[list, str]:
        """The sides of a refusal read off the act refused, and its code (refusals.py): the
        verb's own act when it is refused ("will not lift"), else the act in a "refused to" /
        "declined to" complement, or the act an appeal rejected asked for ("rejected calls to
        free Y")."""
        if mood == "refusal" and trig.code[:2] in REFUSABLE_ROOTS:
            pairs = self._pairs(trig, trig.code, verb, resolver, None)
            held = condition_doer(verb)
            if held is not None and pairs and all(t.how.endswith(OWN_PEOPLE) for _, t in pairs):
                pairs = []      # the own people are a guess (sides.py); the condition names whom
            if not pairs and held is not None:
                # "will not lift the embargo until Cuba frees ...": refused to whom the condition is set
                targets = resolver.actors(held)
                pairs = self._pairs(trig, trig.code, verb, resolver, targets) if targets else []
            return pairs, code
        if mood != "fact":
            return [], code
        if verb.lemma_.lower() not in REFUSING_VERBS:
            asked = self.refusals.asked_act(verb) if self.refusals is not None else None
            inner = self.triggers.choose(asked) if asked is not None else None
            if inner is None or inner.code[:2] not in REFUSABLE_ROOTS:
                return [], code
            # "rejected calls to free Y": the act asked for names whom the rejection is of
            sources = self.slots.sources(verb, resolver)[0]
            targets = self.slots.targets(inner, resolver, False, sources)
            pairs = self._pairs(trig, code, verb, resolver, targets) if targets else []
            return pairs, refusal_code(inner.code)
        for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            inner = self.triggers.choose(act)
            if inner is not None and inner.code[:2] in REFUSABLE_ROOTS:
                return self._pairs(inner, inner.code, act, resolver, None), refusal_code(inner.code)
        means = self.refusals.means_purpose(verb) if self.refusals is not None else None
        inner = self.triggers.choose(means[0]) if means is not None else None
        if inner is not None and inner.code[:2] in REFUSABLE_ROOTS:
            # "refused to do anything to get their son released" (refusals.py)
            return [(s, t) for s in self.slots.sources(verb, resolver)[0]
                    for t in resolver.actors(means[1]) if s.code != t.code], refusal_code(inner.code)
        return [], code

    def _refused_as(self, verb, code: str) -> str:
        """ "refused to lift the embargo on Y" (its pairs found by the slots), "rejected a request
        for aid": the rejection named by the act refused or asked for (refusals.py), else the
        code as it is."""
        if code != "120" or self.refusals is None:
            return code         # (no stated refusals read in the PETRARCH mode)
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] \
            if verb.lemma_.lower() in REFUSING_VERBS else []
        asked = self.refusals.asked_act(verb)
        # "rejected a request to send tanks", "rejected calls for talks with Y", "a request for aid"
        for inner in [self.triggers.choose(a) for a in acts + ([asked] if asked is not None else [])] + \
                [self.rules.nouns.get(n.lemma_.lower()) for n in self.refusals.asked_things(verb)]:
            if inner is not None and inner.code[:2] in REFUSABLE_ROOTS:
                return refusal_code(inner.code)
        return code

    def _pairs(self, trig: Trigger, code: str, verb, resolver, targets, crowd=None):
        """The (source, target) pairs of a trigger, [] when it has no source or no target;
        crowd: the crowd whose violence it is (crowds.py)."""
        described = code == "045" and described_mediation(verb)
        if code == "045" and (verb.dep_ == "amod" or described):
            # "a Qatari-brokered deal", "the deal, mediated by Qatar,": the mediator with each party,
            # named on the deal or, for "the deal", those of the document's deal it refers back to
            mediators, parties = self.slots.hyphen_mediator(verb, resolver)
            if mediators and not parties and self.nominal is not None:
                parties = deal_parties(verb.head, self.nominal, self._deals)
            # a party of the mediator's own country is its own side, no party it mediates with
            pairs = [(m, p) for m in mediators for p in parties if m.code != p.code
                     and country_part(m.code) != country_part(p.code)]
            if pairs or not described:
                return pairs
        if code[:2] in self.act_subject_roots and self.slots.act_as_subject(verb, resolver):
            return []
        if self.nominal is not None and (misread_reduced_relative(verb) or held_before_release(verb)):
            return []       # "Soldiers killed in the raid included ...": the subject is the killed
        sources, passive, implied = self.slots.sources(verb, resolver)
        if not sources and self.nominal is not None:    # "sent a mission to investigate X" (investigated.py)
            sources = senders(verb, code, lambda v: self.slots.sources(v, resolver)[0])
        dying = self.nominal is not None and verb.lemma_.lower() in self.unnamed.death_verbs
        if dying:
            # "two men died in police firing": the subject is the dead, the doer the cause's
            # ("died in a Russian air strike": only the dead named as a side's own, "Syrian
            # soldiers"; unnamed dead of an attack may be of either side)
            targets = self.unnamed.dead(verb, resolver, named_only=trig.pattern_id.startswith(NAMED_DEAD))
            if not targets:
                return []
            sources, passive, implied = [], True, []
        group = self.police.held_group(verb, code, resolver) if self.police is not None else None
        if group is not None:
            # a reduced relative: the group is the people held, the doer its "by" phrase or police
            targets = self.police.group(group, verb, resolver)
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            sources, passive, implied = (resolver.actors(agents[0]) if agents else []), True, []
        slot_sources, slot_targets = self.reading.pattern_slots(trig, resolver, sources)
        sources = slot_sources or sources
        reaction = targets is None and self.nominal is not None and crowd is None
        targets = slot_targets or targets
        targets = extradited_to(verb, code, resolver) or targets      # "extradition of X to Y": Y
        if not sources and passive:
            sources = self.reading.passive_doer(verb, resolver, self.slots)
        if not sources and passive and self.nominal is not None:
            sources = restriction_owner(verb, resolver, code)   # "UN sanctions on Y were lifted"
            owners = [] if sources else forces_owner(verb, resolver, code)
            if owners:      # "Kenyan troops were deployed to Y": Kenya sent them there, as in the active
                sources, passive = owners, False
        if not passive and self.nominal is not None and misread_held(verb):
            # "Sailors held captive in X have been freed": the sailors are the freed (captors.py)
            sources, passive = [], True
            targets = targets or held_people(verb, resolver, code, self.unnamed.released_nouns) or targets
        if not sources and passive and self.nominal is not None:
            sources = captors(verb, resolver, code)     # "X, held by Y, was released": Y let X go
            # "Britons released from captivity in Yemen": the country they were held in
            sources = sources or held_in(verb, resolver, code)
        launcher = self.nominal.modality.operations.launcher(verb, code) if not sources and self.nominal else None
        if launcher is not None:    # "police launched a crackdown to arrest X": the police (operations.py)
            sources = self.slots.sources(launcher, resolver)[0]
        if not sources:
            sources = self.unnamed.sources(verb, resolver, code, passive, dying)
        if not sources and dying and code.startswith("182"):
            sources = custodians(verb, resolver)    # "died after torture in a prison in X" (custody.py)
        if not sources and crowd is not None:
            found = resolver.unnamed("CVL", crowd.text, 0, 0, "unnamed crowd", crowd)
            sources = [found] if found else []
        if not sources and self.police is not None:
            # "twelve youths were arrested" in a police report: the police
            sources = self.police.doer(verb, resolver, code, passive)
        if self.nominal is not None and verb.lemma_.lower() in self.travel_verbs and \
                (code[:2] in self.travel_roots or code in self.travel_codes):
            # "refugees arrived in Canada" is no visit: only travellers who stand for a body
            sources = [s for s in sources if traveller(s, self.traveller_roles)]
        if not sources:
            return []
        ended = trig.pattern_id.startswith(DISSENT_ENDED)     # "the union called off its strike"
        if code[:2] in self.default_target_roots or ended:
            # demonstrators named by nationality are civilians: "Young Algerians blocked roads"
            sources = [resolver.as_civilians(s) for s in sources]
        if ended:
            sources = civil_doers(sources)      # protesters only (dissent.py)
            if not sources:
                return []
        probed = investigated_doers(verb, code, trig.noun, self.nominal, resolver, self._memory) \
            if reaction and not slot_targets else None
        if probed is not None:      # "an inquiry into the shooting of X": the shooter, not X (investigated.py)
            if not probed:
                return []
            targets, reaction = probed, False
        if reaction and not slot_targets:
            stopped, asked = self.nominal.stopped_event(verb, code)
            if stopped is not None:
                # "demanded an end to the strikes": the strikes' doer; "violence in Nicaragua": its place
                targets = self.nominal.reaction_targets(stopped, resolver, self._memory) or \
                    self.nominal.place_parties(stopped, resolver)
                if not targets:
                    return []
                reaction = False
        if reaction:
            event = self.nominal.event_object(verb, code, resolver, trig.noun, self.triggers.lemmas(verb))
            if event is not None:
                # "condemned Israel's strike on Gaza": the strike's doer; unsure, no event
                targets = self.nominal.reaction_targets(event, resolver, self._memory) or \
                    moved_doer(event, resolver, self._memory_sentence, self._so_far, self._memory, sources)
                if event.i not in {t.i for t in verb.subtree}:
                    # named before by "it" ("A and B signed a deal, but X rejected it"): its makers
                    targets = targets or self.nominal.referents.makers(
                        event, lambda v: self.slots.sources(v, resolver))
                    if not targets:
                        return []
                elif not targets and code[:2] == "14":
                    # a protest against a deed of no named doer ("against the killing of a
                    # student"): addressed as any protest is, not to the deed's victim
                    # (default_target_roots: the protesters' government)
                    targets = []
                elif not targets and self.nominal.open_object(event):
                    targets = None      # no author named: the object decides, as for any verb
                elif not targets:
                    return []
        if targets is None and crowd is not None:
            # "stormed the army's headquarters": the property's owner; unnamed, no event
            targets = self.crowds.targets(verb, resolver)
            if targets is None:
                return []
        # "threatened to shell Kandahar", "said they would attack the army's bases": force the doer
        # says it will use is aimed as the force itself
        threat_force = self.nominal is not None and code[:2] == "13" and trig.code[:2] in FORCE_ROOTS and \
            verb.head.lemma_.lower() in SPEECH_ACTS | self.statement_verbs
        if threat_force:
            speakers = self.slots.sources(verb.head, resolver)[0]
            own = speakers_own_act(verb, resolver, speakers)
            if not own and speakers and not any(s.origin in GUESSED for s in speakers):
                return []   # "police said the gang would attack X": a report or forecast, no one's threat
            # the place stands for the target only of the speaker's own threat, never of one under
            # a condition ("said they would hit X if talks failed")
            threat_force = own and not conditional(verb, verb.head, self.rules.hypothetical_marks)
        if targets is None and self.attacked is not None and (code[:2] in FORCE_ROOTS or code in PROPERTY_CODES or threat_force):
            # "pounded the rebel-held town", "struck Hamas positions": the holder, the owner
            targets = self.attacked.targets(verb, resolver, trig.noun) or None
            if targets and {t.code for t in targets} <= {s.code for s in sources}:
                if self.attacked.held_by_named(verb, resolver, trig.noun):
                    return []       # "SDF captured positions held by Isis": both SYRREB, no one else
                targets = None      # no side attacks its own base: the owner is misread, ask the others
        if targets is None and self.attacked is not None and code[:2] in FORCE_ROOTS and returned_fire(verb):
            # "the South returned fire": at the other side's doer of the latest act of force, else none
            shooter = first_shooter(self._memory, sources)
            if shooter is None:
                return []
            targets = [shooter]
            self._returned.add(verb.i)
        if targets is None:
            # "A thanked B for providing X": B's act, done to A unless it names its own target
            targets = self.slots.targets(trig, resolver, passive, sources) or implied
            if not targets and code[:2] in REACTION_ROOTS and self.nominal is not None:
                # "X proposed a plan, which Z rejected": its maker (referents.py)
                targets = self.nominal.referents.relative_makers(
                    verb, lambda v: self.slots.sources(v, resolver), self.nominal.is_authored)
            if code.startswith("175"):
                # "used teargas to disperse a march against the cabinet": the crowd's cause
                targets = [t for t in targets if not protested_against(verb, t)]
            if not targets and code == MEDIATION:     # "a mediation effort to end the rift between A and B"
                targets = disputing_sides(verb, resolver)
        # "A and B restored their ties": between the two, as "A and B met"
        mutual = any(c.dep_ in OBJ_DEPS and c.lower_ in self.reciprocal_objects for c in verb.children)
        # "A and B agreed": each with the other; not "A, along with B," (both did it to someone)
        sides = [s for s in sources if not is_companion(s)]
        # "the accord was signed by A, B and C": a passive's "by" doers are sides as a subject's are
        # (never co-mediators: "A and B launched a mediation effort" mediates with others)
        among_sources = len(sides) >= 2 and (pairable(code) or trig.among or mutual or mutual_violation(code, sides)) \
            and code != MEDIATION \
            and (not passive or code[:3] in PASSIVE_SIDES and any(c.dep_ == "agent" for c in verb.children)) \
            and not (code[:3] in MEETINGS and verb.lemma_.lower() in MEETING_VERBS and
                     trig.pattern_id.startswith("verb:") and not mutual and party_object(verb, self.rules)) \
            and not (code in FIGHT_CODES and not mutual and party_object(verb, self.rules))
        if not targets:     # "violated the truce across the line in Y's district": against Y
            targets = violated_places(verb, resolver, sources, code) or \
                purpose_targets(verb, resolver, sources, code)     # "a blockade to stop Y"
        if all(t.origin in GUESSED for t in targets):  # "deported the children, who ..., to Y"
            targets = deported_to(verb, resolver, sources, code) or targets
        if not targets and ((code[:2] in self.default_victim_roots and code not in NO_VICTIM_CODES)
                            or (code in PROPERTY_CODES and dwellings_hit(verb))):
            targets = self.unnamed.victims(verb, resolver, passive)
            if among_sources and self.attacked is not None and self.attacked.fights_itself(verb):
                # "A and B fought a war": each other, not the people of the place
                targets = [t for t in targets if not t.how.startswith(PLACE_PEOPLE)]
        if not targets and threat_force:
            targets = threatened_places(verb, resolver, sources)    # "threatened to shell Kandahar"
        if not targets and self.property_hit is not None:    # "seized an ambulance" in a note
            targets = self.property_hit.targets(verb, code, resolver, sources, passive)
        if not targets and self.police is not None:
            targets = self.police.held(verb, resolver, code, passive, sources, trig.noun)
        if not targets and not passive:
            # a release promised (035, "agreed to release 50 prisoners") frees as one done
            targets = self.unnamed.released(verb, resolver, trig.code if code[:2] == "03" else code)
        elif not targets and self.nominal is not None and self.unnamed.main_clause(verb):
            targets = held_people(verb, resolver, code, self.unnamed.released_nouns)
        if not targets and self.nominal is not None:     # "the coalition fighting Y declared a truce"
            targets = fought_foes(verb, resolver, code) or war_foes(verb, resolver, code, sources) or \
                insurgents_state(verb, sources, code, trig.code, resolver)  # "the rebels agreed to a ceasefire"
        if not targets and withdrawal(code, trig.code):   # "troops pulled out of Y", "withdrew from Kherson"
            targets = left_country(verb, resolver, sources)
        if not targets and not among_sources:
            # "agreed to allow aid into Y": the place of the act intended, as of the act
            place_code = trig.code if code[:2] == "03" and trig.code[:2] in ("07", "08") else code
            targets = self.slots.place_targets(verb, resolver, place_code, sources)
            if not targets and place_code[:2] == "08":  # "opened its border for aid to enter Y" (opened.py)
                targets = opened_into(verb, resolver, sources)
            if not targets:             # "resigned under pressure from the army": to the army
                targets = pressed_by(verb, resolver, code)
            if not targets and (code.startswith(self.population_codes) or trig.code.startswith(self.population_codes)) \
                    and not protest_resignation(verb, code):
                # "lifted the state of emergency", "agreed to resign": over the source's own people
                # (not "resigned over the decision to ...": dissent, pressure.py)
                targets = own_population(sources, resolver.country_of, self.population_roles)
            if not targets:     # "censored the press", "banned a pro-Kurdish party" (restricted.py)
                targets = restricted_people(verb, code, sources, resolver.country_of)
            if not targets and (code[:2] in self.default_target_roots or ended):
                # not for fighting forces: their "strikes" are attacks, with a target or none
                targets = [addressed_government(resolver.country_of(s), sources)
                           for s in sources[:1] if resolver.country_of(s) and s.code[3:6] not in FIGHTING_ROLES]
        if trig.pattern_id.startswith(HELD_BY):
            # "the town held by rebels" is control, not a detention: people named, not guessed
            targets = [t for t in targets if t.origin not in NOT_PEOPLE and t.origin not in GUESSED]
        if targets:
            brokers = self.slots.brokers(verb, resolver)
            targets = [t for t in home_state(own_people(targets, sources, code), sources) if t.start not in brokers]
        if not targets and code.startswith("16") and self.recalls is not None and not passive:
            # "Rabat recalled its ambassador": the one country the story pairs it with
            envoy = self.recalls.envoy(verb)
            other = self.recalls.partner(sources, self._dyads, self._cuts) if envoy is not None else None
            targets = [self.recalls.target(envoy, other, resolver)] if other else targets
        # "returned 300 migrants": not the expeller's own people, though the story is set there
        targets = not_own_people(targets, sources, code, verb, resolver)
        if code[:2] == "04":
            # "spoke to reporters", "met journalists": an interview or a briefing, no consultation
            targets = [t for t in targets if not t.code.endswith("MED")]
        targets = [t for t in targets if not press_addressee(verb, t)]     # "confirmed it to Reuters"
        # "Morsi was ousted by a military junta": the junta is of the deposed one's country
        sources = deposers(verb, passive, sources, targets)
        # both sides in the story's country only because the story is about it: not to be trusted;
        # a government's order, demand or pledge to its own army is internal command (command.py)
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code
                 and not (from_story(s) and from_story(t) and not resolver.memory.one_country())
                 and not own_command(s.code, t.code, code, verb.lemma_.lower())]
        if not targets and among_sources:
            # a "%" pattern codes each side acting on the other, as PETRARCH writes it
            self._mutual.add(verb.i)
            pairs = [(a, b) for i, a in enumerate(sides) for j, b in enumerate(sides)
                     if (i < j or ((trig.among or mutual_violation(code, sides)) and i > j)) and a.code != b.code]
        return pairs
