import os

import pytest
from hypothesis import HealthCheck, settings

from eventwire.records import Document

# Property tests must not go red by chance in CI: with CI set (CI runs `.ci/run` with CI=true)
# every test draws the same examples on every run (derandomize, so no example database
# either; a failure prints the blob that replays it). Locally they search afresh each run;
# `--hypothesis-profile=ci` reproduces CI, `--hypothesis-seed=N` explores (ignored under ci).
# Loaded here, before the test modules are imported: a settings(...) object takes the values
# it does not set from the profile loaded when it is created.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def coder():
    from eventwire.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def code_text(coder):
    """Code one text; return [(source, code, target)] and the events themselves."""

    def run(text, date="2023-03-15", doc_id="t"):
        (doc, events), = list(coder.code([Document(doc_id, text, date=date)]))
        return events

    return run


def triples(events):
    return {(e.source.code, e.code[:2], e.target.code) for e in events}


def country(code):
    """The country part of an actor code, or the whole code of an international actor."""
    return code if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def countries(events):
    return {(country(e.source.code), e.code[:2], country(e.target.code)) for e in events}


def coded(events):
    """The events as a sorted list of (source code, target code, CAMEO code), to compare with ==:
    an extra event, a doubled one or one with its roles swapped fails, unlike a check of `in`."""
    return sorted((e.source.code, e.target.code, e.code) for e in events)
