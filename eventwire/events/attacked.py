"""What an attack is done to: a place's holder, a building's owner.

"pounded the rebel-held town", "shelled Taliban-controlled districts", "the city held by the
militants": the holder is the target. "stormed the army's headquarters", "struck Hamas
positions", "the offices of the governing party": the owner is the target. A place or a
building with neither said gives nothing here (the coder's other rules decide). Which nouns
are property and which verbs say who holds a place is data (violence.yaml).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .yamldata import safe_load

from ..actors.codes import is_international
from ..actors.resolve import QUANTITY_HEADS
from ..actors.unlisted import is_note
from ..records import Origin
from .parse import OBJ_DEPS

DATA = Path(__file__).parent / "data" / "violence.yaml"
# prepositions whose object is what the act is done to ("set fire to", "broke into", "fired on")
OBJECT_PREPS = frozenset({"to", "into", "on", "upon", "at", "against"})
# objects that are part of the act's wording, not what it is done to ("set fire to X", "set it ablaze")
ACT_WORDS = frozenset({"fire", "blaze", "light", "way", "it", "them"})
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
HOLDER_DEPS = ("npadvmod", "compound", "nmod", "advmod", "nsubj")


# parts of a place taken or hit: "captured part of the rebel stronghold" took the stronghold's
PART_HEADS = frozenset({"part", "parts", "much", "half", "most", "section", "sections"})


def counted(tok):
    """What a quantity counts: "a number of Hamas positions" -> "positions", "part of the
    stronghold" -> "stronghold"; else the word."""
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.lower_ in PART_HEADS:
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
        if of:
            return of[0]
    return tok


def load(path: Path = DATA) -> dict:
    with open(path, encoding="utf-8") as fh:
        return safe_load(fh) or {}


class Attacked:
    def __init__(self, data: dict | None = None):
        data = data if data is not None else load()
        self.property_nouns = frozenset(data["property_nouns"])
        self.holder_verbs = frozenset(data["holder_verbs"])
        self.fight_objects = frozenset(data.get("fight_objects", ()))
        self.place_victim_nouns = frozenset(data.get("place_victim_nouns", ()))

    def fights_itself(self, verb) -> bool:
        """Is the verb's object the fighting itself ("fought a month-long war"), or is it a verb
        of fighting with no object ("A and B clashed in the town", "fought near the border")?"""
        if verb.lemma_.lower() in FIGHT_VERBS and not any(c.dep_ in OBJ_DEPS for c in verb.children):
            return True
        return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.fight_objects for c in verb.children)

    def objects(self, verb, noun=None) -> list:
        """What the act is done to: objects and the objects of "to", "into", "on", "at",
        "against", shared across "and" ("stormed and looted the residence"); for an event noun
        ("their assault on the city"), the objects of its prepositions."""
        if noun is not None:
            return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS | {"of"}
                    for o in p.children if o.dep_ == "pobj"]
        out = []
        for v in [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB"]:
            for c in v.children:
                if c.dep_ in OBJ_DEPS:
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
                    out += [o for o in c.children if o.dep_ == "pobj"]
            if out:
                break           # the verb's own objects before its conjuncts'
        return [counted(self.held(o)) for o in out if o.lemma_.lower() not in ACT_WORDS and o.lower_ not in ACT_WORDS]

    def held(self, obj):
        """ "took control of the base", "seized hold of the port": a holding noun (a holder
        verb's noun) stands for its "of" object, the place taken."""
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in self.holder_verbs:
            return obj
        of = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
        return of[0] if of else obj

    def is_property(self, tok) -> bool:
        """A common noun for property ("the West Bank" is no bank)."""
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.property_nouns or tok.lower_ in self.property_nouns)

    def holders(self, place, resolver) -> list:
        """Who holds the place: "the rebel-held town", "districts controlled by the Taliban"."""
        for c in place.children:
            if c.dep_ not in ("amod", "acl") or c.lemma_.lower() not in self.holder_verbs:
                continue
            for g in c.children:
                if g.dep_ in HOLDER_DEPS and g.pos_ in ("NOUN", "PROPN"):
                    found = resolver.actors(g)
                    if found:
                        return found
                if g.dep_ == "agent":
                    for o in g.children:
                        if o.dep_ == "pobj" and resolver.actors(o):
                            return resolver.actors(o)
        return []

    def owners(self, obj, resolver) -> list:
        """Whose the property is: "the army's headquarters", "the headquarters of the ruling
        party", "the mayor's office", "Hamas positions"."""
        for c in obj.children:
            if c.dep_ in OWNER_DEPS:
                found = resolver.actors(c)
                if found:
                    return found
            elif (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("acl", "prep") and c.lemma_.lower() == "belong"):
                # "the headquarters of the party", "positions belonging to Hamas"
                for o in [g for g in c.children if g.dep_ == "pobj"] + \
                         [g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]:
                    found = resolver.actors(o)
                    if found:
                        return found
        return []

    def targets(self, verb, resolver, noun=None) -> list:
        """The holder of the place attacked, or the owner of the property; [] when not said."""
        for obj in self.objects(verb, noun):
            found = self.holders(obj, resolver)
            if not found and self.is_property(obj):
                found = self.property_owners(obj, resolver)
            if found:
                return found
        return []

    def held_by_named(self, verb, resolver, noun=None) -> bool:
        """Does a place the act is done to name its holder ("positions held by Isis", "the
        rebel-held town")? Then a holder coded as the doer is another group sharing its code
        (two rebel groups of one country), not a misread owner: no other target stands."""
        return any(self.holders(obj, resolver) for obj in self.objects(verb, noun))

    def property_owners(self, obj, resolver) -> list:
        """The owner of property: the phrase itself when it names a role or a group ("the Saudi
        embassy", "an Afghan army base"), else its owner's words, else the phrase's country."""
        found = resolver.actors(obj)
        if any(len(a.code) > 3 for a in found):
            return found
        return self.owners(obj, resolver) or found


