"""eventwire command line: a thin layer over the pipeline stages."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__

app = typer.Typer(
    help="Turn news articles into political event data (CAMEO / PLOVER), with the evidence for every event.",
    no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)
out = Console(width=None if sys.stdout.isatty() else 160)


@app.command()
def code(
    paths: List[str] = typer.Argument(..., help="Inputs: .txt files, folders of them, .jsonl files of "
                                      "documents (doc_id, text, optional date/url/outlet), .csv/.tsv files with "
                                      "a header naming a text column, or - for JSONL on stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write one JSON event per line here "
                                          "(- for stdout). Default: print a table of the events."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for documents "
                                       "that carry none; relative dates ('on Friday') resolve against it."),
    db: Optional[str] = typer.Option(None, "--db", help="Also store documents, events and their mentions here: "
                                     "a DuckDB file (usually eventwire.duckdb) or a postgresql:// URL for a "
                                     "store shared by several analysts. Text already stored with the same "
                                     "dictionaries is not stored again."),
    batch_size: int = typer.Option(64, help="Documents per parsing batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 1 if any input was skipped."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Write only "
                                         "events whose confidence (the estimated probability that the event "
                                         "is right) is at least this. Default: the shipped model's threshold, "
                                         "the lowest at which held-out precision reaches 0.85 on the DEV wire "
                                         "and long-form sets (eventwire/events/data/confidence.json, "
                                         "docs/calibration.md); 0 writes all. With --db, every event is stored."),
    statements: bool = typer.Option(False, "--statements", help="Also code CAMEO root 01 (make public "
                                    "statement), left out by default."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="With --db: keep each document's own events. By "
                                  "default an event that matches a stored one (same actors, code family, "
                                  "dates within the window of eventwire/dedup/data/merge.yaml) becomes a new "
                                  "mention of it, and near-identical articles (syndicated copies, re-posts) "
                                  "are not coded again but counted as mentions."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Processes that code in parallel, each "
                                          "with its own language model; 0 = one per core. Default: one per core "
                                          "(at most 4) when the input files hold over 512 kB, else 1. Reading, "
                                          "output and the store stay in this process; output keeps the input "
                                          "order."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Code on a Dask distributed cluster: the "
                                          "scheduler's address, e.g. tcp://HOST:8786. Its workers need eventwire "
                                          "installed; results come back here and are stored (deduplicated) as "
                                          "with local workers."),
    shards: Optional[Path] = typer.Option(None, "--shards", help="With --cluster: workers write each chunk's "
                                          "events as a Parquet file into this folder (on a file system every "
                                          "worker and this machine share), which is read back from there."),
    dictionaries: Optional[Path] = typer.Option(None, "--dictionaries", help="Code with these dictionaries: "
                                                "a folder of PETRARCH 2 / TABARI files (verbs, actors, agents, "
                                                "discards; converted once and cached) or one written by `eventwire "
                                                "dict import`. They replace eventwire's own, with PETRARCH's rules "
                                                "(see --dictionary-mode)."),
    dictionary_mode: str = typer.Option("replace", "--dictionary-mode", help="replace: only the given "
                                        "dictionaries; add: their entries first, eventwire's own for the rest."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", envvar="EVENTWIRE_GAZETTEER",
                                             help="Read places with this gazetteer: a folder written by "
                                             "`eventwire places import` from GeoNames dump files (beside or "
                                             "instead of the bundled towns). Default: $EVENTWIRE_GAZETTEER, "
                                             "else the bundled one."),
):
    """Code news articles into events: one JSON object per event, with source and target actors,
    CAMEO code, Goldstein score, quad class, PLOVER category, date and evidence
    (sentence, trigger words, the dictionary pattern that fired)."""
    from .ingest import read_inputs
    from .records import Skipped

    if date is not None:
        from .dates.resolve import parse_iso
        if parse_iso(date) is None:
            raise typer.BadParameter(f"not a date: {date!r} (use YYYY-MM-DD)", param_hint="--date")
    if shards is not None and cluster is None:
        raise typer.BadParameter("needs --cluster", param_hint="--shards")
    if gazetteer is not None:
        import os
        if not (gazetteer / "gazetteer.json").exists():
            raise typer.BadParameter(f"{gazetteer} is not a gazetteer folder (write one with `eventwire "
                                     f"places import`)", param_hint="--gazetteer")
        # the places stage reads it from the environment, in this process and in its workers
        os.environ["EVENTWIRE_GAZETTEER"] = str(gazetteer.resolve())
    started = time.time()
    if workers is None:
        from .scale.parallel import auto_workers
        workers = auto_workers(paths)
    parallel = workers != 1 or cluster is not None
    from .api import load_dictionaries, make_coder
    from .errors import EventwireError
    try:
        dset, dversion = load_dictionaries(dictionaries, dictionary_mode)
        if parallel:
            from .scale import ParallelCoder
            try:
                coder = ParallelCoder(workers=workers, cluster=cluster, shards=shards, batch_size=batch_size,
                                      statements=statements,
                                      dictionaries=(str(dictionaries.resolve()), dictionary_mode) if dset else None)
            except Exception as exc:  # cluster unreachable
                raise EventwireError(str(exc)) from exc
        else:
            coder = make_coder(statements=statements, dictionaries=dset, batch_size=batch_size)
    except EventwireError as exc:  # model or dictionaries missing
        fail(exc)
    store = None
    if db is not None:
        from .store import Store, StoreError
        try:
            store = Store.open(db)
        except StoreError as exc:
            if parallel:
                coder.close()
            fail(exc)

    from rich.markup import escape

    from .ingest.report import IngestTally
    skipped: list = []
    tally = IngestTally()
    # an input read twice is coded once (with a store, near-duplicate search also finds copies)
    drop_copies = store is None and not no_dedup

    def documents():
        for item in read_inputs(paths, default_date=date):
            if isinstance(item, Skipped):
                skipped.append(item)
                tally.skip(item)
                if not quiet:
                    err.print(f"[yellow]skipped[/yellow] {escape(item.source)}: {escape(item.reason)}")
                continue
            first = tally.duplicate_of(item) if drop_copies else None
            if first is not None:
                if not quiet:
                    err.print(f"[yellow]duplicate[/yellow] {escape(item.doc_id)}: same text as "
                              f"{escape(first)} (not coded)")
                continue
            tally.document(item)
            yield item

    sink = None
    if output is not None:
        sink = sys.stdout if str(output) == "-" else open(output, "w", encoding="utf-8")
    shown = []
    n_events = 0
    stored: dict[str, int] = {}

    from .scale.progress import CodeProgress
    progress = CodeProgress(err, enabled=False if quiet else None)
    if min_confidence is None:          # the shipped model's threshold (0 when no cut is needed)
        from .events.confidence import ConfidenceModel
        min_confidence = ConfidenceModel.load().threshold

    def emit(lines):
        nonlocal n_events
        before = n_events
        for line in lines:
            if min_confidence and (line.get("confidence") or 0.0) < min_confidence:
                continue
            n_events += 1
            if sink is not None:
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                shown.append(line)
        progress.advance(1, n_events - before)

    def write_batch(docs, done=None):
        # one transaction per batch: a failed write stores nothing of the batch. With
        # deduplication, near-duplicates and stored documents are not coded; the rest is coded,
        # then matched (done: events coded ahead by workers, by id of document)
        try:
            written = store.code_documents(docs, coder.code, dedup=not no_dedup, done=done,
                                           dictionary_version=dversion)
        except Exception as exc:
            err.print(f"[red]error:[/red] storing a batch of {len(docs)} documents failed, so none of them "
                      f"was stored (batches before it are kept): {str(exc).splitlines()[0]}")
            raise typer.Exit(1)
        for status in written.statuses:
            stored[status] = stored.get(status, 0) + 1
        for lines in written.lines:
            emit(lines)

    try:
        progress.__enter__()
        if store is not None:
            from .scale import chunked
            chunks = chunked(documents(), batch_size)
            if parallel:
                # workers code ahead what the store does not hold yet; batches are written in order
                def skip(docs):
                    return store.coded(docs, dictionary_version=dversion)
                for chunk, done in coder.code_chunks(chunks, skip=None if no_dedup else skip):
                    write_batch(chunk, done)
            else:
                for chunk in chunks:
                    write_batch(chunk)
        else:
            for doc, events in coder.code(documents()):
                emit(e.to_json() for e in events)
    except Exception as exc:
        from .scale import ScaleError
        if not isinstance(exc, ScaleError):
            raise
        fail(exc)
    finally:
        progress.__exit__(None, None, None)
        if parallel:
            coder.close()
        if sink is not None and sink is not sys.stdout:
            sink.close()
        if store is not None:
            store.close()
    if sink is None:
        _print_events(shown)
    st = coder.stats
    for doc_id, error in coder.failures:
        err.print(f"[red]coding failed[/red] {doc_id}: {error}")
    if not quiet:
        secs = time.time() - started
        err.print(f"coded {st.documents} documents ({st.sentences} sentences, {st.parsed} parsed), "
                  f"{n_events} events; {escape(tally.summary())}; {secs:.1f} s")
        if store is not None:
            err.print("stored in " + _store_name(db) + ": " + ", ".join(
                f"{stored.get(k, 0)} documents {k}" for k in ("added", "replaced", "unchanged"))
                + ("" if no_dedup else f", {stored.get('copy', 0)} near-duplicates (not coded, counted as mentions)"))
    if strict and (skipped or coder.failures):
        raise typer.Exit(1)


def fail(exc: Exception, code: int | None = None):
    """An error's one line on stderr, then the exit: an EventwireError's exit_code (else 2)."""
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(code if code is not None else getattr(exc, "exit_code", 2))


def _code_name(code: str) -> str:
    from .events.codebook import Codebook

    info = Codebook.load().get(code)
    return f"{code} {info.name}" if info else code


def _print_events(rows: list[dict]) -> None:
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("date", "doc", "source", "event", "target", "goldstein", "trigger", "sentence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        ev = r["evidence"]
        table.add_row(r.get("date") or "", r["doc_id"][:16], r["source"]["code"], _code_name(r["code"]),
                      r["target"]["code"], "" if r.get("goldstein") is None else f"{r['goldstein']:+.1f}",
                      ev["trigger"]["text"], ev["sentence"][:100])
    out.print(table)


DB_HELP = ("The store: a DuckDB file (usually eventwire.duckdb) or a postgresql:// URL. "
           "Default: $EVENTWIRE_DB, else eventwire.duckdb.")


def _store_name(db: str) -> str:
    from .store.sql import describe

    return describe(db)


def _open_store(db: str):
    from .store import Store, StoreError

    try:
        return Store.open(db, read_only=True)
    except StoreError as exc:
        hint = f"; code some articles with `eventwire code ... --db {db}`" if "no store at" in str(exc) else ""
        fail(f"{exc}{hint}", 2)


@app.command()
def show(
    db: str = typer.Option("eventwire.duckdb", "--db", envvar="EVENTWIRE_DB", help=DB_HELP),
    limit: int = typer.Option(100, help="Show at most this many events."),
):
    """Print the events in a store as a table."""
    store = _open_store(db)
    with store:
        rows = store.events(limit=limit)
        counts = store.counts()
    table = Table(title=f"{counts['events']} events from {counts['documents']} documents in {_store_name(db)}")
    for col in ("date", "doc", "source", "event", "target", "goldstein", "quad", "trigger", "pattern"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["date"] or "", (r["doc_id"] or "")[:16], r["source_code"], _code_name(r["code"]),
                      r["target_code"], _gs(r["goldstein"]), str(r["quad_class"]), r["trigger"], r["pattern_id"])
    out.print(table)


def _gs(value) -> str:
    return "" if value is None else f"{value:+.1f}"


# ---- query ------------------------------------------------------------------------------------

query_app = typer.Typer(help="Ask a store questions: a dyad over time, a country's partners, a day, "
                        "a filtered list of events. Actors match by prefix of the CAMEO actor code "
                        "(VEN matches VENGOV and VENOPP). A table by default; --json or --csv on request.",
                        no_args_is_help=True)
app.add_typer(query_app, name="query")

DbOpt = typer.Option("eventwire.duckdb", "--db", envvar="EVENTWIRE_DB", help=DB_HELP)
JsonOpt = typer.Option(False, "--json", help="Print JSON (a list of objects) instead of a table.")
CsvOpt = typer.Option(False, "--csv", help="Print CSV with a header instead of a table.")
FromOpt = typer.Option(None, "--from", help="First day, YYYY-MM-DD.")
ToOpt = typer.Option(None, "--to", help="Last day, YYYY-MM-DD.")
ActorOpt = typer.Option(None, "--actor", help="Actor code or prefix on either side (repeat: all must match).")
SourceOpt = typer.Option(None, "--source", help="Source actor code or prefix.")
TargetOpt = typer.Option(None, "--target", help="Target actor code or prefix.")
CodeOpt = typer.Option(None, "--code", help="CAMEO event code or prefix, e.g. 04 or 042 (repeat for any of several).")
RootOpt = typer.Option(None, "--root", help="CAMEO root code 01-20 (repeatable).")
QuadOpt = typer.Option(None, "--quad", help="Quad class: 1 verbal cooperation, 2 material cooperation, "
                       "3 verbal conflict, 4 material conflict (repeatable).")
MinConfOpt = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Only events whose confidence "
                          "(estimated probability that the event is right) is at least this; events stored "
                          "without one are left out.")
PlaceOpt = typer.Option(None, "--place", help="Place of the event: name, admin1, country or place id.")


def _filters(**kw) -> dict:
    return {k: v for k, v in kw.items() if v not in (None, [], ())}


def _run(fn):
    """Run a query; bad arguments become a one-line error with exit code 2."""
    try:
        return fn()
    except ValueError as exc:           # QueryError, and a bad --format
        fail(exc, 2)


def _emit(rows: list[dict], columns: list[tuple[str, str]], as_json: bool, as_csv: bool, title: str) -> None:
    """rows as JSON, CSV or a table; columns are (key, header) for the table and CSV."""
    from .query import flat

    rows = list(rows)           # a store's Events result is a sequence, not a list
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    if as_csv:
        import csv

        w = csv.writer(sys.stdout)
        keys = list(rows[0].keys()) if rows else [k for k, _ in columns]
        w.writerow(keys)
        for r in rows:
            w.writerow(["" if r.get(k) is None else flat(r.get(k)) for k in keys])
        return
    table = Table(title=title)
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for r in rows:
        table.add_row(*("" if r.get(k) is None else str(flat(r.get(k))) for k, _ in columns))
    out.print(table)


def _event_table(rows: list[dict], title: str) -> None:
    from rich.text import Text

    table = Table(title=title)
    for col in ("date", "source", "event", "target", "goldstein", "quad", "doc", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        sentence = Text(r.get("sentence") or "")
        if r.get("trigger_start") is not None and r.get("trigger_end"):
            sentence.stylize("bold", r["trigger_start"], r["trigger_end"])
        table.add_row(r["date"] or "", r["source_code"] or "", _code_name(r["code"]), r["target_code"] or "",
                      _gs(r["goldstein"]), str(r["quad_class"]), (r.get("doc_id") or "")[:20], sentence)
    out.print(table)


QUAD_COLUMNS = [("verbal_coop", "verbal coop"), ("material_coop", "material coop"),
                ("verbal_conflict", "verbal confl"), ("material_conflict", "material confl")]


@query_app.command("dyad")
def query_dyad(
    a: str = typer.Argument(..., help="First actor (code or prefix), e.g. VEN."),
    b: str = typer.Argument(..., help="Second actor (code or prefix), e.g. RUS."),
    by: str = typer.Option("month", "--by", help="Period: day, week, month, quarter or year."),
    directed: bool = typer.Option(False, "--directed", help="Only events with A as source and B as target."),
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt,
    code_: Optional[List[str]] = CodeOpt, root: Optional[List[str]] = RootOpt,
    quad: Optional[List[int]] = QuadOpt,
    min_confidence: Optional[float] = MinConfOpt,
    db: str = DbOpt, as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
):
    """Events between two actors per period: counts per quad class, mean Goldstein, top codes."""
    with _open_store(db) as store:
        rows = _run(lambda: store.dyad(a, b, by=by, directed=directed, **_filters(
            date_from=date_from, date_to=date_to, code=code_, root=root, quad=quad, min_confidence=min_confidence)))
    A, B = a.upper(), b.upper()
    cols = [("period", by), ("events", "events"), ("a_to_b", f"{A}→{B}")]
    if not directed:
        cols.append(("b_to_a", f"{B}→{A}"))
    cols += QUAD_COLUMNS + [("goldstein", "mean goldstein"), ("top_codes", "top codes")]
    for r in rows:
        if r["period"] is None and not (as_json or as_csv):
            r["period"] = "undated"
    arrow = "→" if directed else "↔"
    _emit(rows, cols, as_json, as_csv, f"{A} {arrow} {B}: {sum(r['events'] for r in rows)} events by {by}")


@query_app.command("partners")
def query_partners(
    actor: str = typer.Argument(..., help="Actor code or prefix, e.g. VEN."),
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt,
    code_: Optional[List[str]] = CodeOpt, root: Optional[List[str]] = RootOpt,
    quad: Optional[List[int]] = QuadOpt,
    min_confidence: Optional[float] = MinConfOpt,
    domestic: bool = typer.Option(False, "--domestic", help="Also count events inside the actor's own country."),
    limit: int = typer.Option(0, "--limit", help="At most this many partners (0: all)."),
    db: str = DbOpt, as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
):
    """An actor's partners (countries, or organisations such as IGOUNO): events, cooperation vs conflict, Goldstein."""
    with _open_store(db) as store:
        rows = _run(lambda: store.partners(actor, domestic=domestic, limit=limit or None, **_filters(
            date_from=date_from, date_to=date_to, code=code_, root=root, quad=quad, min_confidence=min_confidence)))
    cols = [("partner", "partner"), ("events", "events"), ("cooperation", "cooperation"),
            ("conflict", "conflict"), *QUAD_COLUMNS, ("goldstein", "mean goldstein"),
            ("goldstein_total", "total goldstein"), ("first", "first"), ("last", "last")]
    span = f" {date_from or '…'} to {date_to or '…'}" if date_from or date_to else ""
    _emit(rows, cols, as_json, as_csv, f"partners of {actor.upper()}{span}: {len(rows)}")


