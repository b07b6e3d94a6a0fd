#!/usr/bin/env python3
"""Train, calibrate and report eventwire's event confidence (eventwire/events/confidence.py).

1. Codes every dyadic DEV gold set (seeds, dev_plover, dev_probes, dev_news, dev_longform) with
   the current coder and labels each coded event: right when it matches a gold event (required
   or optional) of its document on root and both actors' countries, as ../shared/gold/score.py
   compares them. Events score.py ignores (no target, the same code on both sides) are left out.
2. Chooses the model's setting (GRID below: regularisation, actor origins one by one or in three
   groups, with or without the article's length, isotonic or sigmoid calibration map, events
   weighted equally or each gold set by 1 / sqrt of its size) by
   cross-validation grouped by document on the training events only: the setting with the lowest
   worst-set expected calibration error (10 equal-width bins), ties broken by log loss.
3. Held-out figures: 5-fold cross-validation grouped by document over the pooled sets, so no
   event is scored by a model that saw its document; each outer fold repeats step 2 on its own
   training events (nested), then fits a logistic regression (scikit-learn) and its calibration
   map on the fold's own inner cross-validated scores.
   Reported: expected calibration error pooled and per set, precision and
   recall (score.py's) of the events kept at each threshold, and the default threshold: the
   lowest one at which held-out precision is at least 0.85 on dev_news and on dev_longform.
4. With --write-model: chooses and fits the same on everything and writes
   eventwire/events/data/confidence.json (weights, calibration steps, threshold, the setting, the
   held-out figures).
5. With --report DIR: writes DIR/calibration.md (the figures) and DIR/calibration.png (the
   reliability plot, matplotlib).

Training data is the gold sets' text and answers; the model file holds only weights and figures.

    python scripts/train_confidence.py --gold ../shared/gold --write-model --report docs
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events.confidence import ConfidenceModel, features  # noqa: E402

SETS = ("seeds", "dev_plover", "dev_probes", "dev_news", "dev_longform")
TARGET_SETS = ("dev_news", "dev_longform")
TARGET_PRECISION = 0.85
FOLDS = 5


def load_scorer(gold_dir: Path):
    sys.path.insert(0, str(gold_dir))
    import score  # the gold sets' own scorer
    return score


def code_sets(gold_dir: Path, sets) -> tuple[list[dict], dict]:
    """Code each set; one row per coded event: set, doc_id, features, its prediction line."""
    from eventwire.pipeline import Coder
    from eventwire.records import Document

    coder = Coder()
    rows, gold = [], {}
    for name in sets:
        docs = [json.loads(x) for x in open(gold_dir / f"{name}.jsonl", encoding="utf-8") if x.strip()]
        gold[name] = docs
        inputs = [Document(doc_id=d["doc_id"], text=d["text"], date=d.get("date")) for d in docs]
        for doc, events in coder.code(inputs):
            for e in events:
                rows.append({"set": name, "doc_id": doc.doc_id, "f": features(e, doc.date, len(doc.text.split())), "pred": e.to_json()})
        print(f"coded {name}: {len(docs)} documents", file=sys.stderr)
    return rows, gold


def label(rows, gold, score) -> list[dict]:
    """Keep the rows score.py reads; label each 1 when score.py counts it correct."""
    out = []
    for name, docs in gold.items():
        mine = [r for r in rows if r["set"] == name]
        by_doc = {d["doc_id"]: d for d in docs}
        for r in mine:
            p = r["pred"]
            if score.full_code(p["source"]) == score.full_code(p["target"]) or not p["target"]:
                continue
            _, _, false_alarms = score.score([by_doc[r["doc_id"]]], [p])
            r["y"] = 0 if false_alarms else 1
            out.append(r)
    return out


def vectorise(rows, names=None):
    if names is None:
        names = sorted({k for r in rows for k in r["f"]})
    index = {k: i for i, k in enumerate(names)}
    X = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r["f"].items():
            if k in index:
                X[i, index[k]] = v
    return X, names


# The settings the training chooses among (session 30; the "balance" option was added after a
# first nested run had been read, see docs/calibration.md). Each is scored on the training
# events only (inner folds grouped by document): the lowest worst-set calibration error wins,
# ties broken by log loss. The held-out figures repeat that choice inside every
# outer fold, so they measure the whole procedure, choice included (nested cross-validation).
#   C            inverse regularisation of the logistic regression (about 35 wrong events in all)
#   origins      "each": one feature per actor origin (15 a side); "grouped": three groups a side
#                (confidence.ORIGIN_GROUPS), fewer weights for the few wrong events to fit
#   article      with or without article_words: the article's length mostly tells which gold set
#                an event comes from (probes 9 words, plover 25, news 165, longform 760)
#   calibration  "isotonic" steps, or "sigmoid" (Platt: two parameters, smoother on the few low scores)
#   balance      weigh each event by 1 / sqrt(events of its gold set), so dev_news (half the events,
#                two thirds of the wrong ones) does not set every weight alone
GRID = [{"C": c, "origins": o, "article": a, "calibration": cal, "balance": b}
        for b in (False, True) for c in (1.0, 0.3, 0.1) for o in ("each", "grouped") for a in (True, False)
        for cal in ("isotonic", "sigmoid")]


def set_weights(groups, balance: bool) -> np.ndarray:
    """Per-event weights (mean 1): 1 / sqrt(events of its set) when balancing, else all 1.
    Groups are "set/doc_id"."""
    sets = np.array([g.split("/")[0] for g in groups])
    if not balance:
        return np.ones(len(sets))
    n = {s: (sets == s).sum() for s in set(sets)}
    w = np.array([1 / np.sqrt(n[s]) for s in sets])
    return w / w.mean()


def columns(names, setting) -> np.ndarray:
    """Which feature columns a setting uses."""
    def used(n):
        kind = n.split(":")[0]
        if kind in ("source", "target"):
            return setting["origins"] == "each"
        if kind in ("source_from", "target_from"):
            return setting["origins"] == "grouped"
        return setting["article"] or n != "article_words"
    return np.array([used(n) for n in names])


def _logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit_maps(X, y, groups, setting=None):
    """Logistic weights, then each calibration map fitted on inner held-out scores, as steps
    (raw probability, calibrated): {"isotonic": steps, "sigmoid": the Platt sigmoid sampled finely}."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    setting = setting or GRID[0]
    c = setting["C"]
    w = set_weights(groups, setting.get("balance", False))
    inner = np.zeros(len(y))
    k = min(FOLDS, len(set(groups)))
    for tr, te in GroupKFold(n_splits=k).split(X, y, groups):
        lr = LogisticRegression(C=c, max_iter=2000).fit(X[tr], y[tr], sample_weight=w[tr])
        inner[te] = lr.predict_proba(X[te])[:, 1]
    lr = LogisticRegression(C=c, max_iter=2000).fit(X, y, sample_weight=w)
    platt = LogisticRegression(C=1e6, max_iter=2000).fit(_logit(inner)[:, None], y, sample_weight=w)
    zs = np.linspace(-8, 10, 73)
    sigmoid = list(zip((1 / (1 + np.exp(-zs))).tolist(), platt.predict_proba(zs[:, None])[:, 1].tolist()))
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(inner, y, sample_weight=w)
    isotonic = [(float(a), float(b)) for a, b in zip(iso.X_thresholds_, iso.y_thresholds_)]
    return lr, {"isotonic": isotonic, "sigmoid": sigmoid}


