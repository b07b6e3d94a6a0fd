"""PETRARCH dictionaries as they ship: every file of the reference folders imports with what it
holds, counted here independently of the readers; a file that yields nothing and a replacing
set without verbs are errors, never a silent fallback to eventwire's own entries."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from eventwire.petrarch.dictset import DictionaryError, prepare
from eventwire.petrarch.importer import classify, import_dictionaries, read_file
from eventwire.records import Document

REF = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
FOLDERS = [REF / "petrarch2", REF / "petrarch-validation"]
SHIPPED = [(p, kind) for f in FOLDERS if f.is_dir() for kind, ps in classify(f).items() for p in ps]

pytestmark = pytest.mark.skipif(not SHIPPED, reason=f"{REF} not found")


def _text_lines(path: Path) -> list[str]:
    """Lines without <!-- --> comments (kept as blank lines) and without '#' comments."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [ln.split("#", 1)[0].rstrip() for ln in text.splitlines()]


def _verb_counts(path: Path) -> dict[str, int]:
    """Blocks, verb lines, pattern lines and synset names, counted line by line: a '---' line
    opens a block, a '-' line is a pattern, '&NAME' opens a synset whose '+' lines follow it."""
    raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sectioned = any(ln.startswith("####### VERB PATTERNS") for ln in raw)
    lines = _text_lines(path)
    blocks = verbs = patterns = 0
    names: set[str] = set()
    where = None if sectioned else "verbs"       # None: before the sections, "trans": after
    in_synset = False
    for full, ln in zip(raw, lines):
        if full.startswith("#######"):
            where = "syn" if "SYNONYM" in full else "verbs" if "VERB PATTERNS" in full else "trans"
            continue
        s = ln.strip()
        if not s or where in (None, "trans"):
            continue
        if s.startswith("&"):
            names.add(s[1:].split()[0].rstrip("_").lower())
            in_synset = True
        elif s.startswith("+") and (in_synset or where == "syn"):
            pass
        elif s.startswith("---"):
            blocks += 1
            in_synset = False
        elif s.startswith("-"):
            patterns += 1
        elif "*" in s:          # a pattern without its '-': not a verb (check reports it)
            continue
        elif where == "verbs" and blocks:
            verbs += 1
            in_synset = False
    return {"blocks": blocks, "verbs": verbs, "patterns": patterns, "synsets": len(names)}


@pytest.mark.parametrize("path,kind", SHIPPED, ids=[p.name for p, _ in SHIPPED])
def test_every_shipped_file_imports_what_it_holds(path, kind):
    fr = read_file(path, kind)
    assert any(fr.counts.values()), fr.summary()
    lines = [ln.strip() for ln in _text_lines(path)]
    if kind == "verbs":
        want = _verb_counts(path)
        # pattern lines: read, or skipped with a problem naming the line
        skipped = {p.line for p in fr.problems if "skipped" in p.message or "without one [code]" in p.message}
        assert (fr.counts["blocks"], fr.counts["verbs"], fr.counts["synsets"]) == \
               (want["blocks"], want["verbs"], want["synsets"])
        assert fr.counts["patterns"] + len(skipped) == want["patterns"]
        assert fr.counts["patterns"] >= 0.9 * want["patterns"]
    elif kind == "actors":
        # a line that starts neither with '+' nor with '[' opens an actor ('<!' lines are skipped)
        assert fr.counts["actors"] == sum(1 for s in lines if s and s[0] not in "+[" and not s.startswith("<!"))
    elif kind == "agents":
        entries = [s for s in lines if s and "~" in s and "[" in s and not s.startswith("!")]
        duplicates = {p.line for p in fr.problems if "duplicate" in p.message}
        assert fr.counts["agents"] + len(duplicates - {0}) >= len(entries) - 3
        assert fr.counts["agents"] >= 0.95 * len(entries)
    elif kind == "discards":
        duplicates = sum(1 for p in fr.problems if "duplicate" in p.message)
        assert fr.counts["discards"] + duplicates == sum(1 for s in lines if s)
    elif kind == "issues":
        entries = [s for s in lines if s.startswith("~") or re.search(r"\[\S+\]\s*$", s)]
        assert fr.counts["issues"] == len(entries)
    elif kind == "prepositions":
        assert fr.counts["prepositions"] == sum(1 for s in lines if s)
    elif kind == "ontology":
        assert fr.counts["negations"] > 0


