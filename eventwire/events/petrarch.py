"""Read verb dictionaries in the PETRARCH 2 format (CAMEO.2.0.txt and its kin).

A PETRARCH verb file has a synonym-set section (``&NAME`` then ``+MEMBER`` lines) and
verb blocks: ``--- NAME [code] ---``, verb lines ``WORD {FORMS} [code]`` and pattern
lines ``- words * words [code] # VERB``. :func:`build` turns one into the rows of the
project's own files (verbs.tsv, verb_patterns.tsv, synsets.tsv; see patterns.py), with
inflected forms generated for each verb, and lists what it could not read.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

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


# ---------------------------------------------------------------- parsing

CODE_RE = re.compile(r"\[([^\]]*)\]")


def strip_comment(line: str) -> tuple[str, str]:
    """Split off '#' or legacy ';' comments; returns (text, comment)."""
    cut = len(line)
    for ch in "#;":
        i = line.find(ch)
        if i != -1:
            cut = min(cut, i)
    return line[:cut], line[cut:].lstrip("#; \t")


def norm_words(phrase: str) -> list[str]:
    """'+ASK_FOR' -> ['ask', 'for'] (strip '+', split on '_' and spaces)."""
    return [w for w in re.split(r"[_\s]+", phrase.replace("+", " ").strip().lower()) if w]


def first_code(raw: str) -> tuple[str, str]:
    """PETRARCH code text -> (code, note). '042:043' -> '042'; ':173' -> ''."""
    raw = raw.strip()
    note = ""
    first = raw.split(":", 1)[0].strip()
    if ":" in raw:
        note = f"compound code [{raw}], first kept" if first else f"code [{raw}] has no first part"
    if first and first != "---" and not first.isdigit():
        cleaned = re.sub(r"[^0-9]", "", first)
        note = f"code [{raw}] read as {cleaned}"
        first = cleaned
    return first, note


def second_code(raw: str) -> str:
    """'042:043' -> '043': the code of the target's side of a compound code, or ''."""
    parts = raw.split(":")
    return parts[1].strip() if len(parts) == 2 and re.fullmatch(r"\d{2,4}", parts[1].strip()) else ""


@dataclass
class VerbEntry:
    line: int
    words: list[str]          # lemma words, lowercase
    head: int                 # index of the inflected word
    listed: list[list[str]]   # forms given in {...} (words)
    braces: bool              # {...} present (possibly empty)
    own_code: str
    block: str
    block_code: str
    note: str = ""
    own_reverse: str = ""       # "042:043": the target's side of a compound code
    block_reverse: str = ""


@dataclass
class Block:
    line: int
    name: str
    code: str
    note: str
    reverse: str = ""
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # (line, pattern text, rest)


def parse(path: Path):
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[tuple[int, str]]] = {}
    synset_exact: dict[str, bool] = {}
    blocks: list[Block] = []
    oddities: list[str] = []
    section = None
    cur_syn = None
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        s = line.strip()
        if s.startswith("####### SYNONYM SETS") or s.startswith("####### VERB PATTERNS") \
                or s.startswith("######## TRANSFORMATIONS"):
            section = {"S": "syn", "V": "verbs", "T": "trans"}[s.strip("# ")[0]]
            continue
        if not s or s.startswith("#") or section in (None, "trans"):
            continue
        if section == "syn":
            text, _ = strip_comment(s)
            text = text.strip()
            if text.startswith("&"):
                label = text[1:].strip()
                cur_syn = label.rstrip("_").lower()
                synsets.setdefault(cur_syn, [])
                synset_exact[cur_syn] = label.endswith("_")
            elif text.startswith("+") and cur_syn:
                synsets[cur_syn].append((n, text[1:].strip()))
            elif text:
                oddities.append(f"line {n}: unexpected line in synset section: {s!r}")
            continue
        # verb section
        if s.startswith("---"):
            m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", s)
            if not m:
                oddities.append(f"line {n}: unreadable block header {s!r}")
                continue
            code, note = first_code(m.group(2))
            if not code:
                note = f"block code [{m.group(2)}] has no first part: read as ---"
                code = "---"
            if not re.match(r"---\s*\S+\s*\[[^\]]*\]\s+---\s*$", s):
                oddities.append(f"line {n}: irregular block header {s!r}")
            if note:
                oddities.append(f"line {n}: block {m.group(1)}: {note}")
            blocks.append(Block(n, m.group(1), code, note, second_code(m.group(2))))
            continue
        if not blocks:
            oddities.append(f"line {n}: text before first block: {s!r}")
            continue
        blk = blocks[-1]
        if s.startswith("-"):
            blk.patterns.append((n, s[1:], ""))
            continue
        if s.startswith("&"):
            oddities.append(f"line {n}: synset definition inside verb section: {s!r}")
            continue
        # verb line: WORD(S) {forms} [code]
        text, _ = strip_comment(s)
        m = re.match(r"^\s*([^\s{\[]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", text)
        if not m:
            oddities.append(f"line {n}: unreadable verb line {s!r}")
            continue
        phrase, braces, code = m.groups()
        words = norm_words(phrase)
        parts = phrase.split("_")
        head = 0
        if "+" in phrase:
            head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        listed = []
        if braces:
            for f in re.split(r"[\s,]+", braces.strip("{} ")):
                if f:
                    listed.append(norm_words(f))
        note = ""
        own = ""
        if code:
            own, note = first_code(code[1:-1])
            if not own:
                own = "---"
        entry = VerbEntry(n, words, head, listed, braces is not None, own, blk.name, blk.code, note,
                          second_code(code[1:-1]) if code else "", blk.reverse)
        # which word do the listed forms inflect? (WIRE_TAP lists WIRE_TAPS, ...)
        if len(words) > 1 and listed:
            diffs = {i for f in listed if len(f) == len(words)
                     for i, (a, b) in enumerate(zip(f, words)) if a != b}
            if len(diffs) == 1:
                entry.head = diffs.pop()
        blk.verbs.append(entry)
    return synsets, synset_exact, blocks, oddities


