"""What the main window needs of a page: a key, a title, a way to refresh after changes.

Every page gets the open `Shop` and the shop's formatter passed in. A page announces what an
action changed with `changed`; the window hands it to every page's `refresh`, so each page
refreshes only when something it shows changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jitdesk.gui.formatting import ShopFormat
from jitdesk.services.shop import Changes, Shop


class Page(QWidget):
    key: str = ""  # stable id, remembered as the last page
    changed = Signal(object)  # Changes
    statusMessage = Signal(str)

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self, changes: Changes | None = None) -> None:
        """Show the current state; `changes` None means "anything may have changed"."""

    def focus_search(self) -> None:
        """Put the cursor in the page's search field, if it has one (Find, Ctrl+F)."""
