"""Operative paragraphs ("components") of cross-cutting mandates, quoted from the texts we could read.

The source document asks for the "identification of relevant UNEA decision components which are common to
the two groups". Each record here is one operative paragraph of a mandate: its number as printed, its exact
text, whom it asks, which organizations of the cluster it concerns and where the text was read. A model can
load ``MANDATES`` (mandates not yet in ``source_table.MANDATES``) and then ``COMPONENTS`` as the mandate's
paragraphs; ``COMPONENTS[i]["mandate"]`` is a ``Mandate.reference`` from either list.

Sources (all read with the team's search tool over stored public pages, checked 2026-12-04):

- A/RES/66/288 ("The future we want"), annex paragraphs 214-217: the General Assembly's text as mirrored
  page by page (page 42 of the resolution, headed "A/RES/66/288").
- BC-13/9 (Committee Administering the Mechanism for Promoting Implementation and Compliance): InforMEA's
  full text; basel.int's Committee documents (UNEP/CHW/CC.13/3 and CC.13/4) name the decision BC-13/9.
- GC SS.XII/5: the ECOLEX record (from InforMEA), already a mandate of the register.
- ICCM resolution V/3 (Financial considerations): chemicalsframework.org's page of the resolution.
- SC-1/22 (reporting pursuant to Article 15, timing and format): InforMEA's full text; pops.int names the
  decision SC-1/22.

Rules followed:

- ``text`` is the paragraph exactly as printed, without the leading number and without footnote markers;
  footnotes are kept in ``footnotes`` in the order of their markers. A paragraph cut off in the text we
  could read is left out, never completed.
- ``number`` is the paragraph number as printed; ``""`` where the text we read prints none (SC-1/22 on
  InforMEA), in which case ``order`` is the position as printed and nothing more is claimed.
- ``addressees``: whom the paragraph asks or addresses (the constants below); empty where it only notes,
  welcomes or decides without asking anyone.
- ``organizations``: acronyms of the demo/register organizations the paragraph concerns by its words (a
  secretariat it asks, an organization it names); ``activities``: register activity keys
  (``source_table.AREAS``) whose wording the paragraph matches directly. Both are our reading, and kept
  to what the words say.

Not confirmed, so left out (see ``LEFT_OUT``): the operative paragraphs of UNEA resolution 1/5 ("Chemicals
and waste", 27 June 2014), the resolution the source document names. We found its compilation
(K1402364, "Resolutions and decisions adopted by the United Nations Environment Assembly ... at its first
session on 27 June 2014", contents: 1/5 Chemicals and waste, page 11) but no page that lets us read the
paragraphs of 1/5 themselves; secondary pages only summarise it (section II adopted the terms of reference
of the Special Programme). No UNEA 1/5 paragraph is quoted until a source gives its text.
"""

from __future__ import annotations

from datetime import date
from typing import NotRequired, TypedDict

from synergies.register.data.source_table import BRS, CHEM, SAICM

PARTIES = "parties"
MEMBER_STATES = "member_states"
GOVERNMENTS = "governments"
COUNTRIES = "countries"
EXECUTIVE_DIRECTOR = "executive_director"
SECRETARIAT = "secretariat"
COMMITTEE = "committee"
IOMC_ORGANIZATIONS = "iomc_participating_organizations"
PRIVATE_SECTOR = "private_sector"
STAKEHOLDERS = "stakeholders"
CONVENTIONS = "conventions"

#: Every value ``addressees`` may hold.
ADDRESSEES = (
    PARTIES,
    MEMBER_STATES,
    GOVERNMENTS,
    COUNTRIES,
    EXECUTIVE_DIRECTOR,
    SECRETARIAT,
    COMMITTEE,
    IOMC_ORGANIZATIONS,
    PRIVATE_SECTOR,
    STAKEHOLDERS,
    CONVENTIONS,
)

UNEP = "UNEP"
IOMC = "IOMC"


class MandateRecord(TypedDict):
    """A mandate in the shape of ``source_table.MANDATES`` (``Mandate`` fields, ``checked`` not loaded)."""

    reference: str  # Mandate.reference, unique across source_table, components and deadlines
    kind: str  # Mandate.Kind value
    body: str  # directory vocabulary BODIES code, "" when the body is not in the vocabulary
    instruments: list[str]
    title: str  # as the source titles it; "" when we did not read the title
    date: date | None  # only where the source of the check gives the day
    meeting_text: str
    url: str
    excerpt: str
    checked: str


