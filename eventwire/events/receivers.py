"""Targets named through a thing: whose goods a restriction is on, who authored the words or act
a reaction judges, where the people who receive aid are, and the receiver the parser hung on
the last of the things sent. Used by slots.py when the usual positions name no actor.

Each function takes the slots' search (`look`: resolver and sources) and `ok`, the test that a
target list is worth taking (not only the source's own forces); [] when not so written.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import country_part
from ..records import ActorMention, Origin
from .dealings import dealings_partner
from .parse import OBJ_DEPS

# actors found by guessing (the story's country, an unnamed or bare role): never a target here
GUESSED = frozenset({Origin.CONTEXT, Origin.STORY_COUNTRY, Origin.UNNAMED, Origin.ROLE})

# reactions and demands whose object may be another's act or words: "rejected the proposal
# submitted by Y", "dismissed the terms set by Y", "praised the steps taken by Y" act on its author;
# so does accepting one ("accepted the proposal made by Y", 03), refused or not
AUTHORED_ROOTS = frozenset({"03", "05", "10", "11", "12"})
# participles that name the author of such an object ("boycotted by Y", "attended by Y" do not)
AUTHORING = frozenset({"make", "submit", "propose", "issue", "put", "present", "offer", "table",
                       "level", "announce", "set", "take", "adopt", "pass", "unveil", "draft",
                       "impose", "introduce", "launch", "send", "lodge", "file", "raise", "voice"})
# gatherings whose "of" names the body that met ("the session of the cabinet"): what was
# taken or adopted there is that body's
MEETING_NOUNS = frozenset({"meeting", "session", "summit", "sitting", "conference", "congress"})
# restrictions eased, cut or imposed: "cut tariffs on Chinese goods", "a ban on Russian imports"
# act on the country the goods are from
RESTRICTION_ROOTS = frozenset({"08", "16", "17"})     # 17: "imposed restrictions on" (1721)
RESTRICTION_NOUNS = frozenset({"tariff", "tax", "duty", "levy", "ban", "sanction", "restriction",
                               "embargo", "quota", "boycott", "curb", "barrier"})


def goods_origin(objs, look, ok) -> list[ActorMention]:
    """The country of the goods a restriction is "on", named by their modifier: "tariffs on
    Chinese goods", "a ban on Japan's beef" (the country, not the goods' makers); the "on" on
    the object or, as the parser often puts it, on the verb. Never the source's own goods."""
    objs = [o for o in objs if o.lemma_.lower() in RESTRICTION_NOUNS]
    if not objs:
        return []
    own = {country_part(s.code) for s in look.sources}
    for obj in objs + [objs[0].head]:
        for p in obj.children:
            if p.dep_ != "prep" or p.lower_ != "on":
                continue
            # "tariffs on $50 billion of Mexico's exports": the goods counted after the amount
            goods = [g for o in p.children if o.dep_ == "pobj"
                     for g in ([o] if o.pos_ == "NOUN" else
                               [x for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                                for x in q.children if x.dep_ == "pobj"] if o.pos_ == "NUM" else [])]
            for o in goods:
                if o.pos_ != "NOUN" or look.resolver.names_actor(o):
                    continue
                for m in o.children:
                    if m.dep_ not in ("amod", "compound", "poss") or m.i > o.i:
                        continue
                    found = [a for a in look.resolver.actors(m) if a.origin not in GUESSED]
                    # "cut tariffs on US farm goods", said of the US: its own goods, no target
                    found = [replace(a, code=country_part(a.code)) for a in found
                             if country_part(a.code) and len(a.code) <= 6 and country_part(a.code) not in own]
                    if ok(found, look):
                        return found
    return dealings_partner(objs, look, ok, GUESSED)     # "curbs on trade with Y"


