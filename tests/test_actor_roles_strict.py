"""The role part of actor codes (GUIDELINES.md "Actors"; gold README conventions).

- A country that acts is the state acting (GUIDELINES: "a national government acting as the
  state is XXXGOV"): its name, or "it" pointing back to one, is its government when it accuses
  or expels and its armed forces when it shells; an attacked country stays bare. Its capital or
  seat (Beijing, the Kremlin) is its government.
- A nationality that brokers ("a Qatari-brokered deal") names the state's government.
- A nationality with a military noun is that country's military ("Egyptian jets").
- A nationality before coordinated roles is each role's country ("Israeli helicopters and tanks").
- People named only as people are civilians; "opposition leader X" is XXXOPP; a protest with no
  named target addresses the protesters' government.
Sentences written for these tests.
"""
import pytest

from conftest import coded

CASES = [
    # a country named alone stays bare, as doer and as addressee, for words and for force
    ("Peru accused Chile of spying on its navy.", [("PERGOV", "CHLGOV", "112")]),
    ("Kenya expelled the Somali ambassador.", [("KENGOV", "SOMGOV", "161")]),
    ("Libya said Tunisia must close its border.", [("LBYGOV", "TUNGOV", "100")]),
    ("Ethiopia shelled Eritrean border posts on Sunday.", [("ETHMIL", "ERI", "194")]),
    ("Kenya hosted talks on Monday. It later condemned Eritrea.", [("KENGOV", "ERIGOV", "111")]),
    # a capital or the seat of government is the government
    ("Beijing accused Tokyo of provocation.", [("CHNGOV", "JPNGOV", "112")]),
    ("The Kremlin accused Estonia of harassing its diplomats.", [("RUSGOV", "ESTGOV", "112")]),
    # a brokering nationality is the state's government; the parties named alone stay bare
    ("Sudan signed a Qatari-brokered deal with Chad on Monday.",
     [("QATGOV", "SDNGOV", "045"), ("QATGOV", "TCDGOV", "045"), ("SDNGOV", "TCDGOV", "057")]),
    # troops are the military; their target named alone stays bare
    ("Turkish troops attacked Syria on Monday.", [("TURMIL", "SYR", "190")]),
    # military nouns under a nationality
    ("Egyptian jets bombed militants in Libya.", [("EGYMIL", "LBYREB", "195")]),
    ("Israeli helicopters and tanks shelled Palestinian police posts near Rafah.",
     [("ISRMIL", "PSECOP", "194")]),
    # a role noun modifying the subject's head: "police vehicles" are the police
    ("Turkish police vehicles blocked the opposition convoy.", [("TURCOP", "TUROPP", "144")]),
    # people are civilians
    ("Police detained about 30 people in Nairobi on Friday.", [("KENCOP", "KENCVL", "173")]),
    # a protest with no target addresses the government
    ("Thousands of Chileans marched on Monday to demand lower fares.", [("CHLCVL", "CHLGOV", "140")]),
    # an embassy's grounds are its government's
    ("Protesters stormed the Danish diplomatic compound in Tehran.", [("IRNCVL", "DNKGOV", "145")]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_roles(code_text, sentence, expected):
    assert coded(code_text(sentence, date="2020-05-01")) == sorted(expected)


def test_opposition_title_over_the_dictionary_office(code_text):
    # the dictionary knows the man as a former head of state; the title says what he is now
    found = coded(code_text("Bolivian police arrested opposition leader Evo Morales.", date="2020-05-01"))
    assert found == [("BOLCOP", "BOLOPP", "173")]


def test_country_named_alone_stays_bare_across_sentences(code_text):
    # the country that bombed and the one that condemned it are bare, as named
    events = code_text("Saudi Arabia bombed Houthi positions in Yemen on Monday. "
                       "On Tuesday Iran condemned the Saudi strikes.", date="2020-05-01")
    assert coded(events) == [("IRNGOV", "SAUGOV", "111"), ("SAUMIL", "YEMREB", "190")]


def test_self_loop_not_made(code_text):
    # two roles of one country: no event of the country against itself
    events = code_text("Sudan's government accused Sudan's army of blocking aid.", date="2020-05-01")
    assert all(e.source.code != e.target.code for e in events)
