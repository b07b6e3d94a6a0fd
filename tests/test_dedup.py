"""Deduplication: merge rules, near-identical texts, and matching in the store on both databases."""
import datetime as dt
import itertools
import json
from types import SimpleNamespace

import pytest
from storekit import BACKENDS, store_target

from eventwire import Store
from eventwire.dedup import cluster
from eventwire.dedup.document import SYMMETRIC_CODES, SYMMETRIC_ROOTS
from eventwire.dedup.near import Fingerprint, near_identical, shingles
from eventwire.dedup.rules import Rules, source_key
from eventwire.events.codebook import Codebook
from eventwire.export import export
from eventwire.records import ActorMention, Document, Event, EventMention
from eventwire.store import schema

RULES = Rules.load()
BOOK = Codebook.load()

STORY = ("Chile and Peru agreed on Tuesday to reopen the border crossing at Chacalluta after talks between "
         "their foreign ministers in Lima, officials in both capitals said. The crossing was closed in March "
         "after protests by truck drivers, and traders on both sides had lost millions of dollars. The two "
         "ministers also promised a joint plan against smuggling before the end of the year.")


# ---- rules -------------------------------------------------------------------------------------

def test_families_and_keys():
    assert RULES.window_days == 2
    for code in list(SYMMETRIC_CODES) + [r + "0" for r in SYMMETRIC_ROOTS]:
        assert RULES.family(code).symmetric, code
    assert RULES.family("042").name == RULES.family("041").name == "consult"
    assert RULES.family("057").name == RULES.family("032").name == "agree"
    assert RULES.family("051").name == "endorse"
    assert RULES.family("193").name == RULES.family("1823").name == "violence"
    # talks: either direction; criticism: the direction matters
    assert RULES.match_key("USAGOV", "RUSGOV", "042") == RULES.match_key("RUS", "USAGOV", "041")
    assert RULES.match_key("CHL", "PER", "111") != RULES.match_key("PER", "CHL", "111")
    assert RULES.match_key("CHL", "PER", "111") == RULES.match_key("CHLGOV", "PERGOV", "120")
    # domestic events keep their roles apart; international actors keep their name
    assert RULES.match_key("AFGMIL", "AFGREB", "190") != RULES.match_key("AFGCOP", "AFGCVL", "190")
    assert RULES.match_key("IGOUNO", "SYR", "040") != RULES.match_key("IGOEU", "SYR", "040")
    # undated events carry their article group
    assert RULES.match_key("CHL", "PER", "042", group="g1") != RULES.match_key("CHL", "PER", "042", group="g2")


def test_source_key():
    assert source_key("Wire-One.example", "https://other.example/x") == "wire-one.example"
    assert source_key("", "https://www.Daily.example/a/b") == "daily.example"
    assert source_key(None, None) is None


def _r(rid, date, exact=False, key="consult|CHL|PER", code="042", article=None, **kw):
    a = article or rid
    return {"report_id": rid, "article_id": a, "leader": kw.pop("leader", a), "match_key": key,
            "date": dt.date.fromisoformat(date) if date else None, "date_exact": exact, "code": code,
            "n_mentions": 1, "source_key": kw.pop("source", a), **kw}


def test_labels_exact_and_fuzzy_dates():
    reps = [_r("a", "2023-05-08", True), _r("b", "2023-05-09"), _r("c", "2023-05-10"),
            _r("d", "2023-05-10", True), _r("e", "2023-05-15", True), _r("f", "2023-05-16"),
            _r("g", "2023-05-20"), _r("h", "2023-05-21")]
    lab = {k: v.isoformat() for k, v in cluster.labels(reps, 2).items()}
    # a fuzzy report joins the latest exact date of the two days before it
    assert lab["b"] == lab["a"] == "2023-05-08"
    assert lab["c"] == lab["d"] == "2023-05-10"
    # exact reports of different days stay apart, even two days apart
    assert lab["a"] != lab["d"]
    assert lab["e"] == lab["f"] == "2023-05-15"
    # without an exact date, the earliest report within the window
    assert lab["g"] == lab["h"] == "2023-05-20"


