"""``kg serve``: the HTTP API and web UI on one port (uvicorn with uvloop and httptools)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


@fails_cleanly
def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    data: DataOption = None,
    sparql_timeout: Annotated[float | None, typer.Option(help="Seconds a SPARQL query may run (default 10).")] = None,
    sparql_row_cap: Annotated[int | None, typer.Option(help="Most rows a SPARQL result may have (default 10000).")]
    = None,
    sparql_workers: Annotated[int | None, typer.Option(help="SPARQL worker processes (default 2).")] = None,
) -> None:
    """Serve search, entities, documents, /sparql and the web UI for the current build."""
    # One OpenMP thread per request thread: set before torch/faiss load (the app also pins them at load time).
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import uvicorn

    from api.deps import served_build
    from api.main import create_app
    from api.settings import Settings
    from kg.artefacts import open_build

    settings = Settings.from_env(data=data_dir(data), sparql_timeout=sparql_timeout, sparql_row_cap=sparql_row_cap,
                                 sparql_workers=sparql_workers)
    build = open_build(settings.data)  # fail now, with a clear message, rather than on the first request
    app = create_app(settings)
    state = served_build(app).current()
    state.pool  # noqa: B018 - start the query workers while the searcher loads
    try:
        state.searcher  # noqa: B018 - load the model and index before the first request
    except Exception as exc:  # search is one feature: the graph, pages and SPARQL still serve
        typer.echo(f"warning: search unavailable: {exc}", err=True)
    typer.echo(f"serving {build.path} on http://{host}:{port}  (API docs: http://{host}:{port}/docs)", err=True)
    uvicorn.run(app, host=host, port=port, loop="uvloop", http="httptools", log_level="info")
