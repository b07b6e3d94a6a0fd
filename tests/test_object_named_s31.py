"""Hand patterns that name the verb's object (object_named.py, review of session 31): their word
must stand in the object phrase, not in a "to" receiver or an adverbial phrase."""


def _codes(events, source=None):
    return {e.code for e in events if source is None or e.source.code[:3] == source}


def test_a_newspaper_in_an_adverbial_is_no_closed_newspaper(code_text):
    events = code_text("Ghana suspended flights to Mali after a newspaper report.", date="2019-06-04")
    assert "1721" not in _codes(events)


def test_a_suspended_newspaper_is_still_closed_media(code_text):
    events = code_text("The Ugandan government suspended two newspapers on Tuesday.", date="2019-06-04")
    assert "1721" in _codes(events, "UGA")


def test_a_city_in_the_receiver_is_no_territory_handed_over(code_text):
    events = code_text("Jordan handed over the files to the city authorities in Damascus.", date="2019-06-04")
    assert "080" not in _codes(events)


def test_villages_handed_over_and_counted_are_territory(code_text):
    events = code_text("Armenia handed over control of four villages to Azerbaijan.", date="2019-06-04")
    assert "080" in _codes(events, "ARM")
    events = code_text("Armenia handed over three of the villages to Azerbaijan.", date="2019-06-04")
    assert "080" in _codes(events, "ARM")


def test_a_road_to_an_embassy_is_no_embassy_reopened(code_text):
    events = code_text("Qatar reopened the road to the Saudi embassy.", date="2019-06-04")
    assert "054" not in _codes(events)
    events = code_text("Qatar reopened its embassy in Cairo.", date="2019-06-04")
    assert "054" in _codes(events, "QAT")


def test_a_message_of_relief_is_no_relief_sent(code_text):
    events = code_text("The Somali rebels sent a message of relief to Ethiopia.", date="2019-06-04")
    assert "073" not in _codes(events)
    events = code_text("Norway sent a relief team to Nepal.", date="2019-06-04")
    assert "073" in _codes(events, "NOR")


def test_fired_people_across_a_country_are_dismissed_not_shot_at(code_text):
    events = code_text("The Polish government fired hundreds of prosecutors across the country.", date="2019-06-04")
    assert not [e for e in events if e.root in ("18", "19", "20")]
    events = code_text("Eritrean soldiers fired across the border into Ethiopia.", date="2019-06-04")
    assert any(e.root == "19" and e.source.code[:3] == "ERI" and e.target.code[:3] == "ETH" for e in events)


# -- bans from office (verb_patterns_hand.tsv admin:*-from-*): "running", "standing", "holding"
# name an office only with an office or election word after them

def test_an_athlete_banned_from_running_is_no_politician_banned(code_text):
    events = code_text("Ethiopia banned the marathon runner from running for two years.", date="2019-06-04")
    assert "1722" not in _codes(events)
    events = code_text("Bahrain banned women from standing in the stands of the stadium.", date="2019-06-04")
    assert "1722" not in _codes(events)


def test_a_leader_banned_from_running_for_office_is(code_text):
    events = code_text("Malawi barred the opposition leader from standing in the presidential election.",
                       date="2019-06-04")
    assert "1722" in _codes(events, "MWI")
    events = code_text("Tunisia banned the opposition leader from holding public office.", date="2019-06-04")
    assert "1722" in _codes(events, "TUN")


def test_publication_of_figures_is_no_press_closed(code_text):
    events = code_text("Argentina's government suspended publication of the poverty figures.", date="2019-06-04")
    assert "1721" not in _codes(events)
    events = code_text("The Kenyan government suspended publication of the opposition daily.", date="2019-06-04")
    assert "1721" in _codes(events, "KEN")


def test_the_petrarch_mode_names_no_refusal_by_its_act():
    # (PETRARCH mode reads no stated refusals: refusals is None; a 120 stays 120, no crash that
    # would drop the sentence: the PETRARCH validation suite fell to 85.6% on s31-int)
    from eventwire.events.pairing import Pairing
    pairing = Pairing.__new__(Pairing)
    pairing.refusals = None
    assert pairing._refused_as(None, "120") == "120"
