"""Subscribing: staff only, with validated choices; and the pages where staff manage their own digests."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from synergies.core.actors import SYSTEM
from synergies.digests.models import DigestSubscription
from synergies.digests.services import (
    MAX_SUBSCRIPTIONS_PER_USER,
    SubscriptionData,
    delete_subscription,
    update_subscription,
)
from synergies.digests.tests.conftest import World, subscribe
from synergies.directory.models import Region, Topic
from synergies.testing import make_organization, make_user

pytestmark = pytest.mark.django_db


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- Services -------------------------------------------------------------------------------------


def test_staff_subscribe_with_their_filters(subscriber: User, world: World, africa: Region) -> None:
    mercury = Topic.objects.get(slug="mercury")
    subscription = subscribe(
        subscriber,
        rhythm="monthly",
        horizon_days=60,
        organizations=[world.branch],
        topics=[mercury],
        regions=[africa],
        language="fr",
    )
    subscription.refresh_from_db()
    assert (subscription.user, subscription.rhythm, subscription.horizon_days, subscription.language) == (
        subscriber,
        "monthly",
        60,
        "fr",
    )
    assert list(subscription.organizations.all()) == [world.branch]
    assert list(subscription.topics.all()) == [mercury]
    assert list(subscription.regions.all()) == [africa]
    assert subscription.history.first().history_change_reason == "subscribed"


def test_a_member_of_an_organization_counts_as_staff(db: None) -> None:
    member = make_user("member", member_of=make_organization(), email="member@example.org")
    assert subscribe(member).user == member


def test_people_outside_the_cluster_cannot_subscribe(db: None) -> None:
    outsider = make_user("outsider", email="outsider@example.org")
    with pytest.raises(PermissionDenied):
        subscribe(outsider)
    assert not DigestSubscription.objects.exists()


@pytest.mark.parametrize(
    ("choices", "field"),
    [
        ({"horizon_days": 0}, "horizon_days"),
        ({"horizon_days": 400}, "horizon_days"),
        ({"rhythm": "daily"}, "rhythm"),
        ({"language": "xx"}, "language"),
    ],
)
def test_bad_choices_are_refused_and_nothing_is_saved(subscriber: User, choices: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        subscribe(subscriber, **choices)
    assert field in refused.value.message_dict
    assert not DigestSubscription.objects.exists()


def test_an_account_without_address_cannot_subscribe(db: None) -> None:
    staff = make_user("noaddress", is_staff=True, email="")
    with pytest.raises(ValidationError) as refused:
        subscribe(staff)
    assert "no e-mail address" in " ".join(refused.value.messages)


def test_one_person_has_a_bounded_number_of_digests(subscriber: User) -> None:
    for _ in range(MAX_SUBSCRIPTIONS_PER_USER):
        subscribe(subscriber)
    with pytest.raises(ValidationError):
        subscribe(subscriber)
    assert DigestSubscription.objects.count() == MAX_SUBSCRIPTIONS_PER_USER


def test_only_the_owner_changes_or_deletes_a_digest(subscriber: User, db: None) -> None:
    subscription = subscribe(subscriber)
    colleague = make_user("colleague", is_staff=True, email="colleague@example.org")
    with pytest.raises(PermissionDenied):
        update_subscription(subscription, SubscriptionData(rhythm="monthly"), by=colleague)
    with pytest.raises(PermissionDenied):
        delete_subscription(subscription, by=colleague)
    subscription.refresh_from_db()
    assert subscription.rhythm == "weekly"
    update_subscription(subscription, SubscriptionData(rhythm="monthly", active=False), by=subscriber)
    subscription.refresh_from_db()
    assert (subscription.rhythm, subscription.active) == ("monthly", False)
    delete_subscription(subscription, by=subscriber)
    assert not DigestSubscription.objects.exists()


# --- Pages ------------------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get("/coordination/digests/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/coordination/digests/")


def test_people_outside_the_cluster_are_refused(db: None) -> None:
    outsider = make_user("outsider", email="outsider@example.org")
    for url in ("/coordination/digests/", "/coordination/digests/new/"):
        assert _client(outsider).get(url).status_code == 403


def test_subscribe_change_and_unsubscribe_on_the_pages(subscriber: User, world: World) -> None:
    client = _client(subscriber)
    page = client.get("/coordination/digests/")
    assert page.status_code == 200
    assert "You have no digest yet." in page.content.decode()
    form = client.get("/coordination/digests/new/").content.decode()
    assert 'name="rhythm"' in form and 'name="organizations"' in form and "SECT — " in form

    response = client.post(
        "/coordination/digests/new/",
        {
            "rhythm": "weekly",
            "horizon_days": "30",
            "organizations": [world.branch.pk],
            "language": "en",
            "active": "on",
        },
    )
    assert response.status_code == 302
    subscription = DigestSubscription.objects.get()
    assert (subscription.user, subscription.horizon_days) == (subscriber, 30)
    assert list(subscription.organizations.all()) == [world.branch]

    listing = client.get("/coordination/digests/").content.decode()
    assert "Organizations: BRANCH" in listing and "Not yet" in listing
    assert "With the next scheduled sending" in listing

    response = client.post(
        f"/coordination/digests/{subscription.pk}/",
        {
            "rhythm": "monthly",
            "horizon_days": "90",
            "language": "fr",
            "attach_docx": "on",
        },
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert (subscription.rhythm, subscription.language, subscription.attach_docx, subscription.active) == (
        "monthly",
        "fr",
        True,
        False,
    )
    assert list(subscription.organizations.all()) == []
    assert "Paused" in client.get("/coordination/digests/").content.decode()

    assert "Stop this digest" in client.get(f"/coordination/digests/{subscription.pk}/delete/").content.decode()
    assert client.post(f"/coordination/digests/{subscription.pk}/delete/").status_code == 302
    assert not DigestSubscription.objects.exists()


def test_bad_input_on_the_page_says_what_and_where_and_changes_nothing(subscriber: User) -> None:
    client = _client(subscriber)
    response = client.post("/coordination/digests/new/", {"rhythm": "weekly", "horizon_days": "-5", "language": "en"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert 'href="#id_horizon_days"' in page
    assert "Choose at least 7 days." in page
    assert not DigestSubscription.objects.exists()


def test_the_service_refusal_is_shown_on_the_page(db: None) -> None:
    staff = make_user("noaddress", is_staff=True, email="")
    response = _client(staff).post(
        "/coordination/digests/new/", {"rhythm": "weekly", "horizon_days": "90", "language": "en"}
    )
    assert response.status_code == 400
    assert "no e-mail address" in response.content.decode()
    assert not DigestSubscription.objects.exists()


def test_nobody_sees_or_changes_someone_elses_digest(subscriber: User) -> None:
    subscription = subscribe(subscriber)
    colleague = _client(make_user("colleague", is_staff=True, email="colleague@example.org"))
    assert "subscriber@example.org" not in colleague.get("/coordination/digests/").content.decode()
    assert colleague.get(f"/coordination/digests/{subscription.pk}/").status_code == 404
    assert (
        colleague.post(
            f"/coordination/digests/{subscription.pk}/", {"rhythm": "monthly", "horizon_days": "90", "language": "en"}
        ).status_code
        == 404
    )
    assert colleague.post(f"/coordination/digests/{subscription.pk}/delete/").status_code == 404
    subscription.refresh_from_db()
    assert subscription.rhythm == "weekly"


def test_pages_have_no_inline_script_or_style(subscriber: User) -> None:
    subscription = subscribe(subscriber)
    client = _client(subscriber)
    for url in (
        "/coordination/digests/",
        "/coordination/digests/new/",
        f"/coordination/digests/{subscription.pk}/",
        f"/coordination/digests/{subscription.pk}/delete/",
    ):
        page = client.get(url).content.decode()
        assert "<script" not in page and "<style" not in page and " style=" not in page, url


def test_staff_find_their_digests_from_the_navigation(subscriber: User, client: Client) -> None:
    assert 'href="/coordination/digests/"' in _client(subscriber).get("/events/").content.decode()
    assert 'href="/coordination/digests/"' not in client.get("/events/").content.decode()


def test_the_page_shows_the_last_digest_with_its_time_zone_and_the_next_one(subscriber: User) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from synergies.digests.queries import period_containing
    from synergies.digests.sending import send_due_digests

    subscribe(subscriber, rhythm="weekly")
    send_due_digests(by=SYSTEM)  # today, as the scheduled sending does
    page = _client(subscriber).get("/coordination/digests/").content.decode()
    next_monday = period_containing("weekly", timezone.localdate())[1] + timedelta(days=1)
    assert " UTC</time>" in page
    assert f'<time datetime="{next_monday.isoformat()}">' in page
