"""Customer orders: log, edit while open, take payments, read."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.domain.money import check_amount, format_money, order_total
from jitdesk.domain.numbering import CUSTOMER_ORDER
from jitdesk.domain.order_progress import OrderProgress, order_late, order_progress
from jitdesk.domain.promise import promise_for_order_lines
from jitdesk.domain.statuses import Action, CustomerOrderStatus, customer_allows, status_word
from jitdesk.domain.tax import line_tax_rate
from jitdesk.services.common import require
from jitdesk.services.new_items import create_new_items
from jitdesk.services.promises import quote_promised_dates
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.status import refresh_customer_orders
from jitdesk.services.surplus import take_free_surplus
from jitdesk.store import orders as q
from jitdesk.store.catalog import get_customer, get_product
from jitdesk.store.engine import Handle
from jitdesk.store.order_progress import line_progress
from jitdesk.store.orders import OrderHeader, OrderLine, OrderListRow, Payment
from jitdesk.store.quantities import LineQuantities, line_quantities
from jitdesk.store.settings import load_settings

PAYMENT_KINDS = ("deposit", "payment", "balance", "refund")
PAYMENT_LABELS = {
    "deposit": "Deposit",
    "payment": "Payment",
    "balance": "Balance paid",
    "refund": "Refund",
}


@dataclass(frozen=True, slots=True)
class CreatedOrder:
    order_id: int
    number: str
    promised_date: date | None
    from_surplus: dict[int, int] = field(default_factory=dict)  # line id -> units taken
    ready: bool = False  # everything was in the shop when it was logged


def _resolved_lines(shop: Shop, data: OrderInput, day: date) -> list[dict]:
    """Validate lines against the catalog; fill prices and promised dates."""
    product_ids = [line.product_id for line in data.lines]
    promises = quote_promised_dates(shop, product_ids, day)
    rows = []
    for index, line in enumerate(data.lines, start=1):
        product = get_product(shop.db, line.product_id)
        if product is None:
            raise ValidationError(
                _("Line {index}: the product does not exist.").format(index=index), "lines"
            )
        promised = promises[line.product_id]
        if promised is None and not product.to_review:  # to review: "to be confirmed"
            raise ValidationError(
                _(
                    "Line {index}: {sku} has no supplier offer; add one in the catalog before ordering it."
                ).format(index=index, sku=product.sku),
                "lines",
            )
        price = product.sale_price if line.unit_price is None else line.unit_price
        rows.append(
            {
                "line": line,
                "product_id": line.product_id,
                "description": product.name,
                "quantity": line.quantity,
                "unit_price": price,
                "promised_date": promised.isoformat() if promised else None,
                "tax_rate_bp": product.tax_rate_bp,
            }
        )
    return rows


def create_order(shop: Shop, data: OrderInput) -> CreatedOrder:
    """Log one customer order at the counter (the order dialog, the self-test). Units in
    surplus that no waiting order needs are taken for it at once, so the customer can take
    them home now: the order (or those lines) is ready before it leaves the counter."""
    data.validate()
    with shop.transaction():
        number = shop.next_numbers(CUSTOMER_ORDER, 1)[0]
        created = _create_order(shop, data, number)
        taken = take_free_surplus(shop, created.order_id, number)
        ready = bool(taken) and bool(refresh_customer_orders(shop, [created.order_id]))
    return replace(created, from_surplus=taken, ready=ready)


def create_orders(shop: Shop, orders: list[OrderInput]) -> list[CreatedOrder]:
    """Log several customer orders in one transaction, numbered in one go (the CSV import)."""
    for data in orders:
        data.validate()
    with shop.transaction():
        numbers = shop.next_numbers(CUSTOMER_ORDER, len(orders))
        return [
            _create_order(shop, data, number) for data, number in zip(orders, numbers, strict=True)
        ]


def _create_order(shop: Shop, data: OrderInput, number: str) -> CreatedOrder:
    day = data.order_date or shop.today()
    db = shop.db
    require(get_customer(db, data.customer_id), "customer")
    if data.external_ref and q.order_by_external_ref(db, data.channel, data.external_ref):
        raise DomainError(
            _("Order {external_ref} from {channel} is already logged.").format(
                external_ref=data.external_ref, channel=data.channel
            )
        )
    data = create_new_items(shop, data)
    lines = _resolved_lines(shop, data, day)
    promised = promise_for_order_lines(_day(r["promised_date"]) for r in lines)
    total = order_total((r["quantity"], r["unit_price"]) for r in lines)
    if data.deposit > total:
        raise ValidationError(_("The deposit is more than the order total."), "deposit")
    now = shop.now_iso()
    order_id = q.insert_order(
        db,
        {
            "number": number,
            "customer_id": data.customer_id,
            "order_date": day.isoformat(),
            "promised_date": promised.isoformat() if promised else None,
            "status": CustomerOrderStatus.OPEN.value,
            "channel": data.channel,
            "external_ref": data.external_ref,
            "notes": data.notes,
            "created_at": now,
            "updated_at": now,
        },
    )
    _insert_lines(db, order_id, lines, start=1)
    shop.event(
        "customer_order",
        order_id,
        "created",
        f"Order {number} logged",
        total=total,
        deposit=data.deposit,
        lines=len(lines),
        promised_date=promised.isoformat() if promised else None,
    )
    if data.deposit:
        _insert_payment(shop, order_id, data.deposit, "deposit", data.payment_method)
    return CreatedOrder(int(order_id), number, promised)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _insert_lines(db: Handle, order_id: int, rows: list[dict], start: int) -> None:
    """The lines, each with the tax rate it is sold at (its product's, else the shop's) kept, so
    a receipt printed later shows the tax as it was when the order was taken."""
    shop_rate = load_settings(db).tax_rate_bp
    q.insert_lines(
        db,
        (
            {
                "order_id": order_id,
                "line_no": no,
                "product_id": r["product_id"],
                "description": r["description"],
                "quantity": r["quantity"],
                "original_quantity": r["quantity"],
                "unit_price": r["unit_price"],
                "promised_date": r["promised_date"],
                "tax_rate_bp": line_tax_rate(r.get("tax_rate_bp"), shop_rate),
            }
            for no, r in enumerate(rows, start=start)
        ),
    )


def edit_order(shop: Shop, order_id: int, data: OrderInput) -> Changes:
    """Change an open order: customer, notes, prices, more units, new lines.

    Lowering a line below what is already on order or in the shop is a *reduction* with an
    impact preview (services.changes); here it is refused so nothing changes silently.
    """
    data.validate()
    with shop.transaction() as db:
        order = _require_order(db, order_id)
        if not customer_allows(order.status, Action.EDIT):
            raise DomainError(
                _("Order {number} is {status}; only open orders can be edited.").format(
                    number=order.number, status=status_word(order.status)
                )
            )
        require(get_customer(db, data.customer_id), "customer")
        existing = {row.id: row for row in q.order_lines(db, order_id)}
        qty = {lq.line_id: lq for lq in line_quantities(db, order_ids=[order_id])}
        day = date.fromisoformat(order.order_date)
        data = create_new_items(shop, data)
        resolved = _resolved_lines(shop, data, day)
        kept: set[int] = set()
        new_rows = []
        changes = []
        for row in resolved:
            line: OrderLineInput = row["line"]
            if line.line_id is None:
                new_rows.append(row)
                continue
            old = existing.get(line.line_id)
            if old is None:
                raise NotFoundError(_("A line of this order no longer exists; reopen the order."))
            kept.add(line.line_id)
            if old.product_id != line.product_id:
                raise ValidationError(
                    _("A line's product cannot be changed; remove it and add a new line."), "lines"
                )
            _check_not_below_committed(order.number, old, qty[old.id], line.quantity)
            if (old.quantity, old.unit_price) != (line.quantity, row["unit_price"]):
                q.update_line(
                    db,
                    old.id,
                    {
                        "quantity": line.quantity,
                        "unit_price": row["unit_price"],
                        "original_quantity": max(old.original_quantity, line.quantity),
                    },
                )
                changes.append(
                    {
                        "line_no": old.line_no,
                        "quantity": [old.quantity, line.quantity],
                        "unit_price": [old.unit_price, row["unit_price"]],
                    }
                )
        for line_id, old in existing.items():
            if line_id not in kept and old.quantity > 0:
                _check_not_below_committed(order.number, old, qty[line_id], 0)
                q.update_line(db, line_id, {"quantity": 0})
                changes.append({"line_no": old.line_no, "removed": True})
        if new_rows:
            _insert_lines(
                db,
                order_id,
                new_rows,
                start=max((r.line_no for r in existing.values()), default=0) + 1,
            )
            changes += [{"added": r["description"], "quantity": r["quantity"]} for r in new_rows]
        lines_now = q.order_lines(db, order_id)
        order_total((r.quantity, r.unit_price) for r in lines_now)  # refused if too large
        promised = promise_for_order_lines(
            _day(r.promised_date) for r in q.order_lines(db, order_id) if r.quantity > 0
        )
        q.update_order(
            db,
            order_id,
            {
                "customer_id": data.customer_id,
                "notes": data.notes,
                "updated_at": shop.now_iso(),
                "promised_date": promised.isoformat() if promised else None,
            },
        )
        shop.event(
            "customer_order",
            order_id,
            "edited",
            f"Order {order.number} edited",
            lines=changes,
            customer_id=data.customer_id,
            notes=data.notes,
        )
    return Changes(customer_orders={order_id})


def _check_not_below_committed(
    number: str, old: OrderLine, lq: LineQuantities, new_quantity: int
) -> None:
    committed = lq.handed + lq.allocated + lq.covered
    if new_quantity < committed:
        raise DomainError(
            ngettext(
                "Line {line_no} of {number} already has {committed} unit on order or in the "
                "shop; use Reduce to see what happens to it first.",
                "Line {line_no} of {number} already has {committed} units on order or in the "
                "shop; use Reduce to see what happens to them first.",
                committed,
            ).format(line_no=old.line_no, number=number, committed=committed)
        )


def add_payment(
    shop: Shop,
    order_id: int,
    amount: int,
    kind: str = "payment",
    method: str = "cash",
    note: str = "",
) -> Changes:
    if kind not in PAYMENT_KINDS:
        raise ValidationError(_("Unknown payment kind {kind}.").format(kind=kind), "kind")
    check_amount(amount, "amount")
    if amount <= 0:
        raise ValidationError(_("The amount must be more than zero."), "amount")
    with shop.transaction() as db:
        order = _require_order(db, order_id)
        if not customer_allows(order.status, Action.TAKE_PAYMENT) and kind != "refund":
            raise DomainError(
                _("Order {number} is cancelled; only a refund can be recorded.").format(
                    number=order.number
                )
            )
        signed = -amount if kind == "refund" else amount
        paid = q.order_paid(db, order_id)
        if kind == "refund" and amount > paid:
            raise ValidationError(_("The refund is more than what was paid."), "amount")
        _insert_payment(shop, order_id, signed, kind, method, note)
    return Changes(customer_orders={order_id})


def _insert_payment(
    shop: Shop, order_id: int, amount: int, kind: str, method: str, note: str = ""
) -> None:
    q.insert_payment(
        shop.db,
        {
            "order_id": order_id,
            "amount": amount,
            "kind": kind,
            "method": method,
            "paid_at": shop.now_iso(),
            "note": note,
        },
    )
    shop.event(
        "customer_order",
        order_id,
        "payment",
        f"{PAYMENT_LABELS[kind]} {format_money(abs(amount), load_settings(shop.db).currency)}"
        f" ({method})",
        amount=amount,
        kind=kind,
        method=method,
    )


def _require_order(db: Handle, order_id: int) -> OrderHeader:
    order = q.order_header(db, order_id)
    if order is None:
        raise NotFoundError(_("The customer order does not exist (any more)."))
    return order


@dataclass(frozen=True, slots=True)
class OrderDetailLine(OrderLine):
    """A line of the order with where its units are (derived, never stored)."""

    handed: int
    allocated: int
    covered: int
    waiting: int


@dataclass(slots=True)
class OrderDetail:
    header: OrderHeader
    lines: list[OrderDetailLine]
    payments: list[Payment]
    total: int
    paid: int
    state: OrderState

    @property
    def balance(self) -> int:
        return self.total - self.paid


def order_detail(shop: Shop, order_id: int) -> OrderDetail:
    """The order with each line's derived quantities (handed, allocated, covered, waiting)."""
    db = shop.db
    header = _require_order(db, order_id)
    quantities = {lq.line_id: lq for lq in line_quantities(db, order_ids=[order_id])}
    lines = []
    for row in q.order_lines(db, order_id):
        lq = quantities[row.id]
        lines.append(
            OrderDetailLine(
                row.id,
                row.order_id,
                row.line_no,
                row.product_id,
                row.description,
                row.quantity,
                row.original_quantity,
                row.unit_price,
                row.promised_date,
                row.sku,
                row.product_name,
                row.unit,
                row.tax_rate_bp,
                row.product_tax_rate_bp,
                lq.handed,
                lq.allocated,
                lq.covered,
                lq.waiting,
            )
        )
    total = sum(line.line_total for line in lines)
    payments = q.order_payments(db, order_id)
    paid = sum(p.amount for p in payments)
    return OrderDetail(header, lines, payments, total, paid, order_state(shop, header))


def find_order(shop: Shop, number: str) -> OrderHeader:
    order = q.order_by_number(shop.db, number)
    if order is None:
        raise NotFoundError(_("There is no order {number}.").format(number=number.strip()))
    return order


def list_orders(
    shop: Shop, flt: OrderFilter, *, limit: int = 200, offset: int = 0
) -> list[OrderListRow]:
    return q.list_orders(shop.db, flt, shop.today().isoformat(), limit=limit, offset=offset)


def count_orders(shop: Shop, flt: OrderFilter) -> int:
    return q.count_orders(shop.db, flt, shop.today().isoformat())


@dataclass(frozen=True, slots=True)
class OrderState:
    """How far one order really is (`domain.order_progress`) and whether it is late."""

    progress: OrderProgress
    late: bool


def order_state(shop: Shop, header: OrderHeader) -> OrderState:
    lines = line_progress(shop.db, [header.id]).get(header.id, [])
    progress = order_progress(header.status, lines)
    return OrderState(
        progress, order_late(progress, header.promised_date, shop.today().isoformat())
    )