def test_places_split_violence_but_not_talks():
    kyiv = dict(action_geo_country="UKR", action_geo_feature_type="city", action_geo_lat=50.45,
                action_geo_lon=30.52, place_how="event phrase")
    irpin = dict(kyiv, action_geo_lat=50.52, action_geo_lon=30.25)
    kharkiv = dict(kyiv, action_geo_lat=49.99, action_geo_lon=36.23)
    vague = dict(kyiv, action_geo_country="RUS", place_how="document")
    fight = "violence|RUS|UKR"
    parts = cluster.split_by_place([_r("a", "2023-05-08", key=fight, code="190", **kyiv),
                                    _r("b", "2023-05-08", key=fight, code="193", **irpin),
                                    _r("c", "2023-05-08", key=fight, code="190", **kharkiv),
                                    _r("d", "2023-05-08", key=fight, code="190", **vague)], RULES)
    assert [[r["report_id"] for r in p] for p in parts] == [["a", "b", "d"], ["c"]]
    talks = cluster.split_by_place([_r("a", "2023-05-08", **kyiv), _r("c", "2023-05-08", **kharkiv)], RULES)
    assert len(talks) == 1


def test_event_row_rules():
    reps = [_r("r2", "2023-05-09", code="040", article="x"), _r("r1", "2023-05-08", True, code="041", article="y"),
            _r("r3", "2023-05-08", True, code="041", article="z", leader="y", source="y"),
            _r("r0", "2023-05-10", code="043", article="w")]
    for r in reps:
        r.update(source_code="CHLGOV", target_code="PERGOV", date_precision="day")
    row = cluster.event_row(reps)
    assert row["code"] == "041"                  # two articles
    assert row["date"] == dt.date(2023, 5, 8)    # the exact date
    assert row["event_id"] == "r1"               # earliest coded report (r3 is a copy)
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (4, 4, 3)


# ---- near-identical texts ----------------------------------------------------------------------

def test_near_identical_texts():
    k = RULES.near
    base = shingles(STORY)
    headline = shingles("Border reopens\n" + STORY.upper())
    signoff = shingles(STORY + " (Reporting by Ana Diaz; Editing by Luis Soto)")
    both = shingles("Chile, Peru to reopen Chacalluta crossing after talks\n" + STORY
                    + "\n\nCopyright 2023 Andes Wire. All rights reserved.")
    for other in (headline, signoff, both):
        assert near_identical(base, other, k) and near_identical(other, base, k)
    # another story on the same event, and a long article that quotes the wire story whole
    other_story = shingles("Peru's foreign minister said the Chacalluta crossing would reopen soon after "
                           "Tuesday's meeting with her Chilean counterpart in Lima, ending months of losses.")
    assert not near_identical(base, other_story, k)
    long = shingles(STORY + " " + " ".join(f"Analysts in Santiago see paragraph {i} of a longer story about "
                                           f"trade, politics and regional rivalry number {i}." for i in range(12)))
    assert not near_identical(base, long, k)
    # candidates come from shared bands
    a, b = Fingerprint.of("a", STORY), Fingerprint.of("b", "Border reopens\n" + STORY)
    assert set(a.bands) & set(b.bands)


# ---- the store ------------------------------------------------------------------------------------

