"""Acts named again by a bare generic noun: "the move", "this step", "the decision".

"The US pulled out of the accord. Tehran condemned the move": a reaction to the move (or a
warning of what it will bring) acts on the doer of the act just reported: the latest event
coded in this sentence before the noun, else the events of the sentence before. Unsure (no
such event, several doers, the reactor's own act, a verbal act: "X criticised Y. Z backed the
move"): no one. "It" judged as such an act ("called it a historic decision") is the same act.
A move whose author the phrase names ("Russia's move", "the decision by the
court", "the move to expel ...") is left to the reaction's own reading (nominal.py).
"""
from __future__ import annotations

from ..actors.codes import country_part

GENERIC_ACTS = frozenset({"move", "step", "decision"})
DETERMINERS = frozenset({"the", "this", "that"})
# phrases on the noun that name or describe the act itself: not a bare "the move"
NAMING_DEPS = frozenset({"poss", "compound", "acl", "relcl", "prep", "appos", "nmod"})
# words, statements, appeals, criticism, rejection and threats are no "move"
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def generic_act(tok, resolver) -> bool:
    """ "the move", "this latest step": a definite generic act noun naming no author."""
    if tok.lemma_.lower() not in GENERIC_ACTS or tok.tag_ != "NN":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in kids) and \
        not any(c.dep_ in NAMING_DEPS or (c.dep_ == "amod" and resolver.names_actor(c)) for c in kids)


def latest_doer(tok, sentence_index: int, so_far: list, memory: list, reactors: list) -> list:
    """[the doer] of the act "the move" (tok) refers back to, or [].
    so_far: this sentence's event mentions coded before; memory: the coder's
    (code, words, source, (sentence, trigger) key, target) of earlier sentences;
    reactors: the actors reacting (their own act is no referent)."""
    here = tok.i - tok.sent.start
    before = [m for m in so_far if m.trigger_index is not None and m.trigger_index < here]
    if before:
        last = max(m.trigger_index for m in before)
        events = [(m.code, m.source) for m in before if m.trigger_index == last]
    else:
        events = [(m[0], m[2]) for m in memory if m[3] and m[3][0] == sentence_index - 1]
    if not events or any(code[:2] in VERBAL_ROOTS for code, _ in events):
        return []
    doers = {s.code: s for _, s in events}
    if len(doers) != 1:
        return []
    doer = next(iter(doers.values()))
    own = {country_part(r.code) for r in reactors}
    return [] if country_part(doer.code) in own else [doer]


def moved_doer(noun, resolver, sentence_index: int, by_verb: dict, memory: list, reactors: list):
    """[the doer] of "the move" (noun), None when the noun is no bare generic act or unsure.
    by_verb: the coder's event mentions of this sentence so far, by verb."""
    if noun is None or not generic_act(noun, resolver):
        return None
    so_far = [m for ms in by_verb.values() for m in ms]
    return latest_doer(noun, sentence_index, so_far, memory, reactors) or None


THING_PRONOUNS = frozenset({"it", "this", "that"})


def judged_act_doer(judged, pred, resolver, sentence_index: int, by_verb: dict, memory: list,
                    reactors: list):
    """[the doer] of the act "it" names when a judgement calls it a move, step or decision
    ("called it a historic decision"), None when it is no such pronoun or unsure."""
    if judged is None or pred is None or judged.lower_ not in THING_PRONOUNS or \
            pred.lemma_.lower() not in GENERIC_ACTS or pred.pos_ != "NOUN" or \
            any(c.dep_ in NAMING_DEPS or (c.dep_ == "amod" and resolver.names_actor(c)) for c in pred.children):
        return None
    so_far = [m for ms in by_verb.values() for m in ms]
    return latest_doer(judged, sentence_index, so_far, memory, reactors) or None
