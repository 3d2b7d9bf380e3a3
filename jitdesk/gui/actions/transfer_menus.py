"""File → Import…, File → Export ▸, Settings → Email… and the pickup-notice e-mail batch.

Kept out of main_window.py (a thin shell): `install(window, file_menu)` adds the actions; they
read the window's current shop when triggered and hand the returned Changes to `broadcast`.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat, shop_format
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.shortcuts import set_shortcut

EXPORT_LABELS = {
    "orders": QT_TR_NOOP("&Customer orders…"),
    "supplier-orders": QT_TR_NOOP("&Supplier orders…"),
    "customers": QT_TR_NOOP("C&ustomers…"),
    "surplus": QT_TR_NOOP("S&urplus…"),
}


def _fmt(window) -> ShopFormat:
    from jitdesk.services.settings import get_settings

    settings = get_settings(window.shop)
    return shop_format(settings.locale, settings.currency)


def open_import(window) -> None:
    from jitdesk.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.shop, _fmt(window), window)
    dialog.imported.connect(window.broadcast)
    dialog.navigate.connect(window.go_to)
    if dialog.exec():
        window.statusBar().showMessage(getattr(dialog, "result_text", ""), 10000)


def open_price_list(window) -> None:
    from jitdesk.gui.dialogs.price_list_dialog import PriceListDialog

    dialog = PriceListDialog(window.shop, _fmt(window), window)
    dialog.applied.connect(window.broadcast)
    if dialog.exec():
        window.statusBar().showMessage(getattr(dialog, "result_text", ""), 10000)


def run_export(window, kind: str) -> None:
    from jitdesk.services.exports import KINDS as EXPORT_KINDS
    from jitdesk.services.exports import export

    name = f"{kind}-{window.shop.today().isoformat()}.csv"
    path, _ = QFileDialog.getSaveFileName(
        window, tr("Export {0}").format(EXPORT_KINDS[kind].label), name, tr("CSV files (*.csv)")
    )
    if not path:
        return
    exported = run_action(window, lambda: export(window.shop, kind, path))
    if exported:
        window.statusBar().showMessage(exported.value.summary(), 10000)


def open_email_settings(window) -> None:
    from jitdesk.gui.dialogs.email_settings_dialog import EmailSettingsDialog

    EmailSettingsDialog(window.shop, window).exec()


def email_pickup_notices(window) -> None:
    from jitdesk.gui.actions.email_actions import email_ready_pickup_notices

    email_ready_pickup_notices(window, window.shop, window.broadcast)


def install(window: QMainWindow, file_menu: QMenu) -> None:
    """Add the import/export/e-mail actions to the File menu and a Settings menu."""
    first = file_menu.actions()[-2] if len(file_menu.actions()) >= 2 else None
    import_action = QAction(tr("&Import…"), window)
    set_shortcut(import_action, "Ctrl+I")
    import_action.triggered.connect(lambda: open_import(window))
    price_action = QAction(tr("Supplier &price list…"), window)
    price_action.triggered.connect(lambda: open_price_list(window))
    export_menu = QMenu(tr("&Export"), window)
    for kind, label in EXPORT_LABELS.items():
        action = export_menu.addAction(tr(label))
        action.triggered.connect(lambda _checked=False, k=kind: run_export(window, k))
    email_batch = QAction(tr("E-mail ready &pickup notices…"), window)
    email_batch.triggered.connect(lambda: email_pickup_notices(window))
    for action in (import_action, price_action, export_menu.menuAction(), email_batch):
        file_menu.insertAction(first, action) if first else file_menu.addAction(action)
    from jitdesk.gui.actions import webshop_actions

    webshop_actions.install(window, file_menu, first)
    if first:
        file_menu.insertSeparator(first)
    settings_menu = window.menuBar().addMenu(tr("&Settings"))
    email_settings = settings_menu.addAction(tr("&Email…"))
    email_settings.triggered.connect(lambda: open_email_settings(window))
    window.import_action = import_action
    window.price_list_action = price_action
    window.export_menu = export_menu
    window.email_settings_action = email_settings
