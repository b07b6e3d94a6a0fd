"""Security of `eventwire serve`: read-only without a token, writes only with it, values never
become SQL, bounded bodies and pages, no file outside the store readable; and a scan that every
SQL statement in eventwire/ takes its values as parameters."""
from __future__ import annotations

import ast
import hashlib
import re
import socket
from pathlib import Path
from urllib.parse import quote

import pytest
from webkit import call, writable_copy

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "sec-token-42"
INJECTIONS = ["' OR '1'='1", "x'; DROP TABLE events; --", "1; DELETE FROM documents", "\" OR 1=1 --",
              "') UNION SELECT * FROM documents --", "%' OR 1=1 --", "VEN%", "_", "%",
              "1 OR 1=1", "'; COPY events TO '/tmp/x.csv'; --", "$$; DROP TABLE events; $$", "\\'",
              "2022-01-01' OR '1'='1"]


@pytest.fixture(scope="module")
def writable(web_store, tmp_path_factory):
    with writable_copy(web_store, tmp_path_factory.mktemp("security"), TOKEN) as s:
        yield s


def snapshot(base: str) -> tuple:
    """The store as the API sees it: counts and every event id."""
    counts = call(base, "/api/info")[2]["counts"]
    events = call(base, "/api/events?limit=500")[2]["events"]
    return counts, sorted(e["event_id"] for e in events)


