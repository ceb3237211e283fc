"""Rendered page parts are kept until the site's data changes, apart for what each viewer may see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpRequest
from django.test import RequestFactory
from django.utils import translation

from synergies.core.models import DataGeneration
from synergies.core.page_cache import cached, page_key
from synergies.testing import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def _request(user: object = None) -> HttpRequest:
    request = RequestFactory().get("/events/")
    request.user = user or AnonymousUser()  # type: ignore[assignment]
    return request


def test_a_key_changes_when_the_data_changes() -> None:
    before = page_key(_request(), "calendar-list")
    assert page_key(_request(), "calendar-list") == before
    DataGeneration.advance()
    assert page_key(_request(), "calendar-list") != before


def test_staff_and_the_public_never_share_a_key() -> None:
    staff = make_user("synthetic-staff", is_staff=True)
    assert page_key(_request(staff), "calendar-list") != page_key(_request(), "calendar-list")


def test_the_language_the_namespace_and_the_pages_own_parts_are_in_the_key() -> None:
    with translation.override("en"):
        english = page_key(_request(), "calendar-list", "q=mercury")
        assert page_key(_request(), "calendar-list", "q=plastics") != english
        assert page_key(_request(), "register", "q=mercury") != english
        assert english.startswith("calendar-list:")
    with translation.override("fr"):
        assert page_key(_request(), "calendar-list", "q=mercury") != english


def test_only_answers_with_status_200_are_kept() -> None:
    built: list[int] = []

    def build(status: int) -> tuple[str, int]:
        built.append(status)
        return f"page {len(built)}", status

    assert cached("missing", lambda: build(404)) == ("page 1", 404)
    assert cached("missing", lambda: build(404)) == ("page 2", 404)
    assert cached("found", lambda: build(200)) == ("page 3", 200)
    assert cached("found", lambda: build(200)) == ("page 3", 200)
    assert built == [404, 404, 200]
