#!/usr/bin/env python3
"""Derive the evaluative words of judgements ("X called Y a liar", "X described Y's policy as
reckless", "X called Y a hero") from the VADER sentiment lexicon.

A word is kept when human raters agreed it is strongly negative or positive (VADER mean valence
at least 2.0 either way on its -4..+4 scale, standard deviation of the ratings at most 1.0), it
is a single lower-case word of four letters or more, it reads as a base-form adjective or noun
(spaCy tags it so in "It was WORD", not as a participle; no -ly, -ness or plural -s forms), and it is not
in REVIEW below: words of harm suffered or of feeling that say how the one named fares, not what
the speaker thinks of them ("described the prisoners as helpless", "called the crowd angry"),
and words that name a deal or a gain, not a judgement. Negative words code CAMEO 111 (criticize
or denounce), positive ones 051 (praise or endorse). judgements.yaml (hand-written) keeps
priority: its words are read first.

Input:  vader_lexicon.txt of the PyPI package vaderSentiment 3.3.2 (MIT License, C.J. Hutto,
        "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
        ICWSM 2014): `pip download --no-deps vaderSentiment==3.3.2` and unzip the wheel, or
        `pip install vaderSentiment` (then --lexicon may be left out).
Output: eventwire/events/data/judgement_words.tsv

Run from the repository root:
    python scripts/derive_judgement_words.py [--lexicon PATH/vader_lexicon.txt]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "eventwire" / "events" / "data" / "judgement_words.tsv"
MIN_VALENCE = 2.0       # |mean| on VADER's -4..+4 scale
MAX_SD = 1.0            # raters agreed
MIN_LEN = 4
SUFFIXES = ("ly", "ness", "nesses", "s")

# Not judgements of the one named (reviewed by hand from the candidates):
REVIEW = set("""
accident cancer casualty fatality grief pain painfulness misery miserableness sorrow sorrower
sorrowful sorrowfulness suicide suicidal sufferer victimhood victimization helpless helplessness
powerless poorest weakest weakliest sick unhealthy depression depress desperation panic fear
fearful fearfuller dread dreadfulness loneliest unhappiness unhappier unhappiest heartbreak
anguish agonise excruciate excruciation traumatism traumatization distraught distress distressful
distressfulness despondent disconsolate crestfallen woebegone woefulness weep weepiest glum gloom
gloomful deject discouragement disheartenment joyless joylessness
angry angrier irate livid rage rageful fury indignation wrathful enrage infuriate frustrate
frustration irritation irritable irritant irritative sadden sadder saddest apprehension
uneasiest worrit scare scary frightful
prison penalty punishment punitive punish revenge revengeful revengefulness revenger eviction
rescue relief relaxation relaxedness benefit beneficiary gain wealth wealthier wealthiest rich
richness free freedom liberty agreement acceptance approval award awardable reward rewardable
festival fiesta festive festiveness welcome welcomeness strength strong improvement satisfy
confident confidence hopeful optimism optimist glad happy happier happiest happiness grateful
gratefulness gratitude thankful proud proudest euphoria euphoric elated jubilant cheer
cheerful cheerfulness cheerier cheeriest cheeriness cheery glee gleeful delight delightedness
enjoyer enjoyment excitement exuberant laugh laughter grin comfortable pleasure pleasurable
pleasurableness passion passionateness romance sexy cute cuteness cuter cutest cutesy
beautiful beautifuler beautifulest beautifulness beautify beauty handsome handsomer handsomest
gorgeousness prettier prettiest darlingness dearie dearness sweetie sweetness soulmate kissable
lovable love unlovable unloveliness paradise sunshine sunnier divine divinest heavenlier
heavenliness miracle godsend hallelujah hooray hurray haha lulz funner funnest funniest
humour humorousness mirthful jollier jolliest jollification jolliness joyance joyful joyfuller
joyousness merriness bliss blissful fondness affection adorability adorable adorableness
adoration adore amoroso amorousness ardent attraction compliment congratulation gratz
careful carefulness care energise energize energizer reinvigorate reinvigoration innovate
optimize positiver positivist pukka roflcopter super suave splendent radiant serene
peaceful peacefullest peacefulness blockbuster champ champion winner favorite favorable
favorableness valuable treasurable intellectual intellectualist intelligence
delighted depressed disgusted impressed irritated outraged excruciating peacekeeping uninvolved
deviling uglifying devastating frightening terrifying exciting fascinating enlightening
enthusiastic earnest heartfelt hand heart trustful trustfulness enrapture sureness liveliest
vibrant glamor glamour delectable sweet warmth
""".split())


def vader_path() -> Path:
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("vaderSentiment is not installed: pass --lexicon PATH/vader_lexicon.txt")
    return Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt"


def candidates(path: Path) -> dict[str, float]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            word, mean, sd = parts[0], float(parts[1]), float(parts[2])
            if word.isalpha() and word.islower() and len(word) >= MIN_LEN and \
                    abs(mean) >= MIN_VALENCE and sd <= MAX_SD and \
                    not (word.endswith(SUFFIXES) and not word.endswith("ss")) and word not in REVIEW:
                out[word] = mean
    return out


def base_forms(words: dict[str, float]) -> dict[str, float]:
    """The words spaCy reads as an adjective or a noun after "It was"."""
    from eventwire.language.model import load
    nlp = load()
    kept = {}
    for word, mean in words.items():
        tok = nlp(f"It was {word}")[2]
        if tok.pos_ in ("ADJ", "NOUN") and tok.tag_ not in ("VBN", "VBD", "VBG"):
            kept[word] = mean
    return kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lexicon", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    words = base_forms(candidates(args.lexicon or vader_path()))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Evaluative words of judgements: 111 (criticize or denounce) or 051 (praise or endorse).\n"
                 "# Generated by scripts/derive_judgement_words.py from vader_lexicon.txt of the PyPI package\n"
                 "# vaderSentiment 3.3.2 (MIT License, Copyright (c) 2014 C.J. Hutto): strongly rated,\n"
                 "# agreed-on adjectives and nouns, less words of harm suffered or feeling (REVIEW).\n"
                 "# Columns: word, code, VADER mean valence.\n")
        for word in sorted(words):
            mean = words[word]
            fh.write(f"{word}\t{'111' if mean < 0 else '051'}\t{mean:.1f}\n")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
