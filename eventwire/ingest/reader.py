"""Read input paths into `Document`s (or `Skipped` records), lazily and without raising.

Inputs: .txt files, JSON lines files (.jsonl/.ndjson/.json), CSV/TSV files with a header
(.csv/.tsv), each optionally gzipped, folders of those (walked recursively in sorted order, hidden entries ignored) and "-" for JSON lines
on stdin. Any other file is tried as text.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..records import Document, Skipped
from .datefield import parse_date, split_date_header
from .language import not_english
from .repair import SNIFF, decode_bytes, repair_text, sniff_binary
from .tables import TABLE_SUFFIXES, read_rows

__all__ = ["read_inputs", "TEXT_CAP", "LINE_CAP", "JSON_CAP", "ARTICLE_CAP"]

TEXT_CAP = 20 * 1024 * 1024     # largest .txt (or other text) file read
LINE_CAP = 20 * 1024 * 1024     # longest JSON line
JSON_CAP = 100 * 1024 * 1024    # largest whole-JSON (array) file loaded
ARTICLE_CAP = 500_000           # longest text coded as one article (memory grows with it)

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
WALK_SUFFIXES = (".txt",) + JSON_SUFFIXES + TABLE_SUFFIXES

_TEXT_KEYS = ("text", "body", "content", "maintext", "article")
_DATE_KEYS = ("date", "publish_date", "date_publish", "published", "published_at", "pub_date")
_GZIP_MAGIC = b"\x1f\x8b"
_BOM16_32 = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_inputs(
    paths: Iterable[str | os.PathLike],
    default_date: str | None = None,
    stdin: Any = None,
) -> Iterator[Document | Skipped]:
    """Yield one Document or Skipped per input document, in input order.

    `default_date` (e.g. from --date) is used for documents with no date of their own;
    an invalid default raises ValueError at once (a usage error, not bad input).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    default = None
    if default_date is not None and str(default_date).strip():
        default = parse_date(default_date)
        if default is None:
            raise ValueError(f"default date {default_date!r} is not a valid date (use YYYY-MM-DD)")
    return _iterate(paths, default, stdin)


def _iterate(paths, default, stdin) -> Iterator[Document | Skipped]:
    seen: dict[str, int] = {}
    for p in paths:
        for item in _read_path(p, default, stdin):
            if isinstance(item, Document):
                _dedupe(item, seen)
            yield item


def _dedupe(doc: Document, seen: dict[str, int]) -> None:
    first = doc.doc_id
    n = seen.get(first)
    if n is None:
        seen[first] = 1
        return
    n += 1
    while f"{first}~{n}" in seen:
        n += 1
    seen[first] = n
    doc.doc_id = f"{first}~{n}"
    seen[doc.doc_id] = 1
    doc.repairs.append(f"duplicate doc_id {first!r} renamed")


# ---------------------------------------------------------------- paths

def _read_path(p, default, stdin) -> Iterator[Document | Skipped]:
    if isinstance(p, str) and p == "-":
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
        yield from _guard("<stdin>", _read_jsonl_stream(stream, "<stdin>", "stdin", default))
        return
    path = Path(p)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as e:
        yield Skipped(str(p), _describe_error(e))
        return
    if not exists:
        yield Skipped(str(p), "no such file or directory")
    elif is_dir:
        files, problems = _walk(path)
        yield from problems
        if not files and not problems:
            yield Skipped(str(p), "no input files in folder (.txt, .jsonl, .json, .csv, .tsv, .gz)")
        for f in files:
            yield from _guard(str(f), _read_file(f, default))
    else:
        yield from _guard(str(path), _read_file(path, default))


