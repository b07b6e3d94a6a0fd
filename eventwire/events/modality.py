"""Did it happen? The mood of a trigger and what it does to the code.

Two readings: eventwire's (`Modality`) drops negated, hypothetical, wished-for and
reported-content acts, turns plans into statements of intent (03) and threatened force
into threats (13); PETRARCH's (`NegationOnly`) codes what the pattern says whatever the
tense or mood, and a verb negated by its own "not" takes the code of its negation.
Both answer `code(verb, code) -> (code or None, mood, head)`.
"""
from __future__ import annotations

from .parse import OBJ_DEPS
from .rules import Rules


class Modality:
    def __init__(self, rules: Rules):
        self.rules = rules
        self.directive_heads = rules.slots["directive_heads"]
        self.directive_nouns = rules.slots["directive_nouns"]

    def code(self, verb, code: str) -> tuple[str | None, str, object | None]:
        mood, head = self.mood(verb)
        return self.apply(code, mood), mood, head

    def mood(self, verb) -> tuple[str, object | None]:
        """('fact'|'negated'|'refusal'|'future'|'intent'|'threat'|'directive'|'content', head).

        head is the verb that carries the intention, threat, wish or refusal, if any.
        """
        r = self.rules
        tok = verb
        while True:
            kids = list(tok.children)
            if any(c.dep_ == "neg" for c in kids):
                if any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
                    return "refusal", None          # "will not meet their demands"
                return "negated", None
            if any(c.dep_ == "mark" and c.lower_ in r.hypothetical_marks for c in kids):
                return "negated", None
            if any(c.dep_ == "aux" and c.lower_ in r.obligation_aux for c in kids):
                return "directive", None
            if any(c.dep_ == "aux" and c.lower_ in r.speculative_aux for c in kids):
                return "negated", None              # a guess: "may have attacked"
            if any(c.dep_ == "aux" and c.lower_ in r.future_aux for c in kids):
                # "would not provide support" is a refusal
                if tok.i != verb.i and any(c.dep_ == "neg" for c in kids):
                    return "refusal", None
                return "future", None
            if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                tok = tok.head
                continue
            head = tok.head
            if head.i == tok.i:
                return "fact", None
            hl = head.lemma_.lower()
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
            if tok.dep_ in ("xcomp", "ccomp"):
                if infinitive and own_subject and (hl in r.intent_heads or hl in self.directive_heads):
                    return "directive", head        # "wants Putin to attack": a wish about another
                if tok.dep_ == "xcomp" or infinitive:
                    if hl in r.negating_heads:
                        return "negated", head
                    if hl in r.threat_heads:
                        return "threat", head
                    if hl in r.intent_heads:
                        return "intent", head
                if hl in self.directive_heads:
                    return "directive", head
                if any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.directive_nouns for c in head.children):
                    return "directive", head        # "reiterated its demand that Israel ease ..."
                if head.pos_ in ("NOUN", "PROPN"):
                    return "content", head          # "an admission that X murdered Y"
                if tok.dep_ == "xcomp":
                    tok = head
                    continue
                return "fact", None
            if tok.dep_ in ("acl", "relcl") and infinitive:
                return "content", head              # "a meeting to discuss ..."
            if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBN", "VBG"):
                return "content", head              # "the deal signed in March", "lines leading into"
            if tok.dep_ == "advcl":
                if infinitive:
                    return "content", head          # purpose: "... to demand reforms"
                if any(c.dep_ == "mark" and c.lower_ in r.hypothetical_marks for c in kids):
                    return "negated", None
            return "fact", None

    def apply(self, code: str, mood: str) -> str | None:
        root = code[:2]
        if mood == "fact":
            return code
        if mood in ("negated", "directive", "content"):
            return None
        if mood == "refusal":
            return "120" if root in ("03", "04", "05", "06", "07", "08") else None
        if root in ("03", "13"):
            return code
        if mood == "threat" or root in self.rules.threat_codes:
            # "threatened to cut", "said they would attack": a threat
            return self.rules.threat_codes.get(root, "130")
        # future or intent: a stated intention to cooperate is itself the event
        return self.rules.intent_codes.get(root) or None


class NegationOnly:
    """PETRARCH's reading: the pattern's code, whatever the tense or mood; a verb negated by
    its own "not" takes the code of its negation (negation.tsv), or none."""

    def __init__(self, rules: Rules):
        self.negation = rules.negation or {}

    def code(self, verb, code: str) -> tuple[str | None, str, object | None]:
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
                      for c in verb.children)       # "did not even ever clash": "not" under "ever"
        if not negated and verb.dep_ == "xcomp" and not any(c.tag_ == "TO" for c in verb.children):
            # "will not wire tap", read as "wire" + bare "tap": the negation is the pair's
            negated = any(c.dep_ == "neg" for c in verb.head.children)
        if not negated:
            return code, "fact", None
        return self.negation.get(code), "negated", None