class ComponentRecord(TypedDict):
    mandate: str  # a MandateRecord / source_table reference
    number: str  # paragraph number as printed, "" when the text we read prints none
    order: int  # position among the mandate's operative paragraphs as printed (1-based)
    text: str  # exact text, without number and footnote markers
    action: str  # the operative verb(s) as printed ("Requests", "Takes note ... and welcomes")
    addressees: list[str]  # values of ADDRESSEES
    organizations: list[str]  # organization acronyms (demo / register)
    instruments: list[str]  # directory vocabulary INSTRUMENTS codes
    url: str  # where the text was read
    checked: str  # what was read; not loaded
    section: NotRequired[str]  # the heading the paragraph stands under, as printed
    footnotes: NotRequired[list[str]]  # footnote texts as printed, in marker order; "" when not shown
    activities: NotRequired[list[str]]  # register activity keys the wording matches


_FUTURE_WE_WANT_URL = "https://adattar.minorityforum.info/en/entity/z6nsb9ibrt/metadata?page=42"
_BC_13_9_URL = (
    "https://informea.org/en/decision/committee-administering-mechanism-promoting-implementation-and-compliance"
)
_SS_XII_5_URL = (
    "https://www.ecolex.org/details/decision/enhancing-cooperation-and-coordination-within-the-chemicals-and-wastes-"
    "cluster-5be1b2da-9b94-45dd-9a84-f4eda22a5225/"
)
_V3_URL = "https://www.chemicalsframework.org/page/resolution-v3-financial-considerations"
_SC_1_22_URL = "https://informea.org/en/decision/party-reporting-timing-and-format?page=0%2C0"

#: Mandates whose paragraphs are quoted here and that ``source_table.MANDATES`` does not hold yet.
MANDATES: list[MandateRecord] = [
    {
        "reference": "A/RES/66/288",
        "kind": "resolution",
        "body": "",
        "instruments": ["basel", "rotterdam", "stockholm", "saicm"],
        "title": "The future we want",
        "date": None,
        "meeting_text": "General Assembly, sixty-sixth session (outcome of the United Nations Conference on "
        "Sustainable Development, Rio de Janeiro, June 2012)",
        "url": _FUTURE_WE_WANT_URL,
        "excerpt": "Annex paragraphs on chemicals and waste (214-217 read); paragraph 216 commends the increased "
        "coordination and cooperation among the Basel, Rotterdam and Stockholm conventions and encourages "
        "continued cooperation among them and with SAICM.",
        "checked": 'Page 42 of the resolution (headed "A/RES/66/288"), paragraphs 214-218, mirrored by '
        "adattar.minorityforum.info; the date of adoption was not on the page we read.",
    },
    {
        "reference": "BC-13/9",
        "kind": "decision",
        "body": "bc-cop",
        "instruments": ["basel"],
        "title": "Committee Administering the Mechanism for Promoting Implementation and Compliance",
        "date": None,
        "meeting_text": "Thirteenth meeting of the Conference of the Parties to the Basel Convention",
        "url": _BC_13_9_URL,
        "excerpt": "Welcomes the Committee's work, refers Parties to the implementation fund and to the UNEP special "
        "programme on institutional strengthening (UNEA resolution 1/5, section II), and adopted the "
        "Committee's work programme for 2018-2019.",
        "checked": "InforMEA full text (paragraphs 1-4 read whole); basel.int Committee documents "
        'UNEP/CHW/CC.13/3 and UNEP/CHW/CC.13/4 ("By its decision BC-13/9, the Conference of the Parties at '
        'its thirteenth meeting adopted the work programme for the biennium 2018-2019 of the Committee")',
    },
    {
        "reference": "ICCM resolution V/3",
        "kind": "resolution",
        "body": "iccm",
        "instruments": ["saicm"],
        "title": "Financial considerations",
        "date": None,
        "meeting_text": "Fifth session of the International Conference on Chemicals Management, Bonn, 25-29 "
        "September 2023",
        "url": _V3_URL,
        "excerpt": "Asks the secretariat, with the IOMC, to assess financial flows and needs for the Global Framework "
        "on Chemicals, and invites IOMC participating organizations to update the costs of inaction report.",
        "checked": "chemicalsframework.org page of resolution V/3 (paragraphs 1-4 read whole); unep.org list of "
        "the Conference's resolutions (Bonn, 25 to 29 September 2023)",
    },
    {
        "reference": "SC-1/22",
        "kind": "decision",
        "body": "sc-cop",
        "instruments": ["stockholm"],
        "title": "Party reporting: timing and format",
        "date": None,
        "meeting_text": "First meeting of the Conference of the Parties to the Stockholm Convention",
        "url": _SC_1_22_URL,
        "excerpt": "First national reports under Article 15 by 31 December 2006; subsequent reports every four years "
        "thereafter, for the meeting of the Conference of the Parties held the following year.",
        "checked": 'InforMEA full text (title from its address); pops.int national reports page ("The periodicity '
        "of the national reporting is every four years and in accordance with a format as established by the COP "
        'at its first meeting (decision SC-1/22)")',
    },
]


