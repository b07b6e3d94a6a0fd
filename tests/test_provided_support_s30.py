"""Support and goods given in other words (session 30, dev_quad penta 1 and 2): "stands in
solidarity with Y" endorses Y (051, as "expressed solidarity with Y"); "made X available to Y"
provides X to Y, read with provide's patterns, the receiver on "available" (events/available.py)."""


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def test_standing_in_solidarity_endorses(code_text):
    events = code_text("Lithuania stands in solidarity with Poland, the foreign minister said.", date="2021-03-01")
    assert "05" in _roots(events, "LTU", "POL")


def test_standing_elsewhere_is_no_endorsement(code_text):
    events = code_text("The Lithuanian foreign minister stood beside the Polish president in Warsaw.", date="2021-03-01")
    assert not [e for e in events if e.code == "051"]


def test_goods_made_available_are_provided(code_text):
    # the parser reads "available" as a complement whose subject is the thing
    events = code_text("Sweden made three cargo planes available to the Kenyan army on Monday.", date="2021-03-01")
    assert "06" in _roots(events, "SWE", "KEN")


def test_money_made_available_is_economic_aid(code_text):
    events = code_text("Japan has made 20 million dollars available to Haiti.", date="2021-03-01")
    assert "07" in _roots(events, "JPN", "HTI")


def test_made_available_with_the_thing_after(code_text):
    events = code_text("Germany has made available ambulances and doctors to Sierra Leone.", date="2021-03-01")
    assert _roots(events, "DEU", "SLE") & {"06", "07"}


def test_making_something_else_is_no_provision(code_text):
    events = code_text("Sweden made a statement to the Kenyan parliament on Monday.", date="2021-03-01")
    assert not [e for e in events if e.root in ("06", "07")]


def test_observers_deployed_are_humanitarian_help(code_text):
    # "deploy" shares the SEND block: observers and medical teams as "sent" ones (073)
    events = code_text("China deployed a medical team to Serbia last week.", date="2021-03-01")
    assert "07" in _roots(events, "CHN", "SRB")


def test_troops_deployed_stay_a_force_posture(code_text):
    events = code_text("Armenia deployed troops to the Azerbaijani border.", date="2021-03-01")
    assert not [e for e in events if e.root == "07"]


def test_money_earmarked_for_a_country_is_economic_aid(code_text):
    events = code_text("Denmark has earmarked 30 million euros in emergency aid to help Mozambique.", date="2021-03-01")
    assert "07" in _roots(events, "DNK", "MOZ")


def test_earmarking_a_site_is_no_event(code_text):
    events = code_text("The Danish ministry earmarked the harbour site for new housing.", date="2021-03-01")
    assert not events