def verb_forms(v: VerbEntry) -> list[str]:
    """Base form first, then the other surface forms sorted."""
    base = " ".join(v.words)
    forms = {" ".join(f) for f in v.listed}
    if not (v.braces and not v.listed):  # '{}' means: no other forms
        head = v.words[v.head]
        head_base = FORM_TO_IRREG_BASE.get(head, head) if len(v.words) > 1 else head
        infl = regular_forms(head_base)
        if head_base != head:
            infl.add(head_base)
        for f in infl:
            w = list(v.words)
            w[v.head] = f
            forms.add(" ".join(w))
    forms.discard(base)
    return [base] + sorted(forms)


# ---------------------------------------------------------------- patterns

def _alternatives(t: str) -> list[tuple[str, ...]]:
    """One pattern token -> its alternatives ('A/B'), each as a tuple of words."""
    out = []
    for a in ([a for a in t.split("/") if a] if "/" in t else [t]):
        exact = a.endswith("_") and not a.startswith("&")
        pieces = [p for p in a.strip("_").split("_") if p]
        if a.startswith("&"):
            pieces = ["&" + a[1:].strip("_")]
        if not pieces:
            continue
        if exact:
            pieces[-1] += "_"
        out.append(tuple(p.lower() for p in pieces))
    return out


def _join_group(text: str) -> str:
    """'WITH +' -> 'WITH +', 'NEW &TIETYPES RELATIONS' -> 'NEW=&TIETYPES=RELATIONS': the words
    of a group joined, the slot markers left apart."""
    out: list[list[str]] = [[]]
    for w in text.split():
        if w in ("*", "+", "$", "^", "%"):
            out += [[w], []]
        else:
            out[-1].append(w)
    return " ".join("=".join(g) for g in out if g)


def tokenize_pattern(text: str, contiguous: bool = False) -> list[tuple[list[str], list[str]]] | str:
    """Pattern text (before the code) -> list of (before, after) alternatives, or an error.

    contiguous: words in {braces}, (parentheses) or joined by '_' must follow each other; they
    become one pattern word joined by '=' ("new=&tietypes=relations"). Else every word may
    have others between it and the next.
    """
    if text.count("*") != 1:
        return f"{text.count('*')} '*' in pattern"
    text = text.replace("*", " * ")
    if contiguous:
        text = re.sub(r"[{(]([^})]*)[})]", lambda m: _join_group(m.group(1)), text)
    text = re.sub(r"[{}()]", " ", text)
    toks: list[list] = []
    for t in text.split():
        if t in ("*", "+", "$", "^", "%"):
            toks.append([t])
            continue
        parts = [p for p in t.split("=") if p] if contiguous else [t]
        expanded = []
        for combo in itertools.product(*(_alternatives(p) for p in parts)):
            words = tuple(w for piece in combo for w in piece)
            if not words:
                continue
            expanded.append(("=".join(words),) if contiguous and len(words) > 1 else words)
        if expanded:
            toks.append(expanded)  # list of alternative word tuples
    out = []
    for combo in itertools.product(*toks):
        flat: list[str] = []
        for piece in combo:
            flat.extend(piece if isinstance(piece, tuple) else [piece])
        i = flat.index("*")
        out.append((flat[:i], flat[i + 1:]))
    return out


