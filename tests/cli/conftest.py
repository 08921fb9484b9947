"""Fixtures the command tests share with other test folders."""

from tests.overview.conftest import imdi_build  # noqa: F401 - IMDi's 2022-2024 documents, graph only
