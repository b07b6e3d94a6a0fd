"""The web tests' world: a store coded from a small fixture corpus with `eventwire code --db`,
real `eventwire serve` processes on 127.0.0.1, and a headless Chromium from the system packages."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from webkit import CHROMIUM_FLAGS, CORPUS, EXE, Server, call, in_ci


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    """A DuckDB store of the fixture corpus, coded by the real command."""
    d = tmp_path_factory.mktemp("webstore")
    db = d / "fixture.duckdb"
    r = subprocess.run([EXE, "code", str(CORPUS), "--db", str(db), "-o", str(d / "events.jsonl"), "-q"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return db


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
