"""Controls of owner-only actions: disabled, saying why, for a person who may not do them;
figures at cost (costs, margins, values of surplus and supplier orders) hidden from a person
who may not see costs.

The services refuse these actions anyway; disabling them only spares the person a refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from jitdesk.domain.permissions import OwnerAction
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.services import permissions
from jitdesk.services.shop import Shop

if TYPE_CHECKING:
    from jitdesk.gui.formatting import ShopFormat
    from jitdesk.services.plan_views import OfferChoice


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


def sees_costs(shop: Shop) -> bool:
    """Whether whoever works on `shop` may see costs, margins and values at cost (the rule
    is the services'; pages only ask it)."""
    return permissions.may_see_costs(shop)


def hide_cost_columns(shop: Shop, view: QTableView, *columns: int) -> bool:
    """Hide the columns of `view` that show figures at cost unless the person may see costs;
    True when they were hidden. Call it whenever the view is filled: a switch of person
    rebuilds the page, a change of permissions refills it."""
    hidden = not sees_costs(shop)
    for column in columns:
        view.setColumnHidden(column, hidden)
    return hidden


def offer_choice_text(shop: Shop, fmt: ShopFormat, choice: OfferChoice) -> str:
    """One supplier's offer as a choice in a list: with its unit cost for a person who may
    see costs, without it for anyone else."""
    from jitdesk.gui.i18n import tr

    if sees_costs(shop):
        return tr("{name} ({cost}, pack {pack}, min {min})").format(
            name=choice.supplier_name,
            cost=fmt.money(choice.unit_cost),
            pack=choice.pack_size,
            min=choice.min_qty,
        )
    return tr("{name} (pack {pack}, min {min})").format(
        name=choice.supplier_name, pack=choice.pack_size, min=choice.min_qty
    )
