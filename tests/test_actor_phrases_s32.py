"""actors3 (s32): actor phrases that resolved to nothing or to the wrong country.

- the Arabic article joined by a hyphen ("al-Bashir", "el-Sisi") is the dictionaries' "al X"
  (Phoenix writes it apart): the longer name wins over a shorter hyphened alias of another man.
"""
from __future__ import annotations

from conftest import countries
from eventwire.actors.matcher import article_hyphened, default_matcher, norm


def _found(text):
    from eventwire.language.model import tokenizer
    return [(m.phrase, m.start, m.end) for m in default_matcher().find([norm(t.text) for t in tokenizer()(text)])]


def test_article_hyphened_forms():
    trie = {"omar": {3: {("omar", "al", "bashir"): "omar al bashir"}},
            "al": {2: {("al", "gore"): "al gore"}}, "abu": {2: {("abu", "ali"): "abu ali"}}}
    got = dict(article_hyphened(trie))
    assert got[("omar", "al", "-", "bashir")] == "omar al bashir"
    assert got[("al", "-", "gore")] == "al gore"
    assert not any(p == "abu ali" for p in got.values())


def test_hyphened_article_matches_the_whole_name():
    assert ("omar al bashir", 0, 4) in _found("Omar al-Bashir arrived in Doha.")
    # the hyphened spelling the dictionary has itself is kept
    assert ("al-qaeda in iraq", 3, 8) in _found("He said the al-Qaeda in Iraq leader fled.")


def test_hyphened_article_person_acts(code_text):
    found = countries(code_text("Omar al-Bashir sharply criticised the Egyptian government on Monday.",
                                date="2006-05-10"))
    assert ("SDN", "11", "EGY") in found
