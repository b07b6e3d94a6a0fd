"""eventwire from Python: code(), code_frame(), errors as exceptions, store results as frames."""
import datetime as dt
import json
import subprocess
import sys
import warnings

import pytest
from storekit import BACKENDS, store_target, story_items
from typer.testing import CliRunner

import eventwire
from eventwire import api
from eventwire.cli import app
from eventwire.errors import EventwireError, QueryError
from eventwire.export import FLAT_COLUMNS
from eventwire.records import Document

STORY_A = ("The Ghanaian president thanked his Nigerian counterpart for the shipment of rice on Monday. "
           "Ghana and Nigeria signed a customs agreement in Accra.")
STORY_B = "Police in Lima arrested two Bolivian smugglers on Friday."


@pytest.fixture(scope="module", autouse=True)
def kept_coder(coder):
    # the session's coder is the one code() would load (default options): share it
    api._CODERS.setdefault((False, None, "replace"), coder)
    yield


def triples(events):
    return sorted((e.doc_id, e.source.code, e.code, e.target.code) for e in events)


# ---- code() --------------------------------------------------------------------------------

def test_code_takes_strings_documents_and_dicts():
    as_text = eventwire.code([STORY_A], date="2024-04-08")
    assert as_text and all(e.doc_id == "0" for e in as_text)
    as_doc = eventwire.code(Document("gh", STORY_A, date="2024-04-08"))
    as_dict = eventwire.code([{"doc_id": "gh", "text": STORY_A, "date": "2024-04-08"}])
    assert [e.to_json() for e in as_doc] == [e.to_json() for e in as_dict]
    assert [(e.code, e.date) for e in as_text] == [(e.code, e.date) for e in as_doc]
    # a dict's own date wins over the default one; a datetime.date is a date too
    dated = eventwire.code([{"doc_id": "gh", "text": STORY_A, "date": "2024-04-08"}], date=dt.date(2020, 1, 1))
    assert [e.date for e in dated] == [e.date for e in as_dict]


def test_second_call_keeps_the_coder(monkeypatch):
    eventwire.code(STORY_B, date="2024-04-12")
    from eventwire import pipeline
    from eventwire.language import model

    def no_load(*a, **k):
        raise AssertionError("loaded again")

    monkeypatch.setattr(pipeline.Coder, "__init__", no_load)
    monkeypatch.setattr(model, "load", no_load)
    assert eventwire.code(STORY_B, date="2024-04-12") is not None


