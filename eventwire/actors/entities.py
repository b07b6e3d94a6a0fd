"""People the dictionaries do not know, read with spaCy's named entities.

"Interior Minister Samir Haddad said ...", "Ahmed Jaber, a spokesman for the Syrian Democratic
Forces, ...", "rebel commander Abu Khalid ...": a PERSON is an actor only through what the
phrase says of him:
- a title (a role word of the agents dictionary before the name: minister, commander ...);
- an appositive ("X, the defence minister of Y") or the body he speaks for ("a spokesman
  for Z"): the role in the country or organisation the phrase names;
- else the role in the country of the actor named just before him in the sentence, else in
  the story's country.
A PERSON with none of these is read as before (a name alone is no actor), and a new person is never read as
one named before ("Defence Minister X" is not "the president" of the last sentence). A
dictionary surname ("Haddad") inside a longer name whose other words are not in the entry's
name ("Samir Haddad" is not "Fernando Haddad") is another person.

NER is costly: it runs only on parsed candidate sentences where a capitalised name that the
dictionaries do not cover stands as a verb's subject or object (`Entities.tag`).
"""
from __future__ import annotations

import difflib
from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import is_international
from .jurisdiction import acted_on, jurisdiction_person
from .nationality import national_person
from .matcher import norm

ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
# roles that make a named person a political actor: not "waiter", "company", "journalist"
PERSON_ROLES = frozenset("GOV MIL REB COP OPP JUD LEG SPY ELI PTY INS RAD MOD".split())
BODY_PREPS = frozenset({"for", "of", "from", "to", "at"})      # "a spokesman for Z", "minister of Y"
# posts held abroad: "envoy for / to / in X" names where the job is, not the person's country
POSTED_HEADS = frozenset({"envoy", "ambassador", "emissary", "representative", "mediator",
                          "negotiator", "coordinator", "consul"})
POSTED_PREPS = frozenset({"for", "to", "in", "at"})


class Entities:
    """Runs the NER pipe on the sentences that need it."""

    def __init__(self, nlp):
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.component_names else None
        self.tagged = 0

    def tag(self, sentences) -> None:
        """Add named entities, in one stream, to the parsed sentences [(doc, matches)] that name
        someone the dictionaries do not know, where it can matter (see `unknown_name`)."""
        if self.ner is None:
            return
        docs = [d for d, matches in sentences if not d.has_annotation("ENT_IOB") and unknown_name(d, matches)]
        for _ in self.ner.pipe(docs, batch_size=256):
            self.tagged += 1


