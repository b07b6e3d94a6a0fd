"""Accuracy floors on the DEV gold sets of ../shared/gold.

All sets are coded in one `eventwire code` run (the coder sees only doc_id, date, outlet and
text, never the answers), then each set is scored with the gold folder's own scorers
(score.py; score_quad.py for dev_quad). A change that makes the coder worse on any set
fails here. Raise FLOORS as accuracy improves: each is today's figure less about 0.02.

The gold folder is $EVENTWIRE_SHARED/gold if that is set, else ../shared/gold from the repository
root (the Makefile's SHARED ?= ../shared). Without it these tests are skipped.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EVENTWIRE_SHARED") or ROOT.parent / "shared")
GOLD = SHARED / "gold"
EXE = str(Path(sys.executable).with_name("eventwire"))

# Measured on <set>; floors are these less ~0.02 (ceilings plus ~0.02 for rates where lower is better).
#   seeds        P 1.0    R 0.9091 F1 0.9524
#   dev_plover   P 0.9127 R 0.7152 F1 0.802
#   dev_probes   P 1.0    R 0.8286 F1 0.9062
#   dev_news     P 0.9136 R 0.7288 F1 0.8108   (every text lower-cased: F1 0.7934)
#   dev_longform P 0.9818 R 0.5667 F1 0.7186
#   dev_quad     coverage 0.7285 agreement 0.6552 false_interaction_rate 0.0879   (session 33)
FLOORS = {
    "seeds": {"precision": 0.98, "recall": 0.89, "f1": 0.93},
    "dev_plover": {"precision": 0.89, "recall": 0.695, "f1": 0.78},
    "dev_probes": {"precision": 0.98, "recall": 0.80, "f1": 0.885},
    "dev_news": {"precision": 0.89, "recall": 0.705, "f1": 0.79},
    "dev_longform": {"precision": 0.96, "recall": 0.545, "f1": 0.695},
    "dev_quad": {"coverage": 0.70, "agreement": 0.635},
}
CEILINGS = {
    "dev_quad": {"false_interaction_rate": 0.105},
}
SCORER = {"dev_quad": "score_quad.py"}          # every other set: score.py
SETS = list(FLOORS)
# what the coder may see of a gold document; everything else is the answer
INPUT_FIELDS = ("doc_id", "date", "outlet", "text")

pytestmark = pytest.mark.skipif(
    not GOLD.is_dir(),
    reason=f"gold sets not found at {GOLD} (set EVENTWIRE_SHARED or check out shared/ beside the repo)")


@pytest.fixture(scope="session")
def gold_predictions(tmp_path_factory):
    """Every set coded in one `eventwire code` run: the path of its events."""
    missing = [s for s in SETS if not (GOLD / f"{s}.jsonl").exists()]
    if missing:
        pytest.fail(f"gold folder {GOLD} lacks {', '.join(missing)}")
    tmp = tmp_path_factory.mktemp("gold")
    inp, out = tmp / "in.jsonl", tmp / "pred.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        for name in SETS:
            for line in open(GOLD / f"{name}.jsonl", encoding="utf-8"):
                if line.strip():
                    doc = json.loads(line)
                    fh.write(json.dumps({k: doc[k] for k in INPUT_FIELDS if k in doc}, ensure_ascii=False) + "\n")
    res = subprocess.run([EXE, "code", str(inp), "-o", str(out), "--quiet"],
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, f"eventwire code failed: {res.stderr[-2000:]}"
    # the pipeline keeps going past a document the coder fails on; here that is a failure
    assert "coding failed" not in res.stderr, res.stderr[-2000:]
    return out


def score(name: str, pred: Path) -> dict:
    scorer = GOLD / SCORER.get(name, "score.py")
    res = subprocess.run([sys.executable, str(scorer), str(GOLD / f"{name}.jsonl"), str(pred), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, f"{scorer.name} failed: {res.stderr[-2000:]}"
    line = next(ln for ln in res.stdout.splitlines()[::-1] if ln.startswith("{"))
    return json.loads(line)


@pytest.mark.parametrize("name", SETS)
def test_accuracy_floor(gold_predictions, name):
    figures = score(name, gold_predictions)
    low = {k: (figures[k], floor) for k, floor in FLOORS[name].items() if figures[k] < floor}
    high = {k: (figures[k], ceil) for k, ceil in CEILINGS.get(name, {}).items() if figures[k] > ceil}
    assert not low and not high, (
        f"{name}: below floor {low}, above ceiling {high}; all figures "
        f"{ {k: figures[k] for k in (*FLOORS[name], *CEILINGS.get(name, {}))} }")


def test_lower_case_news_codes_as_ordinary_case(gold_predictions, tmp_path):
    """dev_news with every text lower-cased scores within 0.03 F1 of the text as written."""
    inp, out = tmp_path / "lower.jsonl", tmp_path / "lower_pred.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        for line in open(GOLD / "dev_news.jsonl", encoding="utf-8"):
            if line.strip():
                doc = json.loads(line)
                doc = {k: doc[k] for k in INPUT_FIELDS if k in doc}
                doc["text"] = doc["text"].lower()
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    res = subprocess.run([EXE, "code", str(inp), "-o", str(out), "--quiet"],
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0 and "coding failed" not in res.stderr, res.stderr[-2000:]
    lower, cased = score("dev_news", out)["f1"], score("dev_news", gold_predictions)["f1"]
    assert lower >= cased - 0.03, f"lower-case F1 {lower} against {cased}"