def test_code_gives_the_cli_lines(tmp_path):
    docs = [{"doc_id": "a1", "text": STORY_A, "date": "2024-04-08", "outlet": "Wire"},
            {"doc_id": "a2", "text": STORY_B}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["code", str(src), "--date", "2024-04-12", "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    cli = [json.loads(line) for line in out.read_text().splitlines()]
    mine = [e.to_json() for e in eventwire.code(docs, date="2024-04-12")]
    assert cli and mine == cli


def test_min_confidence_and_statements():
    every = eventwire.code([STORY_A], date="2024-04-08")
    kept = eventwire.code([STORY_A], date="2024-04-08", min_confidence=0.5)
    assert [e.event_id for e in kept] == [e.event_id for e in every if (e.confidence or 0) >= 0.5]
    with pytest.raises(EventwireError, match="not a confidence"):
        eventwire.code([STORY_A], min_confidence=2)


def test_skipped_inputs_warn_or_fail():
    with pytest.warns(UserWarning, match="skipped input 0: text is empty"):
        assert eventwire.code(["  ", STORY_B]) is not None
    with pytest.raises(EventwireError, match="text is empty"):
        eventwire.code(["  "], strict=True)
    with pytest.raises(EventwireError, match="not a text, a Document or a dict"):
        eventwire.code([42])


def test_errors_are_exceptions_with_the_cli_message(tmp_path):
    with pytest.raises(EventwireError) as bad:
        eventwire.code(["x"], date="2024-02-30")
    assert not isinstance(bad.value, SystemExit)
    res = CliRunner().invoke(app, ["code", "-", "--date", "2024-02-30"], input="")
    assert res.exit_code == 2 and str(bad.value) in " ".join(res.output.split())
    missing = tmp_path / "no_such_dictionaries"
    with pytest.raises(EventwireError) as bad:
        eventwire.code(["x"], dictionaries=missing)
    res = CliRunner().invoke(app, ["code", "-", "--dictionaries", str(missing)], input="")
    assert res.exit_code == bad.value.exit_code == 2
    assert str(bad.value) in " ".join(res.output.split())


def test_code_into_a_store(tmp_path):
    db = tmp_path / "py.duckdb"
    events = eventwire.code([{"doc_id": "a1", "text": STORY_A, "date": "2024-04-08"}], db=db)
    with eventwire.Store.open(db, read_only=True) as s:
        assert s.counts()["documents"] == 1
        assert len(s.events()) == len(events) > 0


# ---- code_frame() --------------------------------------------------------------------------

def _articles():
    return {"body": [STORY_A, STORY_B, None], "published": ["2024-04-08", "2024-04-12", None],
            "key": [11, 12, 13], "date": ["x", "y", "z"], "section": ["world", "world", "sport"],
            "outlet": ["Wire", None, "Daily"]}


def test_code_frame_pandas():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(_articles())
    df["published"] = pd.to_datetime(df["published"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = eventwire.code_frame(df, text="body", date="published", id="key")
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == list(FLAT_COLUMNS) + ["key", "published", "doc_date", "section"]
    expect = eventwire.code([{"doc_id": "11", "text": STORY_A, "date": "2024-04-08"},
                             {"doc_id": "12", "text": STORY_B, "date": "2024-04-12"}])
    assert list(out["event_id"]) == [e.event_id for e in expect]
    assert list(out["code"]) == [e.code for e in expect]
    assert set(out["section"]) == {"world"} and set(out["doc_date"]) <= {"x", "y"}
    assert (out["key"].astype(str) == out["doc_id"]).all()
    assert set(out[out["doc_id"] == "11"]["outlet"]) == {"Wire"}           # the articles' outlet


def test_code_frame_polars_and_errors():
    pl = pytest.importorskip("polars")
    df = pl.DataFrame(_articles())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = eventwire.code_frame(df, text="body", date="published")
    assert isinstance(out, pl.DataFrame)
    assert out.columns[:len(FLAT_COLUMNS)] == list(FLAT_COLUMNS)
    assert out.schema["date"] == pl.Date and set(out["doc_id"]) <= {"0", "1"}
    with pytest.raises(EventwireError, match="no column 'text'"):
        eventwire.code_frame(df)
    with pytest.raises(EventwireError, match="repeated ids"):
        eventwire.code_frame(pl.DataFrame({"text": ["a", "b"], "k": [1, 1]}), id="k")
    with pytest.raises(EventwireError, match="pandas or polars"):
        eventwire.code_frame({"text": ["a"]})


# ---- store results ---------------------------------------------------------------------------

@pytest.fixture(params=BACKENDS)
def story(request, tmp_path):
    target, cleanup = store_target(request.param, tmp_path)
    s = eventwire.Store.open(target)
    s.add_many(story_items(), coder_version="t", dictionary_version="v1")
    yield s
    s.close()
    cleanup()


def test_events_result_is_a_list_of_dicts_and_a_table(story):
    rows = story.events(actor="VEN")
    assert len(rows) == 8 and rows[0]["date"] == "2022-01-20" and rows == list(rows)
    first, *rest = rows
    assert first["date"] == "2022-01-20" and len(rest) == 7 and rows[-1] == rest[-1]
    assert story.events(place="Nowhere") == []
    json.dumps(list(rows))
    table = rows.to_arrow()
    assert table.num_rows == 8 and table.column("code").to_pylist() == [r["code"] for r in rows]
    assert str(table.schema.field("date").type) == "date32[day]"
    with pytest.raises(QueryError, match="not an actor code"):
        story.events(actor="V E N")


def test_results_to_pandas_and_polars(story):
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    frame = story.events(root="19").to_pandas()
    assert isinstance(frame, pd.DataFrame) and list(frame["code"]) == ["190"]
    assert str(frame["date"].dtype).startswith("datetime64")
    assert story.day("2022-01-20").to_polars().height == 3
    dyad = story.dyad("VEN", "RUS", by="month")
    assert isinstance(dyad, list) and dyad[0]["period"] == "2022-01"
    d = dyad.to_pandas()
    assert list(d["events"]) == [r["events"] for r in dyad] and d["top_codes"][0] == "042:1 051:1"
    assert story.partners("VEN").to_polars()["partner"].to_list()[0] == "RUS"


def test_postgres_rows_to_arrow_in_chunks(monkeypatch):
    """The PostgreSQL path without a server: chunks, JSON values and all-NULL chunks."""
    from eventwire.store import result

    class Cursor:
        description = [("n",), ("when",), ("reasons",), ("note",)]

        def __init__(self):
            self.rows = [(i, dt.date(2024, 1, 1 + i), [{"f": i}] if i else None, None if i < 2 else "x")
                         for i in range(5)]

        def fetchmany(self, k):
            out, self.rows = self.rows[:k], self.rows[k:]
            return out

    class Db:
        dialect = "postgresql"

        def execute(self, sql, params):
            return Cursor()

    monkeypatch.setattr(result, "CHUNK", 2)
    table = result.arrow(Db(), "SELECT", [])
    assert table.num_rows == 5 and table.column("n").to_pylist() == [0, 1, 2, 3, 4]
    assert str(table.schema.field("when").type) == "date32[day]"
    assert table.column("reasons").to_pylist()[1] == '[{"f": 1}]'
    assert table.column("note").to_pylist() == [None, None, "x", "x", "x"]


def test_missing_pandas_is_a_clear_error(story, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(EventwireError, match=r"pip install 'eventwire\[pandas\]'"):
        story.events().to_pandas()


def test_import_and_cli_stay_light():
    code = ("import sys, eventwire, eventwire.cli; eventwire.Store; "
            "print(sorted(m for m in ('spacy', 'pandas', 'polars', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_events_outlive_their_store(tmp_path):
    db = tmp_path / "closed.duckdb"
    with eventwire.Store.open(db) as s:
        s.add_many(story_items(), coder_version="t", dictionary_version="v1")
    with eventwire.Store.open(db, read_only=True) as s:
        rows = s.events(actor="RUS")
        unused = s.events(root="19")
    assert len(rows) == 4 and [r["code"] for r in unused] == ["190"]
    assert rows.to_arrow().num_rows == 4
