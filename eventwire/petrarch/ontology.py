"""Negation pairs from a PETRARCH internal coding ontology (PICO) file."""
from __future__ import annotations

import re
from pathlib import Path

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