def resolve_comment_verb(cverb, block_lemmas, block_forms, form_to_lemmas):
    """Lemmas a pattern applies to, from its '# VERB' comment; (targets, how)."""
    if not cverb:
        return list(block_lemmas), "none"
    c = " ".join(norm_words(cverb))
    if c in block_lemmas:
        return [c], "block verb"
    if c in block_forms:
        return [block_forms[c]], "inflected form in block"
    squashed = c.replace(" ", "").replace("-", "")
    for lm in block_lemmas:  # PULLBACK -> pull back
        if lm.replace(" ", "").replace("-", "") == squashed:
            return [lm], "inflected form in block"
    if c in form_to_lemmas:
        return sorted(form_to_lemmas[c]), "verb of another block"
    words = c.split()
    if len(words) > 1 and words[0] in block_forms:  # LAID_DOWN -> lay (down)
        head = block_forms[words[0]]
        whole = " ".join([head] + words[1:])
        if whole in form_to_lemmas:
            return sorted(form_to_lemmas[whole]), "verb of another block"
        return [head], "head word in block"
    return [c], "not a dictionary verb"


def _valid(code: str, valid: set[str] | None) -> bool:
    return code in valid if valid is not None else bool(re.fullmatch(r"\d{2,4}", code))


def build(path: Path, valid: set[str] | None, label: str | None = None, id_prefix: str = "cameo2",
          exact: bool = False):
    """Rows of verbs.tsv, verb_patterns.tsv and synsets.tsv from one PETRARCH verb file.

    ``exact``: keep both sides of a compound code ("042:043": the source's act and the
    target's answer), else only the first. ``valid``: the event codes a code must be one of
    (None: any code of 2-4 digits); ``label`` names the file in the
    rows' source column (default: the file name). Also returns counts and oddities
    ("line N: ...") for `eventwire dict check`.
    """
    SRC = label or path.name
    synsets, synset_exact, blocks, oddities = parse(path)
    stats: Counter = Counter()

    # --- verbs: merge duplicates (first occurrence decides block and code)
    by_lemma: dict[str, list[VerbEntry]] = defaultdict(list)
    order: list[str] = []
    for b in blocks:
        for v in b.verbs:
            lemma = " ".join(v.words)
            if lemma not in by_lemma:
                order.append(lemma)
            by_lemma[lemma].append(v)
    codes: dict[str, str] = {}
    for lemma in order:
        entries = by_lemma[lemma]
        first = entries[0]
        same_block = [e for e in entries if e.block == first.block and e.line >= first.line]
        owner = next((e for e in same_block if e.own_code), None)
        code = owner.own_code if owner else first.block_code
        if code != "---" and not _valid(code, valid):
            oddities.append(f"line {first.line}: verb {lemma} has invalid code {code}: set to ---")
            code = "---"
        reverse = owner.own_reverse if owner else first.block_reverse
        if exact and reverse and code != "---":
            code += ":" + reverse
        codes[lemma] = code
    # entries that are an inflected form of another verb of the same block (LOSING under
    # LOSE) are folded into that verb when the codes agree
    folded: dict[str, str] = {}
    for b in blocks:
        gen = {}
        for v in b.verbs:
            lm = " ".join(v.words)
            for f in verb_forms(v)[1:]:
                gen.setdefault(f, lm)
        for v in b.verbs:
            lm = " ".join(v.words)
            base = gen.get(lm)
            if (base and base != lm and " " not in lm and by_lemma[lm][0].block == b.name
                    and by_lemma[base][0].block == b.name and codes[lm] == codes[base]
                    and base not in folded):
                folded[lm] = base
    for lm, base in sorted(folded.items()):
        oddities.append(f"line {by_lemma[lm][0].line}: verb {lm.upper()} is a form of "
                        f"{base.upper()} (same block): folded into it")
    stats["inflected verb entries folded"] = len(folded)

    verbs_rows = []
    form_to_lemmas: dict[str, set[str]] = defaultdict(set)
    for lemma in order:
        if lemma in folded:
            continue
        entries = by_lemma[lemma]
        first = entries[0]
        forms: list[str] = []
        for e in entries:
            for f in verb_forms(e):
                if f not in forms:
                    forms.append(f)
        extra_src = []
        for lm, base in folded.items():
            if base == lemma:
                for e in by_lemma[lm]:
                    forms.extend(" ".join(f) for f in [e.words] + e.listed)
                extra_src.append(f"{lm.upper()} line {by_lemma[lm][0].line}")
        forms = [forms[0]] + sorted(set(forms[1:]) - {forms[0]})
        src = f"{SRC}:{first.line}"
        if len(entries) > 1:
            stats["duplicate verb lemmas"] += 1
            others = "; ".join(f"line {e.line} ({e.block} [{e.own_code or e.block_code}])"
                               for e in entries[1:])
            src += f"; also {others}"
        if extra_src:
            src += "; inflected entries folded in: " + ", ".join(sorted(extra_src))
        if any(e.note for e in entries):
            src += "; " + "; ".join(e.note for e in entries if e.note)
        for f in forms:
            form_to_lemmas[f].add(lemma)
        verbs_rows.append([lemma, "|".join(forms), codes[lemma], first.block, src])
    verbs_rows.sort(key=lambda r: r[0])

    # --- patterns
    pat_rows = []
    seen: dict[tuple, int] = {}
    unknown_comment_verbs: Counter = Counter()
    for b in blocks:
        block_lemmas = []
        for v in b.verbs:
            lm = " ".join(v.words)
            lm = folded.get(lm, lm)
            if lm not in block_lemmas:
                block_lemmas.append(lm)
        block_forms = {}
        for v in b.verbs:
            lm = " ".join(v.words)
            for f in verb_forms(v):
                block_forms.setdefault(f, folded.get(lm, lm))
        for line, text, _ in b.patterns:
            stats["pattern lines"] += 1
            body, comment = strip_comment(text)
            codes = CODE_RE.findall(body)
            if len(codes) != 1:
                oddities.append(f"line {line}: pattern without one [code]: {text.strip()!r}")
                stats["skipped: no code"] += 1
                continue
            code, cnote = first_code(codes[0])
            if cnote and "read as" in cnote:
                oddities.append(f"line {line}: {cnote}")
            if code != "---" and not _valid(code, valid):
                stats["skipped: invalid code"] += 1
                stats[f"skipped code [{codes[0]}]"] += 1
                oddities.append(f"line {line}: pattern code [{codes[0]}] is not an event code: skipped")
                continue
            if exact and second_code(codes[0]) and code != "---":
                code += ":" + second_code(codes[0])
            ptext = CODE_RE.sub(" ", body)
            undefined = [s for s in re.findall(r"&([A-Za-z0-9_]+)", ptext)
                         if s.rstrip("_").lower() not in synsets]
            if undefined:
                oddities.append(f"line {line}: undefined synset &{undefined[0]}: pattern skipped")
                stats["skipped: undefined synset"] += 1
                continue
            alts = tokenize_pattern(ptext, contiguous=exact)
            if isinstance(alts, str):
                oddities.append(f"line {line}: {alts}: skipped")
                stats["skipped: unreadable"] += 1
                continue
            if len(alts) > 1:
                oddities.append(f"line {line}: '/' alternatives expanded into {len(alts)} patterns")
            # which verb?
            cverb = comment.split()[0] if comment.split() else ""
            if exact:       # "WARN.P2": the verb, then the pattern's label
                cverb = re.match(r"[A-Za-z_+'\-]*", cverb).group(0)
            cverb = re.sub(r"[^A-Za-z_+\-']", "", cverb)
            words = comment.split()
            if not re.fullmatch(r"[A-Z][A-Z_+'\-]+", cverb) or (len(words) > 1 and re.search(r"\d", words[1])):
                cverb = ""      # "# pas 15 Jul 2003", "# -PAS", "# PAS 5/08/14": a coder's initials and date
            src = f"{SRC}:{line}"
            targets, how = resolve_comment_verb(cverb, block_lemmas, block_forms, form_to_lemmas)
            stats[f"comment verb: {how}"] += 1
            if how == "inflected form in block":
                src += f"; comment verb {cverb} read as {targets[0]}"
            elif how == "verb of another block":
                src += f"; comment verb {cverb} is not in block {b.name}"
            elif how == "head word in block":
                src += f"; comment verb {cverb} read as {targets[0]}"
            elif how == "not a dictionary verb":
                src += f"; comment verb {cverb} is not a dictionary verb (pattern kept for it)"
                unknown_comment_verbs[targets[0]] += 1
            elif how == "none":
                src += f"; no comment verb: applied to every verb of block {b.name}"
            if code == "---":
                stats["patterns coded ---"] += 1
            for lemma in targets:
                for before, after in alts:
                    key = (lemma, tuple(before), tuple(after), code)
                    if key in seen:
                        stats["duplicate pattern rows dropped"] += 1
                        if seen[key] != line:
                            oddities.append(f"line {line}: duplicate pattern (same verb, words and code "
                                            f"as line {seen[key]}): dropped")
                        continue
                    seen[key] = line
                    pat_rows.append([f"{id_prefix}:{line}", lemma, " ".join(before), " ".join(after),
                                     code, src])
    for v, k in sorted(unknown_comment_verbs.items()):
        oddities.append(f"comment verb {v!r} names no dictionary verb: {k} pattern lines kept for it")
    # conflicting codes for the same verb + pattern words
    by_words = defaultdict(set)
    for r in pat_rows:
        by_words[(r[1], r[2], r[3])].add(r[4])
    stats["pattern word sets with conflicting codes"] = sum(len(c) > 1 for c in by_words.values())

    # --- synsets
    syn_rows = []
    for name in sorted(synsets):
        members = []
        for line, phrase in synsets[name]:
            exact = phrase.endswith("_") or synset_exact[name]
            words = [w for w in re.split(r"[_\s]+", phrase.strip("_ ").lower()) if w]
            if not words:
                continue
            base = " ".join(words)
            cand = [base + ("_" if exact else "")]
            if not exact and re.search(r"[^aeiou]y$", words[-1]):
                cand.append(" ".join(words[:-1] + [words[-1][:-1] + "ies"]))  # army -> armies
            for c in cand:
                if c not in members:
                    members.append(c)
                    syn_rows.append([name, c, f"{SRC}:{line}"])
                else:
                    stats["duplicate synset members dropped"] += 1
    return verbs_rows, pat_rows, syn_rows, stats, oddities


