"""A country's people named by what they do: "Argentina's bus drivers", "Chile's copper miners".

A country written as the possessor of a plural noun of persons no dictionary lists is not the
state acting: it says whose people they are, so they are that country's civilians (CVL, as the
gold conventions code protesters and residents). A noun is read as persons only by an agent
suffix of English ("-ers", "-ors", "-ists", "-ians", "-ants", "-ents"), only when plural and
the phrase's head, and only with a noun before it saying what they work at ("bus drivers",
"copper miners"): a bare "China's censors" or "Ukraine's defenders" may well be the state's own;
a possessed thing ("Peru's borders", "Iran's waters") is listed in data/own_people_words.tsv.
"""
from __future__ import annotations

from pathlib import Path

from ..tsv import word_lists

# the word lists (data/own_people_words.tsv): the agent suffixes, and the plural nouns with
# those endings that are things or states' bodies, not persons
_WORDS = word_lists(Path(__file__).parent / "data" / "own_people_words.tsv")
PERSON_SUFFIXES = tuple(sorted(_WORDS["person_suffixes"]))
NOT_PERSONS = _WORDS["not_persons"]


def people_noun(head, country_root) -> bool:
    """Is `head` a plural noun of persons that the country `country_root` (a token) possesses?"""
    if country_root.dep_ != "poss" or country_root.head.i != head.i:
        return False
    low = head.lower_
    return (head.pos_ == "NOUN" and head.tag_ == "NNS" and low.endswith(PERSON_SUFFIXES)
            and low not in NOT_PERSONS
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children))