def ev(doc_id, source, target, code, date, exact=True, sentence=None, index=0, place=None, how=None):
    info = BOOK.get(code)
    sentence = sentence or f"{source} and {target} ({code}) on {date}, sentence {index} of {doc_id}."
    src = ActorMention(source, 0, 1, source, source.title(), "test")
    tgt = ActorMention(target, 0, 1, target, target.title(), "test")
    m = EventMention(doc_id=doc_id, sentence_index=index, sentence=sentence, trigger="x", trigger_start=0,
                     trigger_end=1, pattern_id=f"test:{code}", source=src, target=tgt, code=code, date=date,
                     date_precision="day" if date else None,
                     date_how=("on Monday" if exact else "article date") if date else None)
    e = Event(event_id=f"{doc_id}:{source}:{code}:{target}:{index}", code=code, root=code[:2],
              plover=info.plover, goldstein=info.goldstein, quad_class=info.quad_class, source=src, target=tgt,
              date=date, date_precision=m.date_precision, mentions=[m])
    if place:
        e.place = SimpleNamespace(name=place[0], country=place[1], admin1=None, admin1_code=None, lat=place[2],
                                  lon=place[3], feature_type="city", gazetteer_id=f"test:{place[0]}")
        e.place_how = how or "event phrase"
    return e


def doc(doc_id, date, text=None, outlet=None, url=None):
    return Document(doc_id, text or f"Text of {doc_id}: " + " ".join(f"w{doc_id}{i}" for i in range(30)),
                    date=date, outlet=outlet, url=url)


@pytest.fixture(params=BACKENDS)
def new_target(request, tmp_path):
    """Makes empty stores of one kind."""
    cleanups = []

    def make():
        sub = tmp_path / f"s{len(cleanups)}"
        sub.mkdir()
        t, cleanup = store_target(request.param, sub)
        cleanups.append(cleanup)
        return t

    yield make
    for cleanup in cleanups:
        cleanup()


@pytest.fixture
def target(new_target):
    return new_target()


def canon(store):
    """The store's events without their ids: attributes, counts and mentions."""
    rows = store.events()
    ms = store.mentions([r["event_id"] for r in rows])
    return sorted((r["date"] or "", r["code"], r["source_code"], r["target_code"], r["num_mentions"], r["num_articles"],
                   r["num_sources"], tuple(sorted((m["doc_id"], m["sentence"]) for m in ms[r["event_id"]])))
                  for r in rows)


def by_docs(store):
    rows = store.events()
    ms = store.mentions([r["event_id"] for r in rows])
    return {tuple(sorted({m["doc_id"] for m in ms[r["event_id"]]})): r for r in rows}


def test_reports_of_one_event_merge_and_others_stay_apart(target):
    items = [
        (doc("call-a", "2023-05-08", outlet="Andes Wire"), [ev("call-a", "CHLGOV", "PERGOV", "041", "2023-05-08")]),
        # the next day, not dated by a phrase, the other direction, another outlet
        (doc("call-b", "2023-05-09", url="https://www.lima-daily.example/x"),
         [ev("call-b", "PERGOV", "CHLGOV", "040", "2023-05-09", exact=False)]),
        # the same two a week later: another call
        (doc("call-c", "2023-05-15", outlet="Andes Wire"), [ev("call-c", "CHLGOV", "PERGOV", "041", "2023-05-15")]),
        # criticism both ways on one day: two events
        (doc("crit", "2023-05-08"), [ev("crit", "CHL", "PER", "111", "2023-05-08"),
                                     ev("crit", "PER", "CHL", "111", "2023-05-08", index=1)]),
        # a meeting two days later with its own date is another event
        (doc("meet", "2023-05-10"), [ev("meet", "CHLGOV", "PERGOV", "042", "2023-05-10")]),
    ]
    with Store.open(target) as s:
        assert s.add_many(items, "t", "v", dedup=True) == ["added"] * 5
        ev_docs = by_docs(s)
        assert set(ev_docs) == {("call-a", "call-b"), ("call-c",), ("crit",), ("meet",)}
        call = ev_docs[("call-a", "call-b")]
        assert (call["num_mentions"], call["num_articles"], call["num_sources"]) == (2, 2, 2)
        assert call["date"] == "2023-05-08" and call["code"] == "041"
        assert s.counts()["events"] == 5
        assert len(s.events(code="111")) == 2


