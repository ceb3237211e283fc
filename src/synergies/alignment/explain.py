"""Findings in words, for people: "both in Geneva on 7 April; both on mercury; both for the POPRC"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from synergies.alignment.engine import BackToBack, Clash, CrowdedWeek, Item, shared_audience
from synergies.calendar import wording
from synergies.directory.models import Body, Country, Instrument, Region, Topic


@dataclass
class Vocabulary:
    """Names for the codes the engine works with, read once per run."""

    names: dict[str, dict[str, str]]

    @classmethod
    def load(cls) -> Vocabulary:
        return cls(
            {
                "topics": dict(Topic.objects.values_list("slug", "name")),
                "instruments": dict(Instrument.objects.values_list("code", "short_name")),
                "bodies": {
                    code: acronym or name for code, acronym, name in Body.objects.values_list("code", "acronym", "name")
                },
                "regions": dict(Region.objects.values_list("code", "name")),
                "countries": dict(Country.objects.values_list("code", "name")),
            }
        )

    def name(self, kind: str, code: str) -> str:
        return self.names.get(kind, {}).get(code, code)

    def names_of(self, kind: str, codes: frozenset[str]) -> str:
        return ", ".join(sorted(self.name(kind, code) for code in codes))


def _shared_reasons(shared: dict[str, frozenset[str]], words: Vocabulary) -> list[str]:
    reasons = []
    if "topics" in shared:
        reasons.append(_("both on %(topics)s") % {"topics": words.names_of("topics", shared["topics"])})
    if "bodies" in shared:
        reasons.append(_("both for %(bodies)s") % {"bodies": words.names_of("bodies", shared["bodies"])})
    if "instruments" in shared:
        reasons.append(
            _("both under the %(instruments)s") % {"instruments": words.names_of("instruments", shared["instruments"])}
        )
    if "regions" in shared:
        reasons.append(_("both aimed at %(regions)s") % {"regions": words.names_of("regions", shared["regions"])})
    if "countries" in shared:
        reasons.append(
            _("both aimed at %(countries)s") % {"countries": words.names_of("countries", shared["countries"])}
        )
    return reasons


def clash_reasons(clash: Clash, words: Vocabulary) -> list[str]:
    reasons = []
    if clash.same_city:
        overlap_day = max(
            clash.first.local_start_day or clash.first.start.date(),
            clash.second.local_start_day or clash.second.start.date(),
        )
        reasons.append(
            _("both in %(city)s on %(day)s") % {"city": clash.first.city_name, "day": wording.day_month(overlap_day)}
        )
    return reasons + _shared_reasons(clash.shared, words)


def back_to_back_reasons(pair: BackToBack, words: Vocabulary) -> list[str]:
    if pair.same_city:
        place = _("both in %(city)s") % {"city": pair.before.city_name}
    else:
        place = _("in the same region (%(regions)s)") % {
            "regions": words.names_of("regions", pair.before.venue_regions & pair.after.venue_regions)
        }
    gap = ngettext("%(days)d day apart", "%(days)d days apart", pair.gap_days) % {"days": pair.gap_days}
    if pair.gap_days == 0:
        gap = _("one right after the other")
    return [place, gap, *_shared_reasons(pair.shared, words)]


def item_ref(item: Item) -> dict[str, Any]:
    return {"id": item.id, "title": item.title, "start": item.start.isoformat(), "end": item.end.isoformat()}


def _pair_as_dict(first: Item, second: Item, reasons: list[str], **details: Any) -> dict[str, Any]:
    return {
        "events": [item_ref(first), item_ref(second)],
        **details,
        "shared": {kind: sorted(values) for kind, values in shared_audience(first, second).items()},
        "reasons": reasons,
    }


def clash_as_dict(clash: Clash, words: Vocabulary) -> dict[str, Any]:
    return _pair_as_dict(
        clash.first, clash.second, clash_reasons(clash, words), score=clash.score, same_city=clash.same_city
    )


def back_to_back_as_dict(pair: BackToBack, words: Vocabulary) -> dict[str, Any]:
    return _pair_as_dict(
        pair.before, pair.after, back_to_back_reasons(pair, words), gap_days=pair.gap_days, same_city=pair.same_city
    )


def crowded_week_as_dict(week: CrowdedWeek, words: Vocabulary) -> dict[str, Any]:
    return {
        "region": week.region,
        "region_name": words.name("regions", week.region),
        "week_start": week.week_start.isoformat(),
        "events": [item_ref(item) for item in week.items],
        "reasons": [
            ngettext(
                "%(count)d event for %(region)s in the week of %(day)s",
                "%(count)d events for %(region)s in the week of %(day)s",
                len(week.items),
            )
            % {
                "count": len(week.items),
                "region": words.name("regions", week.region),
                "day": wording.day(week.week_start),
            }
        ],
    }
