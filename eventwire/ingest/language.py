"""A cheap guess whether a text is English: script counts and common function words.

`not_english(text)` returns a language code ("fr", "ru", "zh", ...) when the text is
clearly in another language, else None. Short or unclear texts count as English: the
coder then simply finds nothing in them.
"""
from __future__ import annotations

import re

__all__ = ["not_english"]

SAMPLE = 20_000   # characters looked at
MIN_WORDS = 8     # fewer Latin-script words than this: no verdict
MIN_LETTERS = 12  # fewer letters than this: no verdict

_EN = set("""the of and to in a is that for on with as was by at from his her it he she they an be
has have had are were this which said not but or will would its their who after been also more
than over into about there when we i you what these those our did do does""".split())

_OTHER = {
    "fr": """le la les des du une et est dans pour sur par avec que qui au aux il elle ont sont pas
          ne se son sa ses cette été mais plus lors selon entre leur nous vous qu l d c est""",
    "es": """el los las del una y es que por con para su sus se al lo como más pero fue ha han este
          esta entre sobre también según ya muy""",
    "de": """der die das und ist den dem des ein eine nicht mit von zu auf für sich im auch es wurde
          sind hat bei nach aus wie dass werden einer zum zur""",
    "it": """il lo gli della delle dei degli di che è per con non una sono nel nella alla al ha anche
          come più ma da si questo""",
    "pt": """o os do da dos das um uma e é em no na que com para por não se ao mais foi seu sua
          também pelo pela""",
    "nl": """de het een en van dat die niet op te zijn voor met als er maar ook bij werd naar heeft
          wordt ze hij""",
}
# a word that is also English says nothing
_OTHER_SETS = {lang: set(words.split()) - _EN for lang, words in _OTHER.items()}

_WORD_RE = re.compile(r"[^\W\d_]+")

# (first, last code point, language) for scripts that are not Latin
_SCRIPTS = (
    (0x0400, 0x052F, "ru"),   # Cyrillic
    (0x0370, 0x03FF, "el"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0750, 0x077F, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x3040, 0x30FF, "ja"),   # kana
    (0x3400, 0x4DBF, "zh"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
)


def _script(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0370:
        return None
    for lo, hi, lang in _SCRIPTS:
        if lo <= cp <= hi:
            return lang
    return None


def not_english(text: str) -> str | None:
    """A language code when `text` is clearly not English, else None."""
    sample = text[:SAMPLE]
    if sample.isascii():
        latin_only = True
    else:
        latin_only = False
        counts: dict[str, int] = {}
        letters = 0
        for ch in sample:
            if ch.isalpha():
                letters += 1
                lang = _script(ch)
                if lang:
                    counts[lang] = counts.get(lang, 0) + 1
        other = sum(counts.values())
        if letters >= MIN_LETTERS and other > letters / 2:
            if counts.get("ja"):   # kana: Japanese, even with many kanji
                return "ja"
            return max(counts, key=counts.get)
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if not latin_only:
        words = [w for w in words if _script(w[0]) is None]
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _EN) / len(words)
    if english >= 0.12:
        return None
    scores = {lang: sum(1 for w in words if w in s) / len(words) for lang, s in _OTHER_SETS.items()}
    best = max(scores, key=scores.get)
    if scores[best] >= 0.15 and scores[best] > 2 * english:
        return best
    return None
