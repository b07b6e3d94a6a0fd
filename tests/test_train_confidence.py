"""scripts/train_confidence.py: the settings it chooses among, the calibration maps, the choice."""
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import train_confidence as T  # noqa: E402

NAMES = ["article_words", "domestic", "source:name", "source_from:named", "target:pronoun", "target_from:context"]


def test_columns_follow_the_setting():
    each = dict(T.GRID[0], origins="each", article=True)
    grouped = dict(T.GRID[0], origins="grouped", article=False)
    assert [n for n, u in zip(NAMES, T.columns(NAMES, each)) if u] == \
        ["article_words", "domestic", "source:name", "target:pronoun"]
    assert [n for n, u in zip(NAMES, T.columns(NAMES, grouped)) if u] == \
        ["domestic", "source_from:named", "target_from:context"]


def _toy(n=160, seed=1):
    """Events of 40 documents in two sets; the first feature makes an event likelier right."""
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 2, size=(n, len(NAMES))).astype(float)
    y = (rng.random(n) < np.where(X[:, 1] > 0, 0.95, 0.7)).astype(int)
    groups = np.array([f"{'a' if i % 2 else 'b'}/{i % 40}" for i in range(n)])
    return X, y, groups


@pytest.mark.parametrize("calibration", ["isotonic", "sigmoid"])
def test_calibration_maps_are_monotone_steps(calibration):
    X, y, groups = _toy()
    lr, steps = T.fit(X, y, groups, dict(T.GRID[0], calibration=calibration))
    xs, ys = zip(*steps)
    assert list(xs) == sorted(xs) and list(ys) == sorted(ys)
    p = T._predict(lr, steps, X)
    assert ((p >= 0.01) & (p <= 0.99)).all()


def test_choice_uses_the_training_events_only_and_returns_a_grid_setting(monkeypatch):
    monkeypatch.setattr(T, "GRID", [dict(T.GRID[0], C=1.0), dict(T.GRID[0], C=0.1, calibration="sigmoid")])
    X, y, groups = _toy()
    setting, scores = T.choose(X, y, groups, NAMES)
    assert setting in T.GRID and len(scores) == 2
    assert scores[T.GRID.index(setting)] == min(scores)
    assert all(0 <= e <= 1 and loss > 0 for e, loss in scores)


def test_worst_set_ece_is_the_highest_of_the_sets():
    p = np.array([0.9, 0.9, 0.5, 0.5])
    y = np.array([1, 1, 1, 0])
    sets = np.array(["a", "a", "b", "b"])
    assert T.worst_set_ece(p, y, sets) == pytest.approx(0.1)


def test_balanced_weights_favour_the_smaller_set_and_average_one():
    groups = np.array(["big/1"] * 9 + ["small/2"])
    w = T.set_weights(groups, True)
    assert w.mean() == pytest.approx(1.0) and w[-1] == pytest.approx(3 * w[0])
    assert (T.set_weights(groups, False) == 1).all()
    X, y, g = _toy()
    lr, steps = T.fit(X, y, g, dict(T.GRID[0], balance=True))
    assert steps and len(lr.coef_[0]) == X.shape[1]
