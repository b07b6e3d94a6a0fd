"""PETRARCH 2 / TABARI dictionaries: reading the formats, `dict check`, coding with them.

The dictionaries here are small hand-written ones about invented countries (Valdoria, Kestria,
Morvane), so only the mechanics are tested; the public validation suite is run separately.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventwire.petrarch.actors import read_actors, read_agents, read_discards
from eventwire.petrarch.dictset import Discards, prepare
from eventwire.petrarch.importer import check, import_dictionaries
from eventwire.petrarch.ontology import read_ontology
from eventwire.petrarch.verbrows import build
from eventwire.records import Document

EXE = str(Path(sys.executable).with_name("eventwire"))

ACTORS = """\
<!-- invented actors for the tests -->
VALDORIA [VLD]
+VALDORIAN
KESTRIA_ [KST]
+KESTRIAN
MORVANE [MRV]
ARDAN VELL  # a person whose office changes
\t[VLDGOV 20100101-20141231]
\t[VLDOPP >20150101]
\t[VLD]
THE_TWIN_CITIES [KST/VLD]
SILENT_LEAGUE [---]
UNION OF SEAS [IGOUOS]
BADCODE [VL]
THARN [THR]
OSTREL [OST]
"""

AGENTS = """\
!OFF! = OFFICIAL, OFFICIALS
SENIOR_!OFF! [~GOV]
FOREIGN_MINISTER [~GOVFRM]
PROTESTER [~OPP]
POLICE {} [~COP]
HARBOUR_GUILD {HARBOUR_GUILDS} [~BUS]
RELIEF_AGENCY [NGO~]
NO_BRACKET ~GOV
"""

DISCARDS = """\
# story discards carry a '+'
+HURRICANE   # weather stories
FOOTBALL
FOOTBALL
"""

VERBS = """\
####### SYNONYM SETS #######
&TIES
+DIPLOMATIC_TIES
+RELATIONS

####### VERB PATTERNS #######

--- RESTORE [050] ---
RESTORE
- * &TIES [051]  # pas 3 Mar 2015
- % * &TIES [0511]  # RESTORE
- * &TIES [051]  # pas 3 Mar 2015
- * &NOSUCHSET [052]

--- CRITICIZE [111] ---
CRITICIZE {CRITICISES CRITICISED CRITICIZES CRITICIZED CRITICIZING}
- * HARSHLY [112]

--- PRAISE [051] ---
PRAISE

--- HOST [042] ---
HOST
- * [9999]

--- VOW [170] ---
VOW
- * WAR [190]

--- SIGN [057] ---
SIGN
- * {TO SUPPLY} [0571]
- * ACCORD [056]  # NOTE-3 names no verb

--- HAIL [051] ---
HAIL
- WARMLY * [052]
- NAVY * [053]