def fit(X, y, groups, setting=None):
    """Logistic weights and the setting's calibration steps."""
    setting = setting or GRID[0]
    lr, maps = fit_maps(X, y, groups, setting)
    return lr, maps[setting["calibration"]]


def _predict(lr, steps, X) -> np.ndarray:
    m = ConfidenceModel(float(lr.intercept_[0]), {}, steps=steps)
    return np.array([m.calibrate(q) for q in lr.predict_proba(X)[:, 1]])


def log_loss(p, y) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def worst_set_ece(p, y, sets) -> float:
    """The highest expected calibration error over the gold sets: the figure issue 16 bounds."""
    return max(ece(p[sets == s], y[sets == s]) for s in set(sets))


def choose(X, y, groups, names) -> tuple[dict, list]:
    """The setting of GRID whose cross-validated scores on these events (folds grouped by
    document) have the lowest worst-set ECE (ties: the lower log loss), and every setting's
    (worst-set ECE, log loss). Groups are "set/doc_id"."""
    from sklearn.model_selection import GroupKFold

    sets = np.array([g.split("/")[0] for g in groups])
    k = min(FOLDS, len(set(groups)))
    splits = list(GroupKFold(n_splits=k).split(X, y, groups))
    held: dict[int, np.ndarray] = {}
    for i, setting in enumerate(GRID):
        if i in held:
            continue
        # settings that differ only in the calibration map share their logistic fits
        twins = [j for j, g in enumerate(GRID) if {**g, "calibration": ""} == {**setting, "calibration": ""}]
        for j in twins:
            held[j] = np.zeros(len(y))
        cols = columns(names, setting)
        for tr, te in splits:
            lr, maps = fit_maps(X[tr][:, cols], y[tr], groups[tr], setting)
            for j in twins:
                held[j][te] = _predict(lr, maps[GRID[j]["calibration"]], X[te][:, cols])
    scores = [(round(worst_set_ece(held[i], y, sets), 3), log_loss(held[i], y)) for i in range(len(GRID))]
    best = min(range(len(GRID)), key=lambda i: scores[i])
    return GRID[best], scores


