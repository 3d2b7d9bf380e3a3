"""The message catalogs are complete, current and compiled (python -m scripts.catalogs all)."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from scripts import catalogs

LANGUAGES = catalogs.languages()
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rs])?(?::[^}]*)?\}|\$\{?[a-z_]+\}?")


def _po(language: str):
    path = catalogs.LOCALE / language / "LC_MESSAGES" / f"{catalogs.DOMAIN}.po"
    with path.open("rb") as fh:
        return read_po(fh, locale=language)


def _ids(catalog) -> set:
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}


def test_german_and_french_are_there():
    assert {"de", "fr"} <= set(LANGUAGES)


@pytest.fixture(scope="module")
def current_template(tmp_path_factory) -> set:
    pot = catalogs.extract(tmp_path_factory.mktemp("pot") / "jitdesk.pot")
    with pot.open("rb") as fh:
        return _ids(read_po(fh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_message_of_the_code_and_no_other(language, current_template):
    ids = _ids(_po(language))
    assert sorted(map(str, current_template - ids)) == [], "run: python -m scripts.catalogs all"
    assert sorted(map(str, ids - current_template)) == [], "run: python -m scripts.catalogs all"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    catalog = _po(language)
    untranslated = [
        m.id
        for m in catalog
        if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))
    ]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    """A misspelt {placeholder} would raise KeyError (or print a literal $name) at run time."""
    wrong = []
    for m in _po(language):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if set(PLACEHOLDER.findall(string)) - expected or (
                len(ids) == 1 and set(PLACEHOLDER.findall(string)) != expected
            ):
                wrong.append((ids[0], string))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_po_file(language):
    mo = catalogs.LOCALE / language / "LC_MESSAGES" / f"{catalogs.DOMAIN}.mo"
    assert mo.is_file(), "run: python -m scripts.catalogs compile"
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for m in _po(language):
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            for form, string in enumerate(m.string):
                n = _count_for_form(compiled, form)
                assert compiled.ngettext(m.id[0], m.id[1], n) == string, (m.id, form)
        else:
            assert compiled.gettext(m.id) == m.string, m.id


def _count_for_form(compiled: gettext.GNUTranslations, form: int) -> int:
    """A count that the catalog's plural rule maps to `form` (French has a form for millions)."""
    return next(n for n in (1, 2, 0, 5, 1_000_000) if compiled.plural(n) == form)


def test_packaging_ships_the_compiled_catalogs():
    root = Path(catalogs.ROOT)
    pyproject = (root / "pyproject.toml").read_text()
    assert "locale/*/LC_MESSAGES/*.mo" in pyproject
    spec = (root / "packaging" / "jitdesk.spec").read_text()
    assert '"locale").glob("*/LC_MESSAGES/*.mo")' in spec
