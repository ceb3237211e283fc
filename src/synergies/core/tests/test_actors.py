"""Who is acting: a write without an actor is refused, SYSTEM passes every role check and is
recorded as no user, refusals are the one PermissionDenied every service raises."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from synergies.core.actors import SYSTEM, SystemActor, check_actor, history_user, is_system, refuse, require
from synergies.testing import make_user


def test_a_write_without_an_actor_is_refused_with_a_message_that_says_what_to_pass() -> None:
    with pytest.raises(TypeError, match="acting user, or SYSTEM"):
        check_actor(None)


@pytest.mark.django_db
def test_users_anonymous_visitors_and_the_system_are_actors() -> None:
    user = make_user("synthetic-actor")
    anonymous = AnonymousUser()
    assert check_actor(user) is user
    assert check_actor(anonymous) is anonymous
    assert check_actor(SYSTEM) is SYSTEM


def test_the_system_answers_every_role_check_as_an_active_administrator() -> None:
    assert (SYSTEM.is_authenticated, SYSTEM.is_anonymous, SYSTEM.is_active) == (True, False, True)
    assert (SYSTEM.is_staff, SYSTEM.is_superuser) == (True, True)
    assert SYSTEM.pk is None and SYSTEM.id is None  # never mistaken for a stored user
    assert (str(SYSTEM), repr(SYSTEM)) == ("system", "SYSTEM")


@pytest.mark.django_db
def test_only_the_system_is_the_system() -> None:
    assert is_system(SYSTEM) and is_system(SystemActor())
    assert not is_system(make_user("synthetic-superuser", is_superuser=True, is_staff=True))
    assert not is_system(AnonymousUser()) and not is_system(None)


@pytest.mark.django_db
def test_history_records_the_signed_in_user_and_no_user_for_the_system_or_a_visitor() -> None:
    user = make_user("synthetic-author")
    assert history_user(user) is user
    assert history_user(SYSTEM) is None
    assert history_user(AnonymousUser()) is None
    assert history_user(None) is None


def test_refusals_are_permission_denied_with_the_message_given() -> None:
    with pytest.raises(PermissionDenied, match=r"^Only editors may do this\.$"):
        refuse("Only editors may do this.")
    with pytest.raises(PermissionDenied, match=r"^Not yours\.$"):
        require(False, "Not yours.")
    require(True, "Not yours.")  # allowed: no refusal
