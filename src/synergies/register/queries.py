"""What the register's pages and exports show, read in a constant number of queries.

Every function takes the viewer where visibility matters: internal events, internal notes, contact
details, unpublished success stories and the names of editors are for staff only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from synergies.accounts import policy
from synergies.calendar.models import Event
from synergies.directory.models import Instrument, Organization
from synergies.register.models import Activity, CooperationArea, FocalPoint, Mandate, SuccessStory
from synergies.register.services import history_of

if TYPE_CHECKING:
    from synergies.accounts.policy import AnyUser

LEVELS = Activity.Level.choices


def activities() -> QuerySet[Activity]:
    return Activity.objects.with_related().order_by("area__order", "order", "pk")


def mandates() -> QuerySet[Mandate]:
    return Mandate.objects.select_related("body").prefetch_related("instruments", "areas").order_by("reference")


def area_summary(selection: QuerySet[Activity]) -> dict[int, dict[str, Counter]]:
    """How deep cooperation goes in each area of ``selection``: activities per level and per status."""
    summary: dict[int, dict[str, Counter]] = defaultdict(lambda: {"levels": Counter(), "statuses": Counter()})
    counted = selection.order_by().values("area_id", "cooperation_level", "status").annotate(n=Count("pk"))
    for row in counted:
        summary[row["area_id"]]["levels"][row["cooperation_level"]] += row["n"]
        summary[row["area_id"]]["statuses"][row["status"]] += row["n"]
    return summary


def group_by_area(
    rows: list[Activity], *, summary: dict[int, dict[str, Counter]], with_empty_areas: bool = False
) -> list[dict[str, Any]]:
    """The activities of one page under their area, in the table's order, with each area's ladder.

    ``with_empty_areas`` adds the areas that have no activity at all (on the unfiltered last page).
    """
    by_area: dict[int, list[Activity]] = defaultdict(list)
    areas: dict[int, CooperationArea] = {}
    for activity in rows:
        by_area[activity.area_id].append(activity)
        areas[activity.area_id] = activity.area
    if with_empty_areas:
        areas.update({a.pk: a for a in CooperationArea.objects.filter(activities__isnull=True)})
    status_labels = dict(Activity.Status.choices)
    groups = []
    for area in sorted(areas.values(), key=lambda a: (a.order, a.name)):
        levels = summary.get(area.pk, {}).get("levels", Counter())
        statuses = summary.get(area.pk, {}).get("statuses", Counter())
        groups.append({
            "area": area,
            "activities": by_area.get(area.pk, []),
            "deepest": Activity.Level(max(levels)) if levels else None,
            "ladder": [{"level": level, "label": label, "count": levels.get(level, 0)} for level, label in LEVELS],
            "statuses": [(status_labels[key], count) for key, count in statuses.most_common()],
        })
    return groups


def _focal_points(**filters: Any) -> QuerySet[FocalPoint]:
    return FocalPoint.objects.filter(**filters).select_related("person__organization", "mandate", "area")


def activity_page(activity: Activity, user: AnyUser) -> dict[str, Any]:
    sees_internal = policy.sees_internal(user)
    return {
        "activity": activity,
        "mandates": list(activity.mandates.select_related("body").order_by("reference")),
        "area_mandates": list(activity.area.mandates.exclude(activities=activity).select_related("body")),
        "focal_points": list(_focal_points(area=activity.area)),
        "events": list(activity.events.visible_to(user).order_by("start_date")),
        "stories": list(SuccessStory.objects.visible_to(user).filter(activity=activity)),
        "history": history_of(activity, include_internal=sees_internal),
        "sees_internal": sees_internal,
    }


def mandate_page(mandate: Mandate, user: AnyUser) -> dict[str, Any]:
    meeting = mandate.meeting
    if meeting is not None and not Event.objects.visible_to(user).filter(pk=meeting.pk).exists():
        meeting = None
    areas = list(mandate.areas.order_by("order"))
    return {
        "mandate": mandate,
        "meeting": meeting,
        "areas": areas,
        "activities": list(mandate.activities.select_related("area").order_by("area__order", "order")),
        "instruments": list(mandate.instruments.all()),
        "topics": list(mandate.topics.all()),
        "own_focal_points": list(_focal_points(mandate=mandate)),
        "area_focal_points": list(_focal_points(area__in=areas).exclude(mandate=mandate)),
        "sees_internal": policy.sees_internal(user),
    }


def map_table(*, sees_contacts: bool) -> dict[str, Any]:
    """Areas (rows) against instruments and organizations (columns).

    An instrument's cell lists the area's mandates under that instrument; an organization's cell
    lists its focal points for the area and how many of the area's activities it leads or joins.
    The map has thousands of cells, so they are read from the link tables directly (no model
    instances per link) and built here as HTML, every value escaped.
    """
    areas = list(CooperationArea.objects.order_by("order", "name"))
    titles = {pk: (ref, title) for pk, ref, title in Mandate.objects.values_list("pk", "reference", "title")}
    mandate_instruments: dict[int, list[int]] = defaultdict(list)
    for mandate_id, instrument_id in Mandate.instruments.through.objects.values_list("mandate_id", "instrument_id"):
        mandate_instruments[mandate_id].append(instrument_id)
    by_instrument: dict[tuple[int, int], list[int]] = defaultdict(list)
    for mandate_id, area_id in Mandate.areas.through.objects.values_list("mandate_id", "cooperationarea_id"):
        for instrument_id in mandate_instruments.get(mandate_id, []):
            by_instrument[(area_id, instrument_id)].append(mandate_id)
    used_instruments = {instrument_id for _area, instrument_id in by_instrument}
    instruments = [i for i in Instrument.objects.order_by("short_name") if i.pk in used_instruments]

    by_organization: dict[tuple[int, int], list[FocalPoint]] = defaultdict(list)
    for focal_point in _focal_points():
        by_organization[(focal_point.area_id, focal_point.person.organization_id)].append(focal_point)
    leads = Counter(Activity.lead_organizations.through.objects.values_list("activity__area_id", "organization_id"))
    partners = Counter(
        Activity.partner_organizations.through.objects.values_list("activity__area_id", "organization_id")
    )
    weight: Counter[int] = Counter()
    for (_area, org_id), count in (leads + partners).items():
        weight[org_id] += count
    for (_area, org_id), fps in by_organization.items():
        weight[org_id] += len(fps)
    organizations = sorted(
        Organization.objects.filter(pk__in=list(weight)), key=lambda org: (-weight[org.pk], org.acronym)
    )

    register_url, mandates_url = reverse("register:register"), reverse("register:mandate_list")

    def mandate_links(mandate_ids: list[int]) -> str:
        links = sorted(titles[pk] + (pk,) for pk in mandate_ids)
        return "<br>".join(
            f'<a href="{mandates_url}{pk}/" title="{escape(title)}">{escape(reference)}</a>'
            for reference, title, pk in links
        )

    def organization_cell(area: CooperationArea, org: Organization) -> str:
        parts = []
        for fp in by_organization.get((area.pk, org.pk), []):
            mandate = f" ({escape(fp.mandate.reference)})" if fp.mandate else ""
            contact = ""
            if sees_contacts and fp.person.email:
                contact = f' <a href="mailto:{escape(fp.person.email)}">{escape(fp.person.email)}</a>'
            parts.append(
                f'<span class="register-map-fp"><a href="{register_url}?area={escape(area.slug)}&amp;organization='
                f'{escape(quote(org.acronym))}">{escape(fp.person.name)}</a>{mandate}{contact}</span>'
            )
        counts = []
        if n := leads.get((area.pk, org.pk), 0):
            counts.append(ngettext("leads %(count)s", "leads %(count)s", n) % {"count": n})
        if n := partners.get((area.pk, org.pk), 0):
            counts.append(ngettext("partner in %(count)s", "partner in %(count)s", n) % {"count": n})
        if counts:
            parts.append(f'<span class="register-muted">{escape(" · ".join(counts))}</span>')
        return "".join(parts)

    rows = [
        {
            "area": area,
            "cells": [
                mark_safe(cell)  # noqa: S308 - every value above is escaped
                for cell in [
                    *(mandate_links(by_instrument.get((area.pk, i.pk), [])) for i in instruments),
                    *(organization_cell(area, org) for org in organizations),
                ]
            ],
        }
        for area in areas
    ]
    return {"instruments": instruments, "organizations": organizations, "rows": rows}
