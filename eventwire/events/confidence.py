"""How sure is an event? A calibrated probability that it is right, with its reasons.

Every feature is something the coder already knows and a reader can check in the evidence:
how each actor was resolved, which kind of rule fired, the event class, whether the sentence is
a quote, how far the actors stand from the trigger, how long ago the stated date lies, how many
sentences report the event. A logistic model (trained by scripts/train_confidence.py on the DEV
gold sets, k-fold by document) weighs them; its weights ship as data/confidence.json, which a
person can read and edit. ``reasons`` names the features that moved the number most.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date as _date
from functools import lru_cache
from pathlib import Path

from ..records import Event, Origin

DATA = Path(__file__).parent / "data" / "confidence.json"

RULE_KINDS = ("cameo2", "verb", "hand", "rule", "noun", "nominal", "crowd", "judgement", "police",
              "attacked", "held-by", "reported")
_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")
_QUOTES = re.compile(r"[\"\u201c\u201d]")

ORIGIN_WORDS = {
    Origin.NAME: "a country's name", Origin.ADJECTIVE: "a nationality word", Origin.PEOPLE: "a people's name",
    Origin.CAPITAL: "a capital", Origin.METONYM: "a seat of government", Origin.ORGANISATION: "a named organisation",
    Origin.OFFICE: "a person's dated office", Origin.PRONOUN: "a pronoun", Origin.DESCRIPTION: "a description",
    Origin.STORY_COUNTRY: "a role in the story's country", Origin.CONTEXT: "a role in a country named nearby",
    Origin.ROLE: "a role of unknown country", Origin.PLACE: "a place's country", Origin.UNNAMED: "unnamed people",
    Origin.OTHER: "another source",
}


# The actor's origin in three groups, for a model too small to weigh fifteen origins one by one:
# named in the text, a nationality or people's word, or found from context (pronoun, role, story).
ORIGIN_GROUPS = {
    Origin.NAME: "named", Origin.CAPITAL: "named", Origin.METONYM: "named", Origin.ORGANISATION: "named",
    Origin.OFFICE: "named", Origin.ADJECTIVE: "nationality", Origin.PEOPLE: "nationality",
}
GROUP_WORDS = {"named": "named in the text", "nationality": "a nationality or people's word",
               "context": "found from context (pronoun, role, story)"}

NUMERIC = ("days_before", "sentence_index", "distance", "sentence_words", "reports", "article_words")   # log1p of a count


def _label(name: str, value: float = 1.0) -> str:
    """A feature in words, for the reasons shown with an event."""
    kind, _, rest = name.partition(":")
    if kind in ("source", "target"):
        return f"{kind} from {ORIGIN_WORDS.get(Origin(rest), rest)}"
    if kind in ("source_from", "target_from"):
        return f"{kind.split('_')[0]} {GROUP_WORDS.get(rest, rest)}"
    if kind == "rule":
        return f"rule kind '{rest}'"
    if kind == "quad":
        return {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
                "4": "material conflict"}.get(rest, f"quad class {rest}")
    n = round(math.expm1(value))
    return {
        "domestic": "both actors of one country",
        "quote": "trigger inside a quotation",
        "stated_date": "the sentence states the date",
        "days_before": f"dated {n} days before the article",
        "sentence_index": f"sentence {n + 1} of the article",
        "distance": f"actors up to {n} words from the trigger",
        "sentence_words": f"a sentence of {n} words",
        "reports": f"reported in {n + 1} sentences",
        "article_words": f"an article of {n} words",
        "role_source": "source has a role (GOV, MIL, ...)",
        "role_target": "target has a role (GOV, MIL, ...)",
    }.get(name, name)


def _country(code: str) -> str | None:
    return None if not code or code.startswith(_INTERNATIONAL) else code[:3]


def _in_quote(sentence: str, at: int) -> bool:
    """An odd number of quotation marks before the trigger: it stands inside a quote."""
    return len(_QUOTES.findall(sentence[:at])) % 2 == 1


def _words(text: str) -> int:
    return len(text.split())


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return (_date.fromisoformat(b[:10]) - _date.fromisoformat(a[:10])).days
    except (TypeError, ValueError):
        return None


def features(event: Event, published: str | None = None, words: int = 0) -> dict[str, float]:
    """The readable features of one document-level event (first mention's evidence); words is
    the length of its article (long features are harder to code than wire briefs)."""
    m = event.mentions[0]
    f: dict[str, float] = {}
    for side, actor in (("source", event.source), ("target", event.target)):
        f[f"{side}:{Origin(actor.origin).value}"] = 1.0
        f[f"{side}_from:{ORIGIN_GROUPS.get(Origin(actor.origin), 'context')}"] = 1.0
        code = actor.code or ""
        if len(code) > 3 and not code.startswith(_INTERNATIONAL):
            f[f"role_{side}"] = 1.0
    kind = (m.pattern_id or "").split(":")[0]
    f[f"rule:{kind if kind in RULE_KINDS else 'other'}"] = 1.0
    f[f"quad:{event.quad_class}"] = 1.0
    src, tgt = _country(event.source.code), _country(event.target.code)
    if src and src == tgt:
        f["domestic"] = 1.0
    if _in_quote(m.sentence, m.trigger_start):
        f["quote"] = 1.0
    if m.date_how and m.date_how != "article date":
        f["stated_date"] = 1.0
    days = _days(event.date, published)
    f["days_before"] = math.log1p(max(0, days)) if days is not None else 0.0
    f["sentence_index"] = math.log1p(m.sentence_index)
    spans = [(a.start, a.end) for a in (m.source, m.target) if a.end > a.start]
    far = 0
    for start, end in spans:
        lo, hi = sorted((min(start, m.trigger_start), max(end, m.trigger_end)))
        far = max(far, _words(m.sentence[lo:hi]) - 1)
    f["distance"] = math.log1p(far)
    f["sentence_words"] = math.log1p(_words(m.sentence))
    f["reports"] = math.log1p(len({x.sentence_index for x in event.mentions}) - 1)
    f["article_words"] = math.log1p(words)
    return f


@dataclass
class ConfidenceModel:
    """Logistic weights over the features, then a calibration map (isotonic steps)."""

    intercept: float
    weights: dict[str, float]
    threshold: float = 0.0
    steps: list[tuple[float, float]] = field(default_factory=list)   # (raw probability, calibrated)
    info: dict = field(default_factory=dict)
    means: dict[str, float] = field(default_factory=dict)   # each feature's mean in training

    @classmethod
    def load(cls, path: Path = DATA) -> "ConfidenceModel":
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(d["intercept"], d["weights"], d.get("threshold", 0.0),
                   [tuple(s) for s in d.get("calibration", [])], d.get("info", {}), d.get("means", {}))

    def save(self, path: Path = DATA) -> None:
        d = {"info": self.info, "threshold": round(self.threshold, 4), "intercept": round(self.intercept, 4),
             "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())},
             "means": {k: round(v, 4) for k, v in sorted(self.means.items())},
             "calibration": [[round(a, 4), round(b, 4)] for a, b in self.steps]}
        Path(path).write_text(json.dumps(d, indent=1) + "\n", encoding="utf-8")

    def raw(self, f: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def calibrate(self, p: float) -> float:
        """The calibration map (isotonic or a sampled sigmoid, stored as steps: linear between
        them, flat beyond them), kept within
        [0.01, 0.99]: no coded event is certain either way."""
        return min(0.99, max(0.01, self._isotonic(p)))

    def _isotonic(self, p: float) -> float:
        s = self.steps
        if not s:
            return p
        if p <= s[0][0]:
            return s[0][1]
        for (x0, y0), (x1, y1) in zip(s, s[1:]):
            if p <= x1:
                return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)
        return s[-1][1]

    def score(self, f: dict[str, float]) -> float:
        return self.calibrate(self.raw(f))

    def reasons(self, f: dict[str, float], n: int = 3) -> list[dict]:
        """The n features of this event that moved its log-odds most, either way, against an
        average training event (a 20-word sentence is no reason; a 60-word one is)."""
        parts = []
        for k in set(f) | {k for k in NUMERIC if k in self.weights}:
            w = self.weights.get(k, 0.0) * (f.get(k, 0.0) - self.means.get(k, 0.0))
            if abs(w) >= 0.1:
                parts.append((w, k))
        parts.sort(key=lambda p: -abs(p[0]))
        return [{"feature": k, "reason": _label(k, f.get(k, 0.0)), "weight": round(w, 2)} for w, k in parts[:n]]


@lru_cache(maxsize=4)
def model(path: str = str(DATA)) -> ConfidenceModel | None:
    """The shipped model, or None when its file is missing (events then carry no confidence)."""
    p = Path(path)
    return ConfidenceModel.load(p) if p.exists() else None


def combine(probabilities: list[float]) -> float:
    """One event reported by several articles: the chance that at least one report is right,
    taking the reports as independent (1 - product of 1 - p). Reports from one article count
    once (its best), as the caller passes one value per article."""
    miss = 1.0
    for p in probabilities:
        miss *= 1.0 - max(0.0, min(1.0, p))
    return 1.0 - miss


def annotate(events: list[Event], published: str | None, m: ConfidenceModel | None = None,
             words: int = 0) -> None:
    """Set confidence and reasons on each event of one document of that many words."""
    m = m if m is not None else model()
    if m is None:
        return
    for e in events:
        f = features(e, published, words)
        e.confidence = round(m.score(f), 3)
        e.reasons = m.reasons(f)
