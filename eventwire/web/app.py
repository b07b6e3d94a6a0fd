"""The web server: an HTTP API over a store, and the pages that draw it (eventwire serve).

Read-only unless started with a token; then POST /api/documents codes articles into the store
for requests that carry `Authorization: Bearer TOKEN`.
"""
from __future__ import annotations

import hmac
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Callable, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPBearer
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..query import PERIODS
from . import models, pages, reads

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY = 2_000_000          # bytes of a request body
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class Shared:
    """The open store, one query at a time (a DuckDB or psycopg connection is not for threads)."""

    def __init__(self, target: str, writable: bool):
        from ..store import Store

        self.target = target
        self.writable = writable
        self.store = Store.open(target, read_only=not writable)
        self.lock = threading.Lock()
        self._coder = None
        self._coder_lock = threading.Lock()

    def run(self, fn: Callable):
        with self.lock:
            return fn(self.store.db)

    def warm(self) -> None:
        """Load the coder (its language model takes seconds) before the first upload needs it."""
        with self._coder_lock:
            if self._coder is None:
                from ..pipeline import Coder

                self._coder = Coder()

    def code(self, docs: list) -> list:
        """(document, events) for each document; one request codes at a time."""
        self.warm()
        with self._coder_lock:
            return list(self._coder.code(docs))

    def close(self) -> None:
        with self.lock:
            self.store.close()


class Guard:
    """Outermost ASGI layer: body size cap, write authorisation, security headers."""

    def __init__(self, app, token: str | None, max_body: int):
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET")
        length = headers.get("content-length")
        if method in WRITE_METHODS and scope.get("path", "").startswith("/api/"):
            if not self.token:
                return await _plain(send, 403, "writing is off: start the server with --token to allow uploads")
            auth = headers.get("authorization")
            if not auth:
                return await _plain(send, 401, "this needs Authorization: Bearer TOKEN",
                                    [(b"www-authenticate", b'Bearer realm="eventwire"')])
            scheme, _, given = auth.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
                return await _plain(send, 403, "wrong token")
        if method in WRITE_METHODS or length or "transfer-encoding" in headers:
            if length is None:
                return await _plain(send, 411, "a request body needs a Content-Length")
            if not length.isdigit() or int(length) > self.max_body:
                return await _plain(send, 413, f"request body over {self.max_body} bytes")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)

        return await self.app(scope, receive, send_with_headers)


async def _plain(send, status: int, detail: str, headers: list | None = None) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class Filters:
    """The query filters every list and chart takes (the same as `eventwire query events`)."""

    def __init__(
        self,
        actor: Optional[List[str]] = Query(None, description="Actor code or prefix on either side "
                                           "(VEN matches VENGOV); repeat: all must match"),
        source: Optional[List[str]] = Query(None, description="Source actor code or prefix (any of)"),
        target: Optional[List[str]] = Query(None, description="Target actor code or prefix (any of)"),
        code: Optional[List[str]] = Query(None, description="CAMEO event code or prefix, e.g. 04 or 042 (any of)"),
        root: Optional[List[str]] = Query(None, description="CAMEO root code 01-20 (any of)"),
        quad: Optional[List[int]] = Query(None, description="Quad class 1-4: verbal cooperation, material "
                                          "cooperation, verbal conflict, material conflict (any of)"),
        date_from: Optional[str] = Query(None, alias="from", description="First day, YYYY-MM-DD"),
        date_to: Optional[str] = Query(None, alias="to", description="Last day, YYYY-MM-DD"),
        place: Optional[List[str]] = Query(None, description="Place of the event: name, admin1, country "
                                           "or place id (any of)"),
        min_confidence: Optional[float] = Query(None, ge=0.0, le=1.0, description="Only events whose "
                                                "confidence (estimated probability that the event is right) "
                                                "is at least this"),
    ):
        self.values = {k: v for k, v in dict(actor=actor, source=source, target=target, code=code, root=root,
                                             quad=quad, date_from=date_from or None, date_to=date_to or None,
                                             place=place, min_confidence=min_confidence).items()
                       if v not in (None, [], "")}
        for key in ("actor", "source", "target", "code", "root", "place"):
            if key in self.values:
                self.values[key] = [v for v in self.values[key] if v.strip()] or None
                if self.values[key] is None:
                    del self.values[key]


