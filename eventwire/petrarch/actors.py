"""Read actor, agent and discard dictionaries in the PETRARCH 2 / TABARI formats.

Actors: ``PHRASE [CODE]`` with ``+SYNONYM`` lines after it and, on their own lines,
date-restricted codes ``[CODE <YYMMDD]``, ``[CODE >YYYYMMDD]``, ``[CODE D1-D2]``;
``[A/B]`` a compound code (kept whole), ``[---]`` an actor without a code. Agents:
``PHRASE {PLURAL} [~ROLE]`` (a role after the actor's code) or ``[ROLE~]`` (before
it), with ``!NAME! = A, B`` substitutions. Discards: a phrase that voids its
sentence, or with a leading ``+`` its whole story.

Each reader returns rows for the project's own files (see dictionary.py) and the
problems it met as ``Problem(file, line, message)``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..actors.codes import INTERNATIONAL
_CODE = re.compile(r"\[([^\]\[]*)\]")
_DATE = re.compile(r"^(?:(\d+)-(\d+)|>(\d+)|<(\d+)|(\d+))$")
_CODE_OK = re.compile(r"^(?:[A-Z0-9]{3})+$|^---$|^\+\+\+$|^###$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")
_SUBST = re.compile(r"^(![A-Za-z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def phrase_text(raw: str) -> str:
    """'MINAS_TIRITH' -> 'minas tirith': lowercase, '_' as space, single spaces."""
    text = unicodedata.normalize("NFC", raw).replace("_", " ")
    return " ".join(text.lower().split())


def petr_date(raw: str) -> str:
    """PETRARCH date: YYMMDD (YY <= 30 is 20YY) or YYYYMMDD -> ISO date."""
    if len(raw) <= 7:
        raw = raw.zfill(6)
        yy = int(raw[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return f"{year:04d}-{raw[2:4]}-{raw[4:6]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_code(text: str) -> tuple[str, str | None, str | None, bool]:
    """'IGOUNO >070201' -> (code, start, end, dated); start inclusive, end exclusive."""
    parts = text.split()
    if not parts:
        return "", None, None, False
    code = parts[0]
    rest = "".join(parts[1:])
    if not rest:
        return code, None, None, False
    m = _DATE.match(rest)
    if not m:
        return code, None, None, True  # unreadable date: treat as dated
    a, b, frm, before, single = m.groups()
    if a:
        return code, petr_date(a), petr_date(b), True
    if frm:
        return code, petr_date(frm), None, True
    if before:
        return code, None, petr_date(before), True
    return code, petr_date(single), None, True


def parse_actor_file(path: Path) -> list[dict]:
    """Entries of a PETRARCH actor dictionary: line, phrases (main first), codes."""
    entries: list[dict] = []
    cur = None
    text = path.read_text(encoding="utf-8", errors="replace")
    # comments may span lines; keep the line numbers by blanking them out
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        codes = [parse_code(c) for c in _CODE.findall(line)]
        head = line.split("[", 1)[0].strip()
        if line.startswith("["):
            if cur is not None:
                cur["codes"].extend((c, lineno) for c in codes)
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["phrases"].append((head[1:].strip(), lineno))
                cur["codes"].extend((c, lineno) for c in codes)
            continue
        cur = {"line": lineno, "phrases": [(head, lineno)], "codes": [(c, lineno) for c in codes]}
        entries.append(cur)
    return entries


def read_actors(path: Path) -> tuple[dict[str, list[tuple]], list[Problem]]:
    """Rows for countries/organisations/groups/people TSVs from one actor file.

    A phrase with any dated code is a person (its dated rows first, in file order, then the
    undated default); a bare three-letter code is a country name; IGO/NGO/... codes are
    organisations; anything else a group.
    """
    name = path.name
    rows: dict[str, list[tuple]] = {"countries": [], "organisations": [], "groups": [], "people": []}
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for e in parse_actor_file(path):
        codes = e["codes"]
        main = e["phrases"][0][0]
        display = phrase_text(main).title()
        if not codes:
            problems.append(Problem(name, e["line"], f"actor {main} has no [code]"))
            continue
        for (code, _s, _e, dated), ln in codes:
            for part in code.split("/"):
                if not part or _DATE.match(part):
                    problems.append(Problem(name, ln, f"actor {main}: date restriction without a code"))
                elif not _CODE_OK.match(part.upper()):
                    problems.append(Problem(name, ln, f"actor {main}: bad code [{part}] (codes are "
                                            "groups of three capital letters or digits, or ---)"))
        dated = any(c[0][3] for c in codes)
        src = f"{name}:line {e['line']}"
        for raw, ln in e["phrases"]:
            phrase = phrase_text(raw)
            if not phrase:
                problems.append(Problem(name, ln, "empty actor phrase"))
                continue
            if phrase in seen:
                problems.append(Problem(name, ln, f"duplicate actor phrase {raw!r} (first on line "
                                        f"{seen[phrase]}); the first entry wins"))
                continue
            seen[phrase] = ln
            if dated:
                ordered = [c for c in codes if c[0][3]] + [c for c in codes if not c[0][3]]
                for (code, start, end, _d), _ln in ordered:
                    if code:
                        rows["people"].append((display, phrase, code.upper(), start or "", end or "", src))
                continue
            for (code, _s, _e, _d), _ln in codes:
                code = code.upper()      # "A/B" stays one code, as PETRARCH writes it out
                if not code:
                    continue
                if code.startswith(INTERNATIONAL):
                    rows["organisations"].append((phrase, code, display, src))
                elif len(code) == 3 and code.isalpha():
                    rows["countries"].append((phrase, code, "name", display, src))
                else:
                    rows["groups"].append((phrase, code, display, src))
    return rows, problems


def _plural(phrase: str) -> str | None:
    head, _, last = phrase.rpartition(" ")
    pre = head + " " if head else ""
    if not last.isalpha() or (last.endswith("s") and not last.endswith("ss")):
        return None
    if last.endswith("man"):
        return pre + last[:-3] + "men"
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        return pre + last + "es"
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return pre + last[:-1] + "ies"
    return pre + last + "s"


def read_agents(path: Path) -> tuple[list[tuple], list[Problem]]:
    """Rows (phrase, role, plural yes|no, source) of agents.tsv from one agent file.

    The role keeps PETRARCH's side: ``GOV`` goes after the actor's code, ``NGO~`` before it.
    """
    name = path.name
    subs: dict[str, list[str]] = {}
    out: list[tuple] = []
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)

    def emit(phrase: str, role: str, plural: bool, ln: int) -> None:
        p = phrase_text(phrase)
        if not p:
            return
        if p in seen:
            if not plural:
                problems.append(Problem(name, ln, f"duplicate agent phrase {phrase!r} (first on line "
                                        f"{seen[p]}); the first entry wins"))
            return
        seen[p] = ln
        out.append((p, role, "yes" if plural else "no", f"{name}:line {ln}"))

    for ln, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _SUBST.match(line)
        if m:
            subs[m.group(1).upper()] = [v.strip() for v in m.group(2).split(",") if v.strip()]
            continue
        m = _AGENT.match(line)
        if not m:
            problems.append(Problem(name, ln, f"agent line without [~CODE]: {line!r}"))
            continue
        code = m.group("code").replace(" ", "").upper()
        if code.startswith("~") and _CODE_OK.match(code[1:]):
            role = code[1:]
        elif code.endswith("~") and _CODE_OK.match(code[:-1]):
            role = code
        else:
            problems.append(Problem(name, ln, f"bad agent code [{m.group('code')}] (want [~ROLE] or [ROLE~])"))
            continue
        phrase = m.group("phrase").strip()
        marks = re.findall(r"![A-Za-z]+!", phrase)
        if marks:
            mark = marks[0].upper()
            if mark not in subs:
                problems.append(Problem(name, ln, f"unknown substitution {marks[0]}"))
                continue
            for v in subs[mark]:      # "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ...
                emit(phrase.replace(marks[0], v), role, v.upper().endswith(("S", "MEN")), ln)
            continue
        emit(phrase, role, False, ln)
        explicit = m.group("plural")
        if explicit is not None:            # {} = no plural; {FORMS} = these plurals
            for f in re.split(r"[\s,]+", explicit.strip()):
                if f:
                    emit(f, role, True, ln)
        else:
            pl = _plural(phrase_text(phrase))
            if pl:
                emit(pl, role, True, ln)
    return out, problems


def read_discards(path: Path) -> tuple[list[tuple], list[Problem]]:
    """Rows (phrase, scope sentence|story, source) of discards.tsv from one discard file."""
    name = path.name
    out, problems, seen = [], [], {}
    for ln, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        scope = "story" if line.startswith("+") else "sentence"
        phrase = phrase_text(line.lstrip("+").split(";", 1)[0])
        if not phrase:
            problems.append(Problem(name, ln, "empty discard phrase"))
            continue
        if phrase in seen:
            problems.append(Problem(name, ln, f"duplicate discard {phrase!r} (first on line {seen[phrase]})"))
            continue
        seen[phrase] = ln
        out.append((phrase, scope, f"{name}:line {ln}"))
    return out, problems
