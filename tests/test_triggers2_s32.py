"""Session 32, triggers2: pattern words match a word's inflections, not longer different words."""
from eventwire.events.patterns import VerbDictionary, word_match


def test_whole_word_matches_its_inflections_and_act_nouns():
    assert word_match("deal", "deals")
    assert word_match("import", "imports") and word_match("import", "imported")
    assert word_match("withdraw", "withdrawn") and word_match("withdraw", "withdrawal")
    assert word_match("agree", "agreement") and word_match("protect", "protection")
    assert word_match("commit", "committed")


def test_whole_word_does_not_match_a_longer_different_word():
    assert not word_match("deal", "dealer") and not word_match("deal", "dealers")
    assert not word_match("lead", "leaders")
    assert not word_match("import", "important")
    assert not word_match("bill", "billion")
    assert not word_match("guard", "guardian")
    assert not word_match("support", "supporters")
    assert not word_match("state", "statesman")


def test_cut_stem_stays_a_prefix():
    assert word_match("negotiat", "negotiators") and word_match("negotiat", "negotiations")
    assert word_match("cooperat", "cooperative")


def test_synset_members_follow_the_same_rule():
    vd = VerbDictionary.load()
    name = next(n for n in sorted(vd.synset_names()) if "fight" in vd.synset(n))
    assert vd.word_matches("&" + name, "fighting")
    assert not vd.word_matches("&" + name, "fighters")
