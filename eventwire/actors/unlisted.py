"""Does a sentence say where its act happened by a place name nobody could place?

A conflict note ("gunmen killed two herders in Zabrongo", "in the village of Zabrongo") names
its location by a proper noun the gazetteer does not list ("attacked the village of X"), and
often no country at all. There
the bare roles of the act ("gunmen", "police") are of an unknown country ("---", coref.UNKNOWN)
rather than of no actor. A sentence that names no location ("a protestor demolished the
building") gives no such licence: its roles stay unresolved, but for a dated protest in a note
that names no place and no country at all ("On 3 May, students staged a demonstration"): such
a note reports an event whose place is simply not said (PLACELESS_ROOTS).
"""
from __future__ import annotations

from ..dates.resolve import DAY_AND_MONTH_NAMES, find_date_phrases, opening_phrase

# the acts a party of unknown country may take part in: protest, force posture, reduced
# relations, coercion, assault, fight, mass violence (material conflict) -- what such notes
# report; words ("called on", "agreed") between parties nobody can place are no event
UNKNOWN_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
UNKNOWN = "---"

# prepositions that locate an act: "in X", "near X", "between X and Y"
LOCATING = frozenset({"in", "near", "at", "around", "outside", "between", "inside"})
# nouns for a settlement or an area named by an "of" phrase: "the village of X"
PLACE_NOUNS = frozenset({"village", "town", "city", "area", "district", "commune", "hamlet",
                         "province", "region", "locality", "municipality", "outskirts", "vicinity",
                         "suburb", "county", "department", "prefecture", "site", "camp", "market"})
# proper nouns that are no place: dates
NOT_PLACES = DAY_AND_MONTH_NAMES


def place_name(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in NOT_PLACES


def names_unlisted_place(sent, listed_starts=frozenset()) -> bool:
    """Does the sentence locate something by a proper noun ("in X", "the village of X") that
    is not a place already resolved (listed_starts: character offsets, in the sentence, of the
    places the gazetteer found)?"""
    for tok in sent:
        if tok.dep_ != "pobj" or not place_name(tok):
            continue
        prep = tok.head
        if prep.lower_ in LOCATING or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS):
            if tok.idx - sent.start_char not in listed_starts:
                return True
    return False


# the acts that stand unplaced in a note naming no place at all: demonstrations and strikes
# (140-143), not riots (145: "a rioter smashed the windows") nor force
PLACELESS_CODES = ("140", "141", "142", "143")
# ... and the armed acts of an armed doer ("presumed militants attacked the police"): a note
# of fighting, whether or not it names the place (the doer's role: the code after the country)
PLACELESS_FORCE_ROOTS = frozenset({"18", "19", "20"})
ARMED_ROLES = frozenset({"REB", "UAF", "INS", "MIL"})


def opens_dated(text: str, start: int, end: int, anchor) -> bool:
    """Does the document's first sentence (text[start:end]) open on a date ("On 3 May, ...",
    "On Tuesday, ..."): the form of a dated report of one event, as conflict notes are?"""
    first = text[start:end]
    return opening_phrase(first, find_date_phrases(first, anchor)) is not None


def is_note(memory, note_sentences: int) -> bool:
    """Is the document a conflict note: short (no more than note_sentences sentences, slots.yaml)
    and opening on the date of what it reports (coref.Memory.opens_dated)?"""
    return memory.opens_dated and memory.sentences <= note_sentences


def dated(phrases) -> bool:
    """Does the sentence carry a date phrase ("On 3 May", "on Saturday")?"""
    return bool(phrases)


def known_or_force(mention, placeless: bool = False) -> bool:
    """May the event mention stand: both parties of a known country, or an act of material
    conflict (placeless: a note naming no place, a demonstration or strike only)?"""
    unknown = mention.source.code.startswith(UNKNOWN) or mention.target.code.startswith(UNKNOWN)
    if placeless:
        armed = mention.source.code[3:6] in ARMED_ROLES and mention.code[:2] in PLACELESS_FORCE_ROOTS
        return not unknown or mention.code.startswith(PLACELESS_CODES) or armed
    return not unknown or mention.code[:2] in UNKNOWN_ROOTS
