"""The web tests' world: a store coded from a small fixture corpus with `eventwire code --db`,
real `eventwire serve` processes on 127.0.0.1, and a headless Chromium from the system packages."""
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
from pathlib import Path

import pytest

EXE = str(Path(sys.executable).with_name("eventwire"))
CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "web" / "articles.jsonl"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    """A DuckDB store of the fixture corpus, coded by the real command."""
    d = tmp_path_factory.mktemp("webstore")
    db = d / "fixture.duckdb"
    r = subprocess.run([EXE, "code", str(CORPUS), "--db", str(db), "-o", str(d / "events.jsonl"), "-q"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return db


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


@pytest.fixture(scope="session")
def server(web_store):
    s = Server(web_store)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def api(server):
    def get(path: str, **kw):
        status, _, body = call(server.base, path, **kw)
        assert status == 200, (path, status, body)
        return body
    return get


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("EVENTWIRE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if in_ci():
            pytest.fail("Chromium is missing: .ci/run installs it from the system packages")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            pytest.fail("playwright is missing: pip install -e '.[test]'")
        pytest.skip("playwright not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that lets through only requests to the test server, and records the others
    and every script error."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(server.base + "/") or r.request.url.startswith("data:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    pg = ctx.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.base = server.base
    pg.outside = outside
    pg.errors = errors
    yield pg
    ctx.close()
