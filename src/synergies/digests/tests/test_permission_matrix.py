"""Who may subscribe, change, delete and send e-mail digests (``digests/permissions.py``), as a table: every
role × every write path (service call, HTML form, admin) × subscriptions of their own and of someone else,
with the expected answer in the table.

The roles: anonymous, the editor of an event's organizer (``organizer_editor``), the editor of another
organization (``other_editor``), the editor of an organization taking part (``participant_editor``), a staff
member without an edit role, an ``outsider`` (signed in, no longer staff, who kept a subscription from
before), an administrator, and ``SYSTEM``. Each signed-in role has a subscription of its own (``own``); the
subscription of a staff colleague is ``other``. Every refused write leaves the database as it was
(subscriptions, their filters, deliveries, history) and sends no mail. All data is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from synergies.core.actors import SYSTEM
from synergies.digests import permissions, services
from synergies.digests.models import DigestDelivery, DigestSubscription
from synergies.digests.sending import send_digest, send_due_digests
from synergies.digests.services import SubscriptionData
from synergies.digests.tests.conftest import MONDAY, World
from synergies.testing import make_subscription, make_user

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "organizer_editor",
    "other_editor",
    "participant_editor",
    "staff",
    "outsider",
    "administrator",
    "system",
)


@dataclass
class People:
    users: dict[str, Any]
    colleague: Any
    subscriptions: dict[str, DigestSubscription]  # by role ("own"), and "other": the colleague's

    def subscription(self, role: str, whose: str) -> DigestSubscription:
        found = self.subscriptions["other" if whose == "other" else role]
        return DigestSubscription.objects.select_related("user").get(pk=found.pk)


@pytest.fixture
def people(world: World) -> People:
    """The roles of the matrix over the digest fixtures' organizations (``world``), each with a digest."""
    users: dict[str, Any] = {
        "anonymous": AnonymousUser(),
        "organizer_editor": make_user("organizer-editor", editor_of=world.secretariat, email="organizer@example.org"),
        "other_editor": make_user("other-editor", editor_of=world.other, email="other@example.org"),
        "participant_editor": make_user("participant-editor", editor_of=world.branch, email="participant@example.org"),
        "staff": make_user("staff-member", is_staff=True, email="staff@example.org"),
        "outsider": make_user("former-staff", is_staff=True, email="former@example.org"),
        "administrator": make_user("administrator", is_superuser=True, is_staff=True, email="admin@example.org"),
        "system": SYSTEM,
    }
    colleague = make_user("colleague", is_staff=True, email="colleague@example.org")
    subscriptions = {
        role: make_subscription(user, by=user) for role, user in users.items() if role not in ("anonymous", "system")
    }
    subscriptions["other"] = make_subscription(colleague, by=colleague)
    users["outsider"].is_staff = False  # left the cluster after subscribing
    users["outsider"].save()
    return People(users, colleague, subscriptions)


def snapshot() -> tuple[Any, ...]:
    """Everything a digest write could change, and the mail sent."""
    return (
        sorted(DigestSubscription.objects.values_list("pk", "user_id", "rhythm", "horizon_days", "active")),
        sorted(
            DigestSubscription.organizations.through.objects.values_list("digestsubscription_id", "organization_id")
        ),
        DigestSubscription.history.count(),
        sorted(DigestDelivery.objects.values_list("subscription_id", "period_start", "period_end")),
        len(mail.outbox),
    )


def expect(allowed: bool, write: Callable[[], object]) -> None:
    """Run ``write``: it succeeds (and changes the snapshot) when ``allowed``; otherwise it is refused
    (``PermissionDenied``) and nothing changes."""
    before = snapshot()
    if allowed:
        write()
        assert snapshot() != before
    else:
        with pytest.raises(PermissionDenied):
            write()
        assert snapshot() == before


# --- The tables -------------------------------------------------------------------------------------

#: Subscribing oneself (``self``) or a staff colleague: (role, for whom, allowed).
SUBSCRIBE = [
    ("anonymous", "self", False),
    ("anonymous", "colleague", False),
    ("organizer_editor", "self", True),
    ("organizer_editor", "colleague", False),
    ("other_editor", "self", True),
    ("other_editor", "colleague", False),
    ("participant_editor", "self", True),
    ("participant_editor", "colleague", False),
    ("staff", "self", True),
    ("staff", "colleague", False),
    ("outsider", "self", False),
    ("outsider", "colleague", False),
    ("administrator", "self", True),
    ("administrator", "colleague", True),
    ("system", "colleague", True),
]

#: Changing (or pausing) and deleting a subscription: (role, whose, allowed).
CHANGE = [
    ("anonymous", "other", False),
    ("organizer_editor", "own", True),
    ("organizer_editor", "other", False),
    ("other_editor", "own", True),
    ("other_editor", "other", False),
    ("participant_editor", "own", True),
    ("participant_editor", "other", False),
    ("staff", "own", True),
    ("staff", "other", False),
    ("outsider", "own", False),  # no longer staff: not even their own
    ("outsider", "other", False),
    ("administrator", "own", True),
    ("administrator", "other", True),
    ("system", "other", True),
]

