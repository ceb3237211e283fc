"""The task force's table, written from the source document (docs/register.md says how it was read).

"Cooperation and coordination between the Secretariat of the Basel, Rotterdam and Stockholm
conventions and UNEP's Chemicals Branch" — its table "Areas of ongoing or potential cooperation and
coordination", the (*) marks ("May have resource implications (financial/ staffing implications)"),
the collaborative actions and the mandates it names or points to.

How the text was read (each choice is also recorded in docs/decisions/0101-reading-the-source-table.md):

- ``text`` is the activity as the document words it (typos such as "the two group" kept); the
  table's operational part reached us as one run-on paragraph, split here at its row labels.
- ``status``: the table's column is "Ongoing/potential activities" and gives no status per row,
  except "(not yet started)". We read it from the wording: a description of what happens
  ("Participation of ...", "Collaboration ...", "Administration ...") is *ongoing*; an opportunity,
  a proposal, "could", "possible", "exploration", "identification of opportunities" is *potential*;
  a dated future event in the document's time (late 2014) is *planned*. Nothing is *completed* in
  the text; the completed UNEA-1 side event is a success story.
- ``resource_implications``: the (*) marks two areas ("Regional delivery (*)", "Information
  resources (*)") and the "Periodic list" row; an area's mark applies to each of its activities.
- ``level``: the cooperation ladder (``Activity.Level``, 1-8) as the wording implies it: sharing
  information 1, inviting to meetings 2, participating in the other's process 3, opportunities to
  explore 4, joint work 5, credit and acknowledgement 6, funds and co-financing 7, joint approaches
  to partners 8.
- ``leads``/``partners``: organizations named in the text, by acronym (``ORGANIZATIONS``). "X
  administered/coordinated by UNEP Chemicals" makes UNEP Chemicals the lead; "Cooperation between A
  and B" makes both lead. Networks and partnerships that are not organizations go to ``other``.
- The row "Administration of some funds by the BRS Secretariat for the PEN ..." sits, in the text we
  have, at the top of the "Technical and scientific matters" cell, right after the PCBs row broke
  across a page; it is about the PCB Elimination Network, so it is kept under PCBs.
- The "Additional proposed collaborative actions" after the technical-assistance row, and the
  "Proposed collaborative actions" under regional delivery, are listed activities of those areas
  (status *potential*).
"""

from __future__ import annotations

from datetime import date
from typing import Any

BRS = "BRS"
CHEM = "UNEP-CHEM"
MINAMATA = "MINAMATA"
SAICM = "SAICM"
IETC = "UNEP-IETC"
DELC = "UNEP-DELC"

#: Organizations the register names: (acronym, name, kind). The loader creates those missing; the
#: demo data set uses the same acronyms.
ORGANIZATIONS: list[tuple[str, str, str]] = [
    (BRS, "Secretariat of the Basel, Rotterdam and Stockholm conventions", "secretariat"),
    (CHEM, "UNEP Chemicals Branch (Division of Technology, Industry and Economics)", "unep"),
    (MINAMATA, "Secretariat of the Minamata Convention on Mercury (interim secretariat until 2017)", "secretariat"),
    (SAICM, "Secretariat of the Strategic Approach to International Chemicals Management", "secretariat"),
    (IETC, "UNEP International Environmental Technology Centre", "unep"),
    (DELC, "UNEP Division of Environmental Law and Conventions", "unep"),
    ("WHO", "World Health Organization", "un_agency"),
    ("FAO", "Food and Agriculture Organization of the United Nations", "un_agency"),
    ("GEF", "Global Environment Facility", "financial"),
    ("IOMC", "Inter-Organization Programme for the Sound Management of Chemicals", "partnership"),
]

PROGRAMMATIC = "programmatic"
OPERATIONAL = "operational"

ONGOING, POTENTIAL, PLANNED, NOT_STARTED = "ongoing", "potential", "planned", "not_started"

# Cooperation ladder (Activity.Level)
INFORM, ATTEND, PARTICIPATE, BRAINSTORM, JOINT, CREDIT, RESOURCES, PARTNERS = range(1, 9)


def _a(
    key: str,
    short_title: str,
    text: str,
    status: str,
    level: int,
    leads: list[str],
    partners: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "key": key,
        "short_title": short_title,
        "text": text,
        "status": status,
        "level": level,
        "leads": leads,
        "partners": partners or [],
        **extra,
    }


