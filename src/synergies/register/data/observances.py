"""Communication opportunities: international days and weeks on chemicals, waste and pollution.

The source document's "periodic list of upcoming events and communication opportunities" (the public-awareness
area) works with the days the United Nations observe. Each record gives the day's real rule as RFC 5545 RRULE
text for its first day, its length, the General Assembly resolution (or the organization or partnership) that
set it, the agencies the sources say facilitate it, and the days a source confirms.

Sources (read with the team's search tool over stored public pages, checked 2026-12-04):

- International Day of Zero Waste: exbulletin.com (UN meeting programme "held pursuant to General Assembly
  resolution 77/161 of 14 December 2022"), Waste Management World, The Diplomatic Insight (first
  observance on 30 March 2023, facilitated by UNEP and UN-Habitat), UrduPoint (observed 30 March 2024).
- World Environment Day: Bulgarian Ministry of Environment and Water (resolution A/RES/2994 (XXVII) of 15
  December 1972, 5 June, under the aegis of UNEP), Nature4Climate (5 June 2025, hosted by the Republic of
  Korea).
- International Day of Clean Air for blue skies: Climate and Clean Air Coalition (resolution 74/212, every 7
  September, first in 2020, UNEP invited to facilitate), UNICEF (resolution of 19 December 2019).
- International Day for the Preservation of the Ozone Layer: Umweltbundesamt SNS chronicle (16 September
  each year since 1995, resolution 49/114).
- World Oceans Day: IOC-UNESCO (resolution 63/111, paragraph 171; 8 June as of 2009), a 2011 blog citing the
  resolution's date (5 December 2008), 2009 and 2012 observances.
- International Day of Awareness of Food Loss and Waste: WaystUp and Turkish Agri News (A/RES/74/209, 19
  December 2019; FAO and UNEP facilitate), first observance 29 September 2020.
- World Cleanup Day: UN-Habitat (resolution 78/122 of 8 December 2023, 20 September; UN-Habitat facilitates;
  inaugural event on 20 September 2024 in Tromsø).
- World Soil Day: Ministry of Agriculture Jihad of Iran (A/RES/68/232; 5 December 2014 the first official
  day), IISD SDG Knowledge Hub and FAO (the FAO Conference endorsed the day in June 2013).
- World Day for Safety and Health at Work: un.org ("held on 28 April and has been observed by the
  International Labour Organization (ILO) since 2003"; 2014 theme "Safety and health in the use of chemicals
  at work").
- International Lead Poisoning Prevention Week: UNEP Lead Paint Alliance page (20-26 October 2013), IISD SDG
  Knowledge Hub (20-26 October 2019; 23-29 October 2022), WHO (25-31 October 2020), Health Protection Scotland
  (24-30 October 2021), WHO via EIN Presswire (20-26 October 2024), African News Agency and Mirage News (19-25
  October 2025); an initiative of the Global Alliance to Eliminate Lead Paint led by UNEP and WHO.

Rules followed:

- Symbols are written in the General Assembly's ``A/RES/<session>/<number>`` form of the resolution number
  the source gives.
- ``dtstart`` is the first observance a source names; where none is named (World Environment Day) it is the
  first day the rule gives after the resolution was adopted, and ``first_observed`` is ``None``.
- ``adopted`` only where a source gives the day; where sources disagree (World Soil Day: the Second
  Committee's draft of 2 December 2013 against the Assembly's adoption; the ozone day) it is ``None``.
- The Lead Poisoning Prevention Week runs Sunday to Saturday in the last full week of October: every dated
  edition we found (2013, 2019-2022, 2024, 2025) is that week, and a calendar page states the rule; its
  RRULE gives the Sunday (the Sunday from 19 to 25 October) and ``days`` the length.

Not confirmed, so left out (``LEFT_OUT``): campaign weeks run by the BRS or Minamata secretariats themselves
(no source stating a recurring rule was looked up within the budget), and days outside the cluster's topics.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

GA_RESOLUTION = "ga_resolution"
ORGANIZATION = "organization"
PARTNERSHIP = "partnership"

#: Every value ``set_by_kind`` may hold.
SET_BY_KINDS = (GA_RESOLUTION, ORGANIZATION, PARTNERSHIP)


class ObservanceRecord(TypedDict):
    key: str  # stable slug (calendar UID: "observance-<key>@synergies")
    title: str
    kind: str  # "day" | "week"
    rrule: str  # RFC 5545 RRULE text for the first day of each observance
    dtstart: date  # first occurrence of the series
    days: int  # length in days
    set_by: str  # the resolution symbol, or the organization / partnership that set it
    set_by_kind: str  # one of SET_BY_KINDS
    adopted: date | None  # day the resolution was adopted, when a source gives it
    first_observed: date | None  # first observance, when a source names it
    facilitators: list[str]  # agencies the sources say facilitate or lead it
    confirmed: list[date]  # first days of observances a source dates
    topics: list[str]  # directory vocabulary TOPICS slugs
    areas: list[str]  # register area slugs (source_table.AREAS) whose outreach it serves
    urls: list[str]
    checked: str  # what was read; not loaded


_OUTREACH = "public-awareness-outreach"

OBSERVANCES: list[ObservanceRecord] = [
    {
        "key": "international-day-of-zero-waste",
        "title": "International Day of Zero Waste",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=30",
        "dtstart": date(2023, 3, 30),
        "days": 1,
        "set_by": "A/RES/77/161",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(2022, 12, 14),
        "first_observed": date(2023, 3, 30),
        "facilitators": ["UNEP", "UN-Habitat"],
        "confirmed": [date(2023, 3, 30), date(2024, 3, 30)],
        "topics": ["hazardous-waste", "sdgs"],
        "areas": [_OUTREACH, "waste-management"],
        "urls": [
            "https://exbulletin.com/world/2088189/",
            "https://waste-management-world.com/resource-use/international-day-of-zero-waste/",
            "https://thediplomaticinsight.com/end-plastic-pollution-international-day-of-zero-waste/",
            "https://www.urdupoint.com/en/pakistan/intl-day-of-zero-waste-observed-across-the-g-1810588.html",
        ],
        "checked": 'UN programme quoted by exbulletin ("held pursuant to General Assembly resolution 77/161 of 14 '
        'December 2022"); first-ever observance on 30 March 2023 facilitated by UNEP and UN-Habitat; observed 30 '
        "March 2024",
    },
    {
        "key": "world-environment-day",
        "title": "World Environment Day",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5",
        "dtstart": date(1973, 6, 5),
        "days": 1,
        "set_by": "A/RES/2994 (XXVII)",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(1972, 12, 15),
        "first_observed": None,
        "facilitators": ["UNEP"],
        "confirmed": [date(2025, 6, 5)],
        "topics": [],
        "areas": [_OUTREACH],
        "urls": [
            "https://www.moew.government.bg/bg/5-yuni-den-na-ekologa-i-svetovniya-den-na-okolnata-sreda/",
            "https://nature4climate.org/event-type/international-day/page/3",
        ],
        "checked": "Bulgarian Ministry of Environment and Water (Resolution A/RES/2994 (XXVII) of 15 December 1972; "
        "5 June, the opening day of the 1972 Stockholm Conference; celebrated under the aegis of UNEP); "
        "Nature4Climate (Thursday 5 June 2025, hosted by the Republic of Korea, on ending plastic pollution)",
    },
    {
        "key": "international-day-of-clean-air-for-blue-skies",
        "title": "International Day of Clean Air for blue skies",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=7",
        "dtstart": date(2020, 9, 7),
        "days": 1,
        "set_by": "A/RES/74/212",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(2019, 12, 19),
        "first_observed": date(2020, 9, 7),
        "facilitators": ["UNEP"],
        "confirmed": [date(2020, 9, 7)],
        "topics": ["health"],
        "areas": [_OUTREACH],
        "urls": [
            "https://www.ccacoalition.org/resources/united-nations-general-assembly-resolution-74212-international-"
            "day-clean-air-blue-skies",
            "https://ceh.unicef.org/events-and-resources/knowledge-library/resolution-adopted-general-assembly-19-"
            "december-2019",
        ],
        "checked": "Climate and Clean Air Coalition page of resolution 74/212 (every 7 September, the first in 2020, "
        "UNEP invited to facilitate); UNICEF knowledge library (resolution adopted on 19 December 2019)",
    },
    {
        "key": "international-day-for-the-preservation-of-the-ozone-layer",
        "title": "International Day for the Preservation of the Ozone Layer",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=16",
        "dtstart": date(1995, 9, 16),
        "days": 1,
        "set_by": "A/RES/49/114",
        "set_by_kind": GA_RESOLUTION,
        "adopted": None,
        "first_observed": date(1995, 9, 16),
        "facilitators": [],
        "confirmed": [],
        "topics": ["industrial-chemicals"],
        "areas": [_OUTREACH],
        "urls": ["https://sns.uba.de/chronik/en.html?c=anniversary&page=2"],
        "checked": 'Umweltbundesamt SNS chronicle ("Since 1995, on 16 September each year ... designated by the '
        "United Nations General Assembly in its resolution 49/114, to commemorate the signing of the Montreal "
        'Protocol")',
    },
    {
        "key": "world-oceans-day",
        "title": "World Oceans Day",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8",
        "dtstart": date(2009, 6, 8),
        "days": 1,
        "set_by": "A/RES/63/111",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(2008, 12, 5),
        "first_observed": date(2009, 6, 8),
        "facilitators": [],
        "confirmed": [date(2009, 6, 8), date(2012, 6, 8)],
        "topics": ["plastics"],
        "areas": [_OUTREACH],
        "urls": [
            "http://iocunesco.org/topics/world-oceans-day",
            "https://buceoa2600metros.blogspot.com/2011/06",
            "https://ilovequoddywild.blogspot.com/2009/05/8-june-world-oceans-day.html",
            "https://www.sustainableguernsey.info/blog/tag/world-ocean-day-2012/",
        ],
        "checked": "IOC-UNESCO (resolution 63/111, paragraph 171: as of 2009, 8 June designated World Oceans Day); "
        "a 2011 blog giving the resolution's date, 5 December 2008; the inaugural observance in 2009 and the 2012 "
        "one",
    },
    {
        "key": "international-day-of-awareness-of-food-loss-and-waste",
        "title": "International Day of Awareness of Food Loss and Waste",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=29",
        "dtstart": date(2020, 9, 29),
        "days": 1,
        "set_by": "A/RES/74/209",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(2019, 12, 19),
        "first_observed": date(2020, 9, 29),
        "facilitators": ["FAO", "UNEP"],
        "confirmed": [date(2020, 9, 29)],
        "topics": ["hazardous-waste"],
        "areas": [_OUTREACH],
        "urls": [
            "https://waystup.eu/international-day-of-awareness-of-food-loss-and-waste-2020/",
            "https://www.turkishagrinews.com/12917-2/",
        ],
        "checked": "WaystUp (designated on 19 December 2019, A/RES/74/209; first observance 29 September 2020); "
        "Turkish Agri News (FAO and UNEP collaborate in facilitating the observance)",
    },
    {
        "key": "world-cleanup-day",
        "title": "World Cleanup Day",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20",
        "dtstart": date(2024, 9, 20),
        "days": 1,
        "set_by": "A/RES/78/122",
        "set_by_kind": GA_RESOLUTION,
        "adopted": date(2023, 12, 8),
        "first_observed": date(2024, 9, 20),
        "facilitators": ["UN-Habitat"],
        "confirmed": [date(2024, 9, 20)],
        "topics": ["plastics", "hazardous-waste"],
        "areas": [_OUTREACH, "waste-management"],
        "urls": ["https://unhabitat.org/wcud2024"],
        "checked": "UN-Habitat (resolution 78/122 of 8 December 2023 proclaims 20 September as World Cleanup Day; "
        "UN-Habitat facilitates; the inaugural event on 20 September 2024 in Tromsø, on Arctic cities and marine "
        "litter)",
    },
    {
        "key": "world-soil-day",
        "title": "World Soil Day",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        "dtstart": date(2014, 12, 5),
        "days": 1,
        "set_by": "A/RES/68/232",
        "set_by_kind": GA_RESOLUTION,
        "adopted": None,
        "first_observed": date(2014, 12, 5),
        "facilitators": ["FAO"],
        "confirmed": [date(2014, 12, 5)],
        "topics": [],
        "areas": [_OUTREACH],
        "urls": [
            "https://en.maj.ir/News/World-Soil-Day-(WSD)-is-Held-to-Focus-Attention-on-the-Importance-of-Healthy-Soil",
            "https://sdg.iisd.org/events/world-soil-day-2015/",
        ],
        "checked": "Ministry of Agriculture Jihad of Iran (link to A/RES/68/232; the General Assembly designated 5 "
        "December 2014 as the first official World Soil Day); IISD (the FAO Conference endorsed the day in June "
        "2013)",
    },
    {
        "key": "world-day-for-safety-and-health-at-work",
        "title": "World Day for Safety and Health at Work",
        "kind": "day",
        "rrule": "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=28",
        "dtstart": date(2003, 4, 28),
        "days": 1,
        "set_by": "International Labour Organization",
        "set_by_kind": ORGANIZATION,
        "adopted": None,
        "first_observed": date(2003, 4, 28),
        "facilitators": ["ILO"],
        "confirmed": [date(2020, 4, 28)],
        "topics": ["health", "industrial-chemicals"],
        "areas": [_OUTREACH],
        "urls": [
            "http://www.un.org/en/events/safeworkday/index.shtml",
            "https://www.thehansindia.com/life-style/world-day-for-safety-and-health-at-work-619591",
        ],
        "checked": 'un.org ("It is held on 28 April and has been observed by the International Labour Organization '
        '(ILO) since 2003"; 2014 theme "Safety and health in the use of chemicals at work"); The Hans India (28 '
        "April 2020)",
    },
    {
        "key": "international-lead-poisoning-prevention-week",
        "title": "International Lead Poisoning Prevention Week",
        "kind": "week",
        "rrule": "FREQ=YEARLY;BYMONTH=10;BYDAY=SU;BYMONTHDAY=19,20,21,22,23,24,25",
        "dtstart": date(2013, 10, 20),
        "days": 7,
        "set_by": "Global Alliance to Eliminate Lead Paint",
        "set_by_kind": PARTNERSHIP,
        "adopted": None,
        "first_observed": date(2013, 10, 20),
        "facilitators": ["UNEP", "WHO"],
        "confirmed": [
            date(2013, 10, 20),
            date(2019, 10, 20),
            date(2020, 10, 25),
            date(2021, 10, 24),
            date(2022, 10, 23),
            date(2024, 10, 20),
            date(2025, 10, 19),
        ],
        "topics": ["lead", "health"],
        "areas": [_OUTREACH, "lead-cadmium"],
        "urls": [
            "http://www.unep.org/chemicalsandwaste/LeadCadmium/PrioritiesforAction/LeadPaints/FocalAreasofWork/"
            "Leadweek/tabid/106381/Default.aspx",
            "https://sdg.iisd.org/events/international-lead-poisoning-prevention-week-2019/",
            "https://www.hps.scot.nhs.uk/publications/hps-weekly-report/volume-54/issue-42/international-lead-"
            "poisoning-prevention-week-25-to-31-october-2020/",
            "https://hps-beta.azurewebsites.net/publications/hps-weekly-report/volume-55/issue-42/international-"
            "lead-poisoning-prevention-week/",
            "https://sdg.iisd.org:443/events/international-lead-poisoning-prevention-week-2022/",
            "https://www.einpresswire.com/article/751568579/international-lead-poisoning-prevention-week-2024",
            "http://africanewsagency.co.uk/news_details.php?nid=51184&ptitle=Home",
            "https://webplus.info/index.php?event=202491&page=340",
        ],
        "checked": "UNEP (International Lead Poisoning Awareness Week, 20-26 October 2013); IISD (20-26 October 2019, "
        "organized by UNEP and WHO through the Global Alliance; 23-29 October 2022, the 10th edition); WHO via "
        "Health Protection Scotland (25-31 October 2020; 24-30 October 2021); EIN Presswire (twelfth week, 20-26 "
        "October 2024); African News Agency (thirteenth week, 19-25 October 2025); webplus.info calendar (held "
        '"from Sunday to the last full week of October")',
    },
]

#: What we looked for and could not confirm, so left out (each line says why).
LEFT_OUT: list[str] = [
    "Campaign weeks run by the BRS or Minamata secretariats themselves: no source stating a recurring rule was read.",
    "The day General Assembly resolutions 49/114 (ozone layer) and 68/232 (World Soil Day) were adopted: the "
    "sources we read disagree or do not say.",
    "Which agencies facilitate the ozone day and World Oceans Day: not stated in what we read.",
]