def raw_request(base: str, data: bytes) -> bytes:
    """Bytes sent as they are on a fresh connection (no client to tidy them); the answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
    return out


# ---- who may write -----------------------------------------------------------------------------

def test_read_only_without_a_token(server):
    assert call(server.base, "/api/info")[2]["writable"] is False
    doc = {"documents": [{"text": "Chile praised Peru."}]}
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/api/documents", "/api/events", "/api/documents/web-01", "/api/info"):
            for headers in ({}, {"Authorization": "Bearer anything"}):
                status, _, body = call(server.base, path, method, doc, headers=headers)
                assert status == 403, (method, path, status)
                assert "writing is off" in body["detail"]


def test_writes_need_the_right_token(writable):
    doc = {"documents": [{"doc_id": "sec-1", "text": "Chile praised Peru on Monday.", "date": "2022-07-04"}]}
    before = snapshot(writable.base)
    cases = [({}, 401), ({"Authorization": ""}, 401), ({"Authorization": "Bearer"}, 403),
             ({"Authorization": "Bearer "}, 403), ({"Authorization": "Bearer wrong"}, 403),
             ({"Authorization": f"Bearer {TOKEN}x"}, 403), ({"Authorization": f"Bearer {TOKEN[:-1]}"}, 403),
             ({"Authorization": f"Basic {TOKEN}"}, 403), ({"Authorization": TOKEN}, 403),
             ({"X-Token": TOKEN}, 401), ({"Cookie": f"token={TOKEN}"}, 401)]
    for headers, expected in cases:
        status, hdrs, _ = call(writable.base, "/api/documents", "POST", doc, headers=headers)
        assert status == expected, (headers, status)
        if status == 401:
            assert hdrs["www-authenticate"].startswith("Bearer")
    # a token in the query string is not a token
    assert call(writable.base, f"/api/documents?token={TOKEN}", "POST", doc)[0] == 401
    assert snapshot(writable.base) == before
    status, _, out = call(writable.base, "/api/documents", "POST", doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 201 and out["documents"][0]["status"] == "added"


def test_pages_do_not_write(writable):
    before = snapshot(writable.base)
    for method in ("POST", "PUT", "DELETE"):
        for path in ("/", "/events", "/document/web-01", "/static/app.js"):
            status, _, _ = call(writable.base, path, method, {"x": 1})
            assert status in (401, 403, 404, 405), (method, path, status)
    assert snapshot(writable.base) == before


# ---- values are never SQL ----------------------------------------------------------------------

def operations(base: str):
    spec = call(base, "/api/openapi.json")[2]
    for path, methods in spec["paths"].items():
        if "get" in methods:
            yield path, [p for p in methods["get"].get("parameters", [])]


def test_sql_injection_in_every_parameter(writable):
    before = snapshot(writable.base)
    tried = 0
    for path, params in operations(writable.base):
        for p in params:
            for bad in INJECTIONS:
                if p["in"] == "path":
                    url = path
                    for q in params:
                        if q["in"] == "path":
                            url = url.replace("{" + q["name"] + "}", quote(bad if q is p else "VEN", safe=""))
                else:
                    fill = {q["name"]: "VEN" for q in params if q["in"] == "path"}
                    url = path.format(**fill) + "?" + p["name"] + "=" + quote(bad, safe="")
                status, _, body = call(writable.base, url)
                tried += 1
                assert status in (200, 404, 422), (url, status, body)
                if status == 200 and isinstance(body, dict):
                    # an answer, but nothing the value did not ask for
                    for key in ("events", "partners", "places", "periods"):
                        if key in body and p["name"] in ("actor", "source", "target", "place", "a", "b"):
                            assert not body[key], (url, body[key][:1])
                    if "total" in body and p["name"] not in ("limit", "offset", "order"):
                        assert body["total"] == 0, (url, body["total"])
    assert tried > 300
    assert snapshot(writable.base) == before


def test_injection_in_an_upload_is_stored_as_text(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "Chile praised Peru. '); DROP TABLE events; --"
    doc = {"documents": [{"doc_id": "x'); DELETE FROM documents; --", "text": text,
                          "outlet": "' OR 1=1 --", "url": "javascript:alert(1)"}]}
    before = call(writable.base, "/api/info")[2]["counts"]
    status, _, out = call(writable.base, "/api/documents", "POST", doc, headers=auth)
    assert status == 201
    after = call(writable.base, "/api/info")[2]["counts"]
    assert after["documents"] == before["documents"] + 1 and after["events"] >= before["events"]
    stored = call(writable.base, "/api/documents/" + quote(doc["documents"][0]["doc_id"], safe=""))[2]
    assert stored["text"] == text and stored["outlet"] == "' OR 1=1 --"


# ---- sizes ---------------------------------------------------------------------------------------

def test_bodies_over_the_cap_are_refused(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"documents": [{"text": "Chile praised Peru. " * 1200}]}
    status, _, body = call(writable.base, "/api/documents", "POST", big, headers=auth)
    assert status == 413 and "20000" in body["detail"]
    # a Content-Length that lies low or high, or none with a chunked body
    head = f"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
    answer = raw_request(writable.base, (head + "Content-Length: 999999999\r\nConnection: close\r\n\r\n{}").encode())
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    answer = raw_request(writable.base, (head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                         "5\r\n{\"a\":\r\n0\r\n\r\n").encode())
    assert answer.startswith(b"HTTP/1.1 411"), answer[:80]
    answer = raw_request(writable.base, (head + "Content-Length: -1\r\nConnection: close\r\n\r\n").encode())
    assert answer[:12] in (b"HTTP/1.1 400", b"HTTP/1.1 413"), answer[:80]
    # a GET with a body is held to the same cap
    answer = raw_request(writable.base, b"GET /api/info HTTP/1.1\r\nHost: x\r\nContent-Length: 50000\r\n"
                                        b"Connection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]


def test_page_sizes_are_capped(server):
    for path in ("/api/events?limit=501", "/api/events?limit=1000000000", "/api/events?limit=-1",
                 "/api/day/2022-02-10?limit=501", "/api/partners/VEN?limit=501", "/api/places?limit=5001",
                 "/api/overview?top=101", "/api/events?offset=-1", "/api/events?offset=99999999999",
                 "/api/events?limit=1e9", "/api/events?limit=NaN"):
        assert call(server.base, path)[0] == 422, path
    assert len(call(server.base, "/api/events?limit=500")[2]["events"]) <= 500


# ---- no files outside the store ------------------------------------------------------------------

TRAVERSALS = ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
              "%252e%252e%252fetc%252fpasswd", "..%5c..%5cetc%5cpasswd", "%2Fetc%2Fpasswd",
              "....//....//etc/passwd", "web-01%00", "%00", "web-01%00.txt", "..", ".", "%2e%2e",
              "file%3A%2F%2F%2Fetc%2Fpasswd", "~root", "%C0%AE%C0%AE%2Fetc%2Fpasswd", "web-01%2F..%2F..%2Fpasswd"]
SECRETS = (b"root:x:", b"root:*:", b"[boot loader]", b"BEGIN RSA", b"SQLite format", b"DUCK")


@pytest.mark.parametrize("prefix", ["/api/documents/", "/document/", "/api/events/", "/event/", "/static/"])
def test_no_path_reaches_a_file_outside_the_store(server, prefix):
    base = server.base
    for t in TRAVERSALS + ["/etc/passwd", "//etc/passwd", str(ROOT / "pyproject.toml")]:
        answer = raw_request(base, f"GET {prefix}{t} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        status = int(answer.split(b" ", 2)[1])
        assert status in (400, 404, 422), (prefix, t, status)
        assert not any(s in answer for s in SECRETS), (prefix, t)
        assert b"[build-system]" not in answer
    # the store itself is not served either
    for name in ("fixture.duckdb", "../fixture.duckdb", "..%2Ffixture.duckdb"):
        answer = raw_request(base, f"GET /static/{name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        assert int(answer.split(b" ", 2)[1]) == 404


# ---- every SQL statement takes values as parameters ---------------------------------------------

SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|GROUP BY|ORDER BY|LIMIT|CREATE|ALTER|"
                       r"DROP|VALUES|LIKE|SET|CASE WHEN|COPY|IN \()\b")
# what an SQL string may interpolate, per file: identifiers and fragments built from fixed lists in
# the code (column and table names, placeholders, conditions from query.where), never a value
FRAGMENTS = {
    "query/__init__.py": {"a", "col", "cond", "by", "match", "first", "not_self", "q", "name", "cols", "partner"},
    "store/schema.py": {"p", "f", "t"},
    "store/sql.py": {"table", "name", "key", "marks", "sets", "cols"},
    "store/ingest.py": {"marks", "lock"},
    "store/store.py": {"t"},
    "web/reads.py": {"cond", "cols", "direction", "ev", "ecols", "col", "intl", "q", "name", "quads"},
}
# names an SQL string may put inside quotes, each checked against a fixed list before use
QUOTED = {"query/__init__.py": {"by"}}


def _safe(expr: ast.AST, allowed: set[str]) -> bool:
    """Built only from constants, upper-case constants, placeholders and allowed fragments."""
    for node in ast.walk(expr):
        # loop names of joins over fixed column lists, and a bare flag (" LIMIT ?" if limit)
        if isinstance(node, ast.Name) and not (node.id in allowed or node.id.isupper() or node.id in (
                "c", "_", "t", "columns", "part", "limit") or node.id.startswith("_")):
            return False
    return True


def _sql_sites(tree: ast.AST):
    """(line, kind, expression) of every interpolation into an SQL-looking string."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = node.values
            text = "".join(v.value for v in parts if isinstance(v, ast.Constant))
            if not SQL_WORDS.search(text):
                continue
            for i, v in enumerate(parts):
                if isinstance(v, ast.FormattedValue):
                    before = parts[i - 1].value if i and isinstance(parts[i - 1], ast.Constant) else ""
                    after = parts[i + 1].value if i + 1 < len(parts) and isinstance(parts[i + 1], ast.Constant) else ""
                    quoted = before.endswith(("'", '"')) and after.startswith(("'", '"'))
                    yield node.lineno, "quoted" if quoted else "f-string", v.value
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
                and isinstance(node.left.value, str) and SQL_WORDS.search(node.left.value):
            yield node.lineno, "%", node.right
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                and SQL_WORDS.search(node.func.value.value):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                yield node.lineno, "format", arg


