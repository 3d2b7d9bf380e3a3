"""Finding customer orders from what staff type or scan at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.statuses import ACTIVE_CUSTOMER_STATUSES
from jitdesk.services.shop import Shop
from jitdesk.store import orders as q
from jitdesk.store.orders import OrderListRow


class SearchScope(StrEnum):
    """Which orders a search looks among."""

    COUNTER = "counter"  # orders still to be handed over (open or ready)
    ALL = "all"


SCOPE_STATUSES: dict[SearchScope, tuple[str, ...]] = {
    SearchScope.COUNTER: tuple(sorted(ACTIVE_CUSTOMER_STATUSES)),
    SearchScope.ALL: (),
}


@dataclass(frozen=True, slots=True)
class FoundOrders:
    rows: list[OrderListRow]  # newest first, at most the limit asked for
    total: int  # how many match in all

    @property
    def only(self) -> OrderListRow | None:
        """The one order found, when exactly one is."""
        return self.rows[0] if self.total == 1 and self.rows else None


def find_orders(
    shop: Shop, query: str, scope: SearchScope = SearchScope.ALL, *, limit: int = 50
) -> FoundOrders:
    """Orders whose number, customer (name, phone, e-mail) or web-shop reference `query`
    finds (`domain.search` says how), newest first."""
    flt = OrderFilter(text=query, statuses=SCOPE_STATUSES[scope])
    today = shop.today().isoformat()
    rows = q.list_orders(shop.db, flt, today, limit=limit)
    total = len(rows) if len(rows) < limit else q.count_orders(shop.db, flt, today)
    return FoundOrders(rows, total)
