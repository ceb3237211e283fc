"""The official names in the UN languages (directory/data/names_i18n.py): keyed by the vocabulary, sourced, listed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings

from synergies.directory.data import names_i18n, vocabulary
from synergies.directory.data.names_i18n import Name

TABLES: dict[str, tuple[dict[str, dict[str, Name]], list[str]]] = {
    "instrument": (names_i18n.INSTRUMENT_NAMES, [item["code"] for item in vocabulary.INSTRUMENTS]),
    "body": (names_i18n.BODY_NAMES, [body[0] for body in vocabulary.BODIES]),
    "topic": (names_i18n.TOPIC_NAMES, [topic[0] for topic in vocabulary.TOPICS]),
}

ENTRIES = [
    pytest.param(kind, key, lang, name, id=f"{kind}-{key}-{lang}")
    for kind, (names, _keys) in TABLES.items()
    for key, languages in names.items()
    for lang, name in languages.items()
]

# The script each language is written in: every letter of a name is of it (digits, punctuation and
# Latin acronyms such as «PCB» aside).
SCRIPTS = {"ar": "ARABIC", "zh-hans": "CJK", "ru": "CYRILLIC", "fr": "LATIN", "es": "LATIN"}
GLOSSARY = Path(__file__).resolve().parents[4] / "docs" / "glossary.md"


@pytest.mark.parametrize("kind", TABLES)
def test_every_key_is_a_code_or_slug_of_the_vocabulary(kind: str) -> None:
    names, keys = TABLES[kind]

    assert [key for key in names if key not in keys] == []


def test_the_languages_are_the_sites_languages_less_english() -> None:
    assert tuple(code for code, _name in settings.LANGUAGES if code != "en") == names_i18n.LANGUAGES


@pytest.mark.parametrize(("kind", "key", "lang", "name"), ENTRIES)
def test_every_entry_is_a_form_with_an_address_to_check_it(kind: str, key: str, lang: str, name: Name) -> None:
    assert lang in names_i18n.LANGUAGES
    assert isinstance(name, Name)
    assert name.text == name.text.strip() != ""
    assert "  " not in name.text
    assert re.search(r"https?://\S+", name.source), f"{kind} {key} ({lang}) cites no address"


@pytest.mark.parametrize(("kind", "key", "lang", "name"), ENTRIES)
def test_every_name_is_written_in_its_languages_script(kind: str, key: str, lang: str, name: Name) -> None:
    letters = [char for char in name.text if char.isalpha()]
    foreign = [char for char in letters if SCRIPTS[lang] not in unicodedata.name(char, "")]
    if lang in ("ar", "zh-hans", "ru"):
        # Latin letters in these are acronyms only («PCB»), never a whole name left in English.
        assert len(foreign) < len(letters) / 2, f"{kind} {key} ({lang}): {name.text}"
        assert all("LATIN" in unicodedata.name(char) for char in foreign)
    else:
        assert foreign == []


def test_missing_lists_exactly_the_languages_without_a_confirmed_form() -> None:
    gaps = names_i18n.missing()

    assert gaps[("instrument", "saicm")] == ("ar", "ru", "es")
    assert ("instrument", "stockholm") not in gaps
    for (kind, key), languages in gaps.items():
        names, keys = TABLES[kind]
        assert key in keys
        assert languages == tuple(lang for lang in names_i18n.LANGUAGES if lang not in names.get(key, {}))
    assert sum(len(languages) for languages in gaps.values()) + len(ENTRIES) == len(names_i18n.LANGUAGES) * sum(
        len(keys) for _names, keys in TABLES.values()
    )


def test_the_glossary_lists_the_same_unconfirmed_names() -> None:
    """docs/glossary.md tells translators which names fall back to English: it must say what the data says."""
    section = GLOSSARY.read_text(encoding="utf-8").split("## Names not confirmed", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (instrument|body|topic) \| `([a-z0-9-]+)` \| ([a-z, -]+?) \|", section, re.MULTILINE)

    assert {(kind, key): tuple(langs.split(", ")) for kind, key, langs in rows} == names_i18n.missing()


def test_the_glossary_counts_the_confirmed_forms_per_language() -> None:
    section = GLOSSARY.read_text(encoding="utf-8").split("## Names not confirmed", 1)[1]
    rows = re.findall(r"^\| ([a-z-]+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$", section, re.MULTILINE)
    counted = {
        lang: tuple(sum(1 for entry in names.values() if lang in entry) for names, _keys in TABLES.values())
        for lang in names_i18n.LANGUAGES
    }

    assert {lang: tuple(int(n) for n in numbers[:3]) for lang, *numbers in rows} == counted
    assert all(int(total) == sum(int(n) for n in numbers) for _lang, *numbers, total in rows)
