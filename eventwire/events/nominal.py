"""Events written as nouns, and reactions to events.

1. A noun that names an act ("invasion", "talks", "arrest": nouns.tsv, then event_nouns.tsv
   derived from WordNet) is an event when its own argument positions name both sides:
   the source as possessive, "by" phrase or actor modifier ("Russia's invasion", "the
   invasion ... by Russia", "Israeli strikes"), the target as the object of one of the noun's
   prepositions ("of Ukraine", "on Gaza"); "talks between A and B" names both at once.
   No argument, no event; nor when the noun is planned, possible, wished or negated ("a
   planned invasion", "calls for talks", "threatened an invasion").
2. A reaction ("condemned", "welcomed", "rejected", "protested against") whose object is an
   event acts on that event's doer: the one named in the phrase ("condemned Israel's strike
   on Gaza" -> Israel), else the doer of an event of the same kind coded earlier in the
   document that the definite noun refers back to ("the bombing"); unsure: no target.
3. A reaction to a proposal, request or ruling ("rejected the plan", "welcomed the decision")
   acts on its author, named in the phrase as a doer is ("the Egyptian plan", "proposals made
   by the assembly", "the decision of the court", "demands from the rebels"), else the one
   author of an event coded earlier with the same word ("issued a warrant" ... "the
   warrant"); not named, the verb's own object decides as for any verb.
Which nouns, modifiers and verbs count is data (nominal.yaml).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .yamldata import safe_load

from .asides import aside_actors
from ..records import ActorMention
from .parse import OBJ_DEPS
from .referents import Referents
from .responsible import dated_deed, responsible_clause
from ..tsv import read_tsv
from .rules import DATA, EventNoun
from .noun_places import NounPlaces
from .talk_mediators import is_third_party, mediation_pairs
from .unreal import chance

SOURCE_MODS = ("amod", "compound", "nmod", "npadvmod")


# a deed's prepositions that no reaction verb takes itself: after the verb's object, the deed's
STRAY_PREPS = frozenset({"against"})

# prepositions whose object came before the verb's act ("agreed after talks")
ANTERIOR = frozenset({"after", "following", "since"})

# participles that name a third party: "UN-mediated talks" (but "US-led strikes" are the US's)
THIRD_PARTY = frozenset({"broker", "mediate", "sponsor", "host", "facilitate"})


def other_side(obj, side, resolver) -> list:
    """ "between members of A and B": the parser may join B to A, inside the "of" phrase;
    "between" names two sides, so when the first names one, B is the second."""
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for inner in p.children:
                if inner.dep_ == "pobj":
                    return [a for c in inner.children if c.dep_ == "conj"
                            for a in resolver.actors(c) if a.code != side.code][:1]
    return []


def gerund_noun(tok) -> bool:
    """ "fighting between A and B left ten dead": a gerund the parser calls a verb, standing as
    a noun (a subject, with the sides after "between" and no object or subject of its own)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children) and \
        not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children)


def misread_adjective(tok) -> bool:
    """ "a junta offensive on the valley has forced out ...": an adjective the parser made a
    subject or object, or hung after the noun it would modify with a preposition of its own
    ("junta" <- "offensive" <- "on the valley"), is the noun."""
    return tok.pos_ == "ADJ" and (tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or (
        tok.dep_ == "amod" and tok.i == tok.head.i + 1 and tok.head.pos_ == "NOUN" and
        any(c.dep_ == "prep" for c in tok.children)))


