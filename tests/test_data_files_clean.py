"""Every data file a person edits must read as data: no merge-conflict lines left in it (the
TSV readers would take "<<<<<<< HEAD" for a verb or a pattern id)."""
from pathlib import Path

import eventwire

MARKERS = ("<<<<<<<", "=======", ">>>>>>>")


def test_no_merge_conflict_lines_in_data_files():
    root = Path(eventwire.__file__).parent
    bad = [f"{p.relative_to(root)}:{i}" for p in sorted(root.rglob("*"))
           if p.suffix in (".tsv", ".yaml", ".yml", ".json", ".py") and p.is_file()
           for i, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
           if line.startswith(MARKERS)]
    assert not bad, bad
