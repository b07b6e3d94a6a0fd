"""Find dictionary phrases in tokenised text: longest match first, left to right.

Works on any sequence of spaCy tokens (the cheap tokeniser output or a parsed
sentence), comparing lower-cased, accent-free token texts, so "Nicolás Maduro"
and "NICOLAS MADURO" are one phrase.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from .dictionary import ActorDictionary
from .enclosed import ADMIN1, enclosing_names


# tokens whose case matters: "US" is the country, "us" the pronoun; "ICE" the US immigration
# agency (dictionary "i.c.e."), "ice" frozen water
CASE_ALIASES = {"US": "u.s.", "U.S": "u.s.", "U.S.A.": "u.s.a.", "ICE": "i.c.e."}


@functools.lru_cache(maxsize=1 << 14)      # a pure function of the token text, asked per token
def norm(text: str) -> str:
    alias = CASE_ALIASES.get(text)
    if alias is not None:
        return alias
    text = text.lower().replace("’", "'").replace("‘", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _final_stop(words: Sequence[str]) -> tuple[int, str]:
    """(index, word without its stop) of a last word that swallowed the sentence's full stop,
    else (-1, ""). The tokeniser keeps the stop on single letters and abbreviations it knows
    ("u s a." -> "u", "s", "a."; "... Corp."): at the end of a sentence the stop is also the
    sentence's own, and the word may end a phrase without it ("u s a")."""
    k = len(words) - 1
    while k >= 0 and not any(c.isalnum() for c in words[k]):
        k -= 1                          # closing quotes and brackets after the stop
    if k >= 0 and len(words[k]) > 1 and words[k].endswith(".") and words[k][-2].isalnum():
        return k, words[k][:-1]
    return -1, ""


_WORD = re.compile(r"[^\W_]+")


def _phrase_tokens(texts: list[str], tokenize) -> list[tuple[str, ...]]:
    """Normalised tokens of each phrase, as the tokeniser splits it. A phrase of plain words
    (letters and digits the tokeniser leaves whole: no affix, infix or special case) is split
    on its spaces without the tokeniser, which costs seconds over the whole dictionary."""
    plain: dict[str, bool] = {}
    rules = getattr(tokenize, "rules", None)

    def is_plain(w: str) -> bool:
        known = plain.get(w)
        if known is None:
            known = plain[w] = bool(
                _WORD.fullmatch(w) and w not in rules
                and not (tokenize.prefix_search and tokenize.prefix_search(w))
                and not (tokenize.suffix_search and tokenize.suffix_search(w))
                and not (tokenize.infix_finditer and any(True for _ in tokenize.infix_finditer(w)))
                and not (tokenize.token_match and tokenize.token_match(w)))
        return known

    out: list = [None] * len(texts)
    hard = []
    for k, text in enumerate(texts):
        words = text.split(" ")
        if rules is not None and all(words) and all(is_plain(w) for w in words):
            out[k] = tuple(norm(w) for w in words)
        else:
            hard.append(k)
    for k, doc in zip(hard, tokenize.pipe([texts[k] for k in hard], batch_size=1000)):
        out[k] = tuple(norm(t.text) for t in doc if not t.is_space)
    return out


_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "to", "in"})   # "families of"


def hyphened_roles(phrases) -> list[str]:
    """Two-word role phrases written with a hyphen ("asylum seekers" -> "asylum-seekers"):
    the same role, which the tokeniser splits into three words. Only plural roles are given
    (by the caller): a singular one hyphened is mostly a modifier or a title ("a cruise-missile
    attack", "Major-General X"), no actor of its own."""
    out = []
    for p in phrases:
        words = p.split(" ")
        if len(words) == 2 and all(w.isalpha() and w.isascii() and w not in _FUNCTION_WORDS for w in words):
            out.append("-".join(words))
    return out


# the Arabic article, which news text joins to the name with a hyphen ("al-Bashir", "el-Sisi")
# where the Phoenix dictionaries write it apart ("AL_BASHIR")
ARTICLES = frozenset({"al", "el"})


def article_hyphened(trie: dict) -> list[tuple[tuple[str, ...], str]]:
    """(tokens, phrase) for every phrase with an article before a word, the article joined to
    that word by a hyphen as the tokeniser splits it ("omar al bashir" -> omar al - bashir),
    when no phrase is written so already. The hyphened form never replaces another phrase."""
    out = []
    for by_len in trie.values():
        for phrases in by_len.values():
            for toks, phrase in phrases.items():
                if not any(t in ARTICLES for t in toks[:-1]):
                    continue
                new: list[str] = []
                for k, t in enumerate(toks):
                    new.append(t)
                    if t in ARTICLES and k + 1 < len(toks) and toks[k + 1].isalpha():
                        new.append("-")
                out.append((tuple(new), phrase))
    return out


