"""The web pages' charts as image files (matplotlib, no screen needed): `eventwire plot`.

Each function takes rows as the store's queries return them and returns a matplotlib Figure.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

QUADS = (("verbal_coop", "verbal cooperation", "#74a9cf"), ("material_coop", "material cooperation", "#0b5394"),
         ("verbal_conflict", "verbal conflict", "#f4a582"), ("material_conflict", "material conflict", "#b2182b"))


def _figure(w: float, h: float, rows: int = 1, ratios=None):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w, h), dpi=110, layout="constrained")
    axes = fig.subplots(rows, 1, sharex=True, gridspec_kw={"height_ratios": ratios} if ratios else None)
    return fig, axes


def _empty(ax, text: str = "No events match.") -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def _label(period: str | None, by: str) -> str:
    return period or "undated"


def fill_periods(periods: list[dict], by: str) -> list[dict]:
    """The dated periods from the first to the last, the empty ones as zeros (as on the pages)."""
    import datetime as dt

    dated = [p for p in periods if p.get("period")]
    if len(dated) < 2:
        return dated
    have = {p["period"]: p for p in dated}

    def step(label: str) -> str:
        if by == "year":
            return str(int(label) + 1)
        if by == "quarter":
            y, q = int(label[:4]), int(label[6:])
            return f"{y + 1}-Q1" if q == 4 else f"{y}-Q{q + 1}"
        if by == "month":
            y, m = int(label[:4]), int(label[5:7])
            return f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}"
        return (dt.date.fromisoformat(label) + dt.timedelta(days=7 if by == "week" else 1)).isoformat()

    out, label, last = [], dated[0]["period"], dated[-1]["period"]
    while len(out) < 3000:
        out.append(have.get(label) or {"period": label, "events": 0, "goldstein": None,
                                       **{k: 0 for k, _, _ in QUADS}})
        if label >= last:
            return out
        label = step(label)
    return dated


def _ticks(ax, labels: list[str]) -> None:
    every = max(1, -(-len(labels) // 12))
    ax.set_xticks(range(0, len(labels), every))
    tilt = len(labels) > 6
    ax.set_xticklabels(labels[::every], rotation=45 if tilt else 0, ha="right" if tilt else "center")


def gold_color(g: float | None) -> tuple:
    """Goldstein -10..10 as red .. grey .. blue (as on the pages)."""
    if g is None:
        return (0.6, 0.6, 0.6)
    t = max(-1.0, min(1.0, g / 7))
    a, b = (187, 187, 187), ((178, 24, 43) if t < 0 else (11, 83, 148))
    return tuple((x + (y - x) * abs(t)) / 255 for x, y in zip(a, b))


def dyad_figure(periods: list[dict], a: str, b: str, by: str = "month", directed: bool = False):
    """Cooperation (up) and conflict (down) per period, and the mean Goldstein score."""
    undated = sum(p["events"] for p in periods if not p.get("period"))
    periods = fill_periods(periods, by)
    fig, (top, low) = _figure(10, 6.5, 2, [2, 1])
    arrow = "→" if directed else "↔"
    n = sum(p["events"] for p in periods)
    fig.suptitle(f"{a} {arrow} {b}: {n} events per {by}" + (f" ({undated} undated not shown)" if undated else ""),
                 fontsize=13)
    if not periods:
        _empty(top)
        _empty(low)
        return fig
    xs = list(range(len(periods)))
    up = [0.0] * len(periods)
    down = [0.0] * len(periods)
    for key, name, color in QUADS:
        vals = [p.get(key, 0) or 0 for p in periods]
        if key.endswith("coop"):
            top.bar(xs, vals, bottom=up, color=color, label=name, width=0.75)
            up = [u + v for u, v in zip(up, vals)]
        else:
            top.bar(xs, [-v for v in vals], bottom=[-d for d in down], color=color, label=name, width=0.75)
            down = [d + v for d, v in zip(down, vals)]
    top.axhline(0, color="#444", linewidth=0.8)
    top.set_ylabel("events (conflict below 0)")
    top.yaxis.set_major_formatter(_abs_formatter())
    top.legend(loc="upper left", fontsize=8, ncols=4, frameon=False)
    m = max(max(up), max(down), 1)
    top.set_ylim(-max(max(down), m * 0.1) * 1.15, max(max(up), m * 0.1) * 1.3)
    gs = [p.get("goldstein") for p in periods]
    pts = [(x, g) for x, g in zip(xs, gs) if g is not None]
    if pts:
        # a gap in the line where a period has no events
        low.plot(xs, [float("nan") if g is None else g for g in gs], color="#55606e", linewidth=1.4, zorder=1)
        low.scatter([x for x, _ in pts], [g for _, g in pts], c=[gold_color(g) for _, g in pts], s=30, zorder=2,
                    edgecolors="white")
    low.axhline(0, color="#444", linewidth=0.8)
    low.set_ylim(-10.5, 10.5)
    low.set_yticks([-10, -5, 0, 5, 10])
    low.set_ylabel("mean Goldstein")
    _ticks(low, [_label(p["period"], by) for p in periods])
    for ax in (top, low):
        ax.grid(axis="y", color="#eee")
        ax.set_axisbelow(True)
    return fig


def _abs_formatter():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: f"{abs(v):g}")


def partners_figure(partners: list[dict], actor: str):
    """Partners, conflict to the left and cooperation to the right."""
    rows = list(reversed(partners))
    fig, ax = _figure(9, max(2.5, 0.38 * len(rows) + 1.4))
    fig.suptitle(f"{actor}: partners, conflict against cooperation", fontsize=13)
    if not rows:
        _empty(ax, "No partners match.")
        return fig
    ys = list(range(len(rows)))
    right = [0.0] * len(rows)
    left = [0.0] * len(rows)
    for key, name, color in QUADS:
        vals = [r.get(key, 0) or 0 for r in rows]
        if key.endswith("coop"):
            ax.barh(ys, vals, left=right, color=color, label=name, height=0.7)
            right = [a + v for a, v in zip(right, vals)]
        else:
            ax.barh(ys, [-v for v in vals], left=[-a for a in left], color=color, label=name, height=0.7)
            left = [a + v for a, v in zip(left, vals)]
    ax.set_yticks(ys)
    ax.set_yticklabels([r["partner"] for r in rows], fontfamily="monospace")
    ax.axvline(0, color="#444", linewidth=0.8)
    m = max(max(right), max(left), 1)
    ax.set_xlim(-m * 1.1, m * 1.1)
    ax.xaxis.set_major_formatter(_abs_formatter())
    ax.set_xlabel("events: ← conflict | cooperation →")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.grid(axis="x", color="#eee")
    ax.set_axisbelow(True)
    return fig


def timeline_figure(periods: list[dict], by: str = "month", title: str = "Events"):
    """Events per period stacked by quad class."""
    periods = fill_periods(periods, by)
    fig, ax = _figure(10, 4.2)
    fig.suptitle(f"{title}: {sum(p['events'] for p in periods)} events per {by}", fontsize=13)
    if not periods:
        _empty(ax)
        return fig
    xs = list(range(len(periods)))
    base = [0.0] * len(periods)
    for key, name, color in QUADS:
        vals = [p.get(key, 0) or 0 for p in periods]
        ax.bar(xs, vals, bottom=base, color=color, label=name, width=0.75)
        base = [b + v for b, v in zip(base, vals)]
    ax.set_ylabel("events")
    ax.legend(loc="upper left", fontsize=8, ncols=4, frameon=False)
    ax.set_ylim(0, max(base) * 1.25 or 1)
    _ticks(ax, [_label(p["period"], by) for p in periods])
    ax.grid(axis="y", color="#eee")
    ax.set_axisbelow(True)
    return fig


def map_figure(places: list[dict], title: str = "Events by place"):
    """Places of events on the world's outline: size by events, colour by mean Goldstein."""
    from matplotlib.collections import PolyCollection

    from ..web.world import countries

    fig, ax = _figure(10, 5.4)
    n = sum(p["events"] for p in places)
    fig.suptitle(f"{title}: {n} events in {len(places)} places", fontsize=13)
    polys = [ring for c in countries() for ring in c["rings"] if len(ring) > 2]
    ax.add_collection(PolyCollection(polys, facecolors="#e4e7ec", edgecolors="white", linewidths=0.4))
    ax.set_facecolor("#f4f8fc")
    if places:
        big = max(p["events"] for p in places)
        ps = sorted(places, key=lambda p: -p["events"])
        ax.scatter([p["lon"] for p in ps], [p["lat"] for p in ps], s=[20 + 300 * (p["events"] / big) for p in ps],
                   c=[gold_color(p.get("goldstein")) for p in ps], edgecolors="white", linewidths=0.6, alpha=0.9,
                   zorder=3)
        named: list[dict] = []
        for p in ps[:12]:
            if len(named) < 6 and all(abs(p["lon"] - q["lon"]) + abs(p["lat"] - q["lat"]) > 12 for q in named):
                named.append(p)
                ax.annotate(p.get("name") or "", (p["lon"], p["lat"]), xytext=(6, 4), textcoords="offset points",
                            fontsize=8, color="#222")
        lons = [p["lon"] for p in places]
        lats = [p["lat"] for p in places]
        w = min(360, max(max(lons) - min(lons) + 24, 100))
        cx, cy = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
        hgt = min(145, max(max(lats) - min(lats) + 24, w / 2))
        x0 = max(-180, min(180 - w, cx - w / 2))
        y0 = max(-60, min(85 - hgt, cy - hgt / 2))
        ax.set_xlim(x0, x0 + w)
        ax.set_ylim(y0, y0 + hgt)
    else:
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
        ax.text(0.5, 0.5, "No places match.", ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    return fig


def save(fig: Any, path: str | Path) -> Path:
    """Write a figure; the file's extension picks the format (png, svg, pdf)."""
    path = Path(path)
    fig.savefig(path)
    return path
