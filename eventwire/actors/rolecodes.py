"""The code a phrase's roles give its actor: a role joined to a country ("Russian troops" ->
RUSMIL; "MSF Arnor" written before it), PETRARCH's agents composed in order, the title before a
person's name ("opposition leader X" -> OPP), whose role a counterpart has ("met his US
counterpart"), a seat of government named after another country ("the German Foreign Office"),
and a crowd named by its nationality as civilians.

A mixin of ActorResolver (resolve.py): it reads the resolver's sentence, memory of the
phrase's bases and unknown country, and calls actors() there.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Origin
from .codes import is_international
from .matcher import PhraseMatch


class RoleCodes:
    """Methods of ActorResolver about roles joined to actors (see resolve.py for the attributes they read)."""

    def _with_role(self, actor: ActorMention, role: str) -> ActorMention:
        if role.endswith("~"):          # a role written before the actor: "MSF Arnor" -> NGOARN
            code = actor.code if actor.code.startswith(role[:-1]) else role[:-1] + actor.code
        else:
            code = actor.code if actor.code.endswith(role) else actor.code[:3] + role
        return replace(actor, code=code, how=actor.how + f" + role {role}")

    def _petrarch_roles(self, named, roles, rel, head_rel, coordinated) -> list[ActorMention]:
        """PETRARCH's agents: every role of the phrase joins the actor's code, those written
        'NGO~' before it ("an MSF Arnor diplomat" -> NGOARNGOV), the rest after it."""
        codes = [r for _m, r in sorted(roles, key=lambda it: it[0].start)]
        before = "".join(r[:-1] for r in codes if r.endswith("~"))
        after = "".join(dict.fromkeys(r for r in codes if not r.endswith("~")))

        def compose(a: ActorMention) -> ActorMention:
            code = a.code if a.code.startswith(before) else before + a.code
            self._bases.append(code + "".join(dict.fromkeys(r for r in codes[:-1] if not r.endswith("~"))))
            code = code if code.endswith(after) else code + after
            return replace(a, code=code, how=a.how + f" + roles {' '.join(codes)}")

        if coordinated:
            items = sorted((it for it in named if self._in_conj(it[0], rel)), key=lambda it: it[0].start)
            if len(items) > 1:
                return list({a.code: a for a in (compose(a) for _m, a in items)}.values())
        if named:
            return [compose(min(named, key=lambda it: abs(it[0].start - head_rel))[1])]
        text = " ".join(m.phrase for m, _r in roles)
        lo, hi = roles[0][0], roles[-1][0]
        span = self.sent[lo.start:hi.end]
        return [ActorMention(span.text, span.start_char - self.sent.start_char, span.end_char - self.sent.start_char,
                             before + self.unknown_country + after, text, f"roles {' '.join(codes)}",
                             Origin.ROLE)]

    def _titled(self, m: PhraseMatch, person: ActorMention, roles) -> ActorMention:
        """ "opposition leader Carlos Ruiz": the title before the name says the person leads the
        opposition now, whatever office the dictionary gives him (GUIDELINES.md: XXXOPP)."""
        if len(person.code) < 3 or is_international(person.code) or person.code[3:6] == "OPP":
            return person
        if any(r == "OPP" and rm.end <= m.start for rm, r in roles):
            return replace(person, code=person.code[:3] + "OPP", how=person.how + " + title: opposition")
        return person

    def _counterpart_role(self, head) -> str | None:
        """ "the Turkish minister met his US counterpart": the role of whose counterpart it is
        ("his", "the minister's"), else of the clause's subject."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:
            roles = {a.code[3:6] for a in self.actors(owners[0]) if len(a.code) >= 6 and not is_international(a.code)}
            if len(roles) == 1:
                return roles.pop()
        subj = self._clause_subject(head)
        if subj is not None and head.i in {t.i for t in subj.subtree} and subj.head.dep_ == "ccomp":
            # "X said his counterpart had lied": the counterpart is the reported clause's subject;
            # whose counterpart is the speaker's
            subj = self._clause_subject(subj.head.head)
            if subj is not None and subj.pos_ == "PRON" and subj.head.dep_ == "relcl":
                subj = subj.head.head       # "Correa, who said his counterpart ...": Correa
        if subj is None or head.i in {t.i for t in subj.subtree}:
            return None
        roles = {a.code[3:6] for a in self.actors(subj) if len(a.code) >= 6 and not is_international(a.code)}
        return roles.pop() if len(roles) == 1 else None

    def _metonyms_of_named(self, strong, countries):
        """"the German Foreign Office", "Iran's foreign office": a seat-of-government name
        ("foreign office" is London's) written after another country's name is that country's
        office of the same role."""
        out = []
        for m, a in strong:
            before = [c for c in countries if c[0].end <= m.start and c[1].code[:3] != a.code[:3]]
            if a.how.startswith("metonym") and before and not is_international(a.code):
                cm, country = max(before, key=lambda it: it[0].end)
                a = self._with_role(country, a.code[3:] or "GOV")
            out.append((m, a))
        return out

    def as_civilians(self, actor: ActorMention) -> ActorMention:
        """A crowd named by its nationality alone ("Iraqi Kurds") is civilians of that country."""
        if len(actor.code) == 3 and actor.origin in (Origin.ADJECTIVE, Origin.PEOPLE):
            return replace(actor, code=actor.code + "CVL", how=actor.how + " + civilians")
        return actor
