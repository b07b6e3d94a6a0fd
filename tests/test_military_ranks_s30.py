"""A sergeant is of the armed forces, as a corporal or a lieutenant (session 30, agents_hand.tsv):
"will release the Colombian sergeant" releases one of Colombia's military."""


def test_a_sergeant_of_a_nationality_is_its_military(code_text):
    events = code_text("The rebels said they would free a captured Peruvian sergeant.", date="2021-03-01")
    assert [e for e in events if e.target.code == "PERMIL"]


def test_sergeants_plural(code_text):
    events = code_text("Two Bolivian sergeants were freed by the rebels on Monday.", date="2021-03-01")
    assert [e for e in events if e.target.code == "BOLMIL"]
