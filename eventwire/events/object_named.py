"""Does a hand pattern that names the verb's object find its word there?

Patterns are matched over the words of the verb's clause, so "suspend &newsmedia" also fires on
"suspended flights after a newspaper report", "hand over &town" on "handed over the documents to
the city authorities", "reopen embassy" on "reopened the road to the embassy". For the pattern
ids listed in data/object_named.yaml (patterns whose word is the thing acted on), the first
content word must stand in the verb's object phrase: the object itself, a word modifying it, a
noun counted or held in its "of" phrase ("dozens of villages", "control of the district"; not "a
message of relief"), or the subject
of a passive ("two newspapers were suspended"); not in a prepositional phrase of the verb or the
object ("to the embassy", "after a newspaper report") nor in a clause of its own.

And the patterns that stand only for a verb with no object of its own (object_named.yaml
objectless): "fired across the border" shoots, "fired thousands of judges across the country"
dismisses them (an object that is an event noun of force, "fired rockets across the border", is
read by the light-verb rule, not here).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .yamldata import safe_load

from .parse import OBJ_DEPS
from .phrase import first_content_word

DATA = Path(__file__).resolve().parent / "data" / "object_named.yaml"
# the verb's children that hold the thing acted on (the passive's subject: "were suspended")
HOLDERS = frozenset(OBJ_DEPS) | {"nsubjpass"}
# the way from the word up to the holder: modifiers and "of" phrases only
INSIDE = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "conj", "cc", "prep",
                    "appos", "case", "punct", "advmod"})


@lru_cache(maxsize=1)
def _data() -> dict:
    return safe_load(DATA.read_text(encoding="utf-8")) or {}


def _prefixes() -> tuple[str, ...]:
    return tuple(str(p) for p in _data().get("prefixes", ()))


def _objectless() -> tuple[str, ...]:
    return tuple(str(p) for p in _data().get("objectless", ()))


def objectless_ok(pattern, verb) -> bool:
    """False for an objectless pattern (object_named.yaml) on a verb with an object."""
    return not pattern.id.startswith(_objectless()) or not any(c.dep_ in OBJ_DEPS for c in verb.children)


def counting(noun) -> bool:
    """Does the noun count or hold what its "of" phrase names ("two of", "dozens of", "control of")?"""
    return noun.like_num or noun.pos_ in ("NUM", "PRON", "DET") or \
        noun.lemma_.lower() in frozenset(_data().get("of_heads", ()))


def press_named(tok) -> bool:
    """A noun of the act of publishing ("publication", object_named.yaml act_of_press) names the
    press only with no "of" phrase, or one naming a title or a press word ("publication of the
    daily", "of Al-Watan"), not "publication of inflation data"."""
    data = _data()
    if tok.lemma_.lower() not in frozenset(data.get("act_of_press", ())):
        return True
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    press = frozenset(data.get("press_words", ()))
    return not objs or any(o.pos_ == "PROPN" or o.lemma_.lower() in press or o.lower_ in press for o in objs)


def in_object(verb, tok) -> bool:
    """Is tok the verb's object, or inside its phrase by modifiers and "of" phrases?"""
    t = tok
    for _ in range(40):
        head = t.head
        if head.i == t.i:
            return False
        if head.i == verb.i:
            return t.dep_ in HOLDERS
        if t.dep_ == "pobj":
            if head.lower_ != "of":
                return False        # "to the embassy", "after a newspaper report"
        elif t.dep_ not in INSIDE or (t.dep_ == "prep" and (t.lower_ != "of" or not counting(head))):
            return False            # a clause of its own, another preposition, "a message of relief"
        t = head
    return False


def object_named(matcher, pattern, verb, after_toks, around) -> bool:
    """True unless the pattern is one of object_named.yaml's and its first content word stands
    nowhere in the verb's object phrase."""
    if not pattern.id.startswith(_prefixes()):
        return True
    word = first_content_word(pattern)
    if word is None:
        return True
    words, loose = around.after, around.loose[1]
    return any(matcher.length(word, words, pos, loose) and in_object(verb, after_toks[pos])
               and press_named(after_toks[pos]) for pos in range(len(words)))