def unknown_name(doc, matches) -> bool:
    """Is a name in a verb's argument slot not (wholly) the dictionaries', and said with what
    would make it an actor: a title, an appositive, or a dictionary surname inside it?"""
    covered, persons, agents = set(), set(), set()
    for m in matches:
        span = range(m.start, m.end)
        if m.kinds - {"person"}:
            covered.update(span)
        if "person" in m.kinds:
            persons.update(span)
        if "agent" in m.kinds:
            agents.update(span)
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ not in ARG_DEPS or not tok.text[:1].isupper():
            continue
        head = tok.head
        if tok.dep_ == "pobj":
            head = head.head
        if tok.dep_ != "appos" and head.pos_ not in ("VERB", "AUX"):
            continue
        name = [tok] + [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if all(t.i in covered for t in name):
            continue
        titled = any(t.i in agents for n in name for t in n.subtree if t.i < tok.i)
        appos = any(c.dep_ == "appos" for c in tok.children)
        if titled or appos or any(t.i in persons for t in name):
            return True
        if acted_on(tok) is not None:
            return True         # "Egypt released Mahmoud Samir" (jurisdiction.py)
    return False


def person_actor(resolver, head, toks, persons, strong, countries, roles):
    """The actor of a phrase whose head is a PERSON, or None to let the resolver read it as
    before (a dictionary person, or no entity). [] means: a person, but no actor."""
    if head.ent_type_ != "PERSON":
        return None
    sent = resolver.sent
    ent = next((e for e in sent.doc.ents if e.start <= head.i < e.end), None)
    if ent is None:
        return None
    base = sent.start
    inside = [(m, a) for m, a in persons if ent.start <= m.start + base and m.end + base <= ent.end]
    if inside and all(_same_person(ent, m, a, base) for m, a in inside):
        return None                     # a person the dictionary knows
    if any(not (ent.start <= m.start + base < ent.end) for m, _a in persons):
        return None                     # another known person in the phrase: read as before
    role_match = _title(head, ent, roles, base) or _appos_role(head, roles, base)
    body = _body(resolver, head, ent, strong, countries, base)
    if body == "unknown":
        return []                       # speaks for a body we do not know
    if role_match is None or role_match[1].rstrip("~") not in PERSON_ROLES:
        own = role_match[1] if role_match is not None and not role_match[1].endswith("~") else None
        if body is None and not strong and not countries:
            # "Egypt released Mahmoud Samir": one of the acting state's people (jurisdiction.py)
            held = jurisdiction_person(resolver, head, ent, own)
            if held is not None:
                return held
        if body is not None and _stateless(resolver, body[0]) and not countries:
            # "Al Jazeera journalist X": a body of no country (its code a bare role, MED) names
            # his work, not his nationality: the acting state's, in that role (jurisdiction.py)
            held = jurisdiction_person(resolver, head, ent, own or body[0].code)
            if held is not None:
                return held
        untyped = own is None and any(t.pos_ == "NOUN" and t.i < ent.start for t in toks)
        if body is not None and body[1] == "country" and not strong and not inside and not untyped and \
                body[0].start < sent.doc[ent.start].idx - sent.start_char:
            # ("Rwandan peacekeeper X": a title the agents do not know, read as before)
            # "American Lena Marsh", "the Egyptian-American X": a person of that country
            text, start, end = resolver._span([sent.doc[ent.start], sent.doc[ent.end - 1]])
            found = national_person(resolver, body[0], text, start, end, own)
            if found is not None:
                return found
        # no title: read as before (a name alone is no actor), but not as the dictionary's
        # namesake ("Samir Haddad" is not "Fernando Haddad")
        return [] if inside else None
    m, role = role_match
    if role == "GOV":
        # "a spokesman for the rebel forces": the body's role, not the spokesman's
        role = next((r for mm, r in roles if mm is not m and r != role), role)
    text, start, end = resolver._span([sent.doc[ent.start]] + [sent.doc[ent.end - 1]])
    if m.start + base < ent.start:
        text, start, end = resolver._span([sent[m.start], sent.doc[ent.end - 1]])
    if body is not None:
        actor, kind, label = body
        if kind == "strong" and (is_international(actor.code) or label == "org"):
            return [actor]              # an organisation speaks for itself
        # the person in his office: "he" and his surname may point back to him (again.py)
        return [replace(resolver._with_role(actor, role), text=text, start=start, end=end,
                        origin=Origin.OFFICE)]
    country = _country_before(resolver, ent.start - base, head)
    if not country:
        # the country named around the person, as for a bare role (coref.Memory.role_country)
        found = resolver.memory.role_country(resolver.named_here(), [], None, resolver.where_here(),
                                             role=role)
        country = found[0] if found else None
        lent = "story country" if found and found[1] == Origin.STORY_COUNTRY else "country named nearby"
    else:
        lent = "country named before"
    if not country:
        # "Morales accused opposition leader X": the acting state's (jurisdiction.py)
        return jurisdiction_person(resolver, head, ent, role) or []
    name = resolver.dictionary.country_name(country) or country
    # a person in an office: "he" may point back to him
    return [ActorMention(text, start, end, country + role, name,
                         f"person {ent.text!r} + role {role} + {lent}", Origin.OFFICE)]


def _own_clause(head) -> set[int] | None:
    """Sentence indices of the clause the person's phrase stands in, without the clauses joined
    to it by "and" ("X forces did not act, and opposition spokesman Y accused them": not X's),
    or None when the phrase hangs on no verb."""
    verb = head
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    if verb.dep_ == "conj":
        # the clause it is joined to, but their shared subject ("rebels seized X and captured Y")
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        shared = set() if own else {t.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                                    for t in c.subtree}
        joined |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree} - shared
    return {t.i - verb.sent.start for t in verb.sent if t.i not in joined}


