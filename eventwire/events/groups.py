"""Groups the dictionaries do not know, named by an acronym: "KDRM and UTPS organised a
protest", "members of the UTPS protested", "the organisations KDRM and UTPS held a march".

A note on a protest often names the organisers by an acronym nobody has listed. Such a
subject of a protest (only: unidentified_roots are the armed acts, default_target_roots the
protests) is a crowd of the story's country (unnamed.py), as "dozens held a protest" is.
"""
from __future__ import annotations

from . import protest_nouns

# nouns for an organisation that an acronym names ("the union SNXT", "members of the KDRM")
GROUP_NOUNS = frozenset({"organization", "organisation", "group", "member", "association", "union",
                         "collective", "coalition", "movement", "federation", "syndicate", "committee",
                         "confederation", "platform", "network"})
# the links by which an acronym names a group noun's organisation
NAMING_DEPS = frozenset({"compound", "appos", "pobj", "conj", "nmod"})


def acronym(tok, resolver) -> bool:
    """An all-capital proper noun of two to eight letters the dictionaries do not know."""
    text = tok.text
    return tok.pos_ == "PROPN" and text.isalpha() and text.isupper() and 2 <= len(text) <= 8 \
        and not resolver.names_actor(tok)


def unknown_group(subj, resolver) -> bool:
    """Is the subject an organisation known only by an acronym: the acronym itself, or a group
    noun ("members", "the organisations") whose own phrase names one?"""
    if acronym(subj, resolver):
        return True
    if subj.lemma_.lower() not in GROUP_NOUNS or resolver.names_actor(subj):
        return False
    for tok in subj.subtree:
        if tok.i != subj.i and tok.dep_ in NAMING_DEPS and acronym(tok, resolver):
            # "members of the UTPS", "members of a group, the UTPS": the group's own name
            return True
    return False


# words of a protest a note may name with no dictionary actor: "Protests in X", "a sit-in was held"
# (the "words" of data/protest_nouns.tsv)
PROTEST_WORDS = protest_nouns.words()


def may_name_unlisted_doer(toks) -> bool:
    """Worth parsing though no dictionary actor is named: an acronym that may be a group, or
    a protest that may stand without a named doer (held.py)?"""
    return any(t.lower_ in PROTEST_WORDS or (t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 8)
               for t in toks)