def as_model(lr, names, steps, threshold=0.0, info=None, X=None) -> ConfidenceModel:
    means = {n: float(m) for n, m in zip(names, X.mean(axis=0))} if X is not None else {}
    return ConfidenceModel(float(lr.intercept_[0]), {n: float(w) for n, w in zip(names, lr.coef_[0])},
                           threshold, steps, info or {}, means)


def held_out(rows) -> tuple[np.ndarray, list]:
    """Held-out scores: each outer fold chooses its setting on its own training events (choose),
    fits it, and scores the fold's events. Also returns each fold's chosen setting."""
    from sklearn.model_selection import GroupKFold

    X, names = vectorise(rows)
    y = np.array([r["y"] for r in rows])
    groups = np.array([f'{r["set"]}/{r["doc_id"]}' for r in rows])
    p = np.zeros(len(rows))
    chosen = []
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        setting, _ = choose(X[tr], y[tr], groups[tr], names)
        chosen.append(setting)
        cols = columns(names, setting)
        lr, steps = fit(X[tr][:, cols], y[tr], groups[tr], setting)
        m = as_model(lr, [n for n, u in zip(names, cols) if u], steps)
        for i in te:
            p[i] = m.score(rows[i]["f"])
    return p, chosen


def describe(setting) -> str:
    return (f"C={setting['C']}, origins {setting['origins']}, "
            f"{'with' if setting['article'] else 'without'} article_words, {setting['calibration']} map"
            + (", sets balanced" if setting.get("balance") else ""))


def ece(p, y, bins=10) -> float:
    p, y = np.asarray(p), np.asarray(y)
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        sel = (p >= lo) & ((p < hi) if b < bins - 1 else (p <= hi))
        if sel.any():
            total += sel.sum() / len(p) * abs(p[sel].mean() - y[sel].mean())
    return float(total)


def ece_floor(p, draws=2000, seed=0) -> tuple[float, float]:
    """The ECE a perfectly calibrated model would still show on a set of this size: outcomes drawn
    as Bernoulli(p) for the same scores; returns the mean and the 95th percentile over the draws.
    A small set cannot show an ECE much below this, however good the model."""
    rng = np.random.default_rng(seed)
    p = np.asarray(p)
    sims = [ece(p, rng.random(len(p)) < p) for _ in range(draws)]
    return float(np.mean(sims)), float(np.percentile(sims, 95))


def scored(rows, p, gold, score, name, t):
    preds = [r["pred"] for r, q in zip(rows, p) if r["set"] == name and q >= t]
    res, _, _ = score.score(gold[name], preds)
    return res


def thresholds_table(rows, p, gold, score, grid):
    table = []
    for t in grid:
        line = {"threshold": round(float(t), 2)}
        for name in gold:
            res = scored(rows, p, gold, score, name, t)
            line[name] = (res["precision"], res["recall"], res["predicted"])
        table.append(line)
    return table


def choose_threshold(table) -> tuple[float, bool]:
    """The lowest threshold at which held-out precision reaches TARGET_PRECISION on every target
    set (True); else the one whose lowest precision over them is highest (False)."""
    for line in table:
        if all(line[s][0] >= TARGET_PRECISION for s in TARGET_SETS if s in line):
            return line["threshold"], True
    best = max(table, key=lambda line: (min(line[s][0] for s in TARGET_SETS if s in line), -line["threshold"]))
    return best["threshold"], False


