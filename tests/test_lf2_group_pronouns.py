"""A group named by a plural role word ("a small group of jihadis") is what a later "they"
points back to, the group's noun being the subject (actors/resolve.py remember)."""
from conftest import triples


def test_they_after_a_group_of_role_word(code_text):
    text = ("A handful of jihadis stormed the police post in Gao. "
            "They then opened fire, killing a reporter.")
    found = triples(code_text(text, date="2020-05-01"))
    assert ("MLIUAF", "19", "MLIMED") in found


def test_capitalised_plural_role_word_is_plural(code_text):
    text = "Jihadis stormed the police post in Gao. They then opened fire, killing a reporter."
    assert ("MLIUAF", "19", "MLIMED") in triples(code_text(text, date="2020-05-01"))
