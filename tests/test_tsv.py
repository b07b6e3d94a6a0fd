"""The shared reader of the package's data tables (eventwire/tsv.py): blank lines and "#"
comment lines are skipped anywhere, before the header too; every table loader reads with it."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.tsv import data_lines, read_rows, read_tsv

TABLE = ("# what the columns mean\n"
         "word\tkind\tsource\n"
         "\n"
         "envoy\thead\thand\n"
         "# a comment between rows\n"
         "deputy\tmodifier\thand \"quoted\" note\n"
         "short\thead\n")


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "t.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_data_lines_skip_blank_and_comment_lines(table):
    assert data_lines(table) == ["word\tkind\tsource", "envoy\thead\thand",
                                 'deputy\tmodifier\thand "quoted" note', "short\thead"]


def test_read_rows_leaves_out_the_header_unless_told_there_is_none(table):
    assert read_rows(table)[0] == ["envoy", "head", "hand"]
    assert read_rows(table, header=False)[0] == ["word", "kind", "source"]


def test_read_tsv_keys_by_header_no_quoting_and_pads_short_rows(table):
    rows = read_tsv(table)
    assert [r["word"] for r in rows] == ["envoy", "deputy", "short"]
    assert rows[1]["source"] == 'hand "quoted" note'     # a quote is an ordinary character
    assert rows[2]["source"] == ""


def test_windows_line_ends(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_bytes(b"word\tsource\r\n# note\r\nmayor\thand\r\n")
    assert read_tsv(path) == [{"word": "mayor", "source": "hand"}]


def _with_comments(tmp_path: Path, source: Path) -> Path:
    """A copy of a package table with a comment line first, one after the header and a blank line."""
    lines = source.read_text(encoding="utf-8").splitlines()
    out = tmp_path / source.name
    out.write_text("\n".join(["# a comment first", lines[0], "# a comment after the header", ""] + lines[1:])
                   + "\n", encoding="utf-8")
    return out


def test_loaders_read_commented_tables_alike(tmp_path):
    from eventwire.events import blame, codebook, held, means, property_hit
    from eventwire.language import truecase

    events = Path(eventwire.__file__).parent / "events" / "data"
    for load, name in ((means._load, "attack_means.tsv"), (held._load, "protest_nouns.tsv"),
                       (property_hit._load, "property_owners.tsv"),
                       (lambda p: vars(blame.Blame(p)), "blame.tsv"),
                       (lambda p: codebook.Codebook._read(p)._codes, "cameo_codes.tsv")):
        assert load(_with_comments(tmp_path, events / name)) == load(events / name), name
    titles = Path(truecase.__file__).parent / "data" / "titles.tsv"
    assert truecase.load_titles(_with_comments(tmp_path, titles)) == truecase.load_titles(titles)


def test_every_package_table_has_rows():
    root = Path(eventwire.__file__).parent
    for path in sorted(root.rglob("data/*.tsv")):
        assert read_rows(path, header=False), path.relative_to(root)


def test_word_lists_group_rows_by_list_name(tmp_path):
    from eventwire.tsv import word_lists
    path = tmp_path / "w.tsv"
    path.write_text("# a module's lists\nlist\tword\n# verbs that end\nending\tcall off\nending\tstop\n"
                    "# nouns\nnouns\tvigil\nnouns\tvigil\n", encoding="utf-8")
    assert word_lists(path) == {"ending": frozenset({"call off", "stop"}), "nouns": frozenset({"vigil"})}
