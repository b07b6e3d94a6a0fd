"""The hand-written event data: event nouns, light verbs, modality rules."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .yamldata import safe_load

from ..tsv import read_tsv  # noqa: F401  (scripts read the event tables with it from here)

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class EventNoun:
    noun: str                 # lemma, or a two-word compound ("telephone conversation")
    code: str
    preps: tuple[str, ...]    # prepositions whose object is the target


# the modality.yaml lists kept in Rules.words
MODALITY_WORDS = ("mental_heads", "hedged_reports", "conditional_openers", "only_when_marks",
                  "comment_verbs", "force_act_nouns", "force_modifiers", "verbal_roots", "speech_means",
                  "means_preps", "motive_marks", "not_force_objects", "scheduled_heads",
                  "negating_adverbs", "attempt_heads", "attempt_roots", "purpose_permissions",
                  "ability_aux", "refused_when_unable")


@dataclass(frozen=True)
class Rules:
    nouns: dict[str, EventNoun]
    light_verbs: frozenset[str]
    light_own_code: frozenset[str]      # light verbs that keep their own code without an event noun
    future_aux: frozenset[str]
    speculative_aux: frozenset[str]
    obligation_aux: frozenset[str]
    intent_heads: frozenset[str]
    threat_heads: frozenset[str]
    negating_heads: frozenset[str]
    hypothetical_marks: frozenset[str]
    intent_codes: dict[str, str | None]
    threat_codes: dict[str, str]
    uncoded_roots: frozenset[str]
    slots: dict            # slots.yaml: where targets are looked for
    patterns_only: frozenset[str] = frozenset()   # verb_senses.yaml: verbs coded only by their patterns
    needs_object: frozenset[str] = frozenset()    # verb_senses.yaml: no default code without an object
    person_object: frozenset[str] = frozenset()   # verb_senses.yaml: no default code with a thing as object
    mode: str = "eventwire"            # "petrarch": code what the patterns say; negation by negation.tsv
    negation: dict[str, str] | None = None   # code -> the code of its negation ("110" -> "050")
    speculative_heads: frozenset[str] = frozenset()  # "is likely to attack", "appears to have"
    hearsay_heads: frozenset[str] = frozenset()      # passive "is believed to have attacked"
    claim_heads: frozenset[str] = frozenset()        # "said (that) they had struck": a claim
    charge_heads: frozenset[str] = frozenset()       # "blamed X for attacking": the charge laid
    future_heads: frozenset[str] = frozenset()       # "are going to withdraw"
    negating_dets: frozenset[str] = frozenset()      # "no country has recognised"
    negating_words: frozenset[str] = frozenset()     # "nobody attacked"
    negating_preps: frozenset[str] = frozenset()     # "without consulting Russia"
    wish_heads: frozenset[str] = frozenset()         # "hopes Japan will persuade Biden": a wish
    analyst_nouns: frozenset[str] = frozenset()      # "..., an analyst said": opinion, not report
    news_time_words: frozenset[str] = frozenset()    # "which have shelled X since Monday": news
    ongoing_codes: tuple[str, ...] = ()               # "is fighting X", "Iran backs Y": a state
    ongoing_verbs: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()          # "launched an offensive": the object is an act
    speaking_documents: frozenset[str] = frozenset()  # "a report accusing X": the document speaks
    issuing_verbs: frozenset[str] = frozenset()       # "published a report accusing X": it was issued
    gathering_verbs: frozenset[str] = frozenset()     # "gathered in X to protest": the protest happened
    protest_purposes: frozenset[str] = frozenset()    # the protest verbs such a purpose clause names
    standing_participles: tuple[str, ...] = ()        # "forces backed by X": code prefixes of no act
    # word lists of modality.yaml read by name (mental_heads, hedged_reports, conditional_openers,
    # only_when_marks, comment_verbs, force_act_nouns, force_modifiers, verbal_roots, speech_means)
    words: dict | None = None

    @classmethod
    @functools.lru_cache(maxsize=8)
    def load(cls, data_dir: Path = DATA, overlay: Path | None = None) -> "Rules":
        """The rules in ``data_dir``. An ``overlay`` folder (an imported dictionary set's events/)
        may replace the TSV files and override keys of the YAML files."""
        def pick(name: str) -> Path:
            return overlay / name if overlay is not None and (overlay / name).exists() else data_dir / name

        nouns = {}
        for row in read_tsv(pick("nouns.tsv")):
            nouns[row["noun"].lower()] = EventNoun(row["noun"].lower(), row["code"],
                                                   tuple(p for p in row["preps"].split("|") if p))
        light_rows = read_tsv(pick("light_verbs.tsv"))
        light = frozenset(r["lemma"].lower() for r in light_rows)
        own = frozenset(r["lemma"].lower() for r in light_rows if r.get("own_code") == "yes")
        mod = _yaml(data_dir / "modality.yaml", overlay)
        negation = None
        if pick("negation.tsv").exists():
            negation = {r["code"]: r["negated"] for r in read_tsv(pick("negation.tsv"))}
        low = lambda key: frozenset(str(w).lower() for w in mod.get(key, []))  # noqa: E731
        return cls(
            nouns=nouns, light_verbs=light, light_own_code=own,
            future_aux=low("future_aux"), speculative_aux=low("speculative_aux"), obligation_aux=low("obligation_aux"),
            intent_heads=low("intent_heads"), threat_heads=low("threat_heads"),
            negating_heads=low("negating_heads"),
            hypothetical_marks=low("hypothetical_marks"),
            speculative_heads=low("speculative_heads"),
            hearsay_heads=low("hearsay_heads"), future_heads=low("future_heads"),
            claim_heads=low("claim_heads"), charge_heads=low("charge_heads"),
            negating_dets=low("negating_dets"), negating_words=low("negating_words"),
            negating_preps=low("negating_preps"), analyst_nouns=low("analyst_nouns"),
            news_time_words=low("news_time_words"),
            ongoing_codes=tuple(str(c) for c in mod.get("ongoing_codes", [])),
            ongoing_verbs=low("ongoing_verbs"),
            wish_heads=low("wish_heads"),
            speaking_documents=low("speaking_documents"), issuing_verbs=low("issuing_verbs"),
            gathering_verbs=low("gathering_verbs"), protest_purposes=low("protest_purposes"),
            standing_participles=tuple(str(c) for c in mod.get("standing_participles", [])),
            intent_codes={str(k): v for k, v in (mod.get("intent_codes") or {}).items()},
            threat_codes={str(k): v for k, v in (mod.get("threat_codes") or {}).items()},
            uncoded_roots=frozenset(str(r) for r in mod.get("uncoded_roots", [])),
            act_nouns=_act_nouns(data_dir),
            words={k: low(k) for k in MODALITY_WORDS},
            slots=_slots(_yaml(data_dir / "slots.yaml", overlay)), mode=str(mod.get("mode", "eventwire")), negation=negation,
            patterns_only=frozenset(str(v).lower() for v in
                                    (_yaml(data_dir / "verb_senses.yaml", overlay).get("patterns_only") or {})),
            needs_object=frozenset(str(v).lower() for v in
                                   (_yaml(data_dir / "verb_senses.yaml", overlay).get("needs_object") or {})),
            person_object=frozenset(str(v).lower() for v in
                                    (_yaml(data_dir / "verb_senses.yaml", overlay).get("person_object") or {})))


def _act_nouns(data_dir: Path) -> frozenset[str]:
    """act_nouns.txt (WordNet: commonest sense an act or event) and slots.yaml's act_nouns_extra."""
    path = data_dir / "act_nouns.txt"
    words = set()
    if path.exists():
        words = {w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                 if w.strip() and not w.startswith("#")}
    with open(data_dir / "slots.yaml", encoding="utf-8") as fh:
        words |= {str(w).lower() for w in (safe_load(fh) or {}).get("act_nouns_extra", [])}
    return frozenset(words)


def _words(values) -> list[str]:
    """YAML reads bare on/off/yes/no as booleans: refuse them rather than guess."""
    for v in values:
        if not isinstance(v, str):
            raise ValueError(f"slots.yaml: {v!r} is not a word; quote it (\"on\", \"no\")")
    return list(values)


def _yaml(path: Path, overlay: Path | None) -> dict:
    """A YAML mapping, with the keys of the overlay folder's file of the same name on top."""
    with open(path, encoding="utf-8") as fh:
        data = safe_load(fh) or {}
    if overlay is not None and (overlay / path.name).exists():
        with open(overlay / path.name, encoding="utf-8") as fh:
            data.update(safe_load(fh) or {})
    return data


def _slots(data: dict) -> dict:
    raw = {k: (_words(v) if isinstance(v, list) else v) for k, v in data.items()}
    return {
        "target_preps": tuple(raw["target_preps"]),
        "object_target_preps": tuple(raw["object_target_preps"]),
        "place_preps": tuple(raw["place_preps"]),
        "attacked_preps": frozenset(raw["attacked_preps"]),
        "people_only_preps": frozenset(raw.get("people_only_preps", [])),
        "place_target_codes": tuple(str(c) for c in raw.get("place_target_codes", ["0"])),
        "statement_verbs": frozenset(raw["statement_verbs"]),
        "directive_heads": frozenset(raw["directive_heads"]),
        "directive_nouns": frozenset(raw["directive_nouns"]),
        "default_target_roots": frozenset(str(r) for r in raw["default_target_roots"]),
        "population_target_codes": tuple(str(c) for c in raw.get("population_target_codes", ())),
        "population_target_roles": frozenset(str(r) for r in raw.get("population_target_roles", ())),
        "act_subject_roots": frozenset(str(r) for r in raw.get("act_subject_roots", [])),
        "instrument_heads": frozenset(raw["instrument_heads"]),
        "unidentified_roots": frozenset(str(r) for r in raw["unidentified_roots"]),
        "note_sentences": int(raw.get("note_sentences", 1000000)),
        "attack_words": frozenset(raw.get("attack_words", ())),
        "attack_nouns": frozenset(raw.get("attack_nouns", ())),
        "default_victim_roots": frozenset(str(r) for r in raw["default_victim_roots"]),
        "hedge_verbs": frozenset(raw["hedge_verbs"]),
        "cause_marks": frozenset(raw.get("cause_marks", ())),
        "firing_verbs": frozenset(raw.get("firing_verbs", ())),
        "launch_verbs": frozenset(raw.get("launch_verbs", ("launch",))),
        "death_verbs": frozenset(raw.get("death_verbs", ())),
        "shared_causes": frozenset(raw.get("shared_causes", ())),
        "cause_hedges": frozenset(raw.get("cause_hedges", ())),
        "victim_nouns": frozenset(raw["victim_nouns"]),
        "arms_nouns": frozenset(raw.get("arms_nouns", ())),
        "reciprocal_objects": frozenset(raw.get("reciprocal_objects", [])),
        "travel_verbs": frozenset(raw.get("travel_verbs", [])),
        "sending_verbs": frozenset(raw.get("sending_verbs", [])),
        "travel_roots": frozenset(str(r) for r in data.get("travel_roots", [])),
        "travel_codes": frozenset(str(c) for c in data.get("travel_codes", [])),
        "traveller_roles": frozenset(str(r).upper() for r in data.get("traveller_roles", [])),
        "release_roots": frozenset(str(r) for r in raw.get("release_roots", [])),
        "released_nouns": frozenset(raw.get("released_nouns", [])),
        "released_people": dict(raw.get("released_people", {})),
        "releasing_verbs": frozenset(raw.get("releasing_verbs", [])),
        "complement_targets": bool(raw.get("complement_targets", True)),
        "trailing_reports": bool(raw.get("trailing_reports", True)),
        "deep_targets": bool(raw.get("deep_targets", False)),
        "side_with_verbs": frozenset(raw.get("side_with_verbs", [])),
        "deploy_verbs": frozenset(raw.get("deploy_verbs", [])),
        "deployed_forces": frozenset(raw.get("deployed_forces", [])),
        "border_nouns": frozenset(raw.get("border_nouns", [])),
        "border_preps": frozenset(raw.get("border_preps", [])),
        "buildup_for_nouns": frozenset(raw.get("buildup_for_nouns", [])),
        "buildup_amid_nouns": frozenset(raw.get("buildup_amid_nouns", [])),
        "buildup_danger_words": frozenset(raw.get("buildup_danger_words", [])),
        "buildup_reason_verbs": frozenset(raw.get("buildup_reason_verbs", [])),
        "drill_nouns": frozenset(raw.get("drill_nouns", [])),
        "drill_marks": frozenset(raw.get("drill_marks", [])),
        "drill_verbs": frozenset(raw.get("drill_verbs", [])),
        "drill_joint_marks": frozenset(raw.get("drill_joint_marks", [])),
        "drill_apart_marks": frozenset(raw.get("drill_apart_marks", [])),
        "drill_civil_marks": frozenset(raw.get("drill_civil_marks", [])),
        "recall_verbs": frozenset(raw.get("recall_verbs", [])),
        "envoy_nouns": frozenset(raw.get("envoy_nouns", [])),
        "benefit_verbs": frozenset(raw.get("benefit_verbs", [])),
        "blame_for_verbs": frozenset(raw.get("blame_for_verbs", [])),
        "paying_verbs": frozenset(raw.get("paying_verbs", [])),
        "aid_receivers": frozenset(raw.get("aid_receivers", [])),
        "handover_idioms": frozenset(raw.get("handover_idioms", [])),
        "handover_verbs": {str(k): str(v) for k, v in (data.get("handover_verbs") or {}).items()},
    }
