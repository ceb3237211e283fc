"""Rate limits: per address without a token, per token with one; 429 with Retry-After."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings

from synergies.testing import bearer, make_user

pytestmark = pytest.mark.django_db


@override_settings(SYNERGIES_API_RATE_ANON="3/min", SYNERGIES_API_RATE_TOKEN="5/min")
def test_addresses_are_limited_and_told_when_to_come_back(api: Client) -> None:
    for _ in range(3):
        assert api.get("/api/v1/topics").status_code == 200
    refused = api.get("/api/v1/events", HTTP_ORIGIN="https://partner.example.org")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["detail"] == "Too many requests."
    # A partner's page can read the answer and when to retry.
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert "retry-after" in refused["Access-Control-Expose-Headers"].lower()
    # Another address has its own allowance.
    assert api.get("/api/v1/topics", REMOTE_ADDR="192.0.2.10").status_code == 200
    # Forged forwarding headers do not buy a new allowance (no proxy is trusted by default).
    assert api.get("/api/v1/topics", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


@override_settings(SYNERGIES_API_RATE_ANON="1/min", SYNERGIES_API_RATE_TOKEN="5/min")
def test_tokens_have_their_own_larger_allowance(api: Client) -> None:
    first, second = bearer(make_user("first")), bearer(make_user("second"))
    assert api.get("/api/v1/topics").status_code == 200
    assert api.get("/api/v1/topics").status_code == 429
    for _ in range(5):
        assert api.get("/api/v1/topics", **first).status_code == 200
    refused = api.get("/api/v1/topics", **first)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert api.get("/api/v1/topics", **second).status_code == 200


@override_settings(SYNERGIES_API_RATE_ANON="2/min", SYNERGIES_API_RATE_TOKEN="100/min")
def test_guessing_tokens_is_limited_per_address(api: Client) -> None:
    wrong: dict[str, Any] = {"HTTP_AUTHORIZATION": "Bearer syn_guess"}
    assert [api.get("/api/v1/topics", **wrong).status_code for _ in range(2)] == [401, 401]
    refused = api.get("/api/v1/topics", **wrong)
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert refused.json()["detail"] == "Too many requests with unknown or revoked tokens."
    # A real token from the same address still works.
    assert api.get("/api/v1/topics", **bearer(make_user("honest"))).status_code == 200


@override_settings(SYNERGIES_API_RATE_ANON="2/min", NINJA_NUM_PROXIES=1)
def test_behind_a_trusted_proxy_the_forwarded_address_counts(api: Client) -> None:
    for _ in range(2):
        assert api.get("/api/v1/topics", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 200
    assert api.get("/api/v1/topics", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert api.get("/api/v1/topics", HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200


def test_the_default_limits_come_from_the_settings(settings: Any) -> None:
    from synergies.settings import base

    assert (base.SYNERGIES_API_RATE_ANON, base.SYNERGIES_API_RATE_TOKEN) == ("60/min", "600/min")


def test_the_cache_is_chosen_by_cache_url() -> None:
    from synergies.settings.base import cache_from_url

    assert cache_from_url("db://shared_cache") == {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "shared_cache",
    }
    assert cache_from_url("redis://127.0.0.1:6379/0")["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache_from_url("locmem://")["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    with pytest.raises(ValueError, match="CACHE_URL"):
        cache_from_url("memcached://x")


@pytest.mark.django_db(transaction=True)
def test_limits_hold_across_clients_sharing_a_database_cache() -> None:
    """The counters live in the configured cache: here the database cache several workers can share."""
    from django.core.cache import cache
    from django.core.management import call_command

    db_cache = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "api_test_cache"}}
    with override_settings(CACHES=db_cache, SYNERGIES_API_RATE_ANON="2/min"):
        call_command("createcachetable", verbosity=0)
        assert Client().get("/api/v1/topics").status_code == 200
        assert Client().get("/api/v1/topics").status_code == 200
        assert Client().get("/api/v1/topics").status_code == 429
        assert any(key.startswith("throttle_api-address") for key in _database_cache_keys())
        cache.clear()


def _database_cache_keys() -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM api_test_cache")
        return [row[0].split(":")[-1] for row in cursor.fetchall()]
