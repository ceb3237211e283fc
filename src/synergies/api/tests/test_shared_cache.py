"""Several workers, one allowance and one page cache: the counters and pages live in a shared Redis.

Each "worker" is its own ``RedisCache`` object with its own connection pool, as in separate gunicorn
processes, against the machine's real Redis (127.0.0.1:6379, databases 12 and 13 — one per test, so
that parallel test workers never flush each other's — flushed before and after; never mocked).
Skipped when no Redis answers. The same end to end, with gunicorn: ``.ci/production-check``.
Synthetic data only.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.core.checks import registry
from django.http import HttpRequest
from django.test import RequestFactory, override_settings

from synergies.api.security import AddressThrottle
from synergies.core import page_cache

REDIS_URL = "redis://127.0.0.1:6379/12"
PAGE_CACHE_REDIS_URL = "redis://127.0.0.1:6379/13"


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def redis_workers(request: pytest.FixtureRequest) -> Iterator[tuple[RedisCache, RedisCache]]:
    url = PAGE_CACHE_REDIS_URL if "page" in request.node.name else REDIS_URL
    if not _redis_answers(url):
        pytest.skip("no Redis on 127.0.0.1:6379")
    first, second = RedisCache(url, {}), RedisCache(url, {})
    first.clear()
    yield first, second
    first.clear()


def _anonymous_call(address: str = "192.0.2.1") -> HttpRequest:
    request = RequestFactory().get("/api/v1/topics", REMOTE_ADDR=address)
    request.auth = SimpleNamespace(token=None)  # type: ignore[attr-defined]
    return request


def _worker(cache: BaseCache) -> AddressThrottle:
    throttle = AddressThrottle()
    throttle.cache = cache  # what this worker's process holds as its default cache
    return throttle


def _allowed(throttles: list[AddressThrottle], calls: int) -> list[bool]:
    return [throttles[n % len(throttles)].allow_request(_anonymous_call()) for n in range(calls)]


@override_settings(SYNERGIES_API_RATE_ANON="4/min")
def test_two_workers_on_one_redis_share_one_allowance(redis_workers: tuple[RedisCache, RedisCache]) -> None:
    first, second = (_worker(cache) for cache in redis_workers)
    assert _allowed([first, second], 5) == [True, True, True, True, False]
    assert not first.allow_request(_anonymous_call()) and not second.allow_request(_anonymous_call())
    # Another address keeps its own allowance, on either worker.
    assert second.allow_request(_anonymous_call("192.0.2.2"))


@override_settings(SYNERGIES_API_RATE_ANON="4/min")
def test_per_process_caches_double_the_limit_with_two_workers() -> None:
    """Why the per-process default (``locmem://``) is for one process only: each worker counts alone."""
    first, second = _worker(LocMemCache("worker-1", {})), _worker(LocMemCache("worker-2", {}))
    assert _allowed([first, second], 8) == [True] * 8
    assert _allowed([first, second], 2) == [False, False]


def test_a_page_built_by_one_worker_is_served_by_the_other(
    redis_workers: tuple[RedisCache, RedisCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = redis_workers
    builds: list[str] = []

    def build() -> tuple[str, int]:
        builds.append("built")
        return "<p>synthetic page</p>", 200

    monkeypatch.setattr(page_cache, "cache", first)
    assert page_cache.cached("calendar-list:synthetic", build) == ("<p>synthetic page</p>", 200)
    monkeypatch.setattr(page_cache, "cache", second)
    assert page_cache.cached("calendar-list:synthetic", build) == ("<p>synthetic page</p>", 200)
    assert builds == ["built"]


@pytest.fixture
def production_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``settings.production``'s check, imported with the environment it requires, then unregistered again."""
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "s" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "synergies.example.org")
    registered = set(registry.registry.registered_checks)
    already = "synergies.settings.production" in sys.modules
    module = importlib.import_module("synergies.settings.production")
    yield module.check_shared_cache
    if not already:
        for check in set(registry.registry.registered_checks) - registered:
            registry.registry.registered_checks.discard(check)
            registry.registry.deployment_checks.discard(check)
        del sys.modules["synergies.settings.production"]


LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": ""}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}


def test_the_production_profile_warns_without_a_shared_cache(production_check: Any) -> None:
    with override_settings(CACHES=LOCMEM):
        assert [message.id for message in production_check()] == ["synergies.W001"]
    with override_settings(CACHES=LOCMEM, SYNERGIES_SINGLE_PROCESS=True):
        assert production_check() == []
    with override_settings(CACHES=REDIS):
        assert production_check() == []