# ---------------------------------------------------------------- coding ontology (negation)

_NOT = 0xFFFF        # PICO writes "not X" as X + 0xFFFF or X - 0xFFFF


def _pico_value(expr: str) -> int | None:
    """'-0xFFFF+0x0070' -> -65423; '0x1007f' -> 65663; None if unreadable."""
    terms = re.findall(r"([+-]?)\s*(0x[0-9a-fA-F]+|\d+)", expr)
    if not terms or re.sub(r"[+\-\s]|0x[0-9a-fA-F]+|\d+", "", expr):
        return None
    return sum((-1 if sign == "-" else 1) * int(num, 16 if num.lower().startswith("0x") else 10)
               for sign, num in terms)


def read_ontology(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Negation pairs from a PETRARCH internal coding ontology (PICO) file.

    Lines read ``CODE:VALUE#comment``; a value X + 0xFFFF (or X - 0xFFFF) means "not X".
    Returns rows (code, negated code, source) both ways, first code in file order winning,
    and oddities ("line N: ...").
    """
    values: list[tuple[str, int, int]] = []
    oddities: list[str] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        code, _, rest = line.partition(":")
        code = code.strip()
        if not re.fullmatch(r"\d{2,4}", code):
            continue
        value = _pico_value(rest.split("#", 1)[0])
        if value is None:
            oddities.append(f"line {n}: unreadable value {rest.strip()!r}")
            continue
        values.append((code, value, n))
    plain: dict[int, tuple[str, int]] = {}
    for code, v, n in values:
        if 0 <= v < _NOT:
            plain.setdefault(v, (code, n))
    rows, seen = [], set()
    for code, v, n in values:
        if 0 <= v < _NOT:
            continue
        base = v - _NOT if v >= _NOT else v + _NOT
        if base in plain:
            pos, pn = plain[base]
            for a, b, line in ((code, pos, n), (pos, code, pn)):
                if a not in seen:
                    seen.add(a)
                    rows.append((a, b, f"{path.name}:line {line}"))
    return rows, oddities
