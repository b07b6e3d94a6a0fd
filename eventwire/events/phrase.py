"""Does a verb pattern's first word stand in the verb's own phrase?

PETRARCH's patterns name the words after the verb in order, with any words between
("increase &military" for "increased its military presence"). Read over a whole clause,
a word far away matches too: "increased the chances of a Turkish military intervention"
is no mobilisation (154), and "asked the same question of his national security adviser"
no request for security aid. The first content word of a pattern must not stand in a
clause of its own (a relative, adverbial or reported clause under the verb's phrase), nor
under a noun of likelihood or thought ("the chances of", "the risk of", "a question of"):
those words tell what may be, not what the verb acts on; nor in a gerund a noun's "of" takes
("after accusations of publishing false news": what the accused did). Nouns counted or named in an
"of" phrase ("part of the stronghold", "some of the peacekeepers") and a to-infinitive's
phrase ("asked Kenya to send peacekeepers") stay the verb's.
"""
from __future__ import annotations

from pathlib import Path

from ..tsv import read_rows
from .patterns import FUNCTION_WORDS
from .raised import raised_object

MARKERS = frozenset({"+", "$", "^", "*", "%"})
# clauses of their own: their words are not the verb's phrase
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj"})
# nouns whose phrase tells what may be or what is thought, not a thing acted on
LIKELIHOOD_NOUNS = frozenset({"chance", "chances", "likelihood", "possibility", "prospect", "prospects", "odds",
                              "risk", "danger", "threat", "fear", "spectre", "specter", "question", "idea",
                              "speculation", "rumour", "rumor", "worry", "concern", "probability"})
# nouns naming people by their work: a word that only modifies one is their job, not the thing
# acted on ("released an aid worker" is no release of aid)
PERSON_HEADS = frozenset(r[0] for r in read_rows(Path(__file__).parent / "data" / "person_heads.tsv", header=False))


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
        if t.dep_ == "pcomp" and t.pos_ == "VERB" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.head.i != verb.i:
            return False                    # "released X after accusations of publishing news"
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
               and not job_of(pattern, after_toks[pos]) for pos in range(len(words)))


def person_for_thing(matcher, pattern, after_toks, around) -> bool:
    """Does the pattern's first content word match only a longer word naming people ("release
    report" in "released the reporter")? A pattern that says what is released or published is
    then not about this verb."""
    word = first_content_word(pattern)
    if word is None or word[0] == "&" or "=" in word or word.endswith("_"):
        return False
    hits = [after_toks[pos] for pos in range(len(around.after)) if matcher.length(word, around.after, pos, around.loose[1])]
    return bool(hits) and all(t.lower_ in PERSON_HEADS and t.lower_ != word for t in hits)


def job_of(pattern, tok) -> bool:
    """Does the word only say whose job a person has ("released an aid worker": no aid
    released), the pattern not naming the person itself ("expel aid workers")?"""
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i or head.lower_ not in PERSON_HEADS:
        return False
    return not any(w.rstrip("_") and head.lower_.startswith(w.rstrip("_")) for w in pattern.after
                   if w not in MARKERS and not w.startswith("&"))
