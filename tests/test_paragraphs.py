"""Paragraphs bound what "named nearby" means (a role's country, police in the paragraph).
A text with line breaks keeps the author's paragraphs; a text scraped into one line gets one
every few sentences, so that a country or the police named at the top of a long article
does not stand "nearby" for its last sentence."""
from types import SimpleNamespace

from eventwire.pipeline import PARAGRAPH_SENTENCES, Coder, _Sentence


def paragraphs(text):
    sentences, start = [], 0
    for i, part in enumerate(text.split("|")):
        sentences.append(_Sentence(i, start, start + len(part.rstrip()), None, [], False))
        start += len(part)
    return list(Coder._paragraphs(SimpleNamespace(sentences=sentences, doc=SimpleNamespace(text=text.replace("|", "")))).values())


def test_line_breaks_make_the_paragraphs():
    text = "One. |Two. |Three.\n|Four. |Five. |Six. |Seven. |Eight. |Nine."
    assert paragraphs(text) == [0, 0, 0, 1, 1, 1, 1, 1, 1]


def test_a_text_in_one_line_gets_short_paragraphs():
    text = "|".join(f"Sentence {i}. " for i in range(2 * PARAGRAPH_SENTENCES + 1))
    got = paragraphs(text)
    assert got[0] == got[PARAGRAPH_SENTENCES - 1] != got[PARAGRAPH_SENTENCES]
    assert len(set(got)) == 3
