"""The shared main() and word filter of the scripts that derive one-word lists from WordNet
(scripts/wordnet_lists.py, used by derive_act_nouns.py and derive_land_nouns.py), on a tiny
made-up index file."""
from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

# index.noun's layout: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
INDEX = ("  1 a licence line\n"
         "hillside n 1 0 1 0 00000001\n"
         "guard_post n 1 0 1 0 00000002\n"
         "cross-border n 1 0 1 0 00000003\n"
         "ridge n 2 1 @ 2 0 00000004 00000005\n")


def _module(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    sys.modules.pop("wordnet_lists", None)
    import wordnet_lists
    return wordnet_lists


def test_single_words_only(monkeypatch, tmp_path):
    wl = _module(monkeypatch)
    (tmp_path / "index.noun").write_text(INDEX, encoding="utf-8")
    assert dict(wl.single_words(tmp_path / "index.noun")) == {
        "hillside": ["00000001"], "ridge": ["00000004", "00000005"]}


def test_main_writes_each_list_under_its_header(monkeypatch, tmp_path, capsys):
    wl = _module(monkeypatch)
    (tmp_path / "index.noun").write_text(INDEX, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(wl, "DATA", out)
    lists = [wl.WordList("a.txt", "# list a\n", lambda d: [w for w, _ in wl.single_words(d / "index.noun")], "nouns"),
             wl.WordList("b.txt", "# list b\n", lambda d: ["cross"], "verbs")]
    assert wl.main("test", lists, ["--dict", str(tmp_path)]) == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == "# list a\nhillside\nridge\n"
    assert (out / "b.txt").read_text(encoding="utf-8") == "# list b\ncross\n"
    assert "2 nouns ->" in capsys.readouterr().out
    assert wl.main("test", lists, ["--dict", str(tmp_path / "none")]) == 1
