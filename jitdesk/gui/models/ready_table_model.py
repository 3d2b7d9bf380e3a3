"""The orders waiting at the pickup counter: the order list's columns, the shelf each order
was put on, and how its customer still has to be told (empty once told)."""

from __future__ import annotations

from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.gui.i18n import QT_TR_NOOP
from jitdesk.gui.models.order_table_model import COLUMN_TITLES, OrderTableModel
from jitdesk.gui.telling_words import channel_with_call
from jitdesk.services import shelves, telling
from jitdesk.services.orders import OrderListRow
from jitdesk.services.shelves import ShelfPlace
from jitdesk.services.telling import TellTarget

SHELF = len(COLUMN_TITLES)
TO_TELL = SHELF + 1


class ReadyTableModel(OrderTableModel):
    column_titles = {
        **COLUMN_TITLES,
        SHELF: QT_TR_NOOP("Shelf"),
        TO_TELL: QT_TR_NOOP("Not told yet"),
    }
    _shelves: dict[int, ShelfPlace] = {}  # replaced, never changed in place
    _telling: dict[int, TellTarget] = {}

    def fetch_rows(self, limit: int, offset: int) -> list[OrderListRow]:
        rows = super().fetch_rows(limit, offset)
        ids = [r.id for r in rows]
        self._shelves = {**self._shelves, **shelves.shelves_of(self.shop, ids)}
        self._telling = {**self._telling, **telling.tell_targets(self.shop, ids)}
        return rows

    def display(self, row: OrderListRow, col: int) -> str:
        if col == SHELF:
            place = self._shelves.get(row.id)
            return "" if place is None else place.shelf
        if col == TO_TELL:
            target = self._telling.get(row.id)
            if target is None or target.told or target.status != CustomerOrderStatus.READY:
                return ""
            return channel_with_call(target.channel, target.last_call)
        return super().display(row, col)
