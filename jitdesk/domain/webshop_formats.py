"""Reading the order exports of web shops (pure: text in, orders out; no database).

Two layouts are understood, both with one row per line item:

* **Shopify** ("Export orders" → CSV for Excel/plain CSV): columns such as ``Name`` (the order
  number, e.g. ``#1001``, on every row), ``Email``, ``Financial Status``, ``Paid at``,
  ``Currency``, ``Subtotal``, ``Total``, ``Created at``, ``Lineitem quantity``, ``Lineitem name``,
  ``Lineitem price``, ``Lineitem sku``, ``Billing Name``, ``Billing Phone``, ``Notes``,
  ``Cancelled at``, ``Refunded Amount``, ``Id``. Order-level values are on the first row of an
  order only; later rows repeat just ``Name`` (and a few others) and the line item.
* **WooCommerce**: WooCommerce has no built-in order CSV; jitdesk reads the common plugin layout
  (Advanced Order Export / Order Export & Import, "one row per item"):
  ``Order ID``, ``Order Number``, ``Order Date``, ``Order Status``, ``Billing First Name``,
  ``Billing Last Name``, ``Billing Email``, ``Billing Phone``, ``Customer Note``, ``Order Total``,
  ``Order Currency``, ``Item SKU``, ``Item Name``, ``Quantity``, ``Item Cost`` (unit price) or
  ``Line Total`` (price × quantity). Order values may be repeated on every row or given on the
  first row only. Column names are matched without regard to case or spacing.

An order's identity is the channel plus its order number (Shopify ``Name``; WooCommerce
``Order Number``, else ``Order ID``), so the same export imported twice adds nothing.
Cancelled, refunded, voided or failed orders are skipped and reported, never imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from jitdesk.domain import input_limits as limits
from jitdesk.domain.calendar import check_date
from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import _
from jitdesk.domain.models import one_line_name
from jitdesk.domain.money import parse_money, parse_quantity

SHOPIFY = "shopify"
WOOCOMMERCE = "woocommerce"
CHANNELS = (SHOPIFY, WOOCOMMERCE)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the file that stops it from being imported, by file line number."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(slots=True)
class WebLine:
    line: int
    sku: str
    name: str
    quantity: int
    unit_price: int

    @property
    def key(self) -> str:
        """What a SKU mapping is keyed by: the SKU, or the item name when the shop gave none."""
        return self.sku or self.name


@dataclass(slots=True)
class WebOrder:
    ref: str
    first_line: int
    order_date: date
    customer_name: str
    email: str
    phone: str
    paid: int  # minor units the web shop says were paid
    status: str
    currency: str
    notes: str = ""
    lines: list[WebLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.quantity * line.unit_price for line in self.lines)


@dataclass(frozen=True, slots=True)
class SkippedOrder:
    ref: str
    line: int
    reason: str


@dataclass(slots=True)
class ParsedExport:
    channel: str
    orders: list[WebOrder]
    skipped: list[SkippedOrder]
    problems: list[Problem]
    rows: int = 0


# --- layouts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layout:
    channel: str
    required: tuple[str, ...]
    label: str


LAYOUTS = {
    SHOPIFY: Layout(
        SHOPIFY,
        ("name", "lineitem quantity", "lineitem price", "lineitem sku", "lineitem name"),
        "Shopify order export",
    ),
    WOOCOMMERCE: Layout(
        WOOCOMMERCE,
        ("order date", "order status", "item sku", "item name", "quantity"),
        "WooCommerce order export",
    ),
}


def normal_column(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_export(channel: str, text: str, today: date) -> ParsedExport:
    """Every order in the export, the skipped ones and every problem found (by line)."""
    if channel not in LAYOUTS:
        raise ValidationError(
            _("jitdesk cannot read {channel} exports; choose {names}.").format(
                channel=channel, names=" or ".join(CHANNELS)
            ),
            "kind",
        )
    layout = LAYOUTS[channel]
    first = next((t for t in text.splitlines() if t.strip()), None)
    if first is None:
        return ParsedExport(channel, [], [], [Problem(1, _("The file is empty."))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    result = ParsedExport(channel, [], [], [])
    header: dict[str, int] | None = None
    width = 0
    reading = _ShopifyReader(result, today) if channel == SHOPIFY else _WooReader(result, today)
    previous_end = 0
    try:
        for record in limits.checked_records(reader):
            start, previous_end = previous_end + 1, reader.line_num
            if header is None:
                if not any(c.strip() for c in record):
                    continue
                header = {normal_column(c): i for i, c in enumerate(record)}
                width = len(record)
                missing = [c for c in layout.required if c not in header]
                if missing:
                    result.problems.append(
                        Problem(
                            start,
                            _(
                                "This is not a {label}: the first line has no column {names}."
                            ).format(label=layout.label, names=", ".join(missing)),
                        )
                    )
                    return result
                reading.bind(header)
                continue
            if len(record) != width:
                if len(record) <= 1 and not "".join(record).strip():
                    continue
                result.problems.append(
                    Problem(
                        start,
                        _(
                            "This row has {count} values where the first line names {width} columns; the file looks cut off or damaged, so export it again."
                        ).format(count=len(record), width=width),
                    )
                )
                continue
            result.rows += 1
            reading.row(start, record)
    except limits.InputTooBig as exc:
        result.problems.append(Problem(exc.line, str(exc)))
        return result
    except csv.Error as exc:
        result.problems.append(
            Problem(
                previous_end + 1,
                _(
                    "This row cannot be read as CSV ({csv_problem}); the file looks cut off or damaged, so export it again."
                ).format(csv_problem=limits.csv_problem(exc)),
            )
        )
    if header is None:
        result.problems.append(Problem(1, _("The file is empty.")))
    reading.finish()
    return result


class _Reader:
    """Shared bookkeeping: orders by reference, in file order."""

    def __init__(self, result: ParsedExport, today: date) -> None:
        self.result = result
        self.today = today
        self.orders: dict[str, WebOrder | SkippedOrder] = {}
        self.col: dict[str, int] = {}
        self.line_cols: tuple[int, ...] = ()
        self.quantities: dict[str, int] = {}
        self.prices: dict[str, int] = {}
        self.days: dict[str, date] = {}

    def bind(self, header: dict[str, int]) -> None:
        self.col = header

    def get(self, record: list[str], name: str) -> str:
        index = self.col.get(name)
        return record[index].strip() if index is not None else ""

    def problem(self, line: int, message: str) -> None:
        self.result.problems.append(Problem(line, message))

    def bind_line(self, names: tuple[str, str, str, str, str]) -> None:
        """Column positions of the line item (SKU, name, quantity, price, line total)."""
        self.line_cols = tuple(self.col.get(n, -1) if n else -1 for n in names)

    def add_line(self, order: WebOrder, line: int, record: list[str]) -> None:
        sku_i, name_i, qty_i, price_i, total_i = self.line_cols
        qty_text = record[qty_i].strip()
        price_text = record[price_i].strip() if price_i >= 0 else ""
        try:
            quantity = self._quantity(qty_text)
            if price_text:
                price = self._money(price_text)
            elif total_i >= 0 and record[total_i].strip() and quantity:
                price = self._money(record[total_i].strip()) // quantity
            else:
                price = 0
        except ValidationError as exc:
            self.problem(line, f"Order {order.ref}: {exc}")
            return
        if price < 0:
            self.problem(line, f"Order {order.ref}: the item price is negative.")
            return
        if quantity == 0:  # an item removed from the order in the web shop
            return
        order.lines.append(
            WebLine(line, record[sku_i].strip(), one_line_name(record[name_i]), quantity, price)
        )

    def _quantity(self, text: str) -> int:
        """Exports repeat the same few quantities and prices: parse each text once."""
        value = self.quantities.get(text)
        if value is None:
            value = self.quantities[text] = parse_quantity(
                text or "0", field="quantity", allow_zero=True
            )
        return value

    def _money(self, text: str) -> int:
        value = self.prices.get(text)
        if value is None:
            value = self.prices[text] = parse_money(text, field="price")
        return value

    def order_date(self, line: int, text: str, ref: str) -> date | None:
        day_text = text.strip()[:10]
        day = self.days.get(day_text)
        if day is None:
            try:
                day = min(date.fromisoformat(day_text), self.today)
                day = self.days[day_text] = check_date(day, "order_date", _("order date"))
            except ValueError:
                self.problem(
                    line,
                    f"Order {ref}: the order date {quoted(text)} is not a date (YYYY-MM-DD ...).",
                )
                return None
            except ValidationError as exc:
                self.problem(line, f"Order {ref}: {exc}")
                return None
        return day

    def money(self, line: int, text: str, ref: str, what: str) -> int:
        if not text:
            return 0
        try:
            return self._money(text)
        except ValidationError:
            self.problem(
                line, f"Order {ref}: the {what} {quoted(text)} is not an amount such as 12.50."
            )
            return 0

    def finish(self) -> None:
        for item in self.orders.values():
            if isinstance(item, SkippedOrder):
                self.result.skipped.append(item)
            elif not item.lines:
                self.result.skipped.append(
                    SkippedOrder(item.ref, item.first_line, "it has no items left")
                )
            else:
                item.paid = min(item.paid, item.total)
                self.result.orders.append(item)


_SHOPIFY_SKIP = {"refunded": "it was refunded", "voided": "its payment was voided"}
_SHOPIFY_LINE = ("lineitem sku", "lineitem name", "lineitem quantity", "lineitem price", "")


class _ShopifyReader(_Reader):
    def bind(self, header: dict[str, int]) -> None:
        super().bind(header)
        self.bind_line(_SHOPIFY_LINE)
        self.ref_col = header["name"]

    def row(self, line: int, record: list[str]) -> None:
        ref = record[self.ref_col].strip()
        if not ref:
            self.problem(line, "The Name (order number) is empty.")
            return
        order = self.orders.get(ref)
        if order is None:
            order = self.orders[ref] = self._start(line, record, ref)
        if isinstance(order, WebOrder):
            self.add_line(order, line, record)

    def _start(self, line: int, record: list[str], ref: str) -> WebOrder | SkippedOrder:
        financial = self.get(record, "financial status").lower()
        if self.get(record, "cancelled at"):
            return SkippedOrder(ref, line, "it was cancelled in the web shop")
        if financial in _SHOPIFY_SKIP:
            return SkippedOrder(ref, line, _SHOPIFY_SKIP[financial])
        total = self.money(line, self.get(record, "total"), ref, "total")
        refunded = self.money(line, self.get(record, "refunded amount"), ref, "refunded amount")
        if refunded and total and refunded >= total:
            return SkippedOrder(ref, line, "it was refunded")
        created = self.get(record, "created at") or self.get(record, "paid at")
        day = self.order_date(line, created, ref) if created else self.today
        paid = total - refunded if financial in ("paid", "partially_refunded") else 0
        return WebOrder(
            ref=ref,
            first_line=line,
            order_date=day or self.today,
            customer_name=one_line_name(
                self.get(record, "billing name") or self.get(record, "shipping name")
            ),
            email=self.get(record, "email"),
            phone=self.get(record, "billing phone") or self.get(record, "phone"),
            paid=max(paid, 0),
            status=financial or "pending",
            currency=self.get(record, "currency"),
            notes=self.get(record, "notes"),
        )


_WOO_SKIP = {
    "cancelled": "it was cancelled in the web shop",
    "refunded": "it was refunded",
    "failed": "its payment failed",
    "trash": "it is in the web shop's trash",
    "checkout-draft": "it is an unfinished checkout",
    "draft": "it is an unfinished checkout",
}
_WOO_PAID = {"processing", "completed"}
_ALL_OF_IT = 10**15  # paid in full, no Order Total column: capped at the lines' total later
_WOO_LINE = ("item sku", "item name", "quantity", "item cost", "line total")


class _WooReader(_Reader):
    def bind(self, header: dict[str, int]) -> None:
        super().bind(header)
        self.bind_line(_WOO_LINE)

    def row(self, line: int, record: list[str]) -> None:
        ref = self.get(record, "order number") or self.get(record, "order id")
        if not ref:
            self.problem(line, "The Order Number and Order ID are both empty.")
            return
        order = self.orders.get(ref)
        if order is None:
            order = self.orders[ref] = self._start(line, record, ref)
        if isinstance(order, WebOrder):
            self.add_line(order, line, record)

    def _start(self, line: int, record: list[str], ref: str) -> WebOrder | SkippedOrder:
        status = self.get(record, "order status").lower().removeprefix("wc-").replace(" ", "-")
        if status in _WOO_SKIP:
            return SkippedOrder(ref, line, _WOO_SKIP[status])
        day = self.order_date(line, self.get(record, "order date"), ref)
        first = self.get(record, "billing first name")
        last = self.get(record, "billing last name")
        name = " ".join(p for p in (first, last) if p) or self.get(record, "billing company")
        total = self.money(line, self.get(record, "order total"), ref, "order total")
        return WebOrder(
            ref=ref,
            first_line=line,
            order_date=day or self.today,
            customer_name=one_line_name(name),
            email=self.get(record, "billing email"),
            phone=self.get(record, "billing phone"),
            paid=(total or _ALL_OF_IT) if status in _WOO_PAID else 0,
            status=status or "pending",
            currency=self.get(record, "order currency") or self.get(record, "currency"),
            notes=self.get(record, "customer note"),
        )
