"""The web: `eventwire serve` (app.py: the HTTP API and the pages), its read queries (reads.py)
and the world outline (world.py). Importing this package needs no web server."""
