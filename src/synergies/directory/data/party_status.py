"""Status of countries towards the Basel, Rotterdam, Stockholm and Minamata conventions, as the
depositary (the Secretary-General of the United Nations; UN Treaty Collection, chapter XXVII) records it.

Reference data for issue 10, shaped for ``PartyStatus`` (docs/data-sources.md, "Party status"):
one ``PartyStatusRecord`` per country and instrument, with the signature date, the action
(ratification, acceptance, approval, accession, succession, formal confirmation) and its date, the
entry into force for that country and any withdrawal, each citing the depositary page it came from.

What could be read (checked 2026-12-04): the search tool's stored copies of treaties.un.org give
each page from its beginning only, so the header of each status page (entry into force, the
article that governs it, registration, numbers of signatories and parties) was read in full, but
no participant table could be read to its end, and no public data repository holding current
depositary tables was found. Following the rule "complete tables or none", ``PARTY_STATUS`` is
therefore empty: no country rows are given rather than partial ones. ``MISSING`` says what is
missing for each convention. The import from the UN Treaty Collection's exports (issue 10) is the
way to fill ``PARTY_STATUS``; ``TREATIES`` gives the treaty-level facts and, where the depositary
quotes it, the article by which the Convention enters into force for a Party that joins later, so
the importer can mark a computed date as computed and cite the article.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class EntryIntoForceRule(TypedDict):
    article: str  # as the depositary cites it
    days_after_deposit: int
    text: str  # short paraphrase of the rule
    checked: str


class TreatyRecord(TypedDict):
    instrument: str  # vocabulary.INSTRUMENTS code
    mtdsg: str  # the depositary's number in Multilateral Treaties Deposited with the Secretary-General
    title: str
    adopted_place: str
    adopted: str  # ISO date of adoption / opening as the depositary heads it
    entry_into_force: str  # ISO date, general entry into force
    entry_into_force_article: str  # as the depositary cites it
    untc_registration: str  # UNTS registration number
    signatories: int  # as the stored depositary page states
    parties: int
    checked: str  # depositary page address
    later_parties_rule: NotRequired[EntryIntoForceRule]  # only where the depositary quotes it


class PartyStatusRecord(TypedDict):
    country: str  # ISO 3166-1 alpha-2
    instrument: str
    action: str  # one of ACTIONS
    action_date: str  # ISO date of deposit
    checked: str  # depositary page address
    signature: NotRequired[str]  # ISO date
    entry_into_force: NotRequired[str]  # ISO date
    entry_into_force_computed: NotRequired[bool]  # True: computed by TREATIES[...]["later_parties_rule"]
    withdrawal: NotRequired[str]  # ISO date the withdrawal takes effect
    withdrawal_notified: NotRequired[str]


ACTIONS: tuple[str, ...] = (
    "ratification",
    "acceptance",
    "approval",
    "accession",
    "succession",
    "formal_confirmation",
)

# The depositary's footnote letters after the date in the "Ratification, ..." column.
ACTION_CODES: dict[str, str] = {
    "": "ratification",
    "A": "acceptance",
    "AA": "approval",
    "a": "accession",
    "d": "succession",
    "c": "formal_confirmation",
}

_UNTC_XML = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVII/"

TREATIES: list[TreatyRecord] = [
    {
        "instrument": "basel",
        "mtdsg": "XXVII-3",
        "title": "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal",
        "adopted_place": "Basel",
        "adopted": "1989-03-22",
        "entry_into_force": "1992-05-05",
        "entry_into_force_article": "article 25(1)",
        "untc_registration": "28911",
        "signatories": 53,
        "parties": 191,
        # later_parties_rule: the depositary's header cites article 25(1) only; the text of the
        # rule for later Parties (article 25(2)) was not read, so it is not given here.
        "checked": _UNTC_XML + "XXVII-3.en.xml",
    },
    {
        "instrument": "rotterdam",
        "mtdsg": "XXVII-14",
        "title": "Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and "
        "Pesticides in International Trade",
        "adopted_place": "Rotterdam",
        "adopted": "1998-09-10",
        "entry_into_force": "2004-02-24",
        "entry_into_force_article": "article 26",
        "untc_registration": "39973",
        "signatories": 72,
        "parties": 166,
        "later_parties_rule": {
            "article": "article 26(2)",
            "days_after_deposit": 90,
            "text": "For a State or regional economic integration organization that ratifies, accepts, approves "
            "or accedes after the fiftieth instrument, the Convention enters into force on the ninetieth day "
            "after the date of deposit of its instrument.",
            "checked": _UNTC_XML + "XXVII-14.en.xml (article 26 quoted in the entry-into-force note)",
        },
        "checked": _UNTC_XML + "XXVII-14.en.xml; treaties.un.org ShowMTDSGDetails XXVII-14 (status as at "
        "04-05-2024: 72 signatories, 166 parties)",
    },
    {
        "instrument": "minamata",
        "mtdsg": "XXVII-17",
        "title": "Minamata Convention on Mercury",
        "adopted_place": "Kumamoto",
        "adopted": "2013-10-10",
        "entry_into_force": "2017-08-16",
        "entry_into_force_article": "article 31(1)",
        "untc_registration": "54669",
        "signatories": 128,
        "parties": 148,
        "later_parties_rule": {
            "article": "article 31 (the depositary quotes it under 'article 31(1)')",
            "days_after_deposit": 90,
            "text": "For a State or regional economic integration organization that ratifies, accepts, approves "
            "or accedes after the fiftieth instrument, the Convention enters into force on the ninetieth day "
            "after the date of deposit of its instrument.",
            "checked": _UNTC_XML + "XXVII-17.en.xml (entry-into-force note)",
        },
        "checked": _UNTC_XML + "XXVII-17.en.xml",
    },
    # Stockholm Convention (XXVII-15): the depositary's status page was not among the stored pages
    # the search tool could reach; no treaty record is given rather than one from secondary pages.
]

# Country rows: none (see the module docstring).
PARTY_STATUS: list[PartyStatusRecord] = []

# What is missing, per convention, and why.
MISSING: dict[str, str] = {
    "basel": "Country rows: the depositary table (XXVII-3) could be read only from its beginning.",
    "rotterdam": "Country rows: the depositary table (XXVII-14) could be read only from its beginning.",
    "stockholm": "Treaty record and country rows: the depositary page (XXVII-15) was not reachable.",
    "minamata": "Country rows: the depositary table (XXVII-17) could be read only from its beginning.",
}
