"""What the receiving page shows: expected deliveries, and the lines of one of them.

Read-only; recording a delivery is services.receiving.record_receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.domain.i18n import _
from jitdesk.domain.statuses import Action, supplier_allows
from jitdesk.services.shop import Shop
from jitdesk.store import receiving_views as q
from jitdesk.store.receiving_views import ExpectedOrder, ReceivingLine

__all__ = ["ExpectedOrder", "ReceivingLine", "ReceivingOrder"]


@dataclass(frozen=True, slots=True)
class ReceivingOrder:
    id: int
    number: str
    supplier_name: str
    status: str
    expected_date: date | None
    receipt_count: int
    lines: tuple[ReceivingLine, ...]

    @property
    def receivable(self) -> bool:
        return supplier_allows(self.status, Action.RECEIVE)


def expected_orders(shop: Shop, text: str = "", limit: int = 500) -> list[ExpectedOrder]:
    """Supplier orders that can still receive goods: late ones first, then by expected date."""
    return q.expected_orders(shop.db, shop.today().isoformat(), text, limit)


def receiving_order(shop: Shop, supplier_order_id: int) -> ReceivingOrder:
    header = q.order_header(shop.db, supplier_order_id)
    if header is None:
        raise NotFoundError(_("The supplier order does not exist (any more)."))
    return ReceivingOrder(
        header.id,
        header.number,
        header.supplier_name,
        header.status,
        _date(header.expected_date),
        header.receipt_count,
        tuple(q.order_lines(shop.db, supplier_order_id)),
    )


def find_receivable_order(shop: Shop, number: str) -> int:
    """The id of the supplier order with this number (as typed or scanned), if it can receive."""
    text = number.strip()
    if not text:
        raise DomainError(_("Type or scan a supplier order number, such as P-2026-0017."))
    row = q.order_by_number(shop.db, text)
    if row is None:
        raise NotFoundError(
            _("Supplier order {number} does not exist.").format(number=text.upper())
        )
    so_id, so_number, status = row
    if not supplier_allows(status, Action.RECEIVE):
        raise DomainError(
            _(
                "Supplier order {so_number} is {status}; only sent or partially received orders can receive goods."
            ).format(so_number=so_number, status=status)
        )
    return so_id


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None
