"""Organizations of the demo data set: the secretariats, UNEP's branches and regional offices,
partner agencies and the Basel and Stockholm convention regional centres.

Only real organizations. Names of the regional centres are given descriptively ("... in Egypt")
rather than by their full official titles, which change over time; host countries follow the
list of the 14 Basel Convention regional centres (BCRC Egypt's site) and the BRS Secretariat's
regional-centre pages; a city is left empty where we could not confirm it. A ``website`` is given
only where the address was seen in a source. An institution serving both conventions is one
record (Senegal's centre in Dakar). Each centre's key is the one ``directory/data/network.py``
uses for the same institution, where the full facts and their sources are (checked 2026-12-04):
Nigeria's centre is the Basel Convention Coordinating Centre for the African Region at the
University of Ibadan (basel.org.ng); Argentina's centre is in Buenos Aires (unep.org event of
31 March 2023); Slovakia's is in Bratislava at the Slovak Environment Agency (bcrc.sazp.sk); the
El Salvador centre (Antiguo Cuscatlán) closed on 4 May 2017 (basel.int tabid 4840); the
South-East Asia centre's site is now rc-sea.org (its street address was not confirmed).
"""

from __future__ import annotations

from typing import TypedDict


class OrganizationRecord(TypedDict):
    acronym: str
    name: str
    kind: str  # synergies.directory.models.Organization.Kind value
    parent: str | None  # acronym of the parent organization, listed earlier
    city: str
    country: str  # ISO 3166-1 alpha-2
    regions_served: list[str]  # region codes of vocabulary.REGIONS
    website: str


_ALL_UN_GROUPS = ["africa", "asia-pacific", "eastern-europe", "grulac", "weog"]

