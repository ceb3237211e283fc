"""``/accounts/tokens/``: a signed-in user lists, creates and revokes their personal API tokens.

Plain forms, no JavaScript. A new token's secret is shown once, on the page that answers the form.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from synergies.api import tokens
from synergies.api.forms import TokenForm
from synergies.api.models import ApiToken


def _page(request: HttpRequest, form: TokenForm, new_secret: str | None = None, status: int = 200) -> HttpResponse:
    context = {
        "form": form,
        "tokens": ApiToken.objects.filter(user=request.user),  # type: ignore[misc]  # signed in
        "new_secret": new_secret,
    }
    response = render(request, "api/tokens.html", context, status=status)
    if new_secret:
        response["Cache-Control"] = "no-store"  # the secret must not stay in any cache
    return response


@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, TokenForm())
    form = TokenForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=422)
    try:
        created = tokens.create_token(request.user, form.cleaned_data["name"])
    except ValidationError as refused:
        for field, errors in refused.message_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
        return _page(request, form, status=422)
    return _page(request, TokenForm(), new_secret=created.secret, status=201)


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        token = tokens.revoke_token(request.user, pk)
    except ApiToken.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("The token “%(name)s” is revoked: it no longer works.") % {"name": token.name})
    return HttpResponseRedirect(reverse("api:tokens"))