def test_every_sql_statement_is_parameterised():
    files = sorted((ROOT / "eventwire").rglob("*.py"))
    assert len(files) > 20
    problems, sites = [], 0
    for f in files:
        rel = f.relative_to(ROOT / "eventwire").as_posix()
        allowed = FRAGMENTS.get(rel, set())
        for line, kind, expr in _sql_sites(ast.parse(f.read_text(encoding="utf-8"))):
            sites += 1
            names = {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)}
            if kind == "quoted" and not names <= QUOTED.get(rel, set()):
                problems.append(f"{rel}:{line}: a value inside SQL quotes: {ast.unparse(expr)}")
            elif not _safe(expr, allowed):
                problems.append(f"{rel}:{line}: {kind} puts {ast.unparse(expr)} into SQL; pass values as "
                                "parameters (?), or name an identifier fragment in FRAGMENTS")
    assert sites > 30
    assert not problems, "\n".join(problems)


def test_the_scan_catches_values_in_sql():
    bad = ('def f(db, doc_id, n):\n'
           '    db.execute(f"SELECT * FROM documents WHERE doc_id = \'{doc_id}\'")\n'
           '    db.execute(f"SELECT * FROM events LIMIT {n}")\n'
           '    db.execute("DELETE FROM events WHERE code = %s" % doc_id)\n'
           '    db.execute("SELECT * FROM events WHERE code = {}".format(doc_id))\n')
    found = list(_sql_sites(ast.parse(bad)))
    assert [k for _, k, _ in found] == ["quoted", "f-string", "%", "format"]
    assert not any(_safe(e, set()) for _, _, e in found)


def test_the_store_file_is_unchanged_by_reading(server, web_store):
    digest = hashlib.sha256(web_store.read_bytes()).hexdigest()
    for bad in INJECTIONS[:5]:
        call(server.base, "/api/events?place=" + quote(bad, safe=""))
    assert hashlib.sha256(web_store.read_bytes()).hexdigest() == digest
