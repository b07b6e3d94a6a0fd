"""One table of protest nouns (events/data/protest_nouns.tsv) read by every module that lists
them: held.py, dissent.py, police.py, groups.py."""
from __future__ import annotations

import pytest

from eventwire.events import dissent, groups, held, police, protest_nouns


def test_columns_hold_flags_and_protest_codes():
    for row in protest_nouns.rows():
        assert all(row[use] in ("", "1") for use in protest_nouns.USES), row
        assert row["note"] == "" or row["note"].startswith("14"), row


def test_every_module_reads_the_one_table():
    assert dissent.DISSENT_NOUNS == protest_nouns.nouns("ended")
    assert police.PROTEST_HEADS == protest_nouns.nouns("cause")
    assert held.PEOPLES_PROTESTS == protest_nouns.nouns("people")
    assert held.PROTESTERS == protest_nouns.nouns("doer")
    assert groups.PROTEST_WORDS == protest_nouns.words()
    assert set(held.NOUNS) <= {r["noun"] for r in protest_nouns.rows()}


def test_lists_as_before():
    # a protest called off, only people's protests, a note's nouns: as the modules listed them
    assert {"strike", "sit-in", "boycott", "walkout"} <= protest_nouns.nouns("ended")
    assert "rally" not in protest_nouns.nouns("people")        # "stocks staged a rally"
    assert "strike" not in held.NOUNS and held.NOUNS["riot"].code == "145"
    assert {"protesters", "rallies"} <= protest_nouns.words() and "strike" not in protest_nouns.words()


def test_unknown_use_is_an_error():
    with pytest.raises(KeyError):
        protest_nouns.nouns("vigil")
