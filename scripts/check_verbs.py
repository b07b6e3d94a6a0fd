#!/usr/bin/env python3
"""Check the verb dictionary's default codes against the CAMEO codebook.

Reads the verb dictionary as the coder does (verbs.tsv with verbs_hand.tsv on top, the
patterns, verb_senses.yaml) and the codebook (events/data/cameo_codes.tsv). Lists:

  no-default    verbs with no default code ("---") and no stated reason: not a hand row, not
                in verb_senses.yaml (patterns_only, no_default), and CAMEO.2.0.txt gives the
                verb a code elsewhere ("also line N (VERB [080])"). A "---" verb of one of
                PETRARCH's [---] blocks states its reason by its source row.
  disagree      defaults whose root is none of the roots whose codebook names use the verb
                itself ("expel" is in "Expel or deport individuals" 174 and in 1663, so
                a default of 040 disagrees); words found in names of three or more roots
                ("demand", "provide", "express") say nothing and are skipped; defaults
                reviewed and kept are in verb_senses.yaml (defaults_checked, with the reason)
  multiword     CAMEO multi-word expressions (hand list below) that the patterns code to
                another root: the coder's own reading of "broke off relations" is checked
                with the pattern matcher, not the parser

With --senses PRED.jsonl [GOLD.jsonl ...]: the verbs coded by their default code in PRED,
with how many of those events each gold file counts right and wrong: the candidates for
verb_senses.yaml (a verb whose default events are mostly wrong).

usage: python scripts/check_verbs.py [--senses PRED.jsonl GOLD.jsonl ...]
Exit status 1 when a no-default, disagree or multiword line is printed.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from eventwire.events.matching import PatternMatcher  # noqa: E402
from eventwire.events.patterns import VerbDictionary  # noqa: E402
from eventwire.events.rules import DATA, Rules, read_tsv  # noqa: E402

# CAMEO expressions of more than one word and the root the codebook gives them:
# (verb lemma, words after the verb, root)
MULTIWORD = [
    ("break", "off diplomatic relations", "16"),
    ("break", "off relations", "16"),
    ("break", "off ties", "16"),
    ("cut", "ties", "16"),
    ("cut", "diplomatic ties", "16"),
    ("sever", "ties", "16"),
    ("sever", "diplomatic relations", "16"),
    ("recall", "ambassador", "16"),
    ("expel", "ambassador", "16"),
    ("break", "off talks", "16"),
    ("impose", "sanctions", "16"),
    ("impose", "curfew", "17"),
    ("impose", "embargo", "16"),
    ("lift", "sanctions", "08"),
    ("lift", "curfew", "08"),
    ("restore", "diplomatic relations", "05"),
    ("establish", "diplomatic relations", "05"),
    ("sign", "agreement", "05"),
    ("sign", "accord", "05"),
    ("hold", "talks", "04"),
    ("open", "fire", "19"),
    ("take", "into custody", "17"),
    ("take", "hostage", "18"),
    ("call", "for ceasefire", "02"),
    ("call", "on", "02"),
    ("declare", "ceasefire", "08"),
    ("declare", "state of emergency", "17"),
    ("grant", "asylum", "07"),
    ("seek", "asylum", "02"),
    ("release", "prisoners", "08"),
    ("free", "hostages", "08"),
    ("withdraw", "troops", "08"),
    ("pull", "out troops", "08"),
]
STOP = frozenset("a an and or of to in for not specified below the with on by as from other "
                 "make use engage express provide impose intent".split())


def codebook() -> dict[str, str]:
    return {r["code"]: r["name"] for r in read_tsv(DATA / "cameo_codes.tsv")}


def name_roots(names: dict[str, str]) -> dict[str, set[str]]:
    """word -> the roots whose code names use it (words of three or more roots dropped)."""
    roots: dict[str, set[str]] = collections.defaultdict(set)
    for code, name in names.items():
        if len(code) < 3:
            continue
        for w in re.findall(r"[a-z]+", name.lower()):
            if w not in STOP:
                roots[w].add(code[:2])
    return {w: r for w, r in roots.items() if len(r) <= 2}


def stem_forms(lemma: str) -> set[str]:
    """The lemma and the spellings a code name may use ("criticize"/"criticise")."""
    out = {lemma}
    if lemma.endswith("ise"):
        out.add(lemma[:-3] + "ize")
    if lemma.endswith("ize"):
        out.add(lemma[:-3] + "ise")
    return out


def senses_file() -> dict:
    import yaml
    with open(DATA / "verb_senses.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def check(verbs: VerbDictionary, rules: Rules) -> list[str]:
    names = codebook()
    stated = senses_file()
    no_default = set(stated.get("no_default") or {})
    checked = set(stated.get("defaults_checked") or {})
    by_word = name_roots(names)
    hand = {r["lemma"] for r in read_tsv(DATA / "verbs_hand.tsv")}
    lines = []
    for v in sorted(verbs.verbs(), key=lambda v: v.lemma):
        if v.code != "---" and v.code not in names:
            lines.append(f"bad-code    {v.lemma}: {v.code} is no CAMEO code")
        if v.code == "---" and v.lemma not in hand and v.lemma not in rules.patterns_only \
                and v.lemma not in no_default:
            other = re.search(r"also line \d+ \([^)]*\[(\d+)\]\)", v.source)
            if other:
                lines.append(f"no-default  {v.lemma}: --- ({v.block}), but {v.source.split('; ')[-1]}")
            # a "---" verb with no pattern is one of PETRARCH's [---] blocks, listed so that
            # the verb is known as a verb: that is its stated reason, not listed
        if v.code == "---" or " " in v.lemma or v.lemma in checked:
            continue
        roots = set().union(*(by_word.get(f, set()) for f in stem_forms(v.lemma)))
        if roots and v.code[:2] not in roots and v.lemma not in rules.patterns_only:
            where = ", ".join(sorted(c for c, n in names.items() if len(c) >= 3 and c[:2] in roots
                                     and set(re.findall(r"[a-z]+", n.lower())) & stem_forms(v.lemma)))
            lines.append(f"disagree    {v.lemma}: default {v.code} ({names.get(v.code, '?')}); "
                         f"the codebook names it in {where}")
    matcher = PatternMatcher(verbs)
    for lemma, after, root in MULTIWORD:
        words = after.split()
        code = None
        for p in verbs.patterns(lemma):
            if not ("%" in p.before or "%" in p.after) and not p.before and \
                    matcher.matches(p, [], words, ({}, {})):
                code = p.code
                break
        v = verbs.verb(lemma)
        if code is None and v is not None and lemma not in rules.patterns_only:
            code = v.code
        if code is None or code == "---" or code[:2] != root:
            lines.append(f"multiword   {lemma} {after}: {code or 'nothing'}, the codebook says {root}")
    return lines


def senses(pred: Path, golds: list[Path]) -> list[str]:
    sys.path.insert(0, str(REPO.parent / "shared" / "gold"))
    import score as S  # the gold folder's scorer
    right, wrong = collections.Counter(), collections.Counter()
    preds = S.load_jsonl(pred)
    for g in golds:
        gold = S.load_jsonl(g)
        ids = {d["doc_id"] for d in gold}
        _, _, false_alarms = S.score(gold, preds)
        bad = set(false_alarms)
        for p in preds:
            pid = p.get("evidence", {}).get("pattern_id", "")
            if p["doc_id"] not in ids or not pid.startswith("verb:"):
                continue
            key = (p["doc_id"], (str(p["code"])[:2], S.actor_key(p["source"], False),
                                 S.actor_key(p["target"], False)))
            (wrong if key in bad else right)[pid[5:]] += 1
    every = collections.Counter()
    for p in preds:
        pid = p.get("evidence", {}).get("pattern_id", "")
        if pid.startswith("verb:"):
            every[pid[5:]] += 1
    return [f"{n:5d} {right[v]:4d} {wrong[v]:4d}  {v}" for v, n in every.most_common()
            if wrong[v] >= right[v]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--senses", nargs="+", metavar="FILE",
                    help="PRED.jsonl then gold files: default-coded verbs, right and wrong")
    a = ap.parse_args(argv)
    if a.senses:
        print("  all right wrong  verb (default-coded events)")
        print("\n".join(senses(Path(a.senses[0]), [Path(g) for g in a.senses[1:]])))
        return 0
    lines = check(VerbDictionary.load(), Rules.load())
    print("\n".join(lines))
    print(f"{len(lines)} findings", file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
