"""Entities across documents and years: time series of recurring things, and changes between two documents."""

from kg.overview.base import Citation, Overview, local_id

__all__ = ["Citation", "Overview", "local_id"]
