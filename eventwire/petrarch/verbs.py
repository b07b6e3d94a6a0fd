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
from dataclasses import dataclass, field
from pathlib import Path

from .inflect import FORM_TO_IRREG_BASE, regular_forms

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


SECTION_RE = re.compile(r"^#{6,}\s*(SYNONYM SETS|VERB PATTERNS|TRANSFORMATIONS)")


def read_lines(path: Path) -> list[str]:
    """The file's lines with ``<!-- -->`` comments blanked out (they may span lines; the line
    numbers stay those of the file)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return text.splitlines()


def parse(path: Path):
    """(synsets, synset_exact, blocks, oddities) of one verb file.

    A file with PETRARCH 2's section headers (``####### SYNONYM SETS #######``, ``VERB
    PATTERNS``, ``TRANSFORMATIONS``) is read section by section; a file without them (as
    PETR.Validate.verbs.txt ships) mixes synset definitions and verb blocks: a ``&NAME`` line
    opens a synset whose ``+MEMBER`` lines follow it, a ``--- NAME [code] ---`` line a block.
    """
    lines = read_lines(path)
    sectioned = any(SECTION_RE.match(ln.strip()) for ln in lines)
    synsets: dict[str, list[tuple[int, str]]] = {}
    synset_exact: dict[str, bool] = {}
    blocks: list[Block] = []
    oddities: list[str] = []
    section = None if sectioned else "mixed"
    cur_syn = None
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        s = line.strip()
        m = SECTION_RE.match(s)
        if m:
            section = {"S": "syn", "V": "verbs", "T": "trans"}[m.group(1)[0]]
            continue
        if not s or s.startswith("#") or section in (None, "trans"):
            continue
        if section == "mixed" and (s.startswith("&") or (s.startswith("+") and cur_syn)):
            section_now = "syn"
        else:
            section_now = section
            if section == "mixed":
                cur_syn = None
        if section_now == "syn":
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
            m = re.match(r"---\s*([^\[\]\s](?:[^\[\]]*[^\[\]\s])?)\s*\[([^\]]*)\]", s)
            if not m:
                oddities.append(f"line {n}: unreadable block header {s!r}")
                continue
            code, note = first_code(m.group(2))
            if not code:
                note = f"block code [{m.group(2)}] has no first part: read as ---"
                code = "---"
            if not re.match(r"---\s*[^\[\]]+\[[^\]]*\]\s+---\s*$", s):
                oddities.append(f"line {n}: irregular block header {s!r}")
            if note:
                oddities.append(f"line {n}: block {m.group(1)}: {note}")
            blocks.append(Block(n, "_".join(m.group(1).split()), code, note, second_code(m.group(2))))
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
        m = re.match(r"^\s*([^\s{\[]+(?:\s+[A-Za-z][\w+'.-]*)*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", text)
        if not m:
            oddities.append(f"line {n}: unreadable verb line {s!r}")
            continue
        phrase, braces, code = m.groups()
        if " " in phrase:       # "LASH OUT": the words of one verb, as LASH_OUT writes them
            phrase = "_".join(phrase.split())
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

def _synset_pieces(pieces: list[str], names) -> list[str]:
    """'&TIETYPES', 'RELATIONS' stay apart, '&FIGHT', 'OF', 'WORDS' join: after a '&' piece the
    longest run of pieces that names a defined synset is the synset, the rest are words."""
    out, i = [], 0
    while i < len(pieces):
        p = pieces[i]
        if p.startswith("&"):
            for j in range(len(pieces), i, -1):
                if "_".join(pieces[i:j])[1:].lower() in names:
                    out.append("_".join(pieces[i:j]))
                    i = j
                    break
            else:
                out.append(p)
                i += 1
            continue
        out.append(p)
        i += 1
    return out


def _alternatives(t: str, names=None) -> list[tuple[str, ...]]:
    """One pattern token -> its alternatives ('A/B'), each as a tuple of words. ``names``: the
    file's synset names (lowercase), to tell '&NAME_WORD' (a synset, then a word) from a synset
    whose name holds '_'; without them a token opening with '&' is one synset."""
    out = []
    for a in ([a for a in t.split("/") if a] if "/" in t else [t]):
        exact = a.endswith("_") and not a.startswith("&")
        pieces = [p for p in a.strip("_").split("_") if p]
        if a.startswith("&") and names is None:
            pieces = ["&" + a[1:].strip("_")]
        elif names is not None:
            pieces = _synset_pieces(pieces, names)
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


def tokenize_pattern(text: str, contiguous: bool = False, names=None) -> list[tuple[list[str], list[str]]] | str:
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
        for combo in itertools.product(*(_alternatives(p, names) for p in parts)):
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
