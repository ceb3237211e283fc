"""Signing in: the page, its errors in plain words, and where it leads."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from synergies.accounts import policy
from synergies.testing import make_organization, make_user

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("accounts:login")


def test_login_page_labels_its_fields_and_has_no_inline_code() -> None:
    response = Client().get(LOGIN_URL, {"next": "/events/new/"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_username"' in html and '<label for="id_password"' in html
    assert '<input type="hidden" name="next" value="/events/new/">' in html
    assert "<script" not in html and "style=" not in html


def test_wrong_password_is_refused_in_plain_words(db: None) -> None:
    make_user("synthetic-user")
    response = Client().post(LOGIN_URL, {"username": "synthetic-user", "password": "wrong"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Please enter a correct username and password. Note that both fields may be case-sensitive."
    ]
    assert "You are not signed in" in response.content.decode()
    assert "_auth_user_id" not in Client().session


def test_editor_signs_in_and_lands_on_the_page_asked_for(db: None) -> None:
    make_user("synthetic-editor", editor_of=make_organization())
    client = Client()
    response = client.post(
        LOGIN_URL, {"username": "synthetic-editor", "password": "test-password", "next": "/events/new/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/events/new/"
    assert client.get("/events/new/").status_code == 200


def test_signed_in_user_without_the_right_is_told_why(db: None) -> None:
    client = Client()
    client.force_login(make_user("synthetic-reader"))
    response = client.get(LOGIN_URL, {"next": "/events/new/"})
    html = response.content.decode()
    assert "You are signed in as synthetic-reader, but this account may not open that page." in html


def test_sign_out_is_a_post(db: None) -> None:
    client = Client()
    client.force_login(make_user("synthetic-user"))
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_roles_from_memberships(db: None) -> None:
    """The role facts; what a role may do with an event is the calendar's (calendar/tests/test_permission_matrix.py)."""
    organization = make_organization()
    other = make_organization()
    editor = make_user(editor_of=organization)
    member = make_user(member_of=organization)
    anonymous_like = make_user()
    assert (policy.is_editor(editor), policy.can_edit_for(editor, organization)) == (True, True)
    assert (policy.is_editor(member), policy.sees_internal(member), policy.can_edit_for(member, organization)) == (
        False,
        True,
        False,
    )
    assert (policy.sees_internal(anonymous_like), policy.can_edit_for(anonymous_like, organization)) == (False, False)
    other_editor = make_user(editor_of=other)
    assert policy.can_edit_for(other_editor, organization) is False
