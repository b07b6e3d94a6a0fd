"""Helpers for the web tests: the `eventwire serve` process and plain HTTP calls."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

EXE = str(Path(sys.executable).with_name("eventwire"))
CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "web" / "articles.jsonl"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


class Server:
    """`eventwire serve` on a free port of 127.0.0.1."""

    def __init__(self, db: Path, *extra: str, env: dict | None = None):
        self.proc = subprocess.Popen([EXE, "serve", "--db", str(db), "--port", "0", "-q", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, **(env or {})})
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"serve did not start: {line!r} {self.proc.stderr.read()}")
        self.base = f"http://127.0.0.1:{m.group(1)}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/api/info", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        else:
            self.stop()
            raise AssertionError("serve did not answer")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def call(base: str, path: str, method: str = "GET", body=None, headers: dict | None = None,
         raw: bytes | None = None):
    """(status, headers, parsed JSON or text) of one HTTP request."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        **({"Content-Type": "application/json"} if data is not None else {}), **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, hdrs, payload = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, hdrs, payload = e.code, e.headers, e.read()
    text = payload.decode("utf-8")
    if "json" in (hdrs.get("content-type") or ""):
        return status, hdrs, json.loads(text)
    return status, hdrs, text


@contextmanager
def writable_copy(store, folder, token: str, max_body: int = 20000):
    """A server that accepts uploads with `token`, over a copy of `store` in `folder`."""
    db = Path(folder) / "store.duckdb"
    shutil.copy(store, db)
    s = Server(db, "--max-body", str(max_body), env={"EVENTWIRE_TOKEN": token})
    try:
        yield s
    finally:
        s.stop()
