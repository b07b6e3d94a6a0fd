"""The PETRARCH validation suite (UD-PETRARCH 2.02, MIT licence), run with its own dictionaries.

Prints the pass rate by category (pytest -s shows it) and writes the report of failing records
to the test's temporary folder; `make petrarch-report` writes it to docs/petrarch_validation.md.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.petrarch import validation
from eventwire.petrarch.dictset import prepare

SUITE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "petrarch-validation"
RECORDS = SUITE / "validate_2_02.jsonl"
# the pass rate this version reaches (issue 18 asks >= 0.88): a drop is a regression
FLOOR = 0.88

pytestmark = pytest.mark.skipif(not RECORDS.exists(), reason=f"{SUITE} not found")


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    from eventwire.pipeline import Coder

    coder = Coder(dictionaries=prepare(SUITE), places=False)
    outcomes = validation.run(validation.read_records(RECORDS), coder)
    # the pipeline keeps going past a record the coder fails on, which would only show as a
    # lower pass rate: here a failure is an error (PETRARCH's dictionaries lack some data files)
    assert not coder.failures, coder.failures[:3]
    return outcomes


def test_pass_rate_by_category(outcomes, tmp_path):
    s = validation.summary(outcomes)
    print()
    for cat, c in s["by_category"].items():
        print(f"  {cat:10} {c['passed']:4}/{c['records']:<4} {c['rate']:.0%}")
    print(f"  {'all':10} {s['passed']:4}/{s['records']:<4} {s['rate']:.1%}")
    report = validation.report(outcomes)
    (tmp_path / "petrarch_validation.md").write_text(report, encoding="utf-8")
    assert s["records"] == 264 and s["not_evaluated"] == 10
    assert s["rate"] >= FLOOR


def test_report_lists_every_failure_with_a_reason(outcomes):
    report = validation.report(outcomes)
    for o in outcomes:
        if not o.passed:
            assert f"**{o.record.doc_id}**" in report
            assert o.reason
    # the records eventwire codes otherwise on purpose say why
    why = validation.disagreements()
    for o in outcomes:
        if not o.passed and o.record.doc_id in why:
            assert f"on purpose: {why[o.record.doc_id]}" in report


def test_discarded_sentences_and_stories_code_nothing(outcomes):
    discards = [o for o in outcomes if o.record.doc_id.startswith("DISCARD-")]
    assert len(discards) == 4 and all(not o.got for o in discards)


def test_xml_and_jsonl_records_agree():
    from_xml = {r.doc_id: r for r in validation.read_records(SUITE / "PETR_Validate_records_2_02.xml")}
    from_jsonl = {r.doc_id: r for r in validation.read_records(RECORDS)}
    assert from_xml.keys() == from_jsonl.keys()
    for key, a in from_jsonl.items():
        b = from_xml[key]
        assert (a.expected, a.noevents, a.evaluate, a.date, a.category, a.error) == \
               (b.expected, b.noevents, b.evaluate, b.date, b.category, b.error), key
