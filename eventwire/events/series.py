"""A counted series of acts of force told up to now: news, not a standing relation.

"X has staged a string of raids on Y since the conflict began", "over the past decade the
militia has mounted weekly raids, chiefly on the army", "have struck Y
dozens of times since 2019": the span ("since ...", "in recent years") counts discrete acts
whose latest is the news, unlike a lasting relation ("has backed Y since 2011", "has been
fighting Y for decades"), which spans.py and moodparse.py read as standing.

Asked by Modality.code for a verb read as 'standing'. Only when all of these hold:
- the act is force (roots 18-20) or strikes (143);
- the clause is the sentence's main one (or a participle on it: "..., mainly targeting Y"),
  in the present perfect with no other auxiliary, negation or subordinator (a modal, "had",
  "if", a reported "that" keep their own reading);
- its span is one reaching now ("since ...", "in recent years") or none;
- its object is a plural noun of force counted ("several attacks", "dozens of strikes",
  "near-daily raids"), or the verb is counted ("dozens of times").
The count words are data (spans.yaml: series_counts, series_heads, series_nouns).
"""
from __future__ import annotations

from functools import lru_cache

from .yamldata import safe_load

from .rules import DATA

FORCE_ROOTS = ("18", "19", "20")
STRIKE = "143"      # "strikes": an attack when forces strike (attacked.armed_strike)
# the spans.py cues of a span that reaches the story's days
SPANS_TO_NOW = frozenset({"since", "recent years"})
PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})


@lru_cache(maxsize=1)
def series_heads() -> frozenset[str]:
    """The heads that count a series through "of" (spans.yaml series_heads), for the light-verb
    rule too (triggers.py: "carried out hundreds of strikes")."""
    with open(DATA / "spans.yaml", encoding="utf-8") as fh:
        return frozenset((safe_load(fh) or {}).get("series_heads", ()))


class Series:
    def __init__(self, data: dict, force_nouns: frozenset):
        self.counts = frozenset(data.get("series_counts", ()))
        self.heads = frozenset(data.get("series_heads", ()))
        self.force_nouns = force_nouns | frozenset(data.get("series_nouns", ()))

    def to_date(self, verb, code: str, outside) -> bool:
        """Is the verb's act a counted series of force up to now? outside: spans.outside."""
        if code[:2] not in FORCE_ROOTS and code != STRIKE:
            return False
        head = verb
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
            head = verb.head        # "..., mainly targeting Y": the series' own participle
        if head.dep_ != "ROOT" or head.tag_ != "VBN" or not self._perfect_only(head):
            return False
        if outside(head) not in SPANS_TO_NOW | {None}:
            return False
        return self._counted_times(head) or any(self._counted_force(c) for c in head.children
                                                  if c.dep_ in ("dobj", "obj"))

    @staticmethod
    def _perfect_only(tok) -> bool:
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "mark")]
        return bool(aux) and all(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in aux)

    def _counted_force(self, obj) -> bool:
        """ "several attacks", "near-daily raids", "dozens of air strikes", "a series of raids"."""
        if obj.lemma_.lower() in self.heads or obj.lower_ in self.heads:
            counted = any(c.dep_ in ("nummod", "amod", "advmod", "det") for c in obj.children) or obj.tag_ == "NNS"
            for p in obj.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and counted and self._force(o) and o.tag_ in ("NNS", "NNPS"):
                            return True
            return False
        if not self._force(obj) or obj.tag_ not in ("NNS", "NNPS"):
            return False
        return any(c.dep_ in ("amod", "nummod", "advmod", "quantmod") and
                   (c.lower_ in self.counts or c.like_num) for c in obj.children)

    def _force(self, noun) -> bool:
        lemma = noun.lemma_.lower()
        mods = [c for c in noun.children if c.dep_ == "compound"]
        return lemma in self.force_nouns or noun.lower_ in self.force_nouns or \
            bool(mods and f"{mods[-1].lemma_.lower()} {lemma}" in self.force_nouns)

    def _counted_times(self, verb) -> bool:
        """ "have struck Y dozens of times", "more than 200 times"."""
        for c in verb.children:
            if c.dep_ != "npadvmod":
                continue
            if c.lemma_.lower() == "time" and c.tag_ == "NNS":
                if any(g.like_num or g.lower_ in self.counts for g in c.subtree if g.i != c.i):
                    return True
            elif c.lower_ in self.heads and any(o.lemma_.lower() == "time" for p in c.children
                                                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
                return True         # "dozens of times"
        return False
