"""The GUI's translations: complete, current with the code, compiled, and really shown.

The German walk builds every page and the main dialogs once in English and once in German and
compares what a user reads widget by widget: a text that stays the same is text nobody
translated (or that never went through `tr`), unless it is data, a code or a word German
spells like English.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from jitdesk.domain.clock import fixed_clock
from jitdesk.gui import i18n
from jitdesk.services.settings import get_settings

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "fr")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
PLACEHOLDER = re.compile(r"\{[^}]*\}")

# Words German writes like English, on screen as they are.
SAME_IN_GERMAN = {
    "jitdesk",
    "WooCommerce",  # web shop products: names, not words
    "Shopify",
    "ck_…",  # how a WooCommerce consumer key begins, in any language
    "Status",  # column title: German uses the same word
    "Name",
    "Logo",
    "Logo:",
    "SKU",
    "S&KU:",
    "Barcode",
    "E-Mail",
    "Server",
    "&Server:",
    "&Port:",
    "&Text:",
    "Problem",
    "Menge",
    "STARTTLS",
    "TLS (SSL)",
    "EAN/UPC, optional",
    "&Name:",
    "&Barcode:",
    "&Website:",
    "pc",  # the unit stored when none is given, shown as the unit field's placeholder
    # the language choice names each language as its speakers do
    "English",
    "Deutsch",
    "Français",
}
# Messages made below the GUI: they follow the user's language through the gettext catalogs
# of jitdesk.domain.i18n, not through Qt's.
FROM_LOWER_LAYERS = {
    "This computer has no system keyring jitdesk can use to keep the mail password; "
    "choose “ask for the password each time” in Settings → Email.",
}


sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402


def _messages(language: str):
    root = ET.parse(FOLDER / f"jitdesk_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_hold_every_gui_string_and_nothing_else(language, tmp_path):
    """lupdate over today's code changes nothing: no new (unfinished) and no dropped string."""
    fresh = tmp_path / f"jitdesk_{language}.ts"
    shutil.copy(FOLDER / fresh.name, fresh)
    update_translations.lupdate(language, fresh)
    assert fresh.read_text(encoding="utf-8") == (FOLDER / fresh.name).read_text(encoding="utf-8"), (
        "run tools/update_translations.py, translate what is new, and commit"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_with_the_same_placeholders(language):
    problems = []
    for _context, message in _messages(language):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{translation.get('type')}: {source!r}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            if not form:
                problems.append(f"empty: {source!r}")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{len(forms)} numerus forms: {source!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_files_match_their_catalogs(language, tmp_path):
    ts = FOLDER / f"jitdesk_{language}.ts"
    compiled = tmp_path / "fresh.qm"
    update_translations.lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run tools/update_translations.py --qm and commit the .qm files"
    )


def test_the_english_source_shows_no_placeholder_plurals(qapp):
    assert i18n.tr("%n order(s)", "", 1) == "1 order"
    assert i18n.tr("%n order(s)", "", 3) == "3 orders"
    assert i18n.tr("%n delivery(ies) recorded", "", 2) == "2 deliveries recorded"


def test_language_follows_the_choice_then_the_system(monkeypatch):
    assert i18n.effective_language("fr") == "fr"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_AT"))
    assert i18n.effective_language("") == "de"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("ja_JP"))
    assert i18n.effective_language("") == "en"


def test_a_broken_translation_file_leaves_english_with_one_log_line(
    qapp, tmp_path, monkeypatch, caplog
):
    (tmp_path / "jitdesk_de.qm").write_bytes(b"not a qm file")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        with caplog.at_level("WARNING", logger="jitdesk"):
            assert i18n.install_translators("de") == "en"
        assert i18n.tr("&File") == "&File"
        assert [r.levelname for r in caplog.records] == ["WARNING"]
        assert "jitdesk_de.qm" in caplog.text
    finally:
        monkeypatch.undo()
        i18n.install_translators("en")


