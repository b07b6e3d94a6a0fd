"""A "not" in one clause does not carry over a "but" to the next (modality.py, unreal.contrasting)."""


def _codes(events):
    return {(e.source.code[:3], e.code[:2], e.target.code[:3]) for e in events}


def test_but_sets_the_first_clause_negation_aside(code_text):
    got = _codes(code_text("Spain did not criticise Morocco but condemned Algeria.", date="2021-03-01"))
    assert ("ESP", "11", "DZA") in got
    assert not any(t == "MAR" for _, _, t in got)


def test_a_second_subject_after_but_is_told_as_fact(code_text):
    got = _codes(code_text("Chile did not recall its envoy, but Peru expelled the Bolivian ambassador.",
                           date="2021-03-01"))
    assert any(s == "PER" and t == "BOL" for s, _, t in got)


def test_or_keeps_the_negation(code_text):
    assert not code_text("Spain did not criticise Morocco or condemn Algeria.", date="2021-03-01")


def test_a_negated_second_clause_stays_negated(code_text):
    got = _codes(code_text("Spain condemned Algeria but did not sanction Morocco.", date="2021-03-01"))
    assert ("ESP", "11", "DZA") in got
    assert not any(t == "MAR" for _, _, t in got)


def test_the_object_of_a_negated_verb_is_not_shared(code_text):
    events = code_text("In his letter, the French minister did not mention Mali and Niger but he "
                       "warned that Algeria was failing its allies.", date="2021-03-01")
    assert not any(e.target.code[:3] in ("MLI", "NER") for e in events)
