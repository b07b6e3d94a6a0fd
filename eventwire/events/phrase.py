"""Does a verb pattern's first word stand in the verb's own phrase?

PETRARCH's patterns name the words after the verb in order, with any words between
("increase &military" for "increased its military presence"). Read over a whole clause,
a word far away matches too: "increased the chances of a Turkish military intervention"
is no mobilisation (154), and "asked the same question of his national security adviser"
no request for security aid. The first content word of a pattern must not stand in a
clause of its own (a relative, adverbial or reported clause under the verb's phrase), nor
under a noun of likelihood or thought ("the chances of", "the risk of", "a question of"):
those words tell what may be, not what the verb acts on. Nouns counted or named in an
"of" phrase ("part of the stronghold", "some of the peacekeepers") and a to-infinitive's
phrase ("asked Kenya to send peacekeepers") stay the verb's.
"""
from __future__ import annotations

from .patterns import FUNCTION_WORDS
from .raised import raised_object

MARKERS = frozenset({"+", "$", "^", "*", "%"})
# clauses of their own: their words are not the verb's phrase
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj"})
# nouns whose phrase tells what may be or what is thought, not a thing acted on
LIKELIHOOD_NOUNS = frozenset({"chance", "chances", "likelihood", "possibility", "prospect", "prospects", "odds",
                              "risk", "danger", "threat", "fear", "spectre", "specter", "question", "idea",
                              "speculation", "rumour", "rumor", "worry", "concern", "probability"})


def first_content_word(pattern) -> str | None:
    for w in pattern.after:
        if w in MARKERS:
            continue
        if w.startswith("&") or "=" in w or w.rstrip("_") not in FUNCTION_WORDS:
            return w
    return None


def in_phrase(verb, tok) -> bool:
    """Is tok in the verb's own phrase (see the module's note)?"""
    t = tok
    for _ in range(40):
        if t.i == verb.i:
            return True
        head = t.head
        if head.i == t.i:
            return False                    # the sentence's root, not under the verb
        if t.dep_ == "nsubj" and head.head.i == verb.i and getattr(raised_object(verb), "i", None) == t.i:
            return True                     # "declared a curfew to start at 8pm" (raised.py)
        if t.dep_ in CLAUSE_DEPS:
            return False                    # "... which the military denied"
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in LIKELIHOOD_NOUNS and head.i != verb.i:
            return False                    # "the chances of a military intervention"
        t = head
    return False


def stands_near(matcher, pattern, verb, after_toks, around) -> bool:
    """Does the pattern's first content word after the verb match a word of the verb's own
    phrase? (True for a pattern with no content word after the verb.)"""
    word = first_content_word(pattern)
    if word is None:
        return True
    words, loose = around.after, around.loose[1]
    return any(matcher.length(word, words, pos, loose) and in_phrase(verb, after_toks[pos])
               for pos in range(len(words)))
