"""Lists of reference data and of the register: organizations, instruments, bodies, topics, regions,
countries; areas, activities, mandates and focal points. Public fields without a token; staff also see
the internal ones (activities' notes, focal points' contact details)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router

from synergies.accounts import policy
from synergies.api import representation as rep
from synergies.api import schemas
from synergies.api.pagination import PageQuery, paginate
from synergies.api.security import OPTIONAL_SECURITY, caller, optional_token
from synergies.directory.models import Body, Instrument, Region, Topic

READ_ERRORS: dict[int, Any] = {401: schemas.Message, 422: schemas.ValidationErrors, 429: schemas.Message}

Rows = Callable[[Any], QuerySet[Any]]
Render = Callable[[Any, bool], dict[str, Any]]


def add_list(router: Router, path: str, page: Any, rows: Rows, render: Render, summary: str) -> None:
    """``GET path``: one paginated list, read in a constant number of queries."""

    def list_view(request: HttpRequest, paging: Query[PageQuery]) -> dict[str, Any]:
        user = caller(request).user
        internal = policy.sees_internal(user)
        return paginate(request, rows(user), paging, lambda items: [render(obj, internal) for obj in items])

    list_view.__name__ = f"list_{path.strip('/').replace('-', '_')}"
    router.get(
        path,
        response={200: page, **READ_ERRORS},
        auth=optional_token,
        exclude_unset=True,
        openapi_extra=OPTIONAL_SECURITY,
        summary=summary,
    )(list_view)


directory = Router(tags=["reference data"])
add_list(
    directory,
    "/organizations",
    schemas.OrganizationPage,
    lambda user: rep.organizations(),
    lambda obj, internal: rep.organization_as_dict(obj),
    "List organizations",
)
add_list(
    directory,
    "/instruments",
    schemas.InstrumentPage,
    lambda user: Instrument.objects.order_by("code"),
    lambda obj, internal: rep.instrument_as_dict(obj),
    "List instruments",
)
add_list(
    directory,
    "/bodies",
    schemas.BodyPage,
    lambda user: Body.objects.select_related("instrument").order_by("code"),
    lambda obj, internal: rep.body_as_dict(obj),
    "List bodies",
)
add_list(
    directory,
    "/topics",
    schemas.TopicPage,
    lambda user: Topic.objects.order_by("slug"),
    lambda obj, internal: rep.topic_as_dict(obj),
    "List topics",
)
add_list(
    directory,
    "/regions",
    schemas.RegionPage,
    lambda user: Region.objects.order_by("code"),
    lambda obj, internal: rep.region_as_dict(obj),
    "List regions",
)
add_list(
    directory,
    "/countries",
    schemas.CountryPage,
    lambda user: rep.countries(),
    lambda obj, internal: rep.country_as_dict(obj),
    "List countries",
)

register = Router(tags=["register of cooperation"])
add_list(
    register,
    "/areas",
    schemas.AreaPage,
    lambda user: rep.areas().order_by("order", "name", "pk"),
    lambda obj, internal: rep.area_as_dict(obj),
    "List areas of cooperation",
)
add_list(
    register,
    "/activities",
    schemas.ActivityPage,
    lambda user: rep.activities(user),
    rep.activity_as_dict_for,
    "List activities",
)
add_list(
    register, "/mandates", schemas.MandatePage, lambda user: rep.mandates(), rep.mandate_as_dict_for, "List mandates"
)
add_list(
    register,
    "/focal-points",
    schemas.FocalPointPage,
    lambda user: rep.focal_points(),
    rep.focal_point_as_dict_for,
    "List focal points",
)
