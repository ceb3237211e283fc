"""/coordination/digests/: a staff member's own e-mail digests of the periodic list."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from synergies.digests.forms import SubscriptionForm
from synergies.digests.models import DigestSubscription
from synergies.digests.permissions import require_staff
from synergies.digests.queries import last_delivery, next_digest_day, subscriptions_of
from synergies.digests.services import create_subscription, delete_subscription, update_subscription

View = Callable[..., HttpResponse]


def staff_only(view: View) -> View:
    """Anonymous visitors are sent to sign in; signed-in people who are not staff are refused."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={request.get_full_path()}")
        require_staff(request.user)  # early, for a clean 403; the services check again
        return view(request, *args, **kwargs)

    return wrapped


def _subscriber(request: HttpRequest) -> AbstractBaseUser:
    """The signed-in user (``staff_only`` ran first), who subscribes themselves."""
    user = request.user
    assert isinstance(user, AbstractBaseUser)
    return user


def _own(request: HttpRequest, pk: int) -> DigestSubscription:
    """One of the user's own subscriptions; anyone else's is "not found", so none is revealed."""
    return get_object_or_404(subscriptions_of(request.user), pk=pk)


@staff_only
def subscription_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = [
        {"subscription": s, "last": last_delivery(s), "next": next_digest_day(s, today)}
        for s in subscriptions_of(request.user)
    ]
    return render(
        request,
        "digests/subscription_list.html",
        {
            "rows": rows,
            "email": getattr(request.user, "email", ""),
            "today": today,
        },
    )


def _form_page(
    request: HttpRequest, form: SubscriptionForm, subscription: DigestSubscription | None, status: int = 200
) -> HttpResponse:
    return render(
        request, "digests/subscription_form.html", {"form": form, "subscription": subscription}, status=status
    )


def _save(request: HttpRequest, subscription: DigestSubscription | None) -> HttpResponse:
    form = SubscriptionForm(request.POST, instance=subscription)
    if form.is_valid():
        try:
            if subscription is None:
                create_subscription(_subscriber(request), form.to_data(), by=request.user)
                messages.success(request, _("Subscribed. Your first digest comes with the next scheduled sending."))
            else:
                update_subscription(subscription, form.to_data(), by=request.user)
                messages.success(request, _("Your digest was changed."))
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            return redirect("digests:subscription_list")
    return _form_page(request, form, subscription, status=400)


@staff_only
def subscription_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _save(request, None)
    form = SubscriptionForm(initial={"language": get_language() or "en", "active": True})
    return _form_page(request, form, None)


@staff_only
def subscription_edit(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _own(request, pk)
    if request.method == "POST":
        return _save(request, subscription)
    return _form_page(request, SubscriptionForm(instance=subscription), subscription)


@staff_only
def subscription_delete(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = _own(request, pk)
    if request.method == "POST":
        delete_subscription(subscription, by=request.user)
        messages.success(request, _("Unsubscribed: you will receive no more of this digest."))
        return redirect("digests:subscription_list")
    return render(request, "digests/subscription_delete.html", {"subscription": subscription})
