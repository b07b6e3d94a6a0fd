"""A person no dictionary knows, described by a copula, is that actor for a later
"he"/"she" (actors/copular.py)."""
from conftest import triples


def test_copula_described_person_is_the_later_pronoun(code_text):
    text = ("My colleague Omar Idris, who was wounded on Monday, is a Kenyan reporter. "
            "He was shot by al-Shabaab gunmen in Mogadishu.")
    assert ("SOMREB", "19", "KENMED") in triples(code_text(text, date="2020-05-01"))
    text = ("Lena Marsh, who was detained last year, was a Canadian journalist. "
            "She was killed in a Taliban ambush in Helmand while filming the war.")
    assert ("AFGREB", "19", "CANMED") in triples(code_text(text, date="2020-05-01"))


def test_negated_or_unclear_description_is_not_remembered(code_text):
    text = ("Omar Idris, who was arrested on Monday, was not a Kenyan reporter. "
            "He was shot by al-Shabaab gunmen in Mogadishu.")
    assert not any(t == "KENMED" for _, _, t in triples(code_text(text, date="2020-05-01")))


def test_relation_to_an_actor_is_no_description(code_text):
    # "the son of the president", "a critic of the government": not the president's body
    for desc in ("the son of the Kenyan president", "a critic of the Kenyan government"):
        text = (f"Omar Idris, who was arrested on Monday, is {desc}. "
                "He was shot by al-Shabaab gunmen in Mogadishu.")
        assert not any(t == "KENGOV" for _, _, t in triples(code_text(text, date="2020-05-01")))