EVENT_COLUMNS = [("date", "date"), ("source_code", "source"), ("code", "code"), ("target_code", "target"),
                 ("goldstein", "goldstein"), ("quad_class", "quad"), ("doc_id", "doc"), ("sentence", "evidence")]


def _events_out(rows: list[dict], as_json: bool, as_csv: bool, title: str) -> None:
    if as_json or as_csv:
        _emit(rows, EVENT_COLUMNS, as_json, as_csv, title)
    else:
        _event_table(rows, title)


@query_app.command("day")
def query_day(
    day: str = typer.Argument(..., help="The day, YYYY-MM-DD."),
    actor: Optional[List[str]] = ActorOpt, code_: Optional[List[str]] = CodeOpt,
    root: Optional[List[str]] = RootOpt, quad: Optional[List[int]] = QuadOpt,
    min_confidence: Optional[float] = MinConfOpt,
    limit: int = typer.Option(200, "--limit", help="At most this many events (0: all)."),
    db: str = DbOpt, as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
):
    """The events of one day, each with its evidence sentence."""
    from .query import summary

    with _open_store(db) as store:
        rows = _run(lambda: store.day(day, limit=limit or None, **_filters(actor=actor, code=code_, root=root,
                                                                           quad=quad, min_confidence=min_confidence)))
    s = summary(rows)
    title = (f"{day}: {len(rows)} events ({s['verbal_coop']} verbal coop, {s['material_coop']} material coop, "
             f"{s['verbal_conflict']} verbal conflict, {s['material_conflict']} material conflict)")
    _events_out(rows, as_json, as_csv, title)