def _copy(names, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy(REF / "petrarch2" / n, dest / n)
    return dest


def test_validate_verb_file_reads_compound_weis_codes_and_embedded_synsets(tmp_path):
    out = tmp_path / "out"
    import_dictionaries(_copy(["PETR.Validate.verbs.txt", "PETR.Validate.actors.txt"], tmp_path / "in"), out)
    verbs = {ln.split("\t")[0]: ln.split("\t") for ln in (out / "events" / "verbs.tsv").read_text().splitlines()[1:]}
    assert verbs["welcome"][2] == "041"
    assert verbs["meet"][2] == "031:031"            # compound code, both sides kept
    assert verbs["abandon"][2] == "345"             # a WEIS code
    assert "lash out" in verbs                       # a block and verb written with a space
    syn = (out / "events" / "synsets.tsv").read_text()
    # &ACCORDSYN holds +&TIETYPES and +&CURRENCY: their members, not the names
    assert "accordsyn\tmilitary\t" in syn and "accordsyn\tdollars\t" in syn and "&tietypes" not in syn
    pats = (out / "events" / "verb_patterns.tsv").read_text()
    # NEW_&TIETYPES_RELATIONS: the word, the synset, the word, consecutive
    assert "\tnew=&tietypes=relations\t903\t" in pats


def test_a_file_that_yields_nothing_names_itself_and_its_first_unread_line(tmp_path):
    d = tmp_path / "dicts"
    d.mkdir()
    (d / "ours.verbs.txt").write_text("<!-- a verb file of prose -->\nWe meant to write verbs here.\n")
    with pytest.raises(DictionaryError, match=r"ours\.verbs\.txt: nothing read.*line 2"):
        import_dictionaries(d, tmp_path / "out")


def test_replacing_set_without_verbs_is_an_error_not_eventwires_verbs(tmp_path):
    d = _copy(["PETR.Validate.actors.txt"], tmp_path / "in")
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    with pytest.raises(DictionaryError, match="no verbs"):
        prepare(d, "replace")
    assert prepare(d, "add").verb_dirs           # adding to eventwire's own is fine


def test_cli_import_prints_what_each_file_held(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    d = _copy(["PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"], tmp_path / "in")
    res = CliRunner().invoke(app, ["dict", "import", str(d), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert re.search(r"read PETR\.Validate\.verbs\.txt: \d+ blocks, \d+ verbs, \d+ patterns, \d+ synsets", res.output)
    assert "read PETR.Validate.discards.txt: 9 discards" in res.output


def test_a_record_coded_with_the_validate_files_takes_their_codes(tmp_path):
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    from eventwire.pipeline import Coder

    d = _copy(["PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt"], tmp_path / "in")
    coder = Coder(dictionaries=prepare(d), places=False)
    [(_doc, events)] = list(coder.code([Document("w1", "Jordan welcomed the Israeli delegation on Sunday.",
                                                 date="2014-05-02")]))
    got = {(e.source.code, e.target.code, e.code) for e in events}
    assert got == {("JOR", "ISR", "041")}          # that file's WELCOME [041], not eventwire's 051
    m = events[0].mentions[0] if events[0].mentions else events[0]
    assert m.pattern_id == "verb:welcome"


def test_compare_tells_a_code_change_from_missing_events():
    from eventwire.petrarch.validation import Outcome, Record, compare

    def rec(i, want):
        return Record(f"R-{i}", "2014-01-01", "DEMO", "text", want)

    a = [Outcome(rec(1, {("AAA", "BBB", "050")}), {("AAA", "BBB", "050")}, True),
         Outcome(rec(2, {("AAA", "BBB", "050")}), {("AAA", "BBB", "050")}, True),
         Outcome(rec(3, {("AAA", "BBB", "120")}), set(), False)]
    b = [Outcome(a[0].record, {("AAA", "BBB", "041")}, False),
         Outcome(a[1].record, set(), False),
         Outcome(a[2].record, {("AAA", "BBB", "120")}, True)]
    text = compare(a, b, "set one", "set two")
    assert "passed 1 of 3 records (33.3%), against 2 (66.7%)" in text
    assert "- same actors, other event code: 1" in text and "- nothing coded: 1" in text
    assert "- 050 -> 041: 1" in text and "pass only with set two: R-3." in text
