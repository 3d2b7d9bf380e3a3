"""Reading the order exports of web shops (pure: text in, orders out; no database).

Three layouts are understood, all with one row per line item:

* **Shopify** ("Export orders" → CSV for Excel/plain CSV): columns such as ``Name`` (the order
  number, e.g. ``#1001``, on every row), ``Email``, ``Financial Status``, ``Paid at``,
  ``Currency``, ``Subtotal``, ``Total``, ``Created at``, ``Lineitem quantity``, ``Lineitem name``,
  ``Lineitem price``, ``Lineitem sku``, ``Billing Name``, ``Billing Phone``, ``Notes``,
  ``Cancelled at``, ``Refunded Amount``, ``Id``. Order-level values are on the first row of an
  order only; later rows repeat just ``Name`` (and a few others) and the line item. Shopify lists
  newest first; refunds are given per order only (``Refunded Amount``), never per line.
* **WooCommerce**, two layouts read by one reader, since their columns differ only in name:
  the *Customer / Order / Coupon Export* extension's default "one row per item" format
  (lower-case: ``order_id``, ``order_number``, ``date``, ``status``, ``order_total``,
  ``refunded_total``, ``order_currency``, ``billing_first_name``, ``billing_last_name``,
  ``billing_company``, ``billing_email``, ``billing_phone``, ``customer_note``, ``item_name``,
  ``item_sku``, ``item_quantity``, ``item_total`` (the line's total), ``item_refunded``,
  ``item_refunded_qty`` (negative, as WooCommerce stores it) ...), and the title-case layout of
  the common export plugins (``Order Number``, ``Order Date``, ``Order Status``, ``Item SKU``,
  ``Item Name``, ``Quantity``, ``Item Cost`` or ``Line Total`` ...).
* **Any other CSV of orders**, through a column mapping the owner chooses once (which column is
  the order number, date, status, SKU, quantity, unit price or line total, customer name,
  e-mail, phone, notes); it is remembered per channel and file layout (`layout_key`).

Column names are matched without regard to case, spacing or underscores. An order's identity is
the channel plus its order number, so the same export imported twice adds nothing. Cancelled,
fully refunded, voided or failed orders are skipped and reported, never imported. A line refunded
in part comes in with the quantity still wanted; a refund that cannot be tied to a line is a
warning on the order, for the owner to check.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from jitdesk.domain import input_limits as limits
from jitdesk.domain.calendar import check_date
from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import N_, _
from jitdesk.domain.models import one_line_name
from jitdesk.domain.money import parse_money, parse_quantity

SHOPIFY = "shopify"
WOOCOMMERCE = "woocommerce"
CHANNELS = (SHOPIFY, WOOCOMMERCE)

# What a column of an order export can mean (the roles of a column mapping).
REF, DATE, STATUS = "ref", "date", "status"
SKU, ITEM, QUANTITY, UNIT_PRICE, LINE_TOTAL = "sku", "item", "quantity", "unit_price", "line_total"
NAME, EMAIL, PHONE, NOTES = "name", "email", "phone", "notes"
MAPPABLE = (
    REF,
    DATE,
    STATUS,
    SKU,
    ITEM,
    QUANTITY,
    UNIT_PRICE,
    LINE_TOTAL,
    NAME,
    EMAIL,
    PHONE,
    NOTES,
)
ROLE_TITLES = {
    REF: N_("order number"),
    DATE: N_("order date"),
    STATUS: N_("status"),
    SKU: N_("SKU"),
    ITEM: N_("item name"),
    QUANTITY: N_("quantity"),
    UNIT_PRICE: N_("unit price"),
    LINE_TOTAL: N_("line total"),
    NAME: N_("customer name"),
    EMAIL: N_("e-mail"),
    PHONE: N_("phone"),
    NOTES: N_("notes"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the file that stops it (or, with `ref`, one order) from being imported."""

    line: int
    message: str
    ref: str = ""  # the web order it belongs to; empty: the whole file

    def __str__(self) -> str:
        return _("line {line}: {message}").format(line=self.line, message=self.message)


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
    refunded: int = 0  # the order's refunds, in minor units
    refunded_on_lines: int = 0  # the part of them tied to lines (quantities refunded)
    warnings: list[str] = field(default_factory=list)

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
    header: tuple[str, ...] = ()  # the file's column names as written
    needs_mapping: bool = False  # a CSV of orders in a layout jitdesk does not know


