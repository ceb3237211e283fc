"""Alignment of calendars for a period: the engine run over the stored events, with people's filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from synergies.alignment import engine
from synergies.alignment.engine import BackToBack, Clash, CrowdedWeek, Item, MissingPartner, Stake
from synergies.alignment.explain import (
    Vocabulary,
    back_to_back_as_dict,
    clash_as_dict,
    crowded_week_as_dict,
    item_ref,
)
from synergies.alignment.sources import alignable, items_from_events
from synergies.calendar.models import Event, Participation

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
    """Every organization's stakes, from the register when it is installed (mandates, activities,
    focal points). Without it, nobody has a recorded stake and no partner is reported missing."""
    try:
        from synergies.register.alignment import organization_stakes  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return []
    return list(organization_stakes())


def align(query: AlignmentQuery, events: Any = None) -> Findings:
    """Run every finder over the alignable events of the period (all visibilities: staff only)."""
    source = alignable(events if events is not None else Event.objects.all(), query.start, query.end)
    items = items_from_events(source)
    taking_part: dict[int, set[int]] = {}
    for event_id, organization_id in Participation.objects.filter(event__in=source).exclude(
        status=Participation.Status.DROPPED
    ).values_list("event_id", "organization_id"):
        taking_part.setdefault(event_id, set()).add(organization_id)
    stakes = collect_stakes()

    def wanted_pair(a: Item, b: Item) -> bool:
        return _concerns(a, query) or _concerns(b, query)

    findings = Findings(
        clashes=[c for c in engine.find_clashes(items) if wanted_pair(c.first, c.second)],
        back_to_back=[
            p for p in engine.find_back_to_back(items, query.max_gap_days) if wanted_pair(p.before, p.after)
        ],
        missing_partners=[
            m for m in engine.find_missing_partners(
                items, stakes, {k: frozenset(v) for k, v in taking_part.items()}
            ) if _concerns(m.item, query)
        ],
        crowded_weeks=[
            w for w in engine.find_crowded_weeks(items, query.crowded_threshold)
            if not query.region or w.region == query.region
        ],
    )
    from synergies.directory.models import Organization

    findings.organization_names = dict(Organization.objects.values_list("pk", "acronym"))
    return findings


def missing_partner_as_dict(finding: MissingPartner, names: dict[int, str]) -> dict[str, Any]:
    from django.utils.translation import gettext as _

    organization = names.get(finding.organization, str(finding.organization))
    return {
        "events": [item_ref(finding.item)],
        "organization": organization,
        "focal_point": finding.focal_point,
        "suggested_action": _("Inform and seek comments"),
        "stakes": [{"via": s.via, "label": s.label, "key": s.key} for s in finding.stakes],
        "reasons": [
            _("%(organization)s has %(stake)s but takes no part yet") % {
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
