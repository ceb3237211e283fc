"""The scheduled sending as a django-tasks task, run by the database-backed worker (``synergies db_worker``).

``synergies digest --send`` enqueues it (cron runs that once a day); the worker picks it up and sends.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django_tasks import task


@task()
def send_digests(day: str | None = None) -> dict[str, Any]:
    """Send the digests due on ``day`` (ISO date; default today). Returns the report, JSON-ready."""
    from synergies.core.actors import SYSTEM
    from synergies.digests.sending import send_due_digests

    return send_due_digests(date.fromisoformat(day) if day else None, by=SYSTEM).as_dict()
