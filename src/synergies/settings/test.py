"""Settings for the test suite: the base settings with fast hashing and e-mail kept in memory."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
DEBUG = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The API's rate limits stay out of the way of other tests; the API's own tests lower them.
SYNERGIES_API_RATE_ANON = SYNERGIES_API_RATE_TOKEN = "100000/min"
