"""People no dictionary knows, named in sentences that are never parsed.

"Putin met Erdogan on Monday. Later, Ivan Smirnov arrived in Kiev. He condemned Ukraine.":
the middle sentence names no actor and no trigger, so it is not parsed, and without it "he"
would skip Smirnov and land on Putin. Such a sentence has only its tokens (lexical
attributes, no tags) and its dictionary matches. A person is read there from:
- a run of two or three capitalised words (not stop words, acronyms, months or days, nor
  opening on a compass word: "Eastern Ghouta"), with
  no capitalised word beside it, that no dictionary match covers and that is no place,
  followed (after at most one adverb) by a verb-like word, or described as a person by an
  age or a "who" clause: "Ivan Smirnov arrived", "Ivan Smirnov, 34, ...", "Ivan Smirnov, who";
- one capitalised word that is the surname of a person read so before, followed likewise:
  "Smirnov said".
Such a person is remembered as an unknown subject (coref.Memory.add_unknown_person): a later
"he"/"she" that would reach past them abstains. Nothing here makes an actor.
"""
from __future__ import annotations

from ..dates.resolve import DAY_AND_MONTH_NAMES

# words that follow a subject: speech, movement, auxiliaries and common states
VERBS = frozenset("""
said says say told tells added adds explained noted insisted argued wrote writes warned
claimed stated announced declared replied responded asked asks urged denied admitted
confirmed believes believed thinks thought feels felt knows knew wants wanted hopes hoped
was is has had have will would could should may might must can did does cannot
arrived arrives came comes went goes left leaves travelled traveled returned returns flew
met meets spoke speaks visited visits joined joins became becomes remained remains
""".split())
# words that may stand between a subject and its verb
ADVERBS = frozenset("""
also later then still now once previously earlier recently himself herself too never
""".split())
MONTHS_DAYS = DAY_AND_MONTH_NAMES
# a region's first word, never a given name: "Eastern Ghouta", "Northern Cape"
COMPASS = frozenset("""
north south east west northern southern eastern western central upper lower greater new
""".split())
MAX_NAME = 3
PERSON_CLAUSES = frozenset({"who", "whose"})     # "Marta Quillfeather, who ...": a person


def _capital(tok) -> bool:
    t = tok.text
    return tok.is_alpha and len(t) > 1 and t[0].isupper() and not t.isupper() \
        and not tok.is_stop and t.lower() not in MONTHS_DAYS


def _described(toks, i: int) -> bool:
    """Is the name that ends before token i described as a person: ", 34,", ", a 34-year-old"
    or ", who"?"""
    if i + 1 >= len(toks) or toks[i].text != ",":
        return False
    nxt = toks[i + 1]
    if nxt.lower_ in ("a", "an") and any(t.lower_ in ("year", "years") for t in toks[i + 2:i + 6]) \
            and any(t.lower_ == "old" for t in toks[i + 3:i + 8]):
        return True         # "Marta Quillfeather, a 34-year-old nurse"
    return nxt.lower_ in PERSON_CLAUSES or (nxt.is_digit and len(nxt.text) <= 2 and i + 2 < len(toks)
                                            and toks[i + 2].text == ",")


def _verb_like(toks, i: int, triggers) -> bool:
    """Does a verb follow at token i (after at most one adverb)?"""
    for j in (i, i + 1):
        if j >= len(toks):
            return False
        w = toks[j].text
        if not w.islower():
            return False
        if w in VERBS or w in triggers or (w.endswith("ed") and len(w) > 4):
            return True
        if j == i and not (w in ADVERBS or w.endswith("ly")):
            return False
    return False


def unknown_people(toks, matches, is_place, surnames, triggers=frozenset()) -> list[tuple[int, str]]:
    """(character offset in the sentence, surname) of each person no dictionary knows that an
    unparsed sentence names as a verb's subject. is_place(span): is the run a place name?"""
    covered = {i for m in matches for i in range(m.start, m.end)}
    out = []
    i, n = 0, len(toks)
    while i < n:
        if not _capital(toks[i]) or (i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].is_alpha):
            i += 1
            continue
        j = i
        while j < n and _capital(toks[j]):
            j += 1
        run = toks[i:j]
        if (j < n and toks[j].text[:1].isupper()) or covered.intersection(range(i, j)) \
                or not (_verb_like(toks, j, triggers) or _described(toks, j)):
            i = j
            continue
        last = run[-1].text
        if 2 <= len(run) <= MAX_NAME and run[0].text.lower() not in COMPASS:
            if not is_place(run):
                out.append((run[0].idx, last))
        elif len(run) == 1 and last in surnames:
            out.append((run[0].idx, last))
        i = j
    return out