def authors(objs, look, ok) -> list[ActorMention]:
    """The author of an object that is an act or words, named by a "by" phrase on it: "the terms
    set by Y", "the steps taken by Y", "the claims by Y" (an actor named in the object itself
    is found before this)."""
    for obj in objs:
        if obj.pos_ != "NOUN" or look.resolver.names_actor(obj):
            continue
        bys = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"]
        bys += [a for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                and acl.lemma_.lower() in AUTHORING for a in acl.children if a.dep_ == "agent"]
        bys += misplaced_by(obj) + meeting_of(obj)
        for by in bys:
            for o in by.children:
                if o.dep_ != "pobj":
                    continue
                found = [a for a in look.resolver.actors(o) if a.origin not in GUESSED]
                if ok(found, look):
                    return found
    return []


def meeting_of(obj) -> list:
    """ "the steps adopted during the session of Y's cabinet", "the measures passed at the summit of
    Y": the "of" phrase of the meeting a participle of authoring names, as a "by" phrase (the
    body that met took them; not "a meeting between A and B", which names no one body)."""
    return [of for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in AUTHORING
            for at in acl.children if at.dep_ == "prep" and at.lower_ in ("at", "during")
            for m in at.children if m.dep_ == "pobj" and m.lemma_.lower() in MEETING_NOUNS
            for of in m.children if of.dep_ == "prep" and of.lower_ == "of"]


def misplaced_by(obj) -> list:
    """ "rejected the request by Y": the "by" phrase right after the object of an active verb
    with its own subject, which the parser hangs on the verb, is the object's author (not
    "by a wide margin", which names no actor, nor "by bombing", a gerund, nor a passive's doer)."""
    verb = obj.head
    if obj.dep_ != "dobj" or not any(c.dep_ == "nsubj" for c in verb.children) or \
            any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return []
    return [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == obj.right_edge.i + 1
            and not any(o.tag_ == "VBG" for o in p.children)]


def buried_to(obj) -> list:
    """The "to" prepositions the parser hangs on a noun inside an object, not on the object
    itself: "shipped trucks and a squad of mechanics to Y", "handed back masks carved in
    the colonial period to Y" (on a noun, not "troops loyal to Y")."""
    return [tok for tok in obj.subtree
            if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.pos_ == "NOUN" and tok.head.i != obj.i]


def buried_receiver(verb, look, ok, prep_targets) -> list[ActorMention]:
    """The "to" receiver the parser hangs on the last of the things sent (buried_to)."""
    for obj in (c for c in verb.children if c.dep_ in OBJ_DEPS):
        for tok in buried_to(obj):
            found = prep_targets(tok.head, look, ("to",))
            if ok(found, look):
                return found
    return []


