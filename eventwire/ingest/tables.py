"""CSV and TSV files of documents: a header row naming a text column (text, body or
content) and optional doc_id/id, date, url and source/outlet columns; other columns are kept
as metadata. Read with the csv module, streaming. A row with a broken quote or the wrong
number of fields is skipped with its line number and reading goes on at the next line.
"""
from __future__ import annotations

import codecs
import csv
import io
from collections import deque
from typing import Iterator

from ..records import Skipped
from .repair import SNIFF, decode_bytes, sniff_binary

__all__ = ["TABLE_SUFFIXES", "Row", "read_rows"]

TABLE_SUFFIXES = (".csv", ".tsv")
TEXT_COLUMNS = ("text", "body", "content", "maintext", "article")
MAX_RECORD_LINES = 10_000   # a quoted field running on longer than this is a broken quote
_BOM16_32 = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class Row:
    """One good row: its first line number, its non-empty cells by column, decoding notes."""

    __slots__ = ("lineno", "fields", "repairs")

    def __init__(self, lineno: int, fields: dict[str, str], repairs: list[str]):
        self.lineno, self.fields, self.repairs = lineno, fields, repairs


def _text_lines(stream) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, decoded line with its end, notes); undecodable UTF-8 lines fall back
    to cp1252/latin-1 one line at a time, NUL bytes are dropped."""
    head = stream.peek(SNIFF)[:SNIFF] if hasattr(stream, "peek") else b""
    for bom, enc in _BOM16_32:
        if head.startswith(bom):
            text = io.TextIOWrapper(stream, encoding=enc, errors="replace", newline="")
            for n, line in enumerate(text, 1):
                yield n, line, ["decoded as UTF-16" if enc == "utf-16" else "decoded as UTF-32"]
            return
    for n, raw in enumerate(stream, 1):
        notes: list[str] = []
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        if b"\x00" in raw:
            raw = raw.replace(b"\x00", b"")
            notes.append("NUL bytes removed")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line, more, _ = decode_bytes(raw)
            line = line or ""
            notes.extend(more)
        yield n, line, notes


class _Feed:
    """Lines for csv.reader, remembering those of the current record; lines of a bad
    record after its first can be pushed back and read again."""

    def __init__(self, lines: Iterator[tuple[int, str, list[str]]]):
        self.lines = lines
        self.back: deque = deque()
        self.taken: list[tuple[int, str, list[str]]] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if len(self.taken) >= MAX_RECORD_LINES:
            raise StopIteration  # the reader sees the end inside the quote and reports it
        item = self.back.popleft() if self.back else next(self.lines)
        self.taken.append(item)
        return item[1]

    def resync(self) -> None:
        """Read again every line of the current record after its first."""
        self.back.extendleft(reversed(self.taken[1:]))


def _delimiter(header_line: str, is_tsv: bool) -> str:
    if is_tsv:
        return "\t"
    if "," not in header_line:
        for d in ("\t", ";", "|"):
            if d in header_line:
                return d
    return ","


def read_rows(stream, source: str, is_tsv: bool) -> Iterator[Row | Skipped]:
    """Rows of a CSV/TSV file (a binary stream), or Skipped records with reasons."""
    head = stream.peek(SNIFF)[:SNIFF] if hasattr(stream, "peek") else b""
    if not any(head.startswith(b) for b, _ in _BOM16_32):
        reason = sniff_binary(head)
        if reason:
            yield Skipped(source, reason)
            return
    lines = _text_lines(stream)
    # the header: the first line that is not blank
    for lineno, line, _ in lines:
        if line.strip():
            break
    else:
        yield Skipped(source, "empty file")
        return
    dialect = {"delimiter": _delimiter(line, is_tsv), "strict": True}
    try:
        header = next(csv.reader([line], **dialect))
    except csv.Error as e:
        yield Skipped(source, f"line {lineno}: unreadable header ({e})")
        return
    header = [h.strip().lower() for h in header]
    if not any(c in header for c in TEXT_COLUMNS):
        yield Skipped(source, "no text column in the header (text, body or content)")
        return
    width = len(header)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 32 * 1024 * 1024))  # long articles in one cell
    try:
        yield from _records(_Feed(lines), dialect, header, width, source)
    finally:
        csv.field_size_limit(limit)


def _records(feed: _Feed, dialect: dict, header: list[str], width: int,
             source: str) -> Iterator[Row | Skipped]:
    reader = csv.reader(feed, **dialect)
    while True:
        feed.taken = []
        try:
            cells = next(reader)
            problem = None
        except StopIteration:
            return
        except csv.Error as e:
            cells, problem = None, str(e)
        if not feed.taken:
            return
        lineno = feed.taken[0][0]
        where = f"{source}:{lineno}"
        if cells is not None and not cells:
            continue  # a blank line
        if cells is not None and len(cells) == width:
            notes = [n for _, _, ns in feed.taken for n in ns]
            fields = {name: value for name, value in zip(header, cells) if value.strip()}
            if not any(c in fields for c in TEXT_COLUMNS):
                fields.setdefault(next(c for c in TEXT_COLUMNS if c in header), "")
            yield Row(lineno, fields, list(dict.fromkeys(notes)))
            continue
        if len(feed.taken) > 1 or (problem and "end of data" in problem):
            # a quote that does not close where it should swallowed the lines after it
            feed.resync()
            reader = csv.reader(feed, **dialect)
            yield Skipped(where, f"line {lineno}: unclosed quote")
        elif problem:
            reader = csv.reader(feed, **dialect)
            yield Skipped(where, f"line {lineno}: broken quote ({problem})")
        else:
            yield Skipped(where, f"line {lineno}: {len(cells)} fields, the header has {width}")
