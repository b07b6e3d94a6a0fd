"""Tests for the CAMEO verb dictionary (eventwire.events.patterns) and its derived data."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.events.codebook import Codebook
from eventwire.events.patterns import DATA_DIR, Pattern, VerbDictionary
from eventwire.tsv import read_tsv

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO.parent / "shared" / "reference"


@pytest.fixture(scope="module")
def vd() -> VerbDictionary:
    return VerbDictionary.load()


def test_load_is_cached():
    # built once (its speed is measured by make bench: a timed test fails on a busy machine)
    assert VerbDictionary.load() is VerbDictionary.load()
    assert VerbDictionary._build(DATA_DIR) is not VerbDictionary.load()


def test_verb_codes(vd):
    assert vd.verb("accuse").code.startswith("11")
    assert vd.verb("ACCUSE").code == vd.verb("accuse").code
    assert vd.verb("accuse").block == "BLAME"
    assert vd.verb("thank").code == "051"
    assert vd.verb("congratulate").code == "051"
    assert vd.verb("condemn").code == "111"
    assert vd.verb("no-such-verb") is None


def test_null_block_verb(vd):
    # ACCELERATE block has header [---]: the verb alone codes nothing
    assert vd.verb("accelerate").code == "---"
    assert vd.verb("hasten").code == "---"


def test_forms(vd):
    forms = vd.surface_forms()
    assert "accused" in forms and "accusing" in forms
    assert "shipped" in forms and "shipping" in forms
    assert "ship" in vd.lemma_for_form("shipped")
    assert vd.lemma_for_form("Visited") == ["visit"]
    assert "saw" in vd.verb("see").forms
    assert "seed" not in forms          # no regular -ed for irregular "see"
    assert "hurried" in vd.verb("hurry").forms
    assert "deterred" in vd.verb("deter").forms


def test_multiword_verbs(vd):
    assert vd.verb("call off").code == "160"
    assert vd.verb("ask for").code == "020"
    assert vd.lemma_for_form("asked for") == ["ask for"]
    assert "asked for" in vd.surface_forms()
    assert (("asked", "for"), "ask for") in vd.multiword_forms("asked")
    assert vd.verb("angered by").forms == ("angered by",)   # '{}': no other forms
    assert "took shape" in vd.verb("take shape").forms


def test_patterns(vd):
    pats = vd.patterns("accuse")
    assert pats and all(isinstance(p, Pattern) and p.lemma == "accuse" for p in pats)
    assert all(p.id.startswith(("cameo2:", "hand:")) for p in pats)
    sizes = [p.n_words for p in pats]
    assert sizes == sorted(sizes, reverse=True)
    # "- * (TO PRESS) (FOR OUSTER) [1041] # LOOK": grouping dropped, words kept
    look = {(p.before, p.after): p.code for p in vd.patterns("look")}
    assert look[((), ("to", "press", "for", "ouster"))] == "1041"
    assert vd.patterns("nonexistent") == []


def test_pattern_markers(vd):
    # "- $ * ^ &OPPOSITION TO + [110] # REPEAT"
    rep = [p for p in vd.patterns("repeat") if p.code == "110" and p.before == ("$",)]
    assert rep and rep[0].after == ("^", "&opposition", "to", "+")
    # compound code [042:043] keeps the first code
    assert any(p.code == "042" and p.after == ("to",) for p in vd.patterns("rush"))


def test_hand_files(vd):
    assert vd.verb("sanction").code == "163"
    assert vd.verb("urge").code == "020"
    assert vd.verb("urge").source.startswith("hand")
    assert any(p.after == ("efforts",) and p.code == "020" for p in vd.patterns("urge"))
    call = vd.verb("call")
    assert call.code == "---"
    assert any(p.id.startswith("hand:") and p.after == ("+",) and p.code == "041"
               for p in vd.patterns("call"))
    assert vd.verb("phone").code == "041"


def test_synsets(vd):
    mil = vd.synset("&military")
    assert "troops" in mil and mil == vd.synset("MILITARY")
    assert vd.word_matches("&military", "soldiers")
    assert vd.word_matches("&military", "armies")
    assert not vd.word_matches("&military", "diplomats")
    assert vd.match_length("&military", ["armed", "forces", "fired"]) == 2
    # label ending in "_" (&AUXVERB1_): members are exact words
    assert vd.word_matches("&auxverb1", "was")
    assert not vd.word_matches("&auxverb1", "washington")
    assert vd.synset("nope") == frozenset()


def test_word_matches(vd):
    assert vd.word_matches("aid", "aid")
    assert vd.word_matches("aid", "aids")        # no "_": prefix match
    assert vd.word_matches("aid_", "aid")
    assert not vd.word_matches("aid_", "aids")   # "_": exact
    assert not vd.word_matches("+", "+")


def _codes_in(path: Path) -> set[str]:
    return {row["code"] for row in read_tsv(path)}


@pytest.mark.parametrize("name", ["verbs.tsv", "verb_patterns.tsv", "verbs_hand.tsv",
                                  "verb_patterns_hand.tsv"])
def test_all_codes_valid(name):
    cb = Codebook.load()
    path = DATA_DIR / name
    bad = {c for c in _codes_in(path) if c != "---" and not cb.is_valid(c)}
    assert not bad, f"{name}: invalid codes {sorted(bad)}"


def test_loaded_codes_valid(vd):
    cb = Codebook.load()
    for v in vd.verbs():
        assert v.code == "---" or cb.is_valid(v.code), v
    for p in vd.all_patterns():
        assert p.code == "---" or cb.is_valid(p.code), p
        for w in p.before + p.after:
            if w.startswith("&"):
                assert vd.synset(w), p


def test_codebook():
    cb = Codebook.load()
    assert Codebook.load() is cb
    assert len(cb) == 318
    assert cb.get("195").quad_class == 4 and cb.root("1951") == "19"
    assert cb.get("1834").goldstein == cb.get("183").goldstein   # from the parent
    assert cb.get("010").plover is None
    assert cb.get("042").plover == "CONSULT"
    assert not cb.is_valid("999") and cb.root("999") is None


@pytest.mark.skipif(not (REFERENCE / "petrarch2" / "CAMEO.2.0.txt").exists(),
                    reason="reference data not available")
def test_derive_verbs_deterministic(tmp_path):
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        subprocess.run([sys.executable, str(REPO / "scripts" / "derive_verbs.py"),
                        "--reference", str(REFERENCE), "--out-dir", str(out)],
                       check=True, capture_output=True, timeout=60)
        outs.append(out)
    for name in ("verbs.tsv", "verb_patterns.tsv", "synsets.tsv"):
        a = (outs[0] / name).read_bytes()
        assert a == (outs[1] / name).read_bytes(), name
        assert a == (DATA_DIR / name).read_bytes(), f"{name} is stale: rerun the script"


@pytest.mark.skipif(not (REFERENCE / "cameo_event_codes.tsv").exists(),
                    reason="reference data not available")
def test_derive_codebook_deterministic(tmp_path):
    out = tmp_path / "cameo_codes.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "derive_codebook.py"),
                    "--reference", str(REFERENCE), "--out", str(out)],
                   check=True, capture_output=True, timeout=60)
    assert out.read_bytes() == (DATA_DIR / "cameo_codes.tsv").read_bytes()
