"""Actors that are not the verb's doer: a participle on its subject misread as a main verb."""
from conftest import triples


def _roots(events, root):
    return [e for e in events if e.code.startswith(root)]


def test_killed_people_listed_are_not_killers(code_text):
    # "X killed fighting Y include A, B": the subject is the dead, not the killers of A and B
    events = code_text("Other Iraqis killed fighting Isis this year include Ali Hassan, a teacher "
                       "from Basra, and Omar Saleh.", date="2019-03-01")
    assert not [e for e in events if any(m.trigger == "killed" for m in e.mentions)]


def test_participle_root_with_bare_conjunct_is_no_deed(code_text):
    events = code_text("Syrian soldiers killed in the fighting last month included two generals.",
                       date="2019-03-01")
    assert not _roots(events, "19") and not _roots(events, "18")


def test_real_main_verbs_keep_their_doers(code_text):
    # joined by "and" or a comma, or with an object of its own: a real deed
    assert ("FRAMIL", "19", "FRAREB") in triples(code_text(
        "French troops killed two militants and included a Malian officer in the patrol."))
    assert ("IRQMIL", "19", "IRQREB") in triples(code_text(
        "Iraqi forces attacked the town and say they killed twenty militants."))
    assert ("SYRREB", "19", "SYRCVL") in triples(code_text("Syrian rebels attacked the base, officials say."))
    # a reduced relative with its own "by" doer is read as before
    assert ("DEU", "17", "IRNGOV") in triples(code_text("Iranian diplomats expelled by Germany returned to Tehran."))
