"""eventwire: news text in, political event data out.

From Python: `eventwire.code(texts, date=...)` (Event records), `eventwire.code_frame(df, text=...)`
(a pandas or polars frame of events) and `eventwire.Store.open(path)` (queries whose results
convert with .to_arrow(), .to_pandas(), .to_polars()). Each is imported when first used, so
`import eventwire` stays cheap (no spaCy, no database driver).
"""

__version__ = "0.1.0"

_LAZY = {"Store": ("store", "Store"), "code": ("api", "code"), "code_frame": ("api", "code_frame"),
         "EventwireError": ("errors", "EventwireError"), "Document": ("records", "Document"),
         "Event": ("records", "Event")}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")


__all__ = ["code", "code_frame", "Store", "EventwireError", "Document", "Event", "__version__"]
