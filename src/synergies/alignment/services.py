"""Alignment of calendars for a period: the engine run over the stored events, with people's filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from synergies.alignment import engine, permissions
from synergies.alignment.engine import BackToBack, Clash, CrowdedWeek, Item, MissingPartner, Stake
from synergies.alignment.explain import (
    Vocabulary,
    back_to_back_as_dict,
    clash_as_dict,
    crowded_week_as_dict,
    item_ref,
)
from synergies.alignment.models import FindingReview
from synergies.alignment.sources import alignable, items_from_events
from synergies.alignment.stakes import organization_stakes
from synergies.calendar.models import Event, Participation
from synergies.calendar.services import link_back_to_back
from synergies.core.actors import Actor, history_user
from synergies.directory.models import Organization

DEFAULT_MAX_GAP_DAYS = 7
DEFAULT_CROWDED_THRESHOLD = 3


@dataclass
class AlignmentQuery:
    start: date
    end: date
    region: str | None = None
    organization: int | None = None
    topic: str | None = None
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS
    crowded_threshold: int = DEFAULT_CROWDED_THRESHOLD


@dataclass
class Findings:
    clashes: list[Clash] = field(default_factory=list)
    back_to_back: list[BackToBack] = field(default_factory=list)
    missing_partners: list[MissingPartner] = field(default_factory=list)
    crowded_weeks: list[CrowdedWeek] = field(default_factory=list)
    organization_names: dict[int, str] = field(default_factory=dict)


def _concerns(item: Item, query: AlignmentQuery) -> bool:
    """Whether a finding about this item matters for the filters chosen (region, organization, topic)."""
    if query.region and query.region not in item.regions | item.venue_regions:
        return False
    if query.organization and query.organization not in item.organizers:
        return False
    return not (query.topic and query.topic not in item.topics)


def collect_stakes() -> list[Stake]:
    """Every organization's stakes, from the register: mandates, activities and focal points."""
    return list(organization_stakes())


def align(query: AlignmentQuery, events: Any = None) -> Findings:
    """Run every finder over the alignable events of the period (all visibilities: staff only)."""
    source = alignable(events if events is not None else Event.objects.all(), query.start, query.end)
    items = items_from_events(source)
    taking_part: dict[int, set[int]] = {}
    for event_id, organization_id in (
        Participation.objects.filter(event__in=source)
        .exclude(status=Participation.Status.DROPPED)
        .values_list("event_id", "organization_id")
    ):
        taking_part.setdefault(event_id, set()).add(organization_id)
    stakes = collect_stakes()

    def wanted_pair(a: Item, b: Item) -> bool:
        return _concerns(a, query) or _concerns(b, query)

    # The three finders over one layout of the items: the same results as find_clashes,
    # find_back_to_back and find_crowded_weeks called one by one (docs/decisions/0410).
    found = engine.find_alignment(items, query.max_gap_days, query.crowded_threshold)
    findings = Findings(
        clashes=[c for c in found.clashes if wanted_pair(c.first, c.second)],
        back_to_back=[p for p in found.back_to_back if wanted_pair(p.before, p.after)],
        missing_partners=[
            m
            for m in engine.find_missing_partners(items, stakes, {k: frozenset(v) for k, v in taking_part.items()})
            if _concerns(m.item, query)
        ],
        crowded_weeks=[w for w in found.crowded_weeks if not query.region or w.region == query.region],
    )
    findings.organization_names = dict(Organization.objects.values_list("pk", "acronym"))
    return findings


def missing_partner_as_dict(finding: MissingPartner, names: dict[int, str]) -> dict[str, Any]:
    organization = names.get(finding.organization, str(finding.organization))
    return {
        "events": [item_ref(finding.item)],
        "organization": organization,
        "focal_point": finding.focal_point,
        "suggested_action": _("Inform and seek comments"),
        "stakes": [{"via": s.via, "label": s.label, "key": s.key} for s in finding.stakes],
        "reasons": [
            _("%(organization)s has %(stake)s but takes no part yet")
            % {
                "organization": organization,
                "stake": "; ".join(f"{s.via.replace('_', ' ')} {s.label}" for s in finding.stakes[:3]),
            }
        ],
    }


def findings_as_dict(findings: Findings) -> dict[str, list[dict[str, Any]]]:
    """The JSON shape of ``synergies align`` and the API: keys clashes, back_to_back, missing_partners,
    crowded_weeks; each item names its events by id and title, with its reasons."""
    words = Vocabulary.load()
    return {
        "clashes": [clash_as_dict(c, words) for c in findings.clashes],
        "back_to_back": [back_to_back_as_dict(p, words) for p in findings.back_to_back],
        "missing_partners": [
            missing_partner_as_dict(m, findings.organization_names) for m in findings.missing_partners
        ],
        "crowded_weeks": [crowded_week_as_dict(w, words) for w in findings.crowded_weeks],
    }


# --- Remembered decisions ----------------------------------------------------------------------------


def finding_key(event_ids: list[int], extra: str = "") -> str:
    """A finding's stable name: its events in order, plus the organization or region it concerns."""
    key = "-".join(str(i) for i in sorted(event_ids))
    return f"{key}:{extra}" if extra else key


def current_versions(event_ids: list[int]) -> dict[str, int]:
    return {str(pk): version for pk, version in Event.objects.filter(pk__in=event_ids).values_list("pk", "version")}


def review_finding(
    *, kind: str, event_ids: list[int], decision: str, by: Actor, reason: str = "", extra: str = ""
) -> FindingReview:
    """Remember a decision on a finding (recorded in history). Staff only; dismissing needs a reason."""
    permissions.require_may_record_decision(by)
    if decision == FindingReview.Decision.DISMISSED and not reason.strip():
        raise ValidationError({"reason": _("Say why the finding is dismissed, so colleagues know.")})
    versions = current_versions(event_ids)
    if len(versions) != len(set(event_ids)):
        raise ValidationError({"events": _("One of the events of this finding no longer exists.")})
    review, _created = FindingReview.objects.update_or_create(
        kind=kind,
        key=finding_key(event_ids, extra),
        defaults={
            "decision": decision,
            "reason": reason.strip(),
            "decided_by": history_user(by),
            "event_versions": versions,
        },
    )
    return review


@transaction.atomic
def link_as_back_to_back(*, first_id: int, second_id: int, by: Actor) -> FindingReview:
    """Record two events as held back-to-back (editors); the opportunity then stops being reported."""
    events = {e.pk: e for e in Event.objects.filter(pk__in=[first_id, second_id])}
    permissions.require_may_link(by, events[first_id], events[second_id])
    link_back_to_back(events[first_id], events[second_id], by=by)
    return review_finding(
        kind=FindingReview.Kind.BACK_TO_BACK,
        event_ids=[first_id, second_id],
        decision=FindingReview.Decision.LINKED,
        by=by,
    )


def standing_reviews(kind: str, keys: list[str]) -> dict[str, FindingReview]:
    """Decisions that still hold: made when the events were as they are now."""
    reviews = FindingReview.objects.filter(kind=kind, key__in=keys).select_related("decided_by")
    ids = {int(pk) for review in reviews for pk in review.event_versions}
    now = current_versions(list(ids))
    return {
        review.key: review
        for review in reviews
        if all(now.get(pk) == version for pk, version in review.event_versions.items())
    }