#: Sending a digest, and so recording its delivery: (role, allowed).
SEND = [
    ("anonymous", False),
    ("organizer_editor", False),
    ("other_editor", False),
    ("participant_editor", False),
    ("staff", False),
    ("outsider", False),
    ("administrator", True),
    ("system", True),
]


# --- Service calls ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "whom", "allowed"), SUBSCRIBE)
def test_service_subscribes(people: People, role: str, whom: str, allowed: bool) -> None:
    by = people.users[role]
    user = by if whom == "self" else people.colleague
    expect(allowed, lambda: services.create_subscription(user, SubscriptionData(rhythm="monthly"), by=by))
    assert permissions.may_subscribe_for(by, user) is allowed


@pytest.mark.parametrize("write", ["update_subscription", "delete_subscription"])
@pytest.mark.parametrize(("role", "whose", "allowed"), CHANGE)
def test_service_changes_and_deletes(people: People, write: str, role: str, whose: str, allowed: bool) -> None:
    by, subscription = people.users[role], people.subscription(role, whose)
    writes: dict[str, Callable[[], object]] = {
        "update_subscription": lambda: services.update_subscription(
            subscription, SubscriptionData(rhythm="monthly", active=False), by=by
        ),
        "delete_subscription": lambda: services.delete_subscription(subscription, by=by),
    }
    expect(allowed, writes[write])
    assert permissions.may_change(by, subscription) is allowed


@pytest.mark.parametrize("write", ["send_digest", "send_due_digests"])
@pytest.mark.parametrize(("role", "allowed"), SEND)
def test_service_sends_and_records_deliveries(people: People, write: str, role: str, allowed: bool) -> None:
    by, subscription = people.users[role], people.subscription(role, "other")
    writes: dict[str, Callable[[], object]] = {
        "send_digest": lambda: send_digest(subscription, today=MONDAY, by=by),
        "send_due_digests": lambda: send_due_digests(MONDAY, by=by),
    }
    expect(allowed, writes[write])