def test_a_missing_translation_file_leaves_english_with_one_log_line(
    qapp, tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # no jitdesk_fr.qm there
    try:
        with caplog.at_level("WARNING", logger="jitdesk"):
            assert i18n.install_translators("fr") == "en"
        assert i18n.tr("&File") == "&File"
        assert len(caplog.records) == 1 and "jitdesk_fr.qm" in caplog.text
    finally:
        monkeypatch.undo()
        i18n.install_translators("en")


def test_an_unknown_shop_language_is_refused_with_a_sentence(qtbot, gui_shop, monkeypatch):
    """A locale stored by hand or by an older version shows, but is not saved again."""
    from PySide6.QtWidgets import QMessageBox

    from jitdesk.gui.formatting import ShopFormat
    from jitdesk.gui.pages.settings_page import SettingsPage

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    page = SettingsPage(gui_shop.shop, ShopFormat())
    qtbot.addWidget(page)
    page.reload()
    page.locale.addItem("klingon")
    page.locale.setCurrentText("klingon")
    assert not page.save()
    shown = " ".join([page.errors.text("locale"), *warnings])
    assert "not a language jitdesk knows" in shown


def test_the_language_picked_in_settings_is_stored_for_the_next_start(qtbot, gui_shop):
    from jitdesk.gui.formatting import ShopFormat
    from jitdesk.gui.pages.settings_page import SettingsPage

    page = SettingsPage(gui_shop.shop, ShopFormat())
    qtbot.addWidget(page)
    assert page.language.currentData() == ""  # the system's language by default
    page.language.setCurrentIndex(page.language.findData("de"))
    assert QSettings().value(i18n.LANGUAGE_KEY) == "de"
    assert i18n.effective_language() == "de"
    assert not page.language_note.isHidden()
    assert not page.dirty  # not one of the shop's settings: nothing to save


# -- the German GUI, looked at ----------------------------------------------------------------


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """What a user reads in `widget` and its children, keyed by where it is."""
    found: list[tuple[str, str]] = []

    def add(key: str, text: object) -> None:
        if isinstance(text, str) and text:
            found.append((key, text))

    for n, child in enumerate([widget, *widget.findChildren(QWidget)]):
        key = f"{type(child).__name__}#{n}"
        if isinstance(child, QLabel):
            add(key, child.text())
        elif isinstance(child, QAbstractButton):
            add(key, child.text())
            add(key + ".tip", child.toolTip())
        elif isinstance(child, QGroupBox):
            add(key, child.title())
        elif isinstance(child, QLineEdit):
            add(key + ".placeholder", child.placeholderText())
        elif isinstance(child, QComboBox):
            for i in range(child.count()):
                add(f"{key}.{i}", child.itemText(i))
        elif isinstance(child, QTabBar):
            for i in range(child.count()):
                add(f"{key}.{i}", child.tabText(i))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for c in range(model.columnCount()):
                add(f"{key}.h{c}", model.headerData(c, Qt.Orientation.Horizontal))
        if child.isWindow():
            add(key + ".title", child.windowTitle())
    return found


def _menus(window) -> list[tuple[str, str]]:
    found = []
    for n, action in enumerate(window.menuBar().actions()):
        found.append((f"menu#{n}", action.text()))
        if action.menu():
            for m, sub in enumerate(action.menu().actions()):
                found.append((f"menu#{n}.{m}", sub.text()))
    return found


def _mnemonic_clashes(scope: str, top: QWidget) -> list[str]:
    """Two visible widgets of one page or dialog with the same Alt+letter."""
    seen: dict[str, list[str]] = {}
    for child in top.findChildren(QWidget):
        if not child.isVisibleTo(top):
            continue
        texts = []
        if (
            isinstance(child, QLabel)
            and child.buddy() is not None
            or isinstance(child, QAbstractButton)
        ):
            texts = [child.text()]
        elif isinstance(child, QTabBar):
            texts = [child.tabText(i) for i in range(child.count())]
        for text in texts:
            found = re.search(r"&([^&\s])", text.replace("&&", ""))
            if found:
                seen.setdefault(found.group(1).lower(), []).append(text)
    return [f"{scope}: {texts}" for texts in seen.values() if len(texts) > 1]


def _walk(qtbot, open_shop) -> list[tuple[str, str]]:
    from jitdesk.gui.dialogs.customer_dialog import CustomerDialog
    from jitdesk.gui.dialogs.email_settings_dialog import EmailSettingsDialog
    from jitdesk.gui.dialogs.import_dialog import ImportDialog
    from jitdesk.gui.dialogs.order_dialog import OrderDialog
    from jitdesk.gui.dialogs.payment_dialog import PaymentDialog
    from jitdesk.gui.dialogs.price_list_dialog import PriceListDialog
    from jitdesk.gui.dialogs.send_dialog import SendDialog
    from jitdesk.gui.dialogs.web_inbox_dialog import WebInboxDialog
    from jitdesk.gui.dialogs.webshop_dialog import WebShopDialog
    from jitdesk.gui.main_window import MainWindow
    from jitdesk.gui.shop_files import NewShopDialog, StartDialog
    from jitdesk.services.supplier_orders import supplier_order_detail

    shop = open_shop()
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    texts = _menus(window)
    texts += [(f"nav#{i}", window.nav.item(i).text()) for i in range(window.nav.count())]
    for key in list(window.pages):
        page = window.show_page(key)
        qtbot.wait(1)
        texts += [(f"{key}/{k}", t) for k, t in _texts(page)]
        texts += [("clash", c) for c in _mnemonic_clashes(key, page)]
    fmt = window._fmt
    draft = next(r["id"] for r in shop.db["supplier_orders"].rows if r["status"] == "draft")
    for name, dialog in (
        ("order", OrderDialog(shop, parent=window)),
        ("import", ImportDialog(shop, fmt, window)),
        ("email", EmailSettingsDialog(shop, window)),
        ("customer", CustomerDialog(shop, parent=window)),
        ("price_list", PriceListDialog(shop, fmt, window)),
        ("payment", PaymentDialog(shop, fmt, 1, "C-2026-0001", 1000, window)),
        ("send", SendDialog(shop, fmt, supplier_order_detail(shop, draft), window)),
        ("new_shop", NewShopDialog(parent=window)),
        ("start", StartDialog(window)),
        ("webshop", WebShopDialog(shop, window.webshop_sync.http, window)),
        ("web_inbox", WebInboxDialog(shop, fmt, window)),
    ):
        dialog.show()
        texts += [(f"{name}/{k}", t) for k, t in _texts(dialog)]
        texts += [("clash", c) for c in _mnemonic_clashes(name, dialog)]
        dialog.close()
        dialog.deleteLater()
    window.close()
    return texts


def _is_data(text: str) -> bool:
    """Numbers, order numbers, money, dates, names from the shop: the same in any language."""
    plain = re.sub(r"<[^>]+>", "", text)
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", plain)
    return (
        len(letters) < 2
        or re.fullmatch(r"[A-Z]+-\d{4}-\d+.*", plain) is not None
        or re.fullmatch(r"[A-Z]{3}", plain) is not None  # currency code
        or re.fullmatch(r"[a-z]{2,3}_[0-9A-Z]{2,3}", plain) is not None  # locale name
    )


@pytest.fixture
def demo_shop(tmp_path):
    from jitdesk.demo.writer import write_demo_shop
    from jitdesk.services.shop import Shop

    path = tmp_path / "demo.jitdesk"
    write_demo_shop(path, orders=60, seed=3, clock=fixed_clock(NOW))
    return lambda: Shop.open(path, clock=fixed_clock(NOW))  # closing the window closes it


def test_the_german_gui_shows_no_english(qtbot, demo_shop):
    english = _walk(qtbot, demo_shop)
    i18n.install_translators("de")
    try:
        german = _walk(qtbot, demo_shop)
    finally:
        i18n.install_translators("en")
    shop = demo_shop()
    names = {
        row["name"]
        for table in ("suppliers", "customers", "products")
        for row in shop.db[table].rows
    }
    locale = QLocale(get_settings(shop).locale)  # weekdays as the shop's locale writes them
    names |= {locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)}
    shop.close()

    def by_place(texts):
        return {(k.split("/")[0].split("#")[0], text) for k, text in texts if k != "clash"}

    untranslated = sorted(
        f"{place}: {text!r}"
        for place, text in by_place(english) & by_place(german)
        if not _is_data(text) and text not in SAME_IN_GERMAN | FROM_LOWER_LAYERS | names
    )
    assert not untranslated, "\n".join(untranslated)
    clashes = [text for key, text in german if key == "clash"]
    assert not clashes, "\n".join(clashes)
    menu = dict(german)
    assert menu["menu#0"] == "&Datei" and menu["nav#0"] == "Heute"


