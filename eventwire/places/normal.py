"""Name normalisation shared by the gazetteer, the finder and the derive script.

A name's key is its words folded to lowercase ASCII (accents dropped, "ø" -> "o")
and joined by single spaces; anything that is not a letter or digit separates
words, so "Nawa-e Barakzayi", "NAWA E BARAKZAYI" and "Nāwa-e Barakzāyi" share a key.
"""
from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                          "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d",
                          "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng"})
WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase ASCII-only form of one word ('' when nothing Latin is left)."""
    if text.isascii():
        low = text.lower()
        return low if low.isalnum() else "".join(_ASCII_WORD.findall(low))
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return "".join(_ASCII_WORD.findall(text))


def name_key(name: str) -> str:
    """The lookup key of a name, or '' when some word of it is not in Latin script."""
    if name.isascii():
        # the same words, found at once: ASCII letters and digits, lowercased
        return " ".join(_ASCII_WORD.findall(name.lower()))
    words = []
    for w in WORD.findall(name):
        f = fold(w)
        if not f:
            return ""
        words.append(f)
    return " ".join(words)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded) for each word of a text; non-Latin words fold to ''."""
    return [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]


# words that name a kind of division rather than a place ("Helmand Province", "Province du Bam")
GENERIC = frozenset("""province provincia provinz region regione governorate district
    municipality municipio municipalite oblast prefecture department departement county state
    krai kray raion rayon division territory wilaya wilayah caza qada kaza emirate canton
    okrug voivodeship parish commune""".split())
_LINKS = frozenset("of de du des la le l d di del da do".split())


def strip_generic(key: str) -> str:
    """A name key without division words around it: 'province du bam' -> 'bam'."""
    toks = key.split()
    if len(toks) > 2 and toks[0] in GENERIC and toks[1] in _LINKS:
        toks = toks[1:]
        while len(toks) > 1 and toks[0] in _LINKS:
            toks = toks[1:]
    while len(toks) > 1 and toks[-1] in GENERIC:
        toks = toks[:-1]
    return " ".join(toks)
