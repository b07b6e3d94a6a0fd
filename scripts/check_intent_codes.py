#!/usr/bin/env python3
"""List verb patterns whose code's tense contradicts the verb: a review aid.

CAMEO 03 codes (express intent to ...) are for statements of intent. A pattern that gives an
03 code to a verb of doing ("met for talks" 036, "supplied aircraft" 0332, "discussed
military cooperation" 0312) codes a deed as a promise. The coder already turns a deed under
an intent head ("agreed to meet") into its 03 code (modality.yaml intent_codes), so the
pattern should name the deed. Signing is listed too: GUIDELINES.md codes signing an
agreement as 05 (CAMEO 057 sign formal agreement), whatever the agreement is about.

Lists, from verb_patterns.tsv with verb_patterns_hand.tsv on top:

  intent-on-deed  an 03 code on a verb that is not a verb of saying or intending, with the
                  deed code the codebook pairs with it (0332 -> 072 provide military aid)
  sign-not-057    a "sign" pattern for an agreement whose root is not 05

A row is marked "fixed" when a hand row with the same lemma and words gives another code
(hand rows win at equal specificity). Review the rest; correct plainly wrong ones in
verb_patterns_hand.tsv, citing the codebook (events/data/cameo_codes.tsv).

usage: python scripts/check_intent_codes.py [--all]   (--all also prints the fixed rows)
Exit status 1 when an unfixed row is printed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "eventwire" / "events" / "data"

# verbs whose object or complement is itself a statement of intent or an intended act:
# an 03 code is their right code ("offered aid", "pledged support", "approved a loan")
SAYING_OR_INTENDING = {
    "accept", "agree", "aim", "announce", "approve", "ask", "assure", "back", "call",
    "commit", "consider", "decide", "declare", "draft", "endorse", "ensure", "expect",
    "express", "favor", "favour", "give", "guarantee", "indicate", "intend", "invite",
    "look", "offer", "plan", "pledge", "prepare", "promise", "propose", "raise", "ready",
    "reaffirm", "recommend", "reiterate", "repeat", "request", "schedule", "seek",
    "submit", "support", "tout", "voice", "vote", "vow", "want", "welcome", "assert",
    "see", "report", "set", "set up", "decree", "grant", "order", "push", "exchange",
}

# 03 intent code -> the deed it announces (CAMEO codebook names: "Express intent to X" / "X")
DEED = {
    "031": "060", "0311": "061", "0312": "062", "0313": "063", "0314": "064",
    "032": "050",
    "033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074",
    "034": "083", "0341": "0831", "0342": "0832", "0343": "0833", "0344": "0834",
    "035": "080", "0351": "081", "0352": "082", "0353": "084", "0354": "085",
    "0355": "086", "0356": "087",
    "036": "040", "037": "", "038": "", "039": "045", "030": "",
}

# "sign" patterns for something other than an agreement keep their code
SIGN_NOT_AGREEMENT = ("over", "decree", "contract", "deal with manufacturer", "export",
                      "company", "&ceasefire")


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("id\t"):
            continue
        f = line.split("\t")
        if len(f) >= 5:
            yield {"id": f[0], "lemma": f[1], "before": f[2], "after": f[3], "code": f[4]}


def review(show_all: bool = False) -> list[str]:
    derived = list(rows(DATA / "verb_patterns.tsv"))
    hand = list(rows(DATA / "verb_patterns_hand.tsv"))
    hand_codes = {(r["lemma"], r["before"], r["after"]): r["code"] for r in hand}
    out = []
    for r in derived + hand:
        key = (r["lemma"], r["before"], r["after"])
        kind = want = ""
        if (r["lemma"] == "sign" and not r["code"].startswith("05") and r["code"] != "---"
                and not any(w in (r["before"] + " " + r["after"]) for w in SIGN_NOT_AGREEMENT)):
            kind, want = "sign-not-057", "057"
        elif r["code"].startswith("03") and r["lemma"] not in SAYING_OR_INTENDING:
            kind, want = "intent-on-deed", DEED.get(r["code"], "")
        if not kind:
            continue
        fixed = r["id"].startswith("cameo2:") and hand_codes.get(key, r["code"]) != r["code"]
        if fixed and not show_all:
            continue
        out.append("\t".join([kind, r["id"], r["lemma"], r["before"], r["after"], r["code"],
                              "-> " + (want or "?"),
                              ("fixed by hand " + hand_codes[key]) if fixed else ""]).rstrip())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="also print rows a hand row fixes")
    a = ap.parse_args(argv)
    lines = review(a.all)
    for line in lines:
        print(line)
    return 1 if any("fixed by hand" not in ln for ln in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