def test_the_french_gui_gives_each_control_its_own_alt_key(qtbot, demo_shop):
    i18n.install_translators("fr")
    try:
        french = _walk(qtbot, demo_shop)
    finally:
        i18n.install_translators("en")
    clashes = [text for key, text in french if key == "clash"]
    assert not clashes, "\n".join(clashes)
    assert dict(french)["menu#0"] == "&Fichier"


def test_the_window_writes_dates_in_its_own_language_with_the_shops_region(qtbot, demo_shop):
    from jitdesk.gui.formatting import display_locale
    from jitdesk.gui.main_window import MainWindow

    assert display_locale("de_AT", "en") == "en_AT"
    assert display_locale("de_AT", "de") == "de_AT"
    assert display_locale("en_IE", "fr") == "fr_FR"  # no French for Ireland: France's
    seen = {}
    for language in ("en", "de"):
        i18n.install_translators(language)
        try:
            window = MainWindow(demo_shop())
            qtbot.addWidget(window)
            fmt = window._fmt
            seen[language] = (fmt.long_date("2026-11-25"), fmt.money(107100))
            window.close()
        finally:
            i18n.install_translators("en")
    # The demo is an Austrian shop: no German weekday beside English words, and amounts
    # keep the shop's grouping and sign either way.
    assert seen["en"] == ("Wednesday, 25 November 2026", "€\u00a01.071,00")
    assert seen["de"][0] == "Mittwoch, 25. November 2026"
