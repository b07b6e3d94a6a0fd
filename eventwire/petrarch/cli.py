"""`eventwire dict`: bring PETRARCH / TABARI dictionaries in, check them, run a validation suite."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

dict_app = typer.Typer(
    help="Dictionaries analysts already have: PETRARCH 2 / TABARI verb, actor, agent and discard files. "
    "Import them into eventwire's plain files, check them for errors, or run a validation suite with them.",
    no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)


@dict_app.command("import")
def import_(
    folder: Path = typer.Argument(..., help="Folder with PETRARCH files: names containing verbs (or CAMEO*), "
                                  "actors, agents, discards, and optionally the coding ontology (negation)."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder to write eventwire's files to: actors/*.tsv, "
                                "events/*.tsv and *.yaml, discards.tsv. Use it with `code --dictionaries`."),
):
    """Convert PETRARCH dictionaries into eventwire's own plain TSV/YAML files (which a person can read
    and edit); problems are listed with file and line, and the rest is converted."""
    from .importer import DictionaryError, import_dictionaries

    read: list = []
    try:
        problems = import_dictionaries(folder, output, read)
    except (DictionaryError, OSError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2)
    for p in problems:
        err.print(str(p), markup=False, highlight=False)
    for f in read:
        print("read " + f.summary())
    counts = {f.relative_to(output).as_posix(): _rows(f) for f in sorted(output.rglob("*.tsv"))}
    err.print("wrote " + ", ".join(f"{k} ({n})" for k, n in counts.items()), markup=False)
    err.print(f"{len(problems)} problems; code with: eventwire code --dictionaries {output} ...", markup=False)


def _rows(path: Path) -> int:
    return max(0, sum(1 for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")) - 1)


@dict_app.command()
def check(
    folder: Path = typer.Argument(..., help="Folder with PETRARCH dictionary files."),
):
    """Report errors in a dictionary folder, one per line as FILE:LINE: message: unreadable lines, codes
    that are not CAMEO codes, undefined synsets, duplicate patterns and phrases. Exit code 1 if any."""
    from .importer import DictionaryError, check as run_check

    read: list = []
    try:
        problems = run_check(folder, read)
    except (DictionaryError, OSError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2)
    for p in problems:
        print(p)
    for f in read:
        err.print("read " + f.summary(), markup=False, highlight=False)
    err.print(f"{len(problems)} problems in {folder}", markup=False)
    if problems:
        raise typer.Exit(1)


@dict_app.command()
def validate(
    records: Path = typer.Argument(..., help="Validation records: JSON lines (doc_id, date, category, text, "
                                   "events [{source, target, event}], noevents) or PETRARCH's validation XML."),
    dictionaries: Path = typer.Option(..., "--dictionaries", "-d", help="The dictionaries the records are "
                                      "coded with (PETRARCH files or an imported folder)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write a Markdown report here: the pass rate "
                                          "by category and each failing record with its reason."),
    minimum: float = typer.Option(0.0, "--min", help="Exit with code 1 if the pass rate is below this (0-1)."),
    compare: list[Path] = typer.Option([], "--compare", help="Also code the records with the dictionary files "
                                       "given here (files, or a folder; repeat the option for several files) "
                                       "and add to the report how the two sets' results differ."),
):
    """Code every record with the given dictionaries and compare (source, target, event) with what the
    record expects; prints the pass rate by category."""
    from .dictset import DictionaryError, prepare
    from ..pipeline import Coder
    from .validation import read_records, report as make_report, run, summary

    try:
        recs = read_records(records)
        coder = Coder(dictionaries=prepare(dictionaries), places=False)
    except (DictionaryError, OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2)
    outcomes = run(recs, coder)
    s = summary(outcomes)
    for cat, c in s["by_category"].items():
        print(f"{cat:10} {c['passed']:4}/{c['records']:<4} {c['rate']:.0%}")
    print(f"{'all':10} {s['passed']:4}/{s['records']:<4} {s['rate']:.1%}")
    text = make_report(outcomes)
    if compare:
        text += "\n" + _compare(recs, outcomes, dictionaries, compare)
    if report is not None:
        report.write_text(text, encoding="utf-8")
        err.print(f"report: {report}", markup=False)
    if s["rate"] < minimum:
        raise typer.Exit(1)


def _compare(recs, outcomes, dictionaries: Path, files: list[Path]) -> str:
    """Code the records again with other dictionary files; the comparison section of the report."""
    import shutil
    import tempfile

    from ..pipeline import Coder
    from .dictset import prepare
    from .validation import compare, run, summary

    if len(files) == 1 and files[0].is_dir():
        folder, names = files[0], f"the files of {files[0].name}/"
        other = run(recs, Coder(dictionaries=prepare(folder), places=False))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for f in files:
                shutil.copy(f, Path(tmp) / f.name)
            other = run(recs, Coder(dictionaries=prepare(tmp), places=False))
        names = _label([f.name for f in files])
    s = summary(other)
    print(f"coded with {names}:")
    for cat, c in s["by_category"].items():
        print(f"{cat:10} {c['passed']:4}/{c['records']:<4} {c['rate']:.0%}")
    print(f"{'all':10} {s['passed']:4}/{s['records']:<4} {s['rate']:.1%}")
    return compare(outcomes, other, f"the files of {dictionaries.name}/", names)


def _label(names: list[str]) -> str:
    """'PETR.Validate.verbs.txt', 'PETR.Validate.actors.txt' -> 'PETR.Validate.*' (else the names)."""
    import os

    prefix = os.path.commonprefix(names)
    return f"{prefix}*" if len(names) > 1 and len(prefix) >= 4 else ", ".join(names)
