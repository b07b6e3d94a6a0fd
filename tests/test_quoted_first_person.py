"""'We' and 'I' inside a quotation are the speaker the sentence names (actors/quoted.py)."""
from conftest import countries


def test_we_before_trailing_speaker(code_text):
    text = "\u201cWe have expelled the Ghanaian ambassador,\u201d the Togolese foreign minister said on Monday."
    assert ("TGO", "17", "GHA") in countries(code_text(text)) or \
        any(s == "TGO" and t == "GHA" for s, _r, t in countries(code_text(text)))


def test_we_after_speaker_and_colon(code_text):
    text = "The Togolese foreign minister said on Monday: \"We condemn the Ghanaian government.\""
    assert ("TGO", "11", "GHA") in countries(code_text(text))


def test_tweeted_quote(code_text):
    text = "\u201cWe condemn the Ghanaian government,\u201d the Togolese president tweeted on Monday."
    assert ("TGO", "11", "GHA") in countries(code_text(text))


def test_we_outside_quotes_is_nobody(code_text):
    text = "We condemn the Ghanaian government, the Togolese foreign minister said on Monday."
    assert not any(r == "11" for _s, r, _t in countries(code_text(text)))


def test_quote_without_named_speaker_is_nobody(code_text):
    text = "\u201cWe condemn the Ghanaian government,\u201d one protester said on Monday."
    assert not any(r == "11" for _s, r, _t in countries(code_text(text)))
