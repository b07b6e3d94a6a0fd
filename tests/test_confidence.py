"""Event confidence: the shipped model, its features, its reasons and the --min-confidence filter."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.events import confidence as C
from eventwire.records import ActorMention, Event, EventMention, Origin

EXE = str(Path(sys.executable).with_name("eventwire"))


def _event(source_origin=Origin.OFFICE, target_origin=Origin.OFFICE, sentence=None, pattern="cameo2:1"):
    sentence = sentence or "President Alpha praised the prime minister of Beta on Monday."
    src = ActorMention("President Alpha", 0, 15, "AAAGOV", "Alpha", "person", source_origin)
    tgt = ActorMention("the prime minister", 25, 43, "BBBGOV", "Beta", "person", target_origin)
    m = EventMention("d1", 0, sentence, "praised", 16, 23, pattern, src, tgt, "051", date="2024-03-04")
    return Event("e1", "051", "05", "APPEAL", 3.4, 1, src, tgt, "2024-03-04", "day", [m])


def _possible_features() -> set:
    names = {f"{side}:{o.value}" for side in ("source", "target") for o in Origin}
    names |= {f"{side}_from:{g}" for side in ("source", "target") for g in C.GROUP_WORDS}
    names |= {f"rule:{k}" for k in C.RULE_KINDS + ("other",)} | {f"quad:{q}" for q in range(5)}
    return names | set(C.NUMERIC) | {"domestic", "quote", "stated_date", "role_source", "role_target"}


def test_shipped_model_loads_and_reads_only_features_the_coder_makes():
    m = C.ConfidenceModel.load()
    assert m.weights and 0 <= m.threshold < 1      # 0 when no cut is needed for precision 0.85
    assert set(m.weights) <= _possible_features()
    f = C.features(_event(), "2024-03-05")
    assert set(f) <= _possible_features()
    assert 0.01 <= m.score(f) <= 0.99


def test_a_pronoun_or_far_actor_lowers_confidence():
    m = C.ConfidenceModel.load()
    named = C.features(_event(), "2024-03-05")
    pronoun = C.features(_event(source_origin=Origin.PRONOUN), "2024-03-05")
    assert m.raw(pronoun) < m.raw(named)
    long = "President Alpha, " + "after a long week of meetings in many towns and cities, " * 3 + \
           "praised the prime minister of Beta on Monday."
    e = _event(sentence=long)
    e.mentions[0].trigger_start = long.index("praised")
    e.mentions[0].trigger_end = e.mentions[0].trigger_start + 7
    far = C.features(e, "2024-03-05")
    assert far["distance"] > named["distance"] and m.raw(far) < m.raw(named)


def test_reasons_name_what_moved_the_number():
    m = C.ConfidenceModel(0.0, {"source:pronoun": -2.0, "sentence_words": -1.0}, 0.5,
                          means={"source:pronoun": 0.1, "sentence_words": 3.0})
    f = C.features(_event(source_origin=Origin.PRONOUN), None)
    reasons = m.reasons(f)
    assert reasons[0]["feature"] == "source:pronoun" and reasons[0]["weight"] < 0
    assert "pronoun" in reasons[0]["reason"]


def test_calibration_map_is_monotone_and_never_certain():
    m = C.ConfidenceModel(0.0, {}, steps=[(0.2, 0.0), (0.5, 0.4), (0.9, 1.0)])
    values = [m.calibrate(p / 20) for p in range(21)]
    assert values == sorted(values)
    assert values[0] == 0.01 and values[-1] == 0.99
    assert abs(m.calibrate(0.7) - 0.7) < 1e-9


def test_reports_from_several_articles_raise_confidence():
    assert C.combine([0.6]) == pytest.approx(0.6)
    assert C.combine([0.6, 0.6]) == pytest.approx(0.84)
    assert C.combine([]) == 0.0


def test_code_writes_confidence_and_filters(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = ["President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday.",
             "Kenya accused Somalia of sheltering gunmen, officials said on Monday."]
    src.write_text("".join(json.dumps({"doc_id": f"d{i}", "date": "2023-05-02", "text": t}) + "\n"
                           for i, t in enumerate(texts)))
    out = tmp_path / "all.jsonl"
    subprocess.run([EXE, "code", str(src), "-o", str(out), "--quiet"], check=True)
    events = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(events) >= 2
    for e in events:
        assert 0.0 < e["confidence"] < 1.0
        assert all({"feature", "reason", "weight"} <= set(r) for r in e["confidence_reasons"])
    cut = sorted(e["confidence"] for e in events)[-1]
    kept = tmp_path / "kept.jsonl"
    subprocess.run([EXE, "code", str(src), "-o", str(kept), "--quiet", "--min-confidence", str(cut)], check=True)
    kept_events = [json.loads(x) for x in kept.read_text().splitlines()]
    assert 1 <= len(kept_events) < len(events) or all(e["confidence"] == cut for e in events)
    assert all(e["confidence"] >= cut for e in kept_events)


def test_code_defaults_to_the_models_threshold(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = ["Kenya accused Somalia of sheltering gunmen, officials said on Monday.",
             "They said it might criticise the plan, and he had earlier met them."]
    src.write_text("".join(json.dumps({"doc_id": f"d{i}", "date": "2023-05-02", "text": t}) + "\n"
                           for i, t in enumerate(texts)))
    default, everything = tmp_path / "default.jsonl", tmp_path / "all.jsonl"
    subprocess.run([EXE, "code", str(src), "-o", str(default), "--quiet"], check=True)
    subprocess.run([EXE, "code", str(src), "-o", str(everything), "--quiet", "--min-confidence", "0"], check=True)
    threshold = C.ConfidenceModel.load().threshold
    every = [json.loads(x) for x in everything.read_text().splitlines()]
    kept = [json.loads(x) for x in default.read_text().splitlines()]
    assert [e["event_id"] for e in kept] == [e["event_id"] for e in every if e["confidence"] >= threshold]


def test_article_length_is_a_readable_feature():
    short = C.features(_event(), "2024-03-05", words=120)
    long = C.features(_event(), "2024-03-05", words=3000)
    assert long["article_words"] > short["article_words"]
    m = C.ConfidenceModel(0.0, {"article_words": -1.0}, 0.5, means={"article_words": 5.0})
    assert m.raw(long) < m.raw(short)
    assert "an article of 3000 words" in [r["reason"] for r in m.reasons(long)]


def test_each_actor_origin_falls_in_one_readable_group():
    f = C.features(_event(source_origin=Origin.ADJECTIVE, target_origin=Origin.STORY_COUNTRY), None)
    assert f["source_from:nationality"] == 1.0 and f["target_from:context"] == 1.0
    assert not any(k.startswith("source_from:") and k != "source_from:nationality" for k in f)
    assert set(C.ORIGIN_GROUPS.values()) | {"context"} == set(C.GROUP_WORDS)
    m = C.ConfidenceModel(0.0, {"target_from:context": -1.0}, means={"target_from:context": 0.3})
    assert "target found from context (pronoun, role, story)" in [r["reason"] for r in m.reasons(f)]
