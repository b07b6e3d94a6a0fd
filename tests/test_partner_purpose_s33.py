"""Session 33 (fix2): a deal named in two nouns keeps its partner ("signed a memorandum of
understanding with Y", where the parser hangs "with Y" on "understanding"), and aid given "to" or
"towards" a benefit gerund goes to the one the gerund's object names ("gave $5 million towards
rebuilding Y's ports"); a charge "made against Y" in the object names Y ("investigated
allegations of fraud made against Y"). Sentences written for these tests."""
import pytest


def _dyads(events):
    return {(e.source.code, e.target.code, e.code[:2]) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Kenya signed a memorandum of understanding with Ethiopia on Tuesday.", ("KENGOV", "ETHGOV", "05")),
    ("India signed a memorandum of understanding with Nepal.", ("INDGOV", "NPLGOV", "05")),
    ("Brazil signed a treaty of friendship with Chile.", ("BRAGOV", "CHLGOV", "05")),
])
def test_the_partner_of_a_deal_named_in_two_nouns(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Chile will sign a memorandum of understanding with Peru if talks succeed.",   # a condition
    "Did Chile sign a memorandum of understanding with Peru?",                       # a question
    "The company signed a memorandum of understanding with Toyota.",                 # no political actor
    "Police dispersed hundreds of students with tear gas in Nairobi.",              # "with" a tool
])
def test_no_partner_read_from_a_with_that_is_none(code_text, text):
    events = code_text(text, date=None)
    assert not [e for e in events if e.code[:2] == "05"]
    assert not [e for e in events if e.target.code in ("PERGOV", "TOYOTA")]


@pytest.mark.parametrize("text, expected", [
    ("Japan contributed $10 million to rebuilding Iraq.", ("JPNGOV", "IRQGOV", "07")),
    ("Canada pledged $20 million to rebuilding Afghanistan's roads.", ("CANGOV", "AFG", "03")),
    ("Italy gave 4 million euros to helping Libya's coast guard.", ("ITAGOV", "LBYMIL", "07")),
])
def test_aid_towards_a_benefit_gerund_goes_to_its_object(code_text, text, expected):
    source, target, root = expected
    assert [e for e in code_text(text, date=None) if e.source.code == source
            and e.target.code.startswith(target) and e.code[:2] == root]


@pytest.mark.parametrize("text", [
    "Japan contributed $10 million to rebuilding its own ports.",      # its own: no receiver
    "Germany gave $5 million towards fighting Syria's army.",          # not a benefit
    "France spent $1 billion towards modernising its navy.",
])
def test_no_receiver_from_a_gerund_that_benefits_none(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.code[:2] in ("03", "07")]


@pytest.mark.parametrize("text, expected", [
    ("Kenyan police launched an investigation into allegations of fraud made against the opposition leader.",
     ("KENCOP", "KENOPP", "09")),
    ("Kenyan police investigated allegations of bribery made against the opposition leader.", ("KENCOP", "KENOPP", "09")),
    ("Kenya's anti-graft agency is investigating claims levelled against the Ugandan embassy.", ("KENGOV", "UGAGOV", "09")),
    ("Kenyan police investigated a complaint filed against the opposition leader.", ("KENCOP", "KENOPP", "09")),
    # "into" hung on the verb
    ("Ghana's prosecutors opened an inquiry into complaints brought against Togo's ambassador.", ("GHAJUD", "TGOGOV", "09")),
])
def test_a_charge_made_against_someone_names_the_target(code_text, text, expected):
    assert expected in _dyads(code_text(text, date=None))


@pytest.mark.parametrize("text", [
    "Kenyan police investigated allegations of fraud made by the opposition leader.",   # its author
    "Kenya condemned the weapons used against the opposition.",                         # not a charge
    "Kenyan police did not investigate allegations of fraud made against the opposition leader.",
])
def test_no_target_from_what_is_no_charge_against_him(code_text, text):
    assert not [e for e in code_text(text, date=None) if e.target.code == "KENOPP" and e.code[:2] == "09"]
