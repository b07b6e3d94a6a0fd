"""The clauses that tell whom aid is for: "gave $5 million to help Y" (a purpose infinitive on
the verb or on the thing given) and, after those, a relative clause on what the aid pays for:
"provided funds to support projects which benefit Y", "donated money for schools that serve Y".
The relative clause names the receiver only under a purpose ("to support/fund ...") or a "for"
phrase on the thing given, and only with a benefit verb of its own. A benefit gerund after "to"
or "towards" is a purpose as the infinitive is: "contributed $5 million to rebuilding Y" (s33)."""

from .parse import OBJ_DEPS as OBJ


def _infinitive(tok) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def purpose_clauses(verb, benefit_verbs, funding_verbs):
    """Purpose infinitives with a benefit verb, then benefit relative clauses on what is funded."""
    heads = [verb] + [c for c in verb.children if c.dep_ in OBJ]
    found = []
    for head in heads:
        for c in head.children:
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in benefit_verbs and _infinitive(c):
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward"):
                # "contributed to rebuilding Y", "$5 million towards strengthening Y's army"
                found += [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                          and g.lemma_.lower() in benefit_verbs]
    funded = []
    for head in heads:
        for c in head.children:
            # "to support projects ...", "to fund programmes ..."
            if c.dep_ in ("advcl", "xcomp", "acl") and _infinitive(c) and \
                    c.lemma_.lower() in benefit_verbs | funding_verbs:
                funded += [o for o in c.children if o.dep_ in OBJ]
        if head is not verb:
            # "$4 million for projects ..."
            funded += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj"]
    for thing in funded:
        found += [r for r in thing.children if r.dep_ == "relcl" and r.lemma_.lower() in benefit_verbs
                  and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in r.children)]
    return found
