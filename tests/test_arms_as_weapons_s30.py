""""Arms" are weapons in the verb patterns (session 30, synsets_hand.tsv): "sold arms to Y",
"sent arms to Y", "will hand over their arms to Y" code as the same acts with "weapons"; the
exact word only ("armed", "open arms" with no weapon verb, are not)."""


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def test_arms_sent_are_military_aid(code_text):
    events = code_text("Russia sent arms to Venezuela on Monday.", date="2021-03-01")
    assert "07" in _roots(events, "RUS", "VEN")


def test_arms_sold_are_military_cooperation(code_text):
    events = code_text("Italy sold arms to Egypt on Tuesday, officials said.", date="2021-03-01")
    assert _roots(events, "ITA", "EGY") & {"06", "07"}


def test_arms_to_be_handed_over_are_an_intent(code_text):
    events = code_text("The Karen rebels said they would hand over their arms to the Myanmar army.",
                       date="2021-03-01")
    assert "03" in _roots(events, "MMR", "MMR")


def test_open_arms_are_no_weapons(code_text):
    events = code_text("Ghana welcomed the Togolese refugees with open arms.", date="2021-03-01")
    assert not [e for e in events if e.root in ("06", "07")]


def test_the_hand_synsets_join_the_dictionary():
    from eventwire.events.patterns import VerbDictionary
    assert "arms_" in VerbDictionary.load().synset("weapon")
