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


def _coded(code_text, text):
    return [(e.source.code[:3], e.code, e.target.code[:3]) for e in code_text(text)]


def test_renewed_call_is_an_appeal(code_text):
    assert _coded(code_text, "Norway renewed its call to Sudan to free the detained activists.") \
        == [("NOR", "020", "SDN")]
    assert _coded(code_text, "Chile reiterated its call on Bolivia to reopen the border.") == [("CHL", "020", "BOL")]


def test_call_for_something_is_an_appeal(code_text):
    assert _coded(code_text, "Kenya made a call on Uganda for restraint.") == [("KEN", "020", "UGA")]


def test_plain_call_stays_a_phone_call(code_text):
    assert _coded(code_text, "The Greek prime minister had a call with the Italian prime minister.") \
        == [("GRC", "041", "ITA")]
    assert _coded(code_text, "Merkel made a call to Macron to congratulate him.")[0][1] == "041"


def test_town_taken_named_bare(code_text):
    assert _coded(code_text, "Separatist rebels seized Kidal on Friday.") == [("MLI", "192", "MLI")]


def test_bare_taking_needs_armed_men_and_a_place(code_text):
    assert not any(c == "192" for _, c, _ in _coded(code_text, "The opposition captured Ohio in the vote."))
    assert not any(c == "192" for _, c, _ in _coded(code_text, "Rebels captured Joseph Kamara on Friday."))


def test_permission_for_y_to_act_is_given_to_y(code_text):
    assert _coded(code_text, "Jordan gave permission for the Norwegian Refugee Council to bring food to Syria.") \
        == [("JOR", "080", "NGO")]


def test_deployment_of_forces_named_as_a_noun(code_text):
    assert _coded(code_text, "Italy announced the deployment of 300 soldiers to Niger.") == [("ITA", "154", "NER")]


def test_deployment_of_no_forces_is_no_deployment(code_text):
    assert not any(c == "154" for _, c, _ in _coded(
        code_text, "Italy announced the deployment of new software to Niger's schools."))


def test_deployment_to_keep_the_peace_is_peacekeeping(code_text):
    assert _coded(code_text, "Senegal announced the deployment of 400 soldiers to Gambia on a peacekeeping mission.") \
        == [("SEN", "074", "GMB")]