def report(out_dir: Path, rows, p, table, threshold, eces, reached=True) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    y = np.array([r["y"] for r in rows])
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], color="grey", lw=1, ls="--", label="perfect calibration")
    for name in ["all"] + sorted({r["set"] for r in rows}):
        sel = np.array([name == "all" or r["set"] == name for r in rows])
        if sel.sum() < 20:
            continue
        xs, ys = [], []
        for b in range(10):
            lo, hi = b / 10, (b + 1) / 10
            s = sel & (p >= lo) & ((p < hi) if b < 9 else (p <= hi))
            if s.sum() >= 5:
                xs.append(p[s].mean())
                ys.append(y[s].mean())
        ax.plot(xs, ys, marker="o", lw=2 if name == "all" else 1, label=f"{name} (n={sel.sum()})")
    ax.set_xlabel("confidence (held out)")
    ax.set_ylabel("share of events right")
    ax.set_title("eventwire confidence: reliability on DEV gold")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out_dir / "calibration.png", dpi=120)
    lines = ["# Confidence calibration (held out)", "",
             "Written by `make calibration` (scripts/train_confidence.py). Every figure is held out: 5-fold",
             "cross-validation grouped by document; an event is scored by a model that never saw its document.",
             "", "![reliability plot](calibration.png)", "",
             "The last column is the noise floor: the ECE that a perfectly calibrated model would still",
             "show on a set of that size (outcomes simulated from the same held-out scores; mean, and 95th",
             "percentile in brackets). A set's ECE inside that range is as good as its size can show.", "",
             "| set | events | share right | expected calibration error | perfectly calibrated model |",
             "|---|---|---|---|---|"]
    for name, (n, rate, e, floor) in eces.items():
        lines.append(f"| {name} | {n} | {rate:.3f} | {e:.3f} | {floor[0]:.3f} ({floor[1]:.3f}) |")
    sets = [s for s in table[0] if s != "threshold"]
    if reached:
        why = [f"Threshold: **{threshold:.2f}**, the lowest at which held-out precision is at least",
               f"{TARGET_PRECISION} on {' and '.join(TARGET_SETS)}."]
    else:
        why = [f"Threshold: **{threshold:.2f}**. No threshold reaches held-out precision {TARGET_PRECISION} on both",
               f"{' and '.join(TARGET_SETS)}; this one gives the highest of their lower precisions."]
    lines += ["", *why, "",
              "Precision / recall (score.py) / events kept, by threshold:", "",
              "| threshold | " + " | ".join(sets) + " |", "|---" * (len(sets) + 1) + "|"]
    for line in table:
        lines.append(f"| {line['threshold']:.2f} | " +
                     " | ".join(f"{line[s][0]:.3f} / {line[s][1]:.3f} / {line[s][2]}" for s in sets) + " |")
    (out_dir / "calibration.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--write-model", action="store_true", help="write eventwire/events/data/confidence.json")
    ap.add_argument("--report", type=Path, metavar="DIR", help="write DIR/calibration.md and .png")
    a = ap.parse_args(argv)
    score = load_scorer(a.gold)
    rows, gold = code_sets(a.gold, SETS)
    rows = label(rows, gold, score)
    y = np.array([r["y"] for r in rows])
    print(f"{len(rows)} events, {y.mean():.3f} right", file=sys.stderr)
    p, chosen = held_out(rows)
    for i, setting in enumerate(chosen):
        print(f"outer fold {i + 1} chose {describe(setting)}", file=sys.stderr)
    eces = {"all": (len(rows), float(y.mean()), ece(p, y), ece_floor(p))}
    for name in SETS:
        sel = np.array([r["set"] == name for r in rows])
        if sel.any():
            eces[name] = (int(sel.sum()), float(y[sel].mean()), ece(p[sel], y[sel]), ece_floor(p[sel]))
    grid = np.round(np.arange(0.0, 0.96, 0.05), 2)
    table = thresholds_table(rows, p, gold, score, grid)
    threshold, reached = choose_threshold(table)
    for name, (n, rate, e, floor) in eces.items():
        print(f"{name:>13}: {n:4d} events, right {rate:.3f}, held-out ECE {e:.3f}"
              f" (a perfectly calibrated model: {floor[0]:.3f}, 95% up to {floor[1]:.3f})")
    at = next(line for line in table if line["threshold"] == threshold)
    print(f"threshold {threshold:.2f}{'' if reached else ' (target precision not reached)'}: " + ", ".join(
        f"{s} P {at[s][0]:.3f} R {at[s][1]:.3f}" for s in gold))
    if a.report:
        report(a.report, rows, p, table, threshold, eces, reached)
    if a.write_model:
        X, names = vectorise(rows)
        groups = np.array([f'{r["set"]}/{r["doc_id"]}' for r in rows])
        setting, losses = choose(X, y, groups, names)
        print(f"chosen on all events: {describe(setting)}", file=sys.stderr)
        cols = columns(names, setting)
        X, names = X[:, cols], [n for n, u in zip(names, cols) if u]
        lr, steps = fit(X, y, groups, setting)
        info = {"trained": datetime.date.today().isoformat(), "sets": list(SETS), "events": len(rows),
                "held_out_ece": {k: round(v[2], 4) for k, v in eces.items()},
                "held_out_ece_floor": {k: round(v[3][0], 4) for k, v in eces.items()},
                "held_out_at_threshold": {s: {"precision": at[s][0], "recall": at[s][1]} for s in gold},
                "threshold_reaches_target": reached,
                "model": f"logistic regression + calibration map, scikit-learn; {describe(setting)}",
                "setting": setting, "held_out_settings": chosen,
                "cv_worst_set_ece_and_log_loss": {describe(g): [v[0], round(v[1], 4)] for g, v in zip(GRID, losses)}}
        as_model(lr, names, steps, threshold, info, X).save()
        print("wrote eventwire/events/data/confidence.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