def test_syndicated_copies_are_not_coded_and_count(target, tmp_path):
    wire = Document("wire", STORY, date="2023-05-09", outlet="Andes Wire", url="https://andes.example/1")
    events = [ev("wire", "CHLGOV", "PERGOV", "057", "2023-05-09", sentence=STORY.split(". ")[0]),
              ev("wire", "CHLGOV", "PERGOV", "036", "2023-05-09", index=2)]
    copy = Document("x-norte", "Chile, Peru to reopen border\n" + STORY + " (Reporting by Ana Diaz)", date="2023-05-09",
                    url="https://www.norte.example/n/5")
    repost = Document("repost", STORY, date="2023-05-10", outlet="Andes Wire")
    junk = [ev("x-norte", "USA", "CHN", "190", "2023-05-09")]           # events given for a copy are not used
    with Store.open(target) as s:
        with s.batch([wire, copy]) as b:
            assert [d.doc_id for d in b.to_code] == ["wire"]
            assert b.write([(wire, events), (copy, junk)]) == ["added", "copy"]
        assert s.add_many([(repost, [])], "t", "v", dedup=True) == ["copy"]
        assert s.add_many([(repost, [])], "t", "v", dedup=True) == ["unchanged"]
        rows = {r["code"]: r for r in s.events()}
        assert set(rows) == {"057", "036"}
        assert (rows["057"]["num_mentions"], rows["057"]["num_articles"], rows["057"]["num_sources"]) == (3, 3, 2)
        out = tmp_path / "events.jsonl"
        export(s, "jsonl", out)
        lines = {json.loads(x)["code"]: json.loads(x) for x in out.read_text().splitlines()}
        assert lines["057"]["doc_ids"] == ["repost", "wire", "x-norte"]
        assert [m.get("copy_of") for m in lines["057"]["mentions"]] == ["wire", None, "wire"]
        assert lines["057"]["num_sources"] == 2
        assert lines["057"]["mentions"][2]["url"] == "https://www.norte.example/n/5"
        gdelt = tmp_path / "events.tsv"
        export(s, "gdelt", gdelt)
        row = next(line.split("\t") for line in gdelt.read_text().splitlines() if line.split("\t")[26] == "057")
        assert (row[31], row[32], row[33]) == ("3", "2", "3")        # NumMentions, NumSources, NumArticles
        assert s.db.scalar("SELECT count(*) FROM articles") == 3


def test_an_earlier_original_takes_over_from_its_copy(new_target):
    """The copy arrives first and is coded; the original (earlier date) comes later, is coded,
    and the copy becomes its copy: the same store as the other way round."""
    original = Document("orig", STORY, date="2023-05-09", outlet="Andes Wire")
    later = Document("later", "Border to reopen\n" + STORY, date="2023-05-10", outlet="Norte")
    ev_orig = [ev("orig", "CHLGOV", "PERGOV", "057", "2023-05-09")]
    ev_later = [ev("later", "CHLGOV", "PERGOV", "057", "2023-05-10", exact=False),
                ev("later", "CHL", "PER", "051", "2023-05-10", index=1)]
    results = []
    for first, second in (((original, ev_orig), (later, ev_later)), ((later, ev_later), (original, ev_orig))):
        with Store.open(new_target()) as s:
            s.add_many([first], "t", "v", dedup=True)
            s.add_many([second], "t", "v", dedup=True)
            results.append(canon(s))
            assert s.db.scalar("SELECT count(*) FROM reports") == 2
    assert results[0] == results[1]
    assert [(r[1], r[5], r[6]) for r in results[0]] == [("057", 2, 2)]


