"""Personal API tokens: the pages at /accounts/tokens/, what is stored, and the 401 answers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from synergies.api.models import ApiToken
from synergies.api.tokens import create_token, hash_secret
from synergies.testing import make_event, make_user

pytestmark = pytest.mark.django_db


def test_the_token_pages_need_a_signed_in_user(api: Client) -> None:
    answer = api.get("/accounts/tokens/")
    assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]


def test_creating_a_token_shows_its_secret_once_and_stores_only_a_hash(staff_client: Client, staff_user: Any) -> None:
    created = staff_client.post("/accounts/tokens/", {"name": "Synthetic partner site"})
    assert created.status_code == 201
    html = created.content.decode()
    secret = re.search(r'value="(syn_[^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert created["Cache-Control"] == "no-store"
    token = ApiToken.objects.get(user=staff_user)
    assert token.name == "Synthetic partner site"
    assert token.secret_hash == hash_secret(secret) and secret not in (token.secret_hash, token.prefix)
    assert secret.startswith(token.prefix) and len(token.prefix) < len(secret) / 3
    listing = staff_client.get("/accounts/tokens/").content.decode()
    assert secret not in listing and token.prefix in listing and "Synthetic partner site" in listing
    assert Client().get("/api/v1/events", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 200


def test_a_token_needs_a_name(staff_client: Client) -> None:
    refused = staff_client.post("/accounts/tokens/", {"name": "  "})
    assert refused.status_code == 422
    assert ApiToken.objects.count() == 0
    assert "The token was not created" in refused.content.decode()


def test_a_revoked_token_stops_working_at_once(staff_client: Client, staff_user: Any, api: Client) -> None:
    new = create_token(staff_user, "Synthetic script")
    headers: dict[str, Any] = {"HTTP_AUTHORIZATION": f"Bearer {new.secret}"}
    assert api.get("/api/v1/events", **headers).status_code == 200
    new.token.refresh_from_db()
    assert new.token.last_used_at is not None
    answer = staff_client.post(f"/accounts/tokens/{new.token.pk}/revoke/", follow=True)
    assert "no longer works" in answer.content.decode()
    refused = api.get("/api/v1/events", **headers)
    assert refused.status_code == 401
    assert refused.json() == {"detail": "This API token is unknown or has been revoked."}
    assert "Revoked" in staff_client.get("/accounts/tokens/").content.decode()


def test_nobody_revokes_someone_elses_token(staff_client: Client) -> None:
    other = create_token(make_user("someone"), "Synthetic other token")
    assert staff_client.post(f"/accounts/tokens/{other.token.pk}/revoke/").status_code == 404
    other.token.refresh_from_db()
    assert other.token.revoked_at is None
    assert staff_client.get(f"/accounts/tokens/{other.token.pk}/revoke/").status_code == 405


@pytest.mark.parametrize(
    "header",
    [
        "Bearer syn_not-a-real-token",
        "Bearer something-else",
        "Token abc",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
    ],
)
def test_unknown_or_malformed_tokens_get_401_with_a_plain_message(api: Client, header: str) -> None:
    event = make_event()
    for path in ("/api/v1/events", f"/api/v1/events/{event.pk}", "/api/v1/topics"):
        answer = api.get(path, HTTP_AUTHORIZATION=header)
        assert answer.status_code == 401, (path, header)
        assert answer.json()["detail"].startswith(("This API token", "Send the token"))


def test_a_token_of_a_deactivated_user_no_longer_works(api: Client) -> None:
    user = make_user("leaver", is_staff=True)
    new = create_token(user, "Synthetic leaver token")
    user.is_active = False
    user.save()
    assert api.get("/api/v1/events", HTTP_AUTHORIZATION=f"Bearer {new.secret}").status_code == 401


def test_the_account_menu_links_to_the_tokens(staff_client: Client) -> None:
    assert 'href="/accounts/tokens/"' in staff_client.get("/").content.decode()


def test_an_administrator_revokes_a_leaked_token_in_the_admin(admin_user: Any, api: Client) -> None:
    leaked = create_token(make_user("careless"), "Synthetic leaked token")
    admin = Client()
    admin.force_login(admin_user)
    listing = admin.get("/admin/api/apitoken/").content.decode()
    assert "Synthetic leaked token" in listing and leaked.token.secret_hash not in listing
    admin.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [leaked.token.pk]})
    assert api.get("/api/v1/events", HTTP_AUTHORIZATION=f"Bearer {leaked.secret}").status_code == 401
    detail = admin.get(f"/admin/api/apitoken/{leaked.token.pk}/change/").content.decode()
    assert leaked.token.secret_hash not in detail
