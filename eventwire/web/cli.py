"""`eventwire serve`: the web pages and the HTTP API over a store."""
from __future__ import annotations

import socket
import sys
from typing import Optional

import typer


def serve(
    db: str = typer.Option("eventwire.duckdb", "--db", envvar="EVENTWIRE_DB",
                           help="The store: a DuckDB file or a postgresql:// URL. Default: $EVENTWIRE_DB, "
                           "else eventwire.duckdb."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on (0: any free port, printed at start)."),
    token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_TOKEN",
                                        help="Allow uploads: POST /api/documents codes articles into the store "
                                        "for requests with 'Authorization: Bearer TOKEN'. Without it the "
                                        "server is read-only. Better given as $EVENTWIRE_TOKEN."),
    max_body: int = typer.Option(2_000_000, "--max-body", help="Largest request body accepted, in bytes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No request log."),
):
    """Serve the pages (overview, dyad, country, map, events with their evidence) and the HTTP API
    (schema at /api/openapi.json). Read-only unless started with a token."""
    from rich.console import Console

    from ..store import StoreError
    from ..store.sql import describe

    err = Console(stderr=True, soft_wrap=True)
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        err.print(f"[red]error:[/red] the web server needs FastAPI and uvicorn ({exc}); pip install -e .")
        raise typer.Exit(2)
    try:
        app = create_app(db, token=token or None, max_body=max_body)
    except StoreError as exc:
        hint = f"; code some articles with `eventwire code ... --db {db}`" if "no store at" in str(exc) else ""
        err.print(f"[red]error:[/red] {exc}{hint}")
        raise typer.Exit(2)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot listen on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(2)
    if token:
        try:        # before listening: the first upload need not wait for the language model
            app.api.state.shared.warm()
        except Exception as exc:  # the model or dictionaries missing
            err.print(f"[red]error:[/red] uploads need the coder, which cannot be loaded: {exc}")
            sock.close()
            raise typer.Exit(2)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    mode = "uploads on (token required)" if token else "read-only"
    sys.stdout.write(f"eventwire: serving {describe(db)} ({mode}) at http://{shown}:{bound}/\n")
    sys.stdout.flush()
    config = uvicorn.Config(app, log_level="warning" if quiet else "info", access_log=not quiet,
                            limit_concurrency=64, timeout_keep_alive=5)
    uvicorn.Server(config).run(sockets=[sock])
