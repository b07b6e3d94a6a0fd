"""A protest called off: the protesters yield to the state they protested to.

"Teachers called off their strike", "the union suspended the sit-in", "the opposition ended
its boycott": ending popular dissent is CAMEO 082 (ease political dissent). Its doers are
civil society (workers, students, the opposition named by a role, or a body of one country
not named as the state: "the Freetown Dockers' Union"; never a state, its forces or a bare
country name), and, as for the protest itself (slots.yaml default_target_roots),
its target is the one named ("after talks with the government") or the protesters' own
government. Not a military strike: "called off the air strike", "a strike on Y".
"""
from __future__ import annotations

from pathlib import Path

from ..actors.codes import is_international
from ..records import Origin
from ..tsv import word_lists
from . import protest_nouns

CODE = "082"
# the pattern id's prefix of a protest called off: the rules here apply to it alone (not to
# other 082 patterns: "disarmed the militants")
PATTERN = "dissent-ended:"
# the word lists (data/dissent_words.tsv): verbs that end an act, the
# modifiers and prepositions of a strike by arms ("air strike", "a strike on Y")
_WORDS = word_lists(Path(__file__).parent / "data" / "dissent_words.tsv")
ENDING = _WORDS["ending"]
DISSENT_NOUNS = protest_nouns.nouns("ended")     # (data/protest_nouns.tsv)
ARMED_WORDS = _WORDS["armed_words"]
ARMED_PREPS = _WORDS["armed_preps"]
# actors named as the state itself: a bare country code from these is the state, no protester
STATE_ORIGINS = frozenset({Origin.NAME, Origin.CAPITAL, Origin.METONYM, Origin.OFFICE, Origin.DESCRIPTION})
# the roles that end a protest: civil society, not the state or armed forces
CIVIL_ROLES = _WORDS["civil_roles"]


def whole(tok) -> str:
    """The hyphenated word the tokenizer split, whole and singular, read from any of its
    parts: "sit-in" from "sit" or "in", "walk-outs"; "" when the token is not in one."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text in ("-", "\u2011") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    j = i
    while j + 2 < len(doc) and doc[j + 1].text in ("-", "\u2011") and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_:
        j += 2
    if i == j:
        return ""
    text = doc[i:j + 1].text.lower()
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def dissent_object(verb):
    """The protest a verb's object names ("their strike", "the sit-in"), or None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma not in DISSENT_NOUNS and obj.lower_ not in DISSENT_NOUNS and whole(obj) not in DISSENT_NOUNS:
            continue
        if any(m.lower_ in ARMED_WORDS for m in obj.children if m.dep_ in ("compound", "amod", "nmod")):
            return None         # "called off the air strike"
        if lemma == "strike" and any(p.dep_ == "prep" and p.lower_ in ARMED_PREPS
                                                   for p in obj.children):
            return None         # "called off a strike on Iran": an attack
        return obj
    return None


def ended_dissent(verb, lemmas) -> bool:
    """Does the verb end a protest ("called off their strike")? lemmas: the verb's dictionary
    readings, multi-word ones first."""
    return any(lem in ENDING for lem in lemmas) and dissent_object(verb) is not None


def civil_doers(sources) -> list:
    """The sources that may end a protest: civil society named by its role, or a body of one
    country named otherwise than as the state ("the Freetown Dockers' Union"; not "Russia",
    "Moscow", a minister)."""
    return [s for s in sources if s.code[3:6] in CIVIL_ROLES or (
        len(s.code) == 3 and not is_international(s.code) and s.origin not in STATE_ORIGINS)]
