"""A past participle on the noun before it ("towns recaptured from the rebels") names no doer:
not the main clause's subject, not an unidentified armed force (session 28, long-form text)."""
from eventwire.events.participles import reduced_relative


def test_towns_recaptured_from_a_group_have_no_doer(code_text):
    text = "British engineers are busy rebuilding bridges in Mosul and other towns retaken from Isis."
    assert not [e for e in code_text(text, date="2019-05-01") if e.root == "19"]
    text = "The Red Cross is delivering food to villages recaptured from the rebels in Mali."
    assert not [e for e in code_text(text, date="2019-05-01") if e.root == "19"]


def test_a_clause_of_its_own_is_no_reduced_relative(code_text):
    from eventwire.language.model import load
    doc = load()("Italy recalled its envoy on Friday and Spain summoned 12 diplomats.")
    verb = next(t for t in doc if t.lower_ == "summoned")
    assert not reduced_relative(verb)
    doc = load()("The army shelled the district after militants seized the airport.")
    verb = next(t for t in doc if t.lower_ == "seized")
    assert not reduced_relative(verb)


def test_a_participle_with_a_doer_keeps_it(code_text):
    events = code_text("Aid reached villages recaptured by Malian troops from the rebels.", date="2019-05-01")
    assert not any(e.source.code.startswith("IGO") or e.source.code.startswith("NGO") for e in events)
