"""The JSON API ``/api/v1/``: one django-ninja ``NinjaAPI`` with a router per subject.

See docs/api.md for partners' developers and docs/decisions/0500-json-api-with-django-ninja.md.
"""

from __future__ import annotations

import math

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI

from synergies.api.docs import SelfHostedSwagger
from synergies.api.endpoints import alignment, events, reference
from synergies.api.security import AddressThrottle, TokenThrottle, TooManyFailures, required_token

api = NinjaAPI(
    title="Synergies API",
    version="1",
    description=(
        "The joint calendar of the chemicals-and-waste cluster, its reference data and its register of "
        "cooperation. Reads are public (public data only); a personal token (`Authorization: Bearer <token>`) "
        "adds what its user may see and lets editors write events. Every list is paginated with totals."
    ),
    urls_namespace="api:v1",
    auth=required_token,
    throttle=[AddressThrottle(), TokenThrottle()],
    docs=SelfHostedSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
api.add_router("", events.router)
api.add_router("", reference.directory)
api.add_router("", reference.register)
api.add_router("", alignment.router)


@api.exception_handler(events.Conflicted)
def conflict(request: HttpRequest, exc: events.Conflicted) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc), "current_version": exc.current_version}, status=409)


@api.exception_handler(TooManyFailures)
def too_many_failures(request: HttpRequest, exc: TooManyFailures) -> HttpResponse:
    response = api.create_response(request, {"detail": str(exc)}, status=429)
    response["Retry-After"] = str(math.ceil(exc.wait))
    return response


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": _("There is no such record, or it is not public.")}, status=404)


@api.exception_handler(RecursionError)
def too_deep(request: HttpRequest, exc: RecursionError) -> HttpResponse:
    """A body nested too deeply for the JSON parser: a plain 400, never a traceback."""
    return api.create_response(request, {"detail": _("The body is nested too deeply to be read.")}, status=400)
