"""Who works at this window: the sign-in when a shop of two people or more is opened, the name
in the status bar, File ▸ Switch person…, and the window's own owner-only actions (restore).

A shop of none or one person shows none of it and asks nobody. The rules and the dialog are imported
when a shop is shown, not with the window's module: the window comes up first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QWidget

from jitdesk.gui.i18n import tr
from jitdesk.gui.shortcuts import set_shortcut
from jitdesk.gui.widgets.enabling import Reason
from jitdesk.services.shop import Shop

if TYPE_CHECKING:
    from jitdesk.gui.dialogs.sign_in_dialog import SignInDialog


class MainWindow(Protocol):
    """What of the main window (a QMainWindow) this module uses; the window's module sits
    above the actions, so it is named by what it offers."""

    shop: Shop | None
    quit_action: QAction
    restore_action: QAction

    def set_shop(self, shop: Shop, first_page: str | None = None) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802

    def findChild(self, kind: type, name: str = ...) -> Any: ...  # noqa: N802


_LABEL = "personLabel"
_SWITCH = "switchPersonAction"


def signed_in_or_closed(shop: Shop, parent: QWidget | None = None) -> Shop | None:
    """`shop` once someone signed in (a shop of none or one person needs nobody); None, with
    the shop closed, when the person cancels."""
    from jitdesk.gui.dialogs.sign_in_dialog import ask_sign_in

    if ask_sign_in(shop, parent):
        return shop
    shop.close()
    return None


def _widget(window: MainWindow) -> QWidget:
    return cast(QWidget, window)


def install(window: MainWindow, file_menu: QMenu) -> None:
    """The Switch person… action (before Quit) and the person's name in the status bar."""
    switch = QAction(tr("S&witch person…"), _widget(window))
    switch.setObjectName(_SWITCH)
    set_shortcut(switch, "Ctrl+Shift+U")
    switch.triggered.connect(lambda: switch_person(window))
    file_menu.insertAction(window.quit_action, switch)
    label = QLabel(_widget(window))
    label.setObjectName(_LABEL)
    window.statusBar().addPermanentWidget(label)


def switch_person(window: MainWindow) -> SignInDialog | None:
    """Hand the desk to another person: the pages are rebuilt for what they may do."""
    shop = window.shop
    if shop is None:
        return None
    from jitdesk.gui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(shop, _widget(window))
    if dialog.exec() == SignInDialog.DialogCode.Accepted:
        window.set_shop(shop)
    return dialog


def sign_in_if_needed_now(window: MainWindow) -> SignInDialog | None:
    """When another desk added a second person to the shop this desk works on as its one
    person, ask who works here (without blocking the window): until someone signs in, this
    desk works as nobody, and owner-only actions are refused."""
    from jitdesk.services import people

    shop = window.shop
    if shop is None or not people.forget_assumed_person(shop):
        return None
    from jitdesk.gui.dialogs.sign_in_dialog import SignInDialog

    asking = window.findChild(SignInDialog)
    if asking is not None:
        return cast(SignInDialog, asking)
    dialog = SignInDialog(shop, _widget(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.set_shop(shop))
    dialog.open()
    window.set_shop(shop)  # the pages hide what nobody may do
    return dialog


def shown(window: MainWindow) -> None:
    """Show who is signed in and gate the window's owner-only actions for them."""
    shop = window.shop
    label = window.findChild(QLabel, _LABEL)
    switch = window.findChild(QAction, _SWITCH)
    if shop is None or label is None or switch is None:
        return
    from jitdesk.domain.permissions import OwnerAction
    from jitdesk.gui.dialogs.sign_in_dialog import role_word
    from jitdesk.services import permissions

    needed = permissions.sign_in_required(shop)
    person = shop.person
    label.setVisible(needed)
    switch.setVisible(needed)
    if person is not None:
        label.setText(
            tr("Signed in: {name} ({role})").format(name=person.name, role=role_word(person.role))
        )
    else:
        label.setText(tr("Nobody signed in"))
    # The window's own owner-only actions (the email, web shop and price list ones come from
    # other modules).
    for action, what in (
        (window.restore_action, OwnerAction.RESTORE),
        (getattr(window, "email_settings_action", None), OwnerAction.EMAIL_ACCOUNTS),
        (getattr(window, "webshop_action", None), OwnerAction.SETTINGS),
        (getattr(window, "price_list_action", None), OwnerAction.PRICES),
    ):
        if isinstance(action, QAction):
            _gate_action(action, permissions.may(shop, what))


def _gate_action(action: QAction, allowed: bool) -> None:
    """Menus show no tooltips: the reason goes to the status bar as the action is hovered."""
    action.setEnabled(allowed)
    action.setToolTip("" if allowed else tr(Reason.OWNER_ONLY))
    action.setStatusTip("" if allowed else tr(Reason.OWNER_ONLY))
