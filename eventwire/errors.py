"""The one error class of eventwire's Python API: a one-line message and the CLI's exit code.

Python callers catch `EventwireError` (or one of its kinds: StoreError, DictionaryError,
ScaleError, QueryError); the command line prints the same message as `error: ...` and exits
with `exit_code` (2: bad input or setup, 1: a failure while working).
"""
from __future__ import annotations


class EventwireError(Exception):
    """Something eventwire cannot do, told in one line."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class QueryError(EventwireError, ValueError):
    """A bad query argument (an actor code, a date, a quad class): a ValueError too."""


__all__ = ["EventwireError", "QueryError"]
