"""The HTML of the pages: a shell per page; static/app.js fills it from the API."""
from __future__ import annotations

from html import escape

from .. import __version__

ROUTES = {"/": "overview", "/events": "events", "/dyad": "dyad", "/country": "country", "/map": "map",
          "/api": "api"}
NAV = (("/", "Overview", "overview"), ("/events", "Events", "events"), ("/dyad", "Dyad", "dyad"),
       ("/country", "Country", "country"), ("/map", "Map", "map"), ("/api", "API", "api"))

QUAD_OPTIONS = ('<option value="">any quad class</option><option value="1">1 verbal cooperation</option>'
                '<option value="2">2 material cooperation</option><option value="3">3 verbal conflict</option>'
                '<option value="4">4 material conflict</option>')
BY_OPTIONS = '<option value="week">week</option><option value="month" selected>month</option>' \
             '<option value="quarter">quarter</option><option value="year">year</option>'


def _field(name: str, label: str, kind: str = "text", placeholder: str = "", size: int = 8) -> str:
    return (f'<label>{label}<input name="{name}" type="{kind}" placeholder="{placeholder}"'
            f'{" size=" + chr(34) + str(size) + chr(34) if kind == "text" else ""}></label>')


def _select(name: str, label: str, options: str) -> str:
    return f'<label>{label}<select name="{name}">{options}</select></label>'


DATES = _field("from", "from", "date") + _field("to", "to", "date")
APPLY = '<button type="submit">Apply</button><a class="reset" href="?">reset</a>'
LEGEND = '<div class="legend quads"></div>'

BODIES = {
    "overview": f"""
<h1>Overview</h1>
<form class="filters" id="filters">{_field("actor", "actor", placeholder="e.g. VEN")}{DATES}
{_select("by", "per", BY_OPTIONS)}{APPLY}</form>
<section class="stats" id="stats"></section>
<section class="card"><h2>Events over time by quad class</h2>{LEGEND}<div id="timeline" class="chart"></div>
<p class="note" id="timeline-note"></p></section>
<div class="grid2">
<section class="card"><h2>Top dyads</h2><p class="note">Pairs of countries or organisations, either way.
Click one to see its history.</p><div id="dyads" class="chart"></div></section>
<section class="card"><h2>Top event codes</h2><p class="note">Click one to list its events.</p>
<div id="codes" class="chart"></div></section>
</div>
<section class="card"><h2>Latest events</h2><div id="latest"></div></section>""",

    "events": f"""
<h1>Events</h1>
<form class="filters" id="filters">{_field("actor", "actor", placeholder="VEN")}
{_field("source", "source", placeholder="RUS")}{_field("target", "target", placeholder="VENGOV")}
{_field("code", "code", placeholder="042", size=5)}{_field("root", "root", placeholder="19", size=3)}
{_select("quad", "quad", QUAD_OPTIONS)}{DATES}{_field("place", "place", placeholder="Caracas")}
{_field("min_confidence", "min. confidence", placeholder="0.8", size=4)}
{_select("order", "order", '<option value="asc">oldest first</option><option value="desc">newest first</option>')}
{APPLY}</form>
<p class="count" id="count"></p>
<div id="list"></div>""",

    "dyad": f"""
<form class="filters" id="filters">{_field("a", "actor A", placeholder="VEN", size=6)}
{_field("b", "actor B", placeholder="RUS", size=6)}{_select("by", "per", BY_OPTIONS)}{DATES}
{_field("min_confidence", "min. confidence", placeholder="0.8", size=4)}
<label class="check"><input type="checkbox" name="directed" value="true">only A → B</label>{APPLY}</form>
<h1 id="title">Dyad</h1>
<section class="stats" id="stats"></section>
<section class="card"><h2 id="coop-title">Cooperation and conflict</h2>
<p class="note">Cooperation above the line, conflict below it.</p>{LEGEND}
<div id="coopconf" class="chart"></div></section>
<section class="card"><h2 id="gold-title">Mean Goldstein score</h2><p class="note">From −10 (most conflictual)
to +10 (most cooperative).</p><div id="goldstein" class="chart"></div></section>
<section class="card"><h2>Events</h2><div id="list"></div></section>""",

    "country": f"""
<form class="filters" id="filters">{_field("c", "country or actor", placeholder="VEN", size=6)}{DATES}
<label class="check"><input type="checkbox" name="domestic" value="true">include domestic</label>{APPLY}</form>
<h1 id="title">Country</h1>
<section class="stats" id="stats"></section>
<div class="grid2">
<section class="card"><h2>Partners: cooperation against conflict</h2><p class="note">Events with each partner:
conflict to the left, cooperation to the right. Click a partner for the dyad.</p>
<div id="partners" class="chart"></div></section>
<section class="card"><h2>Network</h2><p class="note">Line width: events; colour: mean Goldstein score
(red conflictual, blue cooperative).</p><div id="network" class="chart"></div></section>
</div>
<section class="card"><h2>Partners</h2><div id="table"></div></section>""",

    "map": f"""
<h1>Map of events</h1>
<form class="filters" id="filters">{_field("actor", "actor", placeholder="VEN")}{_select("quad", "quad", QUAD_OPTIONS)}
{DATES}{APPLY}</form>
<p class="count" id="count"></p>
<section class="card"><div class="legend map-legend"></div><div id="map" class="chart map"></div></section>
<section class="card"><h2 id="place-title">Click a place to list its events</h2><div id="list"></div></section>""",

    "event": """
<p class="crumbs"><a href="/events">Events</a></p>
<h1 id="title">Event</h1>
<section class="card" id="facts"></section>
<section class="card"><h2>Evidence</h2><div class="legend marks"></div><div id="mentions"></div></section>""",

    "document": """
<p class="crumbs"><a href="/events">Events</a></p>
<h1 id="title">Document</h1>
<section class="card" id="facts"></section>
<section class="card"><h2>Text</h2><div class="legend marks"></div><div id="text" class="doc-text"></div></section>
<section class="card"><h2>Events coded from it</h2><div id="list"></div></section>""",

    "api": """
<h1>HTTP API</h1>
<p>Every route answers JSON. The schema: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3).
Lists take the filters <code>actor</code>, <code>source</code>, <code>target</code>, <code>code</code>,
<code>root</code>, <code>quad</code>, <code>from</code>, <code>to</code>, <code>place</code>, and pages
<code>limit</code> and <code>offset</code>.</p>
<div id="routes"></div>""",
}

TITLES = {"overview": "Overview", "events": "Events", "dyad": "Dyad", "country": "Country", "map": "Map",
          "event": "Event", "document": "Document", "api": "API"}


def render(name: str, key: str | None = None) -> str:
    nav = "".join(f'<a href="{href}"{" class=" + chr(34) + "here" + chr(34) if page == name else ""}>{label}</a>'
                  for href, label, page in NAV)
    data_key = f' data-key="{escape(key, quote=True)}"' if key is not None else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLES[name]} · eventwire</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/charts.js" defer></script><script src="/static/app.js" defer></script>
</head><body>
<header class="top"><a class="brand" href="/">eventwire</a><nav>{nav}</nav>
<span id="store" class="store"></span></header>
<main id="main" data-page="{name}"{data_key}>{BODIES[name]}
<div id="error" class="error" hidden></div>
</main>
<div id="panel" class="panel" hidden></div>
<footer>eventwire {escape(__version__)} · events coded from news, each with its evidence</footer>
</body></html>
"""
