"""Attacks a named group claims: "Gunmen stormed the hotel ... Al Shabaab, which claimed the
attack, said ..." The unidentified attackers of the story (gunmen, the attackers, militants:
read only as a role of the place's country) are the group that claimed the attack, in every
event of the document, before the claim or after it ("troops battled the gunmen").

A claim is the verb "claim" told as done (no "not", no modal, not denied or doubted), its
object an attack noun or "responsibility (for ...)", its subject (or the noun a "which"
clause hangs on) one named group: an organisation of the dictionaries, no state body. Two
groups claiming in one document: unsure, nothing is changed.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.codes import STATE_ORGANS
from ..records import ActorMention, Origin

CLAIM_VERBS = frozenset({"claim"})
# what is claimed: the attack itself, or the responsibility for it
CLAIMED = frozenset({"responsibility", "attack", "attacks", "assault", "bombing", "bombings",
                     "killing", "killings", "raid", "siege", "massacre", "kidnapping", "abduction",
                     "blast", "blasts", "explosion", "ambush", "shooting", "hijacking", "strike"})
# the words an unidentified attacker is written with
ATTACKER_NOUNS = frozenset({"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                            "militant", "militants", "bomber", "bombers", "fighter", "fighters",
                            "insurgent", "insurgents", "kidnapper", "kidnappers", "hostage-takers",
                            "jihadist", "jihadists", "jihadi", "jihadis", "terrorist", "terrorists"})
# actors read from a role alone, or pointing back to one: no name of their own
UNNAMED_ORIGINS = frozenset({Origin.STORY_COUNTRY, Origin.CONTEXT, Origin.DESCRIPTION,
                             Origin.UNNAMED, Origin.ROLE, Origin.PLACE})
# the roles of a state's own bodies: never the group that claims an attack
DOUBT_HEADS = frozenset({"deny", "doubt", "dispute", "reject", "question"})
SUBJ = ("nsubj", "nsubjpass")


def _claimed_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in CLAIMED for c in verb.children)


def _told_as_done(verb) -> bool:
    kids = list(verb.children)
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in kids):
        return False
    return not any(a.lemma_.lower() in DOUBT_HEADS for a in verb.ancestors)


def claimer(sent, resolver) -> ActorMention | None:
    """The one named group the sentence says claimed an attack, or None."""
    if "claim" not in sent.text.lower():
        return None                             # (cheap: most sentences claim nothing)
    found = {}
    for verb in sent:
        if verb.lemma_.lower() not in CLAIM_VERBS or verb.pos_ != "VERB" or not _claimed_object(verb) \
                or not _told_as_done(verb):
            continue
        subj = [c for c in verb.children if c.dep_ in SUBJ]
        if not subj and verb.dep_ == "relcl":
            subj = [verb.head]                  # "Boko Haram, which claimed the raid"
        elif subj and subj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = [verb.head]
        for s in subj:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in s.children):
                continue                        # "no group has claimed the attack"
            actors = resolver.actors(s)
            if len(actors) == 1 and actors[0].origin == Origin.ORGANISATION and \
                    actors[0].code[3:6] not in STATE_ORGANS and len(actors[0].code) >= 6:
                found[actors[0].code] = actors[0]
    return next(iter(found.values())) if len(found) == 1 else None


def unidentified(actor: ActorMention) -> bool:
    """An attacker named by a role alone: "gunmen", "the attackers", "Islamist militants"."""
    words = actor.text.lower().replace("the ", " ").split()
    return actor.origin in UNNAMED_ORIGINS and bool(words) and words[-1] in ATTACKER_NOUNS


def recode(mentions: list, claimers: list[ActorMention]) -> list:
    """The document's mentions with its unidentified attackers as the one group that claimed
    the attack (mentions: EventMentions; claimers: one per claim found)."""
    codes = {c.code for c in claimers}
    if len(codes) != 1 or not mentions:
        return mentions
    group = claimers[0]
    out = []
    for m in mentions:
        src, tgt = m.source, m.target
        if unidentified(src) and src.code != group.code:
            src = replace(src, code=group.code, name=group.name,
                          how=f"{src.how} + the group that claimed the attack ({group.text!r})")
        if unidentified(tgt) and tgt.code != group.code:
            tgt = replace(tgt, code=group.code, name=group.name,
                          how=f"{tgt.how} + the group that claimed the attack ({group.text!r})")
        if src is not m.source or tgt is not m.target:
            if src.code == tgt.code:
                continue
            m = replace(m, source=src, target=tgt)
        out.append(m)
    return out
