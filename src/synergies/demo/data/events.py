"""Events of the demo data set: real meetings of the cluster, with dates and venues we checked.

Each record says in ``checked`` which public page confirmed it (not loaded into the database).
Rules followed (docs/demo-data.md):

- Only dates and venues that a source states. Where a source gives only the month(s), ``start``
  and ``end`` are month strings ("2015-03") and the loader stores the event with month precision.
  Where a venue was not stated, ``venue`` is left empty.
- ``start``/``end`` are ISO dates (all-day events) or local date-times "2026-05-19T14:00" (timed
  events, read in ``timezone``). Online-only events use ``timezone="UTC"``.
- Statuses: "confirmed" for meetings held or officially scheduled; "postponed" and "cancelled" for
  the real COVID-19 reschedulings and the few real cancellations; "planned" only where the task
  force report names a meeting whose days we could not confirm.
- Internal events are coordination items the task force report describes, dated by the real
  meeting they serve; their notes say "Illustrative internal note (demo)".

Optional keys default to: venue/city/website/description/internal_notes "", country None,
attendance "in_person", status "confirmed", visibility "public", lists empty, parent None.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class EventRecord(TypedDict):
    key: str  # unique slug, used by ``parent`` and ``back_to_back``
    title: str
    kind: str  # synergies.calendar.models.Event.Kind value
    start: str
    end: str
    timezone: str
    organizers: list[str]  # lead organizer acronyms
    checked: str  # where the facts were checked; not loaded
    venue: NotRequired[str]
    city: NotRequired[str]
    country: NotRequired[str | None]
    attendance: NotRequired[str]  # "in_person" | "online" | "hybrid"
    status: NotRequired[str]  # "confirmed" | "planned" | "postponed" | "cancelled"
    visibility: NotRequired[str]  # "public" | "internal"
    co_organizers: NotRequired[list[str]]
    instruments: NotRequired[list[str]]
    bodies: NotRequired[list[str]]
    topics: NotRequired[list[str]]
    regions: NotRequired[list[str]]
    countries: NotRequired[list[str]]
    languages: NotRequired[list[str]]
    parent: NotRequired[str | None]
    back_to_back: NotRequired[list[str]]
    website: NotRequired[str]
    description: NotRequired[str]
    internal_notes: NotRequired[str]


UN6 = ["ar", "zh", "en", "fr", "ru", "es"]
EN = ["en"]
ALL_UN_GROUPS = ["africa", "asia-pacific", "eastern-europe", "grulac", "weog"]
BRS3 = ["basel", "rotterdam", "stockholm"]
BRS_COPS = ["bc-cop", "rc-cop", "sc-cop"]

GENEVA = "Europe/Zurich"
ROME = "Europe/Rome"
NAIROBI = "Africa/Nairobi"
CICG = "Geneva International Conference Centre (CICG)"
FAO_HQ = "FAO headquarters"
UNEP_HQ = "UNEP headquarters (Gigiri)"
IEH = "International Environment House"
PUNTA_CENTRE = "Punta del Este Convention and Exhibition Centre"

_ENB = "IISD Earth Negotiations Bulletin"
_INTERNAL = "Illustrative internal note (demo): "

EVENTS: list[EventRecord] = [
    # =========================================================================================
    # Basel, Rotterdam and Stockholm conventions: conferences of the Parties and their bureaux
    # =========================================================================================
    {"key": "brs-excops-2010", "title": "Simultaneous extraordinary meetings of the conferences of the Parties to the "
     "Basel, Rotterdam and Stockholm conventions", "kind": "cop", "start": "2010-02-22", "end": "2010-02-24",
     "timezone": "Asia/Makassar", "city": "Bali", "country": "ID", "organizers": ["BRS"], "co_organizers": ["FAO"],
     "instruments": BRS3, "bodies": BRS_COPS, "topics": ["synergies"], "languages": UN6,
     "description": "Simultaneous extraordinary meetings of the three conferences of the Parties; the PCB "
     "Elimination Network was to be launched there.",
     "checked": "pops.int, first meeting of the PEN Advisory Committee (announces the ExCOPs in Bali, 22-24 Feb 2010)"},
    {"key": "brs-cops-2013", "title": "2013 ordinary and extraordinary meetings of the conferences of the Parties to "
     "the Basel, Rotterdam and Stockholm conventions", "kind": "cop", "start": "2013-04-28", "end": "2013-05-10",
     "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH", "organizers": ["BRS"],
     "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["synergies", "hazardous-waste", "pops", "pesticides"], "languages": UN6,
     "description": "BC COP-11, RC COP-6 and SC COP-6, held back to back for the first time in tandem with "
     "extraordinary meetings on synergies.",
     "checked": "UNEP/POPS/COP.6/INF/5 header 'Geneva, 28 April-10 May 2013'; basel.int OEWG-8 press release"},
    {"key": "pen-information-meeting-2013", "title": "PCB Elimination Network information meeting for members and "
     "others interested in PCB", "kind": "side_event", "start": "2013-05-06", "end": "2013-05-06",
     "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH", "organizers": ["UNEP-CHEM"],
     "co_organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["pen"], "topics": ["pcbs"],
     "parent": "brs-cops-2013",
     "description": "Evening side event to the 2013 COPs, organized by the PEN Secretariat hosted by UNEP Chemicals; "
     "the BRS Secretariat reported on its PCB work.",
     "checked": "pops.int PEN Information Meeting May 2013 (tabid 3852) and its report UNEP/CB/PEN/Side event"},
    {"key": "brs-cops-2015", "title": "2015 meetings of the conferences of the Parties to the Basel, Rotterdam and "
     "Stockholm conventions (BC COP-12, RC COP-7, SC COP-7)", "kind": "cop", "start": "2015-05-04",
     "end": "2015-05-15", "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["synergies", "hazardous-waste", "pops", "pesticides", "e-waste"], "languages": UN6,
     "description": "Theme: 'From science to action, working for a safer tomorrow'. Preparatory and regional "
     "meetings on Sunday 3 May 2015.",
     "checked": "brsmeas.org 2015 COPs, information for participants (tabid 4240); ENB daily reports 4-15 May 2015"},
    {"key": "brs-science-fair-2015", "title": "Science Fair at the 2015 meetings of the conferences of the Parties",
     "kind": "side_event", "start": "2015-05-07", "end": "2015-05-09", "timezone": GENEVA, "venue": CICG,
     "city": "Geneva", "country": "CH", "organizers": ["BRS"], "instruments": BRS3,
     "topics": ["synergies", "monitoring", "pcbs"], "parent": "brs-cops-2015",
     "description": "Three-day science fair for delegates and observers. UNEP DTIE Chemicals Branch presented a "
     "preliminary assessment of efforts towards PCB elimination; IOMC presented its toolbox.",
     "checked": "brsmeas.org 2015 COPs Science Fair page (tabid 4246); ENB 7-9 May 2015"},
    {"key": "internal-science-fair-cooperation-2015", "title": "Cooperation of UNEP Chemicals in the Science Fair "
     "(task force follow-up)", "kind": "other", "start": "2015-05-07", "end": "2015-05-09", "timezone": GENEVA,
     "venue": CICG, "city": "Geneva", "country": "CH", "visibility": "internal", "organizers": ["BRS"],
     "co_organizers": ["UNEP-CHEM"], "instruments": BRS3, "topics": ["synergies"], "parent": "brs-science-fair-2015",
     "description": "Coordination item from the task force report: the BRS Secretariat invited UNEP Chemicals to "
     "cooperate in the Science Fair during the 2015 COPs.",
     "internal_notes": _INTERNAL + "agree which booths and panel slots UNEP Chemicals staff cover, and credit "
     "both entities in the fair programme.",
     "checked": "Task force report (source document); Science Fair dates from brsmeas.org tabid 4246"},
    {"key": "brs-cops-2017", "title": "2017 meetings of the conferences of the Parties to the Basel, Rotterdam and "
     "Stockholm conventions (BC COP-13, RC COP-8, SC COP-8)", "kind": "cop", "start": "2017-04-24",
     "end": "2017-05-05", "timezone": GENEVA, "city": "Geneva", "country": "CH", "organizers": ["BRS"],
     "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["synergies", "hazardous-waste", "pops", "pesticides"], "languages": UN6,
     "description": "Theme: 'A future detoxified: sound management of chemicals and waste'.",
     "checked": "InforMEA decision BC-12 on venue and date of the next meetings; BCRC-Caribbean announcement; ENB"},
    {"key": "brs-joint-bureaux-2018", "title": "Joint meeting of the bureaux of the conferences of the Parties to the "
     "Basel, Rotterdam and Stockholm conventions", "kind": "bureau", "start": "2018-11-15", "end": "2018-11-16",
     "timezone": GENEVA, "venue": IEH, "city": "Geneva", "country": "CH", "organizers": ["BRS"],
     "instruments": BRS3, "bodies": ["brs-bureaux"], "languages": EN,
     "description": "Finalized the organization of work of the 2019 COPs.",
     "checked": "brsmeas.org Joint Bureaux Meeting 2018 overview (tabid 7516)"},
    {"key": "brs-cops-2019", "title": "2019 meetings of the conferences of the Parties to the Basel, Rotterdam and "
     "Stockholm conventions (BC COP-14, RC COP-9, SC COP-9)", "kind": "cop", "start": "2019-04-29",
     "end": "2019-05-10", "timezone": GENEVA, "city": "Geneva", "country": "CH", "organizers": ["BRS"],
     "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["plastics", "e-waste", "pfas", "pops", "pesticides"], "languages": UN6,
     "description": "Adopted the plastic waste amendments to the Basel Convention, listed dicofol and PFOA under "
     "the Stockholm Convention and established a compliance mechanism under the Rotterdam Convention.",
     "checked": "ENB summary report 29 April-10 May 2019; brsmeas.org joint bureaux 2018 page"},
    {"key": "brs-cops-2021-nairobi", "title": "2021 meetings of the conferences of the Parties as first decided "
     "(Nairobi)", "kind": "cop", "start": "2021-05-17", "end": "2021-05-28", "timezone": NAIROBI,
     "venue": "UNEP headquarters", "city": "Nairobi", "country": "KE", "status": "cancelled", "organizers": ["BRS"],
     "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS, "languages": UN6,
     "description": "The 2019 COPs accepted Kenya's offer to host the 2021 meetings at UNEP headquarters from 17 to "
     "28 May 2021, subject to a host country agreement. They were not held in Nairobi: they were rescheduled for "
     "Geneva in July 2021 and then split into an online and a face-to-face segment.",
     "checked": "InforMEA decision on dates and venue of the next meetings (BC-14); Geneva Environment Network, "
     "'Dates for major environmental negotiations' (Oct 2020)"},
    {"key": "brs-cops-2021-geneva-planned", "title": "2021 meetings of the conferences of the Parties, in person in "
     "Geneva as planned", "kind": "cop", "start": "2021-07-19", "end": "2021-07-30", "timezone": GENEVA,
     "city": "Geneva", "country": "CH", "status": "postponed", "organizers": ["BRS"], "co_organizers": ["FAO"],
     "instruments": BRS3, "bodies": BRS_COPS, "languages": UN6,
     "description": "Because of COVID-19 the bureaux concluded that the physical meetings planned for 19-30 July 2021 "
     "could not go ahead; the COPs met online on 26-30 July 2021 and face to face in June 2022.",
     "checked": "Geneva Environment Network, 'Dates for major environmental negotiations' (Sep 2021)"},
    {"key": "brs-cops-2021-online", "title": "2021 meetings of the conferences of the Parties, online segment "
     "(BC COP-15, RC COP-10, SC COP-10)", "kind": "cop", "start": "2021-07-26", "end": "2021-07-30",
     "timezone": "UTC", "attendance": "online", "organizers": ["BRS"], "co_organizers": ["FAO"],
     "instruments": BRS3, "bodies": BRS_COPS, "languages": UN6,
     "description": "Essential decisions only, including an interim budget for 2022; joint plenaries on 26 and 30 July "
     "with interpretation in the six UN languages.",
     "checked": "brsmeas.org 2021/2022 COPs information for participants (tabid 8904); chemycal news on the outcome"},
    {"key": "brs-cops-2022", "title": "2021/2022 meetings of the conferences of the Parties, face-to-face segment",
     "kind": "cop", "start": "2022-06-06", "end": "2022-06-17", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["e-waste", "pops", "pesticides", "hazardous-waste"], "languages": UN6,
     "description": "Preparatory and regional meetings on Sunday 5 June 2022.",
     "checked": "brsmeas.org 2021/2022 COPs information for participants (tabid 8904, fr-CH page)"},
    {"key": "sc-cop-bureau-2022", "title": "Meeting of the Bureau of the Conference of the Parties to the Stockholm "
     "Convention", "kind": "bureau", "start": "2022-10-27", "end": "2022-10-27", "timezone": GENEVA,
     "venue": IEH + " 2", "city": "Geneva", "country": "CH", "attendance": "hybrid", "organizers": ["BRS"],
     "instruments": ["stockholm"], "bodies": ["brs-bureaux"],
     "description": "Prepared SC COP-11; members unable to attend joined through a secure online connection.",
     "checked": "chm.pops.int COP-11 Bureau 2022 page (tabid 9246)"},
    {"key": "brs-cops-2023", "title": "2023 meetings of the conferences of the Parties to the Basel, Rotterdam and "
     "Stockholm conventions (BC COP-16, RC COP-11, SC COP-11)", "kind": "cop", "start": "2023-05-01",
     "end": "2023-05-12", "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["pops", "pesticides", "hazardous-waste", "e-waste"], "languages": UN6,
     "checked": "chm.pops.int SC COP-11 Bureau page; brsmeas.org 'Greening the 2023 COPs' (CICG venue)"},
    {"key": "brs-cops-2025", "title": "2025 meetings of the conferences of the Parties to the Basel, Rotterdam and "
     "Stockholm conventions (BC COP-17, RC COP-12, SC COP-12)", "kind": "cop", "start": "2025-04-28",
     "end": "2025-05-09", "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["pops", "pesticides", "hazardous-waste", "pfas"], "languages": UN6,
     "website": "http://pic.int/Default.aspx?tabid=9745",
     "description": "Theme: 'Make visible the invisible: sound management of chemicals and wastes'. High-level "
     "segment on 30 April and 1 May; preparatory meetings on 27 April 2025.",
     "checked": "pic.int RC COP-12 page (tabid 9745); BRS announcement of the 2025 meetings"},
    # =========================================================================================
    # Regional preparatory meetings for the BRS COPs and the Minamata regional workshops
    # =========================================================================================
    {"key": "mc-workshop-asia-pacific-2015", "title": "Regional workshop to support the ratification and effective "
     "implementation of the Minamata Convention: Asia and the Pacific", "kind": "workshop", "start": "2015-03-17",
     "end": "2015-03-18", "timezone": "Asia/Jakarta", "city": "Jakarta", "country": "ID", "organizers": ["MINAMATA"],
     "co_organizers": ["BRS", "BCRC-SEA"], "instruments": ["minamata"], "topics": ["mercury", "technical-assistance"],
     "regions": ["asia-pacific"], "countries": ["ID"], "back_to_back": ["brs-prep-asia-pacific-2015"],
     "description": "Hosted by Indonesia's Ministry of Environment and Forestry; one of the regional workshops the "
     "task force planned back to back with the BRS regional preparatory meetings (March-April 2015).",
     "checked": "bcrc-sea.org news 31 (regional workshop, Jakarta, 17-18 March 2015)"},
    {"key": "brs-mc-joint-session-asia-pacific-2015", "title": "Joint session of the Minamata regional workshop and "
     "the BRS regional preparatory meeting for Asia and the Pacific", "kind": "other", "start": "2015-03-18",
     "end": "2015-03-18", "timezone": "Asia/Jakarta", "city": "Jakarta", "country": "ID", "organizers": ["MINAMATA"],
     "co_organizers": ["BRS"], "instruments": ["minamata", *BRS3], "topics": ["synergies", "mercury"],
     "regions": ["asia-pacific"], "parent": "mc-workshop-asia-pacific-2015",
     "checked": "bcrc-sea.org news 32 ('including a joint session on 18 March 2015')"},
    {"key": "brs-prep-asia-pacific-2015", "title": "Regional preparatory meeting for the 2015 COPs: Asia-Pacific",
     "kind": "regional_prep", "start": "2015-03-19", "end": "2015-03-20", "timezone": "Asia/Jakarta",
     "city": "Jakarta", "country": "ID", "organizers": ["BRS"], "co_organizers": ["BCRC-SEA"], "instruments": BRS3,
     "bodies": BRS_COPS, "topics": ["synergies"], "regions": ["asia-pacific"],
     "description": "155 participants from 39 parties; organized with the support of BCRC-SEA/SCRC Indonesia.",
     "checked": "bcrc-sea.org news 32 (regional preparatory meeting, Jakarta, 19-20 March 2015)"},
    {"key": "mc-workshop-africa-2015", "title": "Regional workshop to support the ratification and effective "
     "implementation of the Minamata Convention: Africa", "kind": "workshop", "start": "2015-03", "end": "2015-04",
     "timezone": "UTC", "organizers": ["MINAMATA"], "co_organizers": ["BRS"], "instruments": ["minamata"],
     "topics": ["mercury", "technical-assistance"], "regions": ["africa"],
     "back_to_back": ["brs-prep-africa-2015"],
     "description": "Attended by 163 participants, including 140 government representatives from 43 countries. "
     "Held in March-April 2015 per the task force report; exact days and venue not verified.",
     "checked": "bcrc-sea.org news 31 (Africa attendance); task force report (March-April 2015)"},
    {"key": "brs-prep-africa-2015", "title": "Regional preparatory meeting for the 2015 COPs: Africa",
     "kind": "regional_prep", "start": "2015-03", "end": "2015-04", "timezone": "UTC", "organizers": ["BRS"],
     "instruments": BRS3, "bodies": BRS_COPS, "topics": ["synergies"], "regions": ["africa"],
     "description": "One of the four two-day regional preparatory meetings for the 2015 COPs, held in conjunction "
     "with a Minamata workshop; exact days and venue not verified.",
     "checked": "brsmeas.org regional preparatory meetings for the 2015 COPs (tabid 4333); bcrc-sea.org news 31"},
    {"key": "mc-workshop-grulac-2015", "title": "Regional workshop in support of the ratification and effective "
     "implementation of the Minamata Convention: Latin America and the Caribbean", "kind": "workshop",
     "start": "2015-04-16", "end": "2015-04-17", "timezone": "America/Montevideo", "city": "Montevideo",
     "country": "UY", "organizers": ["MINAMATA"], "co_organizers": ["BRS"], "instruments": ["minamata"],
     "topics": ["mercury", "financing", "synergies"], "regions": ["grulac"], "countries": ["GY", "DO", "JM", "TT"],
     "back_to_back": ["brs-prep-grulac-2015"],
     "description": "Opened with a joint session of the Minamata and BRS conventions on financing and on "
     "coordination and cooperation.",
     "checked": "eppd-tt.blogspot.com, 21 April 2015 (Trinidad and Tobago ministry report)"},
    {"key": "brs-prep-grulac-2015", "title": "Regional preparatory meeting for the 2015 COPs: Latin America and the "
     "Caribbean", "kind": "regional_prep", "start": "2015-04", "end": "2015-04", "timezone": "America/Montevideo",
     "city": "Montevideo", "country": "UY", "organizers": ["BRS"], "instruments": BRS3, "bodies": BRS_COPS,
     "topics": ["synergies"], "regions": ["grulac"],
     "description": "Held in conjunction with the Minamata regional workshop in Montevideo; exact days not verified.",
     "checked": "brsmeas.org regional preparatory meetings 2015 (tabid 4333); eppd-tt.blogspot.com April 2015"},
    {"key": "brs-prep-asia-pacific-2022", "title": "Regional preparatory meeting for the face-to-face segment of "
     "the 2021/2022 COPs: Asia-Pacific", "kind": "regional_prep", "start": "2022-03-27", "end": "2022-03-29",
     "timezone": "Asia/Makassar", "city": "Bali", "country": "ID", "organizers": ["BRS"],
     "co_organizers": ["BCRC-SEA"], "instruments": BRS3, "bodies": BRS_COPS, "regions": ["asia-pacific"],
     "languages": EN, "back_to_back": ["mc-cop4-2"],
     "description": "Held back to back with the second segment of Minamata COP-4; some sessions closed to observers.",
     "checked": "brsmeas.org 2021/2022 COPs regional preparatory meeting Asia (tabid 8811)"},
    {"key": "brs-prep-africa-2022", "title": "Regional preparatory meeting for the face-to-face segment of the "
     "2021/2022 COPs: Africa", "kind": "regional_prep", "start": "2022-04-07", "end": "2022-04-09",
     "timezone": NAIROBI, "venue": "United Nations Office at Nairobi (Gigiri)", "city": "Nairobi", "country": "KE",
     "organizers": ["BRS"], "instruments": BRS3, "bodies": BRS_COPS, "regions": ["africa"], "languages": ["en", "fr"],
     "back_to_back": ["bc-oewg12-face-to-face"],
     "website": "http://www.brsmeas.org/20212022COPs/RegionalPreparatoryMeetings/COP2021regionalprepmtgAfrica/"
     "tabid/8803/language/en-US/Default.aspx",
     "checked": "brsmeas.org 2021/2022 COPs regional preparatory meeting Africa (tabid 8803)"},
    # =========================================================================================
    # Mercury: negotiating committee, Minamata Convention workshops and conferences of the Parties
    # =========================================================================================
    {"key": "mc-inc1", "title": "First session of the intergovernmental negotiating committee on mercury (INC-1)",
     "kind": "inc", "start": "2010-06-07", "end": "2010-06-11", "timezone": "Europe/Stockholm", "city": "Stockholm",
     "country": "SE", "organizers": ["UNEP"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"],
     "bodies": ["mc-inc"], "topics": ["mercury"], "languages": UN6,
     "checked": "UNEP(DTIE)/Hg/INC.6/24, report of INC-6, para. 2 (dates and venues of INC-1 to INC-5)"},
    {"key": "mc-inc2", "title": "Second session of the intergovernmental negotiating committee on mercury (INC-2)",
     "kind": "inc", "start": "2011-01-24", "end": "2011-01-28", "timezone": "Asia/Tokyo", "city": "Chiba",
     "country": "JP", "organizers": ["UNEP"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"],
     "bodies": ["mc-inc"], "topics": ["mercury"], "languages": UN6,
     "checked": "UNEP(DTIE)/Hg/INC.6/24, report of INC-6, para. 2"},
    {"key": "mc-inc3", "title": "Third session of the intergovernmental negotiating committee on mercury (INC-3)",
     "kind": "inc", "start": "2011-10-31", "end": "2011-11-04", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"],
     "bodies": ["mc-inc"], "topics": ["mercury"], "languages": UN6,
     "checked": "UNEP(DTIE)/Hg/INC.6/24, report of INC-6, para. 2"},
    {"key": "mc-inc4", "title": "Fourth session of the intergovernmental negotiating committee on mercury (INC-4)",
     "kind": "inc", "start": "2012-06-27", "end": "2012-07-02", "timezone": "America/Montevideo",
     "city": "Punta del Este", "country": "UY", "organizers": ["UNEP"], "co_organizers": ["UNEP-CHEM"],
     "instruments": ["minamata"], "bodies": ["mc-inc"], "topics": ["mercury"], "languages": UN6,
     "checked": "UNEP(DTIE)/Hg/INC.6/24, report of INC-6, para. 2"},
    {"key": "mc-inc5", "title": "Fifth session of the intergovernmental negotiating committee on mercury (INC-5)",
     "kind": "inc", "start": "2013-01-13", "end": "2013-01-18", "timezone": GENEVA, "city": "Geneva",
     "country": "CH", "organizers": ["UNEP"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"],
     "bodies": ["mc-inc"], "topics": ["mercury"], "languages": UN6,
     "description": "Agreed on the text of the Minamata Convention on Mercury.",
     "checked": "UNEP(DTIE)/Hg/INC.6/24, report of INC-6, para. 2"},
    {"key": "mc-plenipotentiaries-preparatory-2013", "title": "Preparatory meeting for the Conference of "
     "Plenipotentiaries on the Minamata Convention on Mercury", "kind": "other", "start": "2013-10-07",
     "end": "2013-10-08", "timezone": "Asia/Tokyo", "city": "Kumamoto", "country": "JP", "organizers": ["UNEP"],
     "instruments": ["minamata"], "topics": ["mercury"], "languages": UN6,
     "back_to_back": ["mc-plenipotentiaries-2013"],
     "description": "Negotiated the resolutions of the Final Act, including arrangements for the interim period.",
     "checked": "ENB summary report, Diplomatic Conference of Plenipotentiaries, 7-11 October 2013"},
    {"key": "mc-plenipotentiaries-2013", "title": "Conference of Plenipotentiaries on the Minamata Convention on "
     "Mercury", "kind": "other", "start": "2013-10-10", "end": "2013-10-11", "timezone": "Asia/Tokyo",
     "city": "Kumamoto", "country": "JP", "organizers": ["UNEP"], "instruments": ["minamata"], "topics": ["mercury"],
     "languages": UN6,
     "description": "Adopted the Minamata Convention on 10 October 2013 and opened it for signature on 11 October.",
     "checked": "ENB summary report 7-11 October 2013; UNEP(DTIE)/Hg/INC.6/24 para. 3"},
    {"key": "mc-subregional-dakar-1-2014", "title": "Sub-regional workshop for Francophone Africa in support of the "
     "ratification and early implementation of the Minamata Convention (first workshop)", "kind": "workshop",
     "start": "2014-07-09", "end": "2014-07-11", "timezone": "Africa/Dakar", "venue": "Ngor Diarama Hotel",
     "city": "Dakar", "country": "SN", "organizers": ["SCRC-SENEGAL"], "co_organizers": ["MINAMATA"],
     "instruments": ["minamata"], "topics": ["mercury", "technical-assistance"], "regions": ["africa"],
     "countries": ["BI", "CM", "CV", "CF", "KM", "CG", "CD", "DJ", "GA", "MG", "MU", "ST"], "languages": ["fr"],
     "back_to_back": ["mc-subregional-dakar-2-2014"],
     "description": "One of the 2014 sub-regional workshops on early ratification named in the task force report; "
     "participating countries presented national roadmaps.",
     "checked": "minamataconvention.org event 'First Francophone Workshop in Africa, Dakar'; archive news page"},
    {"key": "mc-subregional-dakar-2-2014", "title": "Sub-regional workshop for Francophone Africa in support of the "
     "ratification and early implementation of the Minamata Convention (second workshop)", "kind": "workshop",
     "start": "2014-07-14", "end": "2014-07-16", "timezone": "Africa/Dakar", "venue": "Ngor Diarama Hotel",
     "city": "Dakar", "country": "SN", "organizers": ["SCRC-SENEGAL"], "co_organizers": ["MINAMATA"],
     "instruments": ["minamata"], "topics": ["mercury", "technical-assistance"], "regions": ["africa"],
     "countries": ["DZ", "BJ", "BF", "TD", "CI", "GN", "GW", "ML", "MR", "MA", "NE", "SN", "TG", "TN"],
     "languages": ["fr"],
     "checked": "archive.mercuryconvention.org 'Francophone Workshops in Africa, Dakar'"},
    {"key": "mc-subregional-brasilia-2014", "title": "South American sub-regional workshop in support of the "
     "ratification and early implementation of the Minamata Convention", "kind": "workshop", "start": "2014-09-02",
     "end": "2014-09-04", "timezone": "America/Sao_Paulo", "city": "Brasília", "country": "BR",
     "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "topics": ["mercury", "technical-assistance"], "regions": ["grulac"],
     "countries": ["AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "UY"], "languages": ["en", "es"],
     "description": "Organized by UNEP with the support of the Government of Brazil; opened by the UNEP "
     "representative in Brazil and the coordinator of the interim secretariat.",
     "checked": "archive.mercuryconvention.org 'South American sub-regional workshop in Brasilia, 2 to 4 "
     "September 2014'"},
    {"key": "mc-subregional-mexico-2014", "title": "Central America sub-regional workshop in support of the "
     "ratification and early implementation of the Minamata Convention", "kind": "workshop", "start": "2014-11-26",
     "end": "2014-11-28", "timezone": "America/Mexico_City", "city": "Mexico City", "country": "MX",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury", "technical-assistance"],
     "regions": ["grulac"],
     "description": "Part of the series of workshops launched by the interim secretariat in March 2014.",
     "checked": "minamataconvention.org news 'Upcoming Central America sub-regional workshop in Mexico' (13 Nov 2014)"},
    {"key": "mc-inc6-regional-consultations", "title": "Regional consultations before INC-6", "kind": "other",
     "start": "2014-11-02", "end": "2014-11-02", "timezone": "Asia/Bangkok",
     "venue": "United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)", "city": "Bangkok",
     "country": "TH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-inc"],
     "topics": ["mercury"], "regions": ALL_UN_GROUPS, "back_to_back": ["mc-inc6"],
     "checked": "minamataconvention.org/en/meetings/INC6; ENB summary INC-6 (regional group meetings on 2 Nov)"},
    {"key": "mc-inc6", "title": "Sixth session of the intergovernmental negotiating committee on mercury (INC-6)",
     "kind": "inc", "start": "2014-11-03", "end": "2014-11-07", "timezone": "Asia/Bangkok",
     "venue": "United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)", "city": "Bangkok",
     "country": "TH", "organizers": ["MINAMATA"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"],
     "bodies": ["mc-inc"], "topics": ["mercury", "financing", "reporting"], "languages": UN6,
     "website": "https://minamataconvention.org/en/meetings/INC6",
     "description": "First of the two INC sessions of the interim period; set up an ad hoc working group of experts "
     "on financing.",
     "checked": "minamataconvention.org/en/meetings/INC6; ENB summary report 3-7 November 2014"},
    {"key": "internal-inc6-brs-inputs", "title": "INC-6: BRS Secretariat inputs on documents and on the technical "
     "guidelines on mercury wastes", "kind": "other", "start": "2014-11-03", "end": "2014-11-07",
     "timezone": "Asia/Bangkok", "city": "Bangkok", "country": "TH", "visibility": "internal",
     "organizers": ["MINAMATA"], "co_organizers": ["BRS"], "instruments": ["minamata", "basel"],
     "topics": ["mercury", "hazardous-waste", "synergies"], "parent": "mc-inc6",
     "description": "Coordination items from the task force report: preparation of INC-6 documents in consultation "
     "with the BRS Secretariat, and reporting by the BRS Secretariat to the mercury INC on the updating of the "
     "Basel technical guidelines on mercury wastes.",
     "internal_notes": _INTERNAL + "confirm who presents the update on the mercury waste guidelines and which "
     "INC-6 documents the BRS Secretariat has commented on.",
     "checked": "Task force report (source document); INC-6 dates from minamataconvention.org/en/meetings/INC6"},
    {"key": "mc-subregional-port-of-spain-2015", "title": "Sub-regional workshop for Caribbean countries in support "
     "of the ratification and early implementation of the Minamata Convention", "kind": "workshop",
     "start": "2015-01-19", "end": "2015-01-21", "timezone": "America/Port_of_Spain", "venue": "Hilton Hotel",
     "city": "Port of Spain", "country": "TT", "organizers": ["MINAMATA"], "co_organizers": ["BCRC-CARIBBEAN"],
     "instruments": ["minamata"], "topics": ["mercury", "technical-assistance"], "regions": ["grulac"],
     "countries": ["AG", "BS", "DM", "GD", "HT", "HN", "JM", "KN", "VC", "SR", "TT"], "languages": EN,
     "checked": "Workshop proceedings (docslib 4737034); bcrc-caribbean.blogspot.com 17 Dec 2014"},
    {"key": "mc-subregional-apia-2015", "title": "Sub-regional workshop for Pacific countries in support of the "
     "ratification and early implementation of the Minamata Convention", "kind": "workshop", "start": "2015-01-19",
     "end": "2015-01-21", "timezone": "Pacific/Apia", "venue": "SPREP headquarters", "city": "Apia",
     "country": "WS", "organizers": ["MINAMATA"], "co_organizers": ["SPREP"], "instruments": ["minamata"],
     "topics": ["mercury", "technical-assistance"], "regions": ["asia-pacific"], "countries": ["CK", "FM", "WS"],
     "languages": EN,
     "description": "Opened by the Prime Minister of Samoa; delegates from ten Pacific countries.",
     "checked": "archive.mercuryconvention.org 'Sub-regional workshop for Pacific countries' (28 Jan 2015)"},
    {"key": "mc-high-level-event-2015", "title": "Special high-level event 'The Minamata Convention on Mercury: "
     "promoting environmental protection through early entry into force and effective implementation'",
     "kind": "other", "start": "2015-09-24T13:15", "end": "2015-09-24T14:30", "timezone": "America/New_York",
     "venue": "United Nations Headquarters, Conference Room 6", "city": "New York", "country": "US",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury"],
     "countries": ["JP", "CH", "US", "UY"],
     "description": "Co-hosted by Japan, Switzerland, the United States and Uruguay in the margins of the 70th "
     "session of the General Assembly; Chad and Samoa deposited their instruments of ratification.",
     "checked": "mercuryconvention.org news (24 September 2015)"},
    {"key": "mc-inc7-regional-consultations", "title": "Regional consultations and technical briefings before INC-7",
     "kind": "other", "start": "2016-03-09", "end": "2016-03-09", "timezone": "Asia/Amman",
     "venue": "King Hussein Bin Talal Convention Center", "city": "Dead Sea", "country": "JO",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-inc"], "topics": ["mercury"],
     "regions": ALL_UN_GROUPS, "back_to_back": ["mc-inc7"],
     "checked": "ENB summary report INC-7 (regional consultations on 9 March); awhhe.am report"},
    {"key": "mc-inc7", "title": "Seventh session of the intergovernmental negotiating committee on mercury (INC-7)",
     "kind": "inc", "start": "2016-03-10", "end": "2016-03-15", "timezone": "Asia/Amman",
     "venue": "King Hussein Bin Talal Convention Center", "city": "Dead Sea", "country": "JO",
     "organizers": ["MINAMATA"], "co_organizers": ["UNEP-CHEM"], "instruments": ["minamata"], "bodies": ["mc-inc"],
     "topics": ["mercury", "bat-bep", "financing"], "languages": UN6,
     "description": "Last INC session before COP-1; adopted guidance on BAT/BEP for emissions on a provisional basis.",
     "checked": "ENB summary report 10-15 March 2016; awhhe.am report (venue)"},
    {"key": "mc-cop1", "title": "First meeting of the Conference of the Parties to the Minamata Convention (COP-1)",
     "kind": "cop", "start": "2017-09-24", "end": "2017-09-29", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury"], "languages": UN6,
     "description": "High-level segment 'Make Mercury History' on 28-29 September; preparatory meetings on 23-24 "
     "September 2017.",
     "checked": "minamataconvention.org COP-1 page; ENB summary report 24-29 September 2017"},
    {"key": "mc-cop2", "title": "Second meeting of the Conference of the Parties to the Minamata Convention (COP-2)",
     "kind": "cop", "start": "2018-11-19", "end": "2018-11-23", "timezone": GENEVA, "city": "Geneva",
     "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury", "synergies"], "languages": UN6,
     "description": "Adopted, among others, a decision on cooperation with the Basel, Rotterdam and Stockholm "
     "conventions.",
     "checked": "ENB summary report 19-23 November 2018"},
    {"key": "mc-cop3-prep-eastern-europe", "title": "Central and Eastern Europe and Central Asia regional "
     "preparatory meeting for Minamata COP-3", "kind": "regional_prep", "start": "2019-10-22", "end": "2019-10-23",
     "timezone": "Europe/Tallinn", "city": "Tallinn", "country": "EE", "organizers": ["MINAMATA"],
     "instruments": ["minamata"], "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["eastern-europe"],
     "countries": ["AM", "HR", "CZ", "EE", "LV", "ME", "MD", "SI", "RU"],
     "description": "The BRS Secretariat took part remotely in one agenda item.",
     "checked": "minamataconvention.org event node 3333 (Tallinn, 22-23 Oct 2019)"},
    {"key": "mc-cop3", "title": "Third meeting of the Conference of the Parties to the Minamata Convention (COP-3)",
     "kind": "cop", "start": "2019-11-25", "end": "2019-11-29", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury", "synergies"], "languages": UN6,
     "website": "https://minamataconvention.org/en/meetings/cop3",
     "description": "Decided on sharing secretariat services between the Minamata and BRS secretariats.",
     "checked": "minamataconvention.org/en/meetings/cop3; ENB summary report 25-29 November 2019"},
    {"key": "mc-online-2-briefings-2021", "title": "Minamata Online 2: briefings on documents tabled at COP-4.1",
     "kind": "webinar", "start": "2021-09-20", "end": "2021-09-21", "timezone": "UTC", "attendance": "online",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury", "financing", "reporting"],
     "checked": "mercuryconvention.org resource 'Minamata Online 2: Briefings on documents tabled at COP-4.1'"},
    {"key": "mc-cop4-prep-eastern-europe-online", "title": "Regional preparatory meeting for the online segment of "
     "Minamata COP-4: Eastern European States", "kind": "regional_prep", "start": "2021-10-11", "end": "2021-10-11",
     "timezone": "UTC", "attendance": "online", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["eastern-europe"], "languages": ["en", "ru"],
     "description": "Closed to observers at the decision of the region.",
     "checked": "minamataconvention.org event 'Regional preparatory meeting for the online segment of COP-4: "
     "Eastern European States'"},
    {"key": "mc-cop4-bali-planned", "title": "Fourth meeting of the Conference of the Parties to the Minamata "
     "Convention, in person in Bali as scheduled", "kind": "cop", "start": "2021-11-01", "end": "2021-11-05",
     "timezone": "Asia/Makassar", "city": "Bali", "country": "ID", "status": "postponed", "organizers": ["MINAMATA"],
     "instruments": ["minamata"], "bodies": ["mc-cop"], "topics": ["mercury"], "languages": UN6,
     "description": "Because of COVID-19 the COP-4 Bureau decided on 14 April 2021 to hold COP-4 in two segments: "
     "online on these dates and in person in Bali in March 2022.",
     "checked": "ENB summary report COP-4.1 ('on the same dates that COP-4 was scheduled to convene in person in "
     "Bali'); mercuryconvention.org COP4 page"},
    {"key": "mc-cop4-1", "title": "Fourth meeting of the Conference of the Parties to the Minamata Convention, first "
     "segment (COP-4.1, online)", "kind": "cop", "start": "2021-11-01", "end": "2021-11-05", "timezone": "UTC",
     "attendance": "online", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury", "financing", "reporting"], "languages": UN6,
     "description": "Adopted the 2022 programme of work and budget and set 21-25 March 2022 for COP-4.2 in Bali.",
     "checked": "ENB summary report 1-5 November 2021"},
    {"key": "mc-cop4-document-briefing-2022", "title": "COP-4 document briefing (online)", "kind": "webinar",
     "start": "2022-02-01", "end": "2022-02-03", "timezone": "UTC", "attendance": "online",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury"],
     "checked": "minamataconvention.org/en/meetings/cop4 (second segment page)"},
    {"key": "gen-briefing-cop4-2", "title": "Executive briefing on the resumed fourth meeting of the Conference of "
     "the Parties to the Minamata Convention", "kind": "webinar", "start": "2022-03-02", "end": "2022-03-02",
     "timezone": "UTC", "attendance": "online", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "topics": ["mercury"],
     "description": "Organized with the Permanent Mission of Indonesia within the framework of the Geneva "
     "Environment Network (Webex).",
     "checked": "genevaenvironmentnetwork.org event page, 2 March 2022"},
    {"key": "mc-cop4-online-side-events", "title": "Online side events of Minamata COP-4", "kind": "side_event",
     "start": "2022-03-07", "end": "2022-03-11", "timezone": "UTC", "attendance": "online",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury"],
     "checked": "genevaenvironmentnetwork.org executive briefing page ('side events ... online, from 7 to 11 March')"},
    {"key": "mc-cop4-2-regional-preps", "title": "In-person regional preparatory meetings for Minamata COP-4.2",
     "kind": "regional_prep", "start": "2022-03-19", "end": "2022-03-20", "timezone": "Asia/Makassar",
     "city": "Bali", "country": "ID", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury"], "back_to_back": ["mc-cop4-2"],
     "checked": "minamataconvention.org/en/meetings/cop4; sdg.iisd.org event 'Second Segment of Minamata COP-4'"},
    {"key": "mc-cop4-2", "title": "Fourth meeting of the Conference of the Parties to the Minamata Convention, second "
     "segment (COP-4.2)", "kind": "cop", "start": "2022-03-21", "end": "2022-03-25", "timezone": "Asia/Makassar",
     "venue": "Bali Nusa Dua Convention Center", "city": "Bali", "country": "ID", "attendance": "hybrid",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"], "topics": ["mercury"],
     "languages": UN6, "website": "https://minamataconvention.org/en/meetings/cop4",
     "description": "In person in Bali; delegates of parties not represented in Bali could take part online.",
     "checked": "minamataconvention.org news 'Second segment of the Minamata Convention COP-4 (21-25 March)'; "
     "IDN Times (venue)"},
    {"key": "mc-cop5-briefing-2023", "title": "Briefings on COP-5 documents (day 2)", "kind": "webinar",
     "start": "2023-08-31T11:00", "end": "2023-08-31T12:30", "timezone": "UTC", "attendance": "online",
     "organizers": ["MINAMATA"], "instruments": ["minamata"], "topics": ["mercury", "financing"],
     "description": "Second of two Minamata Online sessions on the COP-5 documents (13:00-14:30 CEST).",
     "checked": "minamataconvention.org event 'Briefings on COP-5 documents day 2'"},
    {"key": "mc-cop5", "title": "Fifth meeting of the Conference of the Parties to the Minamata Convention (COP-5)",
     "kind": "cop", "start": "2023-10-30", "end": "2023-11-03", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury"], "languages": UN6, "website": "https://mercuryconvention.org/en/meetings/cop5",
     "checked": "mercuryconvention.org/en/meetings/cop5; IPS (CICG venue)"},
    {"key": "mc-cop6-prep-grulac", "title": "Regional preparatory meeting for Minamata COP-6: GRULAC",
     "kind": "regional_prep", "start": "2025-09-03", "end": "2025-09-04", "timezone": "America/Santiago",
     "city": "Santiago", "country": "CL", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["grulac"], "back_to_back": [],
     "checked": "asiancenter.asia reproduction of the minamataconvention.org COP-6 page (regional meetings)"},
    {"key": "mc-cop6-prep-eastern-europe", "title": "Regional preparatory meeting for Minamata COP-6: Eastern "
     "European States", "kind": "regional_prep", "start": "2025-09-16", "end": "2025-09-17", "timezone": GENEVA,
     "city": "Geneva", "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["eastern-europe"],
     "checked": "asiancenter.asia reproduction of the minamataconvention.org COP-6 page (regional meetings)"},
    {"key": "mc-cop6-prep-asia-pacific", "title": "Regional preparatory meeting for Minamata COP-6: Asia-Pacific",
     "kind": "regional_prep", "start": "2025-09-23", "end": "2025-09-24", "timezone": "Asia/Bangkok",
     "city": "Bangkok", "country": "TH", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["asia-pacific"],
     "checked": "asiancenter.asia reproduction of the minamataconvention.org COP-6 page (regional meetings)"},
    {"key": "mc-cop6-prep-africa", "title": "Regional preparatory meeting for Minamata COP-6: Africa",
     "kind": "regional_prep", "start": "2025-10-07", "end": "2025-10-09", "timezone": "Africa/Gaborone",
     "city": "Gaborone", "country": "BW", "organizers": ["MINAMATA"], "instruments": ["minamata"],
     "bodies": ["mc-cop"], "topics": ["mercury"], "regions": ["africa"],
     "checked": "asiancenter.asia reproduction of the minamataconvention.org COP-6 page (regional meetings)"},
    {"key": "mc-cop6", "title": "Sixth meeting of the Conference of the Parties to the Minamata Convention (COP-6)",
     "kind": "cop", "start": "2025-11-03", "end": "2025-11-07", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["MINAMATA"], "instruments": ["minamata"], "bodies": ["mc-cop"],
     "topics": ["mercury", "synergies"], "languages": UN6,
     "description": "Elected Marie-Claire Lhenry (France) as President of COP-7.",
     "checked": "minamataconvention.org COP-6 page and invitation MC/COP6/2025/59; ENB daily report 5 Nov 2025; "
     "BCRC-Caribbean COP-6 debriefing"},
    # =========================================================================================
    # SAICM and the Global Framework on Chemicals
    # =========================================================================================
    {"key": "saicm-oewg1", "title": "First meeting of the Open-ended Working Group of SAICM (OEWG-1)", "kind": "oewg",
     "start": "2011-11-15", "end": "2011-11-18", "timezone": "Europe/Belgrade", "city": "Belgrade", "country": "RS",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-oewg"], "languages": UN6,
     "checked": "saicm.org OEWG meetings page (tabid 5984)"},
    {"key": "saicm-oewg2", "title": "Second meeting of the Open-ended Working Group of SAICM (OEWG-2)", "kind": "oewg",
     "start": "2014-12-15", "end": "2014-12-17", "timezone": GENEVA, "city": "Geneva", "country": "CH",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-oewg"],
     "topics": ["emerging-issues", "lead", "e-waste", "pfas", "pesticides", "sdgs"], "languages": UN6,
     "website": "https://www.saicm.org/About/OEWG/OEWG2/tabid/7676/language/en-US/Default.aspx",
     "description": "Provided feedback on the Overall Orientation and Guidance towards the 2020 goal and prepared "
     "ICCM4. The task force report announced it for 14-17 December 2014; the meeting itself sat on 15-17 December.",
     "checked": "saicm.org OEWG2 page (tabid 7676); ENB summary report 15-17 December 2014; SDG Knowledge Hub"},
    {"key": "internal-saicm-oewg2-documents-support", "title": "In-session support to SAICM OEWG-2: management of "
     "meeting documents", "kind": "other", "start": "2014-12-15", "end": "2014-12-17", "timezone": GENEVA,
     "city": "Geneva", "country": "CH", "visibility": "internal", "organizers": ["BRS"], "co_organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["saicm-oewg"], "topics": ["synergies"], "parent": "saicm-oewg2",
     "description": "Coordination item from the task force report: support from the BRS Secretariat to SAICM to "
     "assist with the delivery of OEWG-2, in particular the management of meeting documents at the meeting.",
     "internal_notes": _INTERNAL + "BRS conference services staff to cover the documents counter and in-session "
     "uploads; agree the hand-over with the SAICM secretariat the day before opening.",
     "checked": "Task force report (source document); OEWG-2 dates from saicm.org tabid 7676"},
    {"key": "iccm4", "title": "Fourth session of the International Conference on Chemicals Management (ICCM4)",
     "kind": "iccm", "start": "2015-09-28", "end": "2015-10-02", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["iccm"],
     "topics": ["emerging-issues", "pesticides", "sdgs", "health"], "languages": UN6,
     "description": "High-level segment on 1-2 October 2015; launched the intersessional process on the sound "
     "management of chemicals and waste beyond 2020.",
     "checked": "ENB daily pages 28 Sep-2 Oct 2015 (CICG); old.saicm.org ICCM4 introduction"},
    {"key": "iccm4-sdg-panel", "title": "Panel on the sound management of chemicals and waste and the SDGs",
     "kind": "side_event", "start": "2015-09-29", "end": "2015-09-29", "timezone": GENEVA, "venue": CICG,
     "city": "Geneva", "country": "CH", "organizers": ["BRS", "MINAMATA", "SAICM"], "co_organizers": ["UNEP-CHEM"],
     "instruments": ["saicm", "minamata", *BRS3], "topics": ["sdgs", "synergies"], "parent": "iccm4",
     "description": "Joint event of the BRS, Minamata and SAICM secretariats with UNEP and UNITAR; launched the "
     "'SDGs Chemicals Communication Challenge'.",
     "checked": "unepineurope.org newsletter September 2015, 'Sound management of chemicals and waste and the SDGs'"},
    {"key": "internal-iccm4-coordination", "title": "ICCM4: coordination of participation, statements and side "
     "events of the BRS Secretariat and UNEP Chemicals", "kind": "other", "start": "2015-09-28", "end": "2015-10-02",
     "timezone": GENEVA, "venue": CICG, "city": "Geneva", "country": "CH", "visibility": "internal",
     "organizers": ["BRS"], "co_organizers": ["UNEP-CHEM"], "instruments": ["saicm"], "topics": ["synergies"],
     "parent": "iccm4",
     "description": "Item of the periodic list of upcoming events and communication opportunities described in the "
     "task force report: who attends, who delivers which statement, which documents are presented.",
     "internal_notes": _INTERNAL + "draft BRS statement on cooperation to be shared with UNEP Chemicals one week "
     "before opening; joint SDG panel on 29 September.",
     "checked": "Task force report (source document); ICCM4 dates from ENB"},
    {"key": "sdg-chemicals-workshop-2016", "title": "International expert and stakeholder workshop on the integrated "
     "national implementation of the SDGs and international chemicals and waste agreements", "kind": "workshop",
     "start": "2016-04-11", "end": "2016-04-13", "timezone": GENEVA, "city": "Geneva", "country": "CH",
     "organizers": ["UNEP-CHEM"], "co_organizers": ["BRS", "SAICM", "MINAMATA", "IOMC"],
     "instruments": ["saicm", "minamata", *BRS3], "topics": ["sdgs", "synergies"],
     "description": "Collaboration of the UNEP Chemicals and Waste Branch (with the SAICM Secretariat and the interim "
     "Minamata secretariat), the BRS Secretariat, UNITAR and the IOMC participating organizations.",
     "checked": "unep.org chemicals and waste 'SDG Workshop' page (11 April 2016); unitar.org SDGs chemicals "
     "and waste"},
    {"key": "saicm-ip1", "title": "First meeting of the intersessional process considering SAICM and the sound "
     "management of chemicals and waste beyond 2020 (IP1)", "kind": "subsidiary", "start": "2017-02-07",
     "end": "2017-02-09", "timezone": "America/Sao_Paulo", "city": "Brasília", "country": "BR",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"], "topics": ["sdgs"],
     "checked": "ENB summary report 7-9 February 2017 (enb15241e)"},
    {"key": "saicm-ip2", "title": "Second meeting of the intersessional process considering SAICM and the sound "
     "management of chemicals and waste beyond 2020 (IP2)", "kind": "subsidiary", "start": "2018-03-13",
     "end": "2018-03-15", "timezone": "Europe/Stockholm", "city": "Stockholm", "country": "SE",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"],
     "checked": "ENB summary report 13-15 March 2018"},
    {"key": "saicm-regional-cee-grulac-2019", "title": "CEE-Central Asia and GRULAC SAICM regional meeting",
     "kind": "regional_prep", "start": "2019-03-31", "end": "2019-03-31", "timezone": "America/Montevideo",
     "venue": "Hotel Radisson", "city": "Montevideo", "country": "UY", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["saicm-oewg"], "regions": ["eastern-europe", "grulac"],
     "back_to_back": ["saicm-regional-all-2019"],
     "checked": "saicm.org OEWG meetings page (tabid 5984); unep.org OEWG-3 event page"},
    {"key": "saicm-regional-all-2019", "title": "SAICM regional meetings (all regions), ICCM Bureau and technical "
     "briefing before OEWG-3", "kind": "regional_prep", "start": "2019-04-01", "end": "2019-04-01",
     "timezone": "America/Montevideo", "venue": "Antel Arena", "city": "Montevideo", "country": "UY",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-oewg"], "regions": ALL_UN_GROUPS,
     "back_to_back": ["saicm-oewg3"],
     "description": "Technical briefings included a 'deep dive' into the second Global Chemicals Outlook.",
     "checked": "unep.org OEWG-3 event page ('Related meetings'); esdo.org report"},
    {"key": "saicm-oewg3", "title": "Third meeting of the Open-ended Working Group of SAICM (OEWG-3)", "kind": "oewg",
     "start": "2019-04-02", "end": "2019-04-04", "timezone": "America/Montevideo", "venue": "Antel Arena",
     "city": "Montevideo", "country": "UY", "organizers": ["SAICM"], "instruments": ["saicm"],
     "bodies": ["saicm-oewg"], "topics": ["sdgs", "emerging-issues"], "languages": UN6,
     "website": "https://www.saicm.org/About/OEWG/OEWGmeetings/tabid/5984/language/en-US/Default.aspx",
     "description": "Over 350 participants from 85 governments, IGOs, NGOs and the private sector; Germany announced "
     "it would host ICCM5 in Bonn on 5-9 October 2020.",
     "checked": "saicm.org OEWG meetings page (tabid 5984); unep.org OEWG-3 event page; ENB OEWG-3 page"},
    {"key": "saicm-ip3-regional", "title": "Regional meetings and technical briefings before IP3", "kind": "other",
     "start": "2019-09-30", "end": "2019-09-30", "timezone": "Asia/Bangkok",
     "venue": "United Nations Conference Centre", "city": "Bangkok", "country": "TH", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["saicm-ip"], "back_to_back": ["saicm-ip3"],
     "checked": "saicm.org third intersessional meeting page; indico.un.org/event/30020"},
    {"key": "saicm-ip3", "title": "Third meeting of the intersessional process considering SAICM and the sound "
     "management of chemicals and waste beyond 2020 (IP3)", "kind": "subsidiary", "start": "2019-10-01",
     "end": "2019-10-04", "timezone": "Asia/Bangkok", "venue": "United Nations Conference Centre", "city": "Bangkok",
     "country": "TH", "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"],
     "website": "https://indico.un.org/event/30020",
     "checked": "saicm.org third intersessional meeting page; ENB daily highlights 1-4 October 2019"},
    {"key": "saicm-ip4-2020", "title": "Fourth meeting of the intersessional process (IP4), as scheduled in "
     "Bucharest", "kind": "subsidiary", "start": "2020-03-23", "end": "2020-03-27", "timezone": "Europe/Bucharest",
     "venue": "Palace of Parliament", "city": "Bucharest", "country": "RO", "status": "postponed",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"], "languages": EN,
     "description": "Postponed on 28 February 2020 because of COVID-19; held in Bucharest from 29 August to "
     "2 September 2022.",
     "checked": "unenvironment.org IP4 event page (23-27 March 2020, Palace of Parliament); saicm.org messages to "
     "stakeholders ('28 February 2020 IP4 postponed'); SDG Knowledge Hub IP4 event"},
    {"key": "iccm5-2020", "title": "Fifth session of the International Conference on Chemicals Management (ICCM5), "
     "as first scheduled in Bonn", "kind": "iccm", "start": "2020-10-05", "end": "2020-10-09",
     "timezone": "Europe/Berlin", "city": "Bonn", "country": "DE", "status": "postponed", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["iccm"], "languages": UN6,
     "description": "Announced at OEWG-3; postponed because of COVID-19 (message of the ICCM5 President, "
     "3 April 2020).",
     "checked": "ENB OEWG-3 final day page (Bonn, 5-9 October 2020); saicm.org messages to stakeholders"},
    {"key": "iccm5-2021", "title": "Fifth session of the International Conference on Chemicals Management (ICCM5), "
     "as rescheduled for July 2021", "kind": "iccm", "start": "2021-07-05", "end": "2021-07-09",
     "timezone": "Europe/Berlin", "city": "Bonn", "country": "DE", "status": "postponed", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["iccm"], "languages": UN6,
     "description": "Postponed indefinitely in February 2021; held in September 2023.",
     "checked": "SDG Knowledge Hub ICCM5 event page (rescheduled for 5-9 July 2021, postponed in February 2021)"},
    {"key": "saicm-ip4", "title": "Fourth meeting of the intersessional process considering SAICM and the sound "
     "management of chemicals and waste beyond 2020 (IP4)", "kind": "subsidiary", "start": "2022-08-29",
     "end": "2022-09-02", "timezone": "Europe/Bucharest", "city": "Bucharest", "country": "RO",
     "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"],
     "description": "Adjourned on 2 September 2022, to resume in early 2023.",
     "checked": "SDG Knowledge Hub IP4 event; saicm.org IP Co-Chairs consultation page; EU newsroom"},
    {"key": "saicm-ip4-resumed", "title": "Resumed fourth meeting of the intersessional process (IP4.2)",
     "kind": "subsidiary", "start": "2023-02-27", "end": "2023-03-03", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"],
     "checked": "saicm.org IP Co-Chairs consultation page; ENB daily report 3 March 2023"},
    {"key": "saicm-ip4-3", "title": "Resumed fourth meeting of the intersessional process (IP4.3)",
     "kind": "subsidiary", "start": "2023-09-23", "end": "2023-09-24", "timezone": "Europe/Berlin", "city": "Bonn",
     "country": "DE", "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["saicm-ip"],
     "back_to_back": ["iccm5"],
     "checked": "ENB daily report 3 March 2023 ('will continue on 23-24 September 2023 in Bonn'); SDG Knowledge Hub"},
    {"key": "iccm5", "title": "Fifth session of the International Conference on Chemicals Management (ICCM5)",
     "kind": "iccm", "start": "2023-09-25", "end": "2023-09-29", "timezone": "Europe/Berlin",
     "venue": "World Conference Center Bonn", "city": "Bonn", "country": "DE", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["iccm"], "topics": ["industrial-chemicals", "pesticides", "gender"],
     "languages": UN6,
     "website": "https://unep.org/events/conference/fifth-session-international-conference-chemicals-management",
     "description": "Adopted the Global Framework on Chemicals - For a planet free of harm from chemicals and waste, "
     "in the early hours of 30 September 2023; high-level segment on 28-29 September.",
     "checked": "unep.org ICCM5 event page; ENB summary report 23-29 September 2023"},
    {"key": "iomc-gfc-workshop-2025", "title": "Strengthening national chemicals legislation and institutional "
     "capacities: multi-stakeholder workshop to develop a GFC implementation programme", "kind": "workshop",
     "start": "2025-06-22", "end": "2025-06-23", "timezone": "America/Montevideo", "city": "Punta del Este",
     "country": "UY", "organizers": ["IOMC"], "instruments": ["saicm"], "topics": ["industrial-chemicals"],
     "back_to_back": ["gfc-oewg1"],
     "checked": "partnership.who.int/iomc event page (22-23 June 2025, Punta del Este); IOMC news August 2025"},
    {"key": "gfc-oewg1", "title": "First meeting of the Open-ended Working Group of the Global Framework on Chemicals",
     "kind": "oewg", "start": "2025-06-24", "end": "2025-06-27", "timezone": "America/Montevideo",
     "venue": PUNTA_CENTRE, "city": "Punta del Este", "country": "UY", "organizers": ["SAICM"],
     "instruments": ["saicm"], "bodies": ["gfc-oewg"], "topics": ["pesticides", "gender", "financing"],
     "website": "https://www.unep.org/events/conference/open-ended-working-group-oewg-global-framework-chemicals",
     "description": "Held back to back with the resumed third session of the science-policy panel working group.",
     "checked": "unep.org GFC OEWG event page; ENB daily report 27 June 2025; ISC3 report"},
    {"key": "gfc-webinar-2026", "title": "Road to the First International Conference of the Global Framework on "
     "Chemicals: tracking progress", "kind": "webinar", "start": "2026-05-19T14:00", "end": "2026-05-19T15:30",
     "timezone": GENEVA, "venue": IEH + " 1", "city": "Geneva", "country": "CH", "attendance": "hybrid",
     "organizers": ["SAICM"], "instruments": ["saicm"], "topics": ["monitoring"],
     "checked": "unep.org online event 'Road to the First International Conference of the GFC | Tracking Progress'"},
    {"key": "gfc-ic1", "title": "First International Conference of the Global Framework on Chemicals", "kind": "iccm",
     "start": "2026-11-16", "end": "2026-11-20", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["SAICM"], "instruments": ["saicm"], "bodies": ["iccm"], "languages": UN6,
     "checked": "unep.org online event page of 19 May 2026 ('from 16 to 20 November 2026 at the Geneva "
     "International Conference Center')"},
    # =========================================================================================
    # United Nations Environment Assembly
    # =========================================================================================
    {"key": "unea1", "title": "First session of the United Nations Environment Assembly (UNEA-1)", "kind": "assembly",
     "start": "2014-06-23", "end": "2014-06-27", "timezone": NAIROBI, "venue": UNEP_HQ, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["sdgs", "hazardous-waste", "plastics"], "languages": UN6,
     "description": "Adopted resolution 1/5 on chemicals and waste, among 17 resolutions; theme 'Sustainable "
     "Development Goals and the Post-2015 Development Agenda, including sustainable consumption and production'.",
     "checked": "ENB summary report 23-27 June 2014; UNEP/EA.1/10 proceedings"},
    {"key": "unea1-side-event-chemicals-sdgs", "title": "Side event on the sound management of chemicals and "
     "hazardous wastes in light of the forthcoming sustainable development goals", "kind": "side_event",
     "start": "2014-06", "end": "2014-06", "timezone": NAIROBI, "city": "Nairobi", "country": "KE",
     "organizers": ["BRS", "UNEP-CHEM"], "instruments": ["unea", *BRS3], "topics": ["sdgs", "synergies"],
     "parent": "unea1",
     "description": "The success story of the task force report: excellent cooperation between the BRS Secretariat "
     "and UNEP Chemicals in planning and running this side event during UNEA-1. The exact day was not verified.",
     "checked": "Task force report (source document); UNEA-1 dates from ENB"},
    {"key": "unea2-science-policy-forum", "title": "UNEA Science-Policy Forum", "kind": "other", "start": "2016-05-19",
     "end": "2016-05-20", "timezone": NAIROBI, "city": "Nairobi", "country": "KE", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["unea"],
     "checked": "SDG Knowledge Hub 'UNEA-2 begins discussion' (inaugural forum on 19-20 May 2016)"},
    {"key": "unea2-gmgsf", "title": "16th Global Major Groups and Stakeholders Forum", "kind": "other",
     "start": "2016-05-21", "end": "2016-05-22", "timezone": NAIROBI, "venue": UNEP_HQ, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "back_to_back": ["unea2"],
     "checked": "ENB UNEA-2 page (GMGSF 21-22 May 2016)"},
    {"key": "unea2", "title": "Second session of the United Nations Environment Assembly (UNEA-2)", "kind": "assembly",
     "start": "2016-05-23", "end": "2016-05-27", "timezone": NAIROBI, "venue": UNEP_HQ, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["sdgs", "hazardous-waste", "plastics", "health"], "languages": UN6,
     "description": "Theme 'Delivering on the environmental dimension of the 2030 Agenda'; decided that UNEA would "
     "meet in odd years from 2017.",
     "checked": "ENB UNEA-2 pages 23-27 May 2016; SDG Knowledge Hub"},
    {"key": "unea3-gmgsf", "title": "Global Major Groups and Stakeholders Forum before UNEA-3", "kind": "other",
     "start": "2017-11-27", "end": "2017-11-28", "timezone": NAIROBI, "city": "Nairobi", "country": "KE",
     "organizers": ["UNEP"], "instruments": ["unea"],
     "checked": "SDG Knowledge Hub event 'Third Meeting of the UN Environment Assembly'"},
    {"key": "unea3-oecpr", "title": "Open-ended Committee of Permanent Representatives before UNEA-3",
     "kind": "subsidiary", "start": "2017-11-29", "end": "2017-12-01", "timezone": NAIROBI,
     "venue": "United Nations Office at Nairobi", "city": "Nairobi", "country": "KE", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["oecpr"], "back_to_back": ["unea3"],
     "checked": "SDG Knowledge Hub event 'Third Meeting of the UN Environment Assembly'"},
    {"key": "unea3-science-policy-forum", "title": "Science Policy Forum before UNEA-3", "kind": "other",
     "start": "2017-12-02", "end": "2017-12-03", "timezone": NAIROBI, "city": "Nairobi", "country": "KE",
     "organizers": ["UNEP"], "instruments": ["unea"],
     "checked": "SDG Knowledge Hub event 'Third Meeting of the UN Environment Assembly'"},
    {"key": "unea3", "title": "Third session of the United Nations Environment Assembly (UNEA-3)", "kind": "assembly",
     "start": "2017-12-04", "end": "2017-12-06", "timezone": NAIROBI, "venue": "United Nations Office at Nairobi",
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["hazardous-waste", "plastics", "industrial-chemicals"], "languages": UN6,
     "description": "Overarching theme: pollution ('Towards a pollution-free planet').",
     "checked": "SDG Knowledge Hub event 'Third Meeting of the UN Environment Assembly'; Ipieca events page"},
    {"key": "unea4", "title": "Fourth session of the United Nations Environment Assembly (UNEA-4)", "kind": "assembly",
     "start": "2019-03-11", "end": "2019-03-15", "timezone": NAIROBI, "city": "Nairobi", "country": "KE",
     "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"], "topics": ["plastics"], "languages": UN6,
     "description": "Theme 'Innovative solutions for environmental challenges and sustainable consumption and "
     "production'.",
     "checked": "SDG Knowledge Hub event UNEA-4; climate-diplomacy.org event page"},
    {"key": "unea5-1", "title": "Fifth session of the United Nations Environment Assembly, online session (UNEA-5.1)",
     "kind": "assembly", "start": "2021-02-22", "end": "2021-02-23", "timezone": "UTC", "attendance": "online",
     "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"], "languages": UN6,
     "description": "Held online during its originally scheduled time; substantive matters deferred to UNEA-5.2.",
     "checked": "InforMEA UNEA-6 event page (history of UNEA-5); Geneva Environment Network (Sep 2021)"},
    {"key": "unea5-2", "title": "Resumed fifth session of the United Nations Environment Assembly (UNEA-5.2)",
     "kind": "assembly", "start": "2022-02-28", "end": "2022-03-02", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "attendance": "hybrid", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["plastics", "industrial-chemicals", "hazardous-waste"], "languages": UN6,
     "description": "Adopted resolution 5/14 launching negotiations on plastic pollution and resolution 5/8 on a "
     "science-policy panel on chemicals, waste and pollution.",
     "checked": "InforMEA UNEA-6 event page ('online and in Nairobi on 28 February - 2 March 2022'); unep.org"},
    {"key": "unep-at-50", "title": "Special session of the UN Environment Assembly commemorating the 50th anniversary "
     "of UNEP (UNEP@50)", "kind": "assembly", "start": "2022-03-03", "end": "2022-03-04", "timezone": NAIROBI,
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "back_to_back": ["unea5-2"],
     "checked": "unep.org environmentassembly UNEA-5 page (special session on 3-4 March 2022)"},
    {"key": "oecpr6", "title": "Sixth meeting of the Open-ended Committee of Permanent Representatives (OECPR-6)",
     "kind": "subsidiary", "start": "2024-02-19", "end": "2024-02-23", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["oecpr"],
     "back_to_back": ["unea6"],
     "checked": "unep.org UNEA-6 frequently asked questions"},
    {"key": "unea6", "title": "Sixth session of the United Nations Environment Assembly (UNEA-6)", "kind": "assembly",
     "start": "2024-02-26", "end": "2024-03-01", "timezone": NAIROBI, "venue": "UNEP headquarters",
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["hazardous-waste", "industrial-chemicals"], "languages": UN6,
     "description": "Theme 'Effective, inclusive and sustainable multilateral actions to tackle climate change, "
     "biodiversity loss and pollution'.",
     "checked": "unep.org UNEA-6 frequently asked questions; InforMEA UNEA-6 event"},
    {"key": "unea7", "title": "Seventh session of the United Nations Environment Assembly (UNEA-7)", "kind": "assembly",
     "start": "2025-12-08", "end": "2025-12-12", "timezone": NAIROBI, "venue": "UNEP headquarters",
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["unea"],
     "topics": ["hazardous-waste", "industrial-chemicals", "synergies"], "languages": UN6,
     "description": "Theme 'Advancing sustainable solutions for a resilient planet'; adopted 11 resolutions, "
     "including on the sound management of chemicals and waste and on synergies among MEAs.",
     "checked": "Premium Times (UNEP press release, 12 Dec 2025); Mountain Research Initiative summary"},
    # =========================================================================================
    # Plastic pollution treaty negotiations and the science-policy panel
    # =========================================================================================
    {"key": "plastics-msf-2022", "title": "Multi-stakeholder forum before the first session of the plastics "
     "negotiating committee", "kind": "other", "start": "2022-11-26", "end": "2022-11-26",
     "timezone": "America/Montevideo", "city": "Punta del Este", "country": "UY", "attendance": "hybrid",
     "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"],
     "checked": "unep.org INC-1 event page; ENB report on the Multi-Stakeholder Forum (26 Nov 2022)"},
    {"key": "plastics-inc1-regional", "title": "Regional consultations before INC-1 on plastic pollution",
     "kind": "other", "start": "2022-11-27", "end": "2022-11-27", "timezone": "America/Montevideo",
     "venue": PUNTA_CENTRE, "city": "Punta del Este", "country": "UY", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"], "regions": ALL_UN_GROUPS,
     "back_to_back": ["plastics-inc1"],
     "checked": "unep.org INC-1 event page ('preceded by regional consultations on 27 November 2022')"},
    {"key": "plastics-inc1", "title": "First session of the intergovernmental negotiating committee on plastic "
     "pollution (INC-1)", "kind": "inc", "start": "2022-11-28", "end": "2022-12-02", "timezone": "America/Montevideo",
     "venue": PUNTA_CENTRE, "city": "Punta del Este", "country": "UY", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"], "languages": UN6,
     "website": "https://unep.org/events/conference/inter-governmental-negotiating-committee-meeting-inc-1",
     "checked": "unep.org INC-1 event page"},
    {"key": "plastics-inc2-ministerial", "title": "Ministerial segment before INC-2 on plastic pollution",
     "kind": "other", "start": "2023-05-27", "end": "2023-05-27", "timezone": "Europe/Paris",
     "venue": "UNESCO Headquarters", "city": "Paris", "country": "FR", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"],
     "checked": "EU environment newsroom item 784098 ('Ministerial segment of INC-2 (27 May)')"},
    {"key": "plastics-inc2", "title": "Second session of the intergovernmental negotiating committee on plastic "
     "pollution (INC-2)", "kind": "inc", "start": "2023-05-29", "end": "2023-06-02", "timezone": "Europe/Paris",
     "venue": "UNESCO Headquarters", "city": "Paris", "country": "FR", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"], "languages": UN6,
     "checked": "EU environment newsroom item 784098; Consumers' Association of Penang; PSI event page"},
    {"key": "plastics-inc3-preparatory", "title": "One-day preparatory meeting before INC-3 on plastic pollution",
     "kind": "other", "start": "2023-11-11", "end": "2023-11-11", "timezone": NAIROBI, "venue": "UNEP headquarters",
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"],
     "bodies": ["plastics-inc"], "topics": ["plastics"], "back_to_back": ["plastics-inc3"],
     "checked": "UNEP press release of 7 November 2023 (allafrica.com)"},
    {"key": "plastics-inc3", "title": "Third session of the intergovernmental negotiating committee on plastic "
     "pollution (INC-3)", "kind": "inc", "start": "2023-11-13", "end": "2023-11-19", "timezone": NAIROBI,
     "venue": "UNEP headquarters", "city": "Nairobi", "country": "KE", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics"], "languages": UN6,
     "website": "https://unep.org/inc-plastic-pollution/session-3",
     "description": "First negotiations on the Zero Draft text; preceded by regional consultations on 12 November.",
     "checked": "unep.org/inc-plastic-pollution/session-3"},
    {"key": "plastics-inc4", "title": "Fourth session of the intergovernmental negotiating committee on plastic "
     "pollution (INC-4)", "kind": "inc", "start": "2024-04-23", "end": "2024-04-29", "timezone": "America/Toronto",
     "venue": "Shaw Centre", "city": "Ottawa", "country": "CA", "organizers": ["UNEP"], "instruments": ["unea"],
     "bodies": ["plastics-inc"], "topics": ["plastics"], "languages": UN6,
     "website": "https://unep.org/inc-plastic-pollution/session-4",
     "checked": "unep.org/inc-plastic-pollution/session-4"},
    {"key": "plastics-inc5", "title": "Fifth session of the intergovernmental negotiating committee on plastic "
     "pollution (INC-5)", "kind": "inc", "start": "2024-11-25", "end": "2024-12-01", "timezone": "Asia/Seoul",
     "city": "Busan", "country": "KR", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["plastics-inc"],
     "topics": ["plastics"], "languages": UN6,
     "description": "Ended without agreement; the committee decided to resume the session in 2025.",
     "checked": "UNEP announcement of the opening of INC-5 (25 November to 1 December); SPREP report"},
    {"key": "plastics-inc5-2", "title": "Resumed fifth session of the intergovernmental negotiating committee on "
     "plastic pollution (INC-5.2)", "kind": "inc", "start": "2025-08-05", "end": "2025-08-14", "timezone": GENEVA,
     "venue": "Palais des Nations", "city": "Geneva", "country": "CH", "organizers": ["UNEP"],
     "instruments": ["unea"], "bodies": ["plastics-inc"], "topics": ["plastics", "industrial-chemicals"],
     "languages": UN6,
     "checked": "UNOG opening statement 5 August 2025; SPREP; ENB highlights 13 August 2025"},
    {"key": "spp-oewg1-1", "title": "Science-policy panel working group, first session, first part (OEWG 1.1)",
     "kind": "oewg", "start": "2022-10-06", "end": "2022-10-06", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "attendance": "hybrid", "organizers": ["UNEP"], "instruments": ["unea"],
     "bodies": ["spp-oewg"], "topics": ["industrial-chemicals", "hazardous-waste"],
     "checked": "unep.org OEWG SPP sessions page"},
    {"key": "spp-oewg1-2", "title": "Science-policy panel working group, resumed first session (OEWG 1.2)",
     "kind": "oewg", "start": "2023-01-30", "end": "2023-02-03", "timezone": "Asia/Bangkok", "city": "Bangkok",
     "country": "TH", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "checked": "unep.org OEWG SPP sessions page; Geneva Environment Network newsletter 9-15 January 2023"},
    {"key": "spp-regional-asia-pacific-2023", "title": "Science-policy panel: Asia-Pacific regional meeting before "
     "OEWG 2", "kind": "regional_prep", "start": "2023-09-07", "end": "2023-09-07", "timezone": "Asia/Bangkok",
     "city": "Bangkok", "country": "TH", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["asia-pacific"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-africa-2023", "title": "Science-policy panel: Africa Group regional meeting before OEWG 2",
     "kind": "regional_prep", "start": "2023-09-14", "end": "2023-09-14", "timezone": NAIROBI, "city": "Nairobi",
     "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["africa"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-eeg-2023", "title": "Science-policy panel: Eastern European Group regional briefing before "
     "OEWG 2", "kind": "regional_prep", "start": "2023-11-21", "end": "2023-11-21", "timezone": "UTC",
     "attendance": "online", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["eastern-europe"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-oewg2", "title": "Science-policy panel working group, second session (OEWG 2)", "kind": "oewg",
     "start": "2023-12-11", "end": "2023-12-15", "timezone": NAIROBI, "venue": "UNEP headquarters",
     "city": "Nairobi", "country": "KE", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "website": "https://unep.org/events/conference/"
     "oewg-2-science-policy-panel-contribute-further-sound-management-chemicals-and",
     "description": "Venue changed from the Dead Sea, Jordan, to Nairobi; briefings and consultations on "
     "9-10 December 2023.",
     "checked": "unep.org OEWG 2 event page; unep.org OEWG SPP sessions page"},
    {"key": "spp-regional-weog-2024", "title": "Science-policy panel: WEOG regional consultation before OEWG 3.1",
     "kind": "regional_prep", "start": "2024-05-08", "end": "2024-05-08", "timezone": "UTC", "attendance": "online",
     "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"], "regions": ["weog"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-asia-pacific-2024", "title": "Science-policy panel: Asia-Pacific regional meeting before "
     "OEWG 3.1", "kind": "regional_prep", "start": "2024-05-20", "end": "2024-05-21", "timezone": "Asia/Shanghai",
     "city": "Hangzhou", "country": "CN", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["asia-pacific"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-eeg-2024", "title": "Science-policy panel: Eastern European Group regional consultation "
     "before OEWG 3.1", "kind": "regional_prep", "start": "2024-05-21", "end": "2024-05-21", "timezone": "UTC",
     "attendance": "online", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["eastern-europe"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-grulac-2024", "title": "Science-policy panel: GRULAC regional meeting before OEWG 3.1",
     "kind": "regional_prep", "start": "2024-05-23", "end": "2024-05-24", "timezone": "America/Montevideo",
     "city": "Montevideo", "country": "UY", "organizers": ["UNEP"], "instruments": ["unea"],
     "bodies": ["spp-oewg"], "regions": ["grulac"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-regional-africa-2024", "title": "Science-policy panel: Africa Group regional meeting before OEWG 3.1",
     "kind": "regional_prep", "start": "2024-05-29", "end": "2024-05-30", "timezone": "Africa/Accra",
     "city": "Accra", "country": "GH", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "regions": ["africa"],
     "checked": "unep.org OEWG SPP regional meetings page"},
    {"key": "spp-oewg3-1", "title": "Science-policy panel working group, third session, first part (OEWG 3.1)",
     "kind": "oewg", "start": "2024-06-17", "end": "2024-06-21", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"], "languages": UN6,
     "description": "Preceded by informal, regional and stakeholder consultations on 16 June 2024.",
     "checked": "unep.org OEWG 3.1 event page; UNEP announcement (einpresswire, 14 June 2024)"},
    {"key": "spp-oewg3-2", "title": "Resumed third session of the science-policy panel working group (OEWG 3.2) and "
     "intergovernmental meeting to establish the panel", "kind": "oewg", "start": "2025-06-14", "end": "2025-06-20",
     "timezone": "America/Montevideo", "venue": PUNTA_CENTRE, "city": "Punta del Este", "country": "UY",
     "organizers": ["UNEP"], "instruments": ["unea"], "bodies": ["spp-oewg"],
     "topics": ["industrial-chemicals", "hazardous-waste"], "languages": UN6, "back_to_back": ["gfc-oewg1"],
     "description": "On 20 June 2025 Member States agreed to establish the Intergovernmental Science-Policy Panel on "
     "Chemicals, Waste and Pollution.",
     "checked": "unep.org OEWG SPP sessions page (ru node 37521); ISC3 report on SPP OEWG 3.2 and GFC OEWG 1"},
    # =========================================================================================
    # Global Environment Facility
    # =========================================================================================
    {"key": "gef-council-46", "title": "46th meeting of the GEF Council", "kind": "other", "start": "2014-05-25",
     "end": "2014-05-27", "timezone": "America/Cancun", "venue": "Moon Palace", "city": "Cancún", "country": "MX",
     "organizers": ["GEF"], "bodies": ["gef-council"], "topics": ["financing"],
     "back_to_back": ["gef-assembly-5"],
     "checked": "ENB summary report, 46th GEF Council and 5th GEF Assembly, 25-30 May 2014"},
    {"key": "gef-assembly-5", "title": "Fifth GEF Assembly", "kind": "assembly", "start": "2014-05-28",
     "end": "2014-05-29", "timezone": "America/Cancun", "venue": "Moon Palace", "city": "Cancún", "country": "MX",
     "organizers": ["GEF"], "bodies": ["gef-assembly"], "topics": ["financing"],
     "description": "Discussed the GEF2020 strategy; project site visits on 30 May 2014.",
     "checked": "ENB summary report 25-30 May 2014; thegef.org Fifth GEF Assembly page"},
    {"key": "internal-gef-assembly-5-coordination", "title": "Fifth GEF Assembly: joint participation of the BRS "
     "Secretariat, the interim Minamata secretariat and UNEP Chemicals", "kind": "other", "start": "2014-05-28",
     "end": "2014-05-29", "timezone": "America/Cancun", "venue": "Moon Palace", "city": "Cancún", "country": "MX",
     "visibility": "internal", "organizers": ["BRS"], "co_organizers": ["MINAMATA", "UNEP-CHEM"],
     "topics": ["financing", "synergies"], "parent": "gef-assembly-5",
     "description": "Coordination item from the task force report: joint or coordinated participation of BRS, the "
     "interim secretariat of the Minamata Convention and UNEP Chemicals in GEF-related events.",
     "internal_notes": _INTERNAL + "one joint message on chemicals and waste financing; share the list of "
     "bilateral meetings with GEF agencies.",
     "checked": "Task force report (source document); Assembly dates from ENB"},
    {"key": "gef-assembly-6", "title": "Sixth GEF Assembly", "kind": "assembly", "start": "2018-06-27",
     "end": "2018-06-28", "timezone": "Asia/Ho_Chi_Minh", "venue": "Furama International Conference Center",
     "city": "Da Nang", "country": "VN", "organizers": ["GEF"], "bodies": ["gef-assembly"], "topics": ["financing"],
     "description": "Associated meetings, including the 54th GEF Council, from 23 to 29 June 2018.",
     "checked": "Connect4Climate event page; assembly.thegef.org overview"},
    {"key": "gef-assembly-7", "title": "Seventh GEF Assembly and associated meetings", "kind": "assembly",
     "start": "2023-08-22", "end": "2023-08-26", "timezone": "America/Vancouver", "city": "Vancouver",
     "country": "CA", "organizers": ["GEF"], "bodies": ["gef-assembly"], "topics": ["financing"],
     "website": "https://www.thegef.org/events/seventh-gef-assembly",
     "checked": "thegef.org/events/seventh-gef-assembly"},
    # =========================================================================================
    # Scientific committees: POPs Review Committee (Stockholm) and Chemical Review Committee (Rotterdam)
    # =========================================================================================
    {"key": "poprc-cee-workshop-2009", "title": "CEE regional workshop for effective participation in the work of "
     "the POPs Review Committee", "kind": "workshop", "start": "2009-03-25", "end": "2009-03-27",
     "timezone": "Europe/Prague", "city": "Brno", "country": "CZ", "organizers": ["BRS"],
     "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops", "technical-assistance"],
     "regions": ["eastern-europe"],
     "description": "Organized by the Stockholm Convention Secretariat (today part of the BRS Secretariat); "
     "demonstrated the POPRC handbook.",
     "checked": "pops.int capacity development workshops, CEE workshop page"},
    {"key": "crc8", "title": "Eighth meeting of the Chemical Review Committee (CRC-8)", "kind": "subsidiary",
     "start": "2012-03-19", "end": "2012-03-23", "timezone": GENEVA, "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN,
     "checked": "ENB summary report CRC-8, 19-23 March 2012"},
    {"key": "poprc8", "title": "Eighth meeting of the Persistent Organic Pollutants Review Committee (POPRC-8)",
     "kind": "subsidiary", "start": "2012-10-15", "end": "2012-10-19", "timezone": GENEVA, "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6,
     "checked": "ENB summary report POPRC-8, 15-19 October 2012"},
    {"key": "poprc9", "title": "Ninth meeting of the Persistent Organic Pollutants Review Committee (POPRC-9)",
     "kind": "subsidiary", "start": "2013-10-14", "end": "2013-10-18", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops"], "languages": UN6, "back_to_back": ["crc-poprc-joint-2013"],
     "checked": "chm.pops.int POPRC-9 information for participants (tabid 3329)"},
    {"key": "crc-poprc-joint-2013", "title": "First joint meeting of the Chemical Review Committee and the POPs "
     "Review Committee", "kind": "subsidiary", "start": "2013-10-20", "end": "2013-10-20", "timezone": ROME,
     "venue": FAO_HQ, "city": "Rome", "country": "IT", "organizers": ["BRS"], "co_organizers": ["FAO"],
     "instruments": ["rotterdam", "stockholm"], "bodies": ["crc", "poprc"], "topics": ["synergies"],
     "back_to_back": ["crc9"],
     "description": "Scientific information exchange between the members of the two committees.",
     "checked": "chm.pops.int POPRC-9 information for participants; pic.int CRC-9 page"},
    {"key": "crc9", "title": "Ninth meeting of the Chemical Review Committee (CRC-9)", "kind": "subsidiary",
     "start": "2013-10-22", "end": "2013-10-25", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN,
     "website": "http://www.pic.int/TheConvention/ChemicalReviewCommittee/Meetingsanddocuments/CRC9/tabid/3183/"
     "language/en-US/Default.aspx",
     "checked": "pic.int CRC-9 page (tabid 3183)"},
    {"key": "crc10", "title": "Tenth meeting of the Chemical Review Committee (CRC-10)", "kind": "subsidiary",
     "start": "2014-10-22", "end": "2014-10-24", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN, "back_to_back": ["poprc10"],
     "checked": "ENB CRC-10/POPRC-10 page ('22-24 and 27-30 October 2014, FAO headquarters')"},
    {"key": "poprc10", "title": "Tenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-10)",
     "kind": "subsidiary", "start": "2014-10-27", "end": "2014-10-30", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6,
     "checked": "ENB CRC-10/POPRC-10 page; SDG Knowledge Hub 'POPs Review Committee takes decisions'"},
    {"key": "poprc11", "title": "Eleventh meeting of the Persistent Organic Pollutants Review Committee (POPRC-11)",
     "kind": "subsidiary", "start": "2015-10-19", "end": "2015-10-23", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6, "back_to_back": ["crc11"],
     "website": "https://pops.int/TheConvention/POPsReviewCommittee/Meetings/POPRC11/Overview/tabid/4558/"
     "Default.aspx",
     "checked": "pops.int POPRC-11 overview (tabid 4558); ENB POPRC-11 pages"},
    {"key": "crc11", "title": "Eleventh meeting of the Chemical Review Committee (CRC-11)", "kind": "subsidiary",
     "start": "2015-10-26", "end": "2015-10-28", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN,
     "checked": "ENB POPRC-11/CRC-11 daily highlights (26, 27, 28 Oct 2015); pops.int POPRC-11 overview"},
    {"key": "poprc12", "title": "Twelfth meeting of the Persistent Organic Pollutants Review Committee (POPRC-12)",
     "kind": "subsidiary", "start": "2016-09-19", "end": "2016-09-23", "timezone": ROME, "city": "Rome",
     "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6,
     "checked": "chm.pops.int POPRC-12 follow-up (tabid 5339); ENB POPRC-11 (next meeting 19-23 Sep 2016)"},
    {"key": "poprc13", "title": "Thirteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-13)",
     "kind": "subsidiary", "start": "2017-10-17", "end": "2017-10-20", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6, "back_to_back": ["crc13"],
     "checked": "InforMEA event POPRC-13; ENB summary report 17-20 October 2017"},
    {"key": "crc13", "title": "Thirteenth meeting of the Chemical Review Committee (CRC-13)", "kind": "subsidiary",
     "start": "2017-10-23", "end": "2017-10-27", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN,
     "checked": "InforMEA event POPRC-13 ('CRC convening at the same venue from 23 to 27 October 2017')"},
    {"key": "crc14", "title": "Fourteenth meeting of the Chemical Review Committee (CRC-14)", "kind": "subsidiary",
     "start": "2018-09-11", "end": "2018-09-13", "timezone": ROME, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals", "pfas"], "languages": EN, "back_to_back": ["poprc14"],
     "checked": "ENB summary report CRC-14, 11-13 September 2018"},
    {"key": "poprc14", "title": "Fourteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-14)",
     "kind": "subsidiary", "start": "2018-09-17", "end": "2018-09-21", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6,
     "checked": "ENB POPRC-14 daily highlights from 17 September 2018 (FAO headquarters); dates as agreed at POPRC-13"},
    {"key": "poprc15", "title": "Fifteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-15)",
     "kind": "subsidiary", "start": "2019-10-01", "end": "2019-10-04", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas"], "languages": UN6, "back_to_back": ["crc15"],
     "website": "https://chm.pops.int/TheConvention/POPsReviewCommittee/Meetings/POPRC15/Overview/tabid/8052/"
     "Default.aspx",
     "checked": "chm.pops.int POPRC-15 overview (tabid 8052)"},
    {"key": "crc15", "title": "Fifteenth meeting of the Chemical Review Committee (CRC-15)", "kind": "subsidiary",
     "start": "2019-10-08", "end": "2019-10-10", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals", "pfas"], "languages": EN,
     "checked": "chm.pops.int POPRC-15 overview ('same venue from 8 to 10 October 2019'); ENB summary CRC-15"},
    {"key": "crc16", "title": "Sixteenth meeting of the Chemical Review Committee (CRC-16, online)",
     "kind": "subsidiary", "start": "2020-09-08", "end": "2020-09-11", "timezone": "UTC", "attendance": "online",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["industrial-chemicals", "pfas"], "languages": EN,
     "description": "Held online as an exceptional measure because meeting face to face in Rome as originally planned "
     "was not possible.",
     "checked": "pic.int CRC-16 information for participants (tabid 8486) and annotated agenda"},
    {"key": "poprc16-pre-meetings", "title": "POPRC-16 online pre-meetings", "kind": "webinar", "start": "2020-12-01",
     "end": "2020-12-03", "timezone": "UTC", "attendance": "online", "organizers": ["BRS"],
     "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops"], "languages": EN,
     "checked": "chm.pops.int POPRC-16 information for participants (tabid 8683)"},
    {"key": "poprc16", "title": "Sixteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-16, "
     "online)", "kind": "subsidiary", "start": "2021-01-11", "end": "2021-01-16", "timezone": "UTC",
     "attendance": "online", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "plastics"], "languages": UN6,
     "description": "Convened four months later than originally scheduled (September 2020) and online instead of in "
     "person because of COVID-19.",
     "checked": "chm.pops.int POPRC-16 information for participants; ENB summary report 11-16 January 2021"},
    {"key": "crc17", "title": "Seventeenth meeting of the Chemical Review Committee (CRC-17, online)",
     "kind": "subsidiary", "start": "2021-09-20", "end": "2021-09-24", "timezone": "UTC", "attendance": "online",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN,
     "checked": "SDG Knowledge Hub event CRC-17 (20-24 September 2021, virtual)"},
    {"key": "poprc17-rome-planned", "title": "Seventeenth meeting of the POPs Review Committee, as initially planned "
     "in Rome", "kind": "subsidiary", "start": "2021-09-27", "end": "2021-10-01", "timezone": ROME,
     "venue": FAO_HQ, "city": "Rome", "country": "IT", "status": "postponed", "organizers": ["BRS"],
     "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops"], "languages": UN6,
     "description": "Rescheduled to January 2022 because of COVID-19.",
     "checked": "pops.int POPRC-17 overview (tabid 8900)"},
    {"key": "poprc17-pre-meetings", "title": "POPRC-17 online pre-meetings", "kind": "webinar", "start": "2021-12-01",
     "end": "2021-12-02", "timezone": "UTC", "attendance": "online", "organizers": ["BRS"],
     "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops"], "languages": EN,
     "checked": "pops.int POPRC-17 pre-meetings (tabid 9005)"},
    {"key": "poprc17", "title": "Seventeenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-17)",
     "kind": "subsidiary", "start": "2022-01-24", "end": "2022-01-28", "timezone": GENEVA, "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pesticides", "plastics"], "languages": UN6,
     "checked": "ENB summary report 24-28 January 2022 and daily highlights of 25 January 2022 (Geneva)"},
    {"key": "poprc18-orientation-webinar", "title": "Orientation webinar for newly appointed POPRC members",
     "kind": "webinar", "start": "2022-09-13T11:00", "end": "2022-09-13T12:00", "timezone": "UTC",
     "attendance": "online", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "languages": EN, "description": "13:00-14:00 CEST.",
     "checked": "chm.pops.int POPRC-18 pre-meetings page (tabid 9166)"},
    {"key": "poprc18-pre-meeting", "title": "POPRC-18 online pre-meeting", "kind": "webinar",
     "start": "2022-09-14T11:00", "end": "2022-09-14T14:00", "timezone": "UTC", "attendance": "online",
     "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops", "pesticides"],
     "languages": EN, "description": "13:00-16:00 CEST.",
     "checked": "chm.pops.int POPRC-18 pre-meetings page (tabid 9166)"},
    {"key": "crc18", "title": "Eighteenth meeting of the Chemical Review Committee (CRC-18)", "kind": "subsidiary",
     "start": "2022-09", "end": "2022-09", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "industrial-chemicals"], "languages": EN, "back_to_back": ["poprc18"],
     "description": "Opened on Monday 19 September 2022; closing day not verified.",
     "checked": "pic.int CRC-18 information for participants (tabid 9260)"},
    {"key": "poprc18", "title": "Eighteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-18)",
     "kind": "subsidiary", "start": "2022-09-26", "end": "2022-09-30", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas", "plastics"], "languages": UN6,
     "checked": "ENB summary report 26-30 September 2022; chm.pops.int POPRC-18 press release"},
    {"key": "crc19", "title": "Nineteenth meeting of the Chemical Review Committee (CRC-19)", "kind": "subsidiary",
     "start": "2023-10", "end": "2023-10", "timezone": ROME, "city": "Rome", "country": "IT", "organizers": ["BRS"],
     "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "mercury", "industrial-chemicals"], "languages": EN, "back_to_back": ["poprc19"],
     "description": "Recommended listing chlorpyrifos and mercury in Annex III; exact days not verified.",
     "checked": "pic.int news 'CRC-19 Day 2 highlights' (October 2023); POPRC-19 overview (back to back)"},
    {"key": "poprc19", "title": "Nineteenth meeting of the Persistent Organic Pollutants Review Committee (POPRC-19)",
     "kind": "subsidiary", "start": "2023-10-09", "end": "2023-10-13", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pesticides", "pfas"], "languages": UN6,
     "website": "http://chm.pops.int/TheConvention/POPsReviewCommittee/Meetings/POPRC19/Overview/tabid/9548/"
     "Default.aspx",
     "checked": "chm.pops.int POPRC-19 overview (tabid 9548)"},
    {"key": "poprc20-pre-meeting", "title": "POPRC-20 online pre-meeting", "kind": "webinar",
     "start": "2024-09-11T11:00", "end": "2024-09-11T14:00", "timezone": "UTC", "attendance": "online",
     "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"], "topics": ["pops"], "languages": EN,
     "description": "1 to 4 p.m. (UTC+2).",
     "checked": "pops.int POPRC-20 overview (tabid 9850)"},
    {"key": "crc20", "title": "Twentieth meeting of the Chemical Review Committee (CRC-20)", "kind": "subsidiary",
     "start": "2024-09-17", "end": "2024-09-20", "timezone": ROME, "venue": FAO_HQ, "city": "Rome", "country": "IT",
     "organizers": ["BRS"], "co_organizers": ["FAO"], "instruments": ["rotterdam"], "bodies": ["crc"],
     "topics": ["pesticides", "mercury", "industrial-chemicals"], "languages": EN, "back_to_back": ["poprc20"],
     "website": "https://www.pic.int/TheConvention/ChemicalReviewCommittee/Meetings/CRC20/Overview/tabid/9840/"
     "language/en-US/Default.aspx",
     "checked": "pic.int CRC-20 overview (tabid 9840)"},
    {"key": "poprc20", "title": "Twentieth meeting of the Persistent Organic Pollutants Review Committee (POPRC-20)",
     "kind": "subsidiary", "start": "2024-09-23", "end": "2024-09-27", "timezone": ROME, "venue": FAO_HQ,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pesticides", "pfas", "dioxins-furans"], "languages": UN6,
     "website": "https://www.pops.int/TheConvention/POPsReviewCommittee/Meetings/POPRC20/Overview/tabid/9850/"
     "Default.aspx",
     "checked": "pops.int POPRC-20 overview (tabid 9850)"},
    {"key": "poprc21", "title": "Twenty-first meeting of the Persistent Organic Pollutants Review Committee "
     "(POPRC-21)", "kind": "subsidiary", "start": "2025-09-29", "end": "2025-10-03", "timezone": ROME,
     "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["poprc"],
     "topics": ["pops", "pfas", "dioxins-furans"], "languages": UN6,
     "checked": "pops.int POPRC-21 follow-up (tabid 10377)"},
    {"key": "poprc22", "title": "Twenty-second meeting of the Persistent Organic Pollutants Review Committee "
     "(POPRC-22)", "kind": "subsidiary", "start": "2026-09-21", "end": "2026-09-25", "timezone": ROME,
     "venue": FAO_HQ, "city": "Rome", "country": "IT", "organizers": ["BRS"], "instruments": ["stockholm"],
     "bodies": ["poprc"], "topics": ["pops", "dioxins-furans"], "languages": UN6,
     "description": "Dates and venue as published by the Secretariat in February 2026.",
     "checked": "regulations.certivo.com note of 26 Feb 2026 on the Secretariat's POPRC-22 meeting information"},
    # =========================================================================================
    # Basel Convention Open-ended Working Group and intersessional work
    # =========================================================================================
    {"key": "bc-oewg8", "title": "Eighth meeting of the Open-ended Working Group of the Basel Convention (OEWG-8)",
     "kind": "oewg", "start": "2012-09-25", "end": "2012-09-28", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["e-waste", "pops", "hazardous-waste"],
     "checked": "basel.int press release 'Eighth meeting of the Basel Convention OEWG' (19 Sep 2012)"},
    {"key": "bc-oewg9", "title": "Ninth meeting of the Open-ended Working Group of the Basel Convention (OEWG-9)",
     "kind": "oewg", "start": "2014-09-16", "end": "2014-09-19", "timezone": GENEVA, "venue": CICG, "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["e-waste", "pops", "mercury", "hazardous-waste"], "languages": UN6,
     "description": "Reviewed the updated technical guidelines on POPs wastes, mercury wastes and e-waste; "
     "interpretation on the first and last days only.",
     "checked": "basel.int OEWG-9 overview; ENB summary report 16-19 September 2014"},
    {"key": "bc-oewg10", "title": "Tenth meeting of the Open-ended Working Group of the Basel Convention (OEWG-10)",
     "kind": "oewg", "start": "2016-05-30", "end": "2016-06-02", "timezone": NAIROBI, "venue": UNEP_HQ,
     "city": "Nairobi", "country": "KE", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["e-waste", "pops", "hazardous-waste"],
     "description": "Held back to back with the twelfth meeting of the Implementation and Compliance Committee; "
     "pre-meetings on 29 May 2016.",
     "checked": "basel.int OEWG-10 overview; ENB summary report 30 May-2 June 2016"},
    {"key": "bc-oewg11", "title": "Eleventh meeting of the Open-ended Working Group of the Basel Convention "
     "(OEWG-11)", "kind": "oewg", "start": "2018-09-03", "end": "2018-09-06", "timezone": GENEVA, "venue": CICG,
     "city": "Geneva", "country": "CH", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["plastics", "e-waste", "pops", "hazardous-waste"],
     "description": "Considered Norway's proposal to amend the Basel Convention annexes on plastic waste.",
     "checked": "ENB summary report 3-6 September 2018"},
    {"key": "bc-pwp-online-consultation-2019", "title": "First online consultation of the working group of the Basel "
     "Convention Partnership on Plastic Waste", "kind": "webinar", "start": "2019-11-13", "end": "2019-11-13",
     "timezone": "UTC", "attendance": "online", "organizers": ["BRS"], "instruments": ["basel"],
     "topics": ["plastics"], "languages": EN,
     "checked": "basel.int plastic wastes consultations and meetings (tabid 8203)"},
    {"key": "bc-siwg-ottawa-2020", "title": "Small intersessional working group on specially engineered landfill (D5), "
     "incineration on land (D10) and energy recovery (R1)", "kind": "expert_group", "start": "2020-03-18",
     "end": "2020-03-19", "timezone": "America/Toronto", "city": "Ottawa", "country": "CA", "status": "cancelled",
     "organizers": ["BRS"], "instruments": ["basel"], "topics": ["hazardous-waste"],
     "description": "Suspended because of COVID-19.",
     "checked": "brsmeas.org 'Communication regarding COVID-19 and upcoming BRS meetings' (8 May 2020)"},
    {"key": "bc-oewg12-geneva-planned", "title": "Twelfth meeting of the Open-ended Working Group of the Basel "
     "Convention, as originally scheduled", "kind": "oewg", "start": "2020-06-22", "end": "2020-06-25",
     "timezone": GENEVA, "city": "Geneva", "country": "CH", "status": "postponed", "organizers": ["BRS"],
     "instruments": ["basel"], "bodies": ["bc-oewg"],
     "description": "Postponed by the OEWG Bureau on 10 June 2020; held in an online and a face-to-face segment.",
     "checked": "SDG Knowledge Hub event OEWG-12 (virtual; originally 22-25 June 2020, Geneva); Geneva Environment "
     "Network (June 2020)"},
    {"key": "bc-oewg12-online", "title": "Twelfth meeting of the Open-ended Working Group of the Basel Convention, "
     "online segment", "kind": "oewg", "start": "2020-09-01", "end": "2020-09-03", "timezone": "UTC",
     "attendance": "online", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["plastics", "e-waste", "hazardous-waste"], "languages": UN6,
     "description": "Two online sessions of three hours, on 1 and 3 September 2020.",
     "checked": "basel.int OEWG-12 overview (tabid 8264)"},
    {"key": "bc-oewg12-nairobi-2021-planned", "title": "Twelfth meeting of the Open-ended Working Group of the Basel "
     "Convention, face-to-face segment as scheduled for March 2021", "kind": "oewg", "start": "2021-03-01",
     "end": "2021-03-04", "timezone": NAIROBI, "city": "Nairobi", "country": "KE", "status": "postponed",
     "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "description": "Planned back to back with UNEA-5; postponed because of COVID-19.",
     "checked": "basel.int OEWG-12 overview (earlier version); Geneva Environment Network (Sep 2021)"},
    {"key": "bc-oewg12-face-to-face", "title": "Twelfth meeting of the Open-ended Working Group of the Basel "
     "Convention, face-to-face segment", "kind": "oewg", "start": "2022-04-04", "end": "2022-04-06",
     "timezone": NAIROBI, "venue": "United Nations Office at Nairobi", "city": "Nairobi", "country": "KE",
     "attendance": "hybrid", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["e-waste", "plastics", "hazardous-waste"], "languages": UN6,
     "website": "http://www.basel.int/TheConvention/OpenendedWorkingGroup(OEWG)/Meetings/OEWG12/Overview/tabid/8264/"
     "Default.aspx",
     "description": "Face to face, with a possibility of online participation; preparatory meetings on 3 April 2022.",
     "checked": "basel.int OEWG-12 overview (tabid 8264); SDG Knowledge Hub event"},
    {"key": "bc-oewg14", "title": "Fourteenth meeting of the Open-ended Working Group of the Basel Convention "
     "(OEWG-14)", "kind": "oewg", "start": "2024-06-25", "end": "2024-06-28", "timezone": GENEVA, "venue": CICG,
     "city": "Geneva", "country": "CH", "organizers": ["BRS"], "instruments": ["basel"], "bodies": ["bc-oewg"],
     "topics": ["hazardous-waste", "e-waste", "plastics"],
     "website": "https://www.basel.int/TheConvention/OpenendedWorkingGroup(OEWG)/Meetings/OEWG14/Overview/"
     "tabid/9768/Default.aspx",
     "description": "358 delegates from 135 Parties and 58 observer entities; pre-meetings on 24 June 2024.",
     "checked": "basel.int OEWG-14 overview (tabid 9768)"},
    # =========================================================================================
    # Expert groups, PCB Elimination Network, regional centres
    # =========================================================================================
    {"key": "toolkit-expert-meeting-4", "title": "Fourth Toolkit expert meeting", "kind": "expert_group",
     "start": "2009-12-01", "end": "2009-12-03", "timezone": GENEVA, "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["sc-toolkit"],
     "topics": ["dioxins-furans", "bat-bep"], "languages": EN,
     "checked": "chm.pops.int Toolkit 4th expert meeting 2009 page"},
    {"key": "pen-advisory-committee-1", "title": "First meeting of the Advisory Committee of the PCBs Elimination "
     "Network", "kind": "partnership", "start": "2010-01-18", "end": "2010-01-20", "timezone": GENEVA,
     "city": "Geneva", "country": "CH", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["pen"],
     "topics": ["pcbs"],
     "description": "Set up four thematic groups and planned the launch of PEN at the 2010 ExCOPs in Bali.",
     "checked": "chm.pops.int 1st meeting PEN Advisory Committee (tabid 703)"},
    {"key": "regional-centres-joint-meeting-2012", "title": "Joint meeting between the Basel and Stockholm convention "
     "regional centres and FAO and UNEP regional offices", "kind": "other", "start": "2012-10-03",
     "end": "2012-10-03", "timezone": GENEVA, "venue": IEH + " 2", "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "instruments": ["basel", "stockholm"],
     "topics": ["technical-assistance", "illegal-traffic", "synergies"],
     "description": "Regional delivery: the centres, UNEP and FAO regional offices discussed networking with "
     "cleaner production centres and with enforcement networks.",
     "checked": "basel.int joint meeting of regional centres and UNEP/FAO 2012 page"},
    {"key": "grulac-regional-centres-workshop-2012", "title": "First workshop of the Basel and Stockholm convention "
     "regional centres of Latin America and the Caribbean", "kind": "workshop", "start": "2012-01-18",
     "end": "2012-01-20", "timezone": "America/Sao_Paulo", "venue": "CETESB", "city": "São Paulo", "country": "BR",
     "organizers": ["SCRC-BRAZIL"], "instruments": ["basel", "stockholm"],
     "topics": ["synergies", "technical-assistance"], "regions": ["grulac"],
     "checked": "bcrc-caribbean.blogspot.com (February 2012)"},
    {"key": "pen-advisory-committee-4", "title": "Fourth meeting of the PEN Advisory Committee", "kind": "partnership",
     "start": "2012-09-07", "end": "2012-09-08", "timezone": "Asia/Shanghai", "city": "Beijing", "country": "CN",
     "organizers": ["UNEP-CHEM"], "instruments": ["stockholm"], "bodies": ["pen"], "topics": ["pcbs"],
     "checked": "UNEP/POPS/COP.6/INF/5 (report of the fourth meeting, Beijing, 7 and 8 September 2012)"},
    {"key": "toolkit-expert-meeting-7", "title": "Seventh meeting of the Toolkit expert group", "kind": "expert_group",
     "start": "2012-11-26", "end": "2012-11-28", "timezone": GENEVA, "venue": IEH + " 1", "city": "Geneva",
     "country": "CH", "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["sc-toolkit", "sc-batbep"],
     "topics": ["dioxins-furans", "bat-bep"], "languages": EN,
     "description": "Finalized the revised Toolkit; a separate session was the initial meeting of the BAT and BEP "
     "expert group.",
     "checked": "chm.pops.int Toolkit 7th expert meeting 2012; SDG Knowledge Hub (12 December 2012)"},
    {"key": "batbep-expert-group-2014", "title": "Meeting of the expert group on BAT and BEP under the Stockholm "
     "Convention", "kind": "expert_group", "start": "2014-11", "end": "2014-11", "timezone": "UTC",
     "status": "planned", "organizers": ["BRS"], "co_organizers": ["UNEP-CHEM"], "instruments": ["stockholm"],
     "bodies": ["sc-batbep"], "topics": ["bat-bep", "pops"], "back_to_back": ["pen-advisory-committee-2014"],
     "description": "As planned in the task force report (November 2014); the days and venue were not verified.",
     "checked": "Task force report (source document)"},
    {"key": "pen-advisory-committee-2014", "title": "Meeting of the PEN Advisory Committee, back to back with the "
     "BAT and BEP expert group", "kind": "partnership", "start": "2014-11", "end": "2014-11", "timezone": "UTC",
     "status": "planned", "organizers": ["UNEP-CHEM", "BRS"], "instruments": ["stockholm"], "bodies": ["pen"],
     "topics": ["pcbs"],
     "description": "Jointly organized by the BRS Secretariat and UNEP Chemicals, as planned in the task force "
     "report (November 2014); the PEN Advisory Committee was to review the draft PCB overview report for COP-7. "
     "Days and venue not verified.",
     "checked": "Task force report (source document)"},
    {"key": "batbep-expert-meeting-2022", "title": "Expert meeting on best available techniques and best "
     "environmental practices under the Stockholm Convention", "kind": "expert_group", "start": "2022-10-11",
     "end": "2022-10-13", "timezone": GENEVA, "venue": IEH + " 2", "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["sc-batbep"],
     "topics": ["bat-bep", "dioxins-furans"], "languages": EN,
     "checked": "chm.pops.int expert meeting on BAT/BEP 2022 (tabid 9281)"},
    {"key": "batbep-expert-meeting-2023", "title": "Expert meeting on best available techniques and best "
     "environmental practices under the Stockholm Convention", "kind": "expert_group", "start": "2023-11-07",
     "end": "2023-11-09", "timezone": GENEVA, "venue": IEH + " 1", "city": "Geneva", "country": "CH",
     "organizers": ["BRS"], "instruments": ["stockholm"], "bodies": ["sc-batbep"],
     "topics": ["bat-bep", "dioxins-furans"], "languages": EN,
     "website": "https://chm.pops.int/Implementation/BATandBEP/Meetings/ExpertmeetingonBAT,BEP2023/tabid/9634/"
     "Default.aspx",
     "checked": "chm.pops.int expert meeting on BAT/BEP 2023 (tabid 9634)"},
]
