"""A bounded schemathesis run over /api/v1/openapi.json: for generated requests to every operation, no
answer is a server error and every answer matches the documented schema (status code, content type,
body). Anonymous, staff and administrator callers; writes included (the test database is thrown away).

Bounded: a few examples per operation, so that the whole run stays well under a minute in CI on both
databases. The rate limits are raised by the test settings.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from synergies.calendar.models import Event
from synergies.testing import bearer, make_event, make_user

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
BOUNDED = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture
def wsgi_in_test_transaction() -> Any:
    """Schemathesis calls the WSGI application directly; like Django's test client, keep the request
    signals from closing the test's database connection (on PostgreSQL it is inside the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def calendar(db: Any, wsgi_in_test_transaction: None) -> dict[str, dict[str, str]]:
    """A few synthetic events (ids 1.. exist, one internal), and the callers' headers."""
    make_event(title="Synthetic schemathesis meeting")
    make_event(title="Synthetic internal schemathesis meeting", visibility=Event.Visibility.INTERNAL)
    return {
        "anonymous": {},
        "staff": {"Authorization": bearer(make_user("fuzz-staff", is_staff=True))["HTTP_AUTHORIZATION"]},
        "admin": {
            "Authorization": bearer(make_user("fuzz-admin", is_staff=True, is_superuser=True))["HTTP_AUTHORIZATION"]
        },
    }


@schema.include(method="GET").parametrize()
@BOUNDED
def test_reads_never_fail_and_match_the_schema(case: Any, calendar: dict[str, dict[str, str]]) -> None:
    for caller in ("anonymous", "staff"):
        case.call_and_validate(headers=calendar[caller], checks=CHECKS)


@schema.exclude(method="GET").parametrize()
@BOUNDED
def test_writes_never_fail_and_match_the_schema(case: Any, calendar: dict[str, dict[str, str]]) -> None:
    case.call_and_validate(headers=calendar["admin"], checks=CHECKS)
