"""People the dictionaries do not know, read through what a state does to them and their own
words (eventwire/actors/jurisdiction.py, nationality.py; session 31, task persons).

The sentences are written for these tests; each asserts the exact events it codes.
"""
import pytest

from conftest import coded

CASES = [
    # a state's act on a person inside its jurisdiction: one of its people (CVL), or the role
    # the person's title gives
    ("Ecuador released Daniel Moore.", [("ECUGOV", "ECUCVL", "084")]),
    ("A court in Nairobi sentenced Wanjiru Achieng to ten years in prison.", [("KENJUD", "KENCVL", "172")]),
    ("Venezuela accused Carlos Reyes of plotting a coup.", [("VENGOV", "VENCVL", "112")]),
    ("Ethiopia released Almaz Girma and Hirut Kebede on Tuesday.", [("ETHGOV", "ETHCVL", "084")]),
    ("Egypt released journalist Tarek Selim.", [("EGYGOV", "EGYMED", "084")]),
    # a body of no country (Al Jazeera: MED) names his work; a gerund under "accusations of"
    # is what he was accused of, not information released (064)
    # (and "released the reporter" is no "release report", a pattern that blocks the event)
    ("Egypt released Al Jazeera reporter Tarek Selim after two years in jail on accusations of spreading "
     "false news.", [("EGYGOV", "EGYMED", "084")]),
    # not when the doer is no state, nor for what a foreigner undergoes (or is mostly accused of)
    ("Gunmen freed Ana Torres.", []),
    ("Moscow accused Bill Harper of spying.", []),
    # the person's own nationality words first: a hyphenated nationality is its last part
    ("Iran arrested British-Iranian Leila Farahani.", [("IRNGOV", "IRNCVL", "173")]),
    ("Iran arrested Iranian-British Leila Farahani.", [("IRNGOV", "GBRCVL", "173")]),
    # a nationality word alone: one of that country's people; with a title the agents do not
    # know, the country alone, as before
    ("Russia arrested American Lena Marsh.", [("RUSGOV", "USACVL", "173")]),
    ("South Africa's army detained Rwandan peacekeeper Eric Mugisha.", [("ZAFMIL", "RWA", "173")]),
    # ... an appositive names it; a released aid worker is a person freed (084), not aid (070)
    ("Ecuador released Daniel Moore, an American aid worker.", [("ECUGOV", "USANGO", "084")]),
    ("Egypt released an American aid worker.", [("EGYGOV", "USANGO", "084")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_unknown_people_acted_on(code_text, text, expected):
    assert coded(code_text(text, date="2021-06-02")) == sorted(expected)


def test_aid_released_is_still_aid(code_text):
    # "aid" as what is released, not a modifier of who is released: provide aid (07)
    events = code_text("Germany released humanitarian aid for Yemen.", date="2021-06-02")
    assert [e.code[:2] for e in events] == ["07"]


def test_a_report_released_is_still_no_event(code_text):
    assert code_text("The ministry released a report on Syria.", date="2021-06-02") == []


def test_two_authors_of_a_hyphened_thing(code_text):
    # "the Turkish-Russian proposal": two nationality words on a thing name both its authors
    events = code_text("Syria rejected the Turkish-Russian proposal.", date="2021-06-02")
    assert {e.target.code[:3] for e in events} == {"TUR", "RUS"}


def test_a_person_named_before_keeps_his_reading(code_text):
    # "Khan" after "Imran Khan": the person named before, not a new one of the acting state
    text = "Imran Khan lost a vote in parliament. Paramilitary Rangers arrested Khan at the courthouse on Friday."
    events = code_text(text, date="2023-05-10")
    assert all("acted on by" not in e.target.how for e in events)