# armed roles: forces driven out of a place are not a population expelled
ARMED_ROLES = ("REB", "MIL", "UAF", "INS", "COP", "SPY")


# fighting forces: their "strikes" are attacks, never a labour strike (police do strike)
FIGHTING_ROLES = ("REB", "MIL", "UAF", "INS")


def armed_strike(code: str, source_code: str) -> str:
    """ "strikes carried out by the air force", "the rebels' strikes on the town": a strike by a
    fighting force is an attack (190), not CAMEO's strike or boycott (143)."""
    if code == "143" and source_code[3:6] in FIGHTING_ROLES:
        return "190"
    return code


# the verb's pattern names keeping people in or out of a place ("prevent ... from leaving")
MOVEMENT_WORDS = frozenset({"leaving", "entering", "fleeing", "escaping", "returning"})


def armed_blockade(code: str, source_code: str, pattern) -> str:
    """ "the militants prevented civilians from leaving the town": keeping people in or out of
    a place by armed force is CAMEO's 191 (impose blockade, restrict movement); the same ban
    by an administration stays an administrative sanction (172)."""
    if code == "172" and pattern is not None and source_code[3:6] in FIGHTING_ROLES and \
            MOVEMENT_WORDS & set(pattern.after):
        return "191"
    return code


def armed_expulsion(code: str, target_code: str) -> str:
    """ "drove the fighters out of the village": CAMEO's mass expulsion (201) is of people; of
    armed forces it is taking the place (192)."""
    if code == "201" and target_code[3:6] in ARMED_ROLES:
        return "192"
    return code


