"""English verb inflection for PETRARCH verb entries: the -s, -ed, -ing and irregular forms
PETRARCH leaves to the reader (a verb without {FORMS})."""
from __future__ import annotations

import re

# ---------------------------------------------------------------- inflection

# Common English irregular verbs: base -> irregular past / participle forms.
IRREGULAR = {
    "arise": "arose arisen", "awake": "awoke awoken", "be": "am is are was were been being",
    "bear": "bore borne born", "beat": "beat beaten", "become": "became become",
    "befall": "befell befallen", "begin": "began begun", "behold": "beheld",
    "bend": "bent", "bet": "bet", "bid": "bid bade bidden", "bind": "bound",
    "bite": "bit bitten", "bleed": "bled", "blow": "blew blown", "break": "broke broken",
    "breed": "bred", "bring": "brought", "broadcast": "broadcast broadcasted",
    "build": "built", "burn": "burnt burned", "burst": "burst", "buy": "bought",
    "cast": "cast", "catch": "caught", "choose": "chose chosen", "cling": "clung",
    "come": "came come", "cost": "cost", "creep": "crept", "cut": "cut",
    "deal": "dealt", "dig": "dug", "do": "did done does", "draw": "drew drawn",
    "dream": "dreamt dreamed", "drink": "drank drunk", "drive": "drove driven",
    "dwell": "dwelt", "eat": "ate eaten", "fall": "fell fallen", "feed": "fed",
    "feel": "felt", "fight": "fought", "find": "found", "flee": "fled",
    "fling": "flung", "fly": "flew flown flies", "forbid": "forbade forbidden",
    "forecast": "forecast", "foresee": "foresaw foreseen", "forget": "forgot forgotten",
    "forgive": "forgave forgiven", "forsake": "forsook forsaken", "freeze": "froze frozen",
    "get": "got gotten", "give": "gave given", "go": "went gone goes", "grind": "ground",
    "grow": "grew grown", "hang": "hung hanged", "have": "had has", "hear": "heard",
    "hide": "hid hidden", "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept",
    "kneel": "knelt", "know": "knew known", "lay": "laid", "lead": "led",
    "lean": "leant leaned", "leap": "leapt leaped", "learn": "learnt learned",
    "leave": "left", "lend": "lent", "let": "let", "lie": "lay lain lied lying",
    "light": "lit lighted", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "pay": "paid", "plead": "pled pleaded", "prove": "proved proven",
    "put": "put", "quit": "quit quitted", "read": "read", "rid": "rid", "ride": "rode ridden",
    "ring": "rang rung", "rise": "rose risen", "run": "ran run", "say": "said",
    "see": "saw seen", "seek": "sought", "sell": "sold", "send": "sent", "set": "set",
    "shake": "shook shaken", "shed": "shed", "shine": "shone shined", "shoot": "shot",
    "show": "showed shown", "shrink": "shrank shrunk", "shut": "shut", "sing": "sang sung",
    "sink": "sank sunk", "sit": "sat", "slay": "slew slain", "sleep": "slept",
    "slide": "slid", "sling": "slung", "slit": "slit", "speak": "spoke spoken",
    "speed": "sped speeded", "spend": "spent", "spill": "spilt spilled", "spin": "spun",
    "spit": "spat spit", "split": "split", "spoil": "spoilt spoiled", "spread": "spread",
    "spring": "sprang sprung", "stand": "stood", "steal": "stole stolen", "stick": "stuck",
    "sting": "stung", "stink": "stank stunk", "strike": "struck stricken",
    "string": "strung", "strive": "strove striven strived", "swear": "swore sworn",
    "sweep": "swept", "swell": "swelled swollen", "swim": "swam swum", "swing": "swung",
    "take": "took taken", "teach": "taught", "tear": "tore torn", "tell": "told",
    "think": "thought", "throw": "threw thrown", "thrust": "thrust", "tread": "trod trodden",
    "wake": "woke woken", "wear": "wore worn", "weave": "wove woven", "weep": "wept",
    "wet": "wet wetted", "win": "won", "wind": "wound winded", "wring": "wrung",
    "write": "wrote written",
}
# Prefixes that keep the base verb's irregular forms (over+throw, with+draw, re+take).
IRREG_PREFIXES = ("counter", "under", "over", "with", "fore", "out", "mis", "re", "re-", "up", "un")
# be-forms: inflect multi-word verbs headed by them as "be".
FORM_TO_IRREG_BASE = {f: b for b, fs in IRREGULAR.items() if b == "be" for f in fs.split()}

