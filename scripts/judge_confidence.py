#!/usr/bin/env python3
"""How well does event confidence hold on unseen text? (issue 16) A test, never training data.

Codes a corpus with the current coder, scores each event with the shipped confidence model (or the
model file given with --model), finds each event in hand-judged samples (JSONL lines with doc_id, sentence, source, code, target
and verdict correct | partly | wrong, as tools/judge_sample.py writes them) and prints, per judged
file and for all of them, how many judged events are right among those at or above a threshold
and below it, and the AUC (the chance that a right event scores above a wrong one; 0.5 = no
separation). An event matches a judged line when the doc_id, one of its mentions' sentences, and
the source, code and target codes are the same; a line judged in several files keeps the verdict of
the last file given. Only "correct" counts as right. --exclude leaves out the documents of gold
sets (e.g. dev_longform, 14 of the Guardian articles): the coder and the model were tuned on them,
so their events are not unseen.

    python scripts/judge_confidence.py --corpus ../shared/corpus/guardian_dev.jsonl \\
        --judged judge26.jsonl judge27.jsonl judge28.jsonl [--model PATH] [--at 0.85 0.9] \\
        [--exclude ../shared/gold/dev_longform.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Key = tuple[str, str, str, str, str]


def read_judged(paths) -> dict[Key, tuple[bool, str]]:
    """(doc_id, sentence, source, code, target) -> (right, the file's stem); later files win."""
    out: dict[Key, tuple[bool, str]] = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                out[(d["doc_id"], d["sentence"], d["source"], d["code"], d["target"])] = (
                    d["verdict"] == "correct", Path(path).stem)
    return out


def keys(event) -> list[Key]:
    return [(m.doc_id, m.sentence, event.source.code, event.code, event.target.code) for m in event.mentions]


def doc_ids(paths) -> set[str]:
    return {json.loads(x)["doc_id"] for p in paths for x in open(p, encoding="utf-8") if x.strip()}


def match(scored, judged, exclude=frozenset()) -> list[tuple[float, bool, str]]:
    """(confidence, right, judged file) of every coded event found in the judged samples, but
    for events of the excluded documents."""
    out = []
    for event, confidence in scored:
        if event.doc_id in exclude:
            continue
        hit = next((judged[k] for k in keys(event) if k in judged), None)
        if hit is not None:
            out.append((confidence, hit[0], hit[1]))
    return out


def split(pairs, threshold: float) -> tuple[int, int, int, int]:
    """(right above, events above, right below, events below) at that threshold (above: >=)."""
    hi = [r for c, r, _ in pairs if c >= threshold]
    lo = [r for c, r, _ in pairs if c < threshold]
    return sum(hi), len(hi), sum(lo), len(lo)


def auc(pairs) -> float | None:
    """Share of (right, wrong) pairs where the right event scores higher (ties count half)."""
    pos = [c for c, r, _ in pairs if r]
    neg = [c for c, r, _ in pairs if not r]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL articles (doc_id, date, text)")
    ap.add_argument("--judged", type=Path, nargs="+", required=True, help="judged samples, oldest first")
    ap.add_argument("--model", type=Path, help="a confidence.json to score with (default: the shipped one)")
    ap.add_argument("--at", type=float, nargs="*", default=[0.85], help="thresholds to show besides the model's")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="gold sets whose documents to leave out")
    a = ap.parse_args(argv)

    from eventwire.events.confidence import ConfidenceModel, features
    from eventwire.pipeline import Coder
    from eventwire.records import Document

    model = ConfidenceModel.load(a.model) if a.model else ConfidenceModel.load()
    docs = [json.loads(x) for x in open(a.corpus, encoding="utf-8") if x.strip()]
    inputs = [Document(doc_id=d["doc_id"], text=d["text"], date=d.get("date")) for d in docs]
    scored = []
    for doc, events in Coder().code(inputs):
        for e in events:
            scored.append((e, model.score(features(e, doc.date, len(doc.text.split())))))
    judged = read_judged(a.judged)
    exclude = doc_ids(a.exclude)
    pairs = match(scored, judged, exclude)
    print(f"{len(scored)} events coded; {len(pairs)} of {len(judged)} judged events found"
          + (f" outside the {len(exclude)} excluded documents" if exclude else ""))
    groups = [(p.stem, [x for x in pairs if x[2] == p.stem]) for p in a.judged] + [("all", pairs)]
    for name, sel in groups:
        area = auc(sel)
        print(f"{name}: {len(sel)} found, {sum(r for _, r, _ in sel)} right, AUC "
              + (f"{area:.3f}" if area is not None else "-"))
        for t in [model.threshold, *a.at]:
            ra, na, rb, nb = split(sel, t)
            print(f"  at {t:.2f}: {ra} of {na} right at or above, {rb} of {nb} below")
    return 0


if __name__ == "__main__":
    sys.exit(main())