def test_no_actor_is_refused_not_trusted(people: People) -> None:
    """``None`` is not the system: every write refuses it (``TypeError``) and changes nothing."""
    subscription, colleague = people.subscription("staff", "other"), people.colleague
    before = snapshot()
    calls: list[Callable[[], object]] = [
        lambda: services.create_subscription(colleague, SubscriptionData(), by=None),  # type: ignore[arg-type]
        lambda: services.update_subscription(subscription, SubscriptionData(), by=None),  # type: ignore[arg-type]
        lambda: services.delete_subscription(subscription, by=None),  # type: ignore[arg-type]
        lambda: send_digest(subscription, today=MONDAY, by=None),  # type: ignore[arg-type]
        lambda: send_due_digests(MONDAY, by=None),  # type: ignore[arg-type]
        lambda: services.record_delivery(
            subscription,
            period_start=MONDAY,
            period_end=MONDAY,
            list_start=MONDAY,
            list_end=MONDAY,
            recipient="colleague@example.org",
            event_count=0,
            message_id="<synthetic@example.org>",
            by=None,  # type: ignore[arg-type]
        ),
        lambda: permissions.require_staff(None),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(TypeError):
            call()
    assert snapshot() == before


# --- The HTML forms: one's own digests only ----------------------------------------------------------------

VALUES = {"rhythm": "monthly", "horizon_days": "60", "language": "en"}


def client_for(user: Any) -> Client:
    client = Client()
    if getattr(user, "pk", None) is not None:
        client.force_login(user)
    return client


#: /coordination/digests/new/ subscribes the signed-in user: (role, status). 302 is a subscription made,
#: except for anonymous visitors, who are sent to sign in.
HTML_SUBSCRIBE = [
    ("anonymous", 302),
    ("organizer_editor", 302),
    ("other_editor", 302),
    ("participant_editor", 302),
    ("staff", 302),
    ("outsider", 403),
    ("administrator", 302),
]


@pytest.mark.parametrize(("role", "status"), HTML_SUBSCRIBE)
def test_html_form_subscribes_oneself(people: People, role: str, status: int) -> None:
    before = snapshot()
    response = client_for(people.users[role]).post(reverse("digests:subscription_create"), VALUES)
    assert response.status_code == status
    if role == "anonymous" or status != 302:
        assert snapshot() == before
    else:
        assert response["Location"] == reverse("digests:subscription_list")
        assert DigestSubscription.objects.filter(user=people.users[role], rhythm="monthly").exists()


#: The edit and delete pages: (role, whose, status). Someone else's digest is "not found" (404) on these
#: pages, even for an administrator (who changes it in the admin); 302 is a change made, except for
#: anonymous visitors, who are sent to sign in.
HTML_CHANGE = [
    ("anonymous", "other", 302),
    ("organizer_editor", "own", 302),
    ("organizer_editor", "other", 404),
    ("other_editor", "own", 302),
    ("other_editor", "other", 404),
    ("participant_editor", "own", 302),
    ("participant_editor", "other", 404),
    ("staff", "own", 302),
    ("staff", "other", 404),
    ("outsider", "own", 403),
    ("outsider", "other", 403),
    ("administrator", "own", 302),
    ("administrator", "other", 404),
]


@pytest.mark.parametrize("page", ["subscription_edit", "subscription_delete"])
@pytest.mark.parametrize(("role", "whose", "status"), HTML_CHANGE)
def test_html_forms_change_and_delete(people: People, page: str, role: str, whose: str, status: int) -> None:
    subscription = people.subscription(role, whose)
    before = snapshot()
    response = client_for(people.users[role]).post(reverse(f"digests:{page}", args=[subscription.pk]), VALUES)
    assert response.status_code == status
    if role == "anonymous" or status != 302:
        assert snapshot() == before
    else:
        assert response["Location"] == reverse("digests:subscription_list")
        assert snapshot() != before


# --- The admin: the same owner rule, through the services ---------------------------------------------------

ADMIN_CHANGE = [row for row in CHANGE if row[0] not in ("system", "outsider")]


def _steward(user: Any) -> None:
    """Make a signed-in role a data steward who may view, change and delete subscriptions in the admin, so
    the services decide."""
    user.is_staff = True
    user.save()
    for codename in ("view", "change", "delete"):
        user.user_permissions.add(Permission.objects.get(codename=f"{codename}_digestsubscription"))


@pytest.mark.parametrize("action", ["change", "delete"])
@pytest.mark.parametrize(("role", "whose", "allowed"), ADMIN_CHANGE)
def test_admin_changes_and_deletes(people: People, action: str, role: str, whose: str, allowed: bool) -> None:
    user, subscription = people.users[role], people.subscription(role, whose)
    if role != "anonymous":
        _steward(user)
    url = reverse(f"admin:digests_digestsubscription_{action}", args=[subscription.pk])
    values = (
        {
            "rhythm": "monthly",
            "horizon_days": "60",
            "language": "en",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        }
        if action == "change"
        else {"post": "yes"}
    )
    before = snapshot()
    response = client_for(user).post(url, values)
    if allowed:
        assert response.status_code == 302
        assert snapshot() != before
        if action == "change":
            changed = DigestSubscription.objects.get(pk=subscription.pk)
            assert (changed.rhythm, changed.active) == ("monthly", False)
            assert changed.history.latest().history_change_reason == "changed"
        else:
            assert not DigestSubscription.objects.filter(pk=subscription.pk).exists()
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert snapshot() == before


def test_the_admin_bulk_delete_follows_the_owner_rule(people: People) -> None:
    """The changelist's "delete selected" goes through ``delete_subscription`` for each subscription."""
    staff = people.users["staff"]
    _steward(staff)
    own, other = people.subscription("staff", "own"), people.subscription("staff", "other")
    response = client_for(staff).post(
        reverse("admin:digests_digestsubscription_changelist"),
        {"action": "delete_selected", "_selected_action": [str(own.pk), str(other.pk)], "post": "yes"},
    )
    assert response.status_code == 403
    assert DigestSubscription.objects.filter(pk__in=[own.pk, other.pk]).count() == 2


@pytest.mark.parametrize(("role", "allowed"), SEND)
def test_service_deletes_a_delivery(people: People, role: str, allowed: bool) -> None:
    """Deleting a delivery has the period sent again: the same rule as sending."""
    delivery = send_digest(people.subscription("staff", "other"), today=MONDAY, by=SYSTEM)
    expect(allowed, lambda: services.delete_delivery(delivery, by=people.users[role]))


ADMIN_DELIVERY = [row for row in SEND if row[0] not in ("system", "outsider")]


@pytest.mark.parametrize(("role", "allowed"), ADMIN_DELIVERY)
def test_admin_deletes_a_delivery(people: People, role: str, allowed: bool) -> None:
    """Even a steward given Django's delete permission for deliveries is refused unless an administrator."""
    delivery = send_digest(people.subscription("staff", "other"), today=MONDAY, by=SYSTEM)
    user = people.users[role]
    if role != "anonymous":
        user.is_staff = True
        user.save()
        for codename in ("view_digestdelivery", "delete_digestdelivery"):
            user.user_permissions.add(Permission.objects.get(codename=codename))
    before = snapshot()
    response = client_for(user).post(
        reverse("admin:digests_digestdelivery_delete", args=[delivery.pk]), {"post": "yes"}
    )
    if allowed:
        assert response.status_code == 302
        assert not DigestDelivery.objects.filter(pk=delivery.pk).exists()
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert snapshot() == before
