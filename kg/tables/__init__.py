"""Complete overviews: every entity of a type as a table, filtered, sorted, paged, exported and cited."""

from kg.tables.base import Citation, Column, Row, TableQuery, TableResult
from kg.tables.query import answer, parse_query, table_type
from kg.tables.rows import TableData

__all__ = ["Citation", "Column", "Row", "TableData", "TableQuery", "TableResult", "answer", "parse_query",
           "table_type"]