class _Extra(TypedDict, total=False):
    section: str
    footnotes: list[str]
    activities: list[str]
    checked: str  # instead of the mandate's ``checked``


#: (number, text, action, addressees, organizations, instruments, extra keys)
_Row = tuple[str, str, str, list[str], list[str], list[str], _Extra]


def _paragraphs(mandate: str, url: str, checked: str, rows: list[_Row]) -> list[ComponentRecord]:
    """The mandate's paragraphs in printed order, each read at ``url``."""
    records: list[ComponentRecord] = []
    for order, (number, text, action, addressees, organizations, instruments, extra) in enumerate(rows, start=1):
        record: ComponentRecord = {
            "mandate": mandate,
            "number": number,
            "order": order,
            "text": text,
            "action": action,
            "addressees": addressees,
            "organizations": organizations,
            "instruments": instruments,
            "url": url,
            "checked": extra.get("checked", checked),
        }
        if "section" in extra:
            record["section"] = extra["section"]
        if "footnotes" in extra:
            record["footnotes"] = extra["footnotes"]
        if "activities" in extra:
            record["activities"] = extra["activities"]
        records.append(record)
    return records


_SPECIAL_PROGRAMME_NOTE = (
    "Special programme to support institutional strengthening at the national level for implementation of the "
    "Basel, Rotterdam and Stockholm conventions, the Minamata Convention and the Strategic Approach to "
    "International Chemicals Management."
)
_UNEA_1_5_NOTE = (
    "See resolution 1/5 of the United Nations Environment Assembly of the United Nations Environment Programme, "
    "section II, on an integrated approach to the financing of the sound management of chemicals and waste."
)
_BC_PARAGRAPH_3 = (
    'InforMEA full text of BC-13/9 (footnotes: the special programme; "See resolution 1/5 ..., section II"). The '
    "Special Programme's secretariat is hosted within UNEP's Chemicals Branch (unenvironment.org page \"Why does "
    'the Special Programme matter?")'
)
_FWW = "A/RES/66/288 page 42 (annex paragraphs 214-217 read whole)"
_BC = "InforMEA full text of BC-13/9"
_V3 = "chemicalsframework.org page of resolution V/3"
_SC = "InforMEA full text of SC-1/22 (no paragraph numbers printed)"

