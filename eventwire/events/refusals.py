"""Refusals stated by the actor, read off the act refused (issue 15).

- "Denmark said it has no plans to help Syrian rebels": "no plans to <act>" said by the actor
  is a refusal (120) of the act's object (a writer's "has no plans" is no statement: nothing).
- "the embassy has refused to do anything to win her brother's release": the refused means'
  purpose names whom the refusal is of (the person to be released).
Only acts of cooperation are refused this way (the caller checks the act's root). Word lists:
data/refusals.yaml.

refusal_code() names the rejection by the act refused ("refused to lift the embargo": 1244,
"will not free the prisoners": 1243), for every refusal the coder finds.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

from .command import COMMANDED_ROLES

DATA = Path(__file__).parent / "data" / "refusals.yaml"
CODE = "120"
PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def ruling_out(verb):
    """The verb that rules out the act `verb` names: "ruled out lifting the sanctions on Y",
    "has ruled out releasing the tanker" (a gerund under "rule out"), or None. The act is then
    refused (or, with "did not rule out", not told as done)."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "csubj" and head.lemma_.lower() == "be" and excluded(head):
        return head     # "said lifting the sanctions on Y is out of the question"
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "dobj", "pcomp", "ccomp") or head.i == verb.i:
        return None
    if head.lemma_.lower() == "out" and head.dep_ == "prep":   # "ruled [out] lifting", "out" read as a preposition
        head = head.head
    if head.lemma_.lower() != "rule" or not any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")
                                                 for c in head.children):
        return None
    return head


def excluded(be) -> bool:
    """ "is out of the question", "is off the table", "is not an option": a "be" that excludes
    its subject (not negated itself: "is not out of the question")."""
    kids = list(be.children)
    if any(c.dep_ == "neg" for c in kids):
        return any(c.dep_ == "attr" and c.lemma_.lower() == "option" for c in kids)
    for p in (c for c in kids if c.dep_ == "prep"):
        objs = [o.lemma_.lower() for o in p.subtree if o.dep_ == "pobj"]
        if (p.lower_ == "out" and "question" in objs) or (p.lower_ == "off" and objs[:1] == ["table"]):
            return True
    return False


@lru_cache(maxsize=1)
def _refusal_codes(path: Path = DATA) -> dict[str, str]:
    with open(path, encoding="utf-8") as fh:
        return {str(k): str(v) for k, v in ((safe_load(fh) or {}).get("refusal_codes") or {}).items()}


def refusal_code(act_code: str) -> str:
    """The reject code (12) of refusing an act of this code: the longest prefix of it listed in
    refusal_codes, else 120."""
    codes = _refusal_codes()
    return next((codes[act_code[:n]] for n in range(len(act_code), 1, -1) if act_code[:n] in codes), CODE)


class StatedRefusals:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            w = safe_load(fh) or {}
        self.w = {k: frozenset(str(x).lower() for x in v) for k, v in w.items() if isinstance(v, list)}

    def no_plans(self, verb, resolver) -> list:
        """(refuser, object) pairs of "<speaker> said <subject> has no plans to <verb> <object>"."""
        w = self.w
        noun = verb.head
        if verb.dep_ != "acl" or noun.lemma_.lower() not in w["intent_nouns"] or noun.dep_ != "dobj":
            return []
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return []
        have = noun.head
        if have.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in have.children):
            return []
        said = have.head if have.dep_ == "ccomp" else \
            have.head.head if have.dep_ == "conj" and have.head.dep_ == "ccomp" else None
        if said is None or said.lemma_.lower() not in w["speech_verbs"] or \
                any(c.dep_ == "neg" for c in said.children):
            return []
        subj = next((c for c in have.children if c.dep_ in ("nsubj",)), None)
        if subj is None and have.dep_ == "conj":
            subj = next((c for c in have.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        sources = resolver.actors(subj)
        if not sources and subj.lower_ in PRONOUNS:
            # "French officials said they have no plans": the speaker
            speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
            sources = resolver.actors(speaker) if speaker is not None else []
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        targets = [t for o in objs for t in resolver.actors(o)]
        # "no plans to send troops": its own forces are what it would send, no side refused
        return [(s, t) for s in sources for t in targets if s.code != t.code
                and not (s.code[:3] == t.code[:3] and t.code[3:] in COMMANDED_ROLES)]

    def excluded(self, verb, resolver, slots, trig) -> list:
        """(refuser, target) pairs of "<speaker> said <act> is out of the question": the speaker
        refuses the act (a gerund subject, ruling_out), of whom the act would be for."""
        be = ruling_out(verb)
        if be is None or be.lemma_.lower() != "be" or be.dep_ != "ccomp":
            return []
        said = be.head
        if said.lemma_.lower() not in self.w["speech_verbs"] or any(c.dep_ == "neg" for c in said.children):
            return []
        sources = [a for c in said.children if c.dep_ == "nsubj" for a in resolver.actors(c)]
        targets = slots.targets(trig, resolver, False, sources) if sources else []
        return [(s, t) for s in sources for t in targets if s.code != t.code]

    def asked_act(self, verb):
        """ "rejected calls to free Y", "rebuffed appeals to lift the ban on Y": the act the
        rejected appeal asked for (the infinitive on the object), or None."""
        w = self.w
        if verb.lemma_.lower() not in w["rejecting_verbs"] or any(c.dep_ == "neg" for c in verb.children):
            return None
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in w["appeal_nouns"]):
            # on the appeal, or hung on the verb right after it ("rejected appeals [to free Y]")
            acts = [a for a in obj.children if a.dep_ in ("acl", "relcl")] + \
                [a for a in verb.children if a.dep_ == "advcl" and a.left_edge.i == obj.right_edge.i + 1]
            for act in acts:
                if act.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children) and \
                        not any(a.dep_ in ("nsubj", "nsubjpass") for a in act.children):
                    return act
        return None

    def asked_things(self, verb) -> list:
        """ "rejected a request for aid", "turned down calls for talks": the nouns the rejected
        appeal asks for (its "for" objects)."""
        w = self.w
        if verb.lemma_.lower() not in w["rejecting_verbs"] | w["refusing_verbs"] or \
                any(c.dep_ == "neg" for c in verb.children):
            return []
        return [o for obj in verb.children if obj.dep_ == "dobj" and obj.lemma_.lower() in w["appeal_nouns"]
                for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]

    def means_purpose(self, verb):
        """ "refused to do anything to win her brother's release": the act refused (the
        participle "released") and whom it is for ("their son"), or None."""
        w = self.w
        if verb.lemma_.lower() not in w["refusing_verbs"] or any(c.dep_ == "neg" for c in verb.children):
            return None
        do = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "do"), None)
        empty = next((c for c in do.children if c.dep_ == "dobj" and c.lower_ in w["empty_objects"]),
                     None) if do is not None else None
        if empty is None:
            return None
        purpose = next((c for t in (do, empty) for c in t.children if c.dep_ in ("advcl", "relcl", "acl")
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if purpose is None or purpose.lemma_.lower() not in w["causatives"]:
            return None
        act = next((c for c in purpose.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN"), None)
        if act is None:
            return None
        whom = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None) or \
            next((c for c in purpose.children if c.dep_ == "dobj"), None)
        return (act, whom) if whom is not None else None
