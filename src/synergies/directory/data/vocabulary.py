"""Reference vocabulary shared by every database: instruments, bodies, topics and regions.

Keys (``code``/``slug``) appear in public URLs and filters (``?instrument=minamata``): never
change one once published; add a new one instead.
"""

from __future__ import annotations

INSTRUMENTS: list[dict[str, str]] = [
    {
        "code": "basel",
        "short_name": "Basel Convention",
        "name": "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal",
        "website": "https://www.basel.int",
    },
    {
        "code": "rotterdam",
        "short_name": "Rotterdam Convention",
        "name": "Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals "
        "and Pesticides in International Trade",
        "website": "https://www.pic.int",
    },
    {
        "code": "stockholm",
        "short_name": "Stockholm Convention",
        "name": "Stockholm Convention on Persistent Organic Pollutants",
        "website": "https://www.pops.int",
    },
    {
        "code": "minamata",
        "short_name": "Minamata Convention",
        "name": "Minamata Convention on Mercury",
        "website": "https://minamataconvention.org",
    },
    {
        "code": "saicm",
        "short_name": "SAICM / GFC",
        "name": "Strategic Approach to International Chemicals Management and its successor, "
        "the Global Framework on Chemicals",
        "website": "https://www.saicm.org",
    },
    {
        "code": "unea",
        "short_name": "UNEA",
        "name": "United Nations Environment Assembly",
        "website": "https://www.unep.org/environmentassembly",
    },
]

# (code, acronym, name, kind, instrument code or "")
BODIES: list[tuple[str, str, str, str, str]] = [
    ("bc-cop", "BC COP", "Conference of the Parties to the Basel Convention", "governing", "basel"),
    ("bc-oewg", "BC OEWG", "Open-ended Working Group of the Basel Convention", "subsidiary", "basel"),
    ("bc-icc", "ICC", "Implementation and Compliance Committee of the Basel Convention", "subsidiary", "basel"),
    ("rc-cop", "RC COP", "Conference of the Parties to the Rotterdam Convention", "governing", "rotterdam"),
    ("crc", "CRC", "Chemical Review Committee of the Rotterdam Convention", "subsidiary", "rotterdam"),
    ("sc-cop", "SC COP", "Conference of the Parties to the Stockholm Convention", "governing", "stockholm"),
    ("poprc", "POPRC", "Persistent Organic Pollutants Review Committee", "subsidiary", "stockholm"),
    (
        "sc-batbep",
        "BAT/BEP EG",
        "Expert group on best available techniques and best environmental practices",
        "expert_group",
        "stockholm",
    ),
    (
        "sc-toolkit",
        "Toolkit EG",
        "Expert group on the Toolkit for identification and quantification of releases "
        "of dioxins, furans and other unintentional POPs",
        "expert_group",
        "stockholm",
    ),
    (
        "sc-gmp-gcg",
        "GMP GCG",
        "Global Coordination Group for the Global Monitoring Plan on POPs",
        "expert_group",
        "stockholm",
    ),
    ("sc-ddt-eg", "DDT EG", "DDT Expert Group", "expert_group", "stockholm"),
    ("pen", "PEN", "PCB Elimination Network", "partnership", "stockholm"),
    (
        "ddt-alliance",
        "DDT Alliance",
        "Global Alliance for the Development and Deployment of Alternatives to DDT",
        "partnership",
        "stockholm",
    ),
    (
        "mc-inc",
        "INC",
        "Intergovernmental negotiating committee to prepare a global legally binding instrument on mercury",
        "negotiating",
        "minamata",
    ),
    ("mc-cop", "MC COP", "Conference of the Parties to the Minamata Convention", "governing", "minamata"),
    (
        "mc-batbep",
        "Art. 8 EG",
        "Expert group on BAT/BEP guidance for controlling emissions (Minamata Convention Article 8)",
        "expert_group",
        "minamata",
    ),
    ("gmp-mercury", "GMP", "UNEP Global Mercury Partnership", "partnership", "minamata"),
    ("iccm", "ICCM", "International Conference on Chemicals Management", "governing", "saicm"),
    ("saicm-oewg", "SAICM OEWG", "Open-ended Working Group of SAICM", "subsidiary", "saicm"),
    (
        "saicm-ip",
        "IP",
        "Intersessional process on SAICM and the sound management of chemicals and waste beyond 2020",
        "subsidiary",
        "saicm",
    ),
    ("gfc-oewg", "GFC OEWG", "Open-ended Working Group of the Global Framework on Chemicals", "subsidiary", "saicm"),
    ("gaelp", "GAELP", "Global Alliance to Eliminate Lead Paint", "partnership", "saicm"),
    ("unea", "UNEA", "United Nations Environment Assembly", "governing", "unea"),
    ("oecpr", "OECPR", "Open-ended Committee of Permanent Representatives", "subsidiary", "unea"),
    ("unep-gc", "GC/GMEF", "UNEP Governing Council / Global Ministerial Environment Forum", "governing", "unea"),
    (
        "brs-bureaux",
        "BRS Bureaux",
        "Bureaux of the Conferences of the Parties to the Basel, Rotterdam and Stockholm conventions",
        "bureau",
        "",
    ),
    ("gef-council", "GEF Council", "Council of the Global Environment Facility", "governing", ""),
    ("gef-assembly", "GEF Assembly", "Assembly of the Global Environment Facility", "governing", ""),
    ("gpwm", "GPWM", "Global Partnership on Waste Management", "partnership", ""),
    (
        "plastics-inc",
        "INC plastics",
        "Intergovernmental negotiating committee to develop an international "
        "legally binding instrument on plastic pollution",
        "negotiating",
        "unea",
    ),
    (
        "spp-oewg",
        "SPP OEWG",
        "Ad hoc open-ended working group on a science-policy panel on chemicals, waste and pollution",
        "negotiating",
        "unea",
    ),
]

