"""A title written "former": the person no longer holds the office (GUIDELINES.md: leaders are
coded by the office they held on the event date).

"Former prime minister Tomasz Nowak", "the former foreign minister of Iran", "Ex-president
Lena Marsh": the office the title names is past, so the person is a former official of its
country (XXXELI, as Phoenix codes "former president"), not its government today.

A person the dated sources know keeps his reading: they list whole careers, and "former
president X, now deputy chairman of ..." may hold another office. Only an office the Phoenix
rows leave open (they stop in 2015 and never wrote its end) yields to the title. A phrase that
goes on to say what the person is now ("now ...", "who heads ...") is left alone.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..records import ActorMention, Origin
from ..tsv import word_lists
from .codes import is_international

# the word lists (data/former_words.tsv): words of a past title, the roles of offices a title
# names, of ranks (a "former soldier" or "former policemen" is no elite: left alone unless one
# person is titled: "former army chief", "former general"), and words of an office now
_WORDS = word_lists(Path(__file__).parent / "data" / "former_words.tsv")
FORMER_WORDS = _WORDS["former_words"]
OFFICE_ROLES = _WORDS["office_roles"]
RANK_ROLES = _WORDS["rank_roles"]
# not "appos": "the president, a former general," describes an earlier career, not the office
TITLE_DEPS = ("compound", "flat")
NOT_NOW = _WORDS["not_now"]


def _former_word(tok) -> bool:
    low = tok.lower_
    return low in FORMER_WORDS or (low.startswith("ex-") and len(low) > 3)


def _titles(head) -> list:
    """The head and the title nouns written with it ("minister" of "prime minister X")."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in TITLE_DEPS)
    return out


def former_title(head):
    """The title token a "former" modifies in the phrase headed by `head`, or None."""
    for tok in _titles(head):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _former_word(tok) or any(c.dep_ in ("amod", "advmod", "compound", "nmod") and _former_word(c)
                                    for c in tok.children):
            return tok
    return None


def _says_now(head) -> bool:
    """ "X, now deputy chairman", "X, who heads the interim government": an office now."""
    if any(c.dep_ == "relcl" for t in _titles(head) for c in t.children):
        return True
    return any(t.lower_ in NOT_NOW for t in head.subtree)


def _open_phoenix(actor: ActorMention) -> bool:
    """A person resolved by a Phoenix office with no end ("... 2013-06-05..")."""
    words = actor.how.split()
    return "leaders.tsv:phoenix" in actor.how and words[-1].endswith("..")


def formerly(head, found: list[ActorMention]) -> list[ActorMention]:
    """The phrase's actors, an office the title calls former read as a former official."""
    if not found:
        return found
    title = former_title(head)
    if title is None or _says_now(head):
        return found
    out = []
    for a in found:
        role = a.code[3:6]
        if (a.origin == Origin.PRONOUN or len(a.code) < 6 or is_international(a.code)
                or not (role in OFFICE_ROLES or (role in RANK_ROLES and title.tag_ in ("NN", "NNP")))):
            out.append(a)
            continue
        known = a.how.startswith("person ") and not a.how.startswith("person '")   # a dictionary row
        if a.origin == Origin.OFFICE and known and not _open_phoenix(a):
            out.append(a)       # the dated sources know his offices (see above)
            continue
        out.append(replace(a, code=a.code[:3] + "ELI", how=a.how + " + title: former"))
    return out
