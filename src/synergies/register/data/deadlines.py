"""Deadlines of the Basel, Stockholm and Minamata conventions, and the Rotterdam Convention's standing rules.

Each ``DEADLINES`` record is a calendar item tied to a mandate (``Mandate.reference``): who must act, what is
due, and its dates — one day (``rrule == ""``) or a series given as RFC 5545 RRULE text expanded from
``dtstart`` (an all-day DATE; ``UNTIL`` is a DATE too). ``STANDING_RULES`` are obligations whose deadline
runs from an event of each case (nine months after a decision guidance document is dispatched) or that
fall in a month without a day: they belong on the mandate pages, not as dated calendar items.

Sources (read with the team's search tool over stored public pages, checked 2026-12-04):

- Basel: basel.int "National Reporting" page (Article 13, paragraph 3; the Secretariat asks each year for
  the report "before the end of the calendar year"), archive.basel.int national reporting page ("Parties
  shall transmit, before the end of each calendar year, a report on the previous calendar year"),
  InforMEA text of the COP-10 decision on national reporting (reports for 2010 "before the end of the
  calendar year 2011"), IISD chemicals-l news of November 2013 (reports due 31 December 2013).
- Stockholm: pops.int "National Reports" pages (rounds and deadlines, decisions SC-1/22, SC-3/18, SC-4/30,
  SC-5/16, SC-8/17, SC-9/16, SC-12/19), InforMEA text of SC-1/22 and of the COP-6 decision citing SC-5/16
  (third reports by 31 August 2014), pops.int "Follow-up to COP9" table (SC-9/3 nominations).
- Minamata: archive.mercuryconvention.org and minamataconvention.org reporting pages (MC-1/8: full report
  every four years, short report every two years; first short report 31 December 2019, first full report
  31 December 2021; second short report due 31 December 2023), minamataconvention.org news of 20 May 2021
  (comments on the draft reporting guidance by 28 June 2021, MC-3/13).
- Rotterdam: archive.pic.int "Import responses" (Article 10: nine months after dispatch of the decision
  guidance document; import responses published each June and December in the PIC Circular), IISD news of
  June 2011 ("The PIC Circular is published every six months, in June and December"), the PIC Circular's
  contents (paragraph 10 of Article 10).

Rules followed:

- A rule that the convention itself states (Basel Article 13(3)) is open-ended: no ``UNTIL``.
- A rule whose periodicity a decision sets but whose day is set round by round (Stockholm, Minamata) ends
  (``UNTIL``) at the last day a source confirms, and ``continues`` says that the periodicity goes on; no
  later day is invented. ``occurrences`` lists each confirmed day with the decision that set it ("" where
  the secretariat's page states the day without naming a decision).
- ``who`` holds only who a source says must act; empty where the source does not say.

Not confirmed, so left out (``LEFT_OUT``): the symbol of the Basel COP-10 decision on national reporting;
Minamata's second full report day (due in 2025 by the four-year rule, day not found); the 2025 follow-up
calls for information of the Basel, Rotterdam and Stockholm COPs (days found, the deciding paragraphs not);
a Rotterdam deadline with a fixed calendar day (the convention's deadlines run from events of each case).
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from synergies.register.data.components import MandateRecord

PARTIES = "parties"
OBSERVERS = "observers"
STAKEHOLDERS = "stakeholders"
SECRETARIAT = "secretariat"

#: Every value ``who`` may hold.
WHO = (PARTIES, OBSERVERS, STAKEHOLDERS, SECRETARIAT)

NATIONAL_REPORT = "national_report"
SUBMISSION = "submission"
NOMINATION = "nomination"
COMMENTS = "comments"

#: Every value ``kind`` may hold.
KINDS = (NATIONAL_REPORT, SUBMISSION, NOMINATION, COMMENTS)


class DeadlineRecord(TypedDict):
    key: str  # stable slug (calendar UID: "deadline-<key>@synergies")
    title: str
    kind: str  # one of KINDS
    instrument: str  # directory vocabulary INSTRUMENTS code
    body: str  # directory vocabulary BODIES code
    mandate: str  # Mandate.reference of the decision or article that sets the deadline
    paragraph: str  # paragraph of ``mandate``, "" when the source does not name one
    basis: str  # the convention article the obligation rests on, "" when ``mandate`` is that article
    who: list[str]  # values of WHO
    due: str  # what is due
    dtstart: date  # first occurrence (the only one when ``rrule`` is "")
    rrule: str  # RFC 5545 RRULE text, "" for a single day
    continues: bool  # the periodicity goes on beyond UNTIL, later days not yet set
    occurrences: list[tuple[date, str]]  # days a source confirms, each with the mandate that set it or ""
    rule_basis: str  # how the rule follows from the sources; limited periods said here
    urls: list[str]
    checked: str  # what was read; not loaded


class StandingRuleRecord(TypedDict):
    key: str
    title: str
    instrument: str
    body: str
    mandate: str
    paragraph: str
    who: list[str]
    due: str
    rule: str  # the rule in words, as the source states it
    urls: list[str]
    checked: str


_BASEL_NR = "https://www.basel.int/Procedures/NationalReporting/tabid/1332/Default.aspx"
_BASEL_NR_ARCHIVE = "http://archive.basel.int/natreporting/index.html"
_BASEL_COP10_NR = "https://informea.org/ar/decision/national-reporting-2"
_BASEL_2013_NEWS = "http://chemicals-l.iisd.org/news/basel-convention-secretariat-releases-electronic-reporting-tool/"
_POPS_NR = "https://www.pops.int/Countries/Reporting/NationalReports/tabid/3668/Default.aspx"
_POPS_NR_OLD = "http://www.pops.int/Countries/NationalReports/tabid/751/Default.aspx"
_POPS_MANDATE = "https://www.pops.int/Countries/Reporting/OverviewandMandate/tabid/746/Default.aspx"
_POPS_SC_5_16 = "https://informea.org/ru/decision/national-reporting-6?page=2&paragraph=23312"
_POPS_COP9_FOLLOWUP = (
    "https://pops.int/TheConvention/ConferenceoftheParties/Meetings/COP9/FollowuptoCOP9/tabid/8043/Default.aspx"
)
_SC_1_22 = "https://informea.org/en/decision/party-reporting-timing-and-format?page=0%2C0"
_MC_REPORTING = (
    "http://archive.mercuryconvention.org/Countries/Parties/Reporting/tabid/8189/language/en-US/Default.aspx"
)
_MC_REPORTING_NEW = "https://www.mercuryconvention.org/en/parties/reporting"
_MC_SHORT_2019 = (
    "https://archive.mercuryconvention.org/Countries/Parties/Reporting/Firstnationalshortreport2019/tabid/8635/"
    "language/en-US/Default.aspx"
)
_MC_SHORT_2023 = "https://minamataconvention.org/fr/deuxiemes-rapports-nationaux-succincts"
_MC_FULL_2021 = "https://mercuryconvention.org/en/news/first-full-national-reports-be-submitted-31-december-2021"
_MC_GUIDANCE_COMMENTS = (
    "https://minamataconvention.org/en/news/call-comments-draft-guidance-completing-national-reporting-format"
)
_PIC_IMPORT = "http://archive.pic.int/home.php?type=s&id=31"
_PIC_CIRCULAR_NEWS = "http://sdg.iisd.org/news/rotterdam-convention-releases-pic-circular/"
_PIC_CIRCULAR_45 = "https://docest.com/doc/7251/pic-circular-xxvi-june-december2007"


def _decision(
    reference: str, body: str, instrument: str, title: str, meeting: str, url: str, excerpt: str
) -> MandateRecord:
    return {
        "reference": reference,
        "kind": "decision",
        "body": body,
        "instruments": [instrument],
        "title": title,
        "date": None,
        "meeting_text": meeting,
        "url": url,
        "excerpt": excerpt,
        "checked": excerpt,
    }


def _sc(reference: str, meeting: str, url: str, excerpt: str) -> MandateRecord:
    return _decision(
        reference,
        "sc-cop",
        "stockholm",
        "",
        f"{meeting} meeting of the Conference of the Parties to the Stockholm Convention",
        url,
        excerpt,
    )


#: Mandates the deadlines cite that neither ``source_table.MANDATES`` nor ``components.MANDATES`` holds.
#: ``title`` is "" where we did not read the decision's title (the model must ask for one on loading).
MANDATES: list[MandateRecord] = [
    {
        "reference": "Basel Convention, Article 13",
        "kind": "article",
        "body": "",
        "instruments": ["basel"],
        "title": "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal, "
        "Article 13: Transmission of information",
        "date": date(1989, 3, 22),
        "meeting_text": "Conference of Plenipotentiaries, Basel, Switzerland",
        "url": _BASEL_NR_ARCHIVE,
        "excerpt": "Pursuant to Article 13, paragraph 3, Parties shall transmit, before the end of each calendar year, "
        "a report on the previous calendar year containing the information specified under 13(3)(a) to "
        "13(3)(i).",
        "checked": "archive.basel.int national reporting page (paraphrase of Article 13(3)); basel.int National "
        'Reporting page; the Convention "done at Basel on 22 March 1989" (Colombian Act 253 of 1996, '
        "global-regulation.com)",
    },
    {
        "reference": "Minamata Convention, Article 21",
        "kind": "article",
        "body": "",
        "instruments": ["minamata"],
        "title": "Minamata Convention on Mercury, Article 21: Reporting",
        "date": date(2013, 10, 10),
        "meeting_text": "Conference of Plenipotentiaries, Kumamoto, Japan",
        "url": "https://minamataconvention.org/en/parties/reporting/forms-and-guidance",
        "excerpt": "Each Party shall report to the Conference of the Parties, through the Secretariat, on the measures "
        "it has taken to implement the provisions of the Convention, and on the effectiveness of such measures "
        "and the possible challenges in meeting the objectives of the Convention.",
        "checked": 'minamataconvention.org "National reporting pursuant to Article 21" (paraphrase of Article 21); '
        "adoption date as in source_table's Article 8 record",
    },
    {
        "reference": "Rotterdam Convention, Article 10",
        "kind": "article",
        "body": "",
        "instruments": ["rotterdam"],
        "title": "Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and "
        "Pesticides in International Trade, Article 10",
        "date": None,
        "meeting_text": "Conference of Plenipotentiaries, Rotterdam, the Netherlands",
        "url": _PIC_IMPORT,
        "excerpt": "Obligations of Parties with respect to the future import of chemicals listed in Annex III: an "
        "import response no later than nine months after the date of dispatch of a decision guidance document; "
        "the Secretariat informs all Parties of the responses received (paragraph 10).",
        "checked": 'archive.pic.int "Import responses"; PIC Circular XLV contents ("paragraph 10 of Article 10")',
    },
    _decision(
        "MC-1/8",
        "mc-cop",
        "minamata",
        "Timing and format of reporting by the Parties",
        "First meeting of the Conference of the Parties to the Minamata Convention (2017)",
        _MC_REPORTING,
        "Adopted the reporting format; each Party reports every four years using the full format and every two "
        "years on the four questions marked by an asterisk; first short report by 31 December 2019, first full "
        "report by 31 December 2021.",
    ),
    _decision(
        "MC-3/13",
        "mc-cop",
        "minamata",
        "Guidance for the completion of the National Reporting Format",
        "Third meeting of the Conference of the Parties to the Minamata Convention",
        _MC_GUIDANCE_COMMENTS,
        "Requested the Secretariat to prepare draft guidance for the full national reporting format and to seek "
        "comments from Parties and other stakeholders on it.",
    ),
    _sc(
        "SC-3/18",
        "Third",
        _POPS_NR_OLD,
        "Extended the deadline of the first round of Article 15 reports (31 December 2006) to 31 July 2007.",
    ),
    _sc(
        "SC-4/30",
        "Fourth",
        _POPS_NR_OLD,
        "Invited Parties to submit their second report no later than 31 October 2010; asked for an enhanced "
        "electronic reporting system and updated questionnaires.",
    ),
    _sc(
        "SC-5/16",
        "Fifth",
        _POPS_NR_OLD,
        "Extended the deadline of the second reports to 31 July 2011; third national reports to be submitted by "
        "31 August 2014 for the seventh meeting; asked the Secretariat for a strategy to raise the reporting rate.",
    ),
    _sc(
        "SC-8/17",
        "Eighth",
        _POPS_NR,
        "Fourth national reports due 31 August 2018, for the ninth meeting of the Conference of the Parties.",
    ),
    _sc(
        "SC-9/16",
        "Ninth",
        _POPS_NR,
        "Fifth national reports due 31 August 2022, for the eleventh meeting of the Conference of the Parties.",
    ),
    _sc(
        "SC-12/19",
        "Twelfth",
        _POPS_NR,
        "Parties shall submit their sixth national reports by 31 August 2026 for the thirteenth meeting of the "
        "Conference of the Parties.",
    ),
    _sc(
        "SC-9/3",
        "Ninth",
        _POPS_COP9_FOLLOWUP,
        "Polychlorinated biphenyls; paragraph 6 established a small intersessional working group.",
    ),
]

_SC_RULE = (
    "SC-1/22 sets the periodicity: a first report by 31 December 2006, then every four years for the meeting of "
    "the Conference of the Parties held the following year. The day of each round is set by a decision for that "
    "round only: 31 August 2014 (SC-5/16), 2018 (SC-8/17), 2022 (SC-9/16) and 2026 (SC-12/19). The series ends "
    "at the last day so set; the seventh round's day is not set yet."
)


def _stockholm_round(
    key: str, title: str, mandate: str, due: str, day: date, rule_basis: str, urls: list[str], checked: str
) -> DeadlineRecord:
    """A single day of an early Stockholm reporting round, set by ``mandate``."""
    return {
        "key": key,
        "title": f"Stockholm Convention: {title}",
        "kind": NATIONAL_REPORT,
        "instrument": "stockholm",
        "body": "sc-cop",
        "mandate": mandate,
        "paragraph": "",
        "basis": "Stockholm Convention, Article 15",
        "who": [PARTIES],
        "due": due,
        "dtstart": day,
        "rrule": "",
        "continues": False,
        "occurrences": [(day, mandate)],
        "rule_basis": rule_basis,
        "urls": urls,
        "checked": checked,
    }


def _minamata_report(
    key: str,
    title: str,
    due: str,
    dtstart: date,
    rule: str,
    occurrences: list[tuple[date, str]],
    rule_basis: str,
    urls: list[str],
    checked: str,
) -> DeadlineRecord:
    """A Minamata national report series under MC-1/8 (Article 21)."""
    return {
        "key": key,
        "title": f"Minamata Convention: {title}",
        "kind": NATIONAL_REPORT,
        "instrument": "minamata",
        "body": "mc-cop",
        "mandate": "MC-1/8",
        "paragraph": "",
        "basis": "Minamata Convention, Article 21",
        "who": [PARTIES],
        "due": due,
        "dtstart": dtstart,
        "rrule": rule,
        "continues": True,
        "occurrences": occurrences,
        "rule_basis": rule_basis,
        "urls": urls,
        "checked": checked,
    }


DEADLINES: list[DeadlineRecord] = [
    # ================================================================================ Basel
    {
        "key": "basel-national-report",
        "title": "Basel Convention: annual national report on the previous calendar year",
        "kind": NATIONAL_REPORT,
        "instrument": "basel",
        "body": "bc-cop",
        "mandate": "Basel Convention, Article 13",
        "paragraph": "3",
        "basis": "",
        "who": [PARTIES],
        "due": "A report on the previous calendar year with the information listed in Article 13(3)(a) to (i) "
        "(the questionnaire on transmission of information), transmitted through the Secretariat.",
        "dtstart": date(2011, 12, 31),
        "rrule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
        "continues": True,
        "occurrences": [(date(2011, 12, 31), ""), (date(2013, 12, 31), "")],
        "rule_basis": "The Convention sets the rule itself (Article 13(3): before the end of each calendar year, a "
        "report on the previous calendar year), so the series has no end. The tenth meeting's decision on "
        "national reporting asked for the reports on 2010 before the end of 2011 (its symbol is not shown in "
        "the InforMEA text we read); IISD reported in November 2013 that national reports were due by 31 December "
        "2013. The series starts at the earliest day a source confirms.",
        "urls": [_BASEL_NR, _BASEL_NR_ARCHIVE, _BASEL_COP10_NR, _BASEL_2013_NEWS],
        "checked": "basel.int and archive.basel.int national reporting pages; InforMEA text of the COP-10 decision "
        '(paragraphs 1-2); IISD chemicals-l, 7 November 2013 ("National reports must be submitted through Basel '
        'Convention focal points by 31 December 2013")',
    },
    # ================================================================================ Stockholm
    {
        "key": "stockholm-national-report",
        "title": "Stockholm Convention: national report pursuant to Article 15 (every four years)",
        "kind": NATIONAL_REPORT,
        "instrument": "stockholm",
        "body": "sc-cop",
        "mandate": "SC-1/22",
        "paragraph": "",
        "basis": "Stockholm Convention, Article 15",
        "who": [PARTIES],
        "due": "The national report on the measures taken to implement the Convention and their effectiveness, "
        "through the electronic reporting system, submitted by the Party's Official Contact Point, for the "
        "meeting of the Conference of the Parties held the following year.",
        "dtstart": date(2014, 8, 31),
        "rrule": "FREQ=YEARLY;INTERVAL=4;BYMONTH=8;BYMONTHDAY=31;UNTIL=20260831",
        "continues": True,
        "occurrences": [
            (date(2014, 8, 31), "SC-5/16"),
            (date(2018, 8, 31), "SC-8/17"),
            (date(2022, 8, 31), "SC-9/16"),
            (date(2026, 8, 31), "SC-12/19"),
        ],
        "rule_basis": _SC_RULE,
        "urls": [_POPS_NR, _POPS_MANDATE, _SC_1_22, _POPS_SC_5_16],
        "checked": "pops.int National Reports (sixth report due 31 August 2026, SC-12/19; fifth due 31 August 2022, "
        "SC-9/16; fourth due 31 August 2018, SC-8/17; periodicity SC-1/22); InforMEA text citing SC-5/16 for "
        "the third reports by 31 August 2014",
    },
    _stockholm_round(
        "stockholm-first-national-report",
        "first national report",
        "SC-1/22",
        "The first report pursuant to Article 15, for the third meeting of the Conference of the Parties (2007).",
        date(2006, 12, 31),
        "Set once by SC-1/22; extended by SC-3/18 (next record).",
        [_SC_1_22, _POPS_NR_OLD],
        "InforMEA text of SC-1/22; pops.int Reporting Status page (first round)",
    ),
    _stockholm_round(
        "stockholm-first-national-report-extended",
        "first national report (extended deadline)",
        "SC-3/18",
        "The first report pursuant to Article 15, for Parties that had not reported by 31 December 2006.",
        date(2007, 7, 31),
        '"The deadline for this reporting round was 31 December 2006, which was extended to 31 July 2007 by the '
        'Conference of the Parties through decision SC-3/18."',
        [_POPS_NR_OLD],
        "pops.int Reporting Status page (first round)",
    ),
    _stockholm_round(
        "stockholm-second-national-report",
        "second national report",
        "SC-4/30",
        "The second report pursuant to Article 15.",
        date(2010, 10, 31),
        "Set once by SC-4/30; extended by SC-5/16 (next record).",
        [_POPS_NR_OLD],
        'pops.int Reporting Status page ("By decision SC-4/30, the Conference of the Parties invited Parties to '
        'submit their second report no later than 31 October 2010")',
    ),
    _stockholm_round(
        "stockholm-second-national-report-extended",
        "second national report (extended deadline)",
        "SC-5/16",
        "The second report pursuant to Article 15, for Parties that had not reported by 31 October 2010.",
        date(2011, 7, 31),
        '"By decision SC-5/16, the deadline was extended to 31 July 2011."',
        [_POPS_NR_OLD],
        "pops.int Reporting Status page (second round)",
    ),
    {
        "key": "stockholm-sc-9-3-working-group-nominations",
        "title": "Stockholm Convention: nominations to the small intersessional working group on PCBs",
        "kind": NOMINATION,
        "instrument": "stockholm",
        "body": "sc-cop",
        "mandate": "SC-9/3",
        "paragraph": "6",
        "basis": "",
        "who": [],
        "due": "Nomination of experts to participate in the small intersessional working group established in "
        "paragraph 6 of decision SC-9/3.",
        "dtstart": date(2020, 4, 30),
        "rrule": "",
        "continues": False,
        "occurrences": [(date(2020, 4, 30), "")],
        "rule_basis": "A single day, set in the Secretariat's call for information after the ninth meeting; the row "
        "does not say who nominates.",
        "urls": [_POPS_COP9_FOLLOWUP],
        "checked": 'pops.int "Follow-up to COP9" table, section 3 (Polychlorinated biphenyls), item c',
    },
    # ================================================================================ Minamata
    _minamata_report(
        "minamata-short-national-report",
        "short national report (the four questions marked by an asterisk)",
        "A report on the four questions marked by an asterisk in the full reporting format, submitted by the "
        "National Focal Point through the online reporting tool.",
        date(2019, 12, 31),
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=12;BYMONTHDAY=31;UNTIL=20231231",
        [(date(2019, 12, 31), "MC-1/8"), (date(2023, 12, 31), "")],
        "MC-1/8: every two years on the four asterisked questions, every four years the full report. The short "
        "reports fall in the years without a full report: 31 December 2019 (set by MC-1/8) and 31 December 2023 "
        "(the second short report, for 1 January 2021 to 31 December 2022, as the Secretariat states). The series "
        "ends at the last day confirmed.",
        [_MC_REPORTING, _MC_SHORT_2019, _MC_SHORT_2023],
        "archive.mercuryconvention.org reporting pages (deadline for the first biennial short report: 31 December "
        '2019); minamataconvention.org "deuxièmes rapports nationaux succincts" (due by 31 December 2023)',
    ),
    _minamata_report(
        "minamata-full-national-report",
        "full national report",
        "The full national report pursuant to Article 21 (the first covers 16 August 2017 to 31 December 2020), "
        "submitted by the National Focal Point through the online reporting tool.",
        date(2021, 12, 31),
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=12;BYMONTHDAY=31;UNTIL=20211231",
        [(date(2021, 12, 31), "MC-1/8")],
        "MC-1/8: a full report every four years, the first by 31 December 2021. We did not find the day of the "
        "second full report (2025 by the four-year rule), so the series ends at the first.",
        [_MC_REPORTING, _MC_REPORTING_NEW, _MC_FULL_2021],
        "archive.mercuryconvention.org and mercuryconvention.org reporting pages; news of 1 December 2021 "
        "(reporting period from 16 August 2017 to 31 December 2020)",
    ),
    {
        "key": "minamata-reporting-guidance-comments",
        "title": "Minamata Convention: comments on the draft guidance for completing the national reporting format",
        "kind": COMMENTS,
        "instrument": "minamata",
        "body": "mc-cop",
        "mandate": "MC-3/13",
        "paragraph": "",
        "basis": "",
        "who": [PARTIES, STAKEHOLDERS],
        "due": "Comments on the first version of the draft guidance, on the Secretariat's comment template.",
        "dtstart": date(2021, 6, 28),
        "rrule": "",
        "continues": False,
        "occurrences": [(date(2021, 6, 28), "")],
        "rule_basis": "MC-3/13 asked the Secretariat to seek comments; the Secretariat set the day.",
        "urls": [_MC_GUIDANCE_COMMENTS],
        "checked": 'minamataconvention.org news of 20 May 2021 ("Parties and stakeholders may submit comments ... by '
        '28 June 2021")',
    },
]

STANDING_RULES: list[StandingRuleRecord] = [
    {
        "key": "rotterdam-import-response",
        "title": "Rotterdam Convention: import response for a chemical listed in Annex III",
        "instrument": "rotterdam",
        "body": "rc-cop",
        "mandate": "Rotterdam Convention, Article 10",
        "paragraph": "",
        "who": [PARTIES],
        "due": "An import response (final or interim) concerning the future import of the chemical.",
        "rule": "As soon as possible and in any event no later than nine months after the date of dispatch of the "
        "decision guidance document.",
        "urls": [_PIC_IMPORT],
        "checked": 'archive.pic.int "Import responses"',
    },
    {
        "key": "rotterdam-pic-circular",
        "title": "Rotterdam Convention: PIC Circular",
        "instrument": "rotterdam",
        "body": "rc-cop",
        "mandate": "Rotterdam Convention, Article 10",
        "paragraph": "10",
        "who": [SECRETARIAT],
        "due": "The PIC Circular: the import responses received and the other information the Secretariat "
        "circulates to Parties through their designated national authorities.",
        "rule": "Every six months, in June and December.",
        "urls": [_PIC_CIRCULAR_NEWS, _PIC_IMPORT, _PIC_CIRCULAR_45],
        "checked": 'IISD news, June 2011 ("The PIC Circular is published every six months, in June and December"); '
        'archive.pic.int ("published each June and December in the PIC Circular"); contents of PIC Circular XLV '
        '("paragraph 10 of Article 10")',
    },
]

#: What we looked for and could not confirm, so left out (each line says why).
LEFT_OUT: list[str] = [
    "The symbol of the Basel COP-10 decision on national reporting (InforMEA 'national-reporting-2'): not shown "
    "in the text we read; the decision is cited by address only.",
    "Minamata second full national report (2025 by MC-1/8's four-year rule): no source with its day found.",
    "Follow-up calls for information of the 2025 COPs (Stockholm: PFOA exemption reports and information by 1 "
    "December 2025, DDT register notifications by 31 December 2025; Basel: information on the prior informed "
    "consent procedure by 30 September 2025): the days are stated, but not the decision and paragraph that ask "
    "for them.",
    "Rotterdam deadlines with a fixed calendar day: none found; its deadlines run from events of each case "
    "(STANDING_RULES).",
    "Stockholm DDT reporting (Annex B) and Basel strategic-framework submissions: no fixed recurring day found.",
]
