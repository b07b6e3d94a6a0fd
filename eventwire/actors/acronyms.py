"""Acronyms the text itself defines: "the Sahel Border Guard (SBG)".

Capital letters in brackets right after a name whose words they abbreviate (the initials of
its capitalised words) mean that name in this document, whatever a dictionary entry for the
letters says ("AFP" is also a news agency). When the name resolves to an actor:
  * the bracketed letters are no actor of their own (the name before them is);
  * a later bare use of the letters ("AFP said ...") is the actor the name resolved to.
When the name resolves to no actor, or to the actor the letters' own entry gives, or the letters
have no entry, nothing changes.
"""
from __future__ import annotations

from dataclasses import replace

# small words a name may hold between its capitalised words ("Organisation of the Islamic ...")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "des", "du", "la", "le",
                         "to", "at", "&", "'s"})


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def name_before(toks, k: int, letters: str) -> int | None:
    """Start of the name that ends before token k and whose capitalised words' initials spell
    `letters`, else None."""
    need = len(letters)
    initials: list[str] = []
    j, start = k - 1, None
    while j >= 0 and len(initials) < need:
        w = toks[j].text
        if w[:1].isupper() and w.replace("-", "").isalpha():
            initials.append(w[0].upper())
            start = j
        elif w.lower() not in SMALL_WORDS or not initials:
            return None
        j -= 1
    if len(initials) < need or "".join(reversed(initials)) != letters.upper():
        return None
    return start


def definitions(sent) -> list[tuple[int, int, int, str]]:
    """(name start, name end, acronym index, acronym) of every "Name (ACR)" in the sentence,
    token indices relative to the sentence."""
    toks = list(sent)
    out = []
    for k in range(1, len(toks) - 2):
        if toks[k].text == "(" and toks[k + 2].text == ")" and _acronym(toks[k + 1].text):
            start = name_before(toks, k, toks[k + 1].text)
            if start is not None:
                out.append((start, k, k + 1, toks[k + 1].text))
    return out


def read_acronyms(resolver) -> None:
    """Apply the sentence's own acronym definitions and the document's earlier ones to the
    resolver's matches (call once the resolver is set up, before coding the sentence)."""
    known = resolver.memory.acronyms
    sent = resolver.sent
    defined = definitions(sent)
    inside = {a for *_, a, _ in defined}
    # a later bare use: the name's actors (stored below when the name was read)
    for i, tok in enumerate(sent):
        if i not in inside and tok.text in known:
            m = resolver.by_token.get(i)
            if m is not None and (m.start, m.end) == (i, i + 1):
                resolver.drop_match(m)
                resolver.acronym_at[i] = known[tok.text]
    for start, end, at, letters in defined:
        m = resolver.by_token.get(at)
        if m is None or (m.start, m.end) != (at, at + 1):
            continue        # letters no entry reads otherwise, or inside a longer name
        own = resolver.match_actor(m)
        resolver.drop_match(m)
        actors = resolver.actors(sent[start:end].root)
        resolver.clear_cache()
        if actors and (own is None or own[1].code not in {a.code for a in actors}):
            # the letters' entry is another actor than the name ("AFP", the news agency)
            known[letters] = [replace(a, how=a.how + f"; defined as {letters}") for a in actors]
        else:
            resolver.restore_match(m)       # the name unknown, or the same actor: as read


def acronym_actors(resolver, head) -> list | None:
    """The actors of a bare acronym the document defined earlier, as written here, or None."""
    stored = resolver.acronym_at.get(head.i - resolver.sent.start)
    if stored is None:
        return None
    start = head.idx - resolver.sent.start_char
    return [replace(a, text=head.text, start=start, end=start + len(head.text)) for a in stored]
