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
                                      "documents (doc_id, text, optional date/url/outlet), or - for JSONL on stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write one JSON event per line here "
                                          "(- for stdout). Default: print a table of the events."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for documents "
                                       "that carry none; relative dates ('on Friday') resolve against it."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store documents and events in this DuckDB file."),
    batch_size: int = typer.Option(64, help="Documents per parsing batch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 1 if any input was skipped."),
    statements: bool = typer.Option(False, "--statements", help="Also code CAMEO root 01 (make public "
                                    "statement), left out by default."),
):
    """Code news articles into events: one JSON object per event, with source and target actors,
    CAMEO code, Goldstein score, quad class, PLOVER category, date and evidence
    (sentence, trigger words, the dictionary pattern that fired)."""
    from .ingest import read_inputs
    from .pipeline import Coder
    from .records import Skipped

    if date is not None:
        from .dates.resolve import parse_iso
        if parse_iso(date) is None:
            raise typer.BadParameter(f"not a date: {date!r} (use YYYY-MM-DD)", param_hint="--date")
    started = time.time()
    try:
        coder = Coder(batch_size=batch_size, statements=statements)
    except Exception as exc:  # model or dictionaries missing
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    store = None
    if db is not None:
        from .store.duck import DuckStore
        try:
            store = DuckStore(db)
        except RuntimeError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2)

    skipped: list = []
    repaired = 0

    def documents():
        nonlocal repaired
        for item in read_inputs(paths, default_date=date):
            if isinstance(item, Skipped):
                skipped.append(item)
                if not quiet:
                    err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
                continue
            if item.repairs:
                repaired += 1
            yield item

    sink = None
    if output is not None:
        sink = sys.stdout if str(output) == "-" else open(output, "w", encoding="utf-8")
    shown = []
    n_events = 0
    try:
        for doc, events in coder.code(documents()):
            for e in events:
                n_events += 1
                if sink is not None:
                    sink.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
                else:
                    shown.append(e)
            if store is not None:
                store.add(doc, events, coder_version=__version__)
    finally:
        if sink is not None and sink is not sys.stdout:
            sink.close()
        if store is not None:
            store.close()
    if sink is None:
        _print_events([e.to_json() for e in shown])
    st = coder.stats
    for doc_id, error in coder.failures:
        err.print(f"[red]coding failed[/red] {doc_id}: {error}")
    if not quiet:
        secs = time.time() - started
        err.print(f"coded {st.documents} documents ({st.sentences} sentences, {st.parsed} parsed), "
                  f"{n_events} events; {repaired} repaired, {len(skipped)} skipped; {secs:.1f} s")
    if strict and (skipped or coder.failures):
        raise typer.Exit(1)


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


@app.command()
def show(
    db: Path = typer.Option(Path("eventwire.duckdb"), "--db", help="The DuckDB store to read."),
    limit: int = typer.Option(100, help="Show at most this many events."),
):
    """Print the events in a store as a table."""
    from .store.duck import DuckStore

    if not db.exists():
        err.print(f"[red]error:[/red] no store at {db}; code some articles with `eventwire code ... --db {db}`")
        raise typer.Exit(2)
    store = DuckStore(db)
    rows = store.events(limit)
    counts = store.counts()
    store.close()
    table = Table(title=f"{counts['events']} events from {counts['documents']} documents in {db}")
    for col in ("date", "doc", "source", "event", "target", "goldstein", "quad", "trigger", "pattern"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["date"] or ""), r["doc_id"][:16], r["source_code"], _code_name(r["code"]),
                      r["target_code"],
                      "" if r["goldstein"] is None else f"{r['goldstein']:+.1f}", str(r["quad_class"]),
                      r["trigger"], r["pattern_id"])
    out.print(table)


@app.command()
def version():
    """Print the eventwire version."""
    out.print(__version__)


if __name__ == "__main__":
    app()
