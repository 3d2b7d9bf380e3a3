"""Choosing the language: the user's from the environment, a recipient's for documents, and
English whenever a catalog is missing or broken."""

from __future__ import annotations

import logging

import pytest

from jitdesk.domain import i18n
from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.models import CustomerInput, ShopSettings, SupplierInput


@pytest.fixture
def english_afterwards():
    yield
    i18n.set_language("en")


def test_messages_follow_the_users_language(english_afterwards):
    i18n.set_language("de_AT")
    with pytest.raises(ValidationError) as german:
        CustomerInput(name=" ").validate()
    i18n.set_language("fr_FR")
    with pytest.raises(ValidationError) as french:
        CustomerInput(name=" ").validate()
    i18n.set_language("en")
    with pytest.raises(ValidationError) as english:
        CustomerInput(name=" ").validate()
    assert str(english.value) == "The customer name is missing; please enter it."
    assert "Kundenname" in str(german.value)
    assert "nom du client" in str(french.value)


def test_plurals_use_the_languages_own_forms(english_afterwards):
    i18n.set_language("de")
    one = i18n.ngettext("{n} problem found:", "{n} problems found:", 1).format(n=1)
    two = i18n.ngettext("{n} problem found:", "{n} problems found:", 2).format(n=2)
    assert one != two and one.startswith("1 ") and two.startswith("2 ")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_AT.UTF-8"}, "de_AT"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_AT.UTF-8"}, "fr_FR"),
        ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "de_AT.UTF-8"}, "fr_CA"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_users_language_comes_from_the_locale_environment(environ, expected):
    assert i18n.language_from_environment(environ) == expected


def test_a_language_without_a_catalog_is_english(english_afterwards):
    i18n.set_language("nl_NL")
    assert i18n._("Order date") == "Order date"
    assert i18n.current_language() == "nl_NL"
    assert not i18n.has_catalog("nl_NL") and i18n.has_catalog("de_AT") and i18n.has_catalog("en")


def test_a_broken_catalog_falls_back_to_english_with_one_line_in_the_log(
    tmp_path, monkeypatch, caplog
):
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "jitdesk.mo").write_bytes(b"\xde\x12\x04\x95 this is not a catalog")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    i18n.translation_for.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="jitdesk.domain.i18n"):
            first = i18n.translation_for("de_AT")
            second = i18n.translation_for("de_AT")
        assert first.gettext("Order date") == "Order date"
        assert second is first
        assert len(caplog.records) == 1 and "de_AT" in caplog.records[0].getMessage()
    finally:
        i18n.translation_for.cache_clear()


def test_unknown_language_codes_are_refused_with_a_sentence():
    with pytest.raises(ValidationError, match="not a language jitdesk knows") as exc:
        CustomerInput(name="Ana", language="xx_YY").validate()
    assert exc.value.field == "language"
    with pytest.raises(ValidationError, match="not a language jitdesk knows"):
        SupplierInput(name="Acme", language="klingon").validate()
    with pytest.raises(ValidationError, match="not a language jitdesk knows"):
        ShopSettings(name="Shop", locale="de_XX").validate()


def test_language_codes_are_normalised_and_empty_means_the_shops():
    customer = CustomerInput(name="Ana", language="de-at")
    customer.validate()
    assert customer.language == "de_AT"
    supplier = SupplierInput(name="Acme", language="")
    supplier.validate()
    assert supplier.language == ""


def test_documents_never_switch_the_users_language(english_afterwards):
    i18n.set_language("en")
    german = i18n.translation_for("de_AT")
    assert german.gettext("Order date") != "Order date"
    assert i18n._("Order date") == "Order date"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "\u201cBike shop\u201d"),
        ("de_AT", "\u201eBike shop\u201c"),
        ("fr", "\u00ab\u202fBike shop\u202f\u00bb"),
        ("nl", "\u201cBike shop\u201d"),  # a language without a catalog speaks English
    ],
)
def test_a_typed_value_is_quoted_as_the_users_language_quotes(language, expected):
    i18n.set_language(language)
    assert quoted("Bike   shop") == expected
