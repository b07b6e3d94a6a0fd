"""Who did it, and to whom: the source and target slots of a trigger.

Targets: the passive subject, the object, the object of a target preposition ("met with",
"sent to") or of a preposition on the object ("aid to Mozambique"), the subject of a
complement clause ("demanded that Y ..."). Where to look is data (slots.yaml).

Nothing is kept between calls: the sources a target must differ from are passed in.
The sources, and the checks on who a doer is (a place, a thing, a speaker going on), are in
doers.py; the backers and mediators named on the object in brokers.py.
"""
from __future__ import annotations

from .available import available_receivers
from .brokers import Brokers
from .doers import DoerChecks
from ..actors.codes import country_part
from ..records import ActorMention
from .participles import participle_patient
from .parse import CLAUSE_DEPS, OBJ_DEPS, gapped_object, own_clause, stray_subject
from .purposes import purpose_clauses
from .receivers import AUTHORED_ROOTS, GUESSED, RESTRICTION_ROOTS, authors, buried_receiver, \
    goods_origin, investigated, purpose_place, receivers_place, receives, visitors
from .rules import Rules
from .objects_owned import deal_sides, own_possession
from .unreal import unshared
from .sides import RESTRICT_CODES, described_passive, own_forces, own_people
from .look import Look
from .matching import MARKERS
from .triggers import Trigger
from .attacked import counted, foe_with
from .charges import charged_parties

# prepositions a pattern may name right after its verb, whose object is then the target
PATTERN_PREPS = frozenset({"on", "upon", "over", "about", "of", "at"})
# demands and threats (deadlines, ultimatums) whose addressee may be a "for X to" clause's subject
FOR_TO_ROOTS = ("10", "13")
# restrictions laid "on" someone: as the verb's object, its "on" names whom they restrict
RESTRICTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "ban", "blockade", "restriction",
                               "curb", "siege", "tariff", "boycott"})
# the prepositions of a participle on the object that name the act's target ("imposed on Y")
OBJECT_CLAUSE_PREPS = ("on", "upon")
# ... for acts of cooperation and concession only: a reaction ("welcomed the decision to hold
# talks with Y", "condemned sanctions imposed on Y") acts on the decision's maker
OBJECT_CLAUSE_ROOTS = frozenset({"03", "06", "07", "08"})
# reactions written on the act they judge: "X did Y, a decision hailed by Z" (Z acts on X)
REACTION_ROOTS = frozenset({"05", "11", "12"})
# event nouns whose "of" object's preposition names the target ("a suspension of links with Y")
OF_OBJECT_ROOTS = frozenset({"03", "04", "06", "07", "08", "16"})
# yielding (08): a restriction lifted names whom it hit in its own participle clause
YIELDING = "08"
# ... with a participle of restricting: "a ban preventing Y", not "a resolution criticising Y"
RESTRICTING = frozenset({"prevent", "bar", "ban", "block", "limit", "restrict", "target", "stop", "forbid",
                         "prohibit", "keep", "hamper", "hinder", "affect", "curb", "exclude"})
# hosting a visit (043): the visitor may be named on the visit ("welcomed the visit by Y")
HOSTING = "043"
# verbal conflict addresses one's own forces as anyone else ("the president accused the army
# of staging a coup"): they are its target, not what it acts with as in "sent its troops"
ADDRESSED_ROOTS = frozenset({"09", "10", "11", "12", "13"})

# restrictions on a place's people ("imposed a curfew in / on / around X", "laid siege to X"):
# sides.RESTRICT_CODES
RESTRICT_PREPS = ("on", "around", "across", "throughout", "to")


# prepositions that name the other party of a joint act ("a memorandum of understanding with Y")
PARTNER_PREPS = ("with", "between")


def named_parts(objs, resolver) -> list:
    """The "of" part of an object named in two nouns ("a memorandum of understanding", "a
    declaration of intent", "a treaty of friendship"), where the parser hangs what follows
    the name; a common noun naming no actor."""
    return [o for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not resolver.names_actor(o)]


