"""Which countries belong to which region: the five UN regional groups and the six UNEP regions.

Keys are the region codes of ``vocabulary.REGIONS``; values are ISO 3166-1 alpha-2 codes.
``directory.services.sync_reference_data`` loads this into every database, so filters such as
``?region=grulac`` work everywhere, not only on the demo data.

Decisions worth knowing (see docs/demo-data.md, "Regions"):

- **UN regional groups** follow the UN Department for General Assembly and Conference
  Management's (DGACM) list "Regional groups of Member States". Türkiye takes part in both WEOG
  and the Asia-Pacific Group (DGACM marks it with an asterisk there) but counts as WEOG for
  electoral purposes, so it is listed under ``weog`` only. Israel is a member of WEOG. Kiribati,
  long outside any group, is on the current DGACM list of the Asia-Pacific Group, and so is
  Cyprus.
- **The United States** is not a member of any group; it attends WEOG meetings as an observer
  and is counted with WEOG for electoral purposes. We list it under ``weog`` so that every
  Member State has exactly one UN group (a filter on ``weog`` is where people look for it).
- Non-members (the Holy See, the State of Palestine, the Cook Islands, Niue) are in no UN group.
- **UNEP regions** follow the countries served by UNEP's six regional offices: Africa (the 54
  African States), Asia and the Pacific (41, including the Cook Islands and Niue), Europe (54,
  including Israel, Türkiye, Cyprus and Central Asia), Latin America and the Caribbean (33),
  North America (2) and West Asia (12, including the State of Palestine).
"""

from __future__ import annotations

_AFRICA: list[str] = [
    "DZ",
    "AO",
    "BJ",
    "BW",
    "BF",
    "BI",
    "CV",
    "CM",
    "CF",
    "TD",
    "KM",
    "CG",
    "CI",
    "CD",
    "DJ",
    "EG",
    "GQ",
    "ER",
    "SZ",
    "ET",
    "GA",
    "GM",
    "GH",
    "GN",
    "GW",
    "KE",
    "LS",
    "LR",
    "LY",
    "MG",
    "MW",
    "ML",
    "MR",
    "MU",
    "MA",
    "MZ",
    "NA",
    "NE",
    "NG",
    "RW",
    "ST",
    "SN",
    "SC",
    "SL",
    "SO",
    "ZA",
    "SS",
    "SD",
    "TG",
    "TN",
    "UG",
    "TZ",
    "ZM",
    "ZW",
]

_ASIA_PACIFIC: list[str] = [
    "AF",
    "BH",
    "BD",
    "BT",
    "BN",
    "KH",
    "CN",
    "CY",
    "KP",
    "FJ",
    "IN",
    "ID",
    "IR",
    "IQ",
    "JP",
    "JO",
    "KZ",
    "KI",
    "KW",
    "KG",
    "LA",
    "LB",
    "MY",
    "MV",
    "MH",
    "FM",
    "MN",
    "MM",
    "NR",
    "NP",
    "OM",
    "PK",
    "PW",
    "PG",
    "PH",
    "QA",
    "KR",
    "WS",
    "SA",
    "SG",
    "SB",
    "LK",
    "SY",
    "TJ",
    "TH",
    "TL",
    "TO",
    "TM",
    "TV",
    "AE",
    "UZ",
    "VU",
    "VN",
    "YE",
]

_EASTERN_EUROPE: list[str] = [
    "AL",
    "AM",
    "AZ",
    "BY",
    "BA",
    "BG",
    "HR",
    "CZ",
    "EE",
    "GE",
    "HU",
    "LV",
    "LT",
    "ME",
    "MK",
    "PL",
    "MD",
    "RO",
    "RU",
    "RS",
    "SK",
    "SI",
    "UA",
]

_GRULAC: list[str] = [
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
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PA",
    "PY",
    "PE",
    "KN",
    "LC",
    "VC",
    "SR",
    "TT",
    "UY",
    "VE",
]

_WEOG: list[str] = [
    "AD",
    "AU",
    "AT",
    "BE",
    "CA",
    "DK",
    "FI",
    "FR",
    "DE",
    "GR",
    "IS",
    "IE",
    "IL",
    "IT",
    "LI",
    "LU",
    "MT",
    "MC",
    "NL",
    "NZ",
    "NO",
    "PT",
    "SM",
    "ES",
    "SE",
    "CH",
    "TR",
    "GB",
    "US",  # observer, counted with WEOG for electoral purposes (see module docstring)
]

_UNEP_WEST_ASIA: list[str] = ["BH", "IQ", "JO", "KW", "LB", "OM", "QA", "SA", "SY", "AE", "YE", "PS"]

_CENTRAL_ASIA: list[str] = ["KZ", "KG", "TJ", "TM", "UZ"]

_UNEP_ASIA_PACIFIC: list[str] = [
    code for code in _ASIA_PACIFIC if code not in _UNEP_WEST_ASIA and code not in _CENTRAL_ASIA and code != "CY"
] + ["AU", "NZ", "CK", "NU"]

_UNEP_EUROPE: list[str] = (
    _EASTERN_EUROPE + [code for code in _WEOG if code not in {"AU", "NZ", "CA", "US"}] + ["CY"] + _CENTRAL_ASIA
)

REGION_MEMBERS: dict[str, list[str]] = {
    "africa": _AFRICA,
    "asia-pacific": _ASIA_PACIFIC,
    "eastern-europe": _EASTERN_EUROPE,
    "grulac": _GRULAC,
    "weog": _WEOG,
    "unep-africa": list(_AFRICA),
    "unep-asia-pacific": _UNEP_ASIA_PACIFIC,
    "unep-europe": _UNEP_EUROPE,
    "unep-lac": list(_GRULAC),
    "unep-north-america": ["CA", "US"],
    "unep-west-asia": _UNEP_WEST_ASIA,
}

#: The five UN regional groups, in the order the UN lists them.
UN_REGIONAL_GROUPS: tuple[str, ...] = ("africa", "asia-pacific", "eastern-europe", "grulac", "weog")