--- CLIMB [---] ---
CLIMB
- {CASUALTY COUNT} * [190]
"""

ONTOLOGY = """\
# codes and their place in the internal ontology; X+0xFFFF is "not X"
050:0x0080
051:0x0081
111:0x7001
110:0x1007f#0xFFFF+0x0080
"""


@pytest.fixture(scope="module")
def petr_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("petr")
    (d / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (d / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (d / "Test.discards.txt").write_text(DISCARDS, encoding="utf-8")
    (d / "Test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (d / "Test_Coding_Ontology.txt").write_text(ONTOLOGY, encoding="utf-8")
    return d


# ------------------------------------------------------------------ format readers

def test_actor_file_dates_synonyms_and_compound_codes(petr_dir):
    rows, problems = read_actors(petr_dir / "Test.actors.txt")
    countries = {(r[0], r[1]) for r in rows["countries"]}
    assert {("valdoria", "VLD"), ("valdorian", "VLD"), ("kestria", "KST"), ("kestrian", "KST")} <= countries
    # a dated person: the dated rows first, in file order, then the undated default
    vell = [r for r in rows["people"] if r[1] == "ardan vell"]
    assert [(r[2], r[3], r[4]) for r in vell] == [("VLDGOV", "2010-01-01", "2014-12-31"),
                                                 ("VLDOPP", "2015-01-01", ""), ("VLD", "", "")]
    groups = {r[0]: r[1] for r in rows["groups"]}
    assert groups["the twin cities"] == "KST/VLD"          # kept whole, as PETRARCH writes it out
    assert groups["silent league"] == "---"
    assert ("union of seas", "IGOUOS") in {(r[0], r[1]) for r in rows["organisations"]}
    assert any(p.line == 14 and "[VL]" in p.message for p in problems)


def test_agent_file_substitutions_plurals_and_sides(petr_dir):
    rows, problems = read_agents(petr_dir / "Test.agents.txt")
    roles = {r[0]: (r[1], r[2]) for r in rows}
    assert roles["senior official"] == ("GOV", "no") and roles["senior officials"] == ("GOV", "yes")
    assert roles["foreign minister"][0] == "GOVFRM" and roles["foreign ministers"][1] == "yes"
    assert roles["protesters"] == ("OPP", "yes")
    assert "polices" not in roles                    # {} = no plural
    assert roles["harbour guilds"] == ("BUS", "yes")
    assert roles["relief agency"] == ("NGO~", "no")  # goes before the actor's code
    assert [p.line for p in problems] == [8]


def test_discards_story_and_sentence(petr_dir):
    rows, problems = read_discards(petr_dir / "Test.discards.txt")
    assert ("hurricane", "story") in {(r[0], r[1]) for r in rows}
    assert ("football", "sentence") in {(r[0], r[1]) for r in rows}
    assert [p.line for p in problems] == [4]          # the duplicate
    d = Discards(rows)
    assert d.find("the hurricane hit".split()) == "story"
    assert d.find("a football match".split()) == "sentence"
    assert d.find("talks resumed".split()) is None


def test_verb_file_patterns_synsets_and_initials(petr_dir):
    verbs, patterns, synsets, _stats, odd = build(petr_dir / "Test.verbs.txt", None, "Test.verbs.txt", "t")
    by_lemma = {r[0]: r for r in verbs}
    assert by_lemma["restore"][2] == "050" and "restored" in by_lemma["restore"][1].split("|")
    assert "criticised" in by_lemma["criticize"][1].split("|")
    rows = {(r[1], r[2], r[3], r[4]) for r in patterns}
    # "# pas 3 Mar 2015" names a coder, not a verb: the pattern belongs to the block's verb
    assert ("restore", "", "&ties", "051") in rows
    assert ("restore", "%", "&ties", "0511") in rows
    assert {("ties", "diplomatic ties"), ("ties", "relations")} <= {(r[0], r[1]) for r in synsets}
    assert any("undefined synset &NOSUCHSET" in o for o in odd)
    assert any("duplicate pattern" in o and o.startswith("line 12") for o in odd)


def test_ontology_gives_negations(petr_dir):
    rows, odd = read_ontology(petr_dir / "Test_Coding_Ontology.txt")
    neg = {r[0]: r[1] for r in rows}
    assert neg["110"] == "050" and neg["050"] == "110"
    assert "051" not in neg and not odd


def test_check_lists_file_and_line(petr_dir):
    found = [str(p) for p in check(petr_dir)]
    assert "Test.actors.txt:14: actor BADCODE: bad code [VL] (codes are groups of three capital letters " \
           "or digits, or ---)" in found
    assert any(f.startswith("Test.verbs.txt:13: undefined synset &NOSUCHSET") for f in found)
    assert any(f.startswith("Test.verbs.txt:12: duplicate pattern") for f in found)
    assert any(f.startswith("Test.verbs.txt:24: code [9999] is not a CAMEO code") for f in found)
    assert any(f.startswith("Test.discards.txt:4: duplicate discard") for f in found)


# ------------------------------------------------------------------ coding with them

@pytest.fixture(scope="module")
def petr_coder(petr_dir, tmp_path_factory):
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    from eventwire.pipeline import Coder

    return Coder(dictionaries=prepare(petr_dir), places=False)


def coded(coder, text, date="2016-05-02"):
    (_doc, events), = list(coder.code([Document("t", text, date=date)]))
    return {(m.source.code, m.target.code, m.code) for e in events for m in e.mentions}


def test_patterns_and_synsets_decide_the_code(petr_coder):
    assert coded(petr_coder, "Valdoria restored relations with Kestria on Monday.") == {("VLD", "KST", "051")}
    assert coded(petr_coder, "Valdoria praised Kestria.") == {("VLD", "KST", "051")}


def test_no_mood_rewriting_and_negation_from_the_ontology(petr_coder):
    # PETRARCH codes a future act as the act itself; "not" takes the negated code
    assert coded(petr_coder, "Valdoria will restore relations with Kestria.") == {("VLD", "KST", "051")}
    assert coded(petr_coder, "Valdoria did not criticize Kestria.") == set()     # 111 has no negation
    assert coded(petr_coder, "Valdoria did not restore contacts with Kestria.") == {("VLD", "KST", "110")}


def test_compound_subject_pattern_codes_both_ways(petr_coder):
    assert coded(petr_coder, "Valdoria and Kestria restored diplomatic ties.") == {
        ("VLD", "KST", "0511"), ("KST", "VLD", "0511")}


def test_dated_actor_and_agents(petr_coder):
    assert coded(petr_coder, "Ardan Vell criticized Kestria.", "2012-03-01") == {("VLDGOV", "KST", "111")}
    assert coded(petr_coder, "Ardan Vell criticized Kestria.", "2016-03-01") == {("VLDOPP", "KST", "111")}
    assert coded(petr_coder, "Ardan Vell criticized Kestria.", "2001-03-01") == {("VLD", "KST", "111")}
    assert coded(petr_coder, "Kestrian police criticized Valdoria.") == {("KSTCOP", "VLD", "111")}
    assert coded(petr_coder, "A relief agency from Valdoria criticized Morvane.") == {("NGOVLD", "MRV", "111")}


def test_discards_void_sentence_or_story(petr_coder):
    assert coded(petr_coder, "Valdoria criticized Kestria over the football match.") == set()
    story = "Valdoria criticized Kestria. The hurricane season began."
    assert coded(petr_coder, story) == set()
    assert coded(petr_coder, "Valdoria criticized Kestria. The rainy season began.") == {("VLD", "KST", "111")}


def test_imported_files_code_like_the_originals(petr_dir, tmp_path, petr_coder):
    from eventwire.pipeline import Coder

    out = tmp_path / "imported"
    import_dictionaries(petr_dir, out)
    assert (out / "actors" / "people.tsv").exists() and (out / "events" / "negation.tsv").exists()
    coder = Coder(dictionaries=prepare(out), places=False)
    for text in ("Valdoria and Kestria restored diplomatic ties.", "Ardan Vell criticized Kestria."):
        assert coded(coder, text) == coded(petr_coder, text)


def test_add_mode_keeps_the_project_dictionaries(petr_dir):
    from eventwire.pipeline import Coder

    coder = Coder(dictionaries=prepare(petr_dir, mode="add"), places=False)
    found = coded(coder, "Russia criticized Valdoria on Monday.")
    assert {(s[:3], t, c[:2]) for s, t, c in found} == {("RUS", "VLDGOV", "11")}
    assert coder.coder.reading.name == "eventwire"     # added entries are read with eventwire's own rules
    assert coded(coder, "Valdoria will criticize Kestria.") == set()      # a plan, not a deed


# ------------------------------------------------------------------ the command line

def run(*args):
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, timeout=300)


def test_cli_check_import_and_code(petr_dir, tmp_path):
    res = run("dict", "check", petr_dir)
    assert res.returncode == 1
    assert "Test.actors.txt:14:" in res.stdout and "problems in" in res.stderr
    res = run("dict", "import", petr_dir, "-o", tmp_path / "imp")
    assert res.returncode == 0, res.stderr
    assert "actors/people.tsv (3)" in res.stderr
    doc = tmp_path / "story.txt"
    doc.write_text("Valdoria restored relations with Kestria on Monday.", encoding="utf-8")
    res = run("code", doc, "--dictionaries", tmp_path / "imp", "--date", "2016-05-02", "-o", "-")
    assert res.returncode == 0, res.stderr
    assert '"code": "051"' in res.stdout and '"VLD"' in res.stdout
    res = run("dict", "check", tmp_path / "nothing-here")
    assert res.returncode == 2 and "error" in res.stderr


def test_cli_workers_and_store_with_dictionaries(petr_dir, tmp_path):
    import duckdb

    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        '{"doc_id": "a", "date": "2016-05-02", "text": "Valdoria restored relations with Kestria on Monday."}\n'
        '{"doc_id": "b", "date": "2012-03-01", "text": "Ardan Vell criticized Kestria."}\n'
        '{"doc_id": "c", "date": "2016-05-02", "text": "Valdoria and Kestria restored diplomatic ties."}\n',
        encoding="utf-8")
    one = run("code", docs, "--dictionaries", petr_dir, "-o", tmp_path / "one.jsonl", "--db", tmp_path / "s.duckdb")
    two = run("code", docs, "--dictionaries", petr_dir, "--workers", "2", "-o", tmp_path / "two.jsonl")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    import json

    def events(name):
        return [{k: v for k, v in json.loads(ln).items() if k != "stored_event_id"}
                for ln in (tmp_path / name).read_text().splitlines()]
    assert events("one.jsonl") == events("two.jsonl")
    assert {e["source"]["code"] for e in events("one.jsonl")} == {"VLD", "VLDGOV", "KST"}
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        versions = {r[0] for r in con.execute("SELECT dictionary_version FROM documents").fetchall()}
    from eventwire.store.versions import dictionary_version

    assert len(versions) == 1 and versions != {dictionary_version()}
    # the same text coded again with eventwire's own dictionaries is re-coded, not skipped
    again = run("code", docs, "-o", "-", "--db", tmp_path / "s.duckdb")
    assert again.returncode == 0, again.stderr
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT dictionary_version FROM documents").fetchall()} == {
            dictionary_version()}


def test_a_relative_pronoun_names_no_source_in_petrarchs_reading(petr_coder):
    # PETRARCH has no antecedents: "who" is no one, so the relative clause's act has no source
    got = coded(petr_coder, "A Valdorian envoy who criticized Kestria arrived in Morvane on Monday.")
    assert ("VLD", "KST", "111") not in got
    assert coded(petr_coder, "The Valdorian envoy criticized Kestria.") == {("VLD", "KST", "111")}


def test_a_gerund_after_a_preposition_names_no_source_in_petrarchs_reading(petr_coder):
    # "after criticizing Kestria": PETRARCH gives the gerund no subject, so no event for it
    got = coded(petr_coder, "Valdoria praised Morvane on Friday after criticizing Kestria.")
    assert got == {("VLD", "MRV", "051")}


def test_a_patterns_target_in_the_verbs_infinitive_in_petrarchs_reading(petr_coder):
    # "vowed to wage war on Kestria": the pattern's words and its target lie in the infinitive
    assert coded(petr_coder, "Valdoria vowed on Sunday to wage war on Kestria.") == {("VLD", "KST", "190")}


def test_the_pattern_nearest_the_verb_and_comments_naming_no_verb(petr_coder):
    # "# NOTE-3" names no verb: the pattern is the block's; ACCORD comes before {TO SUPPLY}
    # after the verb, so it wins though shorter; the target is in the purpose infinitive
    got = coded(petr_coder, "Valdoria signed an accord on Monday to supply Kestria with grain.")
    assert got == {("VLD", "KST", "056")}


def test_left_side_words_are_the_subjects_in_petrarchs_reading(petr_coder):
    # an adverb before the verb is not the subject's words: no WARMLY pattern
    assert coded(petr_coder, "Valdoria warmly hailed Kestria.") == {("VLD", "KST", "051")}
    assert coded(petr_coder, "Kestria was warmly hailed by Valdoria.") == {("VLD", "KST", "051")}
    assert coded(petr_coder, "The Valdorian navy hailed Kestria.") == {("VLD", "KST", "053")}


def test_a_passive_subject_read_as_the_auxiliarys_subject(petr_coder):
    # the parser may hang "Kestria" on "was" as an active subject: it is the passive's
    got = coded(petr_coder, "Kestria was loudly and unjustly criticized over its quarrel with Valdoria.")
    assert got == {("VLD", "KST", "111")}


def test_every_member_of_a_compound_subject_is_a_source_however_it_is_parsed(petr_coder):
    # the parser may make the last member the phrase's head with the others hanging off it
    # ("Morvane" an nmod of "Tharn"): each member is still a source of its own
    got = coded(petr_coder, "Morvane, Ostrel and the awful Tharn restored diplomatic relations with Kestria.")
    assert got == {("MRV", "KST", "051"), ("OST", "KST", "051"), ("THR", "KST", "051")}
    # and as before when the parser joins them as conjuncts
    got = coded(petr_coder, "Kestria, Morvane and the cruel Tharn praised Valdoria.")
    assert got == {("KST", "VLD", "051"), ("MRV", "VLD", "051"), ("THR", "VLD", "051")}


def test_a_joined_pattern_word_passes_over_a_second_modifier_joined_by_and(petr_coder):
    # {CASUALTY COUNT} in "casualty and injury count": the count of both is a casualty count
    for text in ("Morvane's casualty count climbed in the feud with Kestria.",
                 "Morvane's casualty and injury count climbed in the feud with Kestria."):
        assert coded(petr_coder, text) == {("MRV", "KST", "190")}, text
    # "casualty" not before the count: no pattern, and CLIMB codes nothing by itself
    assert coded(petr_coder, "Morvane's injury count climbed in the feud with Kestria.") == set()