# (slug, name, comma-separated synonyms used to match harvested categories)
TOPICS: list[tuple[str, str, str]] = [
    ("mercury", "Mercury", "Hg,mercury waste,artisanal gold mining,ASGM"),
    ("pops", "Persistent organic pollutants", "POPs,persistent organic pollutant"),
    ("pcbs", "PCBs", "PCB,polychlorinated biphenyls"),
    ("ddt", "DDT", "dichlorodiphenyltrichloroethane,vector control"),
    ("lead", "Lead", "Pb,lead paint,lead in paint"),
    ("cadmium", "Cadmium", "Cd"),
    ("dioxins-furans", "Dioxins and furans", "PCDD,PCDF,unintentional POPs,UPOPs"),
    ("bat-bep", "BAT and BEP", "best available techniques,best environmental practices"),
    ("e-waste", "E-waste", "WEEE,electrical and electronic waste,electronic waste"),
    ("plastics", "Plastics", "plastic waste,plastic pollution,marine litter"),
    ("pesticides", "Pesticides", "highly hazardous pesticides,HHPs"),
    ("industrial-chemicals", "Industrial chemicals", "chemicals in products"),
    ("pfas", "PFAS and perfluorinated chemicals", "PFCs,PFOS,PFOA,PFHxS,perfluorinated chemicals"),
    ("hazardous-waste", "Hazardous waste", "hazardous wastes,waste management,ESM"),
    ("illegal-traffic", "Illegal traffic", "illegal trade,enforcement"),
    ("monitoring", "Monitoring", "Global Monitoring Plan,GMP,effectiveness evaluation"),
    ("reporting", "National reporting", "national reports,Article 15"),
    ("technical-assistance", "Technical assistance", "capacity building,TA"),
    ("financing", "Financing", "financial resources,resource mobilization,Special Programme"),
    ("sdgs", "Sustainable Development Goals", "SDG,2030 Agenda"),
    ("synergies", "Synergies and cooperation", "cooperation,coordination"),
    ("emerging-issues", "Emerging policy issues", "issues of concern,nanomaterials,EDCs"),
    ("health", "Chemicals and health", "human health,human milk"),
    ("gender", "Gender", "women"),
]

# (code, name, kind)
REGIONS: list[tuple[str, str, str]] = [
    ("africa", "African States", "un_group"),
    ("asia-pacific", "Asia-Pacific States", "un_group"),
    ("eastern-europe", "Eastern European States", "un_group"),
    ("grulac", "Latin American and Caribbean States", "un_group"),
    ("weog", "Western European and other States", "un_group"),
    ("unep-africa", "Africa (UNEP region)", "unep"),
    ("unep-asia-pacific", "Asia and the Pacific (UNEP region)", "unep"),
    ("unep-europe", "Europe (UNEP region)", "unep"),
    ("unep-lac", "Latin America and the Caribbean (UNEP region)", "unep"),
    ("unep-north-america", "North America (UNEP region)", "unep"),
    ("unep-west-asia", "West Asia (UNEP region)", "unep"),
]
