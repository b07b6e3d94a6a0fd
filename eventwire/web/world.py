"""The world's country outlines: Natural Earth 1:110m, shipped as TopoJSON in static/world/,
decoded to plain lon/lat rings for the map page and the map plot."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

WORLD_FILE = Path(__file__).resolve().parent / "static" / "world" / "countries-110m.json"


def _arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of each arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        out.append(pts)
    return out


def _ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]      # ~i: the arc walked backwards
        ring.extend(pts if not ring else pts[1:])
    return ring


def _unwrap(ring: list[tuple[float, float]]) -> list[list[float]]:
    """Longitudes made continuous: no jump of more than 180 degrees between two points."""
    out: list[list[float]] = []
    shift = 0.0
    for x, y in ring:
        if out:
            step = x + shift - out[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append([round(x + shift, 3), y])
    return out


@lru_cache(maxsize=1)
def countries() -> list[dict]:
    """[{id, name, rings: [[[lon, lat], ...], ...]}] for every country (holes are rings too)."""
    topo = json.loads(WORLD_FILE.read_text(encoding="utf-8"))
    arcs = _arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = {"Polygon": [g.get("arcs", [])], "MultiPolygon": g.get("arcs", [])}.get(g["type"], [])
        rings = []
        for ring in (_unwrap(_ring(r, arcs)) for poly in polys for r in poly):
            rings.append(ring)
            # a ring across the antimeridian is drawn again a world to the other side
            if max(x for x, _ in ring) > 180:
                rings.append([[x - 360, y] for x, y in ring])
            if min(x for x, _ in ring) < -180:
                rings.append([[x + 360, y] for x, y in ring])
        if rings:
            out.append({"id": g.get("id"), "name": (g.get("properties") or {}).get("name"), "rings": rings})
    return out
