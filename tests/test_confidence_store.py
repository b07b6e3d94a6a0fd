"""Confidence through the store on both databases: stored, combined across sources, filtered by
queries, written by every export (GDELT's mentions Confidence column holds it x 100)."""
import json

import pytest
from storekit import BACKENDS, event, store_target

from eventwire import Store
from eventwire.export import export
from eventwire.records import Document


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    target, cleanup = store_target(request.param, tmp_path)
    s = Store.open(target)
    yield s
    s.close()
    cleanup()


def _report(doc_id, outlet, conf, text="Chile praised Peru on Monday.", date="2023-04-03"):
    doc = Document(doc_id, f"{text} ({doc_id})", date=date, url=f"https://{outlet}.example/{doc_id}",
                   outlet=outlet)
    e = event("CHLGOV", "PERGOV", "051", date, text, doc_id)
    e.confidence = conf
    e.reasons = [{"feature": "source:office", "reason": "source from a person's dated office", "weight": 0.5}]
    return doc, [e]


def test_reports_from_two_sources_make_one_more_confident_event(store):
    store.add_many([_report("a1", "wire", 0.6)], "t", "v1", dedup=True)
    store.add_many([_report("b1", "paper", 0.7, "Chile praised Peru for its help.")], "t", "v1", dedup=True)
    (row,) = store.events(actor="CHL")
    assert row["num_sources"] == 2
    assert row["confidence"] == pytest.approx(1 - 0.4 * 0.3, abs=1e-3)      # 0.88


def test_one_source_repeating_itself_counts_once(store):
    store.add_many([_report("a1", "wire", 0.6), _report("a2", "wire", 0.5, "Chile praised Peru again.")],
                   "t", "v1", dedup=True)
    (row,) = store.events(actor="CHL")
    assert row["confidence"] == pytest.approx(0.6)


def test_queries_and_exports_filter_and_carry_confidence(store, tmp_path):
    store.add_many([_report("a1", "wire", 0.9),
                    _report("c1", "wire", 0.3, "Kenya accused Somalia of spying.", "2023-05-01")], "t", "v1")
    assert len(store.events()) == 2
    (kept,) = store.events(min_confidence=0.5)
    assert kept["source_code"] == "CHLGOV" and kept["confidence"] == pytest.approx(0.9)
    with pytest.raises(ValueError):
        store.events(min_confidence=1.5)
    out = tmp_path / "e.jsonl"
    assert export(store, "jsonl", out, min_confidence=0.5) == 1
    line = json.loads(out.read_text())
    assert line["confidence"] == pytest.approx(0.9)
    assert line["confidence_reasons"][0]["feature"] == "source:office"
    assert line["mentions"][0]["confidence"] == pytest.approx(0.9)
    gm = tmp_path / "m.tsv"
    assert export(store, "gdelt-mentions", gm) == 2
    rows = [r.split("\t") for r in gm.read_text().splitlines()]
    assert all(len(r) == 16 for r in rows)
    assert sorted(r[11] for r in rows) == ["30", "90"]           # Confidence
    pq = tmp_path / "e.parquet"
    export(store, "parquet", pq)
    import pyarrow.parquet as parquet
    assert sorted(parquet.read_table(pq).column("confidence").to_pylist()) == [0.3, 0.9]
