"""Production profile: everything from the environment, nothing insecure by default.

``DJANGO_SETTINGS_MODULE=synergies.settings.production synergies check --deploy`` passes.
"""

from __future__ import annotations

import os

from django.core.checks import CheckMessage, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the host names this site answers to.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
WHITENOISE_USE_FINDERS = False
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405

# Several workers must share the cache: the API's rate limits (0503) and the page caches count and store
# there, and ``locmem://`` is one process's memory (N workers would allow N times the rate). Set
# CACHE_URL=redis://… (or db://TABLE); SYNERGIES_SINGLE_PROCESS=1 says the per-process cache is meant.
SYNERGIES_SINGLE_PROCESS = env_bool("SYNERGIES_SINGLE_PROCESS", False)


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs: object = None, **kwargs: object) -> list[CheckMessage]:
    """``check --deploy`` warns when the production profile keeps its cache in one process's memory."""
    from django.conf import settings

    backend = str(settings.CACHES["default"]["BACKEND"])
    if backend.endswith("LocMemCache") and not getattr(settings, "SYNERGIES_SINGLE_PROCESS", False):
        return [
            Warning(
                "CACHE_URL is not set: the cache is one process's memory, so with several workers each keeps "
                "its own API rate limits and page cache.",
                hint="Set CACHE_URL=redis://HOST:6379/0 (or db://TABLE), or SYNERGIES_SINGLE_PROCESS=1 for one process.",
                id="synergies.W001",
            )
        ]
    return []