VOWELS = set("aeiou")
# Final syllables of CVC verbs: stressed ones double (refer -> referred), unstressed
# ones do not (visit -> visited). Others get both spellings.
STRESSED_END = ("fer", "mit", "quit", "wit", "fit", "gret", "bet", "set", "get", "cur",
                "drop", "stop", "crop", "shop", "prop", "chop", "flop", "deter", "inter",
                "aver", "but", "pel", "bel", "trol")
UNSTRESSED_END = ("en", "on", "om", "or", "er", "it", "et", "op", "ut", "im", "in", "ic",
                  "em", "ish", "id", "ad", "ock")


def _syllables(w: str) -> int:
    return max(1, len(re.findall(r"[aeiouy]+", w[1:] if w[:1] == "y" else w)))


def _cvc(w: str) -> bool:
    """Ends consonant-vowel-consonant (candidate for doubling: ship -> shipped)."""
    if len(w) < 3 or not w.isalpha():
        return False
    c3, v, c = w[-3], w[-2], w[-1]
    if c in VOWELS or c in "wxy" or v not in VOWELS:
        return False
    if c3 in VOWELS and not (c3 == "u" and len(w) > 3 and w[-4] == "q"):
        return False
    return True


def irregular_forms(base: str) -> tuple[list[str], bool]:
    """(irregular forms, whether the verb is irregular: in the table, or prefix + table verb)."""
    if base in IRREGULAR:
        return IRREGULAR[base].split(), True
    for p in IRREG_PREFIXES:
        rest = base[len(p):]
        if base.startswith(p) and len(rest) >= 2 and rest in IRREGULAR and rest != "be":
            return [p + f for f in IRREGULAR[rest].split()], True
    return [], False


def regular_forms(base: str) -> set[str]:
    """Generated -s, -ed, -ing forms (a superset: both spellings where unsure)."""
    w = base
    out: set[str] = set()
    if not w or not re.search(r"[a-z]", w):
        return out
    irr, irregular = irregular_forms(w)
    out.update(irr)
    # third person -s (table gives it for be, have, do, go, fly)
    if any(f.endswith("s") for f in irr) or w in ("be", "have"):
        pass
    elif re.search(r"(s|x|z|ch|sh)$", w):
        out.add(w + "es")
    elif re.search(r"[^aeiou]y$", w):
        out.add(w[:-1] + "ies")
    elif w.endswith("o"):
        out.update({w + "es", w + "s"})
    else:
        out.add(w + "s")
    stems = [w]
    if _cvc(w):
        doubled = w + w[-1]
        if _syllables(w) == 1:
            stems = [doubled]
        elif w.endswith(STRESSED_END) or w.endswith("l") or not w.endswith(UNSTRESSED_END):
            stems = [w, doubled]  # unsure of stress (or British -ll): both
    if w.endswith("ic"):
        stems.append(w + "k")  # panic -> panicked
    # past / participle -ed (skipped for table irregulars: no "seed" for "see")
    if not irregular:
        if w.endswith("e"):
            out.add(w + "d")
        elif re.search(r"[^aeiou]y$", w):
            out.add(w[:-1] + "ied")
        else:
            out.update(s + "ed" for s in stems)
    # present participle -ing
    if w.endswith("ie"):
        out.add(w[:-2] + "ying")
    elif re.search(r"(ee|ye|oe)$", w) or w in ("be", "singe", "dye"):
        out.add(w + "ing")
    elif w.endswith("e") and len(w) > 2:
        out.add(w[:-1] + "ing")
    else:
        out.update(s + "ing" for s in stems)
    out.discard(w)
    return out
