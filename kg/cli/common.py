"""Options and error handling shared by the CLI commands."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg.errors import KGError

DataOption = Annotated[
    Path | None, typer.Option("--data", help="Data folder for built artefacts (default $KG_DATA or ./var).")
]
F = TypeVar("F", bound=Callable[..., Any])


def fails_cleanly(func: F) -> F:
    """Turn a :class:`KGError` into a one-line message on stderr and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(1) from exc

    return wrapper  # type: ignore[return-value]