def _walk(root: Path) -> tuple[list[Path], list[Skipped]]:
    files: list[Path] = []
    problems: list[Skipped] = []

    def onerror(e: OSError) -> None:
        problems.append(Skipped(str(e.filename or root), "cannot read folder: " + _describe_error(e)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            base = name[:-3] if name.lower().endswith(".gz") else name
            if base.lower().endswith(WALK_SUFFIXES):
                files.append(Path(dirpath, name))
    files.sort(key=lambda f: f.relative_to(root).parts)
    return files, problems


def _names(path: Path) -> tuple[str, str]:
    """(stem without .gz and extension, its extension in lower case)"""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    base = Path(name)
    return (base.stem or name), base.suffix.lower()


def _guard(source: str, items: Iterator) -> Iterator:
    """Turn an unexpected error in one input into a Skipped record and go on."""
    try:
        yield from items
    except Exception as e:  # noqa: BLE001 - bad input must never stop the run
        yield Skipped(source, _describe_error(e))


def _describe_error(e: BaseException) -> str:
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if isinstance(e, (gzip.BadGzipFile, EOFError, zlib.error)):
        msg = f"corrupt or truncated gzip data ({e})" if str(e) else "corrupt or truncated gzip data"
    elif isinstance(e, OSError):
        msg = f"read error: {e.strerror or e}"
    else:
        msg = f"{type(e).__name__}: {e}"
    return " ".join(msg.split())[:300]


def _open(path: Path):
    """Open for binary reading, transparently gunzipping gzip data (by content, not name)."""
    raw = open(path, "rb")
    try:
        if raw.peek(2)[:2] == _GZIP_MAGIC:
            return gzip.GzipFile(fileobj=raw, mode="rb"), raw
    except Exception:
        raw.close()
        raise
    return raw, raw


def _read_file(path: Path, default) -> Iterator[Document | Skipped]:
    stem, suffix = _names(path)
    stream, raw = _open(path)
    try:
        if suffix in JSON_SUFFIXES:
            yield from _read_json_file(stream, path, stem, default)
        elif suffix in TABLE_SUFFIXES:
            yield from _read_table(stream, path, stem, default, suffix == ".tsv")
        else:
            yield _read_text_file(stream, raw is stream, path, stem, default)
    finally:
        stream.close()
        raw.close()


# ---------------------------------------------------------------- text files

def _read_text_file(stream, plain: bool, path: Path, stem: str, default) -> Document | Skipped:
    source = str(path)
    if plain:
        size = os.fstat(stream.fileno()).st_size
        if size > TEXT_CAP:
            return Skipped(source, f"file too large ({_mb(size)}; limit {_mb(TEXT_CAP)})")
    data = stream.read(TEXT_CAP + 1)
    if len(data) > TEXT_CAP:
        return Skipped(source, f"file too large (over {_mb(TEXT_CAP)} uncompressed)")
    text, repairs, reason = decode_bytes(data)
    if reason:
        return Skipped(source, reason)
    if not text.strip():
        return Skipped(source, "whitespace-only file")
    return _build(source, stem, text, repairs, None, None, None, {"path": source}, default)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 100_000 else f"{n:,} bytes"


# ---------------------------------------------------------------- JSON lines

def _read_json_file(stream, path: Path, stem: str, default) -> Iterator[Document | Skipped]:
    source = str(path)
    head = stream.peek(SNIFF)[:SNIFF] if hasattr(stream, "peek") else b""
    if path.name.lower().endswith((".json", ".json.gz")):
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        first = body.split(b"\n", 1)[0].strip()
        pretty = b"\n" in body and first.startswith(b"{") and not first.endswith(b"}")
        if first.startswith(b"[") or pretty:  # a JSON array or one pretty-printed object
            yield from _read_whole_json(stream, source, stem, default)
            return
    yield from _read_jsonl_stream(stream, source, stem, default)


def _read_whole_json(stream, source: str, stem: str, default) -> Iterator[Document | Skipped]:
    data = stream.read(JSON_CAP + 1)
    if len(data) > JSON_CAP:
        yield Skipped(source, f"JSON file too large to load whole (limit {_mb(JSON_CAP)}; "
                              "use JSON lines)")
        return
    try:
        obj = json.loads(data)
    except UnicodeDecodeError:
        yield Skipped(source, "JSON file is not valid UTF-8")
        return
    except json.JSONDecodeError as e:
        yield Skipped(source, f"not valid JSON at line {e.lineno}: {e.msg}")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items, 1):
        yield _record(item, f"{source}[{i}]", f"{stem}:{i}", [], default, f"item {i}")


def _read_table(stream, path: Path, stem: str, default, is_tsv: bool) -> Iterator[Document | Skipped]:
    source = str(path)
    for row in read_rows(stream, source, is_tsv):
        if isinstance(row, Skipped):
            yield row
        else:
            n = row.lineno
            yield _record(row.fields, f"{source}:{n}", f"{stem}:{n}", row.repairs, default, f"line {n}")


def _lines(stream) -> Iterator[tuple[int, bytes | str | None]]:
    """(line number, line) pairs; line is None when it exceeds LINE_CAP."""
    lineno = 0
    nl: bytes | str | None = None
    while True:
        line = stream.readline(LINE_CAP + 1)
        if not line:
            return
        if nl is None:
            nl = b"\n" if isinstance(line, bytes) else "\n"
        lineno += 1
        if len(line) > LINE_CAP and not line.endswith(nl):
            while True:  # skip the rest of the overlong line
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(nl):
                    break
            yield lineno, None
        else:
            yield lineno, line


def _read_jsonl_stream(stream, source: str, stem: str, default) -> Iterator[Document | Skipped]:
    binary = isinstance(stream, (io.BufferedIOBase, io.RawIOBase)) or "b" in getattr(stream, "mode", "")
    if binary and hasattr(stream, "peek"):
        head = stream.peek(SNIFF)[:SNIFF]
        for bom, enc in _BOM16_32:
            if head.startswith(bom):
                stream = io.TextIOWrapper(stream, encoding=enc, errors="replace", newline=None)
                binary = False
                break
        else:
            reason = sniff_binary(head)
            if reason:
                yield Skipped(source, reason)
                return
    for lineno, line in _lines(stream):
        where = f"{source}:{lineno}"
        if line is None:
            yield Skipped(where, f"line {lineno} too long (over {_mb(LINE_CAP)})")
            continue
        if not line.strip():
            continue  # blank lines are not documents
        repairs: list[str] = []
        nul = b"\x00" if isinstance(line, bytes) else "\x00"
        if nul in line:
            line = line.replace(nul, nul[:0])
            repairs.append("NUL bytes removed")
        try:
            obj = _json_line(line, lineno == 1, repairs)
        except json.JSONDecodeError as e:
            yield Skipped(where, f"not valid JSON at line {lineno}: {e.msg}")
            continue
        yield _record(obj, where, f"{stem}:{lineno}", repairs, default, f"line {lineno}")


def _json_line(line: bytes | str, first: bool, repairs: list[str]) -> Any:
    """Parse one JSON line; raises json.JSONDecodeError."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            text, notes, _ = decode_bytes(line)
            repairs.extend(notes)
            line = text or ""
    if first and line.startswith("\ufeff"):
        line = line[1:]
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        if not e.msg.startswith("Invalid control character"):
            raise
    return json.loads(line, strict=False)  # raw controls in strings: repair_text drops them


def _record(obj: Any, where: str, fallback_id: str, repairs: list[str], default,
            what: str) -> Document | Skipped:
    """One JSON object to a Document (or Skipped)."""
    if not isinstance(obj, dict):
        return Skipped(where, f"{what} is not a JSON object (got {_json_type(obj)})")
    meta = dict(obj)

    doc_id = _pop_id(meta, "doc_id")
    if doc_id is None and "doc_id" not in obj:
        doc_id = _pop_id(meta, "id")
    if doc_id is None:
        if "doc_id" in obj or "id" in obj:
            repairs.append("unusable doc_id replaced")
        doc_id = fallback_id

    key = next((k for k in _TEXT_KEYS if k in meta), None)
    if key is None:
        return Skipped(where, "no text field")
    raw = meta.pop(key)
    if key != "text":
        repairs.append(f"text taken from {key!r} field")
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        raw = "\n\n".join(raw)
        repairs.append("text list joined")
    if raw is None:
        return Skipped(where, "text field is null")
    if not isinstance(raw, str):
        return Skipped(where, f"text field is not a string (got {_json_type(raw)})")
    if not raw.strip():
        return Skipped(where, "text is empty")

    date_key = next((k for k in _DATE_KEYS if k in meta), None)
    date_value = meta.pop(date_key) if date_key else None
    url = _pop_str(meta, "url")
    outlet = _pop_str(meta, "outlet")
    if outlet is None and "outlet" not in meta:
        outlet = _pop_str(meta, "source")
    return _build(where, doc_id, raw, repairs, date_value, url, outlet, meta, default)


def _pop_id(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str) and value.strip():
        meta.pop(key)
        return " ".join(value.split())
    return None


def _pop_str(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if isinstance(value, str):
        meta.pop(key)
        return value.strip() or None
    return None


def _json_type(x: Any) -> str:
    if x is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean",
            int: "number", float: "number"}.get(type(x), type(x).__name__)


# ---------------------------------------------------------------- documents

def _build(source: str, doc_id: str, raw: str, repairs: list[str], date_value: Any,
           url: str | None, outlet: str | None, meta: dict, default) -> Document | Skipped:
    text, done = repair_text(raw)
    repairs.extend(done)
    header_date = None
    if text[:1] in ("d", "D", "p", "P"):
        header_date, rest, header = split_date_header(text)
        if header is not None:
            text = rest.strip()
            repairs.append("date header")
            if header_date is None:
                repairs.append(f"invalid date in header {header!r} ignored")
    if not text:
        return Skipped(source, "text is empty after repair")
    if len(text) > ARTICLE_CAP:
        return Skipped(source, f"text too long for one article ({len(text):,} characters; "
                               f"limit {ARTICLE_CAP:,})")
    lang = not_english(text)
    if lang:
        return Skipped(source, f"not English (looks like {lang})")

    date = None
    if date_value is not None and date_value != "":
        date = parse_date(date_value)
        if date is None:
            repairs.append(f"unparseable date {str(date_value)[:40]!r} dropped")
    if date is None:
        date = header_date
    if date is None and default is not None:
        date = default
        repairs.append("default date used")
    return Document(doc_id=doc_id, text=text, date=date, url=url, outlet=outlet,
                    meta=meta, repairs=repairs)
