"""Schemathesis over the API's own OpenAPI schema, against real `eventwire serve` processes:
no 5xx, answers as the schema says, every request answered within its timeout."""
from __future__ import annotations


import pytest
import requests
import schemathesis
from schemathesis import checks
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from webkit import call, writable_copy

TOKEN = "fuzz-token-0123"
TIMEOUT = 15          # seconds for one request: a hang fails the test
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
WRITE = settings(FUZZ, max_examples=12)


@pytest.fixture(scope="module")
def read_schema(server):
    return schemathesis.openapi.from_url(server.base + "/api/openapi.json")


@pytest.fixture(scope="module")
def fuzz_writable(web_store, tmp_path_factory):
    with writable_copy(web_store, tmp_path_factory.mktemp("fuzzwrite"), TOKEN) as s:
        yield s


@pytest.fixture(scope="module")
def write_schema(fuzz_writable):
    return schemathesis.openapi.from_url(fuzz_writable.base + "/api/openapi.json").include(method="POST")


# what the schema promises; positive_data_acceptance and negative_data_rejection are left out: the
# API checks values the schema cannot say (an actor code, a real date) and ignores blank filters
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]


def fuzz(schema, send, settings_=FUZZ) -> dict:
    """Run `send(case)` on generated cases of every operation, valid and invalid ones;
    the number of cases per operation."""
    seen: dict[str, int] = {}
    for result in schema.get_all_operations():
        op = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings_
            @given(op.as_strategy(generation_mode=mode))
            def run(case):
                seen[op.label] = seen.get(op.label, 0) + 1
                send(case)
            try:
                run()
            except Unsatisfiable:         # nothing to make invalid (no parameters)
                assert mode == GenerationMode.NEGATIVE, op.label
    return seen


def test_every_operation_of_a_read_only_server(read_schema):
    # POST /api/documents is among them: refused (403) without a token on the server
    seen = fuzz(read_schema, lambda case: case.call_and_validate(timeout=TIMEOUT, checks=CHECKS))
    assert len(seen) >= 12 and "POST /api/documents" in seen, seen
    print("schemathesis read-only:", sum(seen.values()), "cases over", len(seen), "operations")


def test_uploads_with_the_token(write_schema):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    seen = fuzz(write_schema, lambda case: case.call_and_validate(headers=auth, timeout=TIMEOUT, checks=CHECKS), WRITE)
    assert list(seen) == ["POST /api/documents"]
    print("schemathesis uploads:", sum(seen.values()), "cases")


def test_uploads_without_or_with_a_wrong_token(write_schema, fuzz_writable):
    before = call(fuzz_writable.base, "/api/info")[2]["counts"]

    def send(case):
        # the same request as sent, with no token and with a wrong one
        kw = case.as_transport_kwargs(base_url=fuzz_writable.base)
        plain = {k: v for k, v in kw.pop("headers", {}).items() if k.lower() != "authorization"}
        for auth, expected in ((None, 401), ("Bearer not-the-token", 403), ("Basic " + TOKEN, 403)):
            headers = dict(plain, **({"Authorization": auth} if auth else {}))
            r = requests.request(**kw, headers=headers, timeout=TIMEOUT)
            assert r.status_code in (expected, 411, 413), (auth, r.status_code, r.text[:300])

    fuzz(write_schema, send, WRITE)
    assert call(fuzz_writable.base, "/api/info")[2]["counts"] == before


def test_the_writable_server_still_answers(fuzz_writable):
    status, _, info = call(fuzz_writable.base, "/api/info")
    assert status == 200 and info["writable"] is True