AREAS: list[dict[str, Any]] = [
    # ----------------------------------------------------------------------- programmatic areas
    {
        "slug": "chemicals-wastes-cluster",
        "short": "Chemicals and wastes cluster",
        "kind": PROGRAMMATIC,
        "name": "Enhancing cooperation and coordination in the chemical and wastes cluster",
        "instruments": ["basel", "rotterdam", "stockholm", "minamata", "saicm", "unea"],
        "topics": ["synergies"],
        "activities": [
            _a(
                "cluster-reporting-cooperation",
                "Acknowledging and reporting cooperation in meeting documents",
                "The encouragement, acknowledgement and reporting of cooperation between the two group in relevant "
                "meeting documents.",
                POTENTIAL,
                CREDIT,
                [BRS, CHEM],
            ),
            _a(
                "cluster-early-planning",
                "Considering cooperation early in planning",
                "The consideration of cooperation early in planning stages of the respective programmes of work.",
                POTENTIAL,
                BRAINSTORM,
                [BRS, CHEM],
            ),
            _a(
                "cluster-sdg-indicators",
                "SDG targets and indicators for chemicals and wastes",
                "Cooperation between the BRS Secretariat and UNEP Chemicals on the development of targets and "
                "indicators to mainstream chemicals and wastes into the SDGs, under IMG group on chemicals and "
                "wastes.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
                other="IMG group on chemicals and wastes",
                topics=["sdgs"],
            ),
            _a(
                "cluster-costs-of-inaction",
                "Follow-up to the Costs of Inaction report",
                "Participation of the BRS Secretariat in follow-up activities (Benefits of action) that may be "
                "initiated on Costs of Inaction on the Sound Management of Chemicals (not yet started).",
                NOT_STARTED,
                PARTICIPATE,
                [CHEM],
                [BRS],
            ),
            _a(
                "cluster-global-chemicals-outlook",
                "Follow-up to the Global Chemicals Outlook",
                "Participation of the BRS Secretariat in follow-up to the Global Chemicals Outlook, coordinated by "
                "UNEP Chemicals.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
            ),
        ],
    },
    {
        "slug": "minamata-convention",
        "kind": PROGRAMMATIC,
        "name": "Minamata Convention",
        "instruments": ["minamata", "basel"],
        "topics": ["mercury"],
        "activities": [
            _a(
                "minamata-subregional-ratification-workshops",
                "Sub-regional workshops on early ratification",
                "Cooperation in the organization of the sub-regional workshops on early ratification of the Minamata "
                "Convention (March-December 2014).",
                ONGOING,
                JOINT,
                [CHEM],
                [BRS],
                period_text="March–December 2014",
                period_start=date(2014, 3, 1),
                period_end=date(2014, 12, 31),
            ),
            _a(
                "minamata-regional-workshops-back-to-back",
                "Regional workshops back-to-back with BRS preparatory meetings",
                "Organization of the regional workshops on the Minamata Convention back-to-back with the BRS regional "
                "preparatory meetings (March-April 2015).",
                PLANNED,
                JOINT,
                [CHEM, BRS],
                period_text="March–April 2015",
                period_start=date(2015, 3, 1),
                period_end=date(2015, 4, 30),
            ),
            _a(
                "minamata-preparatory-webinars",
                "Webinars to prepare the regional workshops",
                "Organization of online meetings/webinars to prepare for the regional workshops on the Minamata "
                "Convention.",
                PLANNED,
                JOINT,
                [CHEM],
                [BRS],
            ),
            _a(
                "minamata-inc6-documents",
                "INC-6 documents prepared in consultation",
                "Preparation of INC-6 documents in consultation with the BRS Secretariat.",
                ONGOING,
                INFORM,
                [CHEM],
                [BRS],
            ),
            _a(
                "minamata-mercury-waste-guidelines-reporting",
                "Reporting to the INCs on the mercury waste guidelines",
                "Reporting of the BRS Secretariat to Mercury INCs on the updating of the Technical Guidelines on "
                "mercury wastes.",
                ONGOING,
                INFORM,
                [BRS],
                [CHEM],
                topics=["hazardous-waste"],
            ),
            _a(
                "minamata-basel-mercury-waste",
                "Mercury waste: Minamata and Basel secretariats",
                "Cooperation between the Minamata and Basel Convention Secretariat on mercury waste issues.",
                ONGOING,
                JOINT,
                [MINAMATA, BRS],
                topics=["hazardous-waste"],
            ),
            _a(
                "minamata-article8-bat-bep-experts",
                "Resource persons for the Article 8 BAT/BEP expert group",
                "Participation of the BRS Secretariat as resource persons in meetings of the Experts Group to "
                "develop guidance on BAT/BEP for controlling emissions, as called for in Article 8 of the Minamata "
                "Convention.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
                topics=["bat-bep"],
            ),
        ],
    },
    {
        "slug": "global-mercury-partnership",
        "short": "Global Mercury Partnership",
        "kind": PROGRAMMATIC,
        "name": "UNEP Global Mercury Partnership",
        "instruments": ["minamata"],
        "topics": ["mercury"],
        "activities": [
            _a(
                "gmp-participation",
                "BRS Secretariat in the Global Mercury Partnership",
                "Participation of the BRS Secretariat in the Global Mercury Partnership administered by UNEP "
                "Chemicals.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
                other="UNEP Global Mercury Partnership",
            ),
            _a(
                "gmp-storage-disposal-sourcebook",
                "Source book on mercury storage and disposal",
                "Cooperation of the BRS Secretariat with UNEP Chemicals to develop a practical source book on mercury "
                "storage and disposal.",
                ONGOING,
                JOINT,
                [CHEM, BRS],
                topics=["hazardous-waste"],
            ),
        ],
    },
    {
        "slug": "saicm",
        "kind": PROGRAMMATIC,
        "name": "SAICM",
        "instruments": ["saicm", "basel"],
        "topics": ["emerging-issues"],
        "activities": [
            _a(
                "saicm-emerging-issues-inputs",
                "BRS inputs to SAICM emerging policy issues",
                "Provision of BRS Secretariat inputs, as appropriate, to relevant emerging issues, such as hazardous "
                "substances within the life-cycle of electrical and electronic products, chemicals in products, "
                "perfluorinated chemicals (PFCs) and the transition to safer alternatives (through the Global PFC "
                "Group).",
                ONGOING,
                PARTICIPATE,
                [SAICM],
                [BRS],
                other="Global PFC Group",
                topics=["e-waste", "pfas", "industrial-chemicals"],
            ),
            _a(
                "saicm-qsp-projects-information",
                "Information on QSP projects relevant to the conventions",
                "Sharing of information on ongoing/approved projects which are relevant to the implementation of the "
                "conventions, for which funding was received under SAICMQSP.",
                ONGOING,
                INFORM,
                [SAICM],
                [BRS],
                topics=["financing"],
            ),
            _a(
                "saicm-oewg2-documents-support",
                "Support to SAICM OEWG2 meeting documents",
                "Support from the BRS Secretariat to SAICM to assist with the delivery of OEWG2, to be held from "
                "14-17 December 2014 in Geneva, in particular, for the management of meeting documents at the "
                "meeting.",
                PLANNED,
                JOINT,
                [SAICM],
                [BRS],
                period_text="14–17 December 2014",
                period_start=date(2014, 12, 14),
                period_end=date(2014, 12, 17),
            ),
            _a(
                "saicm-2020-goal-guidance",
                "Best practices in the 2020 goal guidance",
                "Development of the SAICM orientation and guidance document on the 2020 goal, would provide an "
                "opportunity to highlight collaborative 'best practices' for SAICM stakeholders.",
                POTENTIAL,
                CREDIT,
                [SAICM],
                [BRS],
            ),
            _a(
                "saicm-eee-joint-programming",
                "Joint programming on electrical and electronic products",
                "Enhance joint programming with respect to hazardous substances within the life-cycle of electrical "
                "and electronic products. The Basel Convention has a relevant mandate and SAICM brings the "
                "opportunity for the full life-cycle approach.",
                POTENTIAL,
                BRAINSTORM,
                [SAICM, BRS],
                topics=["e-waste"],
            ),
            _a(
                "saicm-reporting-information-gathering",
                "Reporting and information gathering from parties",
                "There is an opportunity for increased collaboration in the area of reporting and information "
                "gathering from parties.",
                POTENTIAL,
                BRAINSTORM,
                [SAICM, BRS],
                topics=["reporting"],
            ),
        ],
    },
    {
        "slug": "ddt",
        "kind": PROGRAMMATIC,
        "name": "DDT",
        "instruments": ["stockholm"],
        "topics": ["ddt", "pops"],
        "activities": [
            _a(
                "ddt-roadmap-global-alliance",
                "DDT roadmap and Global Alliance",
                "Participation of the BRS Secretariat in the development of the roadmap, and the DDT Global Alliance "
                "administered by UNEP Chemicals.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
                other="Global Alliance for the Development and Deployment of Alternatives to DDT",
            ),
            _a(
                "ddt-funds-administration",
                "Administration of DDT-related funds",
                "Administration by the BRS Secretariat of some DDT-related funds from voluntary contributions for the "
                "Chemicals Branch.",
                ONGOING,
                RESOURCES,
                [BRS],
                [CHEM],
                topics=["financing"],
            ),
        ],
    },
    {
        "slug": "pcbs",
        "kind": PROGRAMMATIC,
        "name": "PCBs",
        "instruments": ["stockholm"],
        "topics": ["pcbs", "pops"],
        "activities": [
            _a(
                "pcbs-pen-collaboration",
                "Collaboration in the PCB Elimination Network",
                "Collaboration of the BRS Secretariat with UNEP Chemicals in the PCB Elimination Network (PEN), "
                "administered by UNEP Chemicals.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
                other="PCB Elimination Network (PEN)",
            ),
            _a(
                "pcbs-elimination-overview-report",
                "Overview report on the status of PCB elimination",
                "Coordination of BRS Secretariat activities to develop the overview report on the status of PCBs "
                "elimination on the basis of the national reports under Article 15 and other relevant information, "
                "in collaboration with UNEP Chemicals and PEN.",
                ONGOING,
                JOINT,
                [BRS],
                [CHEM],
                other="PCB Elimination Network (PEN)",
                topics=["reporting"],
            ),
            _a(
                "pcbs-pen-advisory-committee-meeting",
                "PEN Advisory Committee back-to-back with the BAT&BEP group",
                "Joint organization of a meeting of the PEN Advisory Committee back-to-back with the BAT&BEP on "
                "Persistent Organic Pollutants expert group in November 2014.",
                PLANNED,
                JOINT,
                [CHEM, BRS],
                period_text="November 2014",
                period_start=date(2014, 11, 1),
                period_end=date(2014, 11, 30),
                topics=["bat-bep"],
            ),
            _a(
                "pcbs-cop7-conclusions",
                "Joint conclusions on the PCB report for COP-7",
                "Review of the draft report by the PEN Advisory Committee and develop joint conclusions and "
                "recommendations for COP-7.",
                PLANNED,
                JOINT,
                [CHEM, BRS],
                other="PEN Advisory Committee",
            ),
            _a(
                "pcbs-pen-funds-administration",
                "Administration of PEN funds",
                "Administration of some funds by the BRS Secretariat for the PEN received from voluntary "
                "contributions.",
                ONGOING,
                RESOURCES,
                [BRS],
                [CHEM],
                other="PCB Elimination Network (PEN)",
                topics=["financing"],
            ),
        ],
    },
    {
        "slug": "technical-scientific-matters",
        "kind": PROGRAMMATIC,
        "name": "Technical and scientific matters",
        "instruments": ["basel", "rotterdam", "stockholm", "saicm"],
        "topics": [],
        "activities": [
            _a(
                "technical-scientific-exchange",
                "Exchange of technical and scientific information",
                "Exchange of relevant technical and scientific information between UNEP Chemicals, the BRS "
                "Secretariat, as well as with the Secretariat of SAICM and other relevant intergovernmental bodies, "
                "concerning the procedures developed and the chemicals being discussed under the three conventions.",
                ONGOING,
                INFORM,
                [CHEM, BRS],
                [SAICM],
            ),
        ],
    },
    {
        "slug": "lead-cadmium",
        "kind": PROGRAMMATIC,
        "name": "Lead and cadmium",
        "instruments": ["saicm"],
        "topics": ["lead", "cadmium"],
        "activities": [
            _a(
                "lead-paint-partnership",
                "Global Lead in Paint Partnership",
                "Participation of the BRS Secretariat in the Global Lead in paint Partnership administered by UNEP "
                "Chemicals and future similar initiatives on Lead and Cadmium",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS],
                other="Global Alliance to Eliminate Lead Paint",
            ),
        ],
    },
    {
        "slug": "dioxin-furan-toolkit",
        "short": "Dioxin and furan Toolkit",
        "kind": PROGRAMMATIC,
        "name": "Toolkit for Identification and Quantification of Dioxin and Furan Releases",
        "instruments": ["stockholm"],
        "topics": ["dioxins-furans", "pops"],
        "activities": [
            _a(
                "toolkit-review-update",
                "Reviewing and updating the Toolkit",
                "Joint BRS Secretariat and UNEP Chemicals implementation of the process of reviewing and updating the "
                "Toolkit.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "toolkit-single-expert-group",
                "Toolkit and BAT/BEP under a single expert group",
                "Joint consideration of Toolkit and BAT/BEP issues under a single expert group (during Stockholm INC "
                "and early SC-COPs, these two were separate groups).",
                ONGOING,
                JOINT,
                [BRS, CHEM],
                topics=["bat-bep"],
            ),
            _a(
                "toolkit-inter-cooperation-agreement",
                "Inter-cooperation agreement on the Toolkit",
                "Development of an Inter-cooperation Agreement that defines the collaboration on the toolkit, between "
                "UNEP Chemicals and BRS.",
                POTENTIAL,
                JOINT,
                [CHEM, BRS],
            ),
            _a(
                "toolkit-living-guidance",
                "Toolkit guidance as a living document",
                "Updating of the guidance document for the Toolkit as a living document which is updated as new "
                "information becomes available.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "bat-bep-stockholm",
        "short": "Stockholm BAT and BEP",
        "kind": PROGRAMMATIC,
        "name": "BAT and BEP of the Stockholm Convention",
        "instruments": ["stockholm"],
        "topics": ["bat-bep", "pops"],
        "activities": [
            _a(
                "bat-bep-guidelines-review",
                "UNEP Chemicals in the BAT & BEP guidelines review",
                "Participation of UNEP Chemicals in the Stockholm Convention process on BAT & BEP for the review and "
                "updating of the BAT & BEP guidelines.",
                ONGOING,
                PARTICIPATE,
                [BRS],
                [CHEM],
            ),
        ],
    },
    {
        "slug": "global-monitoring-plan",
        "short": "Global Monitoring Plan",
        "kind": PROGRAMMATIC,
        "name": "Global Monitoring Plan for Effectiveness Evaluation of the Stockholm Convention",
        "instruments": ["stockholm"],
        "topics": ["monitoring", "pops"],
        "activities": [
            _a(
                "gmp-coordination-groups",
                "Global Coordination Group and regional groups of the GMP",
                "Coordination of the Global Coordination Group and the regional groups for the Global Monitoring "
                "Plan on POPs (GMP) by the BRS Secretariat with the participation of UNEP Chemicals as an expert "
                "observer, in addition to the regionally appointed members. The GMP is implemented by UNEP "
                "Chemicals.",
                ONGOING,
                PARTICIPATE,
                [BRS],
                [CHEM],
            ),
            _a(
                "gmp-gef-cofinancing",
                "Co-financing of GEF projects",
                "Provision of substantial co-financing and in-kind contributions to GEF projects by the BRS "
                "Secretariat, which are implemented and executed by the Chemicals Branch.",
                ONGOING,
                RESOURCES,
                [BRS],
                [CHEM, "GEF"],
                topics=["financing"],
            ),
            _a(
                "gmp-gef-steering-committees",
                "Steering committees of regional GEF projects",
                "Participation of the BRS Secretariat in steering committees of regional GEF projects undertaken by "
                "UNEP Chemicals to assist countries to implement the GMP.",
                ONGOING,
                PARTICIPATE,
                [CHEM],
                [BRS, "GEF"],
            ),
            _a(
                "gmp-human-milk-survey",
                "Human Milk Survey with WHO",
                "Collaboration between the BRS Secretariat, UNEP Chemicals and WHO, under a letter of agreement, to "
                "implement the Human Milk Survey.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
                ["WHO"],
                topics=["health"],
            ),
        ],
    },
    {
        "slug": "waste-management",
        "kind": PROGRAMMATIC,
        "name": "Waste Management",
        "instruments": ["basel", "stockholm"],
        "topics": ["hazardous-waste"],
        "activities": [
            _a(
                "waste-outlook-gpwm",
                "Global Waste Outlook and the GPWM",
                "Collaboration with UNEP DTIE IETC and the BRS Secretariat on the development of the Global Wastes "
                "Outlook and the Global Partnership on Waste Management (GPWM).",
                ONGOING,
                JOINT,
                [IETC],
                [BRS],
                other="Global Partnership on Waste Management (GPWM)",
            ),
            _a(
                "waste-upops-guidelines-fact-sheets",
                "Unintentional POPs guidelines and POPs technology fact sheets",
                "Updating of the Technical Guidelines on unintentional POPs by UNEP Chemicals. UNEP Chemicals are "
                "also contributing to the updating of the POPs technology fact sheets, undertaken by the BRS "
                "Secretariat (as contained in the Training Manual for the Destruction and Decontamination "
                "Technologies for PCBs and other POPs Wastes under the Basel Convention).",
                ONGOING,
                JOINT,
                [CHEM, BRS],
                topics=["dioxins-furans", "pcbs"],
            ),
        ],
    },
    {
        "slug": "technical-assistance-financial-resources",
        "kind": PROGRAMMATIC,
        "name": "Technical assistance and financial resources",
        "instruments": ["basel", "rotterdam", "stockholm", "minamata"],
        "topics": ["technical-assistance", "financing"],
        "activities": [
            _a(
                "ta-gef-executing-agency",
                "UNEP Chemicals as GEF executing agency",
                "Interaction of the BRS Secretariat with UNEP Chemicals, as a GEF executing agency, within the "
                "framework of the development/ implementation of its GEF projects.",
                ONGOING,
                INFORM,
                [CHEM],
                [BRS, "GEF"],
            ),
            _a(
                "ta-iomc-provisions",
                "Convention provisions in IOMC technical assistance",
                "Interaction of the BRS Secretariat with UNEP Chemicals, as a participating organization of the IOMC, "
                "to ensure that provisions relevant to the Basel, Rotterdam and Stockholm conventions are taken into "
                "account in its TA activities.",
                ONGOING,
                INFORM,
                [CHEM],
                [BRS, "IOMC"],
            ),
            _a(
                "ta-gef-events",
                "Joint participation in GEF-related events",
                "Joint/coordinated participation between BRS, the Interim Secretariat of the Minamata Convention, and "
                "UNEP Chemicals in GEF-related events.",
                ONGOING,
                JOINT,
                [BRS, MINAMATA, CHEM],
                ["GEF"],
            ),
            _a(
                "ta-resource-mobilization",
                "Resource mobilization and financing",
                "Cooperation / coordination on matters related to resource mobilization and financing under the "
                "conventions.",
                ONGOING,
                RESOURCES,
                [BRS, CHEM],
            ),
            _a(
                "ta-focal-points-regular-contact",
                "Technical assistance focal points in regular contact",
                "technical assistance focal points to establish regular contact",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "ta-inform-seek-comments",
                "Inform of upcoming events and seek comments",
                "inform relevant colleagues/relevant partners of upcoming events/activities and seek their comments "
                "on the agenda of the event",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "ta-invite-to-attend",
                "Invite colleagues to attend",
                "invite relevant colleagues to attend an event and provide expertise as appropriate",
                POTENTIAL,
                ATTEND,
                [BRS, CHEM],
            ),
            _a(
                "ta-invite-to-participate",
                "Invite colleagues to actively participate",
                "invite relevant colleagues to actively participate in an event (i.e. deliver a presentation)",
                POTENTIAL,
                PARTICIPATE,
                [BRS, CHEM],
            ),
            _a(
                "ta-brainstorm",
                "Brainstorm collaborative activities",
                "invite relevant colleagues to brainstorm about the planning of a possible collaborative activity",
                POTENTIAL,
                BRAINSTORM,
                [BRS, CHEM],
            ),
            _a(
                "ta-develop-implement-together",
                "Develop and implement activities together",
                "develop and implement an activity together: manage it together, deliver it together, etc. (send "
                "joint letters of invitation, use logos of all partners, share the workload, etc.)",
                POTENTIAL,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "ta-give-credit",
                "Give credit to the work of others",
                "give credit to the work of others verbally and/or in products developed with the inputs of others",
                POTENTIAL,
                CREDIT,
                [BRS, CHEM],
            ),
            _a(
                "ta-mobilize-resources",
                "Mobilize resources together",
                "mobilize resources together",
                POTENTIAL,
                RESOURCES,
                [BRS, CHEM],
            ),
            _a(
                "ta-joint-approaches-partners",
                "Joint approaches to contact partners",
                "joint approaches to contact partners",
                POTENTIAL,
                PARTNERS,
                [BRS, CHEM],
            ),
            _a(
                "ta-national-authorities-crosscutting",
                "National authorities in national activities on cross-cutting issues",
                "invite relevant regional national authorities to participate in national activities on crosscutting "
                "issues",
                POTENTIAL,
                ATTEND,
                [BRS, CHEM],
            ),
            _a(
                "ta-share-calendars",
                "Share calendars of technical-assistance activities",
                "share information on the respective calendars of TA activities (a subgroup of the task force is "
                "looking at listing UNEP Chemicals activities under the BRS calendar)",
                ONGOING,
                INFORM,
                [BRS, CHEM],
            ),
        ],
    },
    # ------------------------------------------------------------------------ operational areas
    {
        "slug": "regional-delivery",
        "kind": OPERATIONAL,
        "name": "Regional delivery",
        "resource_implications": True,
        "instruments": ["basel", "stockholm"],
        "topics": ["technical-assistance"],
        "activities": [
            _a(
                "regional-centres-offices-cooperation",
                "Cooperation with regional centres and regional offices",
                "Cooperation by UNEP Chemicals and BRS Secretariat with the BRS network of regional centers and with "
                "UNEP and FAO regional offices",
                ONGOING,
                JOINT,
                [CHEM, BRS],
                ["FAO"],
                other="BRS network of regional centres; UNEP and FAO regional offices",
            ),
            _a(
                "regional-centres-invited-to-meetings",
                "Regional centres invited to meetings in their region",
                "invitation of regional centers to relevant meetings organized in their respective regions",
                POTENTIAL,
                ATTEND,
                [BRS, CHEM],
                other="BRS network of regional centres",
            ),
            _a(
                "regional-technical-capacities",
                "Technical capacities of regional centres and offices",
                "enhance and develop technical capacities in regional centers and offices, i.e. use technical "
                "expertise of centers (regional experts) to provide regional support.",
                POTENTIAL,
                JOINT,
                [BRS, CHEM],
                other="BRS network of regional centres; UNEP and FAO regional offices",
            ),
            _a(
                "regional-venues-ta-delivery",
                "Regional centres and offices as venues for technical assistance",
                "cooperation on the organization of TA delivery activities: regional centers and offices can provide "
                "possible meeting venues",
                POTENTIAL,
                JOINT,
                [BRS, CHEM],
                other="BRS network of regional centres; UNEP and FAO regional offices",
            ),
            _a(
                "regional-outreach-materials",
                "Outreach materials at regional centres and offices",
                "increase the availability of relevant information/outreach materials available for display/ "
                "distribution (when possible in relevant languages), at regional centers and offices",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
                other="BRS network of regional centres; UNEP and FAO regional offices",
            ),
            _a(
                "regional-ministerial-inputs",
                "Coordinated inputs to regional ministerial meetings",
                "provide coordinated inputs to regional ministerial meetings.",
                POTENTIAL,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "regional-country-profiles",
                "Sharing country profiles",
                "Share information on country profiles",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "regional-coordinated-projects",
                "Projects for the coordinated use of regional centres",
                "Develop projects which encourage the coordinated use of regional centers, such projects to be "
                "undertaken by the regional centers and build on lessons learned",
                POTENTIAL,
                RESOURCES,
                [BRS, CHEM],
                other="BRS network of regional centres",
            ),
            _a(
                "regional-capacities-information",
                "Information on capacities and activities of regional centres",
                "increase access to information on capacities and activities of regional centers and offices",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
                other="BRS network of regional centres; UNEP and FAO regional offices",
            ),
            _a(
                "regional-mea-focal-points",
                "MEA focal points in UNEP regional offices",
                "coordinate approach towards collaboration with the MEA focal points in UNEP regional offices",
                POTENTIAL,
                PARTNERS,
                [BRS, CHEM],
                other="MEA focal points in UNEP regional offices",
            ),
        ],
    },
    {
        "slug": "national-coordination",
        "kind": OPERATIONAL,
        "name": "Support national coordination",
        "instruments": ["basel", "rotterdam", "stockholm"],
        "topics": ["technical-assistance"],
        "activities": [
            _a(
                "national-authorities-invited",
                "National authorities invited to relevant meetings",
                "Invitation of relevant national authorities of the two groups to relevant meetings.",
                POTENTIAL,
                ATTEND,
                [BRS, CHEM],
            ),
            _a(
                "national-good-practices",
                "Good practices, guidance and training",
                "Collaboration on the dissemination of good practices and, if necessary, the elaboration of guidance "
                "and training in key areas.",
                POTENTIAL,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "national-implementation-plans",
                "References in national implementation plans",
                "When relevant, national implementation plans (NIPs, NAPs, etc.) should include references to the "
                "work and provisions under the BRS Conventions and UNEP Chemicals.",
                POTENTIAL,
                CREDIT,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "financing-consultative-process",
        "kind": OPERATIONAL,
        "name": "Consultative process on financing options for chemicals and wastes",
        "instruments": ["unea", "basel", "rotterdam", "stockholm", "minamata", "saicm"],
        "topics": ["financing"],
        "activities": [
            _a(
                "financing-special-programme-task-team",
                "Task team on the Special Programme (UNEA resolution 1/5)",
                "BRS represented in the internal Task team to support the implementation of UNEA Resolution I/5 on "
                "the Special Programme established as an outcome of the DELC/UNEP Chemicals consultative process on "
                "financing options for chemicals and wastes",
                ONGOING,
                RESOURCES,
                [CHEM, DELC],
                [BRS],
            ),
        ],
    },
    {
        "slug": "information-resources",
        "kind": OPERATIONAL,
        "name": "Information resources",
        "resource_implications": True,
        "instruments": [],
        "topics": ["synergies"],
        "activities": [
            _a(
                "information-periodic-list",
                "Periodic list of upcoming events and communication opportunities",
                "Periodic list of upcoming events and communication opportunities (*). The list provides "
                "opportunities for internal coordination before an event of mutual interest takes place, on issues "
                "such as participation, on the delivery of statements, the presentation of documents or the delivery "
                "of side events.",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "information-joint-calendar",
                "Joint calendar of meetings and workshops",
                "Joint calendar of meetings and workshops: an external/internal tool to provide a one-stop shopping "
                "for all chemicals and wastes-related meetings within BRS and the Chemicals Branch, i.e. parties and "
                "other users will be able to find information on the BRS Secretariat, UNEP Chemicals, Minamata "
                "Convention and SAICM meetings by using one tool which will be available to BRS and to UNEP "
                "Chemicals.",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
                [MINAMATA, SAICM],
            ),
        ],
    },
    {
        "slug": "unea-decisions",
        "kind": OPERATIONAL,
        "name": "Coordination on the implementation of relevant UNEA decisions",
        "instruments": ["unea"],
        "topics": [],
        "activities": [
            _a(
                "unea-common-components-strategy",
                "Common UNEA decision components and a joint strategy",
                "Identification of relevant UNEA decision components which are common to the two groups and develop "
                "a mutually supportive implementation strategy.",
                POTENTIAL,
                BRAINSTORM,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "mandates-table",
        "kind": OPERATIONAL,
        "name": "Table listing mandates for coordination",
        "instruments": [],
        "topics": ["synergies"],
        "activities": [
            _a(
                "mandates-table-map",
                "Map of cross-cutting mandates and focal points",
                "The table serves as a map to identify cross-cutting mandates, as well as focal points in the "
                "BRSSecretariat and in UNEP Chemicals.",
                ONGOING,
                INFORM,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "clearing-houses",
        "kind": OPERATIONAL,
        "name": "Clearing houses and knowledge management",
        "instruments": ["basel", "rotterdam", "stockholm", "minamata", "saicm"],
        "topics": [],
        "activities": [
            _a(
                "chm-link-to-each-other",
                "Clearing houses linking to each other's activities",
                "CHMs could link/point to each other's relevant activities.",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "chm-minamata-website-hosting",
                "Hosting of the Minamata Convention website",
                "The BRS Secretariat is already hosting the Minamata Convention Website.",
                ONGOING,
                JOINT,
                [BRS],
                [MINAMATA],
            ),
            _a(
                "chm-regional-national-networks",
                "Connecting networks and the SAICM clearing house",
                "Possible cooperation at the regional/national level to connect regional/national networks to the "
                "BRS Secretariat clearing house mechanism as well as between BRS clearing house mechanism and "
                "SAICM's.",
                POTENTIAL,
                BRAINSTORM,
                [BRS],
                [SAICM],
            ),
        ],
    },
    {
        "slug": "organization-of-meetings",
        "kind": OPERATIONAL,
        "name": "Organization of meetings (e.g. COPs, INCs, ICCM/OEWG, subsidiary bodies, regional preparatory "
        "meetings)",
        "instruments": ["basel", "rotterdam", "stockholm", "minamata", "saicm"],
        "topics": [],
        "activities": [
            _a(
                "meetings-logistics",
                "Logistical organization of meetings",
                "Cooperation is ongoing on the logistical organization of meetings.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "meetings-side-events-messages",
                "Side events and messages",
                "Cooperation regarding the delivery of side events, messages, etc.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "meetings-documents",
                "Drafting and submitting documents to each other's meetings",
                "Drafting of documents; and submission of documents by respective governing bodies in each other "
                "meetings.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "meetings-in-session-support",
                "In-session staff support",
                "In-session staff support.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "meetings-regional-preparatory",
                "Regional preparatory meetings",
                "Organization of regional preparatory meetings, as relevant.",
                ONGOING,
                JOINT,
                [BRS, CHEM],
            ),
            _a(
                "meetings-science-fair-2015",
                "Science Fair during the 2015 COPs",
                "BRS Secretariat invited UNEP Chemicals to cooperate in the Science Fair during 2015 COPs.",
                PLANNED,
                PARTICIPATE,
                [BRS],
                [CHEM],
                period_text="2015 COPs",
                period_start=date(2015, 5, 4),
                period_end=date(2015, 5, 15),
            ),
        ],
    },
    {
        "slug": "legal-services",
        "kind": OPERATIONAL,
        "name": "Legal services",
        "instruments": [],
        "topics": [],
        "activities": [
            _a(
                "legal-mandates-practices",
                "Legal and compliance mandates and practices",
                "Exchange information on respective mandates and practices with respect to legal (corporate, legal "
                "advice to meetings, implementation) and compliance matters and possibly develop joint approaches "
                "and/or activities.",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "public-awareness-outreach",
        "kind": OPERATIONAL,
        "name": "Public awareness and outreach",
        "instruments": [],
        "topics": [],
        "activities": [
            _a(
                "outreach-opportunities",
                "Opportunities for coordinated outreach",
                "Identification of opportunities to increase coordination and cooperation on public awareness and "
                "outreach-related activities.",
                POTENTIAL,
                BRAINSTORM,
                [BRS, CHEM],
            ),
            _a(
                "outreach-joint-publications",
                "Joint publications giving credit",
                "Production of joint publications, giving credit to each other and highlighting cooperation.",
                POTENTIAL,
                CREDIT,
                [BRS, CHEM],
            ),
            _a(
                "outreach-newsletters",
                "BRS and UNEP Chemicals newsletters",
                "Exploration of collaboration on the production of BRS and UNEP Chemicals newsletters.",
                POTENTIAL,
                BRAINSTORM,
                [BRS, CHEM],
            ),
            _a(
                "outreach-website-links",
                "Links between websites",
                "Link to each other's relevant websites for newly -posted information products",
                POTENTIAL,
                INFORM,
                [BRS, CHEM],
            ),
            _a(
                "outreach-crosscutting-focus",
                "Focus on cross-cutting issues",
                "When relevant, focus on crosscutting issues: Links to life-cycle approach, delivering as one and "
                "benefits to parties.",
                POTENTIAL,
                CREDIT,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "cooperation-with-partners",
        "kind": OPERATIONAL,
        "name": "Cooperation with Partners",
        "instruments": [],
        "topics": [],
        "activities": [
            _a(
                "partners-opportunities",
                "Opportunities for cooperation with partners",
                "For cross-cutting areas, opportunities for cooperation with partners need to be identified, "
                "especially when developing projects and when participating in meetings.",
                POTENTIAL,
                PARTNERS,
                [BRS, CHEM],
            ),
        ],
    },
    {
        "slug": "hr-matters",
        "kind": OPERATIONAL,
        "name": "Participation in HR matters",
        "instruments": [],
        "topics": [],
        "activities": [
            _a(
                "hr-recruitment-panels",
                "Recruitment panels",
                "Collaboration between the BRS and UNEP Chemicals regarding participation in recruitment panels.",
                ONGOING,
                PARTICIPATE,
                [BRS, CHEM],
            ),
        ],
    },
]

#: Mandates the document names or points to, each checked against the page named in ``checked``
#: (not loaded). Dates only where the source of the check gives the day.
MANDATES: list[dict[str, Any]] = [
    {
        "reference": "Minamata Convention, Article 8",
        "kind": "article",
        "body": "",
        "instruments": ["minamata"],
        "title": "Minamata Convention on Mercury, Article 8: Emissions",
        "date": date(2013, 10, 10),
        "meeting_key": "mc-plenipotentiaries-2013",
        "meeting_text": "Conference of Plenipotentiaries, Kumamoto, Japan",
        "url": "https://www.informea.org/en/treaties/minamata-convention-mercury/text",
        "excerpt": "Controlling and, where feasible, reducing emissions of mercury and mercury compounds to the "
        "atmosphere from point sources in the categories of Annex D; guidance on best available "
        "techniques and best environmental practices.",
        "topics": ["mercury", "bat-bep"],
        "areas": ["minamata-convention"],
        "activities": ["minamata-article8-bat-bep-experts"],
        "checked": "informea.org treaty text; minamataconvention.org BAT/BEP guidance page (Article 8, Annex D)",
    },
    {
        "reference": "Stockholm Convention, Article 15",
        "kind": "article",
        "body": "",
        "instruments": ["stockholm"],
        "title": "Stockholm Convention on Persistent Organic Pollutants, Article 15: Reporting",
        "date": date(2001, 5, 22),
        "meeting_text": "Conference of Plenipotentiaries, Stockholm, Sweden",
        "url": "https://www.pops.int/Countries/Reporting/OverviewandMandate/tabid/746/Default.aspx",
        "excerpt": "Each Party shall report to the Conference of the Parties on the measures it has taken to "
        "implement the provisions of this Convention and on the effectiveness of such measures in "
        "meeting the objectives of the Convention.",
        "topics": ["reporting", "pcbs"],
        "areas": ["pcbs"],
        "activities": ["pcbs-elimination-overview-report"],
        "checked": "pops.int national reporting overview and mandate page (text of Article 15)",
    },
    {
        "reference": "UNEA 1/5",
        "kind": "resolution",
        "body": "unea",
        "instruments": ["unea"],
        "title": "Chemicals and waste",
        "date": date(2014, 6, 27),
        "meeting_key": "unea1",
        "meeting_text": "First session of the United Nations Environment Assembly, Nairobi, 23–27 June 2014",
        "url": "",
        "excerpt": 'Resolution 1/5 of the first session of UNEA, in the compilation "Resolutions and decisions '
        "adopted by the United Nations Environment Assembly of the United Nations Environment Programme "
        'at its first session on 27 June 2014"; it established the Special Programme to support '
        "institutional strengthening at the national level.",
        "topics": ["financing", "synergies"],
        "areas": ["financing-consultative-process", "unea-decisions"],
        "activities": ["financing-special-programme-task-team", "unea-common-components-strategy"],
        "checked": "UNEA-1 compilation of resolutions (K1402364, contents: 1/5 Chemicals and waste); UNEP/EA.1/10 "
        "proceedings (Nairobi, 23–27 June 2014). The per-resolution symbol and an official link were not "
        "verified, so none is given.",
    },
    {
        "reference": "GC 27/12",
        "kind": "decision",
        "body": "unep-gc",
        "instruments": ["unea"],
        "title": "Chemicals and waste management",
        "meeting_text": "Twenty-seventh session of the UNEP Governing Council / Global Ministerial Environment Forum",
        "url": "https://www.brsmeas.org/Implementation/ResourceMobilization/ConsultativeProcessonFinancingOptions/"
        "tabid/2880/language/fr-CH/Default.aspx",
        "excerpt": "Section VIII welcomed an integrated approach to financing the sound management of chemicals and "
        "wastes: mainstreaming, industry involvement and dedicated external finance.",
        "topics": ["financing"],
        "areas": ["financing-consultative-process", "technical-assistance-financial-resources"],
        "activities": ["financing-special-programme-task-team", "ta-resource-mobilization"],
        "checked": "brsmeas.org page on the consultative process on financing options (decision 27/12, section VIII)",
    },
    {
        "reference": "GC 26/12",
        "kind": "decision",
        "body": "unep-gc",
        "instruments": ["unea"],
        "title": "Enhancing cooperation and coordination within the chemicals and wastes cluster",
        "date": date(2011, 2, 24),
        "meeting_text": "Twenty-sixth session of the UNEP Governing Council / GMEF",
        "url": "",
        "excerpt": "Requested the Executive Director to report on the consultative process on financing options for "
        "chemicals and wastes.",
        "topics": ["synergies", "financing"],
        "areas": ["chemicals-wastes-cluster", "financing-consultative-process"],
        "activities": [],
        "checked": 'GC decision SS.XII/5 (ECOLEX) recalls "decision 26/12 of 24 February 2011 on enhancing '
        'cooperation and coordination within the chemicals and wastes cluster"',
    },
    {
        "reference": "GC SS.XII/5",
        "kind": "decision",
        "body": "unep-gc",
        "instruments": ["unea"],
        "title": "Enhancing cooperation and coordination within the chemicals and wastes cluster",
        "meeting_text": "Twelfth special session of the UNEP Governing Council / GMEF",
        "url": "https://www.ecolex.org/details/decision/enhancing-cooperation-and-coordination-within-the-chemicals-"
        "and-wastes-cluster-5be1b2da-9b94-45dd-9a84-f4eda22a5225/",
        "excerpt": "Notes the progress made in implementing decision 26/12 and takes note of the synergies decisions "
        "BC-10/29, RC-5/12 and SC-5/27.",
        "topics": ["synergies"],
        "areas": ["chemicals-wastes-cluster"],
        "activities": [],
        "checked": "ECOLEX record of decision SS.XII/5 (from InforMEA)",
    },
    *[
        {
            "reference": reference,
            "kind": "decision",
            "body": body,
            "instruments": [instrument],
            "title": title,
            "meeting_text": meeting,
            "url": "http://www.brsmeas.org/Decisionmaking/Overview/SynergiesProcess/tabid/2615/language/en-GB/"
            "Default.aspx",
            "excerpt": 'One of the three substantially identical "synergies decisions" by which the conferences of '
            "the Parties called for greater cooperation and coordination among the three conventions: "
            "organizational issues in the field, technical issues, information management and public "
            "awareness, administrative issues and decision-making.",
            "topics": ["synergies"],
            "areas": ["chemicals-wastes-cluster", "regional-delivery", "clearing-houses", "public-awareness-outreach"],
            "activities": [],
            "checked": "brsmeas.org history of the synergies process (BC-IX/10 June 2008, RC-4/11 October 2008, "
            "SC-4/34 May 2009)",
        }
        for reference, body, instrument, title, meeting in [
            (
                "BC-IX/10",
                "bc-cop",
                "basel",
                "Cooperation and coordination among the Basel, Rotterdam and Stockholm conventions",
                "Ninth meeting of the Conference of the Parties to the Basel Convention, June 2008",
            ),
            (
                "RC-4/11",
                "rc-cop",
                "rotterdam",
                "Enhancing cooperation and coordination among the Basel, Rotterdam and Stockholm conventions",
                "Fourth meeting of the Conference of the Parties to the Rotterdam Convention, October 2008",
            ),
            (
                "SC-4/34",
                "sc-cop",
                "stockholm",
                "Enhancing cooperation and coordination among the Basel, Rotterdam and Stockholm conventions",
                "Fourth meeting of the Conference of the Parties to the Stockholm Convention, May 2009",
            ),
        ]
    ],
    *[
        {
            "reference": reference,
            "kind": "decision",
            "body": body,
            "instruments": [instrument],
            "title": "Enhancing cooperation and coordination among the Basel, Rotterdam and Stockholm conventions",
            "meeting_key": "brs-cops-2015",
            "meeting_text": "2015 meetings of the conferences of the Parties to the Basel, Rotterdam and Stockholm "
            "conventions, Geneva, 4–15 May 2015",
            "url": "http://www.brsmeas.org/Decisionmaking/Overview/SynergiesProcess/tabid/2615/language/en-GB/"
            "Default.aspx",
            "excerpt": "Called for reviews of the synergies arrangements, whose follow-up the conferences of the "
            "Parties considered at their 2017 meetings.",
            "topics": ["synergies"],
            "areas": ["chemicals-wastes-cluster"],
            "activities": [],
            "checked": 'InforMEA text of the 2017 decision recalling "the reviews called for in decisions BC-12/20, '
            'RC-7/10 and SC-7/28"; ENB summary of the 2015 COPs (Geneva, 4–15 May 2015)',
        }
        for reference, body, instrument in [
            ("BC-12/20", "bc-cop", "basel"),
            ("RC-7/10", "rc-cop", "rotterdam"),
            ("SC-7/28", "sc-cop", "stockholm"),
        ]
    ],
    {
        "reference": "ICCM resolution V/6",
        "kind": "resolution",
        "body": "iccm",
        "instruments": ["saicm"],
        "title": "International cooperation and coordination",
        "meeting_text": "Fifth session of the International Conference on Chemicals Management",
        "url": "https://www.chemicalsframework.org/page/resolution-v6-international-cooperation-and-coordination",
        "excerpt": "Takes note of UNEA resolutions 4/8 and 5/7 on the sound management of chemicals and waste and of "
        "relevant decisions of the governing bodies of the Basel, Rotterdam, Stockholm and Minamata "
        "conventions.",
        "topics": ["synergies"],
        "areas": ["saicm", "chemicals-wastes-cluster"],
        "activities": [],
        "checked": "chemicalsframework.org page of resolution V/6",
    },
]

#: Focal points: the document names no people, so each is a position on one side, never a name it
#: does not give (docs/decisions/0102-focal-points-as-positions.md). (area slug, organization,
#: position, role, mandate reference or "").
FOCAL_POINTS: list[tuple[str, str, str, str, str]] = [
    *[
        (
            "technical-assistance-financial-resources",
            org,
            "Technical assistance focal point",
            "Technical-assistance focal point",
            "",
        )
        for org in (BRS, CHEM)
    ],
    *[
        (area, org, "Task force member", "Task force member", "")
        for area in ("chemicals-wastes-cluster", "mandates-table", "information-resources")
        for org in (BRS, CHEM)
    ],
    *[
        (
            area["slug"],
            org,
            f"{area.get('short', area['name'])} focal point",
            "Staff member responsible for the area",
            "",
        )
        for area in AREAS
        if area["kind"] == PROGRAMMATIC and area["slug"] != "technical-assistance-financial-resources"
        for org in (BRS, CHEM)
    ],
    (
        "minamata-convention",
        BRS,
        "Focal point for the Article 8 BAT/BEP expert group",
        "Resource person, Article 8 expert group",
        "Minamata Convention, Article 8",
    ),
    (
        "pcbs",
        BRS,
        "Focal point for national reports under Article 15",
        "Reporting focal point",
        "Stockholm Convention, Article 15",
    ),
]

#: Success stories the document asks to highlight (published: they are public facts).
SUCCESS_STORIES: list[dict[str, Any]] = [
    {
        "title": "Joint side event at UNEA-1 on chemicals and wastes and the sustainable development goals",
        "text": "The BRS Secretariat and UNEP Chemicals planned and executed together a side event on the sound "
        "management of chemicals and hazardous wastes, in light of the forthcoming sustainable development "
        'goals, during the UNEA meeting in Nairobi in 2014 — "excellent cooperation" in the words of the '
        "task force.",
        "area": "chemicals-wastes-cluster",
        "activity": "cluster-sdg-indicators",
        "event_link": "unea1-side-event-chemicals-sdgs",
        "published": True,
    },
]

#: Calendar events linked to the register when the calendar holds them. The Event model has no key,
#: so an event is found by its exact title and first day, copied from the demo data set
#: (``synergies/demo/data/events.py``, whose key is the first column; a test checks they still agree).
#: (demo event key, activity key or "" when only a mandate or story uses it, title, first day)
EVENT_LINKS: list[tuple[str, str, str, date]] = [
    (
        "saicm-oewg2",
        "saicm-oewg2-documents-support",
        "Second meeting of the Open-ended Working Group of SAICM (OEWG-2)",
        date(2014, 12, 15),
    ),
    (
        "internal-saicm-oewg2-documents-support",
        "saicm-oewg2-documents-support",
        "In-session support to SAICM OEWG-2: management of meeting documents",
        date(2014, 12, 15),
    ),
    (
        "batbep-expert-group-2014",
        "pcbs-pen-advisory-committee-meeting",
        "Meeting of the expert group on BAT and BEP under the Stockholm Convention",
        date(2014, 11, 1),
    ),
    (
        "batbep-expert-group-2014",
        "bat-bep-guidelines-review",
        "Meeting of the expert group on BAT and BEP under the Stockholm Convention",
        date(2014, 11, 1),
    ),
    *[
        (
            key,
            "minamata-subregional-ratification-workshops",
            f"{title} in support of the ratification and early implementation of the Minamata Convention" + suffix,
            first,
        )
        for key, title, suffix, first in [
            (
                "mc-subregional-dakar-1-2014",
                "Sub-regional workshop for Francophone Africa",
                " (first workshop)",
                date(2014, 7, 9),
            ),
            (
                "mc-subregional-dakar-2-2014",
                "Sub-regional workshop for Francophone Africa",
                " (second workshop)",
                date(2014, 7, 14),
            ),
            ("mc-subregional-brasilia-2014", "South American sub-regional workshop", "", date(2014, 9, 2)),
            ("mc-subregional-mexico-2014", "Central America sub-regional workshop", "", date(2014, 11, 26)),
        ]
    ],
    (
        "mc-workshop-asia-pacific-2015",
        "minamata-regional-workshops-back-to-back",
        "Regional workshop to support the ratification and effective implementation of the Minamata Convention: Asia "
        "and the Pacific",
        date(2015, 3, 17),
    ),
    (
        "brs-mc-joint-session-asia-pacific-2015",
        "minamata-regional-workshops-back-to-back",
        "Joint session of the Minamata regional workshop and the BRS regional preparatory meeting for Asia and the "
        "Pacific",
        date(2015, 3, 18),
    ),
    (
        "mc-workshop-africa-2015",
        "minamata-regional-workshops-back-to-back",
        "Regional workshop to support the ratification and effective implementation of the Minamata Convention: Africa",
        date(2015, 3, 1),
    ),
    (
        "mc-workshop-grulac-2015",
        "minamata-regional-workshops-back-to-back",
        "Regional workshop in support of the ratification and effective implementation of the Minamata Convention: "
        "Latin America and the Caribbean",
        date(2015, 4, 16),
    ),
    (
        "brs-prep-asia-pacific-2015",
        "meetings-regional-preparatory",
        "Regional preparatory meeting for the 2015 COPs: Asia-Pacific",
        date(2015, 3, 19),
    ),
    (
        "brs-prep-africa-2015",
        "meetings-regional-preparatory",
        "Regional preparatory meeting for the 2015 COPs: Africa",
        date(2015, 3, 1),
    ),
    (
        "brs-prep-grulac-2015",
        "meetings-regional-preparatory",
        "Regional preparatory meeting for the 2015 COPs: Latin America and the Caribbean",
        date(2015, 4, 1),
    ),
    (
        "mc-inc6",
        "minamata-inc6-documents",
        "Sixth session of the intergovernmental negotiating committee on mercury (INC-6)",
        date(2014, 11, 3),
    ),
    (
        "internal-inc6-brs-inputs",
        "minamata-mercury-waste-guidelines-reporting",
        "INC-6: BRS Secretariat inputs on documents and on the technical guidelines on mercury wastes",
        date(2014, 11, 3),
    ),
    (
        "brs-science-fair-2015",
        "meetings-science-fair-2015",
        "Science Fair at the 2015 meetings of the conferences of the Parties",
        date(2015, 5, 7),
    ),
    (
        "internal-science-fair-cooperation-2015",
        "meetings-science-fair-2015",
        "Cooperation of UNEP Chemicals in the Science Fair (task force follow-up)",
        date(2015, 5, 7),
    ),
    (
        "internal-gef-assembly-5-coordination",
        "ta-gef-events",
        "Fifth GEF Assembly: joint participation of the BRS Secretariat, the interim Minamata secretariat and UNEP "
        "Chemicals",
        date(2014, 5, 28),
    ),
    (
        "internal-iccm4-coordination",
        "meetings-side-events-messages",
        "ICCM4: coordination of participation, statements and side events of the BRS Secretariat and UNEP Chemicals",
        date(2015, 9, 28),
    ),
    (
        "brs-cops-2015",
        "",
        "2015 meetings of the conferences of the Parties to the Basel, Rotterdam and Stockholm conventions (BC COP-12, "
        "RC COP-7, SC COP-7)",
        date(2015, 5, 4),
    ),
    (
        "mc-plenipotentiaries-2013",
        "",
        "Conference of Plenipotentiaries on the Minamata Convention on Mercury",
        date(2013, 10, 9),
    ),
    ("unea1", "", "First session of the United Nations Environment Assembly (UNEA-1)", date(2014, 6, 23)),
    (
        "unea1-side-event-chemicals-sdgs",
        "",
        "Side event on the sound management of chemicals and hazardous wastes in light of the forthcoming sustainable "
        "development goals",
        date(2014, 6, 1),
    ),
]
