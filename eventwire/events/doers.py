"""Who the doer is: the source slot of a trigger (Slots.sources), the checks it makes on a
would-be doer (a relative clause's noun that is a place, a thing or an act; a speaker who goes
on after a reported clause; a refusal; an act as the subject), and the doer of the act a
passive reaction judges.

Sources: the subject, or the "by" agent of a passive, inherited across "and", "to"-clauses
and adverbial clauses; "A thanked B for V-ing" makes B the doer and A the target.

A mixin of Slots (slots.py): it reads the rules and calls _ok() there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.codes import country_part
from ..records import ActorMention, Origin
from .expletive import expletive_it
from .parse import OBJ_DEPS, SUBJ_DEPS, clause_verb, hedged_doer, misjoined_subject, misread_main_verb, \
    split_subjects, stray_subject
from .participles import reduced_relative
from .receivers import GUESSED
from .sides import with_companions

if TYPE_CHECKING:
    from .look import Look

# prepositions of place: a town in one of them is where the act was, not who did it
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
# verbs of speech beyond the statement verbs: a threat or a vow is said too
SPEECH_ACTS = frozenset({"warn", "vow", "threaten", "promise", "pledge"})
# "refused to do anything to help X": pronouns that are a thing, not an actor
INDEFINITE_THINGS = frozenset({"anything", "something", "everything", "nothing", "whatever"})


class DoerChecks:
    """Methods of Slots about who does an act (see slots.py for the attributes they read)."""

    def sources(self, verb, resolver) -> tuple[list[ActorMention], bool, list[ActorMention]]:
        """(actors, passive, implied targets)."""
        tok = verb
        for _ in range(5):
            kids = list(tok.children)
            subjects = self.reading.subjects(kids, resolver)
            if subjects is not None:
                return subjects, False, []
            for c in split_subjects(kids):
                if c.dep_ in SUBJ_DEPS and not resolver.in_dateline(c):
                    if expletive_it(c):
                        return [], False, []    # "it was four years since ...": no one
                    if tok.dep_ == "relcl" and (c.tag_ in ("WP", "WDT") or c.lower_ == "that") \
                            and (self._thing(tok.head, resolver) or self._placeholder(tok.head, resolver)
                                 or self._placed(tok.head, resolver)):
                        return self._relcl_doers(tok.head, resolver), False, []
                    return with_companions(resolver.actors(c), c, tok, resolver), False, []
            for c in kids:
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    found = resolver.actors(objs[0]) if objs else []
                    # "ravaged by war and refugees have expressed fears": the refugees speak
                    strays = [(n.left_edge.idx - n.sent.start_char, n.idx - n.sent.start_char + len(n.text))
                              for n in (objs[0].conjuncts if objs else ()) if misjoined_subject(n)]
                    found = [a for a in found if not any(lo <= a.start < hi for lo, hi in strays)]
                    return found, True, []
            if any(c.dep_ == "nsubjpass" for c in kids):
                return [], True, []
            acronym = next((c for c in kids if c.dep_ in ("advmod", "npadvmod") and c.i < tok.i and
                            len(c.text) >= 2 and c.text.isalpha() and c.text.isupper()), None)
            if acronym is not None and resolver.actors(acronym):
                # "USAID provided ...", with the unknown acronym read as an adverb: the subject
                return resolver.actors(acronym), False, []
            if tok.dep_ in ("acl", "relcl") and self.rules.mode == "eventwire" \
                    and any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) \
                    and (tok.head.dep_ == "pobj" and tok.head.pos_ == "NOUN" and not resolver.names_actor(tok.head)
                         or tok.head.lower_ in INDEFINITE_THINGS):
                # "refused to do anything to help X", "would not put lives at risk to rescue X":
                # the refuser (a refusal only: "a campaign to drive them out" names no doer, and
                # in "gave no permission to Russia to help" Russia would help)
                verb_of = clause_verb(tok.head)
                if verb_of.i != tok.head.i and self._refusing(verb_of):
                    tok = verb_of
                    continue
            if tok.dep_ == "relcl":
                return self._relcl_doers(tok.head, resolver), False, []
            if misread_main_verb(tok):
                # "The air force carried out ...", "X, with Y, called on ...": the root is the doer
                return with_companions(resolver.actors(tok.head), tok.head, tok, resolver), False, []
            if reduced_relative(tok):
                # "aid to towns recaptured from the rebels": a passive participle with no "by"
                # says nothing of who did it, least of all the main clause's subject
                return [], True, []
            if tok.dep_ == "acl" and tok.head.dep_ in OBJ_DEPS:
                tok = tok.head.head          # "issued a declaration demanding ...": the issuer
                continue
            stray = stray_subject(tok) if tok.dep_ == "conj" else None
            if stray is not None:
                # "A expelled 40 diplomats on Monday and B ordered 35 to leave", with B read as
                # joined to "Monday": B is the second clause's subject
                found = resolver.actors(stray)
                if found:
                    return found, False, []
            if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ == "ROOT":
                # "a rebel sniper shot and wounded ...", with "shot" read as a noun
                return resolver.actors(tok.head), False, []
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and self._speech(tok.head.head) and \
                    self._speaker_goes_on(tok.head, tok.head.head, resolver):
                # "X said Spain's borders were Europe's and urged Morocco to ...", "X said it was
                # concerned and urged Y ...": read as joined to the reported clause, whose subject
                # cannot be the doer (a thing, or the speaker again): the speaker goes on
                tok = tok.head.head
                continue
            if tok.dep_ == "conj" and self._speech(tok) and tok.head.dep_ == "ccomp" and \
                    self._speech(tok.head.head):
                # "X said the rebels had shelled the town and warned of a response": who warned,
                # the speaker or the rebels? The parse cannot tell: no source
                return [], False, []
            hedged = hedged_doer(tok)
            if hedged is not None:
                # "presumed ISGS militants killed ...", read as "presumed [militants] [killed]"
                return resolver.actors(hedged), False, []
            if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and tok.head.i != tok.i:
                if tok.dep_ == "xcomp":
                    raised = self.reading.through_xcomp(tok, resolver)
                    if raised is not None:
                        return raised, False, []
                tok = tok.head
                if tok.pos_ == "ADP" and tok.lower_ == "for":
                    # "A thanked B for providing X": B provided it, to A
                    verb_head = tok.head
                    objs = [c for c in verb_head.children if c.dep_ in OBJ_DEPS]
                    if objs:
                        # "criticised B for breaching the truce": B's act, not done to the critic
                        low = verb_head.lower_      # the lemmatiser may err ("fined" -> "fin")
                        blamed = bool({verb_head.lemma_.lower(), low, low[:-1], low[:-2]} & self.blame_for)
                        subj = [] if blamed else self.sources(verb_head, resolver)[0]
                        return resolver.actors(objs[0]), False, subj
                    tok = verb_head
                elif tok.dep_ == "prep" and self.reading.means_subject(tok):
                    tok = tok.head      # "responded by recalling its envoy": the responder recalls
                continue
            break
        return [], False, []

    def _speaker_goes_on(self, clause, speech, resolver) -> bool:
        """Is the subject of a reported clause no one who could do the act joined to it: a
        thing that names no actor itself ("Spain's borders"), or the speaker named again ("it")?"""
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.rules.mode != "eventwire" or speech.i > clause.i:
            # "... killed one and wounded two, the military said": the report's words only
            return False
        if subj.pos_ == "NOUN" and not resolver.names_actor(subj):
            return True
        if subj.pos_ == "PRON":
            said_by = {country_part(a.code) or a.code for a in self.sources(speech, resolver)[0]}
            named = {country_part(a.code) or a.code for a in resolver.actors(subj)}
            return bool(said_by) and bool(named) and named <= said_by
        return False

    @staticmethod
    def _refusing(verb) -> bool:
        """ "would not put", "refused to do": a negated verb, or one a refusal governs."""
        return any(c.dep_ == "neg" for c in verb.children) or \
            (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"))

    def _speech(self, tok) -> bool:
        """A verb of saying, warning or vowing."""
        lemma = tok.lemma_.lower()
        return lemma in self.rules.slots["statement_verbs"] or lemma in SPEECH_ACTS

    def _relcl_doers(self, head, resolver) -> list[ActorMention]:
        """Who does a relative clause's act: the noun it hangs on ("Kenyan troops, who
        attacked ..."); when that noun is a thing or an act ("a raid on a camp in Peru that
        killed ...", "a fire in Lima that killed ..."), only its own modifiers name the doer
        ("a Chilean raid"), never the place or target in its prepositions. A place the clause
        hangs on does nothing ("the attack on a church in Quetta which killed nine": the
        parse puts the clause on the town)."""
        if self._placed(head, resolver):
            return []           # "... in Kabul which killed", "... in the Iraqi town of X which killed"
        found = resolver.actors(head)
        if not (self._thing(head, resolver) or self._placeholder(head, resolver)):
            return found
        own = [t for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")
               for t in c.subtree]
        spans = [(t.idx - head.sent.start_char, t.idx - head.sent.start_char + len(t.text)) for t in own]
        return [a for a in found if any(lo <= a.start < hi for lo, hi in spans)]

    def _placed(self, head, resolver) -> bool:
        """Is the noun where an act happened ("in Kabul", "in the Iraqi town of X"): a place,
        or a common noun naming no actor, after a preposition of place?"""
        if self.rules.mode != "eventwire" or head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPS:
            return False
        if head.pos_ == "NOUN" and not resolver.names_actor(head):
            return True
        found = resolver.actors(head)
        return bool(found) and all(a.origin == Origin.PLACE for a in found)

    def _placeholder(self, head, resolver) -> bool:
        """A common noun naming no actor, set in a place ("a ceremony in Nigeria's city of
        Kano which killed ..."): the place it names is not the doer."""
        return self.rules.mode == "eventwire" and head.pos_ == "NOUN" and \
            not resolver.names_actor(head) and \
            any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in head.children)

    def _thing(self, head, resolver) -> bool:
        """Is the noun a thing or an act that names no actor itself ("a raid", "a fire")?"""
        lemma = head.lemma_.lower()
        return (self.rules.mode == "eventwire" and head.pos_ == "NOUN" and not resolver.names_actor(head)
                and (lemma in self.instrument_heads or lemma in self.rules.act_nouns))

    def act_as_subject(self, verb, resolver) -> bool:
        """Is the verb's subject an act that names no actor itself ("Russia's rejection
        suggested ...", "the decision came as a shock")? Its possessor said nothing: the act
        only shows something. Verbal codes are then no event (act_subject_roots)."""
        if self.rules.mode != "eventwire":
            return False
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                return (c.pos_ == "NOUN" and c.lemma_.lower() in self.rules.act_nouns
                        and not resolver.names_actor(c))
        return False

    def _judged_act_doers(self, verb, look: Look) -> list[ActorMention]:
        """ "X announced a truce, a decision hailed by Z", "X wants talks in a city, a venue
        rejected by Z", "X announced a truce, which was welcomed by Z": a passive reaction on
        a noun that names no actor judges what the clause's doer did: that doer. The first
        verb above the noun whose subject names an actor, within three clauses."""
        resolver = look.resolver
        if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "agent" for c in verb.children):
            return []
        noun = verb.head
        if noun.pos_ != "NOUN" or resolver.names_actor(noun):
            return []
        doc = noun.doc
        set_off = noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ","
        # "..., a decision hailed by Z": an apposition (read as one on the clause, or on its object)
        described = noun.dep_ == "appos" or (noun.dep_ == "npadvmod" and set_off)
        if not described and (verb.dep_ != "relcl" or noun.dep_ not in OBJ_DEPS):
            return []           # "the decision hailed by Z was ...": no clause to take a doer from
        tok, clauses = noun, 0
        for _ in range(8):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            clauses += 1
            found, passive, _ = self.sources(tok, resolver)
            found = [a for a in found if not passive and a.origin not in GUESSED]
            if self._ok(found, look) and not any(a.code == s.code for a in found for s in look.sources):
                return found
            if clauses == 3:
                break
        return []
