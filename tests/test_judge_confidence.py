"""scripts/judge_confidence.py: matching coded events to judged lines, the split and the AUC."""
import json
import sys
from pathlib import Path

from eventwire.records import ActorMention, Event, EventMention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import judge_confidence as J  # noqa: E402


def _event(doc, sentence, src="AAAGOV", code="042", tgt="BBBGOV", more=()):
    a = ActorMention("Alpha", 0, 5, src, "Alpha", "name")
    b = ActorMention("Beta", 20, 24, tgt, "Beta", "name")
    ms = [EventMention(doc, i, s, "visited", 6, 13, "verb:visit", a, b, code) for i, s in enumerate((sentence, *more))]
    return Event("e", code, code[:2], None, None, 1, a, b, None, None, ms)


def _write(path, lines):
    path.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")


def test_later_judged_file_wins_and_only_correct_is_right(tmp_path):
    line = {"doc_id": "d1", "sentence": "Alpha visited the capital of Beta.", "source": "AAAGOV", "code": "042",
            "target": "BBBGOV"}
    _write(tmp_path / "j1.jsonl", [dict(line, verdict="correct")])
    _write(tmp_path / "j2.jsonl", [dict(line, verdict="partly")])
    judged = J.read_judged([tmp_path / "j1.jsonl", tmp_path / "j2.jsonl"])
    assert judged[("d1", line["sentence"], "AAAGOV", "042", "BBBGOV")] == (False, "j2")


def test_match_uses_any_mention_and_the_codes_and_skips_excluded_documents():
    s1, s2 = "Alpha visited the capital of Beta.", "The Alpha leader went on to Beta on Friday."
    judged = {("d1", s2, "AAAGOV", "042", "BBBGOV"): (True, "j"), ("d2", s1, "AAAGOV", "042", "BBBGOV"): (False, "j")}
    scored = [(_event("d1", s1, more=(s2,)), 0.9),          # found through its second mention
              (_event("d1", s1, code="043"), 0.8),           # another code: not the judged event
              (_event("d2", s1), 0.7)]
    assert J.match(scored, judged) == [(0.9, True, "j"), (0.7, False, "j")]
    assert J.match(scored, judged, exclude={"d2"}) == [(0.9, True, "j")]


def test_split_and_auc():
    pairs = [(0.9, True, "j"), (0.8, False, "j"), (0.7, True, "j"), (0.6, False, "j")]
    assert J.split(pairs, 0.75) == (1, 2, 1, 2)
    assert J.split(pairs, 0.0) == (2, 4, 0, 0)
    assert J.auc(pairs) == 0.75                 # right over wrong in 3 of the 4 pairs
    assert J.auc([(0.5, True, "j"), (0.5, False, "j")]) == 0.5
    assert J.auc([(0.5, True, "j")]) is None
