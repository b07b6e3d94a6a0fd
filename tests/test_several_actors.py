"""Events with several actors on a side: coordinated subjects and objects, actors named as
acting with the subject, and words that point back to the sides named before ("both sides",
"the two leaders", "both Koreas", "all three countries").

Each text is written for this test. `expected` lists events the text must code (source,
target, CAMEO root); `absent` pairs it must not code.
"""
import pytest

from conftest import coded

CASES = [
    # coordinated subjects: one event each
    ("coordinated-subjects",
     "Peru and Chile recalled their ambassadors from Bolivia on Monday.",
     [("PERGOV", "BOLGOV", "16"), ("CHLGOV", "BOLGOV", "16")]),
    # coordinated prepositional objects: one event each
    ("coordinated-objects",
     "Argentina recalled its ambassadors from Uruguay and Paraguay.",
     [("ARGGOV", "URYGOV", "16"), ("ARGGOV", "PRYGOV", "16")]),
    # nationality adjectives joined on one noun: two forces, each fighting the third side
    ("coordinated-adjectives",
     "Kenyan and Somali soldiers drove al Shabaab fighters out of the port of Kismayo.",
     [("KENMIL", "SOMREB", "19"), ("SOMMIL", "SOMREB", "19")]),
    # a list of nationality adjectives the parser joins only in part: every one of them
    ("adjective-list",
     "Ghanaian, Togolese and Beninese ministers met in Accra on Sunday.",
     [("GHAGOV", "TGOGOV", "04"), ("GHAGOV", "BENGOV", "04"), ("TGOGOV", "BENGOV", "04")]),
    # "X, with Y, called on ...": the comma-set past tense misread as a participle on X
    ("with-companion",
     "Norway, with Sweden, called on Iran to free the detained sailors.",
     [("NORGOV", "IRNGOV", "02"), ("SWEGOV", "IRNGOV", "02")]),
    # "the two leaders" later in the sentence that names them: the full actors, not the adjectives
    ("two-leaders-same-sentence",
     "Kenyan President Uhuru Kenyatta held talks with Tanzanian President John Magufuli "
     "in Nairobi on Monday, and both presidents called on Iran to free the detained sailors.",
     [("KENGOV", "IRNGOV", "02"), ("TZAGOV", "IRNGOV", "02")]),
    # "both sides" after a clash: the two sides named before the speaker who addresses them
    ("both-sides-addressed",
     "Armenian troops clashed with Azerbaijani forces on the border on Sunday. "
     "Japan urged both sides to show restraint.",
     [("JPNGOV", "ARMMIL", "02"), ("JPNGOV", "AZEMIL", "02")]),
    # a name made plural: the two states named before
    ("plural-name",
     "North Korea fired artillery shells near a South Korean island on Monday. "
     "Germany urged both Koreas to show restraint.",
     [("DEUGOV", "PRK", "02"), ("DEUGOV", "KOR", "02")]),
    # one country's two sides named together are two sides
    ("domestic-sides",
     "The UN envoy on Friday called on the Libyan army and the Libyan rebels to stop fighting. "
     "The two sides then agreed to a truce.",
     [("LBYMIL", "LBYREB", "0")]),
    # "all three countries" addressed by a fourth: those named before, without the speaker
    ("three-countries",
     "Chile cut ties with Argentina, while Peru and Colombia recalled their envoys in protest. "
     "Argentina answered by withdrawing its ambassadors from all three states.",
     [("ARGGOV", "CHLGOV", "16"), ("ARGGOV", "PERGOV", "16"), ("ARGGOV", "COLGOV", "16")]),
]


def _has(events, source, target, root):
    return any(e.source.code.startswith(source) and e.target.code.startswith(target)
               and e.code.startswith(root) for e in events)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_several_actors(code_text, name, text, expected):
    events = code_text(text, date="2020-05-01")
    for source, target, root in expected:
        assert _has(events, source, target, root), (source, target, root, coded(events))


def test_both_sides_need_two_named_before(code_text):
    # three countries in the sentence before: no two sides to point back to
    events = code_text("Armenia, Georgia and Azerbaijan held talks on Sunday. "
                       "Japan urged both sides to show restraint.", date="2020-05-01")
    assert not any(e.source.code.startswith("JPN") for e in events), coded(events)


def test_speaker_is_not_one_of_both_sides(code_text):
    # the speaker was one of the two: the other alone is no pair
    events = code_text("Armenian troops clashed with Azerbaijani forces on Sunday. "
                       "Armenia urged both sides to show restraint.", date="2020-05-01")
    assert not any(e.code.startswith("02") for e in events), coded(events)


def test_reduced_relative_keeps_its_reading(code_text):
    # a participle with its "by" doer stays a description, not the main verb
    events = code_text("The rebels, backed by Rwanda, seized the town of Bunia on Monday.",
                       date="2020-05-01")
    assert not any(e.source.code.startswith("RWA") and e.code.startswith("19") for e in events), coded(events)


def test_fighting_a_third_party_is_no_fight_between_allies(code_text):
    # "A and B fought the rebels": A and B fought side by side, not each other
    events = code_text("Chadian and Nigerien troops fought jihadist militants near the lake on Monday.",
                       date="2020-05-01")
    assert not any(e.source.code[:3] in ("TCD", "NER") and e.target.code[:3] in ("TCD", "NER")
                   and e.code.startswith("19") for e in events), coded(events)


def test_fighting_each_other_is_a_fight(code_text):
    events = code_text("Chadian and Nigerien troops fought fierce battles on the border on Monday.",
                       date="2020-05-01")
    assert any(e.source.code[:3] in ("TCD", "NER") and e.target.code[:3] in ("TCD", "NER")
               and e.code.startswith("19") for e in events), coded(events)


def test_the_two_countries_are_their_governments(code_text):
    # the armies clashed; "the two countries" addressed afterwards are the states
    events = code_text("Armenian troops clashed with Azerbaijani forces on the border on Sunday. "
                       "Japan urged the two countries to show restraint.", date="2020-05-01")
    urged = sorted(e.target.code for e in events if e.source.code == "JPNGOV")
    assert urged == ["ARMGOV", "AZEGOV"], coded(events)


def test_a_plan_agreed_by_two_is_both_sides(code_text):
    # "the plan" the two agreed on is theirs: rejecting it rejects both
    events = code_text("ANKARA, May 1 - Turkey and Iran agreed on Thursday on a plan for Iraq to disarm "
                       "the militias by next year. The Iraqi opposition rejected the plan.", date="2020-05-01")
    rejected = sorted(e.target.code for e in events if e.code.startswith("12"))
    assert rejected == ["IRNGOV", "TURGOV"], coded(events)


def test_a_deal_signed_by_two_is_both_sides(code_text):
    events = code_text("Chile and Peru signed a trade deal in Lima on Monday. Bolivia criticised the deal.",
                       date="2020-05-01")
    criticised = sorted(e.target.code for e in events if e.code.startswith("11"))
    assert criticised == ["CHLGOV", "PERGOV"], coded(events)


def test_hyphen_joined_nationalities_are_both_authors(code_text):
    events = code_text("Georgia rejected the Turkish-Iranian proposal on Monday.", date="2020-05-01")
    rejected = sorted(e.target.code[:3] for e in events if e.code.startswith("12"))
    assert rejected == ["IRN", "TUR"], coded(events)


def test_hyphen_led_is_one_actor(code_text):
    # "Saudi-led": one nationality and a participle, not a pair
    events = code_text("Iran condemned the Saudi-led coalition on Monday.", date="2020-05-01")
    assert sorted(e.target.code[:3] for e in events) == ["SAU"], coded(events)
