"""Which verbs are events, and what code each takes.

For a verb of the verb dictionary (or a light verb carrying an event noun): the most
specific dictionary pattern that matches the words around it, else the verb's own
code, else the event noun's code.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..dates.resolve import MONTHS, WEEKDAYS
from .matching import Around, PatternMatcher, loose_words
from .opinions import shared_opinion
from .phrase import person_for_thing, stands_near
from .object_named import object_named, objectless_ok
from .raised import raised_words
from .receivers import buried_to
from .series import series_heads
from .beneficiary import aid_given
from .attacked import OBJHEAD, heads_object, load as load_violence
from .nominal import load_event_nouns
from .appeal_call import PATTERN as APPEAL_CALL, appeal_call
from .taken_town import CODE as TOWN_TAKEN, town_taken
from .deployment import deployed_forces
from .available import PROVIDING, available_words, made_available
from .dissent import CODE as DISSENT_CODE, PATTERN as DISSENT_ENDED, ended_dissent
from .parse import OBJ_DEPS, SUBJ_DEPS, clause
from .patterns import MARKERS, Pattern, VerbDictionary
from .rules import Rules


# roots of the derived event nouns (event_nouns.tsv) a light verb also carries: acts of force,
# events whatever the light verb ("began their assault on", "carried out a bombardment of")
FORCE_ROOTS = ("18", "19", "20")

DATE_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3 and m != "march") | \
    frozenset({"today", "yesterday", "tomorrow", "weekend", "morning", "evening", "night", "afternoon"})


# nouns that count what follows their "of": "returned dozens of artifacts", "a batch of documents"
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "batch", "set",
                            "collection", "pair", "trove", "cache"})
# (attack task) heads that count a series of acts through "of": "carried out hundreds of strikes",
# "launched a wave of raids" (only for nouns of force: triggers.event_noun); one list with series.py's
SERIES_NOUNS = QUANTITY_NOUNS | series_heads()
# people as the object of a handover verb: persons returned are released or expelled, not property
PERSON_NOUNS = frozenset({"migrant", "immigrant", "asylum", "seeker", "prisoner", "detainee", "hostage",
                          "captive", "national", "citizen", "child", "woman", "man", "body", "remains",
                          "fighter", "soldier", "militant", "suspect", "fugitive", "diplomat", "ambassador",
                          "envoy", "person", "people", "worker", "family", "crew", "sailor", "fisherman"})

# a show of force held "joint"ly is military cooperation between its sides (CAMEO 062):
# "held joint exercises with Y", "A and B staged joint war games"
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral"})
JOINT_CODE = "062"
# "pledged military aid to X": a pledge of a material act is the intent to do it (CAMEO 03)
PLEDGING = frozenset({"pledge", "promise"})
PLEDGED = {"060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
           "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334"}

# verbs whose agentless passive subject a pattern may name as their object (admin, s31): "UN
# inspectors were expelled" (1662), not the bare verb's 174
PASSIVE_PATTERNED = frozenset({"expel", "deport"})
# the pattern id of a detention told by a passive with its doer ("held by"): people only
HELD_BY = "held-by:"


def hyphened(tok) -> str:
    """The noun the tokenizer split at its hyphen, whole: "sit-in" (sit, -, in), "walk-outs"."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text not in ("-", "‑") or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"


# clauses inside a passive's subject that are not its words ("the men who were arrested")
PATIENT_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})