def hyphen_agent(tok) -> bool:
    """ "UN-mediated talks", "Qatari-brokered deal": the word before "-" and a mediating
    participle is the mediator, not the noun's doer."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and \
        doc[tok.i + 2].tag_ == "VBN" and doc[tok.i + 2].lemma_.lower() in THIRD_PARTY


def split_possessor(noun):
    """ "blaming Turkey's offensive" misparsed as two objects, "Turkey" and "offensive": the
    first, whose "'s" stands right before the noun's phrase, is the noun's possessor."""
    i = noun.left_edge.i - 1
    if i < 1 or noun.dep_ not in OBJ_DEPS:
        return None
    case = noun.doc[i]
    owner = case.head
    if case.dep_ == "case" and case.lower_ in ("'s", "’s", "'", "’") and owner.i < case.i and \
            owner.dep_ == noun.dep_ and owner.head.i == noun.head.i:
        return owner
    return None


def load_event_nouns(path: Path = DATA / "event_nouns.tsv") -> dict[str, tuple[EventNoun, str]]:
    """noun -> (its entry, the verb it was derived from)."""
    if not path.exists():
        return {}
    return {r["noun"]: (EventNoun(r["noun"], r["code"], tuple(p for p in r["preps"].split("|") if p)),
                        r["verb"]) for r in read_tsv(path)}


def took_place(noun) -> bool:
    """Is the noun the subject of a past "took place", "happened" or "occurred": told as done?"""
    head = noun.head
    if noun.dep_ != "nsubj" or head.tag_ != "VBD":
        return False
    lemma = head.lemma_.lower()
    return lemma in ("happen", "occur") or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in head.children))


def talks_before(noun, code: str, resolver) -> list:
    """ "X freed six prisoners after talks with Y": talks "after" or "following" which the verb's
    subject acted were its own; its actors, for a consultation (04) with no doer of its own."""
    prep = noun.head
    if not code.startswith("04") or noun.dep_ != "pobj" or prep.lower_ not in ("after", "following") \
            or prep.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return []       # "after talks between A and B": their talks, not the subject's
    return [a for c in prep.head.children if c.dep_ == "nsubj" for a in resolver.actors(c)]


@dataclass
class NounEvent:
    noun: object                  # the token
    entry: EventNoun
    pairs: list[tuple[ActorMention, ActorMention]]
    # a third party's mediation with each side: "UN-led talks between A and B" (045)
    mediated: list[tuple[ActorMention, ActorMention]] = field(default_factory=list)


class Nominal:
    def __init__(self, rules, modality, data_dir: Path = DATA):
        with open(data_dir / "nominal.yaml", encoding="utf-8") as fh:
            cfg = safe_load(fh)
        low = lambda key: frozenset(str(w).lower() for w in cfg.get(key, []))  # noqa: E731
        self.modality = modality
        derived = load_event_nouns(data_dir / "event_nouns.tsv")
        self.derived: dict[str, EventNoun] = {k: v for k, (v, _) in derived.items()}
        self.nouns: dict[str, EventNoun] = dict(self.derived)
        self.nouns.update(rules.nouns)                 # the hand-written entries keep priority
        self.verb_of = {k: verb for k, (_, verb) in derived.items()}
        self.light_verbs = rules.light_verbs
        self.standalone = low("standalone_roots")
        self.not_standalone = low("not_standalone")
        self.nonfact_mods = low("nonfact_modifiers")
        self.fact_preps = low("fact_preps")
        self.fact_heads = low("fact_heads")
        self.witness_verbs = low("witness_verbs")
        self.ending_verbs = low("ending_verbs")
        self.occurrence_verbs = low("occurrence_verbs")
        self.incident_nouns = low("incident_nouns")
        self.sideless: list = []    # (entry, token) of the sentence's fighting nouns with no sides (events())
        self.nonfact_heads = low("nonfact_heads")
        self.nonfact_verbs = low("nonfact_verbs")
        self.reaction_roots = low("reaction_roots")
        self.doer_roots = low("doer_roots")
        self.reaction_nouns = low("reaction_nouns")
        self.definite = low("definite")
        self.stop_roots = low("stop_roots")
        self.stop_nouns = low("stop_nouns")

        self.authored = low("authored_nouns")
        self.not_reactions = low("not_reactions")
        self.violent_roots = low("violent_roots")
        self.referents = Referents(cfg)
        self.grievance_roots = low("grievance_roots")
        self.grievance_preps = low("grievance_preps")
        self.places = NounPlaces()

    def words(self) -> set[str]:
        """Surface words that may name a nominal event: for the cheap pre-filter."""
        out = set()
        for noun in self.nouns:
            last = noun.split()[-1]
            out.update({last, last + "s"})
        return out | set(self.incident_nouns)

    # -- which noun --------------------------------------------------------------------
    def entry(self, tok) -> EventNoun | None:
        if tok.pos_ not in ("NOUN", "PROPN") and not gerund_noun(tok) and not misread_adjective(tok):
            return None
        lemma, lower = tok.lemma_.lower(), tok.lower_
        # "air strike", "cyber attack" (the parser makes "cyber" a compound or an adjective)
        comp = [c for c in tok.children if c.dep_ == "compound"] or \
            [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i]
        if comp:
            two = f"{comp[-1].lower_} {lower}"
            two_lemma = f"{comp[-1].lemma_.lower()} {lemma}"
            for key in (two_lemma, two):
                if key in self.nouns:
                    return self.nouns[key]
        return self.nouns.get(lemma) or self.nouns.get(lower)

    # -- did it happen ------------------------------------------------------------------
    def factual(self, noun) -> bool:
        """Does the sentence report the noun's event as done? Only where it stands as a done
        thing: subject of a verb ("the invasion killed"), object of a reaction ("condemned the
        invasion"), or after a preposition of time or cause ("after the invasion", "killed in
        an air strike"); never planned, possible or negated ("a planned invasion")."""
        if any(c.lower_ in self.nonfact_mods or c.dep_ == "neg" for c in noun.children
               if c.dep_ in ("amod", "det", "neg", "compound", "advmod")):
            return False
        tok, word = noun, ""
        if noun.dep_ == "amod" and misread_adjective(noun):
            tok = noun.head         # "the junta offensive on X": the phrase's own place
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if chance(tok):
            return False                        # "clashes are now a distinct possibility"
        held = responsible_clause(noun)
        if held is not None:        # "X was responsible for the killings": told as the copula is
            return self.modality.mood(held[0])[0] == "fact" and not dated_deed(noun)
        if tok.dep_ == "pobj":
            prep = tok.head
            word = prep.lower_
            if prep.head.pos_ in ("NOUN", "PROPN") and word == "of" and \
                    prep.head.lemma_.lower() in self.fact_heads:
                tok = prep.head.head if prep.head.dep_ == "pobj" else prep.head
                word = tok.lower_ if tok.pos_ == "ADP" else ""      # "in the wake of the raid"
                if tok.pos_ == "ADP":
                    tok = tok.head
            elif word == "to" and prep.head.lower_ in ("response", "reaction"):
                tok = prep.head.head.head           # "in response to its invasion"
                word = "after"
            else:
                tok = prep.head
            if word not in self.fact_preps:
                return False
            head = tok
        elif tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            head = tok.head
            if tok.dep_ == "dobj" and head.lemma_.lower() not in self.witness_verbs:
                return False
            if tok.dep_ == "nsubjpass" and head.lemma_.lower() in self.ending_verbs:
                return False
        else:
            return tok.dep_ == "ROOT"           # a headline: "Russia's invasion of Ukraine"
        verb = head if head.pos_ in ("VERB", "AUX") else next(
            (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return True
        chain = [verb] + [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")][:2]
        # "agreed on a plan after days of talks": what came before a done act was done too; the
        # verb's wish is on its object, not on a time before it
        before = word in ANTERIOR and head.i == verb.i
        if any(v.lemma_.lower() in self.nonfact_verbs for v in chain[:1] if not before) or \
                any(v.lemma_.lower() in self.nonfact_verbs for v in chain[1:]
                    if chain[0].dep_ in ("xcomp", "ccomp")):
            return False
        mood, _ = self.modality.mood(verb)
        return mood == "fact"

    # -- who did it to whom -------------------------------------------------------------
    def doers(self, noun, resolver, entry: EventNoun | None = None) -> list[ActorMention]:
        """The source named in the noun's own positions: "Russia's", "by Russia", "Russian",
        else "X was responsible for" it (responsible.py); a doer known only by its deed
        ("terrorist attacks": an unidentified force) is none."""
        found = self._doers(noun, resolver, entry)
        held = responsible_clause(noun) if not found else None
        if held is not None:
            found = resolver.actors(held[1])
        return [a for a in found if not a.code.endswith("UAF")]

    def _doers(self, noun, resolver, entry: EventNoun | None) -> list[ActorMention]:
        own = set((entry.noun if entry else noun.lemma_.lower()).split()[:-1])
        for c in [*noun.children, split_possessor(noun)]:
            if c is not None and (c.dep_ == "poss" or c.i < noun.left_edge.i):
                found = resolver.actors(c)
                if found:
                    return found
        # "the arrest of X by Y": the parser may hang "by Y" on X
        hung = [b for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                if o.dep_ == "pobj" for b in o.children if b.dep_ == "prep" and b.i > o.i]
        for c in [*noun.children, *hung]:
            if c.dep_ == "prep" and c.lower_ == "by":
                for o in c.children:
                    if o.dep_ == "pobj" and resolver.actors(o):
                        return resolver.actors(o)
        for c in noun.children:
            # "the strikes carried out by the coalition", "an offer made by the rebels"
            # ("talks hosted by Qatar": a third party, no doer of the talks)
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and not is_third_party(c):
                for a in c.children:
                    if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                        found = [r for o in a.children if o.dep_ == "pobj" for r in resolver.actors(o)]
                        if found:
                            return found
        if self.is_authored(noun):
            # "the decision of the court", "demands from the rebels": the author
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    found = [r for o in c.children if o.dep_ == "pobj" and resolver.names_actor(o)
                             for r in resolver.actors(o)]
                    if found:
                        return found
        # (a modifier the parser made the noun's subject or head: "a Syrian government offensive")
        misread = [noun.head] if noun.dep_ == "amod" and noun.head.i == noun.i - 1 else []
        for c in [*noun.children, *misread]:
            if (c.dep_ in SOURCE_MODS or c.i == noun.i - 1 and (c.dep_ == "nsubj" or c in misread)) and c.i < noun.i and c.lower_ not in own \
                    and resolver.names_actor(c) and c.pos_ != "PRON" and not hyphen_agent(c):
                found = resolver.actors(c)
                if found:
                    # "the Russian-Turkish plan", "the US-Russian deal": each side joined by "-"
                    return found + [a for g in c.children if g.dep_ in SOURCE_MODS and g.i + 2 == c.i
                                    and g.nbor(1).text in ("-", "–") for a in resolver.actors(g)
                                    if a.code not in {f.code for f in found}]
        return []

    def _targets(self, noun, entry: EventNoun, resolver) -> list[ActorMention]:
        holders = [noun]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.occurrence_verbs and \
                "between" in entry.preps:
            holders.append(noun.head)   # "clashes erupted between A and B": the sides on the verb
        for word in entry.preps:
            preps = [c for h in holders for c in h.children if word == "between" or h is noun]
            for p in preps + self._stray_preps(noun, word):
                if p.dep_ == "prep" and p.lower_ == word:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            # "between gangs (thought to be A and B)": the aside names them
                            found = (aside_actors(o, resolver) if word == "between" else []) or resolver.actors(o)
                            if word == "between" and len(found) == 1:
                                found += other_side(o, found[0], resolver)
                            if found:
                                return found
        return []

    def _stray_preps(self, noun, word: str) -> list:
        """ "condemned Turkey's offensive against the YPG": the parser hangs "against" on the
        verb; right after the object of a reaction or report, it is the deed's own."""
        verb = noun.head
        if word not in STRAY_PREPS or noun.dep_ != "dobj" or verb.lemma_.lower() not in self.witness_verbs:
            return []
        return [p for p in verb.children if p.dep_ == "prep" and p.lower_ == word and p.i == noun.right_edge.i + 1]

    def events(self, sent, resolver, claimed: set[int], sideless: list | None = None) -> list[NounEvent]:
        """The nominal events of a sentence, but for nouns a light verb already carried.
        sideless: (entry, date) of the fighting nouns of the sentence before told as done with
        no sides named ("Clashes took place in X"), which "the incident was between A and B"
        names again. The sentence's own such nouns are left in self.sideless, as (entry, token)."""
        out = []
        self.sideless = []
        for tok in sent:
            if tok.i in claimed:
                continue
            entry = self.entry(tok) or self._incident(tok, sideless)
            if entry is None or not any(entry.code.startswith(r) for r in self.standalone) \
                    or ((entry.noun in self.not_standalone or
                         (tok.lower_ in self.not_standalone and " " not in entry.noun))    # "an air strike" stands
                        and not took_place(tok)):       # "the meeting between A and B took place in X"
                continue
            if tok.dep_ == "compound":
                continue            # "the invasion anniversary": a modifier, not the event
            # "an offensive on the rebel-held town", "an assault on Mariupol": holder or people
            targets = self._targets(tok, entry, resolver) or \
                self.places.targets(tok, entry.code, entry.preps, resolver, self._stray_preps(tok, "against"))
            if not targets:
                if "between" in entry.preps and entry.code[:2] in self.violent_roots and self.factual(tok):
                    self.sideless.append((entry, tok))
                continue
            sources = self.doers(tok, resolver, entry) or talks_before(tok, entry.code, resolver)
            if not sources and len(targets) >= 2 and "between" in entry.preps and \
                    any(p.lower_ == "between" for p in (*tok.children, *tok.head.children)):
                sources, targets = targets[:1], targets[1:]      # "talks between A and B"
            if not sources or not self.factual(tok):
                continue
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
            if pairs:
                out.append(NounEvent(tok, entry, pairs, mediation_pairs(tok, entry.code, pairs, resolver)))
        return out

    def when_of(self, noun):
        """The word whose date phrase dates the event noun: the verb of occurrence it is the
        subject of ("fighting broke out late on Friday"), else the noun itself."""
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.occurrence_verbs:
            return noun.head
        return noun

    def _incident(self, tok, sideless) -> EventNoun | None:
        """ "the incident" as the subject of a verb of occurrence or "be" with "between" sides:
        the one sideless fighting noun of the sentence before, or None."""
        if not sideless or len({e.code for e, _ in sideless}) != 1 or tok.lemma_.lower() not in self.incident_nouns \
                and tok.lower_ not in self.incident_nouns:
            return None
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in self.occurrence_verbs or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) or \
                not any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.head.children):
            return None
        return sideless[0][0]

    # -- reactions ------------------------------------------------------------------------
    def event_object(self, verb, code: str, resolver, own_noun=None, lemmas=()):
        """The event a reaction verb acts on ("condemned the bombing", "protested against the
        invasion"), or None; not the light verb's own noun ("staged a protest")."""
        if code[:2] not in self.reaction_roots or own_noun is not None or \
                verb.lemma_.lower() in self.not_reactions or \
                any(lem in self.light_verbs for lem in (verb.lemma_.lower(), *lemmas)):
            return None
        objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
        # "signed a deal, but X rejected it": the deal
        objs = [self.referents.antecedent(o, verb, self.is_deed) or o for o in objs]
        if any(resolver.names_actor(o) for o in objs):
            return None         # "blamed Turkey", read with "offensive" as a second object
        if not objs and code[:2] in self.grievance_roots:
            # "complained to the UN over Israeli air raids": the raids' doer, not the forum addressed
            about = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in self.grievance_preps
                     for o in p.children if o.dep_ == "pobj" and self.is_deed(o)]
            named = [o for o in about if self.doers(o, resolver, self.entry(o))]
            if named:
                return named[0]
        if code[:2] == "14":
            objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
                     for o in p.children if o.dep_ == "pobj"]
        # "denounced the raid and the warnings issued by X": each coordinated object
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        objs = [self.referents.inner(o, self.is_deed) for o in objs]    # "the campaign of violence"
        deeds = [o for o in objs if self.is_deed(o)]
        named = [o for o in deeds if self.doers(o, resolver, self.entry(o))]
        if named or deeds:
            return (named or deeds)[0]
        for o in objs if code[:2] != "05" or code.startswith("051") else ():
            # any other act whose doer the phrase names: "praised the Chinese aid", "criticised
            # the Russian support"; not the verb's own act ("joined the accord": 057)
            entry = self.entry(o)
            if entry is not None and self.doers(o, resolver, entry):
                return o
        return None

    def stopped_event(self, verb, code: str):
        """ "demanded an end to the strikes", "urged a halt to the violence": (the event to be
        stopped, or None; whether the wished stop was found). A stop with no "to"/"of" event
        ("condemned the strikes and demanded an immediate halt") stops the event of the verb it
        is joined to."""
        if code[:2] not in self.stop_roots:
            return None, False
        for o in (c for c in verb.children if c.dep_ in OBJ_DEPS or c.dep_ == "prep"):
            stop = o
            if o.dep_ == "prep":         # "pressed for a halt to ...": the pattern's own preposition
                stop = next((g for g in o.children if g.dep_ == "pobj"), None)
            if stop is None or stop.lemma_.lower() not in self.stop_nouns:
                continue
            for p in stop.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "of"):
                    for ev in p.children:
                        if ev.dep_ == "pobj" and self._is_event(ev):
                            return ev, True
                    return None, False          # "an end to the crisis": no doer to ask
            joined = [verb.head] if verb.dep_ == "conj" else []
            for v in joined:
                for c in v.children:
                    if c.dep_ in OBJ_DEPS and self._is_event(c):
                        return c, True
            return None, True
        return None, False

    @staticmethod
    def place_parties(event, resolver) -> list[ActorMention]:
        """The country an event is said to happen in ("the violence in Nicaragua"): its parties."""
        for p in event.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                for o in p.children:
                    if o.dep_ == "pobj":
                        found = resolver.places(o)
                        if found:
                            return found
        return []

    def _is_event(self, tok) -> bool:
        entry = self.entry(tok)
        if entry is not None:
            return entry.code[:2] in self.doer_roots
        return tok.lemma_.lower() in self.reaction_nouns or tok.lower_ in self.reaction_nouns

    def blamed_deeds(self, verb) -> list[tuple[str, set]]:
        """The deeds an accusation lays on its target, as memory keys (root, words): "accused
        the army of staging a coup", "blamed Kenya for the raid" (a later "the coup" is theirs)."""
        heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
        out = []
        for h in heads:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in ("of", "for"):
                    continue
                for t in p.subtree:
                    if t.pos_ == "NOUN" and self.is_violent_deed(t):
                        entry = self.entry(t)
                        words = {t.lemma_.lower(), self.verb_of.get(entry.noun, "") if entry else ""}
                        out.append((entry.code[:2] if entry else "", words - {""}))
        return out

    def is_deed(self, tok) -> bool:
        """A noun naming an act with a doer: an event noun of a doer root, a reaction noun
        ("the coup"), or a proposal, request or ruling."""
        entry = self.entry(tok)
        if entry is not None and entry.code[:2] in self.doer_roots:
            return True
        return (entry is None and tok.lemma_.lower() in self.reaction_nouns) or self.is_authored(tok)

    def is_violent_deed(self, tok) -> bool:
        """A noun naming force or coercion ("a kidnapping", "an invasion", "a coup")."""
        entry = self.entry(tok)
        if entry is not None:
            return entry.code[:2] in self.violent_roots
        return tok.lemma_.lower() in self.reaction_nouns

    def open_object(self, tok) -> bool:
        """A proposal or ruling with no author named: the verb's object decides as for any verb
        (an event noun of a doer root stays unsure: "spurred accusations" names no accuser)."""
        entry = self.entry(tok)
        return self.is_authored(tok) and not (entry is not None and entry.code[:2] in self.doer_roots)

    def is_authored(self, tok) -> bool:
        """A proposal, request, decision or ruling: a reaction to it acts on its author."""
        return tok.pos_ in ("NOUN", "PROPN") and \
            (tok.lemma_.lower() in self.authored or tok.lower_ in self.authored)

    def reaction_targets(self, event, resolver, memory: list[tuple]) -> list[ActorMention]:
        """The doer of the event a reaction acts on; [] when unsure. memory: (code, words,
        source, event key, target) of the document's events so far."""
        series = self.referents.outer(event)        # "the army's campaign of violence"
        found = self.doers(event, resolver, self.entry(event)) or \
            (self.doers(series, resolver) if series is not None else [])
        if found:
            return found
        if not any(c.dep_ == "det" and c.lower_ in self.definite
                   for h in (event, series) if h is not None for c in h.children):
            return []
        entry = self.entry(event)
        lemma = event.lemma_.lower()
        verb = self.verb_of.get(entry.noun if entry else lemma)
        root = entry.code[:2] if entry else None
        # unnamed doers ("shells hit the island": an unidentified force) are no referent
        named = [m for m in memory if not m[2].code.endswith("UAF")]
        # the same word first ("launched air strikes" ... "the strikes"), else the same root; a
        # proposal or ruling only by its own word ("issued a warrant" ... "the warrant")
        same = [m for m in named if lemma in m[1] or verb in m[1]]
        if not same and root is not None and not self.is_authored(event):
            same = [m for m in named if m[0][:2] == root]
        doers = {m[2].code: m[2] for m in same}
        if len(doers) > 1 and len({m[3] for m in same}) == 1 and same[0][3] and \
                (self.is_authored(event) or len(same[0][3]) > 2):
            # "A and B agreed on a plan" ... "the plan": theirs; "A and B held talks" ... "the
            # talks": both sides' (an event of its subject's members with each other)
            return list(doers.values())
        if len(doers) == 1:
            return list(doers.values())
        # "the attack", "the violence": any act of force, of one doer (referents.py)
        return [] if doers else self.referents.violent_doers(event, resolver, memory)
