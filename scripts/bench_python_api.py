"""Measure the Python API (docs/python_api.md): eventwire.code's first and second call,
code_frame against `eventwire code` on the same stories, and a store query to pandas through
Arrow against a frame built from the list of dicts. Each part runs in its own process.

    scripts/bench_python_api.py calls --seeds ../shared/seeds
    scripts/bench_python_api.py frame --corpus ../shared/corpus/synthetic_stories.jsonl --n 2000
    scripts/bench_python_api.py store --events 1000000 [--store /tmp/bench1m.duckdb]
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """This process's resident memory now (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def calls(a) -> None:
    import eventwire

    stories = [{"doc_id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(Path(a.seeds).glob("*.txt"))]
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        events = eventwire.code(stories)
        times.append(time.perf_counter() - t0)
    print(f"eventwire.code on {len(stories)} seed stories ({len(events)} events): first call {times[0]:.2f} s, "
          f"second {times[1]:.3f} s, third {times[2]:.3f} s")


def frame(a) -> None:
    import pandas as pd

    import eventwire

    rows = [json.loads(line) for line in open(a.corpus, encoding="utf-8")][:a.n]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "stories.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        out = Path(tmp) / "events.jsonl"
        exe = str(Path(sys.executable).with_name("eventwire"))
        t0 = time.perf_counter()
        subprocess.run([exe, "code", str(src), "-o", str(out), "-q", "--workers", "1"], check=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)))
        cli_secs = time.perf_counter() - t0
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpu = ru.ru_utime + ru.ru_stime
        cli = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    df = pd.DataFrame(rows)
    t0 = time.perf_counter()
    from eventwire import api
    api.coder()                                        # the first call's load, timed apart
    load_secs = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    events = eventwire.code_frame(df, text="text", date="date" if "date" in df else None, id="doc_id")
    frame_secs, frame_cpu = time.perf_counter() - t0, time.process_time() - c0
    key = ["event_id", "doc_id", "source_code", "code", "target_code", "date"]
    mine = sorted(tuple(str(r[k]) if r[k] == r[k] and r[k] is not None else "None" for k in key)
                  for r in events[key].astype(object).to_dict("records"))
    theirs = sorted(tuple(str(x) for x in (e["event_id"], e["doc_id"], e["source"]["code"], e["code"],
                                            e["target"]["code"], e["date"])) for e in cli)
    mine = [tuple(v[:10] if k == "date" and v != "None" else v for k, v in zip(key, t)) for t in mine]
    same = sorted(mine) == sorted(theirs)
    print(f"{len(rows)} synthetic stories: eventwire code (one worker, a new process, model load included) "
          f"{cli_secs:.1f} s ({cli_cpu:.1f} s CPU), {len(cli)} events; code_frame {frame_secs:.1f} s "
          f"({frame_cpu:.1f} s CPU) after a {load_secs:.1f} s load, {len(events)} events; same events: {same}")


def build_store(path: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_store import generate, load_duckdb

    t0 = time.perf_counter()
    tables = generate(n)
    secs = load_duckdb(tables, path)
    print(f"store of {tables['events'].num_rows:,} events built in {time.perf_counter() - t0:.0f} s "
          f"(load {secs:.0f} s): {path}")


def store_part(a) -> None:
    path = Path(a.store)
    if not path.exists():
        build_store(path, a.events)
    for how in ("to_pandas", "dicts"):
        out = subprocess.run([sys.executable, __file__, "store-one", "--store", str(path), "--how", how],
                             capture_output=True, text=True, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        print(out.stdout.strip())


def store_one(a) -> None:
    import pandas as pd

    import eventwire

    with eventwire.Store.open(a.store, read_only=True) as store:
        base = rss_mb()
        t0 = time.perf_counter()
        result = store.events()
        if a.how == "to_pandas":
            df = result.to_pandas()
            label = "store.events().to_pandas() (Arrow)"
        else:
            df = pd.DataFrame(list(result))
            label = "pd.DataFrame(list(store.events())) (dicts)"
        secs = time.perf_counter() - t0
        held = rss_mb() - base                    # the frame, and the rows while they live
    print(f"{label:<46} {len(df):>9,} rows x {df.shape[1]} columns: {secs:6.1f} s, "
          f"peak memory +{peak_mb() - base:,.0f} MB, held after +{held:,.0f} MB "
          f"(frame {df.memory_usage(deep=True).sum() / 1e6:,.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=["calls", "frame", "store", "store-one"])
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "synthetic_stories.jsonl"))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--store", default=str(Path(tempfile.gettempdir()) / "eventwire_bench_1m.duckdb"))
    ap.add_argument("--how", default="to_pandas")
    a = ap.parse_args()
    {"calls": calls, "frame": frame, "store": store_part, "store-one": store_one}[a.part](a)


if __name__ == "__main__":
    main()
