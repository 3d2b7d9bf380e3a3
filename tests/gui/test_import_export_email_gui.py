"""File → Import (web-shop preview, map SKU, import), price list dialog, export, email settings."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from jitdesk.gui.actions.transfer_menus import run_export
from jitdesk.gui.dialogs.email_settings_dialog import EmailSettingsDialog
from jitdesk.gui.dialogs.import_dialog import COL_REF, COL_WHAT, ImportDialog
from jitdesk.gui.dialogs.price_list_dialog import PriceListDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.services import email as mail
from jitdesk.services.importing import import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "GUI shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    for kind in ("suppliers", "products", "offers", "customers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    yield shop
    shop.close()


def cells(table, col) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_import_dialog_preview_map_and_import(qtbot, shop, tmp_path, monkeypatch):
    export = tmp_path / "orders_export.csv"
    text = (DATA / "webshop" / "shopify_orders.csv").read_text(encoding="utf-8")
    export.write_text(text.replace("DBP-B01S", "SHOP-PADS"), encoding="utf-8")
    dialog = ImportDialog(shop, ShopFormat(), None)
    qtbot.addWidget(dialog)
    changes = []
    dialog.imported.connect(changes.append)
    dialog.file_edit.setText(str(export))
    dialog.refresh_preview()
    what = cells(dialog.table, COL_WHAT)
    assert what[0] == "Unknown SKU" and "Problem" in what and "Skipped" in what
    assert not dialog.import_button.isEnabled()
    assert dialog.map_button.isEnabled()
    dialog.table.setCurrentCell(0, COL_REF)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("DBP-B01S", True))
    dialog.map_selected_sku()
    assert cells(dialog.table, COL_WHAT).count("New order") == 3
    assert dialog.import_button.isEnabled()
    dialog.show()
    dialog.run_import()
    assert shop.db.execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0] == 3
    assert changes[-1].customer_orders
    # The result stays in the dialog with a link to each new order; a link opens it.
    assert dialog.results.isVisible() and "3 new orders" in dialog.results.message.text()
    assert dialog.results.links.text().count("<a href") == 3
    assert not dialog.import_button.isEnabled() and dialog.close_button.text() == "Close"
    opened = []
    dialog.navigate.connect(lambda key, target: opened.append((key, target)))
    dialog.results.open_link(0)
    first = shop.db.execute("SELECT MIN(id) FROM customer_orders").fetchone()[0]
    assert opened == [("orders", first)]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_import_dialog_shows_truncated_file_problem(qtbot, shop, tmp_path):
    export = tmp_path / "cut.csv"
    text = (DATA / "webshop" / "woocommerce_orders.csv").read_text(encoding="utf-8")
    export.write_text(text[: len(text) // 2], encoding="utf-8")
    dialog = ImportDialog(shop, ShopFormat(), None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("woocommerce"))
    dialog.file_edit.setText(str(export))
    dialog.refresh_preview()
    assert "export it again" in " ".join(cells(dialog.table, 2))
    assert not dialog.import_button.isEnabled()


def test_import_dialog_leaves_a_problem_order_out_when_asked(qtbot, shop, tmp_path):
    export = tmp_path / "orders.csv"
    text = (DATA / "webshop" / "woocommerce_customer_order_export.csv").read_text("utf-8")
    export.write_text(text.replace("DBP-B01S", "WEB-PADS"), encoding="utf-8")
    dialog = ImportDialog(shop, ShopFormat(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("woocommerce"))
    dialog.file_edit.setText(str(export))
    dialog.refresh_preview()
    rows = list(zip(cells(dialog.table, COL_WHAT), cells(dialog.table, COL_REF), strict=True))
    assert ("Left out if you choose", "2004") in rows
    assert rows.count(("New order", "2001")) == 1
    # All or nothing until the owner ticks the box; the button says why.
    assert not dialog.import_button.isEnabled()
    assert "leave these out" in dialog.import_button.toolTip()
    assert dialog.leave_out.isVisible() and not dialog.leave_out.isChecked()
    dialog.leave_out.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    assert dialog.results.isVisible()
    dialog.close_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    refs = shop.db.execute("SELECT external_ref FROM customer_orders ORDER BY id").fetchall()
    assert [r[0] for r in refs] == ["2001", "2002"]
    assert "left out order 2004" in dialog.result_text


def test_import_dialog_maps_the_columns_of_an_unknown_export(qtbot, shop, tmp_path, monkeypatch):
    from jitdesk.gui.dialogs import import_dialog
    from jitdesk.gui.dialogs.column_mapping_dialog import ColumnMappingDialog

    export = tmp_path / "bestellungen.csv"
    export.write_text(
        "Bestellnummer;Datum;Artikelnummer;Menge;Einzelpreis;Kunde\n"
        "W-17;2026-11-19;CHN-11S;1;34,99;Anna Gruber\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(shop, ShopFormat(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("woocommerce"))
    dialog.file_edit.setText(str(export))
    dialog.refresh_preview()
    assert dialog.columns_button.isVisible() and not dialog.import_button.isEnabled()

    def choose(mapping_dialog: ColumnMappingDialog) -> int:
        picks = {"ref": "Bestellnummer", "sku": "Artikelnummer", "quantity": "Menge"}
        picks |= {"unit_price": "Einzelpreis", "name": "Kunde", "date": "Datum"}
        for role, column in picks.items():
            combo = mapping_dialog.combos[role]
            combo.setCurrentIndex(combo.findData(column))
        return QDialogAccepted

    QDialogAccepted = ColumnMappingDialog.DialogCode.Accepted
    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    assert import_dialog.ColumnMappingDialog is ColumnMappingDialog
    dialog.map_columns()
    assert cells(dialog.table, COL_WHAT) == ["New order"]
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    assert "W-17" not in dialog.results.links.text()  # links name jitdesk's numbers
    assert "C-2026-0001" in dialog.results.links.text()
    assert shop.db.execute("SELECT external_ref FROM customer_orders").fetchone()[0] == "W-17"


def test_column_mapping_dialog_refuses_a_mapping_without_quantity(qtbot, monkeypatch):
    from jitdesk.gui.dialogs.column_mapping_dialog import ColumnMappingDialog

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    dialog = ColumnMappingDialog(("Nr", "SKU", "Qty"), {"ref": "Nr", "sku": "SKU"}, None)
    qtbot.addWidget(dialog)
    assert dialog.combos["ref"].currentData() == "Nr"
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert said and "quantity" in said[0]


def test_price_list_dialog_preview_and_apply(qtbot, shop, tmp_path):
    prices = tmp_path / "prices.csv"
    prices.write_text("Artikelnummer;Preis\nAR-7028P;4,35\n", encoding="utf-8")
    dialog = PriceListDialog(shop, ShopFormat(), None)
    qtbot.addWidget(dialog)
    dialog.supplier.setCurrentIndex(dialog.supplier.findText("Alpenrad Distribution GmbH"))
    dialog.file_edit.setText(str(prices))
    dialog.load_header()
    assert dialog.columns["supplier_sku"].currentData() == "Artikelnummer"
    assert "Cost change" in cells(dialog.table, 0)
    dialog.apply()
    cost = shop.db.execute(
        "SELECT unit_cost FROM offers WHERE supplier_sku = 'AR-7028P'"
    ).fetchone()[0]
    assert cost == 435


def test_export_menu_writes_csv(qtbot, shop, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.shop = shop
    out = tmp_path / "customers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    run_export(window, "customers")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "name" and len(rows) > 2
    assert "Exported" in window.statusBar().currentMessage()


def test_email_settings_dialog_saves_without_keyring(qtbot, shop, monkeypatch):
    monkeypatch.setattr(mail, "keyring_available", lambda: False)
    dialog = EmailSettingsDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.storage.currentData() == "ask"
    assert "no system keyring" in dialog.note.text()
    dialog.host.setText("smtp.example.com")
    dialog.from_address.setText("shop@example.com\nBcc: x@example.com")
    dialog.save()
    assert "line break" in dialog.note.text()
    assert mail.get_smtp_settings(shop) is None
    dialog.from_address.setText("shop@example.com")
    dialog.save()
    saved = mail.get_smtp_settings(shop)
    assert saved.host == "smtp.example.com" and saved.password_storage == "ask"


def test_email_password_field_is_closed_when_the_password_is_asked_each_time(
    qtbot, shop, monkeypatch
):
    """Only the keyring keeps a password: with "ask each time" nothing typed can be lost."""
    monkeypatch.setattr(mail, "keyring_available", lambda: True)
    dialog = EmailSettingsDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.storage.currentData() == "keyring"
    assert dialog.password.isEnabled()
    dialog.password.setText("secret")
    dialog.storage.setCurrentIndex(dialog.storage.findData("ask"))
    assert not dialog.password.isEnabled()
    assert dialog.password.text() == ""
    assert "asked" in dialog.password.placeholderText()
    dialog.storage.setCurrentIndex(dialog.storage.findData("keyring"))
    assert dialog.password.isEnabled()


def test_unencrypted_mail_is_saved_only_after_the_owner_confirms(qtbot, shop, monkeypatch):
    monkeypatch.setattr(mail, "keyring_available", lambda: False)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def warning(parent, title, text, *args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = EmailSettingsDialog(shop)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.com")
    dialog.from_address.setText("shop@example.com")
    dialog.username.setText("shop")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.save()
    assert mail.get_smtp_settings(shop) is None  # "No": nothing saved
    dialog.save()
    assert mail.get_smtp_settings(shop).security == "none"
    assert len(asked) == 2 and "your password and every message travel unencrypted" in asked[0]
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    dialog.save()
    assert len(asked) == 2  # an encrypted connection needs no confirmation


def test_order_detail_shows_what_the_import_flagged_until_checked(qtbot, shop):
    from jitdesk.gui.pages.order_detail import OrderDetailPanel
    from jitdesk.services.webshop_import import import_webshop

    import_webshop(shop, "woocommerce", DATA / "webshop" / "woocommerce_customer_order_export.csv")
    flagged, plain = (
        shop.db.execute("SELECT id FROM customer_orders WHERE external_ref = ?", [ref]).fetchone()[
            0
        ]
        for ref in ("2004", "2001")
    )
    panel = OrderDetailPanel(shop, ShopFormat())
    qtbot.addWidget(panel)
    panel.show()
    panel.show_order(plain)
    assert not panel.check_row.isVisible()
    panel.show_order(flagged)
    assert panel.check_row.isVisible()
    assert "which items are still wanted" in panel.check_note.text()
    panel.checked_button.click()
    assert not panel.check_row.isVisible()
    assert any("Import warning checked" in entry.text for entry in panel.timeline)
