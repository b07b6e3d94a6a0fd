"""`eventwire plot`: the pages' charts as PNG, SVG or PDF files."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

plot_app = typer.Typer(help="Draw a store's charts to image files: a dyad over time, an actor's partners, "
                       "a timeline by quad class, a map of places. The output's extension picks the format "
                       "(.png, .svg, .pdf).", no_args_is_help=True)

DbOpt = typer.Option("eventwire.duckdb", "--db", envvar="EVENTWIRE_DB",
                     help="The store: a DuckDB file or a postgresql:// URL. Default: $EVENTWIRE_DB, else "
                     "eventwire.duckdb.")
OutOpt = typer.Option(..., "-o", "--output", help="Image file to write: .png, .svg or .pdf.")
ByOpt = typer.Option("month", "--by", help="Period: day, week, month, quarter or year.")
FromOpt = typer.Option(None, "--from", help="First day, YYYY-MM-DD.")
ToOpt = typer.Option(None, "--to", help="Last day, YYYY-MM-DD.")
ActorOpt = typer.Option(None, "--actor", help="Actor code or prefix on either side (repeat: all must match).")
QuadOpt = typer.Option(None, "--quad", help="Quad class 1-4 (repeatable).")
FORMATS = (".png", ".svg", ".pdf")


def _err(msg: str, code: int = 2):
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {msg}")
    raise typer.Exit(code)


def _filters(**kw) -> dict:
    return {k: v for k, v in kw.items() if v not in (None, [], ())}


def _draw(db: str, output: Path, build) -> None:
    """Open the store read-only, build a figure from it, write it."""
    from ..store import Store, StoreError

    if output.suffix.lower() not in FORMATS:
        _err(f"cannot tell the format of {output}: use a name ending in {', '.join(FORMATS)}")
    try:
        store = Store.open(db, read_only=True)
    except StoreError as exc:
        _err(str(exc))
    try:
        with store:
            fig, what = build(store)
    except ValueError as exc:
        _err(str(exc))
    from . import save

    save(fig, output)
    typer.echo(f"wrote {output}: {what}")


@plot_app.command("dyad")
def plot_dyad(
    a: str = typer.Argument(..., help="First actor (code or prefix), e.g. VEN."),
    b: str = typer.Argument(..., help="Second actor, e.g. RUS."),
    output: Path = OutOpt, by: str = ByOpt,
    directed: bool = typer.Option(False, "--directed", help="Only events with A as source and B as target."),
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt, db: str = DbOpt,
):
    """Two actors' cooperation and conflict per period (counts by quad class) and mean Goldstein score."""
    from . import dyad_figure

    def build(store):
        rows = store.dyad(a, b, by=by, directed=directed, **_filters(date_from=date_from, date_to=date_to))
        return dyad_figure(rows, a.upper(), b.upper(), by=by, directed=directed), \
            f"{sum(r['events'] for r in rows)} events in {len([r for r in rows if r['period']])} periods"

    _draw(db, output, build)


@plot_app.command("partners")
def plot_partners(
    actor: str = typer.Argument(..., help="Actor code or prefix, e.g. VEN."),
    output: Path = OutOpt,
    limit: int = typer.Option(15, "--limit", help="At most this many partners."),
    domestic: bool = typer.Option(False, "--domestic", help="Also events inside the actor's own country."),
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt, db: str = DbOpt,
):
    """An actor's partners: conflict against cooperation."""
    from . import partners_figure

    def build(store):
        rows = store.partners(actor, domestic=domestic, limit=max(1, limit),
                              **_filters(date_from=date_from, date_to=date_to))
        return partners_figure(rows, actor.upper()), f"{len(rows)} partners"

    _draw(db, output, build)


@plot_app.command("timeline")
def plot_timeline(
    output: Path = OutOpt, by: str = ByOpt,
    actor: Optional[List[str]] = ActorOpt,
    source: Optional[List[str]] = typer.Option(None, "--source", help="Source actor code or prefix."),
    target: Optional[List[str]] = typer.Option(None, "--target", help="Target actor code or prefix."),
    code_: Optional[List[str]] = typer.Option(None, "--code", help="CAMEO event code or prefix (repeatable)."),
    root: Optional[List[str]] = typer.Option(None, "--root", help="CAMEO root code 01-20 (repeatable)."),
    quad: Optional[List[int]] = QuadOpt,
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt,
    place: Optional[str] = typer.Option(None, "--place", help="Place of the event: name, admin1, country or id."),
    db: str = DbOpt,
):
    """Events per period, stacked by quad class, with the filters of `query events`."""
    from ..web.reads import timeline
    from . import timeline_figure

    def build(store):
        rows = timeline(store.db, by=by, **_filters(actor=actor, source=source, target=target, code=code_,
                                                    root=root, quad=quad, date_from=date_from, date_to=date_to,
                                                    place=place))
        title = "Events" + (f" of {' and '.join(a.upper() for a in actor)}" if actor else "")
        return timeline_figure(rows, by=by, title=title), f"{sum(r['events'] for r in rows)} events"

    _draw(db, output, build)


@plot_app.command("map")
def plot_map(
    output: Path = OutOpt, actor: Optional[List[str]] = ActorOpt, quad: Optional[List[int]] = QuadOpt,
    date_from: Optional[str] = FromOpt, date_to: Optional[str] = ToOpt, db: str = DbOpt,
):
    """Events by place on a world map: circle size by events, colour by mean Goldstein score."""
    from ..web.reads import places
    from . import map_figure

    def build(store):
        found = places(store.db, **_filters(actor=actor, quad=quad, date_from=date_from, date_to=date_to))
        return map_figure(found["places"]), f"{len(found['places'])} places"

    _draw(db, output, build)