def receivers_place(verb, look, ok, benefit_verbs, receivers) -> list[ActorMention]:
    """Aid or goods given "to"/"for" people named by where they are: "aid to families affected
    by the floods in Y", "relief for those in Y", "to help people in Y": Y's civilians. The
    receivers on the verb, on its object or in its purpose clause."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
    # "$30 million in assistance to Y", "a package of aid for Y": the aid named under the amount
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
              for o in p.children if o.dep_ == "pobj"]
    heads += [c for h in list(heads) for c in h.children
              if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in benefit_verbs]
    people = []
    for head in heads:
        people += [o for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
                   for o in p.children if o.dep_ == "pobj"]
    # "money for aid for those in Y"
    people += [o for h in list(people) for p in h.children if p.dep_ == "prep" and
               p.lower_ in ("to", "for") for o in p.children if o.dep_ == "pobj"]
    for head in heads:
        if head.lemma_.lower() in benefit_verbs:
            people += [o for o in head.children if o.dep_ in OBJ_DEPS]
    for who in people:
        # "families", "those affected", "thousands of households"
        named = [who] + [o for p in who.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
        if not any(w.lemma_.lower() in receivers or w.lower_ in receivers for w in named):
            continue
        for tok in who.subtree:
            if tok.dep_ != "prep" or tok.lower_ not in ("in", "of", "across", "throughout"):
                continue
            for o in tok.children:
                if o.dep_ != "pobj":
                    continue
                found = [replace(a, code=a.code + "CVL", how=a.how + " + its people")
                         for a in look.resolver.places(o) if len(a.code) == 3]
                if ok(found, look):
                    return found
    return []


# aid promised (033, "announced $20 million in assistance to Y"): its receiver is found as for aid given
AID_INTENT = "033"
# prepositions of a place in a purpose clause: "to promote investment in Y", "to fight cholera across Y"
PURPOSE_PLACE_PREPS = frozenset({"in", "across", "throughout"})
# nouns of a visit: "welcomed the visit by Y", "hosted the visit of Y" host Y
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})


def receives(code: str) -> bool:
    """Aid, goods or help given or promised: the receiver comes before the thing given."""
    return code[:2] in ("06", "07") or code.startswith(AID_INTENT)


def purpose_place(verb, look, ok) -> list[ActorMention]:
    """Aid given for a purpose set in a country: "gave $5 million to promote investment in Y",
    "provided funds for aid to fight cholera in Y": Y (named as a country, not the source's own).
    Only the place: the purpose's own object is no receiver ("aid to fight the rebels")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
              for o in p.children if o.dep_ == "pobj"]
    own = {country_part(s.code) for s in look.sources} - {None}
    for head in heads:
        for c in head.children:
            if c.dep_ not in ("advcl", "xcomp", "acl") or c.pos_ != "VERB" or \
                    not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            spots = [c] + [o for o in c.children if o.dep_ in OBJ_DEPS]
            for spot in spots:
                for p in spot.children:
                    if p.dep_ != "prep" or p.lower_ not in PURPOSE_PLACE_PREPS:
                        continue
                    for o in (o for o in p.children if o.dep_ == "pobj"):
                        found = [a for a in look.resolver.places(o) if len(a.code) == 3 and a.code not in own]
                        if ok(found, look):
                            return found
    return []


def visitors(objs, look, ok) -> list[ActorMention]:
    """The visitor a host receives, named on the visit: "welcomed the visit by Y", "hosted the
    visit of Y" (a possessive, "Y's visit", is read with the object itself)."""
    for obj in objs:
        if obj.lemma_.lower() not in VISIT_NOUNS:
            continue
        for p in obj.children:
            if p.dep_ != "prep" or p.lower_ not in ("by", "of"):
                continue
            for o in (o for o in p.children if o.dep_ == "pobj"):
                found = [a for a in look.resolver.actors(o) if a.origin not in GUESSED]
                if ok(found, look):
                    return found
    return []


# what an investigation is "into": "into claims that Y ...", "into whether Y ..."
INQUIRY_PREPS = frozenset({"into", "of", "over"})
# words that tell what a report or claim says: "a report alleging (that) Y ...", "reports suggesting Y ..."
TELLING = frozenset({"allege", "claim", "suggest", "say", "state", "indicate", "assert"})


def matter_clauses(noun) -> list:
    """The clause a matter investigated states: "claims that Y abused", "a report alleging (that)
    Y funds" (a participle of telling on the noun, and its complement clause)."""
    found = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and
             any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in TELLING):
        found += [c for c in acl.children if c.dep_ == "ccomp"]
    return found


def investigated(verb, look, ok) -> list[ActorMention]:
    """The one an investigation is of when it is named inside the matter investigated: "launched an
    inquiry into claims that Y abused ...", "opened a probe into whether Y spied ...", "is
    investigating whether Y ...": the subject of the clause (named, not guessed)."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ_DEPS]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and
               any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)]
    for head in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in INQUIRY_PREPS:
                continue
            for o in p.children:
                if o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX"):
                    clauses.append(o)           # "into whether Y spied"
                elif o.dep_ == "pobj":          # "into claims that Y abused"
                    clauses += matter_clauses(o)
    # "is investigating claims that Y ...", "will investigate a report alleging Y ..."
    clauses += [c for o in heads[1:] for c in matter_clauses(o)]
    for clause in clauses:
        for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = [a for a in look.resolver.actors(s) if a.origin not in GUESSED]
            if ok(found, look):
                return found
    return []