def placed_order(order_date: date, ref: str) -> tuple[date, list[tuple[int, int, str]]]:
    """Sort key of web orders in the order they were placed: by date, then by their web number
    compared as numbers where it has digits ("#998" before "#1001"), whatever the file's order."""
    parts = re.split(r"(\d+)", ref)
    return (order_date, [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts])


# --- layouts ---------------------------------------------------------------------------------


def normal_column(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


def layout_key(header: list[str] | tuple[str, ...]) -> str:
    """What a remembered column mapping is keyed by: the file's columns, normalised."""
    return "|".join(normal_column(c) for c in header)


@dataclass(frozen=True, slots=True)
class Layout:
    """Column names (normalised) that may carry each role, first found wins; `required` roles
    must all be found for a file to be read in this layout."""

    label: str
    columns: dict[str, tuple[str, ...]]
    required: tuple[str, ...]

    def bind(self, header: dict[str, int]) -> dict[str, int] | None:
        found = {}
        for role, names in self.columns.items():
            index = next((header[n] for n in names if n in header), None)
            if index is not None:
                found[role] = index
        return found if all(r in found for r in self.required) else None


SHOPIFY_LAYOUT = Layout(
    N_("Shopify order export"),
    {
        REF: ("name",),
        SKU: ("lineitem sku",),
        ITEM: ("lineitem name",),
        QUANTITY: ("lineitem quantity",),
        UNIT_PRICE: ("lineitem price",),
        DATE: ("created at",),
        "paid_at": ("paid at",),
        STATUS: ("financial status",),
        NAME: ("billing name",),
        "shipping_name": ("shipping name",),
        EMAIL: ("email",),
        PHONE: ("billing phone",),
        "phone2": ("phone",),
        NOTES: ("notes",),
        "currency": ("currency",),
        "total": ("total",),
        "refunded": ("refunded amount",),
        "cancelled": ("cancelled at",),
    },
    (REF, SKU, ITEM, QUANTITY, UNIT_PRICE),
)
WOOCOMMERCE_LAYOUT = Layout(
    N_("WooCommerce order export"),
    {
        REF: ("order number", "order id"),
        DATE: ("order date", "date"),
        STATUS: ("order status", "status"),
        SKU: ("item sku",),
        ITEM: ("item name",),
        QUANTITY: ("quantity", "item quantity", "item qty"),
        UNIT_PRICE: ("item cost", "item price"),
        LINE_TOTAL: ("line total", "item total"),
        "refunded_qty": ("item refunded qty", "item refunded quantity"),
        "first": ("billing first name",),
        "last": ("billing last name",),
        "company": ("billing company",),
        NAME: ("billing full name", "customer name"),
        EMAIL: ("billing email",),
        PHONE: ("billing phone",),
        NOTES: ("customer note",),
        "currency": ("order currency", "currency"),
        "total": ("order total",),
        "refunded": ("refunded total", "order refunded amount"),
    },
    (REF, DATE, STATUS, SKU, ITEM, QUANTITY),
)
LAYOUTS = {SHOPIFY: SHOPIFY_LAYOUT, WOOCOMMERCE: WOOCOMMERCE_LAYOUT}


def mapped_layout(mapping: dict[str, str]) -> Layout:
    """The layout of a file the owner mapped: role -> the file's column name."""
    columns: dict[str, tuple[str, ...]] = {
        role: (normal_column(col),) for role, col in mapping.items() if col
    }
    return Layout(N_("order export"), columns, ())


def guess_mapping(header: list[str] | tuple[str, ...]) -> dict[str, str]:
    """A first guess at a column mapping: columns named as in the layouts jitdesk knows, or
    as the role is called in English or the user's language ("Bestellnummer")."""
    by_name = {normal_column(c): c for c in reversed(header) if c.strip()}
    guess: dict[str, str] = {}
    for role in MAPPABLE:
        names = [n for layout in LAYOUTS.values() for n in layout.columns.get(role, ())]
        names += [normal_column(ROLE_TITLES[role]), normal_column(_(ROLE_TITLES[role]))]
        found = next((by_name[n] for n in names if n in by_name), None)
        if found and found not in guess.values():
            guess[role] = found
    return guess


def check_mapping(mapping: dict[str, str]) -> None:
    """A column mapping must say where the order number, the item and the quantity are."""
    missing = [_(ROLE_TITLES[r]) for r in (REF, QUANTITY) if not mapping.get(r)]
    if not mapping.get(SKU) and not mapping.get(ITEM):
        missing.append(_("{sku} or {item}").format(sku=_("SKU"), item=_("item name")))
    if missing:
        raise ValidationError(
            _("Choose the column for the {roles}; jitdesk needs them to read the orders.").format(
                roles=", ".join(missing)
            ),
            "mapping",
        )
    chosen = [c for c in mapping.values() if c]
    twice = sorted({c for c in chosen if chosen.count(c) > 1})
    if twice:
        raise ValidationError(
            _("The column {column} is chosen for two things; choose each column once.").format(
                column=quoted(twice[0])
            ),
            "mapping",
        )


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_export(
    channel: str, text: str, today: date, mapping: dict[str, str] | None = None
) -> ParsedExport:
    """Every order in the export, the skipped ones and every problem found (by line). With
    `mapping` (role -> column name), the file is read through it instead of the channel's own
    layouts."""
    if channel not in LAYOUTS:
        raise ValidationError(
            _("jitdesk cannot read {channel} exports; choose {names}.").format(
                channel=channel, names=" or ".join(CHANNELS)
            ),
            "kind",
        )
    layout = mapped_layout(mapping) if mapping else LAYOUTS[channel]
    first = next((t for t in text.splitlines() if t.strip()), None)
    if first is None:
        return ParsedExport(channel, [], [], [Problem(1, _("The file is empty."))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    result = ParsedExport(channel, [], [], [])
    reading: _Reader | None = None
    width = 0
    previous_end = 0
    try:
        for record in limits.checked_records(reader):
            start, previous_end = previous_end + 1, reader.line_num
            if reading is None:
                if not any(c.strip() for c in record):
                    continue
                reading = _start_reading(channel, layout, record, start, result, today)
                if reading is None:
                    return result
                width = len(record)
                continue
            if len(record) != width:
                if len(record) <= 1 and not "".join(record).strip():
                    continue
                if len(record) > width and not any(c.strip() for c in record[width:]):
                    record = record[:width]  # empty trailing columns a spreadsheet added
                else:
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
    if reading is None:
        result.problems.append(Problem(1, _("The file is empty.")))
        return result
    reading.finish()
    return result


def _start_reading(
    channel: str,
    layout: Layout,
    record: list[str],
    line: int,
    result: ParsedExport,
    today: date,
) -> _Reader | None:
    """The reader for a file with this header, or None (and a problem) when it cannot be read."""
    result.header = tuple(c.strip() for c in record)
    header: dict[str, int] = {}
    for index, column in enumerate(record):
        header.setdefault(normal_column(column), index)  # a repeated name: the first one
    columns = layout.bind(header)
    if columns is None:
        result.needs_mapping = True
        missing = [
            _(ROLE_TITLES.get(role, role))
            for role, names in layout.columns.items()
            if role in layout.required and not any(n in header for n in names)
        ]
        result.problems.append(
            Problem(
                line,
                _(
                    "This is not a {label}: jitdesk finds no column for the {names}. Choose "
                    "which column is which (Map columns…) to import it."
                ).format(label=_(layout.label), names=", ".join(missing)),
            )
        )
        return None
    if channel == SHOPIFY and layout is SHOPIFY_LAYOUT:
        return _ShopifyReader(result, today, columns)
    return _OrderRowsReader(result, today, columns)


class _Reader:
    """Shared bookkeeping: orders by reference, in file order."""

    def __init__(self, result: ParsedExport, today: date, columns: dict[str, int]) -> None:
        self.result = result
        self.today = today
        self.col = columns
        self.orders: dict[str, WebOrder | SkippedOrder] = {}
        self.quantities: dict[str, int] = {}
        self.prices: dict[str, int] = {}
        self.days: dict[str, date] = {}

    def get(self, record: list[str], role: str) -> str:
        index = self.col.get(role)
        return record[index].strip() if index is not None else ""

    def problem(self, line: int, ref: str, message: str) -> None:
        self.result.problems.append(
            Problem(line, _("Order {ref}: {problem}").format(ref=ref, problem=message), ref)
        )

    def row(self, line: int, record: list[str]) -> None:
        ref = self.get(record, REF)
        if not ref:
            self.result.problems.append(Problem(line, _("The order number of this row is empty.")))
            return
        order = self.orders.get(ref)
        if order is None:
            order = self.orders[ref] = self.start(line, record, ref)
        if isinstance(order, WebOrder):
            self.add_line(order, line, record)

    def start(self, line: int, record: list[str], ref: str) -> WebOrder | SkippedOrder:
        raise NotImplementedError

    def add_line(self, order: WebOrder, line: int, record: list[str]) -> None:
        qty_text, price_text = self.get(record, QUANTITY), self.get(record, UNIT_PRICE)
        total_text = self.get(record, LINE_TOTAL)
        try:
            quantity = self._quantity(qty_text)
            if price_text:
                price = self._money(price_text)
            elif total_text and quantity:
                price = self._money(total_text) // quantity
            else:
                price = 0
            refunded = abs(self._refunded_quantity(self.get(record, "refunded_qty")))
        except ValidationError as exc:
            self.problem(line, order.ref, str(exc))
            return
        if price < 0:
            self.problem(line, order.ref, _("the item price is negative."))
            return
        wanted = quantity - min(refunded, quantity)
        order.refunded_on_lines += (quantity - wanted) * price
        if wanted == 0:  # an item removed from the order, or refunded in full
            return
        name = one_line_name(self.get(record, ITEM))
        order.lines.append(WebLine(line, self.get(record, SKU), name, wanted, price))

    def _refunded_quantity(self, text: str) -> int:
        if not text:
            return 0
        return -self._quantity(text[1:]) if text.startswith("-") else self._quantity(text)

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
                    ref,
                    _("the order date {date} is not a date (YYYY-MM-DD ...).").format(
                        date=quoted(text)
                    ),
                )
                return None
            except ValidationError as exc:
                self.problem(line, ref, str(exc))
                return None
        return day

    def money(self, line: int, text: str, ref: str, what: str) -> int:
        if not text:
            return 0
        try:
            return self._money(text)
        except ValidationError:
            self.problem(
                line,
                ref,
                _("the {what} {amount} is not an amount such as 12.50.").format(
                    what=_(what), amount=quoted(text)
                ),
            )
            return 0

    def phone(self, record: list[str]) -> str:
        """Spreadsheets keep a leading + or 0 by writing a ' before it; it is not part of it."""
        return self.get(record, PHONE).removeprefix("'")

    def finish(self) -> None:
        for item in self.orders.values():
            if isinstance(item, SkippedOrder):
                self.result.skipped.append(item)
            elif not item.lines:
                self.result.skipped.append(
                    SkippedOrder(item.ref, item.first_line, _("it has no items left"))
                )
            else:
                self._flag_refund(item)
                item.paid = min(item.paid, item.total)
                self.result.orders.append(item)

    def _flag_refund(self, order: WebOrder) -> None:
        untied = order.refunded - order.refunded_on_lines
        if order.refunded and untied > 0:
            order.warnings.append(
                _(
                    "The web shop refunded part of this order without saying which items; check with the customer which items are still wanted."
                )
            )


_SHOPIFY_SKIP = {"refunded": N_("it was refunded"), "voided": N_("its payment was voided")}


class _ShopifyReader(_Reader):
    def start(self, line: int, record: list[str], ref: str) -> WebOrder | SkippedOrder:
        financial = self.get(record, STATUS).lower()
        if self.get(record, "cancelled"):
            return SkippedOrder(ref, line, _("it was cancelled in the web shop"))
        if financial in _SHOPIFY_SKIP:
            return SkippedOrder(ref, line, _(_SHOPIFY_SKIP[financial]))
        total = self.money(line, self.get(record, "total"), ref, N_("total"))
        refunded = self.money(line, self.get(record, "refunded"), ref, N_("refunded amount"))
        if refunded and total and refunded >= total:
            return SkippedOrder(ref, line, _("it was refunded"))
        created = self.get(record, DATE) or self.get(record, "paid_at")
        day = self.order_date(line, created, ref) if created else self.today
        paid = total - refunded if financial in ("paid", "partially_refunded") else 0
        return WebOrder(
            ref=ref,
            first_line=line,
            order_date=day or self.today,
            customer_name=one_line_name(
                self.get(record, NAME) or self.get(record, "shipping_name")
            ),
            email=self.get(record, EMAIL),
            phone=self.phone(record) or self.get(record, "phone2"),
            paid=max(paid, 0),
            status=financial or "pending",
            currency=self.get(record, "currency"),
            notes=self.get(record, NOTES),
            refunded=refunded,
        )


_SKIP = {
    "cancelled": N_("it was cancelled in the web shop"),
    "canceled": N_("it was cancelled in the web shop"),
    "refunded": N_("it was refunded"),
    "failed": N_("its payment failed"),
    "voided": N_("its payment was voided"),
    "trash": N_("it is in the web shop's trash"),
    "checkout-draft": N_("it is an unfinished checkout"),
    "draft": N_("it is an unfinished checkout"),
}
_PAID = {"processing", "completed", "paid"}
_ALL_OF_IT = 10**15  # paid in full, no order total column: capped at the lines' total later


class _OrderRowsReader(_Reader):
    """WooCommerce's layouts and mapped files: order values on every row or on the first."""

    def start(self, line: int, record: list[str], ref: str) -> WebOrder | SkippedOrder:
        status = self.get(record, STATUS).lower().removeprefix("wc-").replace(" ", "-")
        if status in _SKIP:
            return SkippedOrder(ref, line, _(_SKIP[status]))
        day_text = self.get(record, DATE)
        day = self.order_date(line, day_text, ref) if day_text else self.today
        first, last = self.get(record, "first"), self.get(record, "last")
        name = (
            " ".join(p for p in (first, last) if p)
            or self.get(record, NAME)
            or self.get(record, "company")
        )
        total = self.money(line, self.get(record, "total"), ref, N_("order total"))
        refunded = abs(self.money(line, self.get(record, "refunded"), ref, N_("refunded total")))
        paid = max((total or _ALL_OF_IT) - refunded, 0) if status in _PAID else 0
        return WebOrder(
            ref=ref,
            first_line=line,
            order_date=day or self.today,
            customer_name=one_line_name(name),
            email=self.get(record, EMAIL),
            phone=self.phone(record),
            paid=paid,
            status=status or "pending",
            currency=self.get(record, "currency"),
            notes=self.get(record, NOTES),
            refunded=refunded,
        )
