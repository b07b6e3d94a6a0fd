"""Read the Phoenix issue and preposition files (Phoenix.IssueCoding.txt, Phoenix.prepositions.txt).

Issues: ``<ISSUE CATEGORY="...">`` sections of ``PHRASE [CODE]`` lines, where ``n:WORD`` stands
for the noun and its plural, ``v:WORD`` for the verb and its -s, -ed, -ing forms and ``A+B`` for
"A B" and "A-B"; ``~PHRASE`` (``~~PHRASE``) keeps a sentence (story) holding it from issue coding.
Prepositions: one word a line. eventwire codes no issues; the rows are imported so that an
analyst can read them, and ``dict check`` reports their problems.
"""
from __future__ import annotations

import re
from pathlib import Path

from .actors import Problem, phrase_text
from .verbs import read_lines

_CATEGORY = re.compile(r'<ISSUE\b[^>]*CATEGORY\s*=\s*"([^"]*)"', re.I)


def _forms(phrase: str) -> list[str]:
    """'n:bachelor n:degree' -> every combination of each marked word's forms."""
    out = [[]]
    for w in phrase.split():
        low = w.lower()
        if low.startswith("n:"):
            b = low[2:]
            alts = [b, b[:-1] + "ies" if b.endswith("y") else b + "s"]
        elif low.startswith("v:"):
            b = low[2:]
            alts = [b, b + "s", b + "d" if b.endswith("e") else b + "ed", (b[:-1] if b.endswith("e") else b) + "ing"]
        else:
            alts = [low]
        out = [o + [a] for o in out for a in alts]
    forms = []
    for words in out:
        text = " ".join(words)
        for f in ([text.replace("+", " "), text.replace("+", "-")] if "+" in text else [text]):
            if f not in forms:
                forms.append(" ".join(f.split()))
    return forms


def read_issues(path: Path) -> tuple[list[tuple], list[Problem]]:
    """Rows (phrase, code, category, kind issue|ignore sentence|ignore story, source)."""
    name, rows, problems, category = path.name, [], [], ""
    for ln, raw in enumerate(read_lines(path), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _CATEGORY.match(line)
        if m:
            category = m.group(1)
            continue
        if re.match(r"</?ISSUE", line, re.I):
            continue
        if line.startswith("~"):
            kind = "ignore story" if line.startswith("~~") else "ignore sentence"
            phrase = phrase_text(line.lstrip("~"))
            if phrase:
                rows.append((phrase, "", category, kind, f"{name}:line {ln}"))
            continue
        # PHRASE [CODE], sometimes two on a line ("a [X]b [X]") or a code repeated ("a [X] [X]")
        entries = re.findall(r"\s*([^\[\]]*?)\s*\[([^\]\s]+)\]", line)
        if not entries or re.sub(r"\s*[^\[\]]*?\s*\[[^\]\s]+\]", "", line).strip():
            problems.append(Problem(name, ln, f"issue line without PHRASE [CODE]: {line!r}"))
            continue
        for phrase, code in entries:
            for f in _forms(phrase) if phrase else []:
                rows.append((f, code, category, "issue", f"{name}:line {ln}"))
    return rows, problems


def read_prepositions(path: Path) -> tuple[list[tuple], list[Problem]]:
    """Rows (word, source): one preposition a line."""
    name, rows, problems, seen = path.name, [], [], {}
    for ln, raw in enumerate(read_lines(path), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not re.fullmatch(r"[^\W\d_][\w' -]*", line):
            problems.append(Problem(name, ln, f"not a preposition: {line!r}"))
            continue
        word = phrase_text(line)
        if word in seen:
            problems.append(Problem(name, ln, f"duplicate preposition {word!r} (first on line {seen[word]})"))
            continue
        seen[word] = ln
        rows.append((word, f"{name}:line {ln}"))
    return rows, problems
