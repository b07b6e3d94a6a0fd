/* eventwire pages: read the filters from the URL, ask the API, draw. Text goes in as text, never as HTML. */
(function () {
  "use strict";
  const $ = function (sel, root) { return (root || document).querySelector(sel); };
  const LIST_KEYS = ["actor", "source", "target", "code", "root"];
  const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function h(tag, attrs) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (let i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, kid) {
    if (kid === null || kid === undefined || kid === false) return;
    if (Array.isArray(kid)) { kid.forEach(function (k) { append(el, k); }); return; }
    el.append(kid instanceof Node ? kid : String(kid));
  }
  function enc(v) { return encodeURIComponent(v); }
  function fmtG(g) { return g === null || g === undefined ? "" : (g > 0 ? "+" : "") + Number(g).toFixed(1); }

  async function api(path, params) {
    const url = new URL(path, location.origin);
    if (params) params.forEach(function (v, k) { url.searchParams.append(k, v); });
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(function () { return {}; });
    if (!r.ok) {
      const d = body.detail;
      throw new Error(typeof d === "string" ? d : (d ? d.map(function (x) { return x.msg; }).join("; ") : r.statusText));
    }
    return body;
  }
  function showError(e) {
    const box = $("#error");
    box.hidden = false;
    box.textContent = String((e && e.message) || e);
  }
  function clearError() { $("#error").hidden = true; }
  // #main's data-rendered counts finished renders (tests wait on it)
  function rendered() {
    const main = $("#main");
    main.dataset.rendered = String(parseInt(main.dataset.rendered || "0", 10) + 1);
  }

  // ---- filters: the URL holds them, the form shows them ------------------------------------------
  function urlParams() { return new URLSearchParams(location.search); }
  function fillForm(form, p) {
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") el.checked = p.get(el.name) === "true";
      else if (p.has(el.name)) el.value = p.get(el.name);
      else if (el.tagName === "SELECT") {
        const d = Array.from(el.options).find(function (o) { return o.defaultSelected; }) || el.options[0];
        el.value = d ? d.value : "";
      } else el.value = el.defaultValue;
    }
  }
  function formParams(form) {
    const p = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") { if (el.checked) p.set(el.name, "true"); }
      else if (el.value.trim()) p.set(el.name, el.value.trim());
    }
    return p;
  }
  function bindForm(render) {
    const form = $("#filters");
    const run = function (p) {
      clearError();
      Promise.resolve(render(p)).catch(showError).finally(rendered);
    };
    fillForm(form, urlParams());
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      const p = formParams(form);
      history.pushState(null, "", "?" + p.toString());
      run(p);
    });
    window.addEventListener("popstate", function () { fillForm(form, urlParams()); run(urlParams()); });
    run(urlParams());
  }
  // API filters from page parameters; several codes may be given separated by spaces or commas.
  function apiFilters(p, keys) {
    const out = new URLSearchParams();
    keys.forEach(function (k) {
      const v = p.get(k);
      if (!v) return;
      if (LIST_KEYS.includes(k)) v.split(/[\s,]+/).filter(Boolean).forEach(function (x) { out.append(k, x); });
      else out.append(k, v);
    });
    return out;
  }

  // ---- evidence ---------------------------------------------------------------------------------
  function marked(sentence, spans) {
    const box = h("span", { class: "marked" });
    let pos = 0;
    (spans || []).slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (sp) {
      if (sp.start < pos) return;
      box.append(sentence.slice(pos, sp.start));
      box.append(h("mark", { class: sp.kind, title: sp.kind === "trigger" ? "trigger words" : sp.kind + " actor" },
                   sentence.slice(sp.start, sp.end)));
      pos = sp.end;
    });
    box.append(sentence.slice(pos));
    return box;
  }
  function markLegend(el) {
    el.textContent = "";
    append(el, [h("span", {}, h("mark", { class: "trigger" }, "trigger")), h("span", {}, h("mark", { class: "source" }, "source actor")),
                h("span", {}, h("mark", { class: "target" }, "target actor"))]);
  }
  function why(ex) {
    if (!ex) return null;
    return h("div", { class: "why" }, h("h3", {}, "Why this code"), h("p", {}, ex.summary),
             ex.modified ? h("p", { class: "modified" }, ex.modified) : null,
             h("p", { class: "muted" }, "pattern ", h("span", { class: "code pattern-id" }, ex.pattern_id || "none"),
               ex.file ? " · eventwire/" + ex.file : "", ex.source ? " · from " + ex.source : ""));
  }
  function fmtConf(c) { return c === null || c === undefined ? "–" : Math.round(c * 100) + "%"; }
  function confidenceBox(e) {
    if (e.confidence === null || e.confidence === undefined) return null;
    const reasons = (e.confidence_reasons || []).map(function (r) {
      return h("li", {}, r.reason + ": ", h("span", { class: r.weight < 0 ? "minus" : "plus" }, (r.weight > 0 ? "+" : "") + r.weight));
    });
    return h("div", { class: "confidence" },
      h("p", {}, "Confidence " + fmtConf(e.confidence) + " (estimated chance that this event is right)",
        reasons.length ? ", mostly because of:" : ""),
      reasons.length ? h("ul", {}, reasons) : null);
  }
  function quadBadge(q) { return q ? h("span", { class: "q q" + q, title: QUAD_NAMES[q] }, String(q)) : ""; }
  function actorCell(code, name, text) {
    return h("span", { class: "actor", title: [name, text ? "written \u201c" + text + "\u201d" : ""].filter(Boolean).join(", ") },
             code || "?");
  }
  function placeText(e) {
    return [e.action_geo_name, e.action_geo_country && e.action_geo_country !== e.action_geo_name ? e.action_geo_country : null]
      .filter(Boolean).join(", ");
  }

  async function openEvidence(id, row) {
    const panel = $("#panel");
    document.querySelectorAll("tr.open").forEach(function (r) { r.classList.remove("open"); });
    if (row) row.classList.add("open");
    panel.hidden = false;
    panel.textContent = "Loading…";
    let e;
    try { e = await api("/api/events/" + enc(id)); } catch (err) { panel.textContent = err.message; return; }
    const first = e.mentions[0] || {};
    const close = h("button", { class: "close", type: "button", onclick: closePanel }, "close ✕");
    panel.textContent = "";
    append(panel, [close,
      h("h2", { id: "panel-title" }, h("span", { class: "actor" }, e.source_code), " → ", h("span", { class: "code" }, e.code),
        " " + (e.code_name || "") + " → ", h("span", { class: "actor" }, e.target_code)),
      h("p", { class: "muted" }, [e.date || "undated", e.goldstein !== null ? "Goldstein " + fmtG(e.goldstein) : null,
        QUAD_NAMES[e.quad_class], placeText(e) || null].filter(Boolean).join(" · ")),
      confidenceBox(e),
      h("div", { class: "legend marks" }),
      e.mentions.map(function (m) {
        return h("div", { class: "mention" },
          h("div", { class: "sentence-box evidence" }, marked(m.sentence || "", m.highlights)),
          why(m.explain),
          h("p", {}, h("a", { href: "/document/" + enc(m.content_hash) + "#s" + m.sentence_index }, "the article " + m.doc_id),
            m.outlet ? " (" + m.outlet + ")" : "", ", sentence " + (m.sentence_index + 1)));
      }),
      h("p", {}, h("a", { href: "/event/" + enc(e.event_id), class: "open-event" }, "open the event page →"))]);
    markLegend($(".legend.marks", panel));
    if (!first) panel.append("No mention stored.");
  }
  function closePanel() {
    $("#panel").hidden = true;
    document.querySelectorAll("tr.open").forEach(function (r) { r.classList.remove("open"); });
  }
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closePanel(); });

  function eventsTable(rows) {
    const body = h("tbody", {});
    rows.forEach(function (e) {
      const tr = h("tr", { "data-event-id": e.event_id, "data-quad": e.quad_class, "data-code": e.code, title: "show the evidence" },
        h("td", { class: "date" }, e.date || "undated"),
        h("td", {}, actorCell(e.source_code, e.source_name, e.source_text)),
        h("td", {}, h("span", { class: "code" }, e.code), " ", e.code_name || ""),
        h("td", {}, actorCell(e.target_code, e.target_name, e.target_text)),
        h("td", { class: "num" }, fmtG(e.goldstein)),
        h("td", { class: "num", title: "estimated chance that the event is right" }, fmtConf(e.confidence)),
        h("td", {}, quadBadge(e.quad_class)),
        h("td", {}, placeText(e)),
        h("td", { class: "sentence" }, marked(e.sentence || "", e.highlights)));
      tr.addEventListener("click", function () { openEvidence(e.event_id, tr); });
      body.append(tr);
    });
    return h("table", { class: "events" },
      h("thead", {}, h("tr", {}, ["date", "source", "event", "target", "Goldstein", "confidence", "quad", "place", "evidence"].map(function (c) {
        return h("th", { class: c === "Goldstein" || c === "confidence" ? "num" : null }, c);
      }))), body);
  }

  // A paged list of events from /api/events with the given filters.
  function eventsList(container, filters, opts) {
    opts = opts || {};
    const size = opts.size || 50;
    let offset = 0;
    async function load() {
      const q = new URLSearchParams(filters);
      q.set("limit", size);
      q.set("offset", offset);
      const page = await api("/api/events", q);
      container.textContent = "";
      container.dataset.loaded = String(parseInt(container.dataset.loaded || "0", 10) + 1);
      if (opts.count) opts.count.textContent = page.total + (page.total === 1 ? " event" : " events");
      if (!page.total) { container.append(h("p", { class: "muted" }, "No events match these filters.")); return; }
      const prev = h("button", { type: "button", class: "prev", disabled: offset === 0 ? "disabled" : null,
                                 onclick: function () { offset = Math.max(0, offset - size); load().catch(showError); } }, "← previous");
      const next = h("button", { type: "button", class: "next", disabled: offset + size >= page.total ? "disabled" : null,
                                 onclick: function () { offset += size; load().catch(showError); } }, "next →");
      append(container, [eventsTable(page.events),
        page.total > size || opts.pager ? h("div", { class: "pager" }, prev,
          h("span", { class: "range" }, (offset + 1) + "–" + Math.min(offset + size, page.total) + " of " + page.total), next) : null]);
    }
    return load();
  }

  function stats(el, items) {
    el.textContent = "";
    items.forEach(function (it) { el.append(h("div", { class: "stat" }, h("b", {}, String(it[1])), h("span", {}, it[0]))); });
  }

  // ---- pages --------------------------------------------------------------------------------------
  const PAGES = {};

  PAGES.overview = function () {
    Charts.quadLegend($(".legend.quads"));
    bindForm(async function (p) {
      const by = p.get("by") || "month";
      const f = apiFilters(p, ["actor", "from", "to"]);
      const q = new URLSearchParams(f);
      q.set("by", by);
      const o = await api("/api/overview", q);
      const t = o.totals;
      stats($("#stats"), [["events", t.events], ["articles", t.documents],
        ["first day", t.first || "–"], ["last day", t.last || "–"]]);
      // a few stray early dates would squash the chart: leave out up to 2% of the events at the start
      let timeline = o.timeline;
      const note = $("#timeline-note");
      note.textContent = "";
      if (!p.get("from") && Charts.fillPeriods(timeline, by).length > 40) {
        const total = timeline.reduce(function (a, x) { return a + x.events; }, 0);
        let cut = 0, dropped = 0;
        while (cut < timeline.length - 1 && dropped + timeline[cut].events <= total * 0.02 &&
               timeline.length - cut > 12) {
          dropped += timeline[cut].events;
          cut++;
        }
        if (cut) {
          note.textContent = dropped + (dropped === 1 ? " event" : " events") + " before " + timeline[cut].period +
            " (from " + timeline[0].period + ") not drawn: choose a \u201cfrom\u201d day to see them.";
          timeline = timeline.slice(cut);
        }
      }
      Charts.periodBars($("#timeline"), timeline, { by: by, name: "events over time by quad class" });
      Charts.hbars($("#dyads"), o.top_dyads.map(function (d) {
        const other = d.events - d.cooperation - d.conflict;
        return { label: d.a + " ↔ " + d.b, href: "/dyad?a=" + enc(d.a) + "&b=" + enc(d.b) + "&by=" + by,
                 segments: [{ value: d.cooperation, color: "#0b5394", label: "cooperation" },
                            { value: d.conflict, color: "#b2182b", label: "conflict" },
                            { value: other, color: "#bbb", label: "other" }] };
      }), { name: "top dyads" });
      Charts.hbars($("#codes"), o.top_codes.map(function (c) {
        const q = Charts.QUADS[(c.quad_class || 1) - 1];
        return { label: c.code + " " + (c.name || ""), href: "/events?code=" + enc(c.code),
                 segments: [{ value: c.events, color: q ? q.color : "#999", label: "events" }] };
      }), { name: "top event codes", labelWidth: 260 });
      const latest = new URLSearchParams(f);
      latest.set("order", "desc");
      await eventsList($("#latest"), latest, { size: 10 });
    });
  };

  PAGES.events = function () {
    bindForm(function (p) {
      const f = apiFilters(p, ["actor", "source", "target", "code", "root", "quad", "from", "to", "place", "order",
                               "min_confidence"]);
      return eventsList($("#list"), f, { count: $("#count"), pager: true });
    });
  };

  async function defaultDyad() {
    const o = await api("/api/overview", new URLSearchParams("top=1"));
    return o.top_dyads[0];
  }

  PAGES.dyad = function () {
    Charts.quadLegend($(".legend.quads"));
    bindForm(async function (p) {
      let a = (p.get("a") || "").toUpperCase(), b = (p.get("b") || "").toUpperCase();
      if (!a || !b) {
        const d = await defaultDyad();
        if (!d) { $("#title").textContent = "No events in the store yet"; return; }
        a = d.a; b = d.b;
        $("#filters").elements.a.value = a;
        $("#filters").elements.b.value = b;
      }
      const by = p.get("by") || "month", directed = p.get("directed") === "true";
      const q = apiFilters(p, ["from", "to", "min_confidence"]);
      q.set("by", by);
      if (directed) q.set("directed", "true");
      const d = await api("/api/dyad/" + enc(a) + "/" + enc(b), q);
      $("#title").textContent = a + (directed ? " → " : " ↔ ") + b;
      document.title = a + " and " + b + " · eventwire";
      const dated = d.periods.filter(function (x) { return x.period; });
      const sum = function (k) { return d.periods.reduce(function (acc, x) { return acc + (x[k] || 0); }, 0); };
      const gsum = d.periods.reduce(function (acc, x) { return acc + (x.goldstein || 0) * x.events; }, 0);
      const n = sum("events");
      stats($("#stats"), [["events", n], [a + " → " + b, sum("a_to_b")], directed ? null : [b + " → " + a, sum("b_to_a")],
        ["cooperation", sum("verbal_coop") + sum("material_coop")], ["conflict", sum("verbal_conflict") + sum("material_conflict")],
        ["mean Goldstein", n ? fmtG(gsum / n) : "–"]].filter(Boolean));
      $("#coop-title").textContent = "Cooperation and conflict per " + by;
      $("#gold-title").textContent = "Mean Goldstein score per " + by;
      Charts.periodBars($("#coopconf"), dated, { diverging: true, by: by, name: "cooperation and conflict" });
      Charts.goldsteinLine($("#goldstein"), dated, { by: by });
      const f = apiFilters(p, ["from", "to", "min_confidence"]);
      if (directed) { f.append("source", a); f.append("target", b); } else { f.append("actor", a); f.append("actor", b); }
      await eventsList($("#list"), f, { pager: true });
    });
  };

  PAGES.country = function () {
    bindForm(async function (p) {
      let c = (p.get("c") || "").toUpperCase();
      if (!c) {
        const d = await defaultDyad();
        if (!d) { $("#title").textContent = "No events in the store yet"; return; }
        c = d.a;
        $("#filters").elements.c.value = c;
      }
      const q = apiFilters(p, ["from", "to"]);
      if (p.get("domestic") === "true") q.set("domestic", "true");
      q.set("limit", "40");
      const r = await api("/api/partners/" + enc(c), q);
      $("#title").textContent = c + " and its partners";
      document.title = c + " · eventwire";
      const ps = r.partners;
      const sum = function (k) { return ps.reduce(function (acc, x) { return acc + (x[k] || 0); }, 0); };
      stats($("#stats"), [["partners", ps.length], ["events", sum("events")], ["cooperation", sum("cooperation")],
        ["conflict", sum("conflict")]]);
      const href = function (x) { return "/dyad?a=" + enc(c) + "&b=" + enc(x.partner); };
      Charts.partnerBars($("#partners"), ps.slice(0, 20), { href: href });
      Charts.network($("#network"), c, ps.slice(0, 16), { href: href });
      const table = h("table", { class: "plain partners" },
        h("thead", {}, h("tr", {}, ["partner", "events", "cooperation", "conflict", "mean Goldstein", "first", "last"].map(function (x, i) {
          return h("th", { class: i > 0 && i < 5 ? "num" : null }, x);
        }))),
        h("tbody", {}, ps.map(function (x) {
          return h("tr", {}, h("td", {}, h("a", { href: href(x), class: "actor" }, x.partner)),
            h("td", { class: "num" }, x.events), h("td", { class: "num" }, x.cooperation), h("td", { class: "num" }, x.conflict),
            h("td", { class: "num" }, fmtG(x.goldstein)), h("td", {}, x.first || ""), h("td", {}, x.last || ""));
        })));
      const box = $("#table");
      box.textContent = "";
      box.append(ps.length ? table : h("p", { class: "muted" }, "No partners match these filters."));
    });
  };

  let worldCache = null;
  PAGES.map = function () {
    const legend = $(".map-legend");
    append(legend, [h("span", {}, "circle size: events"), h("span", {}, "colour: mean Goldstein score"),
      [-8, -3, 0, 3, 8].map(function (g) {
        const sw = h("i", {});
        sw.style.background = Charts.goldColor(g);
        sw.style.borderRadius = "6px";
        return h("span", {}, sw, fmtG(g));
      })]);
    bindForm(async function (p) {
      const f = apiFilters(p, ["actor", "quad", "from", "to"]);
      worldCache = worldCache || await api("/api/world");
      const r = await api("/api/places", f);
      const n = r.places.reduce(function (a, x) { return a + x.events; }, 0);
      $("#count").textContent = n + " events in " + r.places.length + " places" +
        (r.unplaced ? "; " + r.unplaced + " without a place" : "");
      $("#list").textContent = "";
      $("#place-title").textContent = "Click a place to list its events";
      Charts.worldMap($("#map"), worldCache.countries, r.places, {
        onClick: function (pl) {
          $("#place-title").textContent = "Events in " + (pl.name || "?") + (pl.country ? " (" + pl.country + ")" : "");
          const q = new URLSearchParams(f);
          q.append("place", pl.id || pl.name);
          eventsList($("#list"), q, {}).catch(showError);
        },
      });
    });
  };

  PAGES.event = async function () {
    const id = $("#main").dataset.key;
    markLegend($(".legend.marks"));
    let e;
    try { e = await api("/api/events/" + enc(id)); } catch (err) { $("#title").textContent = "No such event"; return showError(err); }
    $("#title").textContent = "";
    append($("#title"), [h("span", { class: "actor" }, e.source_code), " → ", h("span", { class: "code" }, e.code), " ",
      e.code_name || "", " → ", h("span", { class: "actor" }, e.target_code)]);
    const place = [e.action_geo_name, e.action_geo_admin1, e.action_geo_country].filter(Boolean).join(", ");
    const row = function (k, v) { return v === null || v === undefined || v === "" ? null : [h("dt", {}, k), h("dd", {}, v)]; };
    const country = function (code) { return (code || "").slice(0, 3); };
    $("#facts").append(h("dl", { class: "facts" },
      row("date", (e.date || "undated") + (e.date_precision && e.date_precision !== "day" ? " (to the " + e.date_precision + ")" : "")),
      row("source", [h("span", { class: "actor" }, e.source_code), " " + (e.source_name || ""),
        e.source_text ? h("span", { class: "muted" }, " — written \u201c" + e.source_text + "\u201d") : null]),
      row("target", [h("span", { class: "actor" }, e.target_code), " " + (e.target_name || ""),
        e.target_text ? h("span", { class: "muted" }, " — written \u201c" + e.target_text + "\u201d") : null]),
      row("event code", [h("span", { class: "code" }, e.code), " " + (e.code_name || "")]),
      row("root", [h("span", { class: "code" }, e.root), " " + (e.root_name || "")]),
      row("PLOVER", e.plover),
      row("Goldstein", fmtG(e.goldstein)),
      row("confidence", e.confidence === null || e.confidence === undefined ? null : confidenceBox(e)),
      row("quad class", e.quad_class ? [quadBadge(e.quad_class), " " + QUAD_NAMES[e.quad_class]] : null),
      row("place", place ? place + (e.action_geo_lat !== null ? " (" + e.action_geo_lat.toFixed(2) + ", " + e.action_geo_lon.toFixed(2) + ")" : "") : "none found"),
      row("reported", e.num_mentions + (e.num_mentions === 1 ? " mention" : " mentions") + " in " + (e.num_articles || 1) +
        ((e.num_articles || 1) === 1 ? " article" : " articles")),
      row("see also", [h("a", { href: "/dyad?a=" + enc(country(e.source_code)) + "&b=" + enc(country(e.target_code)) }, "the dyad " +
        country(e.source_code) + " ↔ " + country(e.target_code)), " · ", h("a", { href: "/country?c=" + enc(country(e.source_code)) },
        country(e.source_code) + "'s partners")])));
    const box = $("#mentions");
    e.mentions.forEach(function (m) {
      box.append(h("div", { class: "mention" },
        h("p", { class: "muted" }, h("a", { href: "/document/" + enc(m.content_hash) + "#s" + m.sentence_index }, m.doc_id),
          [m.outlet, m.doc_date || m.date, "sentence " + (m.sentence_index + 1)].filter(Boolean).map(function (x) { return " · " + x; }).join("")),
        h("div", { class: "sentence-box evidence" }, marked(m.sentence || "", m.highlights)),
        why(m.explain)));
    });
  };

  PAGES.document = async function () {
    const key = $("#main").dataset.key;
    markLegend($(".legend.marks"));
    let d;
    try { d = await api("/api/documents/" + enc(key)); } catch (err) { $("#title").textContent = "No such document"; return showError(err); }
    $("#title").textContent = d.doc_id;
    document.title = d.doc_id + " · eventwire";
    const row = function (k, v) { return v ? [h("dt", {}, k), h("dd", {}, v)] : null; };
    $("#facts").append(h("dl", { class: "facts" }, row("published", d.date), row("outlet", d.outlet), row("address", d.url),
      row("content hash", h("span", { class: "code" }, d.content_hash)), row("coded", d.coded_at),
      row("coder / dictionaries", "eventwire " + (d.coder_version || "?") + " / " + (d.dictionary_version || "?")),
      row("events", String(d.events.length))));
    const byId = {};
    d.events.forEach(function (e) { byId[e.event_id] = e; });
    const text = $("#text");
    d.sentences.forEach(function (s) {
      const chips = s.event_ids.map(function (id) {
        const e = byId[id];
        return h("a", { class: "chip", href: "/event/" + enc(id), title: e.code_name || "" },
                 e.source_code + " " + e.code + " " + e.target_code);
      });
      text.append(h("p", { id: "s" + s.index, class: s.event_ids.length ? "coded" : null },
                    marked(s.text, s.highlights), chips));
    });
    const list = $("#list");
    list.append(d.events.length ? eventsTable(d.events) : h("p", { class: "muted" }, "No events were coded from this document."));
    if (location.hash) { const el = document.getElementById(location.hash.slice(1)); if (el) el.scrollIntoView(); }
  };

  PAGES.api = async function () {
    const spec = await api("/api/openapi.json");
    const rows = [];
    Object.entries(spec.paths).forEach(function (pe) {
      Object.entries(pe[1]).forEach(function (me) {
        const op = me[1];
        const params = (op.parameters || []).map(function (x) { return x.name; });
        if (op.requestBody) params.push("JSON body {documents: [{text, doc_id, date, url, outlet}]}, Authorization: Bearer TOKEN");
        rows.push(h("tr", {}, h("td", { class: "method" }, me[0].toUpperCase()), h("td", { class: "code" }, pe[0]),
          h("td", {}, op.summary || ""), h("td", { class: "muted" }, params.join(", "))));
      });
    });
    $("#routes").append(h("table", { class: "plain routes" },
      h("thead", {}, h("tr", {}, h("th", {}, "method"), h("th", {}, "path"), h("th", {}, "what"), h("th", {}, "parameters"))),
      h("tbody", {}, rows)));
  };

  async function header() {
    try {
      const i = await api("/api/info");
      $("#store").textContent = i.store + " · " + i.counts.events + " events · " + (i.writable ? "uploads on" : "read-only");
    } catch (e) { /* the page says what went wrong */ }
  }

  document.addEventListener("DOMContentLoaded", function () {
    header();
    const page = PAGES[$("#main").dataset.page];
    const done = Promise.resolve(page ? page() : null).catch(showError);
    if (!$("#filters")) done.finally(rendered);
  });
})();
