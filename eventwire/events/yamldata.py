"""Reading the coder's YAML data files (data/*.yaml) with PyYAML's safe loader.

libyaml's C parser, when PyYAML was built with it, reads the same documents into the same
values about ten times faster than the pure-Python one (the files are read at every start-up);
without it the pure-Python safe loader is used.
"""
from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """The value of the YAML document in `stream` (text or an open file), as yaml.safe_load gives."""
    return yaml.load(stream, Loader=_LOADER)
