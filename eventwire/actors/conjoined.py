"""Actors named in a list: whether a match is one of several joined by "and", commas or a
hyphen ("the Turkish-Russian proposal"), and the country a bare role shares with its sibling
("Israeli helicopters and tanks", "Danish media and government").

A mixin of ActorResolver (resolve.py): it reads the resolver's sentence, matches and dictionary.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .matcher import PhraseMatch

# a noun's modifiers that may name a nationality: "Egyptian, Jordanian and Saudi ministers"
MODIFIER_DEPS = ("amod", "compound", "nmod")


class Conjoined:
    """Methods of ActorResolver about lists of actors (see resolve.py for the attributes they read)."""

    def _shared_nationality(self, found: list[ActorMention], conj, more: list[ActorMention]) -> list[ActorMention]:
        """ "Israeli helicopters and tanks", "Egyptian soldiers and police": a nationality word
        before the first noun is the country of a bare role joined to it, not the story's."""
        if len(more) != 1 or more[0].origin not in (Origin.STORY_COUNTRY, Origin.CONTEXT):
            return more
        role = more[0].code[3:]
        countries = {a.code[:3] for a in found if a.origin == Origin.ADJECTIVE and len(a.code) > 3}
        if not role or len(countries) != 1 or len(found) != 1 or conj.dep_ != "conj":
            return more
        country = countries.pop()
        return [replace(more[0], code=country + role, name=self.dictionary.country_name(country) or country,
                        how=f"role {role} + the nationality of {found[0].text!r}", origin=Origin.ADJECTIVE)]

    def _with_base(self, actor: ActorMention, base: str | None) -> ActorMention:
        """A role of an unknown country ("---GOV") placed in a sibling's country (base)."""
        if base is None:
            return actor
        return replace(actor, code=base + actor.code[len(self.unknown_country):],
                       how=actor.how + " + the country of its sibling")

    def _hyphen_pair(self, m: PhraseMatch) -> bool:
        """Is the match one of two nationality words joined by a hyphen on one noun ("the
        Turkish-Russian proposal", "Saudi-Emirati strikes"): both name its authors?"""
        root = self.sent[m.start:m.end].root
        if root.dep_ not in MODIFIER_DEPS or root.pos_ not in ("ADJ", "PROPN"):
            return False
        doc = root.doc
        for hyph, other in ((root.i + 1, root.i + 2), (root.i - 1, root.i - 2)):
            if not (0 <= other < len(doc) and doc[hyph].tag_ == "HYPH"):
                continue
            o = doc[other]
            # the two on one noun, or the first read as a modifier of the second
            joined = o.head.i == root.head.i or o.head.i == root.i or root.head.i == o.i
            if joined and o.pos_ in ("ADJ", "PROPN") and (other - self.sent.start) in self.by_token:
                return True
        return False

    def _in_conj(self, m: PhraseMatch, rel: list[int]) -> bool:
        """Is the match one of several phrases joined by "and" / commas?"""
        span = self.sent[m.start:m.end]
        root = span.root
        if self._hyphen_pair(m):
            return True
        if any(t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children) for t in span):
            return True
        if root.dep_ == "appos" and any(c.dep_ == "conj" for c in root.head.children):
            return True
        if root.dep_ in MODIFIER_DEPS and root.i + 2 < len(root.doc) and root.doc[root.i + 1].text == ",":
            # "Egyptian, Jordanian and Saudi ministers": the first of a list of modifiers, the
            # parser joining only the last two
            after = root.doc[root.i + 2]
            if after.head.i == root.head.i and after.dep_ in MODIFIER_DEPS and \
                    any(c.dep_ == "conj" for c in after.children):
                return True
        if self._cc_modifiers(root):
            return True
        # "The US, Russia, and Switzerland": the first of a list the parser reads as apposition
        return any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in root.children)

    def _cc_modifiers(self, root) -> bool:
        """ "UK and EU negotiators": two named modifiers of one noun, the parser hanging "and" on
        the first and the second on the noun, with no "conj" between them."""
        if root.dep_ not in MODIFIER_DEPS or root.head.i == root.i:
            return False
        named = [t for t in root.head.children if t.dep_ in MODIFIER_DEPS and t.i < root.head.i
                 and (t.i - self.sent.start) in self.by_token]
        return root in named and any(a.i < b.i and any(c.dep_ == "cc" for c in a.children)
                                     for a in named for b in named)
