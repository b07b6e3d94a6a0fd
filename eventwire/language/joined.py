"""Hyphenated words the tokenizer would split into words of another sense, kept whole.

"cease-fire" (the AP spelling of "ceasefire") splits into "cease - fire", and its "fire" then
reads as shooting: "declared a cease-fire with Y" would be an attack on Y. Each word listed here
is one token (offsets unchanged) whose lemma is its closed spelling, so the dictionaries written
for "ceasefire" read it.
"""
from __future__ import annotations

from spacy.language import Language

# hyphenated form (lower case) -> lemma
JOINED = {"cease-fire": "ceasefire", "cease-fires": "ceasefire"}


@Language.component("eventwire_joined_lemmas")
def joined_lemmas(doc):
    for tok in doc:
        lemma = JOINED.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


def keep_joined(nlp) -> None:
    """Make each JOINED word one token in every casing, with its lemma set after the lemmatizer."""
    for word in JOINED:
        for form in {word, word.capitalize(), word.title(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    if "eventwire_joined_lemmas" not in nlp.pipe_names:
        last = "lemmatizer" if "lemmatizer" in nlp.pipe_names else None
        nlp.add_pipe("eventwire_joined_lemmas", after=last) if last else nlp.add_pipe("eventwire_joined_lemmas")
