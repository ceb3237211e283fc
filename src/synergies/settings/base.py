"""Settings read from the environment, with safe defaults for a developer's machine.

Production uses ``synergies.settings.production``, which refuses to start without the
secrets and hosts it needs. See docs/operations.md for every variable.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("SYNERGIES_DATA_DIR", Path.cwd() / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-development-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "template_partials",
    "django_filters",
    "django_htmx",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "synergies.core",
    "synergies.accounts",
    "synergies.directory",
    "synergies.calendar",
    "synergies.register",
    "synergies.alignment",
    "synergies.federation",
    "synergies.api",
    "synergies.upcoming",
    "synergies.digests",
    "synergies.demo",
    "ninja",  # after our apps: its Swagger UI static files for /api/v1/docs (synergies.api)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "synergies.urls"
WSGI_APPLICATION = "synergies.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "synergies.core.context_processors.site",
                "synergies.accounts.context_processors.roles",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------
# SQLite file by default (WAL mode and a busy timeout, set in core.signals on connect);
# PostgreSQL when DATABASE_URL says so, e.g. postgres://postgres@127.0.0.1:5432/synergies
DEFAULT_SQLITE_PATH = DATA_DIR / "synergies.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if "DATABASE_URL" not in os.environ:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DATABASES["default"]["TEST"] = {"NAME": None}
else:
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME", "test_synergies")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# --- Internationalisation: the six official UN languages --------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files -----------------------------------------------------------------------
STATIC_URL = "static/"
# Serve static files straight from the apps (no collectstatic) outside production.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", DATA_DIR / "static"))
if "STATIC_ROOT" not in os.environ:  # WhiteNoise expects the folder, even while it serves from the apps
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": os.environ.get("STATICFILES_STORAGE", "django.contrib.staticfiles.storage.StaticFilesStorage")
    },
}

# --- E-mail -----------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "synergies@localhost")

# --- Content-Security-Policy: no inline scripts or styles anywhere ----------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
    }
}

# --- Background tasks (django-tasks; `synergies db_worker` runs them) ---------------------
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# --- CORS: anyone may read the public API and feeds from a browser; nothing else ---------
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_URLS_REGEX = r"^/(api/v1/.*|events\.(ics|atom|csv|json)|informea/.*)$"
CORS_EXPOSE_HEADERS = ["Retry-After"]  # so that a partner's page can honour the API's rate limits

# --- Synergies --------------------------------------------------------------------------
# Public address of this instance, used in feeds and e-mails where no request is at hand.
SYNERGIES_BASE_URL = os.environ.get("SYNERGIES_BASE_URL", "http://127.0.0.1:8000")
# How often subscribed calendars should come back (ICS REFRESH-INTERVAL / X-PUBLISHED-TTL).
SYNERGIES_FEED_REFRESH_HOURS = int(os.environ.get("SYNERGIES_FEED_REFRESH_HOURS", "6"))
SYNERGIES_EVENTS_PER_PAGE = 50
# Who sees internal data, for core's page cache (core sits below accounts and may not import it; 0013).
SYNERGIES_SEES_INTERNAL = "synergies.accounts.policy.sees_internal"
# JSON API rate limits ("N/s", "N/min", "N/hour", "N/day"): per client address without a token, per token
# with one. The counters live in the cache below: several workers need a shared one (docs/api.md).
SYNERGIES_API_RATE_ANON = os.environ.get("SYNERGIES_API_RATE_ANON", "60/min")
SYNERGIES_API_RATE_TOKEN = os.environ.get("SYNERGIES_API_RATE_TOKEN", "600/min")
# Reverse proxies in front of the site: the client address is then read from X-Forwarded-For.
NINJA_NUM_PROXIES = int(os.environ.get("SYNERGIES_TRUSTED_PROXIES", "0"))


def cache_from_url(url: str) -> dict[str, str]:
    """``CACHE_URL``: ``locmem://`` (default, one process), ``db://TABLE`` (run ``synergies createcachetable``)
    or ``redis://HOST:PORT/DB`` (needs the ``redis`` package). Several workers need a shared one."""
    scheme, _, rest = url.partition("://")
    if scheme == "db":
        return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": rest or "synergies_cache"}
    if scheme in ("redis", "rediss"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": rest}
    raise ValueError(f"CACHE_URL must start with locmem://, db:// or redis://, not {url!r}")


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", "locmem://"))}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
