"""Only what happened: modality.py on sentences written for these tests.

Each case lists the exact events the sentence must code, as a sorted list of
(source code, target code, CAMEO code); an empty list means nothing may be coded.
Questions, hypotheticals, guesses, wishes about others, noun-complement clauses,
negative polarity, standing relations in relative clauses and the opinions of analysts
code nothing; stated intentions (03) and threats (13) still do.
"""
import pytest

from conftest import coded

CASES = [
    # questions: nothing in a question happened
    ("Why did Ethiopia bomb Eritrea?", []),
    ("Did Chile recall its ambassador from Peru?", []),
    ("“Why did Algeria attack our town?” the mayor asked.", []),
    # hypotheticals: a conditional consequence with "would" and no one reported saying it
    ("If Pakistan struck India, China would support Pakistan.", []),
    ("If Mali and Niger are able to reach an agreement, the talks would end.", []),
    ("A Greek veto would hurt Turkey.", []),
    # ... but a conditional threat or intent stated by the actor is the event
    ("Serbia said it would attack Kosovo if provoked.", [("SRBGOV", "KSVGOV", "138")]),
    ("Hungary said it would send aid to Croatia.", [("HUNGOV", "HRVGOV", "033")]),
    # guesses and hearsay
    ("Nepal is likely to expel Indian diplomats.", []),
    ("Iraqi militants appear to have attacked Kuwaiti troops.", []),
    ("Syrian rebels are believed to have kidnapped Lebanese soldiers.", []),
    # "be going to": a future, not a move; its negation a refusal
    ("Canada said it is going to send aid to Haiti.", [("CANGOV", "HTIGOV", "033")]),
    ("Chile said it was not going to provide aid to Bolivia.", [("CHLGOV", "BOLGOV", "122")]),
    # wishes about another actor
    ("Egypt hopes Jordan will persuade Israel to lift the blockade.", []),
    ("Turkey voiced hope that Greece will help Cyprus.", []),
    # noun-complement clauses: the content of a claim or a charge
    ("Cuba rejected claims that it funded Venezuelan militias.", []),
    ("Kenya denied charges that its police tortured Somali refugees.", []),
    # negative polarity
    ("No country has recognised the Somaliland government.", []),
    ("Oman has given Yemen no promises of support.", []),
    ("Turkey attacked Syria without consulting Russia.", [("TURMIL", "SYR", "190")]),
    # standing relations and habits in relative clauses
    ("Iran, which backs Hezbollah, condemned Israel.", [("IRNGOV", "ISRGOV", "111")]),
    # analysts' opinions
    ("Russia will never abandon Syria, said an analyst at a London think tank.", []),
    ("Analysts say China will pressure Taiwan.", []),
    # passive futures of force: nobody threatened anyone
    ("The minister said the detainees would be taken to camps in Jordan.", []),
    # what did happen still codes
    ("Kenyan troops attacked Somali militants near the border.", [("KENMIL", "SOMREB", "190")]),
    ("Morocco condemned Algeria on Tuesday.", [("MARGOV", "DZAGOV", "111")]),
    ("Nigeria said it will send troops to Niger.", [("NGAGOV", "NERGOV", "031")]),
    ("Iran threatened to cut off gas supplies to Turkey.", [("IRNGOV", "TURGOV", "132")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_modality(code_text, sentence, expected):
    assert coded(code_text(sentence)) == expected


@pytest.mark.parametrize("text,trigger", [
    ("Kurdish guerrillas have been fighting Turkey since the 1990s.", "fighting"),
    ("Iran has backed Hezbollah for decades.", "backed"),
    ("The United States, which had ousted the Taliban, attacked Iraq on Monday.", "ousted"),
])
def test_backstory_and_standing_relations_are_no_events(code_text, text, trigger):
    # a perfect with a span of years, a past perfect in a relative clause: background
    assert not [e for e in code_text(text) if any(trigger in m.trigger for m in e.mentions)]


def test_recent_perfect_and_main_clause_still_code(code_text):
    # (the positions are named: "Kurdish positions" alone lend no country but Turkey's, whose
    # civilians they are not)
    assert any(e.code[:2] == "19" for e in code_text("Turkey has shelled YPG positions in Syria since Saturday."))
    assert any(e.code[:2] == "19" for e in code_text("The United States, which had ousted the Taliban, attacked Iraq on Monday."))
