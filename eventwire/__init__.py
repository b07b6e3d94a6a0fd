"""eventwire: news text in, political event data out."""

__version__ = "0.1.0"


def __getattr__(name):
    # eventwire.Store without importing the store (and its drivers) for every command
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")


__all__ = ["Store", "__version__"]
