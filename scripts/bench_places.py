"""What place resolution costs per article.

Codes the same articles with the places stage on and off (in one process, after warming up),
and prints the time per article of each run and of the difference, plus the gazetteer's load
time from its cache.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/synthetic_stories.jsonl"))
    ap.add_argument("--limit", type=int, default=500, help="articles to use (default 500)")
    a = ap.parse_args()

    from eventwire.pipeline import Coder
    from eventwire.records import Document

    docs = []
    with open(a.corpus, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs.append(Document(d["doc_id"], d["text"], d.get("date")))
            if len(docs) >= a.limit:
                break

    t0 = time.perf_counter()
    with_places = Coder(places=True)
    load = time.perf_counter() - t0
    without = Coder(places=False)
    for coder in (with_places, without):          # warm up
        list(coder.code(docs[:20]))

    def run(coder) -> float:
        t = time.perf_counter()
        for _ in coder.code(docs):
            pass
        return time.perf_counter() - t

    off = run(without)
    on = run(with_places)
    n = len(docs)
    print(f"articles: {n}; coder start-up with places (model, dictionaries, gazetteer): {load:.1f} s")
    print(f"{'run':<24}{'ms/article':>12}")
    print(f"{'places off':<24}{1000 * off / n:>12.1f}")
    print(f"{'places on':<24}{1000 * on / n:>12.1f}")
    print(f"{'cost of places':<24}{1000 * (on - off) / n:>12.1f}")


if __name__ == "__main__":
    main()
