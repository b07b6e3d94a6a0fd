"""A pronoun that would make its clause's act one a state does to its own: "Britain condemned
Iran after it seized a British tanker". "it" is the subject of "seized", whose object a
nationality word gives to Britain ("a British tanker"): a writer marks the object's country so
when it differs from the doer's. The pronoun takes the latest antecedent of another country
(Iran), or none.
"""
from __future__ import annotations

from ..records import Origin

OBJ_DEPS = ("dobj",)


def object_countries(resolver, pronoun) -> frozenset:
    """Countries the object of the pronoun's own verb is given by a nationality word
    ("seized a British tanker": GBR), when the pronoun is that verb's subject."""
    if pronoun.dep_ != "nsubj":
        return frozenset()
    verb = pronoun.head
    base = resolver.sent.start
    idx = {t.i - base for c in verb.children if c.dep_ in OBJ_DEPS for t in c.subtree}
    out = set()
    for m in resolver.matches:
        if m.start not in idx:
            continue
        res = resolver.match_actor(m)
        if res is None:
            continue
        actor = res[1]
        if actor.origin == Origin.ADJECTIVE and len(actor.code) >= 3 and actor.code[:3].isalpha() \
                and actor.code[:3] != "---":
            out.add(actor.code[:3])
    return frozenset(out)