def returned_fire(verb) -> bool:
    """ "returned fire", "fired back": shooting back at whoever fired first."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "return":
        return any(c.dep_ in ("dobj", "obj") and c.lower_ == "fire" for c in kids)
    return lemma in ("fire", "shoot", "hit", "strike") and \
        any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids)


RETURN_FIRE_ROOTS = ("18", "19", "20")
# verbs whose compound subject with no object fight each other ("A and B clashed")
FIGHT_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})


def foe_with(verb, memory, note_sentences: int) -> bool:
    """Is "with X" of a verb of fighting the foe: in a conflict note ("locals fought with
    gunmen", unlisted.is_note), when no "against Y" or "alongside" makes X an ally?"""
    return verb.lemma_.lower() in FIGHT_VERBS and is_note(memory, note_sentences) and \
        not any(t.dep_ == "prep" and t.lower_ in ("against", "alongside") for t in verb.subtree)


# hand verb patterns (verb_patterns_hand.tsv, by id prefix) whose word must head the verb's
# object, or what it counts ("intercepted a group of militants"), not stand anywhere after it
# ("intercepted calls between rebel commanders" is no clash): the intercept patterns drop the
# verb's event, the "objhead" ones give way to the verb's next pattern (triggers.py: "ended
# its mediation" halts mediation, "ended the war under Russian mediation" does not)
OBJECT_HEAD_PATTERNS = ("hand:intercept-", "hand:objhead-")
OBJHEAD = "hand:objhead-"
# objects that hand the head over to their modifier: "ended its mediation efforts"
EFFORT_HEADS = frozenset({"effort", "role", "bid", "mission", "initiative", "attempt"})
BODIES = frozenset({"group", "column", "convoy", "band", "unit", "cell"})   # "a column of militants"


def object_headed(verb, trig) -> bool:
    """May the trigger stand: not one of OBJECT_HEAD_PATTERNS, or its word heads the object?"""
    if not trig.pattern_id.startswith(OBJECT_HEAD_PATTERNS) or trig.pattern is None:
        return True
    return heads_object(verb, trig.pattern_id)


def heads_object(verb, pattern_id: str) -> bool:
    """Does the pattern's word (the last word of its id) head the verb's object?"""
    word = pattern_id.rsplit("-", 1)[1]        # the id ends in the pattern's word
    objs = [counted(c) for c in verb.children if c.dep_ in OBJ_DEPS]
    objs += [o for c in objs if c.lemma_.lower() in QUANTITY_HEADS | BODIES
             for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    objs += [m for o in objs if o.lemma_.lower() in EFFORT_HEADS for m in o.children if m.dep_ in ("compound", "amod")]
    return any(o.lower_.startswith(word) or o.lemma_.lower().startswith(word) for o in objs)


def first_shooter(memory, sources):
    """The doer of the document's latest act of force by another country than the sources'
    (the one fired back at), or None. memory: (code, words, actor, key, target) of the events so far."""
    own = {s.code[:3] for s in sources}
    for code, _, actor, key, _ in reversed(memory):
        if key is not None and code[:2] in RETURN_FIRE_ROOTS and actor is not None and \
                actor.code[:3] not in own and not actor.code.startswith("---"):
            return actor
    return None


# property whose owners are the people of the place hit ("torched homes"), not "a bridge"
DWELLINGS = frozenset({"house", "home", "hut", "shop", "building", "village", "property", "church", "mosque"})


def dwellings_hit(verb) -> bool:
    """ "torched hundreds of homes", "set fire to houses": people's property as the object."""
    heads = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "to")
              for o in p.children if o.dep_ == "pobj"]
    return any(h.lemma_.lower() in DWELLINGS for h in heads)


# verbs of a death an attack causes ("shelled the island, killing two marines")
RESULT_VERBS = frozenset({"kill", "wound", "injure"})
ATTACK_ROOTS = ("18", "19", "20")
# victims whose country is guessed: from the story's place, a country named nearby, or unnamed
GUESSED_PLACE = (Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.UNNAMED)


def result_of_attack(verb, coded: dict) -> str | None:
    """The code of the attack whose result a trailing "-ing" clause reports: "shelled the
    island, killing two marines", "bombed the square, killing five civilians" is one deed, the
    shelling or the bombing done to those killed; None when the verb is no such result.
    coded: verb index -> the mentions coded for it so far in the sentence."""
    if verb.lemma_.lower() not in RESULT_VERBS or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return None
    head = verb.head
    if head.dep_ == "conj" and head.i not in coded:
        return None
    found = coded.get(head.i) or []
    codes = {m.code for m in found if m.code[:2] in ATTACK_ROOTS}
    return codes.pop() if len(codes) == 1 else None


def victims_of_attack(verb, coded: dict, mentions: list) -> list:
    """ "stormed a Turkish ship, killing nine activists": victims the sentence leaves without a
    country (a guess from the story's place) are the people of the country the attack was on,
    when the attack named one country and the victims are not the attacker's own."""
    if result_of_attack(verb, coded) is None:
        return mentions
    hit = {m.target.code[:3] for m in coded.get(verb.head.i) or [] if not is_international(m.target.code)}
    if len(hit) != 1:
        return mentions
    (country,) = hit
    return [replace(m, target=replace(m.target, code=country + "CVL", how=m.target.how + " + of the attacked"))
            if m.target.origin in GUESSED_PLACE and m.target.code[3:] in ("CVL", "PPL") and m.target.code[:3] != country
            and m.source.code[:3] != country else m for m in mentions]
