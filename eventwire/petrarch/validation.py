"""Run a PETRARCH-style validation suite: records with expected events, coded with given dictionaries.

Records come as JSON lines (``doc_id``, ``date`` YYYYMMDD, ``category``, ``text``, ``events``
[{source, target, event}], ``noevents``, ``evaluate``, ``error``) or as PETRARCH's XML
(``<Sentence id= date= category= evaluate=>`` with ``<Text>`` and ``<EventCoding>``).
A record passes when the coder produces exactly its expected (source, target, event)
triples and nothing else; a ``noevents`` record passes when nothing is coded.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# why eventwire disagrees with some records on purpose: data beside this module
DISAGREEMENTS_FILE = Path(__file__).resolve().parent / "data" / "validation_disagreements.yaml"


@dataclass
class Record:
    doc_id: str
    date: str | None
    category: str
    text: str
    expected: set[tuple[str, str, str]]
    noevents: bool = False
    evaluate: bool = True
    error: str | None = None


@dataclass
class Outcome:
    record: Record
    got: set[tuple[str, str, str]]
    passed: bool
    reason: str = ""
    evidence: list[str] = field(default_factory=list)


def _iso(date: str | None) -> str | None:
    if date and re.fullmatch(r"\d{8}", date):
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return date or None


def _category(raw: str, doc_id: str) -> str:
    """The record's category; 'AGENTS' is a spelling of 'AGENT'."""
    cat = (raw or doc_id.split("-")[0]).upper()
    return "AGENT" if cat == "AGENTS" else cat


def _code(value: str) -> str:
    return html.unescape(value or "").strip().strip('"').upper()


def read_records(path: Path) -> list[Record]:
    """Records from a .jsonl file or a PETRARCH validation .xml file."""
    path = Path(path)
    if path.suffix.lower() == ".xml":
        return _read_xml(path)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        out.append(Record(
            doc_id=r["doc_id"], date=_iso(r.get("date")), category=_category(r.get("category", ""), r["doc_id"]),
            text=r["text"], expected={(_code(e["source"]), _code(e["target"]), str(e["event"]))
                                      for e in r.get("events", [])},
            noevents=bool(r.get("noevents")), evaluate=str(r.get("evaluate", "true")).lower() != "false",
            error=r.get("error") or None))
    return out


_ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


def _attrs(tag: str) -> dict[str, str]:
    return {k.lower(): html.unescape(v) for k, v in _ATTR.findall(tag)}


def _read_xml(path: Path) -> list[Record]:
    """PETRARCH's validation XML. Read with regular expressions, not an XML parser: the files
    mix in elements that are not well formed (<PLEvent {...}>) and comments that quote tags."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    out = []
    for m in re.finditer(r"<Sentence\b([^>]*)>(.*?)</Sentence>", text, flags=re.S):
        head, body = _attrs(m.group(1)), m.group(2)
        t = re.search(r"<Text>(.*?)</Text>", body, flags=re.S)
        codings = [_attrs(c) for c in re.findall(r"<EventCoding\b([^>]*)/?>", body)]
        doc_id = head.get("id", "")
        expected = {(_code(c.get("sourcecode", "")), _code(c.get("targetcode", "")), c["eventcode"])
                    for c in codings if c.get("eventcode")}
        out.append(Record(doc_id, _iso(head.get("date")), _category(head.get("category", ""), doc_id),
                          " ".join(html.unescape(t.group(1) if t else "").split()), expected,
                          noevents=any("noevents" in c for c in codings),
                          evaluate=head.get("evaluate", "true").lower() != "false",
                          error=next((c["error"] for c in codings if c.get("error")), None)))
    return out


def disagreements(path: Path = DISAGREEMENTS_FILE) -> dict[str, str]:
    """Record id -> why eventwire codes it otherwise on purpose."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): " ".join(str(v).split()) for k, v in data.items()}


def run(records: list[Record], coder) -> list[Outcome]:
    """Code every record with ``coder`` (an eventwire Coder) and compare."""
    from ..records import Document

    docs = [Document(r.doc_id, r.text, date=r.date) for r in records]
    outcomes = []
    for rec, (_doc, events) in zip(records, coder.code(docs)):
        got = set()
        evidence = []
        for e in events:
            for m in e.mentions or [e]:
                triple = (m.source.code, m.target.code, m.code)
                got.add(triple)
                evidence.append(f"{' '.join(triple)} <- {m.trigger!r} {m.pattern_id}; "
                                f"{m.source.text!r}: {m.source.how}; {m.target.text!r}: {m.target.how}")
        outcomes.append(_compare(rec, got, evidence))
    return outcomes


def _compare(rec: Record, got: set, evidence: list[str]) -> Outcome:
    if rec.noevents or not rec.expected:
        ok = not got
        reason = "" if ok else f"coded {_fmt(got)}; expected nothing"
        return Outcome(rec, got, ok, reason, evidence)
    missing, extra = rec.expected - got, got - rec.expected
    if not missing and not extra:
        return Outcome(rec, got, True, "", evidence)
    parts = []
    if missing:
        parts.append(f"missing {_fmt(missing)}")
    if extra:
        parts.append(f"extra {_fmt(extra)}")
    return Outcome(rec, got, False, "; ".join(parts), evidence)