def test_batches_in_any_order_give_one_store(new_target):
    items = [
        (doc("a1", "2023-03-01", outlet="A"), [ev("a1", "CHLGOV", "PERGOV", "042", "2023-03-01"),
                                               ev("a1", "CHL", "ARG", "111", "2023-02-28", exact=False, index=1)]),
        (doc("a2", "2023-03-02", outlet="B"), [ev("a2", "PERGOV", "CHLGOV", "046", "2023-03-02", exact=False)]),
        (doc("a3", "2023-03-03", outlet="C"), [ev("a3", "CHLGOV", "PERGOV", "040", "2023-03-03", exact=False),
                                               ev("a3", "CHL", "ARG", "120", "2023-03-01", index=1)]),
        (doc("a4", "2023-03-04", outlet="A"), [ev("a4", "CHLGOV", "PERGOV", "042", "2023-03-04")]),
        (doc("a5", "2023-03-05", outlet="B"), [ev("a5", "CHL", "PER", "041", "2023-03-05", exact=False)]),
        (doc("a6", None, outlet="C"), [ev("a6", "CHL", "PER", "041", None),
                                       ev("a6", "PER", "CHL", "042", None, index=1)]),
        (doc("a7", None, outlet="D"), [ev("a7", "CHL", "PER", "041", None)]),
        (Document("a8", doc("a1", "2023-03-01").text + " Updated.", date="2023-03-02", outlet="E"), []),
    ]
    stores = []
    orders = [[0, 1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1, 0], [3, 7, 0, 5, 1, 6, 2, 4]]
    for order in orders:
        with Store.open(new_target()) as s:
            for part in (order[:3], order[3:5], order[5:]):
                s.add_many([items[i] for i in part], "t", "v", dedup=True)
            got = canon(s)
            s.rematch()                       # matching everything at once agrees
            assert canon(s) == got
            stores.append(got)
    assert stores[0] == stores[1] == stores[2]
    ev_docs = {tuple(sorted({m[0] for m in r[7]})): r for r in stores[0]}
    assert ("a1", "a2", "a3", "a8") in ev_docs          # a8 is a copy of a1; a4 is two days after a3's label
    assert ("a4", "a5") in ev_docs
    assert ("a6",) in ev_docs and ("a7",) in ev_docs     # undated: only within their article


def test_without_dedup_then_rematch(target):
    items = [(doc("n1", "2023-05-08"), [ev("n1", "CHLGOV", "PERGOV", "041", "2023-05-08")]),
             (doc("n2", "2023-05-09"), [ev("n2", "PERGOV", "CHLGOV", "041", "2023-05-09", exact=False)])]
    with Store.open(target) as s:
        s.add_many(items, "t", "v")
        assert s.counts()["events"] == 2
        assert s.rematch() == 1
        (row,) = s.events()
        assert row["num_articles"] == 2
        # the next deduplicating batch finds the store matched; a plain one unmatched it
        s.add_many([(doc("n3", "2023-05-09"), [ev("n3", "CHLGOV", "PERGOV", "040", "2023-05-09", exact=False)])],
                   "t", "v", dedup=True)
        assert [r["num_articles"] for r in s.events()] == [3]
        s.add_many([(doc("n4", "2023-05-08"), [ev("n4", "CHLGOV", "PERGOV", "041", "2023-05-08")])], "t", "v")
        assert s.counts()["events"] == 2
        s.add_many([(doc("n5", "2023-07-01"), [])], "t", "v", dedup=True)
        assert [r["num_articles"] for r in s.events()] == [4]


