"""`eventwire places ...`: the analyst's own gazetteer from GeoNames dump files."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

places_app = typer.Typer(help="Gazetteers: read GeoNames dump files into an index the places stage "
                         "uses (`eventwire code --gazetteer DIR`), look names up.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)


@places_app.command("import")
def import_(
    files: List[Path] = typer.Argument(..., help="GeoNames dump files: allCountries.zip, country files "
                                       "(BF.zip, AF.txt), zipped or not."),
    admin1: Optional[Path] = typer.Option(None, "--admin1", help="GeoNames admin1CodesASCII.txt: names of "
                                          "first-level divisions by code."),
    admin2: Optional[Path] = typer.Option(None, "--admin2", help="GeoNames admin2Codes.txt: names of "
                                          "second-level divisions (those the dump holds no point for get "
                                          "the mean point of the places beneath them)."),
    output: Path = typer.Option(Path("gazetteer"), "-o", "--output", help="The folder to write."),
    replace: bool = typer.Option(False, "--replace", help="Use these places instead of eventwire's bundled "
                                 "towns (GeoNames cities500); by default they are added to them. Countries "
                                 "and provinces are always kept."),
    country: List[str] = typer.Option([], "--country", "-c", help="Keep only places in this country "
                                      "(ISO 3166 two-letter code, as in the dump); repeat for more."),
    classes: str = typer.Option("PA", "--feature-classes", help="GeoNames feature classes to keep: P "
                                "populated places, A administrative divisions; e.g. PAS adds spots "
                                "(camps, buildings)."),
):
    """Read GeoNames dump files into a gazetteer folder. Then code with it:
    `eventwire code --gazetteer DIR ...` or `EVENTWIRE_GAZETTEER=DIR eventwire code ...`."""
    from .places.geonames import ImportError_, import_files

    for f in [*files, admin1, admin2]:
        if f is not None and not Path(f).exists():
            err.print(f"[red]error:[/red] no such file: {f}")
            raise typer.Exit(2)
    try:
        m = import_files(list(files), output, admin1=admin1, admin2=admin2, replace=replace,
                         countries=country, classes=classes)
    except (ImportError_, UnicodeDecodeError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    err.print(f"{output}: {m['places']} places, {m['districts']} districts, {m['admin1']} first-level "
              f"divisions ({'instead of' if replace else 'beside'} the bundled towns)")


@places_app.command("find")
def find(
    text: str = typer.Argument(..., help="Text to read places in."),
    country: List[str] = typer.Option([], "--country", "-c", help="A country the text is about (ISO code)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", envvar="EVENTWIRE_GAZETTEER",
                                             help="A folder written by `eventwire places import`."),
):
    """The places a text names, as JSON lines (name, country, admin1, point, gazetteer id, why)."""
    import json

    from .places import Gazetteer, PlaceFinder

    try:
        g = Gazetteer.load(gazetteer)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    for m in PlaceFinder(g).find(text, country):
        print(json.dumps({"text": m.text, "start": m.start, "end": m.end, **m.place.to_json(), "how": m.how},
                         ensure_ascii=False))
