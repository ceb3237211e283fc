"""The network for regional delivery: Basel and Stockholm convention regional centres, UNEP and FAO
regional offices, and the MEA focal-point functions in UNEP regional offices.

Reference data for issue 10, shaped for the domain model (docs/data-sources.md, "The network"): each
record becomes one ``Organization`` (``kind`` and ``parent`` as in ``directory.models``), and each of
its ``roles`` says what it is for one instrument (Basel centre, Stockholm centre, UNEP or FAO regional
office). An institution that serves both conventions is ONE record with both roles.

Sources: the Secretariat's own centre pages (basel.int and pops.int "The Centres"), the centres' and
host institutions' sites, brsmeas.org news features, unep.org, fao.org and the Czech environment
ministry's page on UNEP's regional offices, all read through the team's search tool and checked on
2026-12-04. Every record and every role names the page that confirmed it in ``checked``.

Rules:

- Only what a source states. A field a source is silent on is left out, with a comment saying so.
  No personal names, telephone numbers, e-mail or street addresses (contacts are internal).
- ``countries_served`` are ISO 3166-1 alpha-2 codes of the list a source gives for the whole
  institution; a role carries its own list only where the source distinguishes per convention (the
  China centre). Where a source names a group instead of listing countries ("French-speaking countries
  in Africa", "CIS countries"), its words are kept in ``served_description`` and nothing is inferred.
- ``regions_served`` (codes of ``vocabulary.REGIONS``) only where the source names the whole region:
  a UNEP regional office serves its UNEP region (see ``regions.REGION_MEMBERS``).
- ``expertise`` maps the source's words onto ``vocabulary.TOPICS`` slugs; ``expertise_note`` keeps
  what the source says, in short. ``languages`` (ISO 639-1) only where a source names the language
  group a centre serves. ``facilities`` only where a source describes them.
- Dates are ISO strings, "YYYY-MM" or "YYYY" when the source gives no more.
- Counts as sources state them (2026-12-04): the BRS network has 23 centres, 14 Basel and 17
  Stockholm centres, eight serving both (brsmeas.org archived regional-centres page; CSIR-NEERI also
  says 17 Stockholm centres); the older pops.int overview says 16 Stockholm centres. This file holds
  14 active Basel centres plus the closed Central America centre in El Salvador (kept, with
  ``closed``, because older records and the demo data name it) and 17 Stockholm centres.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class RoleRecord(TypedDict):
    role: str  # one of ROLES
    title: str  # the role's title as the source gives it
    checked: str
    instrument: NotRequired[str]  # vocabulary.INSTRUMENTS code, for the convention roles
    since: NotRequired[str]  # ISO date, "YYYY-MM" or "YYYY"
    since_note: NotRequired[str]  # what happened then (framework agreement, nomination, endorsement)
    countries_served: NotRequired[list[str]]  # only where the source gives a list for this role
    served_description: NotRequired[str]  # the source's words where it names a group


class FacilityRecord(TypedDict):
    kind: str  # one of FACILITY_KINDS
    description: str
    checked: str
    capacity: NotRequired[int]  # seats, where stated


class NetworkRecord(TypedDict):
    key: str  # stable key, used as Organization.acronym (max. 32 characters)
    name: str
    kind: str  # directory.models.Organization.Kind value
    country: str  # ISO 3166-1 alpha-2 of the host country
    roles: list[RoleRecord]
    checked: str  # where name, host and place were confirmed
    acronym: NotRequired[str]  # only an acronym a source uses
    parent: NotRequired[str]  # demo organizations' acronym of the parent (UNEP, FAO)
    host_institution: NotRequired[str]
    city: NotRequired[str]
    website: NotRequired[str]  # only an address seen in a source
    countries_served: NotRequired[list[str]]
    served_description: NotRequired[str]
    regions_served: NotRequired[list[str]]
    expertise: NotRequired[list[str]]  # vocabulary.TOPICS slugs
    expertise_note: NotRequired[str]
    languages: NotRequired[list[str]]
    facilities: NotRequired[list[FacilityRecord]]
    closed: NotRequired[str]  # date the institution stopped serving, where a source states it
    note: NotRequired[str]


class MeaFocalPointRecord(TypedDict):
    key: str
    office: str  # key of a UNEP regional office in NETWORK, or "all" for every regional office
    title: str  # the function as the source names it (no personal names)
    cluster: str  # "chemicals_and_waste" | "biodiversity" | "all"
    checked: str


ROLES: dict[str, str] = {
    "basel_centre": "Basel Convention regional centre",
    "basel_coordinating_centre": "Basel Convention coordinating centre",
    "stockholm_centre": "Stockholm Convention regional or subregional centre",
    "unep_regional_office": "UNEP regional office",
    "fao_regional_office": "FAO regional office",
    "fao_subregional_office": "FAO subregional office",
}

FACILITY_KINDS: tuple[str, ...] = ("meeting_room", "laboratory", "training", "library", "exhibition")

BASEL_ROLES = ("basel_centre", "basel_coordinating_centre")

_BASEL_CENTRES_EGYPT = (
    "bcrc-egypt.com, 'Basel Convention regional centres' (http://www.bcrc-egypt.com/en/Category/Index/42)"
)
_FRAMEWORK_AGREEMENTS = (
    "docsbay.net, Basel Convention Secretariat 'Status of the signature of the Framework Agreements'"
)
_BRS_23 = "brsmeas.org, Regional Centres (archived), tabid 2636: 23 centres, 14 BCRCs, 17 SCRCs, eight serving both"

NETWORK: list[NetworkRecord] = [
    # =========================================================================================
    # Centres serving both conventions (one record each, two roles)
    # =========================================================================================
    {
        "key": "BCRC-SCRC-CHINA",
        "acronym": "BCRC-SCRC China",
        "name": "Basel and Stockholm conventions Regional Centre located in China",
        "kind": "regional_centre",
        "host_institution": "School of Environment, Tsinghua University",
        "city": "Beijing",
        "country": "CN",
        "expertise": ["pops", "pcbs", "e-waste"],
        "expertise_note": "Projects on controlling releases of POPs, ESM of PCB-containing waste, e-waste.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Asia and the Pacific (selected by decision BC-III/19)",
                "since": "2011-05",
                "since_note": "Framework agreement signed (in operation since the late 1990s)",
                "countries_served": ["CN", "KP", "KR", "MN", "LK"],
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/BCRCChina/tabid/4844",
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre (endorsed 2009, again by COP-7 and COP-9)",
                "since": "2007-11",
                "since_note": "Nominated; endorsed by SC COP-4 in 2009",
                "countries_served": [
                    "BH",
                    "BD",
                    "KH",
                    "CN",
                    "CK",
                    "IN",
                    "LA",
                    "MV",
                    "FM",
                    "MN",
                    "NP",
                    "NU",
                    "PG",
                    "PH",
                    "KR",
                    "WS",
                    "SG",
                    "LK",
                    "TH",
                    "VN",
                ],
                "checked": "pops.int/Partners/RegionalCentres/TheCentres/SCRCBeijing,China/tabid/648",
            },
        ],
        # website: the basel.int page links none; not set.
        "checked": "basel.int BCRCChina (tabid 4844); pops.int SCRCBeijing,China (tabid 648)",
    },
    {
        "key": "BCRC-SEA",
        "acronym": "BCRC-SEA",
        "name": "Basel Convention Regional Centre for South-East Asia and Stockholm Convention Regional Centre "
        "in Indonesia",
        "kind": "regional_centre",
        "host_institution": "Ministry of Environment and Forestry of Indonesia (KLHK)",
        # city: the pages read say the centre is hosted by the ministry, not in which city; not set.
        "country": "ID",
        "website": "https://rc-sea.org",
        "note": "Framework agreement amendment No. 2 (signed in Geneva on 30 April, during the 2019 COPs) extends "
        "the centre to 2029; its 2023 pages call it the Basel and Stockholm Convention Regional Center for "
        "Southeast Asia (BSCRC-SEA). No street address was confirmed.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Training and Technology Transfer for Southeast Asia",
                "since": "2004-10-29",
                "since_note": "Framework agreement signed in Geneva",
                "checked": _FRAMEWORK_AGREEMENTS + "; Perpres No. 60/2005 (text-id.123dok.com)",
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre in Indonesia (SCRC Indonesia)",
                # since: not stated in the pages read.
                "checked": "bcrc-sea.org news 32 (Jakarta, March 2015: 'BCRC-SEA/SCRC Indonesia')",
            },
        ],
        "checked": "bcrc-sea.org news 32; voinews.id item 8629 (Antara); rc-sea.org 2023 news",
    },
    {
        "key": "BCRC-IRAN",
        "acronym": "BCRC-SCRC Iran",
        "name": "Basel and Stockholm conventions Regional Centre located in Iran",
        "kind": "regional_centre",
        "host_institution": "Department of Environment of Iran",
        "city": "Tehran",
        "country": "IR",
        "website": "http://bcrciran.ir",
        "countries_served": ["AF", "BD", "BH", "IR", "LB", "MV", "NP", "OM", "PK", "QA", "SA", "SY", "TR", "AE", "YE"],
        "served_description": "... and Commonwealth of Independent States countries (one list for both roles)",
        "expertise": ["hazardous-waste", "technical-assistance"],
        "expertise_note": "Training and capacity building in the management of hazardous wastes and substances.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre in Iran (established by decision BC-7/10, 2004)",
                "since": "2005-07-27",
                "since_note": "Framework agreement signed; in operation from May 2007",
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/SCRCIran/tabid/4846; "
                + _FRAMEWORK_AGREEMENTS,
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre (endorsed by COP-5 in 2011, again by COP-7)",
                "since": "2007-11",
                "since_note": "Nominated",
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/SCRCIran/tabid/4846",
            },
        ],
        "checked": "basel.int SCRCIran (tabid 4846)",
    },
    {
        "key": "BCRC-SCRC-PANAMA",
        "acronym": "BCRC-SCRC Panama",
        "name": "Basel and Stockholm Conventions Regional Centres located in Panama",
        "kind": "regional_centre",
        "host_institution": "University of Panama, Centro de Investigación e Información de Medicamentos y Tóxicos "
        "(CIIMET), Faculty of Medicine",
        # city: the pages place the centre at the University of Panama without naming the city; not set.
        "country": "PA",
        "note": "Replaces the closed Central America centre in El Salvador (BCRC-EL-SALVADOR).",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Centro Regional del Convenio de Basilea para la Capacitación y la Transferencia de "
                "Tecnología para la subregión de Centroamérica y México (CRCB-Panamá)",
                "served_description": "Central America and Mexico subregion",
                "checked": "launiversidad.up.ac.pa node 2434; unep.org event 'Regional course on prevention and "
                "prosecution of illicit traffic of chemicals and hazardous wastes' (31 March 2023)",
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Centro Regional del Convenio de Estocolmo para América Central y República Dominicana "
                "(CRCE-Panamá)",
                "served_description": "Central America and the Dominican Republic",
                "checked": "launiversidad.up.ac.pa node 2434",
            },
        ],
        "checked": "pic.int WorkshopPanamaJan2024 (tabid 9777: 'BCRC-SCRC Panama'); ensegundos.com.pa ?p=270455",
    },
    {
        "key": "BCRC-SCRC-SENEGAL",
        "acronym": "CRCBS-AF",
        "name": "Basel and Stockholm Convention Regional Centre for Training and Technology Transfer for "
        "French-speaking African countries",
        "kind": "regional_centre",
        "host_institution": "Department of Environment, Dakar",
        "city": "Dakar",
        "country": "SN",
        "website": "http://www.crcbsaf.org",
        "countries_served": [
            "BJ",
            "BI",
            "BF",
            "CM",
            "CV",
            "TD",
            "KM",
            "CG",
            "CI",
            "CD",
            "DJ",
            "GA",
            "GN",
            "GW",
            "MG",
            "ML",
            "MR",
            "MA",
            "NE",
            "RW",
            "SN",
            "TG",
        ],
        "served_description": "French-speaking countries in Africa (one list for both roles)",
        "languages": ["fr"],
        "expertise": ["hazardous-waste", "pcbs", "pops"],
        "expertise_note": "ESM of hazardous wastes; national plans for hazardous waste streams including PCB "
        "wastes; aims to be a reference centre for ESM and disposal of POPs.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for French-speaking countries in Africa (decision VI/6)",
                "since": "2005-03-01",
                "since_note": "Framework agreement signed",
                "checked": "basel.int/?tabid=4842; " + _FRAMEWORK_AGREEMENTS,
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre (endorsed by COP-5, again by COP-7 and COP-9)",
                "since": "2007-11",
                "since_note": "Nominated",
                "checked": "pops.int/Implementation/RegionalCentres/TheCentres/SCRCSenegalDakarSenegal/tabid/653",
            },
        ],
        "checked": "basel.int/?tabid=4842; pops.int SCRCSenegalDakarSenegal (tabid 653); crcbsaf.org/en",
    },
    {
        "key": "BCRC-SOUTH-AFRICA",
        "acronym": "BCRC-SCRC South Africa",
        "name": "Basel and Stockholm conventions Regional Centre located in South Africa",
        "kind": "regional_centre",
        "host_institution": "Africa Institute for the Environmentally Sound Management of Hazardous and Other "
        "Wastes (Africa Institute), an intergovernmental organization",
        "city": "Pretoria",
        "country": "ZA",
        "countries_served": [
            "AO",
            "BW",
            "ER",
            "ET",
            "GM",
            "GH",
            "KE",
            "LS",
            "LR",
            "MW",
            "MU",
            "MZ",
            "NA",
            "NG",
            "RW",
            "SC",
            "SL",
            "ZA",
            "SZ",
            "UG",
            "TZ",
            "ZM",
            "ZW",
        ],
        "served_description": "English-speaking countries in Africa (one list for both roles)",
        "languages": ["en"],
        "expertise": ["hazardous-waste", "pcbs"],
        "expertise_note": "ESM of hazardous wastes; national plans and policy on hazardous waste streams "
        "including PCB wastes; also Rotterdam Convention capacity building in the region.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for English-speaking countries in Africa",
                "since": "2012-04",
                "since_note": "Framework agreement signed (centre revived in 2007)",
                "checked": "basel.int/default.aspx?tabid=4843",
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre (endorsed by COP-5 in 2011, again by COP-7 and COP-9)",
                "since": "2010-07",
                "since_note": "Nominated for English-speaking African Parties",
                "checked": "basel.int/default.aspx?tabid=4843",
            },
        ],
        "checked": "basel.int/default.aspx?tabid=4843; brsmeas.org/Default.aspx?tabid=5489",
    },
    {
        "key": "BCRC-CARIBBEAN",
        "acronym": "BCRC-SCRC Caribbean",
        "name": "Basel and Stockholm conventions Regional Centre for the Caribbean Region",
        "kind": "regional_centre",
        "host_institution": "Government of Trinidad and Tobago",
        "city": "Port of Spain",
        "country": "TT",
        "website": "https://www.bcrc-caribbean.org",
        "countries_served": ["AG", "BS", "BB", "BZ", "CU", "DM", "DO", "GY", "JM", "TT", "KN", "LC", "VC"],
        "expertise": ["hazardous-waste", "technical-assistance"],
        "expertise_note": "Capacity building and technology transfer on ESM of hazardous wastes.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Training and Technology Transfer for the Caribbean",
                "since": "2004-10-29",
                "since_note": "Framework agreement signed (centre in operation since 1998)",
                "checked": "basel.int/?tabid=4841; " + _FRAMEWORK_AGREEMENTS,
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre for Capacity-building and Transfer of Technology",
                "since": "2023",
                "since_note": "Endorsed by the Stockholm COP (nominated by GRULAC in August 2022)",
                "checked": "basel.int/?tabid=4841",
            },
        ],
        "checked": "basel.int/?tabid=4841",
    },
    {
        "key": "BCCC-SCRC-URUGUAY",
        "acronym": "BCCC-SCRC Uruguay",
        "name": "Basel Convention Coordinating Centre and Stockholm Convention Regional Centre in Uruguay",
        "kind": "regional_centre",
        "host_institution": "Technological Laboratory of Uruguay (LATU), with the Ministry of Housing, Land Planning "
        "and Environment",
        "city": "Montevideo",
        "country": "UY",
        "website": "http://www.ccbasilea-crestocolmo.org.uy/en",
        "countries_served": [
            "AG",
            "AR",
            "BS",
            "BB",
            "BZ",
            "BO",
            "BR",
            "CL",
            "CO",
            "CR",
            "CU",
            "DM",
            "DO",
            "EC",
            "SV",
            "GT",
            "GY",
            "HN",
            "JM",
            "MX",
            "NI",
            "PY",
            "PA",
            "PE",
            "KN",
            "LC",
            "VC",
            "TT",
            "UY",
            "VE",
        ],
        "served_description": "Latin America and the Caribbean (one list for both roles)",
        "expertise": ["technical-assistance", "hazardous-waste", "pops", "mercury"],
        "expertise_note": "Training and technology transfer since 1994; long experience organizing regional and "
        "international meetings on the three conventions; laboratory services on POPs analysis through LATU; "
        "mercury-waste projects.",
        "facilities": [
            {
                "kind": "laboratory",
                "description": "LATU laboratory services, including POPs analysis in various matrices, "
                "environmental monitoring and ecotoxicology.",
                "checked": "brsmeas.org/MediaHub/News/NewsFeatures/BCCCSCRCUruguay/tabid/5347",
            }
        ],
        "roles": [
            {
                "role": "basel_coordinating_centre",
                "instrument": "basel",
                "title": "Basel Convention Coordinating Centre for Training and Technology Transfer for Latin "
                "America and the Caribbean",
                "since": "2004-01-30",
                "since_note": "Framework agreement signed (operational since 1998)",
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/SCRCUruguay/tabid/4848; "
                + _FRAMEWORK_AGREEMENTS,
            },
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre for Latin America and the Caribbean "
                "(endorsed by COP-4 in 2009, again by COP-7 and COP-9)",
                "since": "2007-11",
                "since_note": "Nominated",
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/SCRCUruguay/tabid/4848",
            },
        ],
        "checked": "basel.int SCRCUruguay (tabid 4848); ccbasilea-crestocolmo.org.uy/en",
    },
    # =========================================================================================
    # Basel Convention centres only
    # =========================================================================================
    {
        "key": "BCRC-ARGENTINA",
        "acronym": "CRBAS",
        "name": "Basel Convention Regional Centre for the South American Region",
        "kind": "regional_centre",
        "city": "Buenos Aires",
        "country": "AR",
        # host institution: only a weak secondary page names INTI; not set.
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Training and Technology Transfer for the South "
                "American region",
                "since": "2005-07-08",
                "since_note": "Framework agreement signed",
                "served_description": "South American region",
                "checked": _FRAMEWORK_AGREEMENTS,
            }
        ],
        "checked": "unep.org event 'Regional course on prevention and prosecution of illicit traffic of chemicals "
        "and hazardous wastes' (31 March 2023: CRBAS 'located in Buenos Aires, Argentina')",
    },
    {
        "key": "BCRC-EGYPT",
        "acronym": "BCRC-Egypt",
        "name": "Basel Convention Regional Centre for Training and Technology Transfer for the Arab States",
        "kind": "regional_centre",
        # city: not stated in the pages read (the demo data has Cairo from an earlier check); not set here.
        "country": "EG",
        "website": "http://www.bcrc-egypt.com",
        "served_description": "The 22 Arab States",
        "languages": ["ar"],
        "expertise": ["hazardous-waste"],
        "expertise_note": "Hazardous waste management and minimisation in Arabic-speaking countries; training of "
        "focal points (reporting to the Basel Convention, medical wastes).",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Arab States in Egypt (selected 1995 for "
                "Arabic-speaking countries in Africa, extended to the other Arab States by decision VI/9)",
                "since": "2004-10-29",
                "since_note": "Framework agreement signed",
                "checked": _FRAMEWORK_AGREEMENTS + "; eg.undp.org project 'Strengthening of the Regional "
                "Cooperation of Arab States in Hazardous Waste Management'",
            }
        ],
        "checked": _BASEL_CENTRES_EGYPT + "; bcrc-egypt.com/en/Category/Index/46",
    },
    {
        "key": "BCRC-EL-SALVADOR",
        "acronym": "BCRC-CAM",
        "name": "Basel Convention Regional Centre for the Central America Sub-region including Mexico in El Salvador",
        "kind": "regional_centre",
        "host_institution": "Government of El Salvador",
        "city": "Antiguo Cuscatlán",
        "country": "SV",
        "closed": "2017-05-04",
        "note": "Closed down since 4 May 2017; the Central America and Mexico centre is now in Panama "
        "(BCRC-SCRC-PANAMA).",
        "countries_served": ["CR", "SV", "GT", "HN", "MX", "NI", "PA"],
        "expertise": ["hazardous-waste", "e-waste", "lead"],
        "expertise_note": "ESM of hazardous wastes, waste electrical and electronic equipment, used lead-acid batteries.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Central America and Mexico (BCRC-CAM)",
                "since": "2007-02",
                "since_note": "Framework agreement signed (centre established 1998)",
                "checked": "basel.int/Default.aspx?tabid=4840",
            }
        ],
        "checked": "basel.int/Default.aspx?tabid=4840 (location La Libertad department; Edificio SICA, Antiguo "
        "Cuscatlán)",
    },
    {
        "key": "BCCC-AFRICA",
        "acronym": "BCCC-Africa",
        "name": "Basel Convention Coordinating Centre for Training and Technology Transfer for the African Region",
        "kind": "regional_centre",
        "host_institution": "University of Ibadan (also the Federal Ministry of Environment - University of Ibadan "
        "Linkage Centre for Cleaner Production Technology and Hazardous Waste Management)",
        "city": "Ibadan",
        "country": "NG",
        "website": "https://basel.org.ng",
        "regions_served": ["africa"],
        "served_description": "The entire African continent; coordinates the Basel centres in South Africa, Senegal "
        "and Egypt",
        "expertise": ["e-waste", "hazardous-waste", "lead"],
        "expertise_note": "E-waste (inventories, laboratory analysis), used lead-acid batteries, used tyres, "
        "health-care waste, used oils.",
        "facilities": [
            {
                "kind": "meeting_room",
                "description": "Seminar room seating 18 participants in a conference setting.",
                "capacity": 18,
                "checked": "basel.org.ng/index.php/about-hot-academy/facilities-available",
            },
            {
                "kind": "library",
                "description": "E-library.",
                "checked": "basel.org.ng/index.php/about-hot-academy/facilities-available",
            },
            {
                "kind": "exhibition",
                "description": "Reception with a small exhibition section.",
                "checked": "basel.org.ng/index.php/about-hot-academy/facilities-available",
            },
            {
                "kind": "laboratory",
                "description": "Laboratory complex: wet analysis, AAS/ICP, GC-MS, bioremediation sample storage, "
                "microbiology and sample grinding rooms; hosts the GEF/UNIDO Geo-Environmental Research Centre.",
                "checked": "basel.org.ng/index.php/about-hot-academy/facilities-available",
            },
        ],
        "roles": [
            {
                "role": "basel_coordinating_centre",
                "instrument": "basel",
                "title": "Basel Convention Coordinating Centre for the African Region (decision III/19)",
                "since": "1994-09",
                "since_note": "Established",
                "checked": "basel.org.ng/index.php/2013-08-09-13-11-54/bccca-nigeria/profile",
            }
        ],
        "checked": "basel.org.ng profile and home page; prevent-waste.net member page; iwwa.eu partner page",
    },
    {
        "key": "BCRC-RUSSIA",
        "acronym": "BCRC Russia",
        "name": "Basel Convention Regional Centre for Training and Technology Transfer for CIS countries, "
        "Russian Federation",
        "kind": "regional_centre",
        "host_institution": "Russian State Scientific Research Institution 'VNII Ekologia' (before 2015: ANO "
        "'Centre for International Projects')",
        "city": "Moscow",
        "country": "RU",
        "served_description": "Commonwealth of Independent States countries (names to follow a framework agreement)",
        "expertise": ["e-waste", "hazardous-waste"],
        "expertise_note": "Basel technical guidance (e.g. e-waste), a module on remediation and disposal of "
        "hazardous wastes, a registry of technologies available in the Russian Federation.",
        "note": "The Stockholm Convention centre in the Russian Federation is a different institution "
        "(SCRC-RUSSIA, Novosibirsk).",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for the Eastern Europe sub-region (decision BC-III/19)",
                "since": "1996",
                "since_note": "Ministerial decree; no framework agreement",
                "checked": "basel.int/Partners/RegionalCentres/TheCentres/ANOCIP/tabid/4847",
            }
        ],
        "checked": "basel.int ANOCIP (tabid 4847)",
    },
    {
        "key": "BCRC-SLOVAKIA",
        "acronym": "BCRC Bratislava",
        "name": "Regional Centre of the Basel Convention for Training and Technology Transfer for Central and "
        "Eastern Europe in Bratislava",
        "kind": "regional_centre",
        "host_institution": "Slovak Environment Agency (SAŽP)",
        "city": "Bratislava",
        "country": "SK",
        "website": "https://bcrc.sazp.sk",
        "served_description": "18 countries of Central and Eastern Europe (no list on the pages read)",
        "expertise": ["hazardous-waste", "pops", "illegal-traffic"],
        "expertise_note": "ESM of hazardous wastes; joint training on ESM of POPs wastes, enforcement, information "
        "exchange.",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Basel Convention Regional Centre for Central and Eastern Europe",
                "since": "1996",
                "since_note": "Established (activities from February 1997)",
                "checked": "bcrc.sazp.sk/basel-convention-regional-centre-bratislava-0.html",
            }
        ],
        "checked": "bcrc.sazp.sk; sazp.sk/en/the-environment/basel-convention-regional-centre.html",
    },
    {
        "key": "SPREP",
        "acronym": "BCRC-SPREP",
        "name": "Secretariat of the Pacific Regional Environment Programme, Pacific Regional Centre for the joint "
        "implementation of the Basel and Waigani conventions",
        "kind": "regional_centre",
        "host_institution": "Secretariat of the Pacific Regional Environment Programme (SPREP)",
        "city": "Apia",
        "country": "WS",
        "website": "https://www.sprep.org",
        "served_description": "Countries in the South Pacific region",
        "roles": [
            {
                "role": "basel_centre",
                "instrument": "basel",
                "title": "Pacific Regional Centre for Training and Technology Transfer for the joint "
                "implementation of the Basel and Waigani Conventions",
                "since": "2003-12-18",
                "since_note": "Framework agreement signed",
                "checked": _FRAMEWORK_AGREEMENTS,
            }
        ],
        "checked": "sprep.org/governance/agreements-establishing-sprep (headquarters hosted by Samoa); SPREP "
        "report of 2006 (PO Box 240, Apia)",
    },
    # =========================================================================================
    # Stockholm Convention centres only
    # =========================================================================================
    {
        "key": "SCRC-ALGERIA",
        "acronym": "SCRC Algeria",
        "name": "Centre National des Technologies de Production plus Propre (CNTPP), Stockholm Convention "
        "Regional Centre in Algeria",
        "kind": "regional_centre",
        "host_institution": "Centre National des Technologies de Production plus Propre (CNTPP), under the "
        "ministry responsible for the environment",
        "city": "Algiers",
        "country": "DZ",
        "website": "http://www.cntppdz.com",
        # countries served: not stated in the pages read.
        "expertise": ["pops", "technical-assistance"],
        "expertise_note": "Capacity building and transfer of environmentally sound technologies for POPs; "
        "cleaner production in industry.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre in Algeria (SCRC Algeria)",
                "checked": "djazairess.com (El Watan interview); pdffox.com BRS regional-centre report form",
            }
        ],
        "checked": "algerie360.com (CNTPP seat in Algiers); vdocuments.fr CNTPP review no. 15 (December 2016)",
    },
    {
        "key": "SCRC-BRAZIL",
        "acronym": "SCRC Brazil",
        "name": "Stockholm Convention Regional Centre in Brazil",
        "kind": "regional_centre",
        "host_institution": "Environmental Company of São Paulo State (CETESB)",
        "city": "São Paulo",
        "country": "BR",
        "website": "https://cetesb.sp.gov.br/centroregional",
        "served_description": "Latin America and the Caribbean",
        "expertise": ["pops", "monitoring", "technical-assistance"],
        "expertise_note": "Programmes: technical training and technology transfer; environmental monitoring and "
        "enforcement; pilot projects; laboratory analytical capacity; agreements and partnerships.",
        "facilities": [
            {
                "kind": "laboratory",
                "description": "Laboratory analytical capacity is one of the centre's five programmes.",
                "checked": "chm.pops.int/Default.aspx?tabid=5277",
            }
        ],
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre for Capacity-building and Transfer of Technology "
                "(endorsed by COP-4 in 2009, again by COP-7 in 2015)",
                "since": "2007",
                "since_note": "Nominated by the Latin America and Caribbean Parties",
                "checked": "chm.pops.int/Default.aspx?tabid=5277",
            }
        ],
        "checked": "chm.pops.int/Default.aspx?tabid=5277; brsmeas.org/Default.aspx?tabid=5290",
    },
    {
        "key": "SCRC-CZECH",
        "acronym": "SCRC Czech Republic",
        "name": "Stockholm Convention Regional Centre for Capacity Building and the Transfer of Technology in "
        "the Czech Republic",
        "kind": "regional_centre",
        "host_institution": "Research Centre for Toxic Compounds in the Environment (RECETOX), Faculty of Science, "
        "Masaryk University",
        "city": "Brno",
        "country": "CZ",
        "website": "https://www.recetox.muni.cz",
        "served_description": "23 countries of Central and Eastern Europe (no list on the pages read); partner of "
        "over 30 countries in Africa and Asia",
        "expertise": ["pops", "monitoring"],
        "expertise_note": "Environmental monitoring of POPs (MONET air sampling network, GMP data), science-policy "
        "support, data repositories.",
        "facilities": [
            {
                "kind": "training",
                "description": "Regular summer school on POPs monitoring, laboratory analyses and risk assessment.",
                "checked": "recetox.muni.cz/rc/index-en.php?pg=about-us--our-work",
            },
            {
                "kind": "laboratory",
                "description": "RECETOX laboratory and instrumentation capacity offered to stakeholders.",
                "checked": "recetox.muni.cz/en/cooperation/science-and-society/regional-centre",
            },
        ],
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre for Central and Eastern Europe",
                "since": "2009",
                "since_note": "Endorsed by decision SC-4/23 (COP-4)",
                "checked": "recetox.muni.cz/en/cooperation/science-and-society/regional-centre",
            }
        ],
        "checked": "chm.pops.int/Default.aspx?tabid=5265; recetox.muni.cz regional centre page",
    },
    {
        "key": "SCRC-INDIA",
        "acronym": "SCRC-India",
        "name": "Stockholm Convention Regional Centre for Capacity Building and Technology Transfer in Asia Region",
        "kind": "regional_centre",
        "host_institution": "CSIR-National Environmental Engineering Research Institute (CSIR-NEERI)",
        "city": "Nagpur",
        "country": "IN",
        "website": "https://www.neeri.res.in",
        "countries_served": ["BD", "MV", "MN", "MM", "NP", "PH", "TH", "LK", "AE", "VN"],
        "expertise": ["pops", "monitoring", "ddt"],
        "expertise_note": "Monitoring and assessment of POPs, ESM of POPs and contaminated sites, non-POPs "
        "alternatives to DDT.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre on POPs for the Asia region (endorsed at COP-5, 2011)",
                "since": "2010-09-17",
                "since_note": "Designated by India's Ministry of Environment, Forest and Climate Change",
                "checked": "neeri.res.in/divisions/details/international-affairs-stockholm-convention",
            }
        ],
        "checked": "neeri.res.in International affairs (Stockholm Convention); neeriathome.neeri.res.in/scrc "
        "workshop page; awamkasach.com (NEERI headquartered in Nagpur)",
    },
    {
        "key": "SCRC-KENYA",
        "acronym": "SCRC-Kenya",
        "name": "Stockholm Convention Regional Centre in Kenya",
        "kind": "regional_centre",
        "host_institution": "International Centre of Insect Physiology and Ecology (icipe)",
        "city": "Nairobi",
        "country": "KE",
        "website": "http://www.icipe.org",
        "served_description": "Mainly almost all African countries",
        "expertise": ["pesticides", "pops"],
        "expertise_note": "Research and development of non-chemical alternatives to hazardous pesticides, "
        "including POPs, for pests and disease vectors; capacity building of farmers.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional and subregional centre (endorsed by COP-5 in 2011, again "
                "by COP-7 in 2015)",
                "since": "2010-07",
                "since_note": "Nominated by the Africa region",
                "checked": "brsmeas.org/Default.aspx?tabid=5098",
            }
        ],
        "checked": "brsmeas.org/Default.aspx?tabid=5098; icipe.org affiliations page",
    },
    {
        "key": "SCRC-KUWAIT",
        "acronym": "SCRC Kuwait",
        "name": "Stockholm Convention Regional Centre in Kuwait",
        "kind": "regional_centre",
        "host_institution": "Kuwait Institute for Scientific Research (KISR)",
        "city": "Kuwait City",
        "country": "KW",
        "countries_served": ["SA", "AE", "OM", "QA", "BH", "KW", "YE", "SY", "JO", "LB"],
        "served_description": "West Asia region",
        "expertise": ["pops", "monitoring"],
        "expertise_note": "Laboratory analysis of environmental samples including POPs; updates of national "
        "implementation plans.",
        "facilities": [
            {
                "kind": "laboratory",
                "description": "KISR laboratories, including the Central Analytical Laboratory.",
                "checked": "chm.pops.int NewsFeatures RegionalfocusswitchestoKuwait (tabid 5338)",
            }
        ],
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Center for Training and Technology Transfer for West Asia",
                "since": "2009",
                "since_note": "Endorsed by the Stockholm COP (nominated by the Asia region)",
                "checked": "chm.pops.int NewsFeatures RegionalfocusswitchestoKuwait (tabid 5338); kuna.net.kw "
                "article 3233051",
            }
        ],
        "checked": "chm.pops.int tabid 5338; cetesb.sp.gov.br table of Stockholm centres (Kuwait City)",
    },
    {
        "key": "SCRC-MEXICO",
        "name": "Instituto Nacional de Ecología y Cambio Climático (INECC), Stockholm Convention Regional Centre "
        "in Mexico",
        "kind": "regional_centre",
        "host_institution": "Instituto Nacional de Ecología y Cambio Climático (INECC)",
        # city, countries served: not stated in the pages read.
        "country": "MX",
        "expertise": ["pops"],
        "note": "Earlier pages name CENICA-Mexico as the GRULAC Stockholm centre.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Center",
                "checked": "chm.pops.int/Default.aspx?tabid=3557 (INECC workshop on technical assistance)",
            }
        ],
        "checked": "chm.pops.int/Default.aspx?tabid=3557; ccbasilea-crestocolmo.org.uy/en",
    },
    {
        "key": "SCRC-RUSSIA",
        "name": "Stockholm Convention Regional Centre in the Russian Federation at the Novosibirsk Institute of "
        "Organic Chemistry",
        "kind": "regional_centre",
        "host_institution": "Novosibirsk Institute of Organic Chemistry (NIOCH SB RAS)",
        "city": "Novosibirsk",
        "country": "RU",
        "website": "http://web.nioch.nsc.ru/en/",
        "countries_served": ["AZ", "BY", "GE", "KZ", "KG", "MN", "RU", "TJ", "TM", "UA", "UZ"],
        "expertise": ["pops", "monitoring"],
        "expertise_note": "Environmental quality monitoring including trace and ultra-trace POPs, annual "
        "expeditions in Siberia, Kazakhstan and Mongolia, chemical emergencies.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention regional centre",
                "since": "2017-05",
                "since_note": "Nominated",
                "checked": "chm.pops.int/Default.aspx?tabid=600",
            }
        ],
        "checked": "chm.pops.int/Default.aspx?tabid=600",
    },
    {
        "key": "SCRC-SPAIN",
        "acronym": "SCP/RAC",
        "name": "Regional Activity Centre for Sustainable Consumption and Production (SCP/RAC), Stockholm "
        "Convention Regional Centre in Spain",
        "kind": "regional_centre",
        "host_institution": "Waste Agency of Catalonia, with the Spanish ministry responsible for the environment "
        "(a centre of UNEP's Mediterranean Action Plan)",
        "city": "Barcelona",
        "country": "ES",
        "website": "http://www.cprac.org",
        "served_description": "Mediterranean countries (works under both the Stockholm and the Barcelona conventions)",
        "expertise": ["bat-bep", "pops", "industrial-chemicals"],
        "expertise_note": "Cleaner production and pollution prevention; reducing hazardous chemicals with BAT/BEP; "
        "green public procurement; POPs and plastics in the marine environment.",
        "roles": [
            {
                "role": "stockholm_centre",
                "instrument": "stockholm",
                "title": "Stockholm Convention Regional Centre in Spain (SCRC Spain)",
                "since": "2009",
                "since_note": "Designated as regional centre by the Parties",
                "checked": "cprac.org/en/about-us/scp/rac; chm.pops.int NewsFeatures StockholmandBarcelonaConvention "
                "(tabid 6239)",
            }
        ],
        "checked": "cprac.org/en/about-us/institutional-framework; chm.pops.int tabid 6239",
    },
    # =========================================================================================
    # UNEP regional offices (the six of mzp.cz "UNEP v regionech"; regions as in regions.py)
    # =========================================================================================
    {
        "key": "UNEP-ROA",
        "name": "UNEP Regional Office for Africa",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Nairobi",
        "country": "KE",
        "regions_served": ["unep-africa"],
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UNEP Regional Office for Africa",
                "checked": "mzp.cz/cz/unep_v_regionech",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech; docslib.org ROA newsletter May-June 2016",
    },
    {
        "key": "UNEP-ROAP",
        "name": "UNEP Regional Office for Asia and the Pacific",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Bangkok",
        "country": "TH",
        "regions_served": ["unep-asia-pacific"],
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UNEP Regional Office for Asia and the Pacific",
                "checked": "mzp.cz/cz/unep_v_regionech",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech",
    },
    {
        "key": "UNEP-ROE",
        "name": "UNEP Regional Office for Europe",
        "kind": "regional_office",
        "parent": "UNEP",
        "host_institution": "International Environment House",
        "city": "Geneva",
        "country": "CH",
        "regions_served": ["unep-europe"],
        "note": "Also has offices in Almaty (Central Asia), Brussels (European Union), Moscow (Russian Federation) "
        "and Vienna (UN offices).",
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UNEP Regional Office for Europe",
                "checked": "mzp.cz/cz/unep_v_regionech",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech",
    },
    {
        "key": "UNEP-ROLAC",
        "name": "UNEP Regional Office for Latin America and the Caribbean",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Panama City",
        "country": "PA",
        "website": "https://www.unep.org/regions/latin-america-and-caribbean",
        "regions_served": ["unep-lac"],
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UN Environment's Latin America and the Caribbean Office",
                "served_description": "The 33 countries of the region, including 16 small island developing States",
                "checked": "unep.org/regions/latin-america-and-caribbean/our-work-latin-america-and-caribbean",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech; unep.org LAC 'Our work' page (updated 24 Oct 2022)",
    },
    {
        "key": "UNEP-RONA",
        "name": "UNEP Regional Office for North America",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Washington, D.C.",
        "country": "US",
        "regions_served": ["unep-north-america"],
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UNEP Regional Office for North America",
                "checked": "mzp.cz/cz/unep_v_regionech",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech",
    },
    {
        "key": "UNEP-ROWA",
        "name": "UNEP Regional Office for West Asia",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Manama",
        "country": "BH",
        "regions_served": ["unep-west-asia"],
        "roles": [
            {
                "role": "unep_regional_office",
                "title": "UNEP Regional Office for West Asia",
                "checked": "mzp.cz/cz/unep_v_regionech",
            }
        ],
        "checked": "mzp.cz/cz/unep_v_regionech; unep.org/sw West Asia page (office in Bahrain)",
    },
    # =========================================================================================
    # FAO regional and subregional offices (FAO has five regional offices: fao.org RAP page)
    # =========================================================================================
    {
        "key": "FAO-RAF",
        "acronym": "RAF",
        "name": "FAO Regional Office for Africa",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Accra",
        "country": "GH",
        "website": "https://www.fao.org/africa",
        "roles": [
            {
                "role": "fao_regional_office",
                "title": "FAO Regional Office for Africa",
                "since": "1959-12-22",
                "since_note": "Agreement with the Government of Ghana (location decided by the FAO Council in 1958)",
                "checked": "fao.org/africa/about-raf",
            }
        ],
        "checked": "fao.org/africa/about-raf; zawya.com FAO press release of 18 June 2025",
    },
    {
        "key": "FAO-RAP",
        "acronym": "RAP",
        "name": "FAO Regional Office for Asia and the Pacific",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Bangkok",
        "country": "TH",
        "website": "https://www.fao.org/asiapacific",
        "roles": [
            {
                "role": "fao_regional_office",
                "title": "FAO Regional Office for Asia and the Pacific",
                "since": "1948",
                "since_note": "Moved to Bangkok (permanent site from 1953)",
                "served_description": "46 member countries",
                "checked": "fao.org/asiapacific/perspectives/regional-office",
            }
        ],
        "checked": "fao.org/asiapacific/perspectives/regional-office; fao.org/asiapacific/rap short history",
    },
    {
        "key": "FAO-REU",
        "acronym": "REU",
        "name": "FAO Regional Office for Europe and Central Asia",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Budapest",
        "country": "HU",
        "website": "https://www.fao.org/europe",
        "roles": [
            {
                "role": "fao_regional_office",
                "title": "FAO Regional Office for Europe and Central Asia",
                "since": "2007",
                "since_note": "Transferred from Rome to Budapest",
                "served_description": "53 Members and one Member Organization (the European Union) in 2010",
                "checked": "fao.org/europe/about-reu",
            }
        ],
        "checked": "fao.org/europe/about-reu",
    },
    {
        "key": "FAO-RLC",
        "name": "FAO Regional Office for Latin America and the Caribbean",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Santiago",
        "country": "CL",
        "roles": [
            {
                "role": "fao_regional_office",
                "title": "FAO regional office for Latin America and the Caribbean",
                "checked": "fao.org/north-america/fao-in-north-america/about-us (Mexico served by the regional "
                "office in Santiago, Chile)",
            }
        ],
        "checked": "fao.org/north-america/fao-in-north-america/about-us",
    },
    {
        "key": "FAO-RNE",
        "name": "FAO Regional Office for the Near East and North Africa",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Cairo",
        "country": "EG",
        "roles": [
            {
                "role": "fao_regional_office",
                "title": "FAO Regional Office in Cairo",
                "served_description": "All countries in the Near East and North Africa (2009)",
                "checked": "fao.org/news/story/en/item/37592 (21 November 2009)",
            }
        ],
        "checked": "fao.org/news/story/en/item/37592",
    },
    {
        "key": "FAO-SFW",
        "acronym": "SFW",
        "name": "FAO Subregional Office for West Africa",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Accra",
        "country": "GH",
        "roles": [
            {
                "role": "fao_subregional_office",
                "title": "FAO Sub-regional Office for West Africa",
                "since": "2006",
                "since_note": "Agreement with Ghana signed; operational in 2007",
                "served_description": "West Africa (its first meeting gathered the FAO Representatives of the "
                "15 ECOWAS member countries)",
                "checked": "ghanaweb.com GNA report 'FAO meeting opens' (10 December 2007)",
            }
        ],
        "checked": "ghanaweb.com GNA report of 10 December 2007",
    },
    {
        "key": "FAO-SRO-NORTH-AFRICA",
        "name": "FAO Subregional Office for North Africa",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Tunis",
        "country": "TN",
        "countries_served": ["DZ", "LY", "MR", "MA", "TN"],
        "roles": [
            {
                "role": "fao_subregional_office",
                "title": "FAO Sub-regional Office in Tunis",
                "checked": "fao.org/news/story/en/item/37592 (21 November 2009)",
            }
        ],
        "checked": "fao.org/news/story/en/item/37592",
    },
    {
        "key": "FAO-SRO-CARIBBEAN",
        "name": "FAO Subregional Office for the Caribbean",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Bridgetown",
        "country": "BB",
        "roles": [
            {
                "role": "fao_subregional_office",
                "title": "FAO Sub-regional Office in Bridgetown",
                "served_description": "The Caribbean",
                "checked": "fao.org/news/story/en/item/37592 (21 November 2009)",
            }
        ],
        "checked": "fao.org/news/story/en/item/37592",
    },
    {
        "key": "FAO-SRO-PACIFIC",
        "name": "FAO Subregional Office for the Pacific Islands",
        "kind": "regional_office",
        "parent": "FAO",
        # city: the page says "in Samoa" only; not set.
        "country": "WS",
        "roles": [
            {
                "role": "fao_subregional_office",
                "title": "FAO Sub-regional Office for the Pacific Islands",
                "since": "1996",
                "since_note": "Opened",
                "served_description": "14 Southwest Pacific countries",
                "checked": "fao.org/asiapacific/rap/home/short-history",
            }
        ],
        "checked": "fao.org/asiapacific/rap/home/short-history",
    },
    {
        "key": "FAO-SRO-CENTRAL-ASIA",
        "name": "FAO Subregional Office for Central Asia",
        "kind": "regional_office",
        "parent": "FAO",
        "city": "Ankara",
        "country": "TR",
        "roles": [
            {
                "role": "fao_subregional_office",
                "title": "FAO Subregional Office for Central Asia",
                "since": "2006-11",
                "since_note": "Established",
                "checked": "fao.org/europe/about-reu",
            }
        ],
        "checked": "fao.org/europe/about-reu",
    },
]

# The MEA focal-point function in UNEP regional offices, as sources name it. No person is named:
# who holds a function is a contact detail (internal). The sources name the function for every
# regional office (DELC) and, for Asia and the Pacific, two officers by cluster.
MEA_FOCAL_POINTS: list[MeaFocalPointRecord] = [
    {
        "key": "unep-regional-mea-focal-points",
        "office": "all",
        "title": "Regional MEAs Focal Points (technical and advisory services for synergistic implementation of "
        "the biodiversity and the chemicals and waste clusters of MEAs)",
        "cluster": "all",
        "checked": "unep.org/delc/ImplementationofspecificMEAclusters/tabid/101087",
    },
    {
        "key": "unep-roap-chemicals-mea-officer",
        "office": "UNEP-ROAP",
        "title": "MEAs officer focusing on chemical MEAs",
        "cluster": "chemicals_and_waste",
        "checked": "unep.org/roap Support for Multilateral Environmental Agreements (tabid 6781)",
    },
    {
        "key": "unep-roap-biodiversity-mea-officer",
        "office": "UNEP-ROAP",
        "title": "MEAs officer focusing on biodiversity MEAs",
        "cluster": "biodiversity",
        "checked": "unep.org/roap Support for Multilateral Environmental Agreements (tabid 6781)",
    },
]


class NetworkCounts(TypedDict):
    centres: int
    basel: int
    stockholm: int
    both: int
    checked: str


# What the BRS Secretariat states about the network; tests check that NETWORK agrees.
NETWORK_COUNTS: NetworkCounts = {"centres": 23, "basel": 14, "stockholm": 17, "both": 8, "checked": _BRS_23}