def patient_words(verb, dated=frozenset(), need_doer: bool = True) -> list:
    """The words of a passive verb's subject, the thing or person the active's object names:
    "[two tanks] were given to Y by X" reads as "gave [two tanks] to Y". [] for an active verb;
    not a clause hung on the subject, nor a date. need_doer: only with the doer named ("by X"):
    an agentless passive ("civilians were killed") tells what befell the subject, with no doer to
    code; without it, for a verb only its object gives a sense ("sanctions on Y were lifted")."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or (need_doer and not any(c.dep_ == "agent" for c in kids)):
        return []
    if any(c.dep_ == "dobj" for c in kids):
        return []           # "Y was given tanks by X": the subject received, the object is the thing
    out = []
    for sub in (c for c in verb.children if c.dep_ == "nsubjpass"):
        stack = [sub]
        while stack:
            tok = stack.pop()
            out.append(tok)
            stack += [c for c in tok.children if c.dep_ not in PATIENT_CLAUSES]
    return sorted((t for t in out if t.i not in dated and t.pos_ != "PUNCT"), key=lambda t: t.i)


@dataclass
class Trigger:
    token: object            # the verb
    code: str
    pattern_id: str
    noun: object | None = None   # the event noun, for light verbs
    among: bool = False          # a "%" pattern: the compound subject acts on itself ("A and B renewed ties")
    reverse: str = ""            # "042:043" in a PETRARCH dictionary: the target's side (043) too
    pattern: Pattern | None = None   # the pattern that fired, for its $ (source) and + (target) slots
    entry: object | None = None      # the event noun's entry (its target prepositions), for light verbs

    def __post_init__(self):
        if ":" in self.code:
            self.code, _, self.reverse = self.code.partition(":")


class TriggerChooser:
    def __init__(self, verbs: VerbDictionary, rules: Rules, reading, matcher: PatternMatcher):
        self.verbs = verbs
        self.rules = rules
        self.reading = reading
        self.matcher = matcher
        # nouns derived from the verb dictionary (event_nouns.tsv) a light verb may carry after
        # the hand-written ones: "made several arrests", "carried out a bombing"
        self.derived_nouns: dict = {}
        self._multi: dict[str, list[str]] = {}     # "call" -> ["call on", "call off", ...]
        # eventwire's reading: derived nouns of force after the hand-written nouns.tsv
        self.force_nouns = {} if reading.name != "eventwire" else {
            k: v for k, (v, _) in load_event_nouns().items() if v.code[:2] in FORCE_ROOTS}
        violence = load_violence()
        self.force_light = frozenset(violence.get("force_light_verbs", ()))
        self.transfer_light = frozenset(violence.get("transfer_light_verbs", ())) \
            if reading.name == "eventwire" else frozenset()
        self.detaining = dict(violence.get("detaining_passives", {})) if reading.name == "eventwire" else {}
        eventwire = reading.name == "eventwire"
        # verbs of force that also mean criticism ("attacked the ruling", 11x patterns): the
        # criticism is not read when an armed force or a weapon does it or property is hit
        self.force_words = frozenset(violence.get("force_or_words_verbs", ())) if eventwire else frozenset()
        self.property_nouns = frozenset(violence.get("property_nouns", ()))
        self.crowd_weapons = frozenset(violence.get("crowd_weapon_words", ())) if eventwire else frozenset()
        self.armed_words = frozenset(w.rstrip("_") for name in ("military", "aircraft", "weapon")
                                     for w in verbs.synset(name) if " " not in w)
        # a light verb's own event noun wins over a pattern word inside its phrase ("announced
        # a suspension of aid" is a suspension, not the aid a pattern names): eventwire's reading
        self.noun_first = eventwire
        self.handover = rules.slots.get("handover_verbs", {}) if eventwire else {}
        self.person_words = frozenset(w for name in ("people", "refugee", "military")
                                      for w in verbs.synset(name))
        for v in verbs.verbs():
            if " " in v.lemma:
                self._multi.setdefault(v.lemma.split()[0], []).append(v.lemma)
        self._lemmas_doc, self._lemmas_at = None, {}     # lemmas() of the verbs of one document

    def trigger_words(self) -> frozenset[str]:
        """Lower-case words that may start an event: the cheap pre-filter's list."""
        words = set(self.verbs.surface_forms())
        for noun in self.rules.nouns:
            last = noun.split()[-1]
            words.update({last, last + "s", last + "es"})
        return frozenset(words)

    def lemmas(self, verb) -> list[str]:
        """The dictionary entries a verb may be: multi-word verbs first ("call off"), then its lemma.
        Asked several times for each verb: kept for the verbs of the last document (a parse is
        not changed once it is coded)."""
        doc = verb.doc
        if doc is not self._lemmas_doc:
            self._lemmas_doc, self._lemmas_at = doc, {}
        found = self._lemmas_at.get(verb.i)
        if found is None:
            found = self._lemmas_at[verb.i] = tuple(self._lemmas(verb))
        return list(found)

    def _lemmas(self, verb) -> list[str]:
        lemma = verb.lemma_.lower()
        lemmas = list(self.reading.written_lemmas(verb, self.verbs))
        particles = self.particles(verb)
        for multi in self._multi.get(lemma, ()):
            if all(w in particles for w in multi.split()[1:]):
                lemmas.append(multi)
        for toks, multi in self.verbs.multiword_forms(verb.lower_):
            # by the word as written, when the lemmatiser errs ("cordoned" -> "cordone")
            if multi not in lemmas and all(w in particles for w in toks[1:]):
                lemmas.append(multi)
        if not self.reading.knows_form(verb, self.verbs):
            pass
        elif self.verbs.verb(lemma) is not None:
            lemmas.append(lemma)
        else:
            lemmas += [lem for lem in self.verbs.lemma_for_form(verb.lower_) if " " not in lem]
        return lemmas

    @staticmethod
    def date_phrases(verb) -> set[int]:
        """Token indices of the verb's time phrases ("on Tuesday", "in March"): no part of a
        pattern ("called Erdogan on Tuesday" is no "call on")."""
        out = set()
        for c in verb.children:
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in DATE_WORDS for g in c.children):
                out.update(t.i for t in c.subtree)
        return out

    @staticmethod
    def particles(verb) -> set[str]:
        """The words that may make a multi-word verb: particles ("called off the talks") and a
        preposition right after the verb, an adverb allowed between ("called again on Russia",
        "abide by"); not any later phrase ("gave birth to a son in a hospital" is no "give in")."""
        words = set()
        for c in verb.children:
            if c.dep_ == "prt":
                words.add(c.lower_)
            elif c.dep_ == "prep" and c.i > verb.i and \
                    all(t.pos_ in ("ADV", "PART") for t in verb.doc[verb.i + 1:c.i]) and c.i - verb.i <= 2:
                words.add(c.lower_)
        return words

    @staticmethod
    def shared_object(verb, dated: set) -> list:
        """The words of the object a verb with none of its own shares with the verb "and"
        joins to it ("planned and directed attacks on the UK", "armed and trained the rebels")."""
        if any(c.dep_ in OBJ_DEPS or c.dep_ in ("xcomp", "ccomp", "prep", "nsubjpass") for c in verb.children):
            return []
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
        if conj is None:
            return []
        objs = [c for c in conj.children if c.dep_ == "dobj"]
        return [t for t in objs[0].subtree if t.i not in dated] if objs else []

    def objectless(self, verb, lemma: str) -> bool:
        """A verb that acts on its object (verb_senses.yaml needs_object) used with none, in the
        active voice: eventwire's reading only."""
        if self.reading.name != "eventwire" or lemma not in self.rules.needs_object:
            return False
        if verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or any(
                c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)):
            return False        # "militias trained by X", "the forces they sponsored": the noun is the object
        # "arming and training the militants": the object may hang on a coordinated verb
        return not any(c.dep_ in ("dobj", "nsubjpass", "dative", "auxpass")
                       for v in [verb] + list(verb.conjuncts) for c in v.children)

    def thing_objected(self, verb, lemma: str) -> bool:
        """A verb done to someone (verb_senses.yaml person_object) whose only object is a
        thing, with no "that" clause or "of" phrase ("assured a long presence"): eventwire's
        reading only."""
        if self.reading.name != "eventwire" or lemma not in self.rules.person_object:
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("ccomp", "dative") or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
            return False        # "assured Y that ...", "assured Y of its support"
        objs = [c for c in kids if c.dep_ == "dobj"]
        return bool(objs) and all(
            o.pos_ == "NOUN" and o.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG")
            and not ({o.lemma_.lower(), o.lower_} & self.person_words) and o.lemma_.lower() not in PERSON_NOUNS
            for o in objs)

    def event_noun(self, verb):
        force = verb.lemma_.lower() in self.force_light
        for child in verb.children:
            if child.dep_ in OBJ_DEPS or (child.dep_ == "nsubjpass"):
                # "opened tank, machine-gun and mortar fire": any of the coordinated objects
                for tok in [child] + list(child.conjuncts):
                    # "announced the deployment of 500 troops to Mali" (deployment.py)
                    noun = self.noun_of(tok, force) or deployed_forces(
                        tok, self.armed_words, lambda w: self.verbs.word_matches("&pko", w))
                    if noun is None and {tok.lemma_.lower(), tok.lower_} & SERIES_NOUNS:
                        # "carried out hundreds of strikes": the acts counted, when they are force
                        tok, noun = self._counted_force(tok, force)
                    if noun and noun.code[:2] in FORCE_ROOTS and verb.lemma_.lower() in self.transfer_light:
                        noun = None         # "delivered missiles to the group": weapons passed on
                    if noun and noun.code[:2] in FORCE_ROOTS and \
                            any(t.lower_ in self.crowd_weapons for t in tok.lefts for t in t.subtree):
                        noun = None         # "fired tear gas shells": a crowd weapon, no shelling
                    if noun:
                        return tok, noun
        return None, None

    def _counted_force(self, tok, force: bool):
        """ "hundreds of strikes", "a wave of raids": (the counted noun, its entry) when it is an
        act of force or protest, else (tok, None)."""
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    noun = self.noun_of(o, force) if o.dep_ == "pobj" else None
                    if noun is not None and (noun.code[:2] in FORCE_ROOTS or noun.code[:2] == "14"):
                        return o, noun      # (a strike, 143, is an attack when forces strike)
        return tok, None

    def noun_trigger(self, verb, noun_tok, noun) -> Trigger:
        """The light verb's event noun as its trigger; a joint exercise is cooperation (062)."""
        appeal = appeal_call(verb, noun_tok)
        if appeal is not None:      # "renewed its call for calm": an appeal, no phone call (appeal_call.py)
            return Trigger(verb, appeal.code, APPEAL_CALL, noun_tok, entry=appeal)
        if noun.code[:2] == "15" and any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_WORDS
                                         for c in noun_tok.children):
            return Trigger(verb, JOINT_CODE, f"noun:joint {noun.noun}", noun_tok, entry=noun)
        if verb.lemma_.lower() in PLEDGING and noun.code in PLEDGED:
            return Trigger(verb, PLEDGED[noun.code], f"pledged-noun:{noun.noun}", noun_tok, entry=noun)
        return Trigger(verb, noun.code, f"noun:{noun.noun}", noun_tok, entry=noun)

    def noun_of(self, tok, force: bool = False):
        nouns = self.rules.nouns
        lemma = tok.lemma_.lower()
        # "air strike", "cyber attack" (the parser makes "cyber" a compound or an adjective)
        comp = [c for c in tok.children if c.dep_ == "compound"] or \
            [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i]
        if comp:
            two = f"{comp[-1].lemma_.lower()} {lemma}"
            if two in nouns:
                return nouns[two]
        found = nouns.get(lemma) or nouns.get(tok.lower_) or nouns.get(hyphened(tok))
        if found:
            return found
        if force and lemma in self.force_nouns:
            return self.force_nouns[lemma]
        derived = self.derived_nouns.get(lemma)
        # a derived noun of force only after a verb of force: "gave up fighting" is no attack
        if derived is not None and derived.code[:2] in FORCE_ROOTS and not force:
            return None
        return derived

    @staticmethod
    def names_noun(pattern: Pattern, noun_tok) -> bool:
        """Does the pattern name the event noun itself ("hold talks" for "held talks")? Yes when
        unsure: a pattern with a synset or no word after the verb."""
        words = [w for w in pattern.after if w not in MARKERS]
        if not words or any(w.startswith("&") or "=" in w for w in words):
            return True
        forms = {noun_tok.lower_, noun_tok.lemma_.lower()}
        return any((f == w[:-1]) if w.endswith("_") else f.startswith(w) for w in words for f in forms)

    def handed_thing(self, verb) -> bool:
        """A common noun for a thing as object ("the statues", "12 paintings"), not people,
        troops or a name, and a "to" phrase for the receiver."""
        obj = self.handed_object(verb)
        if obj is None:
            return False
        held = [obj]
        if {obj.lemma_.lower(), obj.lower_} & QUANTITY_NOUNS:
            # "returned dozens of artifacts to Y": the things counted
            held = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"][:1] or held
        # the parser may hang "to" on the thing ("returned a statue of X to Y"), or deeper, on a
        # noun of a clause on it ("handed back masks carved in the colonial period to Y")
        to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 for c in list(verb.children) + list(obj.children) + list(held[0].children)) or \
            bool(buried_to(obj))
        obj = held[0]
        if not to:
            return False
        if obj.pos_ != "NOUN" or obj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
            return False
        words = {obj.lemma_.lower(), obj.lower_}
        return not (words & self.person_words) and obj.lemma_.lower() not in self.rules.slots["victim_nouns"] \
            and obj.lemma_.lower() not in PERSON_NOUNS and obj.lemma_.lower() not in self.rules.slots["handover_idioms"]

    @staticmethod
    def handed_object(verb):
        """The one object of a verb of handing over; a counted noun the parser took for an
        adverbial counts ("returned to Peru on Monday 21 frogs")."""
        objs = [c for c in verb.children if c.dep_ == "dobj" or (
            c.dep_ == "npadvmod" and c.pos_ == "NOUN" and any(g.dep_ == "nummod" for g in c.children))]
        if not objs and any(c.dep_ == "auxpass" for c in verb.children):
            # "the statue was returned to Peru (by X)": the passive's subject is the thing
            objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return objs[0] if len(objs) == 1 else None

    def physical(self, verb) -> bool:
        """Is the act physical: done by armed forces, aircraft or weapons ("warplanes attacked",
        "a police helicopter attacked") or to property ("attacked the ministry building")?"""
        for c in verb.children:
            if c.dep_ == "nsubj" and ({c.lemma_.lower(), c.lower_} & self.armed_words):
                return True
            if c.dep_ in OBJ_DEPS and any(t.lemma_.lower() in self.property_nouns
                                          for t in [c] + list(c.conjuncts)):
                return True
        return False

    def choose(self, verb) -> Trigger | None:
        if self.noun_first and shared_opinion(verb):
            return None         # "agreed with Y that the law should change": an opinion (opinions.py)
        trig = self._choose(verb)
        if self.noun_first and ended_dissent(verb, self.lemmas(verb) + [verb.lemma_.lower()]):
            # "the union called off its strike": popular dissent eased (dissent.py)
            return Trigger(verb, DISSENT_CODE, f"{DISSENT_ENDED}{verb.lemma_.lower()}")
        if trig is None and self.noun_first and patient_words(verb, need_doer=False):
            # a verb only its object gives a sense ("lifted sanctions"), read in the passive
            trig = self._choose(verb, passive=True)
        elif trig is not None and trig.pattern_id.startswith("verb:") and self.noun_first and \
                verb.lemma_.lower() in PASSIVE_PATTERNED and patient_words(verb, need_doer=False):
            # "two UN inspectors were expelled": the subject is what the active's patterns name
            trig = self._choose(verb, passive=True) or trig
        if self.noun_first and (trig is None or trig.pattern_id == f"verb:{verb.lemma_.lower()}") \
                and (taken := town_taken(verb)):
            trig = Trigger(verb, TOWN_TAKEN, taken)     # "rebels captured Goma" (taken_town.py)
        aid = aid_given(verb, trig.code, trig.noun) if trig is not None and self.noun_first else None
        if aid is not None:     # "provides €45m support", "Canadian aid supported X": aid (beneficiary.py)
            trig = replace(trig, code=aid, pattern_id=f"aid-support:{trig.pattern_id}", reverse="")
        return trig

    def _choose(self, verb, passive: bool = False) -> Trigger | None:
        own = clause(verb)
        before_toks = self.reading.words_before(verb, own)
        dated = self.date_phrases(verb)
        after_toks = [t for t in own if t.i > verb.i and t.i not in dated] + raised_words(verb, dated)
        if self.noun_first:     # "planned and directed attacks on X": the object both verbs share
            after_toks = sorted(after_toks + self.shared_object(verb, dated), key=lambda t: t.i)
            # "sanctions were imposed on Y", "two tanks were given to Y": the passive's subject
            # is the object the active's patterns name after the verb
            # (a light verb's event noun is read from the subject already: "a deal was reached")
            if not any(lem in self.rules.light_verbs for lem in [verb.lemma_.lower()] + self.lemmas(verb)) \
                    or self.event_noun(verb)[1] is None:
                after_toks = patient_words(verb, dated) + after_toks
        if passive:     # "sanctions on Y were lifted": the subject is the object a pattern names
            seen = {t.i for t in after_toks}
            after_toks = [t for t in patient_words(verb, dated, need_doer=False) if t.i not in seen] + after_toks
        before = [t.lower_ for t in before_toks]
        after = [t.lower_ for t in after_toks]
        loose = (loose_words(before_toks), loose_words(after_toks))
        lemma0 = verb.lemma_.lower()
        if lemma0 not in self.rules.light_verbs:
            # the lemmatiser may err ("staged" -> "stag"): the dictionary's reading of the form
            lemma0 = next((lem for lem in self.lemmas(verb) if lem in self.rules.light_verbs), lemma0)
        light = lemma0 in self.rules.light_verbs
        noun_tok, noun = self.event_noun(verb) if light else (None, None)
        light = light and lemma0 not in self.rules.light_own_code
        available = made_available(verb) if self.noun_first else None
        if available is not None:
            # "made two planes available to Y": provided them, read as "provide" (available.py)
            noun_tok, noun, light = None, None, False
            after_toks = sorted({t.i: t for t in after_toks + available_words(verb, available)}.values(),
                                key=lambda t: t.i)
            after = [t.lower_ for t in after_toks]
            loose = (loose[0], loose_words(after_toks))
        compound = any(c.dep_ in SUBJ_DEPS and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
        around = Around(before, after, loose)
        handover = next((self.handover[lem] for lem in [lemma0] + self.lemmas(verb) if lem in self.handover), None)
        # "returned 21 frogs to Brazil", "returned a statue to the ambassador": a thing handed
        # back; a pattern then needs to name the thing ("return equipment"), not a word elsewhere
        handed = self.handed_object(verb) if handover and self.handed_thing(verb) else None
        for lemma in [PROVIDING] if available is not None else self.lemmas(verb):
            blocked = False
            patterns = self.reading.order_patterns(self.verbs.patterns(lemma), around)
            if compound:        # "A and B postponed their meeting": the compound-subject patterns first
                patterns.sort(key=lambda p: "%" not in p.before and "%" not in p.after)
            for pattern in patterns:
                if not compound and ("%" in pattern.before or "%" in pattern.after):
                    continue            # "%": only for a compound subject ("A and B restored ties")
                if self.matcher.matches_around(pattern, around):
                    if pattern.id.startswith(OBJHEAD) and not heads_object(verb, pattern.id):
                        continue        # "ended the war under X's mediation": the word is not the object
                    if pattern.code != "---" and self.noun_first and \
                            not stands_near(self.matcher, pattern, verb, after_toks, around):
                        continue        # "increased the chances of a military intervention" (phrase.py)
                    if self.noun_first and not object_named(self.matcher, pattern, verb, after_toks, around):
                        continue        # "suspended flights after a newspaper report" (object_named.py)
                    if self.noun_first and noun is None and not objectless_ok(pattern, verb):
                        continue        # "fired thousands of judges across the country" (object_named.py)
                    if handed is not None and pattern.code != "---" and not self.names_noun(pattern, handed):
                        continue
                    if pattern.code[:2] == "11" and lemma in self.force_words and self.physical(verb):
                        continue        # "warplanes attacked the court building": force, not words
                    if noun is not None and self.noun_first and pattern.code != "---" and \
                            not self.names_noun(pattern, noun_tok):
                        return self.noun_trigger(verb, noun_tok, noun)
                    if pattern.code == "---" and self.noun_first and \
                            person_for_thing(self.matcher, pattern, after_toks, around):
                        continue        # "released the reporter" is no "release report" (phrase.py)
                    if pattern.code == "---":
                        blocked = True       # a pattern that says: not an event
                        break
                    counted = noun_tok if noun_tok is not None and noun_tok.dep_ == "pobj" else None
                    # "carried out dozens of air strikes on Y": the counted noun's "on Y" (series)
                    return Trigger(verb, pattern.code, pattern.id, noun=counted, entry=noun if counted else None,
                                   among="%" in pattern.before or "%" in pattern.after, pattern=pattern)
            if blocked:
                continue
            if noun is not None:
                return self.noun_trigger(verb, noun_tok, noun)
            v = self.verbs.verb(lemma)
            if v is not None and v.code != "---" and not light and self.reading.uses_default(lemma):
                if self.objectless(verb, lemma):
                    continue        # "the rebel who trained in Turkey": trained, not training anyone
                if self.thing_objected(verb, lemma):
                    continue        # "assured a long presence": made sure of it, no promise
                return Trigger(verb, v.code, f"verb:{lemma}")
        if noun is not None:
            return self.noun_trigger(verb, noun_tok, noun)
        if handed is not None:
            # "returned the statues to Peru": property handed back to its owner
            return Trigger(verb, handover, f"handover:{lemma0}")
        if lemma0 in self.detaining and any(c.dep_ == "agent" for c in verb.children):
            # "a Briton held by Kurdish forces": a detention by the "by" doer
            return Trigger(verb, self.detaining[lemma0], f"{HELD_BY}{lemma0}")
        return None
