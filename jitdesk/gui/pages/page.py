"""What the main window needs of a page: a key, a title, a way to refresh after changes.

Every page gets the open `Shop` and the shop's formatter passed in. A page announces what an
action changed with `changed`; the window hands it to every page's `refresh`, so each page
refreshes only when something it shows changed.

Pages load lazily: a page that is not visible only notes that it is stale (`mark_stale`) and
loads when it is next shown (`reload`), so opening a shop does not query for every page.
A page asks the window to show another page (and an item on it) with `navigate(key, target)`;
the window calls that page's `open_target(target)`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from jitdesk.gui.formatting import ShopFormat
from jitdesk.services.shop import Changes, Shop


class Page(QWidget):
    key: str = ""  # stable id, remembered as the last page
    changed = Signal(object)  # Changes
    statusMessage = Signal(str)
    navigate = Signal(str, object)  # page key, target (e.g. an order id) or None

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self._stale = True

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self, changes: Changes | None = None) -> None:
        """Show the current state; `changes` None means "anything may have changed".

        The default reloads now if the page is visible, else on its next show. Pages that can
        tell from `changes` that nothing they show changed may override this and skip.
        """
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Load what the page shows from the services (called when shown and stale)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def is_busy(self) -> bool:
        """True while the page still loads on a worker thread (see gui.background)."""
        return False

    def open_target(self, target: object) -> None:
        """Show one item (an order id, a supplier order id, ...) another page pointed at."""

    def focus_search(self) -> None:
        """Put the cursor in the page's search field, if it has one (Find, Ctrl+F)."""