@dataclass(frozen=True)
class PhraseMatch:
    start: int          # token indices, end exclusive
    end: int
    phrase: str         # the dictionary phrase (normalised)
    kinds: frozenset    # entry kinds found for the phrase ("agent" included)


# Pronouns and words that point back to actors named earlier.
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its",
                      "we", "our", "us", "i", "my", "both"})


class ActorMatcher:
    def __init__(self, dictionary: ActorDictionary, tokenize):
        self.dictionary = dictionary
        if dictionary.fingerprint is not None and hasattr(tokenize, "to_bytes"):
            # the trie of this dictionary, split by this tokeniser, from the cache (stored.py)
            from spacy import about

            from .stored import key, stored

            name = key("trie", (ADMIN1,), dictionary.fingerprint, tokenize.to_bytes(exclude=["vocab"]), about.__version__)
            self._trie, self._max, self._agents = stored("trie", name, lambda: self._build(dictionary, tokenize))
        else:
            self._trie, self._max, self._agents = self._build(dictionary, tokenize)

    def _build(self, dictionary: ActorDictionary, tokenize) -> tuple[dict, int, frozenset]:
        """(trie, longest phrase, agent phrases) of the dictionary's phrases as `tokenize` splits them."""
        self._trie: dict = {}
        self._max = 1
        phrases = sorted(set(dictionary.phrases()) | set(dictionary.agent_phrases()))
        # the tokeniser splits "u.s." but keeps "U.S." whole: tokenise such phrases both ways
        variants = [(p, p) for p in phrases] + [(p, p.upper()) for p in phrases if "." in p or "'" in p]
        for phrase, toks in zip((p for p, _ in variants), _phrase_tokens([v for _, v in variants], tokenize)):
            if not toks:
                continue
            self._trie.setdefault(toks[0], {}).setdefault(len(toks), {})[toks] = phrase
            self._max = max(self._max, len(toks))
        for phrase in hyphened_roles(p for p in dictionary.agent_phrases() if dictionary.agent_plural(p)):
            # "asylum-seekers", "aid-workers": the tokeniser splits the hyphen off as a word
            toks = tuple(phrase.replace("-", " - ").split())
            self._trie.setdefault(toks[0], {}).setdefault(3, {}).setdefault(toks, phrase.replace("-", " "))
            self._max = max(self._max, 3)
        for toks, phrase in article_hyphened(self._trie):
            # "Omar al-Bashir": the dictionaries (Phoenix) write the Arabic article apart
            self._trie.setdefault(toks[0], {}).setdefault(len(toks), {}).setdefault(toks, phrase)
            self._max = max(self._max, len(toks))
        for toks in enclosing_names(dictionary, tokenize):
            # "Inner Mongolia", "New Mexico": read whole, as no actor (enclosed.py)
            self._trie.setdefault(toks[0], {}).setdefault(len(toks), {}).setdefault(toks, "")
            self._max = max(self._max, len(toks))
        return self._trie, self._max, frozenset(norm(p) for p in dictionary.agent_phrases())

    def find(self, words: Sequence[str]) -> list[PhraseMatch]:
        """Longest non-overlapping matches over normalised token texts `words`."""
        out: list[PhraseMatch] = []
        i, n = 0, len(words)
        trie = self._trie
        last, bare = _final_stop(words)
        while i < n:
            by_len = trie.get(words[i])
            hit = None
            if by_len:
                for length in sorted(by_len, reverse=True):
                    if i + length > n:
                        continue
                    key = tuple(words[i:i + length])
                    phrase = by_len[length].get(key)
                    if phrase is None and i + length - 1 == last:
                        phrase = by_len[length].get(key[:-1] + (bare,))
                    if phrase is not None:
                        hit = (length, phrase)
                        break
            if hit is None and i == last:       # a one-word phrase: "... to Corp."
                phrase = trie.get(bare, {}).get(1, {}).get((bare,))
                hit = (1, phrase) if phrase is not None else None
            if hit:
                length, phrase = hit
                if phrase:              # "" is a place name holding a country's (enclosed.py)
                    out.append(PhraseMatch(i, i + length, phrase, self._kinds(phrase)))
                i += length
            else:
                i += 1
        return out

    @functools.lru_cache(maxsize=100_000)
    def _kinds(self, phrase: str) -> frozenset:
        kinds = {e.kind for e in self.dictionary.lookup(phrase)}
        if self.dictionary.agent_role(phrase):
            kinds.add("agent")
        return frozenset(kinds)


@functools.lru_cache(maxsize=2)
def default_matcher() -> ActorMatcher:
    from ..language.model import tokenizer

    return ActorMatcher(ActorDictionary.load(), tokenizer())
