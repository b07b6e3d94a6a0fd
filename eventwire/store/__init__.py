"""The event store: one schema in DuckDB (a file, the default) or PostgreSQL (shared)."""
from .sql import DEFAULT_PATH, StoreError, is_postgres
from .store import ADDED, COPY, REPLACED, UNCHANGED, Store
from .versions import coder_version, dictionary_version

__all__ = ["Store", "StoreError", "DEFAULT_PATH", "is_postgres", "dictionary_version", "coder_version",
           "ADDED", "UNCHANGED", "REPLACED", "COPY"]
