"""Dictionary sets: the project's own files, or PETRARCH 2 / TABARI dictionaries from a folder.

A folder given to ``eventwire code --dictionaries DIR`` may hold:

- PETRARCH files, recognised by name: ``*verbs*`` or ``CAMEO*`` (verb patterns and
  synsets), ``*actors*``, ``*agents*``, ``*discards*``. They are converted into the
  project's own plain files (:func:`import_dictionaries`) in a cache folder keyed by
  their content, so a second run starts at once.
- the project's own layout: ``actors/*.tsv``, ``events/*.tsv`` (verbs.tsv,
  verb_patterns.tsv, synsets.tsv and the hand files) and ``discards.tsv``, as written
  by ``eventwire dict import``.

With ``mode="replace"`` only the folder's dictionaries are used; with ``"add"`` its
entries come first and the project's fill in what it lacks.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .actors import petrarch as actor_format
from .errors import EventwireError
from .actors.petrarch import Problem
from .events import petrarch as verb_format

ACTOR_COLUMNS = {
    "countries": ["phrase", "code", "kind", "name", "source"],
    "organisations": ["phrase", "code", "name", "source"],
    "groups": ["phrase", "code", "name", "source"],
    "people": ["name", "phrase", "code", "start", "end", "source"],
}
KINDS = ("verbs", "actors", "agents", "discards", "ontology")


class DictionaryError(EventwireError, ValueError):
    """A dictionary folder that cannot be used (one line, for the CLI)."""


@dataclass
class DictionarySet:
    """Where the coder reads its dictionaries from."""

    actor_dirs: list[Path] = field(default_factory=list)     # first wins
    verb_dirs: list[Path] = field(default_factory=list)      # later override earlier
    discards: list[tuple[str, str, str]] = field(default_factory=list)   # (phrase, scope, source)
    replace: bool = False
    origin: str = ""
    fingerprint: str = ""

    def version(self, own: str) -> str:
        """The dictionary version a store records: the set's content hash (with the project's
        own version when the set adds to it)."""
        return f"{self.fingerprint}" if self.replace else f"{own}+{self.fingerprint}"


class Discards:
    """Phrases that void a sentence (or, scope "story", the whole document)."""

    def __init__(self, rows):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, scope, *_ in rows:
            words = tuple(phrase.split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, scope))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, words: list[str]) -> str | None:
        """'story' or 'sentence' when the lowercase words contain a discard phrase, else None."""
        found = None
        for i, w in enumerate(words):
            for phrase, scope in self._by_first.get(w, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    if scope == "story":
                        return scope
                    found = scope
        return found


def classify(folder: Path) -> dict[str, list[Path]]:
    """PETRARCH files of a folder by kind (verbs, actors, agents, discards)."""
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
    return found


def _is_project_layout(folder: Path) -> bool:
    return (folder / "actors").is_dir() or (folder / "events").is_dir()


def _write_tsv(path: Path, columns: list[str], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(columns) + "\n")
        for r in rows:
            fh.write("\t".join(str(c).replace("\t", " ") for c in r) + "\n")
    tmp.replace(path)


def import_dictionaries(src: Path, out: Path) -> list[Problem]:
    """Convert the PETRARCH files of ``src`` into the project's layout under ``out``.

    Returns the problems met (file, line, message); entries with problems are left out
    or read as the message says, the rest is written.
    """
    files = classify(src)
    if not any(files.values()):
        raise DictionaryError(f"{src}: no PETRARCH dictionary files (names with verbs, actors, "
                              "agents or discards)")
    problems: list[Problem] = []
    actor_rows: dict[str, list[tuple]] = {k: [] for k in ACTOR_COLUMNS}
    seen_phrases: set[str] = set()
    for p in files["actors"]:
        rows, probs = actor_format.read_actors(p)
        problems += probs
        for kind, lst in rows.items():
            for r in lst:
                phrase = r[1] if kind == "people" else r[0]
                key = (kind, phrase, r)
                if key not in seen_phrases:
                    seen_phrases.add(key)
                    actor_rows[kind].append(r)
    for kind, cols in ACTOR_COLUMNS.items():
        _write_tsv(out / "actors" / f"{kind}.tsv", cols, actor_rows[kind])
    agents: list[tuple] = []
    for p in files["agents"]:
        rows, probs = actor_format.read_agents(p)
        problems += probs
        agents += rows
    _write_tsv(out / "actors" / "agents.tsv", ["phrase", "role", "plural", "source"], agents)
    verbs, patterns, synsets = [], [], []
    for p in files["verbs"]:
        v, pats, syns, _stats, odd = verb_format.build(p, None, p.name, p.stem, exact=True)
        verbs += v
        patterns += pats
        synsets += syns
        problems += [_verb_problem(p.name, o) for o in odd if _is_error(o)]
    _write_tsv(out / "events" / "verbs.tsv", ["lemma", "forms", "code", "block", "source"], verbs)
    _write_tsv(out / "events" / "verb_patterns.tsv", ["id", "lemma", "before", "after", "code", "source"],
               patterns)
    _write_tsv(out / "events" / "synsets.tsv", ["name", "word", "source"], synsets)
    discards: list[tuple] = []
    for p in files["discards"]:
        rows, probs = actor_format.read_discards(p)
        problems += probs
        discards += rows
    _write_tsv(out / "discards.tsv", ["phrase", "scope", "source"], discards)
    negation = []
    for p in files["ontology"]:
        rows, odd = verb_format.read_ontology(p)
        negation += rows
        problems += [_verb_problem(p.name, o) for o in odd]
    _write_tsv(out / "events" / "negation.tsv", ["code", "negated", "source"], negation)
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


def check(src: Path) -> list[Problem]:
    """Errors in a dictionary folder: unreadable lines, bad codes, unknown synsets,
    duplicate patterns and phrases; event codes CAMEO does not define."""
    from .events.codebook import Codebook

    files = classify(src)
    if not any(files.values()):
        raise DictionaryError(f"{src}: no PETRARCH dictionary files (names with verbs, actors, "
                              "agents or discards)")
    known = {c.code for c in Codebook.load()}
    problems: list[Problem] = []
    for p in files["actors"]:
        problems += actor_format.read_actors(p)[1]
    for p in files["agents"]:
        problems += actor_format.read_agents(p)[1]
    for p in files["discards"]:
        problems += actor_format.read_discards(p)[1]
    for p in files["verbs"]:
        verbs, patterns, _syn, _stats, odd = verb_format.build(p, None, p.name, p.stem, exact=True)
        problems += [_verb_problem(p.name, o) for o in odd if _is_error(o)]
        for r in patterns:
            if r[4] != "---" and r[4].split(":")[0] not in known:
                line = int(r[0].rsplit(":", 1)[1])
                problems.append(Problem(p.name, line, f"code [{r[4]}] is not a CAMEO code "
                                        "(kept; it has no Goldstein score or quad class)"))
        for r in verbs:
            if r[2] != "---" and r[2].split(":")[0] not in known:
                line = int(r[4].split(":", 1)[1].split(";", 1)[0])
                problems.append(Problem(p.name, line, f"verb {r[0]}: code [{r[2]}] is not a CAMEO code"))
    return sorted(set(problems), key=lambda x: (x.file, x.line, x.message))


def _fingerprint(files: list[Path]) -> str:
    """Content hash of the dictionary files and of the code that converts them."""
    h = hashlib.sha256()
    for p in [Path(actor_format.__file__), Path(verb_format.__file__), Path(__file__)] + files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire" / "dictionaries"


def prepare(folder: str | Path, mode: str = "replace") -> DictionarySet:
    """The dictionary set a folder describes (PETRARCH files are imported once, then cached)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DictionaryError(f"{folder}: not a folder of dictionaries")
    if mode not in ("replace", "add"):
        raise DictionaryError(f"dictionary mode must be replace or add, not {mode!r}")
    if _is_project_layout(folder):
        root = folder
        fingerprint = _fingerprint([p for p in sorted(folder.rglob("*.tsv"))])
    else:
        files = [p for lst in classify(folder).values() for p in lst]
        if not files:
            raise DictionaryError(f"{folder}: no dictionaries (PETRARCH files named *verbs*, *actors*, "
                                  "*agents*, *discards*, or the folders actors/ and events/)")
        fingerprint = _fingerprint(files)
        root = cache_root() / fingerprint
        if not (root / "discards.tsv").exists():
            tmp = root.with_name(root.name + f".tmp{os.getpid()}")
            import_dictionaries(folder, tmp)
            try:
                tmp.rename(root)
            except OSError:          # another process imported it first
                import shutil
                shutil.rmtree(tmp, ignore_errors=True)
    discards = []
    if (root / "discards.tsv").exists():
        lines = (root / "discards.tsv").read_text(encoding="utf-8").splitlines()[1:]
        discards = [tuple(ln.split("\t")[:3]) for ln in lines if ln.strip()]
    actor_dirs = [root / "actors"] if (root / "actors").is_dir() else []
    verb_dirs = [root / "events"] if (root / "events").is_dir() else []
    return DictionarySet(actor_dirs, verb_dirs, discards, replace=(mode == "replace"), origin=str(folder),
                         fingerprint=fingerprint)
