"""Controls of owner-only actions: disabled, saying why, for a person who may not do them.

The services refuse these actions anyway; disabling them only spares the person a refusal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.services import permissions
from jitdesk.services.shop import Shop


def gate(shop: Shop, action: OwnerAction, *widgets: QWidget) -> bool:
    """Disable `widgets` (with the reason) unless whoever works on `shop` may do `action`;
    True when they were disabled. Call it after the widgets' own enabling."""
    if permissions.may(shop, action):
        return False
    for widget in widgets:
        set_enabled(widget, Reason.OWNER_ONLY)
    return True


def gate_tabs(shop: Shop, action: OwnerAction, tabs: QTabWidget, *pages: QWidget) -> bool:
    """Disable the tabs showing `pages` unless the person may do `action`, moving to the first
    tab they may see."""
    if permissions.may(shop, action):
        return False
    from jitdesk.gui.i18n import tr

    for page in pages:
        index = tabs.indexOf(page)
        tabs.setTabEnabled(index, False)
        tabs.setTabToolTip(index, tr(Reason.OWNER_ONLY))
    if not tabs.isTabEnabled(tabs.currentIndex()):
        open_tabs = [i for i in range(tabs.count()) if tabs.isTabEnabled(i)]
        if open_tabs:
            tabs.setCurrentIndex(open_tabs[0])
    return True