class Slots(DoerChecks, Brokers):
    def __init__(self, rules: Rules, reading):
        self.rules = rules
        self.reading = reading
        slots = rules.slots
        self.target_preps = slots["target_preps"]
        self.side_with = slots["side_with_verbs"]
        self.note_sentences = slots["note_sentences"]
        self.object_target_preps = slots["object_target_preps"]
        self.place_preps = slots["place_preps"]
        self.place_codes = slots["place_target_codes"]
        self.complement = slots["complement_targets"]
        self.deep = slots["deep_targets"]
        self.benefit_verbs = slots.get("benefit_verbs", frozenset())
        self.blame_for = slots.get("blame_for_verbs", frozenset())
        # purpose verbs whose people named by place receive the aid: benefit and paying verbs
        self.receiving_purposes = frozenset(self.benefit_verbs) | frozenset(slots.get("paying_verbs", ()))
        self.aid_receivers = frozenset(slots.get("aid_receivers", ()))
        self.sending = frozenset(slots.get("sending_verbs", ()))
        self.instrument_heads = slots["instrument_heads"]

    # -- targets --------------------------------------------------------------------
    def targets(self, trig: Trigger, resolver, passive: bool, sources: list[ActorMention]) -> list[ActorMention]:
        found = self._targets(trig, resolver, passive, sources)
        # "A expelled 40 diplomats and B ordered ...": B, read as joined to the object, acts itself
        strays = [t for t in (stray_subject(v) for v in trig.token.conjuncts if v.i > trig.token.i)
                  if t is not None]
        if strays and found:
            spans = [(t.idx - t.sent.start_char, t.idx - t.sent.start_char + len(t.text)) for t in strays]
            found = [a for a in found if not any(lo <= a.start < hi for lo, hi in spans)]
        return found

    def _targets(self, trig: Trigger, resolver, passive: bool, sources: list[ActorMention]) -> list[ActorMention]:
        verb = trig.token
        look = Look(resolver, sources, self.reading.topic_objects(trig.code),
                     trig.code[:2] in OBJECT_CLAUSE_ROOTS, receives(trig.code),
                     trig.code[:2] in AUTHORED_ROOTS, trig.code[:2] in RESTRICTION_ROOTS,
                     trig.code[:2] in ADDRESSED_ROOTS, trig.code.startswith(HOSTING), trig.code[:2] == YIELDING)
        restricted = passive and trig.code[:2] in OF_OBJECT_ROOTS and trig.noun is None
        if restricted:
            # "Israel's ban on Y was eased": whom the restriction is on, not its owner
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    found = self._prep_targets(c, look, RESTRICT_PREPS[:1] + ("against",))
                    if self._ok(found, look):
                        return found
        if passive:
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    found = resolver.actors(c)
                    if self._ok(found, look):
                        return found
            if described_passive(verb):
                # "two Germans captured by the Taliban": the noun the participle describes
                # named ones only: not a role whose country is guessed ("the fighters held by X")
                found = [a for a in resolver.actors(verb.head) if a.origin not in GUESSED]
                if self._ok(found, look):
                    return found
            patient = participle_patient(verb, self.rules.hypothetical_marks)
            if patient is not None:
                # "..., having been captured by X": the main clause's subject (named ones only)
                found = [a for a in resolver.actors(patient) if a.origin not in GUESSED]
                if self._ok(found, look):
                    return found
            if trig.code[:2] in REACTION_ROOTS:
                found = self._judged_act_doers(verb, look)
                if found:
                    return found
            if restricted:
                # "aid to Y was resumed", "curbs imposed on Y were eased": the subject
                # is the object, its preposition or participle names the target as in the active
                subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
                for subj in subjects:
                    found = self._prep_targets(subj, look, self.object_target_preps)
                    if self._ok(found, look):
                        return found
                found = self._object_clause_targets(subjects, look) if look.object_clauses else []
                if found:
                    return found
        if trig.noun is not None:
            noun = trig.entry or (self.rules.nouns.get(trig.pattern_id[5:])
                                  if trig.pattern_id.startswith("noun:") else None)
            found = self._prep_targets(trig.noun, look, noun.preps if noun else self.target_preps)
            if self._ok(found, look):
                return found
            # "a halt of flights with Y", "a resumption of aid to Y": the noun's "of" object
            # (not "his rejection of the campaign against Y": a reaction acts on the campaign's doer)
            ofs = [p for p in trig.noun.children if p.dep_ == "prep" and p.lower_ == "of"] \
                if trig.code[:2] in OF_OBJECT_ROOTS else []
            for of in ofs:
                for obj in (o for o in of.children if o.dep_ == "pobj"):
                    found = self._prep_targets(obj, look, self.object_target_preps)
                    if self._ok(found, look):
                        return found
            if ofs:
                # "a suspension of aid to Y" read with "to Y" on the noun: the aid's receiver
                found = self._prep_targets(trig.noun, look, self.object_target_preps)
                if self._ok(found, look):
                    return found
            found = self._placed_receivers(verb, look, self._direct_targets(verb, look, skip=trig.noun))
            if not found and look.recipient_first:
                # "provided aid to help Y", "aid to families in Y"
                found = self._purpose_targets(verb, look) or self._receivers(verb, look, trig.code)
            return found or self._complement_targets(trig.noun, look) or deal_sides(trig.noun, look, self._ok)
        found = self._placed_receivers(verb, look, self._direct_targets(verb, look, preps=self._pattern_preps(trig)))
        if not found and look.recipient_first:
            found = self._purpose_targets(verb, look) or self._receivers(verb, look, trig.code)
        if not found and trig.code[:2] == "09":     # "an inquiry into claims that Y ..."
            found = investigated(verb, look, self._ok)
        if not found and self.complement:
            found = self._complement_targets(verb, look)
        if not found and trig.code[:2] in FOR_TO_ROOTS:
            found = self._for_to_subject(verb, look)
        if not found and self.deep:
            found = self.deep_targets(verb, resolver, sources)
        return found

    def _for_to_subject(self, verb, look: Look) -> list[ActorMention]:
        """"set a deadline for Iran to accept the deal": the subject of a "for X to" clause on the
        verb or its object is the one given the deadline or demand."""
        for head in [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]:
            for clause in head.children:
                if clause.dep_ in ("advcl", "acl", "relcl", "ccomp") and \
                        any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and \
                        any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
                    for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                        found = look.resolver.actors(subj)
                        if self._ok(found, look):
                            return found
        return []

    @staticmethod
    def _ok(found: list[ActorMention], look: Look) -> bool:
        """A target list worth taking: not only the source's own forces."""
        mine = {s.code for s in look.sources}
        # addressed ones only when not the source itself ("condemned what it called ...")
        return bool(found) and not all(own_forces(t, look.sources) and (not look.addressed or t.code in mine)
                                       for t in found)

    def _prep_targets(self, head, look: Look, order) -> list[ActorMention]:
        # "X, with Y, called on Z": a "with" before the verb joins the doer, it is no target
        preps = [c for c in head.children if c.dep_ in ("prep", "dative")
                 and not (c.i < head.i and c.lower_ in ("with", "alongside") and head.pos_ in ("VERB", "AUX"))]
        for word in order:
            for p in preps:
                if p.lower_ != word:
                    continue
                # "curbs to and from Y": the object hangs on the joined preposition (only when the
                # first has none: "in X and [the proposals passed] to Y" is another phrase)
                bare = not any(o.dep_ == "pobj" for o in p.children)
                for obj in [o for q in [p, *(c for c in p.children if bare and c.dep_ == "conj" and c.pos_ == "ADP")]
                            for o in q.children]:
                    if obj.dep_ == "pobj":
                        # "strikes on a number of Hamas targets": what the quantity counts
                        found = look.resolver.actors(obj) or (look.resolver.actors(counted(obj))
                                                              if counted(obj) is not obj else [])
                        if self._ok(found, look):
                            return found
        return []

    def _pattern_preps(self, trig: Trigger) -> tuple[str, ...]:
        """The target prepositions, and the one the firing pattern names right after the verb:
        "called on Iraq to ...", "insisted on", "prevailed upon" (the pattern shows the sense)."""
        words = [w for w in trig.pattern.after if w not in MARKERS] if trig.pattern is not None else []
        # the first word, or the last after an object the pattern names ("opened fire on")
        for word in words[:1] + words[-1:]:
            if word in PATTERN_PREPS and word not in self.target_preps:
                return self.target_preps + (word,)
        objs = [c for c in trig.token.children if c.dep_ in OBJ_DEPS]
        # "launched air strikes on Y", "lifted the sanctions on Y", "refused to lift the ban on
        # Y": the object is an event noun (nouns.tsv) or a restriction, and the parser hangs its
        # preposition on the verb
        # ("in", a place, only for a noun of the trigger's own root: "held joint exercises in
        # X", coded 062 by a pattern, is no posture against X)
        extra = [p for c in objs for e in [self.rules.nouns.get(c.lemma_.lower())] if e is not None
                 for p in e.preps if p not in self.target_preps
                 and (p != "in" or e.code[:2] == trig.code[:2])]
        if any(c.lemma_.lower() in RESTRICTION_NOUNS for c in objs):
            extra.append("on")
        return self.target_preps + tuple(dict.fromkeys(extra))

    def _direct_targets(self, verb, look: Look, skip=None, preps=None) -> list[ActorMention]:
        resolver = look.resolver
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and (skip is None or c.i != skip.i)]
        direct = objs
        if look.topic_objects:
            # "talked about trade and the jailing of British nationals": a topic
            direct = [c for c in objs if resolver.names_actor(c)]
        if not objs and not any(c.dep_ == "xcomp" for c in verb.children):
            # "killed and injured 3 policemen": verbs joined by "and" share the object (not a verb
            # with an infinitive of its own: "praised X and pledged to work with Y"; a warning's
            # clause still speaks to the object: "called X's stance Y and warned that ...")
            # not across clauses with subjects of their own ("did not mention Syria but he warned
            # that ..."), nor the object of a negated verb
            objs = direct = [c for v in verb.conjuncts if v.pos_ == "VERB" and not own_clause(v) and
                             not own_clause(verb) and not unshared(verb, v)
                             for c in v.children if c.dep_ in OBJ_DEPS]
        sending = verb.lemma_.lower() in self.sending
        if look.recipient_first or sending:
            # "extradited the preacher to the United States": the receiver, not the thing sent
            found = self._prep_targets(verb, look, ("to", "into") if sending else ("to",))
            if self._ok(found, look):
                return found
            found = buried_receiver(verb, look, self._ok, self._prep_targets) or \
                available_receivers(verb, look, self._ok, self._prep_targets)   # "made X available to Y"
            if found:
                return found
        for c in direct:
            found = resolver.actors(gapped_object(c, verb) or c)
            if self._ok(found, look) and not own_possession(c, found, look.sources):    # "Japan's support for Y"
                return found
        found = visitors(objs, look, self._ok) if look.hosting else []
        if found:               # "welcomed the visit by Y to Lima": Y, before the place
            return found
        preps = preps or self.target_preps
        if verb.lemma_.lower() in self.side_with:
            # "fought with US forces", "went to fight for Isis": on their side; in a conflict
            # note "locals fought with gunmen" is against them, but for "with X against Y"
            with_foe = foe_with(verb, resolver.memory, self.note_sentences)
            preps = tuple(p for p in preps if p != "for" and (p != "with" or with_foe))
        found = self._prep_targets(verb, look, preps)
        if self._ok(found, look):
            return found
        pobjs = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        # "recalled its envoy and [cut] ties with Y": a coordinated object's preposition
        # (a verb misread as an adjective leaves the noun joined to the verb)
        conj = [g for c in objs + [verb] for g in c.conjuncts if g.i > c.i and g.pos_ in ("NOUN", "PROPN")]
        for c in objs + pobjs + conj:   # "continue military aid to Mozambique", "commit to assistance to X"
            found = self._prep_targets(c, look, self.object_target_preps) or deal_sides(c, look, self._ok)
            if self._ok(found, look):
                return found
        for c in named_parts(objs, resolver):
            # "signed a memorandum of understanding with Y": the partner on the name's "of" part
            found = self._prep_targets(c, look, PARTNER_PREPS)
            if self._ok(found, look):
                return found
        found = charged_parties(objs + pobjs, look, self._ok)     # "allegations made against Y"
        if found:
            return found
        if look.restriction:
            found = goods_origin(objs, look, self._ok)
            if found:
                return found
        if look.authored:
            found = authors(objs, look, self._ok)
            if found:
                return found
        return self._object_clause_targets(direct, look) if look.object_clauses else []

    def _object_clause_targets(self, objs, look: Look) -> list[ActorMention]:
        """The object's own clause names whom the act concerns: "lifted sanctions imposed on
        Y" (a participle's "on"), "accepted an invitation to meet Y" (an infinitive's object
        or target preposition); not "weapons used against Y" (the weapons' victims)."""
        for obj in objs:
            for acl in obj.children:
                if acl.dep_ not in ("acl", "relcl") or acl.pos_ != "VERB" or (acl.dep_ == "relcl" and not look.yielding):
                    continue    # (a relative only of a restriction eased: "lift the embargo it imposed on Y")
                if acl.tag_ == "VBN" or (acl.dep_ == "relcl" and acl.tag_ == "VBD"):
                    found = self._prep_targets(acl, look, OBJECT_CLAUSE_PREPS)
                elif any(c.dep_ == "aux" and c.lower_ == "to" for c in acl.children):
                    found = self._direct_targets(acl, look)
                elif acl.tag_ == "VBG" and look.yielding and acl.lemma_.lower() in RESTRICTING:
                    # "lifted a ban preventing Y from ...", "eased curbs limiting Y": whom the
                    # restriction lifted hit (yielding only: "sent troops fighting Y" aids no Y)
                    found = [a for c in acl.children if c.dep_ == "dobj" for a in look.resolver.actors(c)]
                else:
                    continue
                if self._ok(found, look):
                    return found
        return []

    def _purpose_targets(self, verb, look: Look) -> list[ActorMention]:
        """Aid given "to help Y", "to support refugees in Y": the one the purpose clause
        benefits, on the verb or on its object ("sent equipment to assist Y")."""
        for c in purpose_clauses(verb, self.benefit_verbs, self.receiving_purposes):
            found = self._direct_targets(c, look) or self._complement_targets(c, look)
            # another country's: spending "to help its own farmers" is no aid between actors
            own = {country_part(s.code) for s in look.sources} - {None}
            found = [a for a in found if country_part(a.code) not in own]
            if self._ok(found, look):
                return found
        return []

    def _placed_receivers(self, verb, look: Look, found: list[ActorMention]) -> list[ActorMention]:
        """Aid "to populations hit by the cyclone in Y": Y's people, not the guessed story's people."""
        guessed = found and look.recipient_first and all(a.origin in GUESSED for a in found)
        return (guessed and receivers_place(verb, look, self._ok, self.receiving_purposes, self.aid_receivers)) or found

    def _receivers(self, verb, look: Look, code: str) -> list[ActorMention]:
        """Aid or goods (06, 07) to people named by their place: receivers.py."""
        if not receives(code):
            return []
        return receivers_place(verb, look, self._ok, self.receiving_purposes, self.aid_receivers) or \
            purpose_place(verb, look, self._ok)

    def _complement_targets(self, head, look: Look) -> list[ActorMention]:
        """Targets inside a complement clause: "demanded that Y ...", "threatened to cut ties with Y"."""
        for c in head.children:
            if c.dep_ not in ("ccomp", "xcomp", "acl"):
                continue
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                found = look.resolver.actors(subj[0])
                if self._ok(found, look):
                    return found
            found = self._direct_targets(c, look)
            if self._ok(found, look):
                return found
        return []

    def deep_targets(self, verb, resolver, sources: list[ActorMention]) -> list[ActorMention]:
        """The first actor named anywhere in the verb's objects and phrases, outside other
        clauses: "welcomed a resumption of ties with Osgiliath" (PETRARCH's reading); an
        infinitive is in the verb's phrase ("vowed to wage war on Y", "signed an accord to
        supply Y")."""
        look = Look(resolver, sources)
        heads = [c for c in verb.children
                 if c.dep_ in OBJ_DEPS or c.dep_ in ("prep", "dative", "attr", "advmod", "npadvmod", "xcomp")
                 or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))]
        for head in heads:
            stack, seen = [head], []
            while stack:
                tok = stack.pop()
                seen.append(tok)
                # "memos sent by Bree", "an anti- Gondor parade" (read as a relative clause): the
                # object's own words, not another clause of the sentence
                stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS or c.dep_ in ("acl", "relcl"))
            for tok in sorted(seen, key=lambda t: t.i):
                if tok.pos_ in ("NOUN", "PROPN") and resolver.names_actor(tok):
                    while tok.dep_ in ("compound", "flat") and tok.head.i in {t.i for t in seen}:
                        tok = tok.head          # "Minas Tirith and Osgiliath": the phrase's head
                    found = resolver.actors(tok)
                    if self._ok(found, look):
                        return found
        return []

    def place_targets(self, verb, resolver, code: str, sources=()) -> list[ActorMention]:
        """A country or capital named as the place of the act: "arrived in Amman", for the codes
        whose place is their target (visits, protests); "met in Geneva" met no Swiss.
        A restriction imposed or lifted on a place (172, 081: "imposed a curfew on Basra") acts
        on its people; in the source's own country they are its civilians."""
        if not code.startswith(self.place_codes):
            return []
        preps = tuple(self.place_preps) + (RESTRICT_PREPS if code.startswith(RESTRICT_CODES) else ())
        heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
        for head in heads:
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in preps:
                    continue
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        found = resolver.places(obj)
                        if found:
                            return own_people(found, sources, code)
        return []

    def statement_demand(self, verb, resolver) -> list[ActorMention]:
        """ "X said Y must ..." is a demand on Y: the targets, or [] if not such a sentence."""
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in self.rules.obligation_aux
                                         for a in c.children):
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    return resolver.actors(subj[0])
        return []
