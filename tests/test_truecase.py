"""Text written all in lower or all in upper case is read with likely capitals restored
(eventwire/language/truecase.py) and codes as the same text in ordinary case would."""
from __future__ import annotations

import pytest

from conftest import coded
from eventwire.language.sentences import caseless_lines, line_case, split_sentences
from eventwire.language.truecase import Truecaser, restore


@pytest.fixture(scope="module")
def truecase(coder):
    return lambda text: coder.truecase(text)


# ---- which text is caseless -------------------------------------------------------------

@pytest.mark.parametrize("line, case", [
    ("ghana praised togo.", "lower"),
    ("GHANA PRAISED TOGO.", "upper"),
    ("Ghana praised Togo.", None),
    ("the minister met reporters in the capital and said the BBC got it wrong.", None),
    ("GHANA", None),                                    # too short to tell
    ("NATO and the EU met in Brussels.", None),
])
def test_line_case(line, case):
    assert line_case(line) == case


def test_a_headline_in_capitals_leaves_an_ordinary_story_alone():
    text = ("KENYA AND ETHIOPIA SIGN A DEAL\n"
            "Kenya and Ethiopia signed a water deal in Nairobi on Tuesday. The two ministers met "
            "for three hours and agreed to meet again next month in Addis Ababa.")
    assert caseless_lines(text) == []


def test_a_story_in_lower_case_with_a_cased_byline_is_caseless():
    text = "Posted by Staff\n\nnairobi: kenya and ethiopia signed a water deal on tuesday. the ministers met."
    assert [case for *_, case in caseless_lines(text)] == ["lower"]


def test_lower_case_sentences_are_split_at_their_stops():
    text = "police held two men in accra. they were freed on friday. mr. owusu said so."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["police held two men in accra.", "they were freed on friday.", "mr. owusu said so."]


# ---- recasing -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ghana praised togo.", "Ghana praised Togo."),
    ("GHANA PRAISED TOGO.", "Ghana praised Togo."),
    ("nairobi: police arrested six traders in mombasa on monday. i was there.",
     "Nairobi: police arrested six traders in Mombasa on Monday. I was there."),
    ("the us and nato held talks on march 13. they may march again.",
     "The US and NATO held talks on March 13. They may march again."),
    ("US TROOPS LEFT SOMALIA, OFFICIALS SAID.", "US troops left Somalia, officials said."),
    ("vladimir putin phoned emmanuel macron about the grain deal.",
     "Vladimir Putin phoned Emmanuel Macron about the grain deal."),
    ("Chile praised Peru.", "Chile praised Peru."),       # ordinary text is returned as it is
])
def test_recasing(truecase, text, expected):
    assert truecase(text) == expected


def test_ordinary_words_stay_lower(truecase):
    # "rice" and "reading" are names somewhere, but ordinary words first
    assert truecase("farmers sold rice in the market while reading the news.") == \
        "Farmers sold rice in the market while reading the news."


def test_the_recased_text_keeps_every_offset(truecase):
    text = "ÜBER İSTANBUL: GHANA PRAISED TOGO.\nPOLICE DETAINED 12 PEOPLE IN ACCRA."
    cased = truecase(text)
    assert len(cased) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(cased, text))   # case only
    assert cased == "Über İstanbul: Ghana praised Togo.\nPolice detained 12 people in Accra."


def test_a_small_table_of_names():
    tc = Truecaser({"addis ababa": "Addis Ababa", "au": "AU"})
    assert tc("the au met in addis ababa today.") == "The AU met in Addis Ababa today."


@pytest.mark.parametrize("text, expected", [
    # a title before words that are no ordinary English: a name, and the title with it
    ("army chief general kwame obeng-asare spoke.", "Army Chief General Kwame Obeng-Asare spoke."),
    ("police said superintendent tunde adeyemo was away.", "Police said Superintendent Tunde Adeyemo was away."),
    # a title before ordinary words is no name
    ("the general assembly met and the president said no.", "The general assembly met and the president said no."),
    ("the chief said the major roads were shut.", "The chief said the major roads were shut."),
])
def test_a_title_before_a_name_is_capitalised(truecase, text, expected):
    assert truecase(text) == expected


def test_a_title_before_a_dictionary_name_is_capitalised():
    tc = Truecaser({"addis ababa": "Addis Ababa", "jomo kenyatta": "Jomo Kenyatta"},
                   titles={"president": "head", "prime": "modifier", "minister": "head"})
    assert tc("president jomo kenyatta flew to addis ababa.") == "President Jomo Kenyatta flew to Addis Ababa."
    # without an English word list every unknown word could be a name: only dictionary names then
    assert tc("the president met him.") == "The president met him."


def test_restore_finds_the_piece_nearest_the_hint():
    original, cased = "togo met togo.", "Togo met Togo."
    assert restore("Togo", cased, original, near=9) == "togo"
    assert restore("met ... Togo", cased, original, near=5) == "met ... togo"
    assert restore("absent", cased, original) == "absent"


# ---- coding -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ghana praised togo.", "GHANA PRAISED TOGO.", "Ghana praised Togo."])
def test_ghana_praised_togo_in_any_case(code_text, text):
    events = code_text(text)
    assert [(e.source.code, e.target.code, e.root) for e in events] == [("GHAGOV", "TGOGOV", "05")]


@pytest.mark.parametrize("sentence", [
    "Kenyan police arrested four opposition activists in Nairobi on Tuesday.",
    "Peru expelled the Venezuelan ambassador after the vote.",
    "Russia condemned Syria over the strike.",
    "The president of Ghana met the prime minister of Togo in Accra.",
    "Army chief General Kofi Mensah-Boateng ordered the arrest of two opposition leaders in Accra.",
])
def test_lower_and_upper_case_code_as_ordinary_case(code_text, sentence):
    expected = coded(code_text(sentence))
    assert expected, sentence
    assert coded(code_text(sentence.lower())) == expected
    assert coded(code_text(sentence.upper())) == expected


def test_evidence_shows_the_text_as_written(code_text):
    text = "on monday kenyan police arrested four opposition activists in nairobi."
    (event,) = [e for e in code_text(text, date="2024-05-08") if e.root == "17"]
    m = event.mentions[0]
    assert m.sentence == text
    assert m.sentence[m.trigger_start:m.trigger_end] == m.trigger == "arrested"
    for a in (m.source, m.target):
        assert a.text == m.sentence[a.start:a.end]
    assert event.date == "2024-05-06"


def test_a_lower_case_story_codes_each_sentence(code_text):
    text = ("accra: ghana praised togo for the border deal on friday. "
            "later the ghanaian police arrested two smugglers near the border.")
    events = code_text(text, date="2024-05-11")
    roots = sorted(e.root for e in events)
    assert "05" in roots and "17" in roots
    assert {e.mentions[0].sentence_index for e in events} == {0, 1}