def _country_before(resolver, before: int, head=None) -> str | None:
    """The country of the nearest actor named before the person in his clause ("Houthi
    fighters captured Defence Minister X"), if any."""
    clause = _own_clause(head) if head is not None else None
    for m in sorted(resolver.matches, key=lambda m: -m.start):
        if clause is not None and m.start not in clause:
            continue
        if m.end <= before and m.kinds - {"agent"}:
            res = resolver.match_actor(m)
            if res is not None and res[0] != "person" and len(res[1].code) >= 3 \
                    and not is_international(res[1].code):
                return res[1].code[:3]
    return None


def _stateless(resolver, actor) -> bool:
    """Is the body a media outlet or group with no country in its code ("MED": Al Jazeera)?"""
    code = actor.code
    return len(code) == 3 and not is_international(code) and resolver.dictionary.country_name(code) is None


def _same_person(ent, m, actor, base) -> bool:
    """Are the entity's words before the dictionary match in the entry's name?"""
    # given names come first: "Samir Haddad"; not "Obama Increases Number" in a headline
    extra = [norm(t.text) for t in ent if t.i < m.start + base and t.is_alpha and len(t.text) > 1]
    names = [norm(w) for w in actor.name.replace("-", " ").split()]
    for w in extra:
        if not any(w == n or difflib.SequenceMatcher(None, w, n).ratio() >= 0.7 for n in names):
            return False
    return True


def _title(head, ent, roles, base):
    """A role word before the name, tied to it: "Interior Minister Samir Haddad"."""
    linked = set()
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < ent.end:
                linked.add(c.i)
                stack.append(c)
    for m, role in roles:
        if m.start + base < ent.start and any(m.start + base <= i < m.end + base for i in linked):
            return m, role
    return None


def _appos_role(head, roles, base):
    """ "X, the defence minister of Y", "X, a spokesman for Z": the appositive's own role."""
    for c in head.children:
        if c.dep_ != "appos":
            continue
        # the appositive's head, or a role word set before it: "the government negotiator"
        words = [c] + [g for g in c.children if g.dep_ == "compound" and g.i < c.i]
        for w in words:
            for m, role in roles:
                if m.start + base <= w.i < m.end + base:
                    return m, role
    return None


def _body(resolver, head, ent, strong, countries, base):
    """(actor, "strong"|"country") the person belongs to, "unknown" for a body NER names and
    the dictionaries do not know, or None."""
    holders = [head] + [c for c in head.children if c.dep_ == "appos"]
    posted = _posted_places(holders)
    strong = [(m, a) for m, a in strong if m.start + base not in posted]
    countries = [(m, a) for m, a in countries if m.start + base not in posted]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in BODY_PREPS or p.i in posted:
                continue
            for obj in p.children:
                if obj.dep_ != "pobj":
                    continue
                span = range(obj.left_edge.i, obj.i + 1)
                for items, kind in ((strong, "strong"), (countries, "country")):
                    for m, a in items:
                        if m.start + base in span:
                            return a, kind, _label(resolver, m)
                if obj.ent_type_ in ("ORG", "NORP"):
                    return "unknown"
                places = resolver.places(obj)
                if places:
                    return places[0], "country", "country"
                if obj.ent_type_ == "GPE":
                    return "unknown"
    # named inside the appositive: "X, the FARC's second-in-command"
    for h in holders[1:]:
        span = range(h.left_edge.i, h.right_edge.i + 1)
        for items, kind in ((strong, "strong"), (countries, "country")):
            for m, a in items:
                if m.start + base in span:
                    return a, kind, _label(resolver, m)
    # a country or body named before the name: "Iraqi Defence Minister X", "Hamas commander X"
    for items, kind in ((strong, "strong"), (countries, "country")):
        for m, a in items:
            if m.start + base < ent.start:
                return a, kind, _label(resolver, m)
    return None


def _posted_places(holders) -> set[int]:
    """Token indices of the place a posting names ("envoy for Syria", "ambassador to Iraq"):
    where the person works, never whose he is ("US envoy for Syria" is American)."""
    out = set()
    for h in holders:
        for t in [h] + [c for c in h.children if c.dep_ == "compound"]:
            if t.lemma_.lower() not in POSTED_HEADS:
                continue
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in POSTED_PREPS:
                    out.update(x.i for x in p.subtree)
    return out


def _label(resolver, m) -> str:
    res = resolver.match_actor(m)
    return res[0] if res else "country"
