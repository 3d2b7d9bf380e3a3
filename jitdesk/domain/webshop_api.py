"""Orders as the web shops' APIs give them (JSON), read into the same `WebOrder`s as an export.

Pure: decoded JSON in, orders out; fetching them is the services' job.

* **WooCommerce** REST API v3 (`GET /wp-json/wc/v3/orders`): an order has `id`, `number`,
  `status`, `currency`, `date_created` (shop time), `date_modified_gmt`, `total`, `customer_note`,
  `billing` (`first_name`, `last_name`, `company`, `email`, `phone`), `line_items` (`sku`,
  `name`, `quantity`, `price`, `total`) and `refunds` (`total`, negative).
* **Shopify** Admin REST API (`GET /admin/api/<version>/orders.json`): `{"orders": [...]}`, each
  with `id`, `name` (`#1001`), `created_at`, `updated_at`, `cancelled_at`, `financial_status`,
  `currency`, `total_price`, `note`, `email`, `phone`, `customer`, `billing_address`,
  `line_items` (`id`, `sku`, `name`, `quantity`, `price`) and `refunds` with
  `refund_line_items` (`line_item_id`, `quantity`) and refund `transactions` (`amount`).

Which statuses are skipped or count as paid is the export reader's rule
(`webshop_formats`), used here unchanged, so a file and the API treat an order alike.
Each order is numbered with made-up "line" numbers (`first_line`, then one per item) that are
unique in one batch, so the import planner's problems, which name lines, lead back to their order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast

from jitdesk.domain.calendar import check_date
from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import _
from jitdesk.domain.models import one_line_name
from jitdesk.domain.money import parse_money, parse_quantity
from jitdesk.domain.webshop_formats import (
    _PAID,
    _SHOPIFY_SKIP,
    _SKIP,
    SHOPIFY,
    WOOCOMMERCE,
    SkippedOrder,
    WebLine,
    WebOrder,
    _Reader,
)

Json = dict[str, Any]
# Where the fetch puts an order's refunds as `GET /orders/<id>/refunds` lists them (WooCommerce
# lists only their totals with the order; the items refunded come with each refund).
WOO_REFUND_DETAILS = "jitdesk_refund_details"


class MalformedOrder(ValueError):
    """An order in the answer lacks what every order of that API has."""


@dataclass(slots=True)
class OrderBatch:
    """One page of an API answer, read: the orders to plan, the ones skipped, and the newest
    change time among them (UTC, `YYYY-MM-DDTHH:MM:SS`), which becomes the sync cursor."""

    orders: list[WebOrder] = field(default_factory=list)
    skipped: list[SkippedOrder] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (ref, why)
    newest: str = ""
    lines_used: int = 0

    def refs(self) -> set[str]:
        return {o.ref for o in self.orders} | {s.ref for s in self.skipped}


def utc_text(value: str, *, naive_is_utc: bool = True) -> str:
    """An API timestamp as UTC text `YYYY-MM-DDTHH:MM:SS` (the cursor's form), or ""."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        if not naive_is_utc:
            return ""
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _money(value: object) -> int:
    if value in (None, ""):
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_money(value, field="price")
    return parse_money(str(value), field="price")


def _day(text: str, today: date) -> date:
    try:
        day = min(date.fromisoformat(str(text)[:10]), today)
    except ValueError as exc:
        raise MalformedOrder(
            _("the order date {date} is not a date").format(date=quoted(text))
        ) from exc
    return check_date(day, "order_date", _("order date"))


def _quantity(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return parse_quantity(value, allow_zero=True)
    return parse_quantity(_text(value) or "0", allow_zero=True)


def _refunded_count(value: object) -> int:
    """A refunded quantity, which WooCommerce writes negative."""
    return _quantity(_text(value).removeprefix("-"))


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


class BatchReader:
    """Reads the orders of one sync, page by page, numbering their lines across pages."""

    def __init__(self, channel: str, today: date) -> None:
        if channel not in (SHOPIFY, WOOCOMMERCE):
            raise ValueError(channel)
        self.channel = channel
        self.today = today
        self.next_line = 1

    def read(self, orders: list[Json]) -> OrderBatch:
        batch = OrderBatch()
        for raw in orders:
            ref = self.ref_of(raw)
            if isinstance(raw, dict):
                batch.newest = max(batch.newest, self.changed_at(raw))
            try:
                if not isinstance(raw, dict):
                    raise MalformedOrder(_("it is not an order"))
                read = self._shopify(raw) if self.channel == SHOPIFY else self._woo(raw)
            except (MalformedOrder, ValidationError, TypeError, KeyError) as exc:
                batch.unreadable.append((ref, str(exc)))
                continue
            if isinstance(read, SkippedOrder):
                batch.skipped.append(read)
            else:
                batch.orders.append(read)
        batch.lines_used = self.next_line
        return batch

    # -- common ------------------------------------------------------------------------------
    def ref_of(self, raw: object) -> str:
        """The web order number the shop shows (Shopify `#1001`, WooCommerce `number`)."""
        if not isinstance(raw, dict):
            return "?"
        if self.channel == SHOPIFY:
            return _text(raw.get("name")) or f"#{_text(raw.get('order_number') or raw.get('id'))}"
        return _text(raw.get("number")) or _text(raw.get("id")) or "?"

    def changed_at(self, raw: Json) -> str:
        if self.channel == SHOPIFY:
            return utc_text(_text(raw.get("updated_at")), naive_is_utc=True)
        return utc_text(_text(raw.get("date_modified_gmt")))

    def _start(self, raw: Json, **values: Any) -> WebOrder:
        first = self.next_line
        self.next_line += 1
        return WebOrder(ref=self.ref_of(raw), first_line=first, **values)

    def _line(
        self, order: WebOrder, sku: str, name: str, quantity: int, price: int, refunded: int
    ) -> None:
        """Add an item with the quantity still wanted (ordered less refunded)."""
        if price < 0:
            raise MalformedOrder(_("an item price is negative"))
        wanted = quantity - min(refunded, quantity)
        order.refunded_on_lines += (quantity - wanted) * price
        if wanted <= 0:
            return  # removed from the order, or refunded in full
        order.lines.append(WebLine(self.next_line, sku, one_line_name(name), wanted, price))
        self.next_line += 1

    @staticmethod
    def _items(raw: Json) -> list[Json]:
        items = raw.get("line_items")
        if not isinstance(items, list):
            raise MalformedOrder(_("it has no list of items"))
        return items

    # -- WooCommerce -------------------------------------------------------------------------
    def _woo(self, raw: Json) -> WebOrder | SkippedOrder:
        ref = self.ref_of(raw)
        status = _text(raw.get("status")).lower().removeprefix("wc-")
        if status in _SKIP:
            return SkippedOrder(ref, 0, _(_SKIP[status]))
        billing = raw.get("billing") or {}
        name = " ".join(
            p for p in (_text(billing.get("first_name")), _text(billing.get("last_name"))) if p
        ) or _text(billing.get("company"))
        total = _money(raw.get("total"))
        refunded = sum(abs(_money(r.get("total"))) for r in raw.get("refunds") or [])
        items = self._items(raw)
        order = self._start(
            raw,
            order_date=_day(_text(raw.get("date_created")), self.today),
            customer_name=one_line_name(name),
            email=_text(billing.get("email")),
            phone=_text(billing.get("phone")),
            paid=max(total - refunded, 0) if status in _PAID else 0,
            status=status or "pending",
            currency=_text(raw.get("currency")),
            notes=_text(raw.get("customer_note")),
            refunded=refunded,
        )
        refunded_qty = _woo_refunded_quantities(raw)
        for item in items:
            quantity = _quantity(item.get("quantity"))
            price = item.get("price")
            if price in (None, "") and quantity:
                unit = _money(item.get("total")) // quantity
            else:
                unit = _money(price)
            self._line(
                order,
                _text(item.get("sku")),
                _text(item.get("name")),
                quantity,
                unit,
                refunded_qty.get(_text(item.get("id")), 0),
            )
        return self._finish(order)

    # -- Shopify -----------------------------------------------------------------------------
    def _shopify(self, raw: Json) -> WebOrder | SkippedOrder:
        ref = self.ref_of(raw)
        financial = _text(raw.get("financial_status")).lower()
        if raw.get("cancelled_at"):
            return SkippedOrder(ref, 0, _("it was cancelled in the web shop"))
        if financial in _SHOPIFY_SKIP:
            return SkippedOrder(ref, 0, _(_SHOPIFY_SKIP[financial]))
        refunded_qty: dict[str, int] = {}
        refunded = 0
        for refund in raw.get("refunds") or []:
            for item in refund.get("refund_line_items") or []:
                key = _text(item.get("line_item_id"))
                refunded_qty[key] = refunded_qty.get(key, 0) + _refunded_count(item.get("quantity"))
            for transaction in refund.get("transactions") or []:
                if _text(transaction.get("kind")) in ("refund", "") and _text(
                    transaction.get("status") or "success"
                ) in ("success", ""):
                    refunded += _money(transaction.get("amount"))
        total = _money(raw.get("total_price"))
        customer = raw.get("customer") or {}
        billing = raw.get("billing_address") or {}
        shipping = raw.get("shipping_address") or {}
        name = (
            _text(billing.get("name"))
            or " ".join(
                p
                for p in (_text(customer.get("first_name")), _text(customer.get("last_name")))
                if p
            )
            or _text(shipping.get("name"))
        )
        paid = total - refunded if financial in ("paid", "partially_refunded") else 0
        items = self._items(raw)
        order = self._start(
            raw,
            order_date=_day(_text(raw.get("created_at")), self.today),
            customer_name=one_line_name(name),
            email=_text(raw.get("email")) or _text(customer.get("email")),
            phone=_text(billing.get("phone")) or _text(raw.get("phone")),
            paid=max(paid, 0),
            status=financial or "pending",
            currency=_text(raw.get("currency")),
            notes=_text(raw.get("note")),
            refunded=refunded,
        )
        for item in items:
            self._line(
                order,
                _text(item.get("sku")),
                _text(item.get("name") or item.get("title")),
                _quantity(item.get("quantity")),
                _money(item.get("price")),
                refunded_qty.get(_text(item.get("id")), 0),
            )
        return self._finish(order)

    @staticmethod
    def _finish(order: WebOrder) -> WebOrder | SkippedOrder:
        if not order.lines:
            return SkippedOrder(order.ref, order.first_line, _("it has no items left"))
        # A refund not tied to items is flagged as the export reader flags it (its rule; the
        # method uses nothing of the reader).
        _Reader._flag_refund(cast(_Reader, None), order)
        order.paid = min(order.paid, order.total)
        return order


def _woo_refunded_quantities(raw: Json) -> dict[str, int]:
    """Line item id -> quantity refunded, from the refunds the fetch added to the order (each
    refunded item names the order's item in `_refunded_item_id`; its quantity is negative)."""
    found: dict[str, int] = {}
    for refund in raw.get(WOO_REFUND_DETAILS) or []:
        for item in refund.get("line_items") or []:
            meta = {m.get("key"): m.get("value") for m in item.get("meta_data") or []}
            line_id = _text(item.get("refunded_item_id") or meta.get("_refunded_item_id"))
            if line_id:
                found[line_id] = found.get(line_id, 0) + _refunded_count(item.get("quantity"))
    return found


def page_orders(channel: str, body: object) -> list[Json]:
    """The orders of one page of an answer, or MalformedOrder when it is not an order list
    (Shopify wraps the list as `{"orders": [...]}`, WooCommerce sends the list itself)."""
    found = body.get("orders") if channel == SHOPIFY and isinstance(body, dict) else body
    if not isinstance(found, list):
        raise MalformedOrder(_("the answer is not a list of orders"))
    return found


def next_link(header: str) -> str | None:
    """The `rel="next"` address of an HTTP Link header (Shopify's page_info paging)."""
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        if len(pieces) < 2 or not pieces[0].startswith("<") or not pieces[0].endswith(">"):
            continue
        rels = {p.replace(" ", "") for p in pieces[1:]}
        if 'rel="next"' in rels or "rel=next" in rels:
            return pieces[0][1:-1]
    return None