def test_an_old_store_is_matched_when_opened_not_by_its_migration(target):
    from eventwire.store.sql import connect

    db = connect(target)
    with db.transaction():
        db.execute("CREATE TABLE schema_version (version INTEGER)")
        for step in itertools.chain(*schema.MIGRATIONS[:3]):
            sql = schema.render(step, db)
            if sql:
                db.execute(sql)
        db.execute("INSERT INTO schema_version VALUES (3)")
        for i, (h, day) in enumerate((("h1", "2021-05-01"), ("h2", "2021-05-02"))):
            db.execute("INSERT INTO documents (content_hash, doc_id, text, outlet, date) VALUES (?, ?, ?, ?, ?)",
                       [h, f"old{i}", f"Old text {i}.", f"Outlet{i}", day])
            db.execute("INSERT INTO events (event_id, date, source_code, target_code, code, root, quad_class,"
                       " num_mentions, num_articles, num_sources) VALUES (?, ?, 'FRAGOV', 'DEUGOV', '042', '04', 1,"
                       " 1, 1, 1)", [f"e{i}", day])
            db.execute("INSERT INTO mentions (event_id, content_hash, doc_id, sentence_index, sentence, trigger, date,"
                       " outlet) VALUES (?, ?, ?, 0, 'France visited Germany.', 'visited', ?, ?)",
                       [f"e{i}", h, f"old{i}", day, f"Outlet{i}"])
    # the migrations only copy: each old event a report of itself, the store marked unmatched
    schema.migrate(db)
    assert db.scalar("SELECT value FROM store_meta WHERE key = 'matched_with'") == schema.MIGRATED
    assert db.scalar("SELECT count(*) FROM events") == 2
    assert db.scalar("SELECT count(*) FROM reports WHERE match_key IS NULL AND source_key IS NULL") == 2
    assert db.scalar("SELECT count(*) FROM doc_bands") == 0
    db.close()
    # opened, it is matched (readers open it through a writer first)
    with Store.open(target, read_only=True) as s:
        assert s.schema_version == schema.LATEST
        (row,) = s.events(actor="FRA")
        assert (row["event_id"], row["num_articles"], row["num_sources"]) == ("e0", 2, 2)
        assert s.db.scalar("SELECT value FROM store_meta WHERE key = 'matched_with'") == s.rules.version
        assert s.db.scalar("SELECT count(DISTINCT doc) FROM doc_bands") == 2


def test_migrations_call_no_code():
    # data copies are SQL written into the migration: an upgrade does the same whenever it runs
    for steps in schema.MIGRATIONS:
        assert all(isinstance(step, (str, dict)) for step in steps)


def test_recoding_replaces_a_group_and_new_rules_rematch(target):
    wire = Document("wire", STORY, date="2023-05-09", outlet="Andes Wire")
    copy = Document("x-copy", "Border news\n" + STORY, date="2023-05-09", outlet="Norte")
    with Store.open(target) as s:
        s.add_many([(wire, [ev("wire", "CHLGOV", "PERGOV", "057", "2023-05-09")]), (copy, [])], "t", "v1", dedup=True)
        assert [(r["code"], r["num_articles"]) for r in s.events()] == [("057", 2)]
        # new dictionaries: the coded article is coded again, its copy follows
        assert s.add_many([(wire, [ev("wire", "CHLGOV", "PERGOV", "042", "2023-05-09")]), (copy, [])], "t", "v2",
                          dedup=True) == ["replaced", "unchanged"]
        assert [(r["code"], r["num_articles"]) for r in s.events()] == [("042", 2)]
        assert s.db.scalar("SELECT count(*) FROM mentions") == 2
        # other rules: the store is matched anew before the next batch
        later = Document("later", "Another text entirely, " + " ".join(f"z{i}" for i in range(40)), date="2023-05-10")
        s.add_many([(later, [ev("later", "PERGOV", "CHLGOV", "040", "2023-05-10", exact=False)])], "t", "v2",
                   dedup=True)
        assert [r["num_articles"] for r in s.events()] == [3]
        s.rules = Rules.from_dict({**_raw_rules(), "window_days": 0}, version="no-window")
        s.add_many([(Document("other", "Unrelated words " * 20, date="2023-08-01"), [])], "t", "v2", dedup=True)
        assert sorted(r["num_articles"] for r in s.events()) == [1, 2]


def _raw_rules():
    import yaml

    from eventwire.dedup.rules import DATA_FILE

    return yaml.safe_load(DATA_FILE.read_text())
