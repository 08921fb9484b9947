"""Typed dependencies: what a handler needs, taken from the running app's state."""

from __future__ import annotations

from typing import Annotated, Any, Protocol

from fastapi import Depends, FastAPI, Request

from api.entities import EntityIndex
from api.settings import Settings
from api.sparql.worker import QueryPool
from api.state import AppState, ServedBuild
from kg.overview import Overview
from kg.tables import TableData


class SearchResult(Protocol):
    def as_json(self) -> dict[str, Any]: ...


class SearchEngine(Protocol):
    """What the API needs of :class:`kg.search.Searcher`."""

    def search(self, question: str, type: str | None = None, k: int = 10, filters: tuple[Any, ...] = (),
               ignore: frozenset[str] = frozenset()) -> SearchResult: ...


def served_build(app: FastAPI) -> ServedBuild:
    """The app's served build (set by :func:`api.main.create_app`); typed so callers cannot misuse it."""
    served = app.state.kg
    if not isinstance(served, ServedBuild):
        raise TypeError(f"app.state.kg is {type(served).__name__}, expected ServedBuild")
    return served


async def get_state(request: Request) -> AppState:
    """The state of the build being served (a newer current build is swapped in once loaded).

    A coroutine, like :func:`get_settings`: both only look (a ``stat`` of ``DATA/current`` at most), so they
    run on the event loop instead of costing every request a hop through the thread pool each.
    """
    return served_build(request.app).current()


StateDep = Annotated[AppState, Depends(get_state)]


async def get_settings(state: StateDep) -> Settings:
    return state.settings


def get_entities(state: StateDep) -> EntityIndex:
    return state.entities


def get_tables(state: StateDep) -> TableData:
    return state.tables


def get_overview(state: StateDep) -> Overview:
    return state.overview


def get_pool(state: StateDep) -> QueryPool:
    return state.pool


SettingsDep = Annotated[Settings, Depends(get_settings)]
EntitiesDep = Annotated[EntityIndex, Depends(get_entities)]
PoolDep = Annotated[QueryPool, Depends(get_pool)]
TablesDep = Annotated[TableData, Depends(get_tables)]
OverviewDep = Annotated[Overview, Depends(get_overview)]
