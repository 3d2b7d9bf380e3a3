"""Settings page: save, validation at the field (nothing saved), logo, revert."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.settings_page import SettingsPage
from jitdesk.services.settings import get_settings


@pytest.fixture
def page(qtbot, gui_shop, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    page = SettingsPage(gui_shop.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_shows_and_saves_every_setting(qtbot, page, gui_shop, tmp_path):
    assert page.name.text() == "Vélo Ltd"
    assert page.deposit.text() == "20"
    assert [c.isChecked() for c in page.closed] == [False] * 6 + [True]
    assert not page.revert_button.isEnabled()
    page.name.setText("Vélo & Co")
    page.address.setPlainText("Hauptstraße 1\n10115 Berlin")
    page.currency.setText("chf")
    page.locale.setCurrentText("de_CH")
    page.tax.setText("7.7")
    page.deposit.setText("30")
    page.pickup_hold.setText("10")
    page.safety.setText("2")
    page.closed[0].setChecked(True)
    page.hours.setPlainText("Di–Sa 9–18")
    page.folder.setText(str(tmp_path / "docs"))
    page.pickup_note.setPlainText("Bring this notice <please>.")
    assert page.dirty and page.state_label.text() == "Unsaved changes."
    with qtbot.waitSignal(page.changed) as signal:
        assert page.save()
    assert signal.args[0].settings
    s = get_settings(gui_shop.shop)
    assert (s.name, s.currency, s.locale, s.tax_rate_bp, s.deposit_percent) == (
        "Vélo & Co",
        "CHF",
        "de_CH",
        770,
        30,
    )
    assert (s.pickup_hold_days, s.safety_buffer_days, s.closed_weekdays) == (10, 2, {0, 6})
    assert s.address == "Hauptstraße 1\n10115 Berlin"
    assert s.pickup_note == "Bring this notice <please>."
    assert s.documents_folder == str(tmp_path / "docs")
    assert page.currency.text() == "CHF" and page.tax.text() == "7.7"
    assert not page.dirty


@pytest.mark.parametrize(
    ("widget", "text", "field", "words"),
    [
        ("name", "  ", "name", "shop name is missing"),
        ("currency", "E1", "currency", "three-letter code"),
        ("email", "shop@", "email", "not an email address"),
        ("tax", "abc", "tax_rate_bp", "not a percentage"),
        ("tax", "150", "tax_rate_bp", "between 0 and 100"),
        ("deposit", "120", "deposit_percent", "at most 100"),
        ("pickup_hold", "-1", "pickup_hold_days", "whole number"),
        ("safety", "", "safety_buffer_days", "missing"),
    ],
)
def test_bad_values_are_refused_at_their_field(page, gui_shop, widget, text, field, words):
    page.website.setText("https://velo.example")  # a valid change that must not be saved either
    getattr(page, widget).setText(text)
    assert not page.save()
    assert words in page.errors.text(field)
    assert page.dirty
    assert get_settings(gui_shop.shop).website == ""  # nothing half-saved


def test_vat_number_and_tax_added_are_saved_and_shown_again(qtbot, page, gui_shop):
    """What a handover receipt needs from the shop: its VAT number and whether prices are gross."""
    assert page.prices_include_tax.isChecked()
    page.vat_id.setText("  ATU 12345678 ")
    page.prices_include_tax.setChecked(False)
    assert page.dirty
    assert page.save()
    s = get_settings(gui_shop.shop)
    assert (s.vat_id, s.prices_include_tax) == ("ATU 12345678", False)
    page.prices_include_tax.setChecked(True)
    page.revert()
    assert not page.prices_include_tax.isChecked() and page.vat_id.text() == "ATU 12345678"


def test_closed_every_day_is_refused(page, gui_shop):
    for check in page.closed:
        check.setChecked(True)
    assert not page.save()
    assert "closed on every day" in page.errors.text("closed_weekdays")
    assert get_settings(gui_shop.shop).closed_weekdays == {6}


def test_logo_choose_preview_remove_and_revert(page, gui_shop, tmp_path, monkeypatch):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    not_image = tmp_path / "logo.txt"
    not_image.write_text("hello")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_image), ""))
    assert not page.choose_logo()
    assert "not a PNG or JPEG" in page.errors.text("logo")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    assert page.choose_logo()
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert page.remove_logo_button.isEnabled()
    assert page.save()
    assert get_settings(gui_shop.shop).logo == logo.read_bytes()

    page.remove_logo()
    assert page.logo_preview.text() == "No logo"
    page.revert()
    assert not page.logo_preview.pixmap().isNull()  # back to the saved logo
    page.remove_logo()
    assert page.save()
    assert get_settings(gui_shop.shop).logo is None


def test_revert_restores_the_saved_values(page):
    page.name.setText("Something else")
    page.name.textEdited.emit("Something else")
    assert page.revert_button.isEnabled()
    page.revert()
    assert page.name.text() == "Vélo Ltd" and not page.dirty
