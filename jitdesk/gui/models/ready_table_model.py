"""The orders waiting at the pickup counter: the order list's columns and the shelf each
order was put on."""

from __future__ import annotations

from jitdesk.gui.i18n import QT_TR_NOOP
from jitdesk.gui.models.order_table_model import COLUMN_TITLES, OrderTableModel
from jitdesk.services import shelves
from jitdesk.services.orders import OrderListRow
from jitdesk.services.shelves import ShelfPlace

SHELF = len(COLUMN_TITLES)


class ReadyTableModel(OrderTableModel):
    column_titles = {**COLUMN_TITLES, SHELF: QT_TR_NOOP("Shelf")}
    _shelves: dict[int, ShelfPlace] = {}  # replaced, never changed in place

    def fetch_rows(self, limit: int, offset: int) -> list[OrderListRow]:
        rows = super().fetch_rows(limit, offset)
        found = shelves.shelves_of(self.shop, [r.id for r in rows])
        self._shelves = {**self._shelves, **found}
        return rows

    def display(self, row: OrderListRow, col: int) -> str:
        if col == SHELF:
            place = self._shelves.get(row.id)
            return "" if place is None else place.shelf
        return super().display(row, col)