ORGANIZATIONS: list[OrganizationRecord] = [
    # --- UNEP and its branches ------------------------------------------------------------------
    {
        "acronym": "UNEP",
        "name": "United Nations Environment Programme",
        "kind": "un_agency",
        "parent": None,
        "city": "Nairobi",
        "country": "KE",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.unep.org",
    },
    {
        "acronym": "UNEP-CHEM",
        "name": "UNEP Division of Technology, Industry and Economics, Chemicals Branch "
        "(now the Chemicals and Health Branch)",
        "kind": "unep",
        "parent": "UNEP",
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "",
    },
    {
        "acronym": "UNEP-IETC",
        "name": "UNEP DTIE International Environmental Technology Centre",
        "kind": "unep",
        "parent": "UNEP",
        "city": "Osaka",
        "country": "JP",
        "regions_served": _ALL_UN_GROUPS,
        "website": "",
    },
    # --- Secretariats -----------------------------------------------------------------------------
    {
        "acronym": "BRS",
        "name": "Secretariat of the Basel, Rotterdam and Stockholm Conventions",
        "kind": "secretariat",
        "parent": "UNEP",
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.brsmeas.org",
    },
    {
        "acronym": "MINAMATA",
        "name": "Secretariat of the Minamata Convention on Mercury (interim secretariat "
        "until the first meeting of the Conference of the Parties in 2017)",
        "kind": "secretariat",
        "parent": "UNEP",
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://minamataconvention.org",
    },
    {
        "acronym": "SAICM",
        "name": "Secretariat of the Strategic Approach to International Chemicals Management "
        "(now of the Global Framework on Chemicals)",
        "kind": "secretariat",
        "parent": "UNEP",
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.saicm.org",
    },
    # --- UNEP regional offices --------------------------------------------------------------------
    {
        "acronym": "UNEP-ROA",
        "name": "UNEP Regional Office for Africa",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Nairobi",
        "country": "KE",
        "regions_served": ["unep-africa", "africa"],
        "website": "",
    },
    {
        "acronym": "UNEP-ROAP",
        "name": "UNEP Regional Office for Asia and the Pacific",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Bangkok",
        "country": "TH",
        "regions_served": ["unep-asia-pacific"],
        "website": "",
    },
    {
        "acronym": "UNEP-ROE",
        "name": "UNEP Regional Office for Europe",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Geneva",
        "country": "CH",
        "regions_served": ["unep-europe"],
        "website": "",
    },
    {
        "acronym": "UNEP-ROLAC",
        "name": "UNEP Regional Office for Latin America and the Caribbean",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Panama City",
        "country": "PA",
        "regions_served": ["unep-lac", "grulac"],
        "website": "",
    },
    {
        "acronym": "UNEP-RONA",
        "name": "UNEP Regional Office for North America",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Washington, D.C.",
        "country": "US",
        "regions_served": ["unep-north-america"],
        "website": "",
    },
    {
        "acronym": "UNEP-ROWA",
        "name": "UNEP Regional Office for West Asia",
        "kind": "regional_office",
        "parent": "UNEP",
        "city": "Manama",
        "country": "BH",
        "regions_served": ["unep-west-asia"],
        "website": "",
    },
    # --- Partner agencies and programmes ----------------------------------------------------------
    {
        "acronym": "FAO",
        "name": "Food and Agriculture Organization of the United Nations",
        "kind": "un_agency",
        "parent": None,
        "city": "Rome",
        "country": "IT",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.fao.org",
    },
    {
        "acronym": "WHO",
        "name": "World Health Organization",
        "kind": "un_agency",
        "parent": None,
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.who.int",
    },
    {
        "acronym": "GEF",
        "name": "Global Environment Facility",
        "kind": "financial",
        "parent": None,
        "city": "Washington, D.C.",
        "country": "US",
        "regions_served": _ALL_UN_GROUPS,
        "website": "https://www.thegef.org",
    },
    {
        "acronym": "IOMC",
        "name": "Inter-Organization Programme for the Sound Management of Chemicals",
        "kind": "partnership",
        "parent": None,
        "city": "Geneva",
        "country": "CH",
        "regions_served": _ALL_UN_GROUPS,
        "website": "",
    },
    # --- Basel Convention regional centres (the 14 BCRCs) and Stockholm Convention centres -----------
    {
        "acronym": "BCRC-ARGENTINA",
        "name": "Basel Convention Regional Centre in Argentina",
        "kind": "regional_centre",
        "parent": None,
        "city": "Buenos Aires",
        "country": "AR",
        "regions_served": ["grulac"],
        "website": "",
    },
    {
        "acronym": "BCRC-SCRC-CHINA",
        "name": "Basel Convention Regional Centre for Asia and the Pacific and "
        "Stockholm Convention Regional Centre in China",
        "kind": "regional_centre",
        "parent": None,
        "city": "Beijing",
        "country": "CN",
        "regions_served": ["asia-pacific"],
        "website": "http://www.bcrc.cn",
    },
    {
        "acronym": "BCRC-EGYPT",
        "name": "Basel Convention Regional Centre in Egypt",
        "kind": "regional_centre",
        "parent": None,
        "city": "Cairo",
        "country": "EG",
        "regions_served": ["africa"],
        "website": "http://www.bcrc-egypt.com",
    },
    {
        "acronym": "BCRC-EL-SALVADOR",
        "name": "Basel Convention Regional Centre in El Salvador (closed since May 2017)",
        "kind": "regional_centre",
        "parent": None,
        "city": "Antiguo Cuscatlán",
        "country": "SV",
        "regions_served": ["grulac"],
        "website": "",
    },
    {
        "acronym": "BCRC-SEA",
        "name": "Basel Convention Regional Centre for South-East Asia and Stockholm "
        "Convention Regional Centre in Indonesia",
        "kind": "regional_centre",
        "parent": None,
        "city": "Jakarta",
        "country": "ID",
        "regions_served": ["asia-pacific"],
        "website": "https://rc-sea.org",
    },
    {
        "acronym": "BCRC-IRAN",
        "name": "Basel Convention Regional Centre in the Islamic Republic of Iran",
        "kind": "regional_centre",
        "parent": None,
        "city": "Tehran",
        "country": "IR",
        "regions_served": ["asia-pacific"],
        "website": "",
    },
    {
        "acronym": "BCCC-AFRICA",
        "name": "Basel Convention Coordinating Centre for the African Region",
        "kind": "regional_centre",
        "parent": None,
        "city": "Ibadan",
        "country": "NG",
        "regions_served": ["africa"],
        "website": "https://basel.org.ng",
    },
    {
        "acronym": "BCRC-RUSSIA",
        "name": "Basel Convention Regional Centre in the Russian Federation",
        "kind": "regional_centre",
        "parent": None,
        "city": "Moscow",
        "country": "RU",
        "regions_served": ["eastern-europe"],
        "website": "",
    },
    {
        "acronym": "BCRC-SCRC-SENEGAL",
        "name": "Basel and Stockholm Convention Regional Centre for French-speaking African countries",
        "kind": "regional_centre",
        "parent": None,
        "city": "Dakar",
        "country": "SN",
        "regions_served": ["africa"],
        "website": "http://www.crcbsaf.org",
    },
    {
        "acronym": "BCRC-SLOVAKIA",
        "name": "Basel Convention Regional Centre in the Slovak Republic",
        "kind": "regional_centre",
        "parent": None,
        "city": "Bratislava",
        "country": "SK",
        "regions_served": ["eastern-europe"],
        "website": "https://bcrc.sazp.sk",
    },
    {
        "acronym": "SPREP",
        "name": "Secretariat of the Pacific Regional Environment Programme (hosts the Basel "
        "Convention regional centre for the Pacific)",
        "kind": "regional_centre",
        "parent": None,
        "city": "Apia",
        "country": "WS",
        "regions_served": ["asia-pacific"],
        "website": "https://www.sprep.org",
    },
    {
        "acronym": "BCRC-SOUTH-AFRICA",
        "name": "Basel Convention Regional Centre in South Africa",
        "kind": "regional_centre",
        "parent": None,
        "city": "Pretoria",
        "country": "ZA",
        "regions_served": ["africa"],
        "website": "",
    },
    {
        "acronym": "BCRC-CARIBBEAN",
        "name": "Basel Convention Regional Centre for the Caribbean",
        "kind": "regional_centre",
        "parent": None,
        "city": "Port of Spain",
        "country": "TT",
        "regions_served": ["grulac"],
        "website": "https://www.bcrc-caribbean.org",
    },
    {
        "acronym": "BCCC-SCRC-URUGUAY",
        "name": "Basel Convention Coordinating Centre and Stockholm Convention Regional Centre in Uruguay",
        "kind": "regional_centre",
        "parent": None,
        "city": "Montevideo",
        "country": "UY",
        "regions_served": ["grulac"],
        "website": "",
    },
    {
        "acronym": "SCRC-BRAZIL",
        "name": "Stockholm Convention Regional Centre for Latin America and the Caribbean at CETESB",
        "kind": "regional_centre",
        "parent": None,
        "city": "São Paulo",
        "country": "BR",
        "regions_served": ["grulac"],
        "website": "",
    },
    {
        "acronym": "SCRC-CZECH",
        "name": "Stockholm Convention Regional Centre at RECETOX",
        "kind": "regional_centre",
        "parent": None,
        "city": "Brno",
        "country": "CZ",
        "regions_served": ["eastern-europe"],
        "website": "",
    },
    {
        "acronym": "SCRC-SPAIN",
        "name": "Stockholm Convention Regional Centre in Spain",
        "kind": "regional_centre",
        "parent": None,
        "city": "Barcelona",
        "country": "ES",
        "regions_served": [],
        "website": "",
    },
    {
        "acronym": "SCRC-KENYA",
        "name": "Stockholm Convention Regional Centre in Kenya",
        "kind": "regional_centre",
        "parent": None,
        "city": "Nairobi",
        "country": "KE",
        "regions_served": ["africa"],
        "website": "",
    },
]