def _fmt(triples) -> str:
    return ", ".join(f"{s} {t} {c}" for s, t, c in sorted(triples))


def summary(outcomes: list[Outcome]) -> dict:
    """Pass counts overall and by category (records marked evaluate=false are left out)."""
    by_cat: dict[str, Counter] = defaultdict(Counter)
    for o in outcomes:
        if not o.record.evaluate:
            continue
        by_cat[o.record.category]["records"] += 1
        by_cat[o.record.category]["passed"] += o.passed
    total = sum(c["records"] for c in by_cat.values())
    passed = sum(c["passed"] for c in by_cat.values())
    return {"records": total, "passed": passed, "rate": passed / total if total else 0.0,
            "by_category": {k: {"records": v["records"], "passed": v["passed"],
                                "rate": v["passed"] / v["records"]} for k, v in sorted(by_cat.items())},
            "not_evaluated": sum(1 for o in outcomes if not o.record.evaluate)}


def report(outcomes: list[Outcome], title: str = "PETRARCH validation suite") -> str:
    """A Markdown report: pass rate by category, then every failing record with its reason."""
    s = summary(outcomes)
    why = disagreements()
    lines = [f"# {title}", "",
             f"Passed {s['passed']} of {s['records']} records ({s['rate']:.1%}); "
             f"{s['not_evaluated']} records marked evaluate=false are listed but not counted.", "",
             "| category | records | passed | rate |", "|---|---:|---:|---:|"]
    for cat, c in s["by_category"].items():
        lines.append(f"| {cat} | {c['records']} | {c['passed']} | {c['rate']:.0%} |")
    lines += ["", "## Failing records", ""]
    fails = [o for o in outcomes if not o.passed]
    if not fails:
        lines.append("None.")
    for o in fails:
        r = o.record
        flag = "" if r.evaluate else " (evaluate=false)"
        lines.append(f"- **{r.doc_id}** [{r.category}]{flag}: {o.reason}")
        if r.doc_id in why:
            lines.append(f"  - on purpose: {why[r.doc_id]}")
        lines.append(f"  - text: {r.text[:300]}")
        for e in o.evidence:
            lines.append(f"  - coded {e}")
    return "\n".join(lines) + "\n"


def _difference(o: Outcome) -> str:
    """What a failing record's coding differs in: the code only, the actors, or events
    missing or extra."""
    if o.passed:
        return "passed"
    want, got = o.record.expected, o.got
    if o.record.noevents or not want:
        return "coded what the record expects nothing for"
    if not got:
        return "nothing coded"
    if {(s, t) for s, t, _c in want} == {(s, t) for s, t, _c in got}:
        return "same actors, other event code"
    if {c for *_st, c in want} == {c for *_st, c in got}:
        return "same event codes, other actors"
    return "other actors and codes"


def compare(base: list[Outcome], other: list[Outcome], base_name: str, other_name: str) -> str:
    """A Markdown section: the same records coded with two dictionary sets; the pass rates
    by category and, for the records that pass with one and fail with the other, how
    they differ."""
    sa, sb = summary(base), summary(other)
    lines = [f"## The same records coded with {other_name}", "",
             f"With {other_name} in place of {base_name}: passed {sb['passed']} of {sb['records']} "
             f"records ({sb['rate']:.1%}), against {sa['passed']} ({sa['rate']:.1%}).", "",
             f"| category | records | {base_name} | {other_name} |", "|---|---:|---:|---:|"]
    for cat, c in sa["by_category"].items():
        o = sb["by_category"].get(cat, {"passed": 0})
        lines.append(f"| {cat} | {c['records']} | {c['passed']} | {o['passed']} |")
    how = Counter(_difference(b) for a, b in zip(base, other) if a.record.evaluate and a.passed and not b.passed)
    lines += ["", f"Records that pass with {base_name} and fail with {other_name}, by what differs:", ""]
    lines += [f"- {k}: {n}" for k, n in how.most_common()] or ["- none"]
    swaps = Counter()
    for a, b in zip(base, other):
        if a.record.evaluate and a.passed and not b.passed and _difference(b) == "same actors, other event code":
            for (s, t, want) in a.record.expected:
                for (s2, t2, got) in b.got:
                    if (s, t) == (s2, t2) and want != got:
                        swaps[(want, got)] += 1
    if swaps:
        lines += ["", "Most frequent code changes (expected -> coded):", ""]
        lines += [f"- {w} -> {g}: {n}" for (w, g), n in swaps.most_common(12)]
    gained = [b.record.doc_id for a, b in zip(base, other) if b.record.evaluate and b.passed and not a.passed]
    lines += ["", f"Records that pass only with {other_name}: {', '.join(gained) if gained else 'none'}."]
    return "\n".join(lines) + "\n"
