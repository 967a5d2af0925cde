"""Schema-driven fuzzing of every endpoint in the OpenAPI spec (schemathesis) against uvicorn on 127.0.0.1.

Valid and invalid requests generated from the spec must never get a 5xx. The last test checks the run sent at least
FUZZ_MIN_REQUESTS requests, so a spec that shrinks or a generator that stops early cannot pass quietly.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok

from assistant.api.app import create_app
from assistant.settings import Settings

EXAMPLES_PER_OPERATION = 150
FUZZ_MIN_REQUESTS = 1000

sent: Counter[str] = Counter()
statuses: Counter[int] = Counter()


# The spec does not depend on the index, so it is read from an app built here; requests go to the live server.
schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


@schema.parametrize()
@hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
    database=None,
)
def test_no_generated_request_gets_a_server_error(case: Any, live_server: str) -> None:
    response = case.call(base_url=live_server, timeout=30)
    sent[f"{case.method} {case.path}"] += 1
    statuses[response.status_code] += 1
    case.validate_response(response, checks=[not_a_server_error])


def test_the_fuzz_run_covered_every_endpoint_with_enough_requests() -> None:
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results), "some operations of the spec could not be read"
    labels = {operation.label for operation in operations}
    assert labels <= set(sent), f"not fuzzed: {sorted(labels - set(sent))}"
    print(f"\nfuzz: {sum(sent.values())} requests over {len(labels)} operations, statuses {sorted(statuses.items())}")
    assert sum(sent.values()) >= FUZZ_MIN_REQUESTS, dict(sent)
    assert not [code for code in statuses if code >= 500], dict(statuses)
