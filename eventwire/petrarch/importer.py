"""`eventwire dict import` and `dict check`: PETRARCH files of a folder, recognised by name,
converted into the project's own plain files (actors/*.tsv, events/*.tsv, discards.tsv)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EventwireError
from . import actors as actor_format
from . import ontology, phoenix, verbrows, verbs
from .actors import Problem

ACTOR_COLUMNS = {
    "countries": ["phrase", "code", "kind", "name", "source"],
    "organisations": ["phrase", "code", "name", "source"],
    "groups": ["phrase", "code", "name", "source"],
    "people": ["name", "phrase", "code", "start", "end", "source"],
}
KINDS = ("verbs", "actors", "agents", "discards", "issues", "prepositions", "ontology")
# what a file of each kind holds, in the order `dict import` prints it
COUNTED = {"verbs": ("blocks", "verbs", "patterns", "synsets"), "actors": ("actors",), "agents": ("agents",),
           "discards": ("discards",), "issues": ("issues",), "prepositions": ("prepositions",),
           "ontology": ("negations",)}


class DictionaryError(EventwireError, ValueError):
    """A dictionary folder that cannot be used (one line, for the CLI)."""


def classify(folder: Path) -> dict[str, list[Path]]:
    """PETRARCH files of a folder by kind (verbs, actors, agents, discards, issues, prepositions,
    ontology), recognised by name."""
    found: dict[str, list[Path]] = {k: [] for k in KINDS}
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.suffix.lower() not in (".txt", ".dic", ".verbs", ".actors", ""):
            continue
        name = p.name.lower()
        if "ontology" in name or "pico" in name:
            found["ontology"].append(p)
        elif "verb" in name or name.startswith("cameo"):
            found["verbs"].append(p)
        elif "agent" in name:
            found["agents"].append(p)
        elif "actor" in name:
            found["actors"].append(p)
        elif "discard" in name:
            found["discards"].append(p)
        elif "issue" in name:
            found["issues"].append(p)
        elif "preposition" in name:
            found["prepositions"].append(p)
    return found


@dataclass
class FileRead:
    """One dictionary file as read: its rows, what they count, and its problems."""

    path: Path
    kind: str
    rows: dict[str, list] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        """'PETR.Validate.verbs.txt: 268 verbs, 494 patterns, 70 synsets'."""
        return f"{self.path.name}: " + ", ".join(f"{self.counts.get(k, 0)} {k}" for k in COUNTED[self.kind])


def _first_unread_line(fr: FileRead) -> str:
    """The first line of a file that yielded nothing: its first problem, else its first line of text."""
    numbered = [p for p in fr.problems if p.line]
    if numbered:
        p = min(numbered, key=lambda x: x.line)
        return f"line {p.line}: {p.message}"
    for n, raw in enumerate(verbs.read_lines(fr.path), 1):
        s = raw.split("#", 1)[0].strip()
        if s:
            return f"line {n}: {s[:80]!r}"
    return "the file holds no entries"


def read_file(path: Path, kind: str) -> FileRead:
    """Read one file of a kind; a file that yields nothing is a DictionaryError naming it and the
    first line that could not be read."""
    fr = FileRead(path, kind)
    if kind == "actors":
        rows, fr.problems = actor_format.read_actors(path)
        fr.rows = rows
        fr.counts["actors"] = len(actor_format.parse_actor_file(path)) if any(rows.values()) else 0
    elif kind == "agents":
        fr.rows["agents"], fr.problems = actor_format.read_agents(path)
        fr.counts["agents"] = len({r[3] for r in fr.rows["agents"]})   # lines read
    elif kind == "discards":
        fr.rows["discards"], fr.problems = actor_format.read_discards(path)
        fr.counts["discards"] = len(fr.rows["discards"])
    elif kind == "issues":
        fr.rows["issues"], fr.problems = phoenix.read_issues(path)
        fr.counts["issues"] = len({r[4] for r in fr.rows["issues"]})
    elif kind == "prepositions":
        fr.rows["prepositions"], fr.problems = phoenix.read_prepositions(path)
        fr.counts["prepositions"] = len(fr.rows["prepositions"])
    elif kind == "ontology":
        fr.rows["negation"], odd = ontology.read_ontology(path)
        fr.problems = [_verb_problem(path.name, o) for o in odd]
        fr.counts["negations"] = len(fr.rows["negation"])
    else:
        v, pats, syns, stats, odd = verbrows.build(path, None, path.name, path.stem, exact=True)
        fr.rows = {"verbs": v, "patterns": pats, "synsets": syns}
        fr.problems = [_verb_problem(path.name, o) for o in odd if _is_error(o)]
        fr.counts = {"blocks": stats["blocks"], "verbs": stats["verb lines"],
                     "patterns": stats["pattern lines read"], "synsets": stats["synsets"]}
    if not any(fr.counts.values()):
        raise DictionaryError(f"{path}: nothing read from this {kind} file; first line that could not be "
                              f"read: {_first_unread_line(fr)}")
    return fr


def read_folder(src: Path) -> list[FileRead]:
    """Every dictionary file of a folder, read (see read_file)."""
    files = classify(src)
    if not any(files.values()):
        raise DictionaryError(f"{src}: no PETRARCH dictionary files (names with verbs, actors, "
                              "agents, discards, issues or prepositions)")
    return [read_file(p, kind) for kind in KINDS for p in files[kind]]


def _write_tsv(path: Path, columns: list[str], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(columns) + "\n")
        for r in rows:
            fh.write("\t".join(str(c).replace("\t", " ") for c in r) + "\n")
    tmp.replace(path)


def import_dictionaries(src: Path, out: Path, read: list[FileRead] | None = None) -> list[Problem]:
    """Convert the PETRARCH files of ``src`` into the project's layout under ``out``.

    Returns the problems met (file, line, message); entries with problems are left out
    or read as the message says, the rest is written. ``read``: a list to receive each
    file as read (for the per-file counts `dict import` prints).
    """
    files = read_folder(src)
    if read is not None:
        read.extend(files)
    problems: list[Problem] = [p for f in files for p in f.problems]
    of = lambda kind: [f for f in files if f.kind == kind]  # noqa: E731
    actor_rows: dict[str, list[tuple]] = {k: [] for k in ACTOR_COLUMNS}
    seen_phrases: set[tuple] = set()
    for f in of("actors"):
        for kind, lst in f.rows.items():
            for r in lst:
                phrase = r[1] if kind == "people" else r[0]
                key = (kind, phrase, r)
                if key not in seen_phrases:
                    seen_phrases.add(key)
                    actor_rows[kind].append(r)
    for kind, cols in ACTOR_COLUMNS.items():
        _write_tsv(out / "actors" / f"{kind}.tsv", cols, actor_rows[kind])
    rows = lambda kind, key: [r for f in of(kind) for r in f.rows[key]]  # noqa: E731
    _write_tsv(out / "actors" / "agents.tsv", ["phrase", "role", "plural", "source"], rows("agents", "agents"))
    _write_tsv(out / "events" / "verbs.tsv", ["lemma", "forms", "code", "block", "source"], rows("verbs", "verbs"))
    _write_tsv(out / "events" / "verb_patterns.tsv", ["id", "lemma", "before", "after", "code", "source"],
               rows("verbs", "patterns"))
    _write_tsv(out / "events" / "synsets.tsv", ["name", "word", "source"], rows("verbs", "synsets"))
    _write_tsv(out / "discards.tsv", ["phrase", "scope", "source"], rows("discards", "discards"))
    _write_tsv(out / "issues.tsv", ["phrase", "code", "category", "kind", "source"], rows("issues", "issues"))
    _write_tsv(out / "prepositions.tsv", ["word", "source"], rows("prepositions", "prepositions"))
    _write_tsv(out / "events" / "negation.tsv", ["code", "negated", "source"], rows("ontology", "negation"))
    # PETRARCH's semantics for the coder rules (see events/data/modality.yaml for eventwire's own)
    (out / "events" / "modality.yaml").write_text(PETRARCH_MODALITY, encoding="utf-8")
    (out / "events" / "slots.yaml").write_text(PETRARCH_SLOTS, encoding="utf-8")
    _write_tsv(out / "events" / "nouns.tsv", ["noun", "code", "preps", "source"], [])
    _write_tsv(out / "events" / "light_verbs.tsv", ["lemma", "own_code", "source"], [])
    return problems


PETRARCH_MODALITY = """\
# Written by `eventwire dict import`: how the coder reads these PETRARCH dictionaries.
# mode petrarch: a verb takes its pattern's code whatever its tense or mood (no future,
# intent or threat rewriting, no event nouns); a verb negated by its own "not" takes the
# code of its negation from negation.tsv (the PETRARCH coding ontology), else none.
mode: petrarch
uncoded_roots: []
"""

PETRARCH_SLOTS = """\
# Written by `eventwire dict import`: keys here override eventwire's events/data/slots.yaml.
# PETRARCH codes only the actors its patterns and the clause name: no unnamed crowds,
# victims or attackers, no "X said Y must" demands, and "..., an official said" reports nothing;
# a target may sit deep in the verb's object ("welcomed a resumption of ties with X").
default_target_roots: []
unidentified_roots: []
default_victim_roots: []
statement_verbs: []
trailing_reports: false
deep_targets: true
"""


# verb-file oddities that are notes about the conversion, not errors in the dictionary
_NOTES = ("alternatives expanded", "folded into", "compound code", "read as", "names no dictionary verb")


def _is_error(oddity: str) -> bool:
    return not any(n in oddity for n in _NOTES)


def _verb_problem(name: str, oddity: str) -> Problem:
    if oddity.startswith("line "):
        num, _, msg = oddity[5:].partition(": ")
        if num.isdigit():
            return Problem(name, int(num), msg)
    return Problem(name, 0, oddity)


def check(src: Path, read: list[FileRead] | None = None) -> list[Problem]:
    """Errors in a dictionary folder: unreadable lines, bad codes, unknown synsets,
    duplicate patterns and phrases; event codes CAMEO does not define. ``read``: a list to
    receive each file as read."""
    from ..events.codebook import Codebook

    files = read_folder(src)
    if read is not None:
        read.extend(files)
    known = {c.code for c in Codebook.load()}
    problems: list[Problem] = [p for f in files for p in f.problems]
    for f in files:
        if f.kind != "verbs":
            continue
        name = f.path.name
        for r in f.rows["patterns"]:
            if r[4] != "---" and r[4].split(":")[0] not in known:
                line = int(r[0].rsplit(":", 1)[1])
                problems.append(Problem(name, line, f"code [{r[4]}] is not a CAMEO code "
                                        "(kept; it has no Goldstein score or quad class)"))
        for r in f.rows["verbs"]:
            if r[2] != "---" and r[2].split(":")[0] not in known:
                line = int(r[4].split(":", 1)[1].split(";", 1)[0])
                problems.append(Problem(name, line, f"verb {r[0]}: code [{r[2]}] is not a CAMEO code"))
    return sorted(set(problems), key=lambda x: (x.file, x.line, x.message))