class ChartFilters:
    """The filters of the dyad and partner charts (the actors are in the path)."""

    def __init__(
        self,
        code: Optional[List[str]] = Query(None, description="CAMEO event code or prefix (any of)"),
        root: Optional[List[str]] = Query(None, description="CAMEO root code 01-20 (any of)"),
        quad: Optional[List[int]] = Query(None, description="Quad class 1-4 (any of)"),
        date_from: Optional[str] = Query(None, alias="from", description="First day, YYYY-MM-DD"),
        date_to: Optional[str] = Query(None, alias="to", description="Last day, YYYY-MM-DD"),
        place: Optional[List[str]] = Query(None, description="Place of the event (any of)"),
        min_confidence: Optional[float] = Query(None, ge=0.0, le=1.0, description="Only events whose "
                                                "confidence is at least this"),
    ):
        self.values = Filters(actor=None, source=None, target=None, code=code, root=root, quad=quad,
                              date_from=date_from, date_to=date_to, place=place,
                              min_confidence=min_confidence).values


def create_app(db: str, token: str | None = None, max_body: int = MAX_BODY) -> Guard:
    """The ASGI app for a store (a DuckDB path or a postgresql:// URL)."""
    shared = Shared(db, writable=bool(token))
    @asynccontextmanager
    async def lifespan(app):
        yield
        shared.close()

    api = FastAPI(title="eventwire", lifespan=lifespan, version=__version__,
                  description="Political events coded from news (CAMEO, PLOVER, Goldstein, quad classes), "
                  "each with its evidence: the sentence, the trigger words and the dictionary pattern that "
                  "fired. Actors match by prefix of the CAMEO actor code. Pages of at most "
                  f"{reads.MAX_PAGE} events. Writing needs a server started with a token.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  responses={422: {"model": models.Problem, "description": "A parameter or the body is "
                                   "not valid: the reason, or the validation errors"}})
    api.state.shared = shared

    @api.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    def run(fn):
        return shared.run(fn)

    Page = Query(50, ge=1, le=reads.MAX_PAGE, description=f"Events per page (at most {reads.MAX_PAGE})")
    Offset = Query(0, ge=0, le=10_000_000, description="Events to skip")
    Order = Query("asc", pattern="^(asc|desc)$", description="By date: asc (oldest first) or desc")
    By = Query("month", pattern="^(" + "|".join(PERIODS) + ")$", description="Period: " + ", ".join(PERIODS))

    # ---- API ------------------------------------------------------------------------------------

    @api.get("/api/info", response_model=models.Info, tags=["store"], summary="The store and its size")
    def info():
        from ..store.sql import describe

        return {"store": describe(db), "dialect": shared.store.dialect, "writable": shared.writable,
                "version": __version__, "counts": run(lambda d: shared.store.counts())}

    @api.get("/api/events", response_model=models.EventsPage, tags=["events"],
             summary="Events matching the filters, a page at a time, each with its evidence sentence")
    def list_events(f: Filters = Depends(), limit: int = Page, offset: int = Offset, order: str = Order):
        return run(lambda d: reads.events_page(d, limit=limit, offset=offset, order=order, **f.values))

    @api.get("/api/events/{event_id}", response_model=models.EventDetail, tags=["events"],
             responses={404: {"model": models.Problem, "description": "Not in the store"}},
             summary="One event with all its mentions, the evidence highlighted and the pattern explained")
    def one_event(event_id: str = PathParam(..., max_length=200)):
        e = run(lambda d: reads.event(d, event_id))
        if e is None:
            raise HTTPException(404, f"no event {event_id}")
        return e

    @api.get("/api/day/{day}", response_model=models.EventsPage, tags=["events"],
             summary="The events of one day, a page at a time")
    def one_day(day: str = PathParam(..., description="YYYY-MM-DD"), f: Filters = Depends(),
                limit: int = Page, offset: int = Offset):
        filters = dict(f.values, date_from=day, date_to=day)
        return run(lambda d: reads.events_page(d, limit=limit, offset=offset, **filters))

    @api.get("/api/dyad/{a}/{b}", response_model=models.Dyad, tags=["charts"],
             summary="Two actors' events per period: counts per quad class, each way, mean Goldstein")
    def dyad(a: str, b: str, by: str = By, directed: bool = Query(False, description="Only A as source, B as target"),
             f: ChartFilters = Depends()):
        rows = run(lambda d: shared.store.dyad(a, b, by=by, directed=directed, **f.values))
        return {"a": a.upper(), "b": b.upper(), "by": by, "directed": directed, "periods": rows}

    @api.get("/api/partners/{actor}", response_model=models.Partners, tags=["charts"],
             summary="An actor's partners: events, cooperation against conflict, Goldstein")
    def partners(actor: str, f: ChartFilters = Depends(),
                 domestic: bool = Query(False, description="Also events inside the actor's own country"),
                 limit: int = Query(50, ge=1, le=500, description="At most this many partners")):
        rows = run(lambda d: shared.store.partners(actor, domestic=domestic, limit=limit, **f.values))
        return {"actor": actor.upper(), "partners": rows}

    @api.get("/api/overview", response_model=models.Overview, tags=["charts"],
             summary="Events over time by quad class, top dyads and top event codes")
    def overview(f: Filters = Depends(), by: str = By,
                 top: int = Query(10, ge=1, le=100, description="Dyads and codes to list")):
        def q(d):
            return {"by": by, "totals": reads.totals(d, **f.values), "timeline": reads.timeline(d, by=by, **f.values),
                    "top_dyads": reads.top_dyads(d, limit=top, **f.values),
                    "top_codes": reads.top_codes(d, limit=top, **f.values)}
        return run(q)

    @api.get("/api/places", response_model=models.Places, tags=["charts"],
             summary="Events by place of action, for the map")
    def places(f: Filters = Depends(), limit: int = Query(2000, ge=1, le=5000)):
        return run(lambda d: reads.places(d, limit=limit, **f.values))

    @api.get("/api/documents/{key}", response_model=models.DocumentView, tags=["documents"],
             responses={404: {"model": models.Problem, "description": "Not in the store"}},
             summary="One document (by content hash or doc id) with its sentences and the events coded from it")
    def one_document(key: str = PathParam(..., max_length=200)):
        doc = run(lambda d: reads.document(d, key))
        if doc is None:
            raise HTTPException(404, f"no document {key}")
        return doc

    @api.get("/api/codes", tags=["reference"], summary="CAMEO event codes and their names")
    def codes() -> dict[str, str]:
        return reads.code_names()

    @api.get("/api/world", tags=["reference"], summary="Country outlines (Natural Earth 1:110m) as lon/lat rings")
    def world():
        from .world import countries

        return {"countries": countries()}

    bearer = HTTPBearer(auto_error=False, description="The token the server was started with")

    @api.post("/api/documents", response_model=models.UploadOut, status_code=201, tags=["documents"],
              summary="Code articles into the store (only on a server started with a token)",
              responses={400: {"model": models.Problem, "description": "The body cannot be read (not UTF-8)"},
                         401: {"description": "No token given"}, 403: {"description": "Wrong token, or "
                         "writing is off"}, 411: {"description": "No Content-Length"},
                         413: {"description": "Body too large"}},
              dependencies=[Depends(bearer)])
    def upload(body: models.UploadIn):
        if not shared.writable:                 # the guard answers first; this is belt and braces
            raise HTTPException(403, "writing is off")
        return _code(shared, body)

    # ---- pages ------------------------------------------------------------------------------------

    for route, name in pages.ROUTES.items():
        api.add_api_route(route, _page(name), methods=["GET"], response_class=HTMLResponse,
                          include_in_schema=False)

    @api.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: str):
        found = run(lambda d: d.scalar("SELECT 1 FROM events WHERE event_id = ?", [event_id]))
        return HTMLResponse(pages.render("event", key=event_id), status_code=200 if found else 404)

    @api.get("/document/{key}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(key: str):
        found = run(lambda d: d.scalar("SELECT 1 FROM documents WHERE content_hash = ? OR doc_id = ?", [key, key]))
        return HTMLResponse(pages.render("document", key=key), status_code=200 if found else 404)

    api.mount("/static", StaticFiles(directory=STATIC), name="static")
    guarded = Guard(api, token, max_body)
    guarded.api = api
    return guarded


def _page(name: str):
    def handler():
        return HTMLResponse(pages.render(name))
    return handler


def _code(shared: Shared, body: models.UploadIn) -> dict:
    """Code posted articles and store them in one transaction, as `eventwire code --db` does
    (Store.code_documents)."""
    import hashlib

    from ..ingest import parse_date, repair_text
    from ..records import Document

    docs = []
    for i, d in enumerate(body.documents):
        text, repairs = repair_text(d.text)
        if not text.strip():
            raise HTTPException(422, f"document {i}: text is empty after repair")
        date = parse_date(d.date) if d.date else None
        if d.date and date is None:
            raise HTTPException(422, f"document {i}: not a date: {d.date!r}")
        doc_id = d.doc_id or "upload-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        docs.append(Document(doc_id, text, date=date, url=d.url, outlet=d.outlet, repairs=repairs))
    # as `eventwire code --db` writes: near-identical articles are not coded, events are matched
    # with the stored ones. Coded ahead, outside the store's lock, so readers need not wait for
    # the coder; what the write finds still uncoded is coded in it.
    with shared.lock:
        ahead = shared.store.to_code(docs)
    done = {id(d): events for d, events in shared.code(ahead)}
    with shared.lock:
        written = shared.store.code_documents(docs, shared.code, done=done)
    out = []
    for doc, status, lines in zip(docs, written.statuses, written.lines):
        # the stored events it reports (a copy: those of the article it copies), in id order
        ids = sorted({line.get("stored_event_id") or line["event_id"] for line in lines})
        out.append({"doc_id": doc.doc_id, "content_hash": doc.content_hash, "status": status, "event_ids": ids})
    return {"documents": out, "events": sum(len(x["event_ids"]) for x in out)}
