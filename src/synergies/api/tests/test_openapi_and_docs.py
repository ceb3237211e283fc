"""The OpenAPI document is valid OpenAPI 3 and describes every endpoint; the browsable docs at
/api/v1/docs work from our own static files under the strict Content-Security-Policy."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db

PATHS = {
    "/api/v1/events",
    "/api/v1/events/{event_id}",
    "/api/v1/events/{event_id}/cancel",
    "/api/v1/events/{event_id}/postpone",
    "/api/v1/organizations",
    "/api/v1/instruments",
    "/api/v1/bodies",
    "/api/v1/topics",
    "/api/v1/regions",
    "/api/v1/countries",
    "/api/v1/areas",
    "/api/v1/activities",
    "/api/v1/mandates",
    "/api/v1/focal-points",
    "/api/v1/alignment",
}


def test_the_openapi_document_is_valid_and_complete(api: Client) -> None:
    answer = api.get("/api/v1/openapi.json", HTTP_ORIGIN="https://partner.example.org")
    assert answer.status_code == 200 and answer["Access-Control-Allow-Origin"] == "*"
    spec = answer.json()
    validate(spec)
    assert spec["openapi"].startswith("3.") and spec["info"]["title"] == "Synergies API"
    assert spec["info"]["version"] == "1"
    assert set(spec["paths"]) == PATHS
    assert spec["components"]["securitySchemes"] == {"BearerToken": {"type": "http", "scheme": "bearer"}}
    events = spec["paths"]["/api/v1/events"]
    # Reads work with or without a token; writes need one.
    assert {} in events["get"]["security"] and {"BearerToken": []} in events["get"]["security"]
    assert events["post"]["security"] == [{"BearerToken": []}]
    names = {p["name"] for p in events["get"]["parameters"]}
    assert names == {
        "organizer",
        "instrument",
        "topic",
        "region",
        "country",
        "kind",
        "status",
        "from",
        "to",
        "q",
        "page",
        "page_size",
        "updated_since",
    }
    assert set(spec["paths"]["/api/v1/events/{event_id}"]) == {"get", "put", "patch"}
    assert {"409", "422", "403"} <= set(spec["paths"]["/api/v1/events/{event_id}"]["patch"]["responses"])


def test_the_docs_page_loads_only_our_own_scripts(api: Client) -> None:
    answer = api.get("/api/v1/docs")
    assert answer.status_code == 200
    html = answer.content.decode()
    csp = answer["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    sources = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert sources == ["/static/ninja/swagger-ui-bundle.js", "/static/ninja/swagger-ui-init.js"]
    assert not re.search(r"<script(?![^>]*(src=|application/json))", html), "no inline script"
    assert "cdn" not in html.lower() and 'lang="en"' in html
    for path in sources:
        assert api.get(path).status_code == 200


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_docs_render_in_a_browser_without_csp_violations(page: Any) -> None:
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto("/api/v1/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "Synergies API" in page.inner_text(".swagger-ui .info .title")
    page.wait_for_selector('.opblock-summary-path[data-path="/api/v1/events"]', timeout=20_000)
    assert [p for p in problems if "Content Security Policy" in p or "Refused" in p] == []
    assert problems == []
