"""``/api/v1/alignment``: the alignment engine's findings for a period, for staff tokens only."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from synergies.alignment import permissions
from synergies.alignment.services import (
    DEFAULT_CROWDED_THRESHOLD,
    DEFAULT_MAX_GAP_DAYS,
    AlignmentQuery,
    align,
    findings_as_dict,
)
from synergies.api import schemas
from synergies.api.security import caller, refuse_control_characters
from synergies.directory.models import Organization, Region, Topic

router = Router(tags=["alignment"])

#: The longest period one request may align: a few years of the cluster's meetings.
MAX_PERIOD = timedelta(days=3 * 366)


class AlignmentParams(Schema):
    from_: date = Field(alias="from", description="First day of the period (YYYY-MM-DD).")
    to: date = Field(description="Last day of the period (YYYY-MM-DD).")
    region: str | None = Field(None, description="Only findings about this region (code).")
    organization: str | None = Field(None, description="Only findings about this organization (acronym).")
    topic: str | None = Field(None, description="Only findings about this topic (slug).")
    max_gap_days: int = Field(DEFAULT_MAX_GAP_DAYS, ge=0, le=90, description="Back-to-back: the largest gap.")
    crowded_threshold: int = Field(DEFAULT_CROWDED_THRESHOLD, ge=1, le=1000, description="Crowded: more than N.")


def _query(params: AlignmentParams) -> AlignmentQuery:
    errors = []

    def refuse(name: str, message: str) -> None:
        errors.append({"loc": ["query", name], "msg": message, "type": "invalid"})

    if params.to < params.from_:
        refuse(
            "to",
            _("The period ends (%(end)s) before it starts (%(start)s).") % {"end": params.to, "start": params.from_},
        )
    elif params.to - params.from_ > MAX_PERIOD:
        refuse("to", _("Align at most three years at a time."))
    organization_id = None
    if params.organization:
        organization_id = Organization.objects.filter(acronym=params.organization).values_list("pk", flat=True).first()
        if organization_id is None:
            refuse("organization", _("Unknown organization: %(key)s.") % {"key": params.organization})
    if params.region and not Region.objects.filter(code=params.region).exists():
        refuse("region", _("Unknown region: %(key)s.") % {"key": params.region})
    if params.topic and not Topic.objects.filter(slug=params.topic).exists():
        refuse("topic", _("Unknown topic: %(key)s.") % {"key": params.topic})
    if errors:
        raise NinjaValidationError(errors)
    return AlignmentQuery(
        start=params.from_,
        end=params.to,
        region=params.region or None,
        organization=organization_id,
        topic=params.topic or None,
        max_gap_days=params.max_gap_days,
        crowded_threshold=params.crowded_threshold,
    )


@router.get(
    "/alignment",
    response={
        200: schemas.Findings,
        401: schemas.Message,
        403: schemas.Message,
        422: schemas.ValidationErrors,
        429: schemas.Message,
    },
    summary="Clashes, back-to-back opportunities, missing partners and crowded weeks of a period (staff)",
)
def alignment(request: HttpRequest, params: Query[AlignmentParams]) -> dict[str, Any]:
    if not permissions.may_view_coordination(caller(request).user):
        raise HttpError(403, _("The alignment findings are for staff: use a token of a staff member."))
    refuse_control_characters(request)
    return findings_as_dict(align(_query(params)))
