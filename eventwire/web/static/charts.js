/* Small SVG charts for eventwire's pages: no library, no network.
   Every drawn datum has class "mark"; its container gets data-marks = their number. */
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const QUADS = [
    { key: "verbal_coop", label: "verbal cooperation", color: "#74a9cf", q: 1 },
    { key: "material_coop", label: "material cooperation", color: "#0b5394", q: 2 },
    { key: "verbal_conflict", label: "verbal conflict", color: "#f4a582", q: 3 },
    { key: "material_conflict", label: "material conflict", color: "#b2182b", q: 4 },
  ];

  function s(tag, attrs, parent) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) el.setAttribute(k, v);
    }
    if (parent) parent.appendChild(el);
    return el;
  }
  function label(parent, x, y, str, attrs) {
    const t = s("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    t.textContent = str;
    return t;
  }
  function tip(el, str) {
    s("title", {}, el).textContent = str;
    return el;
  }
  function link(parent, href) {
    return href ? s("a", { href: href }, parent) : parent;
  }
  function start(container, w, h, name) {
    container.textContent = "";
    container.dataset.marks = "0";
    return s("svg", { viewBox: "0 0 " + w + " " + h, role: "img", "aria-label": name || "chart" }, container);
  }
  function finish(container) {
    container.dataset.marks = String(container.querySelectorAll(".mark").length);
  }
  function empty(container, root, w, h, msg) {
    label(root, w / 2, h / 2, msg || "No events match these filters.", { "text-anchor": "middle", class: "empty" });
    finish(container);
  }
  function round(v, d) {
    const m = Math.pow(10, d || 0);
    return Math.round(v * m) / m;
  }
  // A round top and step for an axis of counts from 0 to max.
  function nice(max) {
    if (!(max > 0)) return { top: 1, step: 1 };
    const raw = max / 4;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    let step = [1, 2, 2.5, 5, 10].map(function (m) { return m * mag; }).find(function (v) { return v >= raw; });
    step = Math.max(1, step);
    return { top: Math.ceil(max / step) * step, step: step };
  }
  // Goldstein -10..10 to red .. grey .. blue.
  function goldColor(g) {
    if (g === null || g === undefined) return "#999999";
    const t = Math.max(-1, Math.min(1, g / 7));
    const a = [187, 187, 187];
    const b = t < 0 ? [178, 24, 43] : [11, 83, 148];
    const k = Math.abs(t);
    return "rgb(" + a.map(function (v, i) { return Math.round(v + (b[i] - v) * k); }).join(",") + ")";
  }
  function periodLabel(p) {
    return p || "undated";
  }
  // The periods from the first to the last, with the empty ones as zeros (at most 3000).
  function fillPeriods(periods, by) {
    const dated = (periods || []).filter(function (p) { return p.period; });
    if (dated.length < 2) return dated;
    const have = {};
    dated.forEach(function (p) { have[p.period] = p; });
    const pad = function (n) { return (n < 10 ? "0" : "") + n; };
    const next = function (label) {
      if (by === "year") return String(parseInt(label, 10) + 1);
      if (by === "quarter") {
        const y = parseInt(label.slice(0, 4), 10), q = parseInt(label.slice(6), 10);
        return q === 4 ? (y + 1) + "-Q1" : y + "-Q" + (q + 1);
      }
      if (by === "month") {
        const y = parseInt(label.slice(0, 4), 10), m = parseInt(label.slice(5, 7), 10);
        return m === 12 ? (y + 1) + "-01" : y + "-" + pad(m + 1);
      }
      const d = new Date(label + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() + (by === "week" ? 7 : 1));
      return d.toISOString().slice(0, 10);
    };
    const out = [];
    const last = dated[dated.length - 1].period;
    let label = dated[0].period;
    while (out.length < 3000) {
      out.push(have[label] || { period: label, events: 0, verbal_coop: 0, material_coop: 0, verbal_conflict: 0,
                                material_conflict: 0, goldstein: null });
      if (label >= last) break;
      label = next(label);
    }
    return out.length < 3000 ? out : dated;
  }

  // Bars per period, stacked by quad class; diverging: cooperation up, conflict down.
  function periodBars(container, periods, opts) {
    opts = opts || {};
    const W = 900, H = opts.diverging ? 300 : 260, m = { l: 46, r: 12, t: 10, b: 40 };
    const root = start(container, W, H, opts.name || "events per period");
    periods = fillPeriods(periods, opts.by);
    if (!periods.length) return empty(container, root, W, H);
    const up = opts.diverging ? QUADS.slice(0, 2) : QUADS;
    const down = opts.diverging ? QUADS.slice(2) : [];
    const sum = function (p, qs) { return qs.reduce(function (a, q) { return a + (p[q.key] || 0); }, 0); };
    const maxUp = Math.max.apply(null, periods.map(function (p) { return sum(p, up); }));
    const maxDown = down.length ? Math.max.apply(null, periods.map(function (p) { return sum(p, down); })) : 0;
    const axis = nice(Math.max(maxUp, maxDown));
    const hi = Math.max(axis.step, Math.ceil(maxUp / axis.step) * axis.step);
    const lo = down.length ? -Math.max(axis.step, Math.ceil(maxDown / axis.step) * axis.step) : 0;
    const pw = W - m.l - m.r, ph = H - m.t - m.b;
    const y = function (v) { return m.t + ph * (hi - v) / (hi - lo); };
    const grid = s("g", { class: "grid" }, root), ax = s("g", { class: "axis" }, root);
    for (let v = lo; v <= hi + 1e-9; v += axis.step) {
      s("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }, grid);
      label(ax, m.l - 6, y(v) + 4, String(Math.abs(round(v, 1))), { "text-anchor": "end" });
    }
    const band = pw / periods.length, bw = Math.max(2, Math.min(48, band * 0.72));
    const every = Math.ceil(periods.length / 12);
    periods.forEach(function (p, i) {
      const x = m.l + i * band + (band - bw) / 2;
      let top = y(0), bottom = y(0);
      const when = periodLabel(p.period, opts.by);
      up.forEach(function (q) {
        const v = p[q.key] || 0;
        if (!v) return;
        const h = y(0) - y(v);
        top -= h;
        tip(s("rect", { x: x, y: top, width: bw, height: h, fill: q.color, class: "mark", "data-period": p.period },
              link(root, opts.href && opts.href(p))), when + ": " + v + " " + q.label);
      });
      down.forEach(function (q) {
        const v = p[q.key] || 0;
        if (!v) return;
        const h = y(0) - y(v);
        tip(s("rect", { x: x, y: bottom, width: bw, height: h, fill: q.color, class: "mark", "data-period": p.period },
              link(root, opts.href && opts.href(p))), when + ": " + v + " " + q.label);
        bottom += h;
      });
      if (i % every === 0) {
        label(ax, x + bw / 2, H - m.b + 16, when, { "text-anchor": "middle" });
      }
    });
    s("line", { x1: m.l, x2: W - m.r, y1: y(0), y2: y(0), class: "zero" }, root);
    if (down.length) {
      label(ax, W - m.r - 4, m.t + 12, "↑ cooperation", { "text-anchor": "end" });
      label(ax, W - m.r - 4, H - m.b - 6, "↓ conflict", { "text-anchor": "end" });
    }
    finish(container);
  }

  // Mean Goldstein per period, on a fixed -10..10 axis.
  function goldsteinLine(container, periods, opts) {
    opts = opts || {};
    const W = 900, H = 220, m = { l: 46, r: 12, t: 10, b: 40 };
    const root = start(container, W, H, "mean Goldstein score");
    periods = fillPeriods(periods, opts.by);
    if (!periods.some(function (p) { return p.goldstein !== null && p.goldstein !== undefined; })) {
      return empty(container, root, W, H);
    }
    const pw = W - m.l - m.r, ph = H - m.t - m.b;
    const y = function (v) { return m.t + ph * (10 - v) / 20; };
    const band = pw / periods.length;
    const x = function (i) { return m.l + band * (i + 0.5); };
    const grid = s("g", { class: "grid" }, root), ax = s("g", { class: "axis" }, root);
    [-10, -5, 0, 5, 10].forEach(function (v) {
      s("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }, grid);
      label(ax, m.l - 6, y(v) + 4, (v > 0 ? "+" : "") + v, { "text-anchor": "end" });
    });
    s("line", { x1: m.l, x2: W - m.r, y1: y(0), y2: y(0), class: "zero" }, root);
    let d = "", pen = false;
    periods.forEach(function (p, i) {
      if (p.goldstein === null || p.goldstein === undefined) { pen = false; return; }
      d += (pen ? "L" : "M") + x(i).toFixed(1) + "," + y(p.goldstein).toFixed(1);
      pen = true;
    });
    s("path", { d: d, fill: "none", stroke: "#55606e", "stroke-width": 1.6 }, root);
    const every = Math.ceil(periods.length / 12);
    periods.forEach(function (p, i) {
      const when = periodLabel(p.period, opts.by);
      if (p.goldstein !== null && p.goldstein !== undefined) {
        tip(s("circle", { cx: x(i), cy: y(p.goldstein), r: 4.5, fill: goldColor(p.goldstein), stroke: "#fff",
                          class: "mark", "data-period": p.period }, root),
            when + ": mean Goldstein " + p.goldstein + " over " + p.events + " events");
      }
      if (i % every === 0) label(ax, x(i), H - m.b + 16, when, { "text-anchor": "middle" });
    });
    finish(container);
  }

  // Horizontal bars with labels; an item: {label, href, tip, segments: [{value, color, label}]}.
  function hbars(container, items, opts) {
    opts = opts || {};
    const row = 24, W = 560, lw = opts.labelWidth || 210, m = { t: 6, r: 48 };
    const H = Math.max(60, items.length * row + m.t * 2);
    const root = start(container, W, H, opts.name || "bars");
    if (!items.length) return empty(container, root, W, H);
    const total = function (it) { return it.segments.reduce(function (a, sg) { return a + sg.value; }, 0); };
    const max = Math.max.apply(null, items.map(total)) || 1;
    const bwMax = W - lw - m.r;
    items.forEach(function (it, i) {
      const g = link(root, it.href);
      const yy = m.t + i * row;
      const name = it.label.length > 34 ? it.label.slice(0, 33) + "…" : it.label;
      tip(label(g, lw - 8, yy + row / 2 + 4, name, { "text-anchor": "end", "data-label": it.label }), it.label);
      let x = lw;
      it.segments.forEach(function (sg) {
        if (!sg.value) return;
        const w = Math.max(1, bwMax * sg.value / max);
        tip(s("rect", { x: x, y: yy + 4, width: w, height: row - 8, fill: sg.color, class: "mark" }, g),
            it.label + ": " + sg.value + " " + (sg.label || "events"));
        x += w;
      });
      label(g, x + 5, yy + row / 2 + 4, String(total(it)));
    });
    finish(container);
  }

  // Partners: conflict to the left of the centre line, cooperation to the right.
  function partnerBars(container, partners, opts) {
    opts = opts || {};
    const row = 24, W = 560, lw = 80, m = { t: 22, r: 10 };
    const H = Math.max(80, partners.length * row + m.t + 8);
    const root = start(container, W, H, "partners");
    if (!partners.length) return empty(container, root, W, H, "No partners match these filters.");
    const coop = function (p) { return (p.verbal_coop || 0) + (p.material_coop || 0); };
    const conf = function (p) { return (p.verbal_conflict || 0) + (p.material_conflict || 0); };
    const max = Math.max.apply(null, partners.map(function (p) { return Math.max(coop(p), conf(p)); })) || 1;
    const half = (W - lw - m.r) / 2, mid = lw + half;
    label(root, mid - 6, 13, "← conflict", { "text-anchor": "end", class: "muted" });
    label(root, mid + 6, 13, "cooperation →", {});
    partners.forEach(function (p, i) {
      const g = link(root, opts.href && opts.href(p));
      const yy = m.t + i * row;
      label(g, lw - 8, yy + row / 2 + 4, p.partner, { "text-anchor": "end", class: "actor" });
      let x = mid;
      QUADS.slice(0, 2).forEach(function (q) {
        const v = p[q.key] || 0;
        if (!v) return;
        const w = half * v / max;
        tip(s("rect", { x: x, y: yy + 4, width: w, height: row - 8, fill: q.color, class: "mark" }, g),
            p.partner + ": " + v + " " + q.label);
        x += w;
      });
      let xl = mid;
      QUADS.slice(2).forEach(function (q) {
        const v = p[q.key] || 0;
        if (!v) return;
        const w = half * v / max;
        xl -= w;
        tip(s("rect", { x: xl, y: yy + 4, width: w, height: row - 8, fill: q.color, class: "mark" }, g),
            p.partner + ": " + v + " " + q.label);
      });
    });
    s("line", { x1: mid, x2: mid, y1: m.t - 2, y2: H - 4, class: "zero" }, root);
    finish(container);
  }

  // A star network: the actor in the middle, its partners around it.
  function network(container, center, partners, opts) {
    opts = opts || {};
    const W = 560, H = 420, cx = W / 2, cy = H / 2, R = 150;
    const root = start(container, W, H, "partner network");
    if (!partners.length) return empty(container, root, W, H, "No partners match these filters.");
    const max = Math.max.apply(null, partners.map(function (p) { return p.events; })) || 1;
    const edges = s("g", {}, root), nodes = s("g", {}, root);
    partners.forEach(function (p, i) {
      const a = -Math.PI / 2 + 2 * Math.PI * i / partners.length;
      const x = cx + R * Math.cos(a), y = cy + R * Math.sin(a);
      const g = link(edges, opts.href && opts.href(p));
      tip(s("line", { x1: cx, y1: cy, x2: x, y2: y, stroke: goldColor(p.goldstein),
                      "stroke-width": (1.5 + 10 * Math.sqrt(p.events / max)).toFixed(1), class: "edge mark" }, g),
          center + " – " + p.partner + ": " + p.events + " events, " + p.cooperation + " cooperation, " +
          p.conflict + " conflict, mean Goldstein " + p.goldstein);
      const n = link(nodes, opts.href && opts.href(p));
      s("circle", { cx: x, cy: y, r: 5 + 9 * Math.sqrt(p.events / max), fill: "#fff", stroke: "#55606e",
                    "stroke-width": 1.5 }, n);
      const lx = cx + (R + 24) * Math.cos(a), ly = cy + (R + 24) * Math.sin(a);
      const anchor = Math.abs(Math.cos(a)) < 0.3 ? "middle" : (Math.cos(a) > 0 ? "start" : "end");
      label(n, lx, ly + 4, p.partner, { "text-anchor": anchor, class: "node-label" });
    });
    s("circle", { cx: cx, cy: cy, r: 22, fill: "#1d2330" }, nodes);
    label(nodes, cx, cy + 4, center, { "text-anchor": "middle", class: "center-label" });
    finish(container);
  }

  // Equirectangular world map with a circle per place, zoomed to the places.
  function worldMap(container, countries, places, opts) {
    opts = opts || {};
    const W = 960, top = 84, bottom = -58;
    const k = W / 360, H = (top - bottom) * k;
    const px = function (lon) { return (lon + 180) * k; };
    const py = function (lat) { return (top - lat) * k; };
    const root = start(container, W, H, "map of events");
    s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }, root);
    const grat = s("g", {}, root);
    for (let lon = -150; lon <= 150; lon += 30) {
      s("line", { x1: px(lon), x2: px(lon), y1: 0, y2: H, class: "graticule", "vector-effect": "non-scaling-stroke" }, grat);
    }
    for (let lat = -30; lat <= 60; lat += 30) {
      s("line", { x1: 0, x2: W, y1: py(lat), y2: py(lat), class: "graticule", "vector-effect": "non-scaling-stroke" }, grat);
    }
    const land = s("g", {}, root);
    (countries || []).forEach(function (c) {
      let d = "";
      c.rings.forEach(function (ring) {
        ring.forEach(function (pt, i) {
          d += (i ? "L" : "M") + px(pt[0]).toFixed(1) + "," + py(Math.max(bottom - 5, pt[1])).toFixed(1);
        });
        d += "Z";
      });
      tip(s("path", { d: d, class: "land", "vector-effect": "non-scaling-stroke" }, land), c.name || "");
    });
    // zoom to the places, at least 100 degrees of longitude wide
    let vx = 0, vy = 0, vw = W, vh = H;
    if (places.length) {
      const xs = places.map(function (p) { return px(p.lon); }), ys = places.map(function (p) { return py(p.lat); });
      let x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
      let y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      const pad = 12 * k;
      x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
      vw = Math.max(x1 - x0, 100 * k, (y1 - y0) * W / H);
      vh = vw * H / W;
      vx = Math.max(0, Math.min(W - vw, (x0 + x1) / 2 - vw / 2));
      vy = Math.max(0, Math.min(H - vh, (y0 + y1) / 2 - vh / 2));
      if (vw >= W) { vx = 0; vy = 0; vw = W; vh = H; }
      root.setAttribute("viewBox", [vx, vy, vw, vh].map(function (v) { return v.toFixed(1); }).join(" "));
    }
    const zoom = vw / W;
    const max = Math.max.apply(null, places.map(function (p) { return p.events; }).concat([1]));
    const dots = s("g", {}, root);
    places.slice().sort(function (a, b) { return b.events - a.events; }).forEach(function (p) {
      const c = s("circle", { cx: px(p.lon), cy: py(p.lat), r: ((4 + 14 * Math.sqrt(p.events / max)) * zoom).toFixed(2),
                              fill: goldColor(p.goldstein), class: "mark place", "data-id": p.id || "",
                              "stroke-width": (0.8 * zoom).toFixed(2) }, dots);
      tip(c, (p.name || "?") + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events, mean Goldstein " +
          p.goldstein);
      if (opts.onClick) {
        c.addEventListener("click", function () {
          dots.querySelectorAll(".chosen").forEach(function (e) { e.classList.remove("chosen"); });
          c.classList.add("chosen");
          opts.onClick(p);
        });
      }
    });
    finish(container);
  }

  function quadLegend(el) {
    el.textContent = "";
    QUADS.forEach(function (q) {
      const item = document.createElement("span");
      const sw = document.createElement("i");
      sw.style.background = q.color;
      item.appendChild(sw);
      item.appendChild(document.createTextNode(q.label));
      el.appendChild(item);
    });
  }

  window.Charts = { QUADS: QUADS, periodBars: periodBars, goldsteinLine: goldsteinLine, hbars: hbars,
                    partnerBars: partnerBars, network: network, worldMap: worldMap, quadLegend: quadLegend,
                    goldColor: goldColor, periodLabel: periodLabel, fillPeriods: fillPeriods };
})();
