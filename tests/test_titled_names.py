"""A role with a name beside it ("the defence minister, Hulusi Akar,"): later the surname and
"he" are that role-holder (actors/titled.py, shortnames.py)."""
from conftest import countries


def test_surname_after_role_with_name_beside(code_text):
    text = ("The Peruvian foreign minister, Tomas Huaman, met the Chilean ambassador in Lima on Monday. "
            "Huaman then criticised Bolivia.")
    assert ("PER", "11", "BOL") in countries(code_text(text))


def test_pronoun_after_role_with_name_beside(code_text):
    text = ("The Peruvian foreign minister, Ana Quispe, met the Chilean ambassador in Lima on Monday. "
            "She then criticised Bolivia.")
    assert ("PER", "11", "BOL") in countries(code_text(text))


def test_name_before_role(code_text):
    text = ("Ana Quispe, the Peruvian foreign minister, met the Chilean ambassador in Lima on Monday. "
            "Later Quispe criticised Bolivia.")
    assert ("PER", "11", "BOL") in countries(code_text(text))


def test_place_beside_a_role_is_no_name(code_text):
    text = ("The Peruvian foreign minister arrived in the capital, Santiago Centro, on Monday. "
            "Centro criticised Bolivia.")
    assert not any(s == "PER" and t == "BOL" for s, _r, t in countries(code_text(text)))


def test_name_with_role_word_before_the_appositive_head(code_text):
    # "the Kenyan government negotiator": the role is on a word set before the appositive's head
    text = "Paul Wekesa, the Kenyan government negotiator, criticised the Ugandan government on Friday."
    assert ("KEN", "11", "UGA") in countries(code_text(text))


def test_surname_after_role_written_as_title(code_text):
    # "opposition leader Ana Quispe": the role is the name's title, not an appositive
    text = ("Peruvian opposition leader Ana Quispe met the Chilean ambassador in Lima on Monday. "
            "Later Quispe criticised the Bolivian government.")
    found = countries(code_text(text))
    assert ("PER", "11", "BOL") in found



def test_rank_between_title_and_name(code_text):
    # "rebel spokesman Colonel Jean Ngoyi ... Ngoyi": the rank is no part of the name
    text = ("Congolese rebel spokesman Colonel Jean Ngoyi met Ugandan officials on Wednesday. "
            "Ngoyi criticised the Rwandan government.")
    assert ("COD", "11", "RWA") in countries(code_text(text))