@query_app.command("events")
def query_events(
    actor: Optional[List[str]] = ActorOpt, source: Optional[List[str]] = SourceOpt,
    target: Optional[List[str]] = TargetOpt, code_: Optional[List[str]] = CodeOpt,
    root: Optional[List[str]] = RootOpt, quad: Optional[List[int]] = QuadOpt,
    min_confidence: Optional[float] = MinConfOpt,
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt, place: Optional[str] = PlaceOpt,
    limit: int = typer.Option(100, "--limit", help="At most this many events (0: all)."),
    db: str = DbOpt, as_json: bool = JsonOpt, as_csv: bool = CsvOpt,
):
    """Events matching the filters, by date, each with its evidence sentence."""
    with _open_store(db) as store:
        rows = _run(lambda: store.events(limit=limit or None, **_filters(
            actor=actor, source=source, target=target, code=code_, root=root, quad=quad, min_confidence=min_confidence,
            date_from=date_from, date_to=date_to, place=place)))
    _events_out(rows, as_json, as_csv, f"{len(rows)} events")


# ---- export -----------------------------------------------------------------------------------

@app.command("export")
def export_cmd(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (like `code` output), csv, gdelt "
                            "(the GDELT 2.0 event table: 61 tab-separated columns, no header), gdelt-mentions "
                            "(GDELT 2.0 mentions table, 16 columns: one row per mention; Confidence = "
                            "eventwire's confidence x 100) or parquet."),
    output: str = typer.Option(..., "-o", "--output", help="File to write (- for stdout, except parquet)."),
    actor: Optional[List[str]] = ActorOpt, source: Optional[List[str]] = SourceOpt,
    target: Optional[List[str]] = TargetOpt, code_: Optional[List[str]] = CodeOpt,
    root: Optional[List[str]] = RootOpt, quad: Optional[List[int]] = QuadOpt,
    min_confidence: Optional[float] = MinConfOpt,
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt, place: Optional[str] = PlaceOpt,
    db: str = DbOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
):
    """Write stored events to a file, with the same filters as `query events`."""
    from .export import FORMATS, export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"one of {', '.join(FORMATS)}", param_hint="--format")
    with _open_store(db) as store:
        n = _run(lambda: export(store, fmt, output, **_filters(
            actor=actor, source=source, target=target, code=code_, root=root, quad=quad, min_confidence=min_confidence,
            date_from=date_from, date_to=date_to, place=place)))
    if not quiet:
        err.print(f"exported {n} events as {fmt} to {output}")


@app.command()
def dedup(
    db: str = typer.Option("eventwire.duckdb", "--db", envvar="EVENTWIRE_DB", help=DB_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
):
    """Match every event of a store anew: after editing eventwire/dedup/data/merge.yaml, or for a
    store coded with --no-dedup. (`eventwire code --db` does this by itself when it finds either.)"""
    from .store import Store, StoreError

    started = time.time()
    try:
        with Store.open(db) as store:
            before = store.counts()["events"]
            after = store.rematch()
    except StoreError as exc:
        fail(exc, 2)
    if not quiet:
        err.print(f"matched {_store_name(db)}: {before} events before, {after} now; {time.time() - started:.1f} s")


@app.command()
def version():
    """Print the eventwire version."""
    out.print(__version__)


# ---- serve and plot (eventwire/web, eventwire/plot) ---------------------------------------------
from .petrarch.cli import dict_app  # noqa: E402
from .placescli import places_app  # noqa: E402
from .plot.cli import plot_app  # noqa: E402
from .web.cli import serve  # noqa: E402

app.command("serve")(serve)
app.add_typer(plot_app, name="plot")
app.add_typer(dict_app, name="dict")
app.add_typer(places_app, name="places")

if __name__ == "__main__":
    app()
