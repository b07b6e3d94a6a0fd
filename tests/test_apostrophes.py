"""A plural possessive set with a typographic apostrophe ("officials’ lives") is read as
with a plain one: the parser otherwise takes "officials" for the object and loses the clause.
Offsets stay the original's. Sentences written for these tests."""
from eventwire.language.apostrophes import plain


def coded(events):
    return {(e.source.code[:3], e.code[:2], e.target.code[:3]) for e in events}


def test_plural_possessive_apostrophe_is_plain_and_same_length():
    text = "It would not risk the soldiers’ lives, Canada’s envoy said."
    out = plain(text)
    assert out == "It would not risk the soldiers' lives, Canada’s envoy said."
    assert len(out) == len(text)


def test_closing_single_quote_stays():
    text = "He called them ‘the rebels’ and left."
    assert plain(text) == text


def test_refusal_behind_a_curly_plural_possessive_is_coded(code_text):
    text = ("The Canadian defence minister said he would not put the soldiers’ lives at risk "
            "to rescue Canadian citizens who joined the rebels.")
    got = code_text(text, date="2020-03-02")
    assert ("CAN", "12", "CAN") in coded(got)
    assert all("’" in m.sentence for e in got for m in e.mentions)