COMPONENTS: list[ComponentRecord] = [
    *_paragraphs(
        "A/RES/66/288",
        _FUTURE_WE_WANT_URL,
        _FWW,
        [
            (
                "214",
                (
                    "We call for the effective implementation and strengthening of the Strategic Approach to "
                    "International Chemicals Management as part of a robust, coherent, effective and efficient system for "
                    "the sound management of chemicals throughout their life cycle, including to respond to emerging "
                    "challenges."
                ),
                "call for",
                [],
                [SAICM],
                ["saicm"],
                {"footnotes": [""]},
            ),
            (
                "215",
                (
                    "We are deeply concerned that many countries, in particular the least developed countries, lack the "
                    "capacity for sound management of chemicals and waste throughout their life cycles. Additional "
                    "efforts are needed to enhance work towards strengthening capacities, including through partnerships, "
                    "technical assistance and improved governance structures. We encourage countries and organizations "
                    "which have made progress towards achieving the goal of sound management of chemicals by 2020 to "
                    "assist other countries by sharing knowledge, experience and best practices."
                ),
                "are deeply concerned ... encourage",
                [COUNTRIES],
                [],
                [],
                {},
            ),
            (
                "216",
                (
                    "We commend the increased coordination and cooperation among chemical and waste conventions, namely "
                    "the Basel Convention, the Rotterdam Convention and the Stockholm Convention, and encourage continued "
                    "enhanced coordination and cooperation among them and with the Strategic Approach to International "
                    "Chemicals Management. We take note of the important role of the regional and coordinating centres of "
                    "the Basel Convention and of those of the Stockholm Convention."
                ),
                "commend ... encourage ... take note",
                [CONVENTIONS],
                [BRS, SAICM],
                ["basel", "rotterdam", "stockholm", "saicm"],
                {},
            ),
            (
                "217",
                (
                    "We commend existing public-private partnerships, and call for continued, new and innovative "
                    "public-private partnerships among industry, governments, academia and other non-governmental "
                    "stakeholders, aiming to enhance capacity and technology for environmentally sound chemicals and "
                    "waste management, including for waste prevention."
                ),
                "commend ... call for",
                [PRIVATE_SECTOR, GOVERNMENTS, STAKEHOLDERS],
                [],
                [],
                {},
            ),
        ],
    ),
    *_paragraphs(
        "BC-13/9",
        _BC_13_9_URL,
        _BC,
        [
            (
                "1",
                (
                    "Takes note of the note by the Secretariat on the work of the Committee Administering the Mechanism "
                    "for Promoting Implementation and Compliance and the recommendations made therein and welcomes the "
                    "work undertaken by the Committee since the twelfth meeting of the Conference of the Parties;"
                ),
                "Takes note ... and welcomes",
                [],
                [BRS],
                ["basel"],
                {"footnotes": ["UNEP/CHW.13/9."]},
            ),
            (
                "2",
                (
                    "Encourages Parties concerned by a submission covered by the decisions adopted by the Committee at "
                    "its twelfth meeting to cooperate with the Committee with a view to resolving the matter of concern;"
                ),
                "Encourages",
                [PARTIES],
                [],
                ["basel"],
                {"section": "I - Specific submissions regarding Party implementation and compliance"},
            ),
            (
                "3",
                (
                    "Encourages the Committee, in the framework of specific submissions regarding Party implementation "
                    "and compliance, to continue to inform the relevant Parties about possible means of assistance from "
                    "the implementation fund and from other sources, such as the United Nations Environment Programme "
                    "special programme on institutional strengthening, in accordance with the integrated approach to "
                    "financing the sound management of chemicals and waste;"
                ),
                "Encourages",
                [COMMITTEE],
                [CHEM],
                ["basel", "unea"],
                {
                    "section": "I - Specific submissions regarding Party implementation and compliance",
                    "footnotes": [_SPECIAL_PROGRAMME_NOTE, _UNEA_1_5_NOTE],
                    "activities": ["financing-special-programme-task-team"],
                    "checked": _BC_PARAGRAPH_3,
                },
            ),
            (
                "4",
                "Takes note of the report on the review of the operation of the implementation fund;",
                "Takes note",
                [],
                [],
                ["basel"],
                {
                    "section": "I - Specific submissions regarding Party implementation and compliance",
                    "footnotes": ["UNEP/CHW.13/INF/25, annex."],
                },
            ),
        ],
    ),
    *_paragraphs(
        "GC SS.XII/5",
        _SS_XII_5_URL,
        (
            "ECOLEX record of SS.XII/5 (paragraph 1 read whole; paragraph 2 is cut off in the text we read and is "
            "left out)"
        ),
        [
            (
                "1",
                (
                    "Notes the progress made and the activities carried out to date by the Executive Director in the "
                    "implementation of decision 26/12;"
                ),
                "Notes",
                [EXECUTIVE_DIRECTOR],
                [UNEP],
                ["unea"],
                {},
            ),
        ],
    ),
    *_paragraphs(
        "ICCM resolution V/3",
        _V3_URL,
        _V3,
        [
            (
                "1",
                (
                    "Welcomes the prompt launching of the implementation of the Global Framework on Chemicals – For a "
                    "Planet Free of Harm from Chemicals and Waste;"
                ),
                "Welcomes",
                [],
                [SAICM],
                ["saicm"],
                {},
            ),
            (
                "2",
                (
                    "Requests the secretariat, in collaboration with the Inter-Organization Programme for the Sound "
                    "Management of Chemicals and all relevant stakeholders, to assess the existing financial and "
                    "investment flows as well as financial needs associated with the implementation of the Global "
                    "Framework on Chemicals – For a Planet Free of Harm from Chemicals and Waste, including information "
                    "on domestic accounting. This assessment could inform stakeholders’ discussions at the next session "
                    "of the Conference;"
                ),
                "Requests",
                [SECRETARIAT],
                [SAICM, IOMC],
                ["saicm"],
                {},
            ),
            (
                "3",
                (
                    "Welcomes the financial and non-financial contributions of the private sector, including and beyond "
                    "the chemical industry, to the sound management of chemicals and waste to date and encourages their "
                    "commitment to achieving the objectives of the Global Framework on Chemicals – For a Planet Free of "
                    "Harm from Chemicals and Waste;"
                ),
                "Welcomes ... and encourages",
                [PRIVATE_SECTOR],
                [],
                ["saicm"],
                {},
            ),
            (
                "4",
                (
                    "Invites relevant participating organizations of the Inter-Organization Programme for the Sound "
                    "Management of Chemicals to update the existing costs of inaction report, taking into account "
                    "quality-assured new research and the latest information relating to economic and social costs of "
                    "unsound management of chemicals and waste at the national, regional and international levels;"
                ),
                "Invites",
                [IOMC_ORGANIZATIONS],
                [IOMC],
                ["saicm"],
                {
                    "footnotes": [""],
                    "activities": ["cluster-costs-of-inaction"],
                    "checked": "chemicalsframework.org page of resolution V/3 (the text of footnote [1] was not shown)",
                },
            ),
        ],
    ),
    *_paragraphs(
        "SC-1/22",
        _SC_1_22_URL,
        _SC,
        [
            (
                "",
                (
                    "Decides that in accordance with Article 15 of the Convention, each Party shall submit its first "
                    "report by 31 December 2006 for consideration by the Conference of the Parties at its third meeting, "
                    "in 2007;"
                ),
                "Decides",
                [PARTIES],
                [],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Decides that each Party shall submit its subsequent report every four years thereafter, for "
                    "consideration during the meeting of the Conference of the Parties to be held the following year;"
                ),
                "Decides",
                [PARTIES],
                [],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Adopts the revised format for reporting pursuant to Article 15 set forth in the annex to the present "
                    "decision;"
                ),
                "Adopts",
                [],
                [],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Requests the Secretariat to make available to Parties the above-mentioned format for reporting, both "
                    "in electronic and hard copies;"
                ),
                "Requests",
                [SECRETARIAT],
                [BRS],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Encourages each Party, when submitting its report pursuant to Article 15, to provide the Secretariat "
                    "with an electronic version of its report;"
                ),
                "Encourages",
                [PARTIES],
                [BRS],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Requests the Secretariat to prepare a cost estimate for developing an electronic system for "
                    "reporting pursuant to Article 15 of the Convention for consideration by the Conference of the "
                    "Parties at its second meeting;"
                ),
                "Requests",
                [SECRETARIAT],
                [BRS],
                ["stockholm"],
                {},
            ),
            (
                "",
                (
                    "Requests the Secretariat to develop a draft format for reporting on PCBs under the Convention, for "
                    "consideration by the Conference of the Parties at its second meeting."
                ),
                "Requests",
                [SECRETARIAT],
                [BRS],
                ["stockholm"],
                {"activities": ["pcbs-elimination-overview-report"]},
            ),
        ],
    ),
]

#: What we looked for and could not confirm, so left out (each line says why).
LEFT_OUT: list[str] = [
    "UNEA resolution 1/5 (Chemicals and waste, 27 June 2014): no page we could read gives the text of its "
    "paragraphs; the compilation K1402364 was found only by its contents page. No paragraph is quoted.",
    "GC SS.XII/5 paragraph 2 onwards: cut off in the ECOLEX text we read.",
    "BC-13/9 paragraph 5 onwards: cut off in the InforMEA text we read.",
    "ICCM resolution V/3 paragraph 5 onwards (section on the Global Environment Facility): cut off.",
    "The 2015 BRS decisions on international cooperation and coordination and on the integrated approach to "
    "financing (InforMEA pages read, COP-12/COP-7 documents cited in their footnotes): their symbols were not "
    "shown in what we read, so they are not recorded.",
    "The date of adoption of A/RES/66/288, BC-13/9, ICCM resolution V/3 and SC-1/22: not on the pages we read.",
]
