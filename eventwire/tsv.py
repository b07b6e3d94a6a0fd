"""Reading the package's data tables (the *.tsv files beside the modules that use them).

A table is UTF-8 text, one row a line, fields separated by tabs, no quoting (a '"' is an
ordinary character). Blank lines and lines that start with "#" (comments: what the columns
mean, where the rows come from) are skipped wherever they stand, before the header too.
Most tables have a header line naming their columns; a few short word lists have none.
"""
from __future__ import annotations

import csv
from pathlib import Path


def data_lines(path: Path | str) -> list[str]:
    """The table's lines without their line ends, blank lines and comment lines."""
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\r\n") for line in fh if line.strip() and not line.startswith("#")]


def read_rows(path: Path | str, header: bool = True) -> list[list[str]]:
    """The table's rows as lists of fields, the header line left out (`header=False`: a table
    with no header line, every line is a row)."""
    lines = data_lines(path)
    return [line.split("\t") for line in lines[1 if header else 0:]]


def read_tsv(path: Path | str) -> list[dict[str, str]]:
    """The table's rows as dicts keyed by the header's column names; a short row's missing
    fields are "" (a hand-edited line may lose its trailing empty fields)."""
    return list(csv.DictReader(data_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE, restval=""))


def word_lists(path: Path | str) -> dict[str, frozenset[str]]:
    """A module's named word lists kept in one table: header "list<TAB>word" (other columns, as a source, are left alone), one word a row
    (a word may hold spaces: "call off"), the rows of a list together under a comment saying
    what it is. The lists by name; a word listed twice counts once."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(path):
        out.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in out.items()}
