"""Third parties named on the verb's object or noun: the backer before the hyphen of "a
US-backed force" or "a UN-brokered truce" (no holder of the object), and the mediator of "an
Egyptian-brokered ceasefire between A and B" or "the deal, mediated by Qatar," with the parties
it mediates between.

A mixin of Slots (slots.py): it calls sources() and _prep_targets() there.
"""
from __future__ import annotations

from ..records import ActorMention
from .look import Look
from .parse import OBJ_DEPS
from .sides import own_forces

# participles after a hyphen that name a backer, not a holder: "UN-brokered", "US-backed"
BACKING = frozenset({"back", "broker", "mediate", "sponsor", "fund", "finance", "support", "arm",
                     "train", "inspire"})
# verbs whose subject is a party to the deal they take: "A signed a Qatari-brokered deal"
PARTY_VERBS = frozenset({"sign", "reach", "accept", "agree", "conclude", "seal", "ink", "strike"})


class Brokers:
    """Methods of Slots about backers and mediators (see slots.py for the attributes they read)."""

    def brokers(self, verb, resolver) -> set[int]:
        """Where the actors before the hyphen of a backing participle on the verb's object start
        ("violated a UN-brokered truce", "attacked US-backed forces"): the broker or backer,
        not the object itself ("a Hamas-run school" is Hamas's)."""
        doc, out = verb.doc, set()
        for obj in (c for c in verb.children if c.dep_ in OBJ_DEPS):
            for mod in obj.children:
                if mod.dep_ == "amod" and mod.lemma_.lower() in BACKING and mod.i >= 2 and \
                        doc[mod.i - 1].text in ("-", "–"):
                    out |= {a.start for a in resolver.actors(doc[mod.i - 2])}
        return out

    def hyphen_mediator(self, verb, resolver) -> tuple[list[ActorMention], list[ActorMention]]:
        """ "an Egyptian-brokered ceasefire between Israel and Hamas", "signed a Qatari-brokered
        deal": (the mediator before the hyphen, the parties: the noun's "between"/"with" objects
        and the subjects of the verb that signs or reaches it); ([], []) if not so written."""
        doc = verb.doc
        if verb.dep_ == "acl":          # "the deal, mediated by Qatar and Egypt,"
            mediators = [a for c in verb.children if c.dep_ == "agent" for o in c.children
                         if o.dep_ == "pobj" for a in resolver.actors(o)]
        elif verb.dep_ != "amod" or verb.i < 2 or doc[verb.i - 1].text not in ("-", "–"):
            return [], []
        else:
            mediators = resolver.actors(doc[verb.i - 2])
        if not mediators:
            return [], []
        noun = verb.head
        look = Look(resolver, mediators)
        parties = self._prep_targets(noun, look, ("between", "with"))
        if noun.dep_ in OBJ_DEPS and noun.head.lemma_.lower() in PARTY_VERBS:
            parties = self.sources(noun.head, resolver)[0] + parties
        elif noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in PARTY_VERBS:
            # "the deal, mediated by Qatar, was signed by A and B"
            parties = [a for c in noun.head.children if c.dep_ == "agent" for o in c.children
                       if o.dep_ == "pobj" for a in resolver.actors(o)] + parties
        return mediators, [p for p in parties if not own_forces(p, mediators)]
