"""Documents as use cases: gather read models from the shop, decide where PDFs go, and log
what was generated (DESIGN §3). Rendering is in `jitdesk.documents` (a layer above this one);
`jitdesk.documents.generate` ties the two together.

Read models are plain dataclasses: money in cents, dates as `date`, text exactly as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jitdesk.domain.clock import stored_local_date
from jitdesk.domain.errors import DomainError, NotFoundError, ShopFileError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.statuses import status_word
from jitdesk.domain.tax import TaxSummary, amount_due, line_tax_rate, tax_summary
from jitdesk.services.delivery import delivery_message
from jitdesk.services.pickup import notice_pickup_by_for
from jitdesk.services.reminders import check_can_remind, due_reminders, pickup_by_after_reminder
from jitdesk.services.shop import Shop
from jitdesk.store import documents as q
from jitdesk.store import orders as order_q
from jitdesk.store.errors import ShopReadOnlyError
from jitdesk.store.orders import OrderHeader
from jitdesk.store.settings import load_settings

SUPPLIER_ORDER = "supplier-order"
PICKUP_NOTICE = "pickup-notice"
CONFIRMATION = "confirmation"
HANDOVER_RECEIPT = "handover-receipt"
DELIVERY_NOTE = "delivery-note"
REMINDER = "reminder"  # to collect a ready order near or past its pickup-by date
KINDS = (SUPPLIER_ORDER, PICKUP_NOTICE, CONFIRMATION, HANDOVER_RECEIPT, DELIVERY_NOTE, REMINDER)
READY_PICKUPS = "ready-pickups"
UNSENT_SUPPLIER_ORDERS = "unsent-supplier-orders"
DUE_REMINDERS = "reminders"
BATCH_KINDS = (READY_PICKUPS, UNSENT_SUPPLIER_ORDERS, DUE_REMINDERS)
DELIVERY_RUN = "delivery-run"  # the delivery notes of one run, for the day the run is for


@dataclass(frozen=True, slots=True)
class ShopInfo:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    currency: str = "EUR"
    opening_hours: str = ""
    footer: str = ""
    logo: bytes | None = None
    language: str = "en_GB"  # the shop's own; documents for a recipient without one use it
    vat_id: str = ""
    prices_include_tax: bool = True


@dataclass(frozen=True, slots=True)
class SupplierOrderLine:
    supplier_sku: str
    description: str
    quantity: int  # units
    pack_size: int
    unit_cost: int
    for_customers: tuple[str, ...] = ()

    @property
    def line_total(self) -> int:
        return self.quantity * self.unit_cost

    @property
    def packs(self) -> int | None:
        """Whole packs, or None when the quantity is not a multiple of the pack size."""
        whole, rest = divmod(self.quantity, self.pack_size)
        return None if rest else whole


@dataclass(frozen=True, slots=True)
class SupplierOrderDoc:
    shop: ShopInfo
    number: str
    order_date: date
    supplier_name: str
    supplier_address: str = ""
    supplier_contact: str = ""
    supplier_email: str = ""
    supplier_phone: str = ""
    account_number: str = ""
    requested_date: date | None = None
    lines: tuple[SupplierOrderLine, ...] = ()
    notes: str = ""
    standard_note: str = ""  # the shop's text printed on every supplier order
    show_customers: bool = True
    language: str = ""  # the supplier's document language; empty: the shop's

    @property
    def total(self) -> int:
        return sum(line.line_total for line in self.lines)

    @property
    def total_units(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True, slots=True)
class OrderItem:
    description: str
    quantity: int
    unit_price: int
    sku: str = ""
    unit: str = "pc"
    tax_rate_bp: int = 0

    @property
    def line_total(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True, slots=True)
class Payment:
    paid_on: date
    kind: str
    method: str
    amount: int


@dataclass(frozen=True, slots=True)
class CustomerOrderDoc:
    """A customer order as the pickup notice and the confirmation print it."""

    shop: ShopInfo
    number: str
    order_date: date
    customer_name: str
    customer_phone: str = ""
    customer_email: str = ""
    items: tuple[OrderItem, ...] = ()
    payments: tuple[Payment, ...] = ()
    promised_date: date | None = None
    ready_date: date | None = None
    pickup_by: date | None = None
    notes: str = ""
    standard_note: str = ""  # the shop's pickup or confirmation text
    issued_on: date | None = None
    language: str = ""  # the customer's document language; empty: the shop's

    @property
    def tax(self) -> TaxSummary:
        return items_tax(self.items, self.shop.prices_include_tax)

    @property
    def total(self) -> int:
        """What the customer pays for the order (with tax, however prices are entered)."""
        return self.tax.gross

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def balance(self) -> int:
        return amount_due(self.total, self.paid)


@dataclass(frozen=True, slots=True)
class HandoverDoc:
    """What was handed over (all handovers of the order so far) and what was paid."""

    shop: ShopInfo
    number: str
    customer_name: str
    handed_on: date
    items: tuple[OrderItem, ...] = ()  # quantity = units handed over
    order_total: int = 0
    payments: tuple[Payment, ...] = field(default=())
    notes: str = ""
    language: str = ""  # the customer's document language; empty: the shop's
    ordered: tuple[OrderItem, ...] = ()  # every line as ordered, for the tax of the order total

    @property
    def tax(self) -> TaxSummary:
        """The tax in what was handed over."""
        return items_tax(self.items, self.shop.prices_include_tax)

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def balance(self) -> int:
        return amount_due(self.order_total, self.paid)


# --- building read models -------------------------------------------------------------------


def items_tax(items: tuple[OrderItem, ...], prices_include_tax: bool) -> TaxSummary:
    return tax_summary(
        ((item.line_total, item.tax_rate_bp) for item in items),
        prices_include_tax=prices_include_tax,
    )


def shop_info(settings: ShopSettings) -> ShopInfo:
    return ShopInfo(
        name=settings.name,
        address=settings.address,
        phone=settings.phone,
        email=settings.email,
        website=settings.website,
        currency=settings.currency,
        opening_hours=settings.opening_hours,
        footer=settings.doc_footer,
        logo=settings.logo or None,
        language=settings.locale,
        vat_id=settings.vat_id,
        prices_include_tax=settings.prices_include_tax,
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def supplier_order_doc(shop: Shop, number: str) -> SupplierOrderDoc:
    settings = load_settings(shop.db)
    header = q.supplier_order_by_number(shop.db, number)
    if header is None:
        raise NotFoundError(_("There is no supplier order {number}.").format(number=number.strip()))
    if header.status == "cancelled":
        raise DomainError(
            _("Supplier order {number} is cancelled; there is nothing to print.").format(
                number=header.number
            )
        )
    lines = tuple(
        SupplierOrderLine(
            supplier_sku=row.supplier_sku,
            description=row.description,
            quantity=row.quantity,
            pack_size=row.pack_size,
            unit_cost=row.unit_cost,
            for_customers=tuple(row.for_orders.split(", ")) if row.for_orders else (),
        )
        for row in q.supplier_order_lines(shop.db, header.id)
    )
    ordered = stored_local_date(header.sent_at) if header.status != "draft" else None
    return SupplierOrderDoc(
        shop=shop_info(settings),
        number=header.number,
        order_date=ordered or shop.today(),
        supplier_name=header.supplier_name,
        supplier_address=header.supplier_address,
        supplier_contact=header.supplier_contact,
        supplier_email=header.supplier_email,
        supplier_phone=header.supplier_phone,
        account_number=header.account_number,
        requested_date=_date(header.expected_date),
        lines=lines,
        notes=header.notes,
        standard_note=settings.supplier_order_note,
        language=header.supplier_language,
    )


def _order_header(shop: Shop, number: str) -> OrderHeader:
    header = order_q.order_by_number(shop.db, number)
    if header is None:
        raise NotFoundError(_("There is no order {number}.").format(number=number.strip()))
    return header


def _payments(shop: Shop, order_id: int) -> tuple[Payment, ...]:
    return tuple(
        Payment(
            stored_local_date(row.paid_at) or shop.today(),
            row.kind,
            row.method,
            row.amount,
        )
        for row in order_q.order_payments(shop.db, order_id)
    )


def customer_order_doc(shop: Shop, number: str, kind: str = CONFIRMATION) -> CustomerOrderDoc:
    """The order as the confirmation or (kind=pickup-notice) the pickup notice prints it."""
    settings = load_settings(shop.db)
    header = _order_header(shop, number)
    if kind == REMINDER:
        check_can_remind(shop, [header.id])
    if header.status == "cancelled":
        raise DomainError(
            _("Order {number} is cancelled; there is nothing to print.").format(
                number=header.number
            )
        )
    if kind == PICKUP_NOTICE and header.status != "ready":
        raise DomainError(
            _(
                "Order {number} is {status}; a pickup notice is only printed for a ready order."
            ).format(number=header.number, status=status_word(header.status))
        )
    if kind == PICKUP_NOTICE:
        delivered = delivery_message(shop, header.id)
        if delivered:
            raise DomainError(delivered)
    items = tuple(
        _item(row, row.quantity, settings)
        for row in order_q.order_lines(shop.db, header.id)
        if row.quantity > 0
    )
    ready = stored_local_date(header.ready_at) if header.status == "ready" else None
    pickup_by = None
    if ready is not None and kind == REMINDER:
        pickup_by = pickup_by_after_reminder(shop, header)
    elif ready is not None:
        pickup_by = notice_pickup_by_for(
            settings, header.ready_at, header.notified_at, shop.today(), header.pickup_extended_to
        )
    note = settings.confirmation_note if kind == CONFIRMATION else settings.pickup_note
    return CustomerOrderDoc(
        shop=shop_info(settings),
        number=header.number,
        order_date=_date(header.order_date) or shop.today(),
        customer_name=header.customer_name,
        customer_phone=header.customer_phone,
        customer_email=header.customer_email,
        items=items,
        payments=_payments(shop, header.id),
        promised_date=_date(header.promised_date),
        ready_date=ready,
        pickup_by=pickup_by,
        standard_note=note,
        issued_on=shop.today(),
        language=header.customer_language,
    )


def handover_doc(shop: Shop, number: str) -> HandoverDoc:
    settings = load_settings(shop.db)
    header = _order_header(shop, number)
    handed = q.handed_per_line(shop.db, header.id)
    if not handed:
        raise DomainError(
            _("Nothing of order {number} has been handed over yet.").format(number=header.number)
        )
    lines = order_q.order_lines(shop.db, header.id)
    items = tuple(_item(row, handed[row.id], settings) for row in lines if handed.get(row.id))
    ordered = tuple(_item(row, row.quantity, settings) for row in lines)
    return HandoverDoc(
        shop=shop_info(settings),
        number=header.number,
        customer_name=header.customer_name,
        handed_on=stored_local_date(q.last_handover_at(shop.db, header.id)) or shop.today(),
        items=items,
        order_total=items_tax(ordered, settings.prices_include_tax).gross,
        payments=_payments(shop, header.id),
        language=header.customer_language,
        ordered=ordered,
    )


def _item(row: order_q.OrderLine, quantity: int, settings: ShopSettings) -> OrderItem:
    """An order line as documents print it, with the tax rate it was sold at."""
    rate = line_tax_rate(row.tax_rate_bp, row.product_tax_rate_bp, settings.tax_rate_bp)
    return OrderItem(row.description, quantity, row.unit_price, row.sku, row.unit, rate)


def ready_order_numbers(shop: Shop) -> list[str]:
    return q.ready_order_numbers(shop.db)


def due_reminder_numbers(shop: Shop) -> list[str]:
    """Orders near or past their pickup-by date whose customer could be reminded."""
    return [item.number for item in due_reminders(shop)]


def unsent_supplier_order_numbers(shop: Shop) -> list[str]:
    return q.supplier_order_numbers(shop.db, "draft")


# --- where files go, and the log --------------------------------------------------------------

# Reserved on some platform, control characters, and the marks that reorder text (a name
# ending in U+202E "fdp.exe" would show as "exe.pdf").
_BAD_FILE_CHARS = re.compile(
    r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+'
)


# File systems allow 255 bytes (ext4, APFS: UTF-8) or 255 UTF-16 units (NTFS) per name; a
# name stem of at most 240 UTF-8 bytes leaves room for ".pdf" under either.
MAX_NAME_BYTES = 240


def safe_file_name(text: str, limit: int = 120) -> str:
    """A file name every platform accepts: no path separators, reserved or control
    characters, no leading/trailing dots or spaces, at most `limit` characters and
    MAX_NAME_BYTES bytes (a 100-character Chinese or emoji name is 300-400 bytes), cut
    between characters."""
    name = _BAD_FILE_CHARS.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip(" .")
    name = name[:limit].encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", errors="ignore")
    return name.rstrip(" .") or "document"


def document_file_name(kind: str, number: str, party: str = "") -> str:
    """`P-2026-0017 Acme Supplies.pdf`, `C-2026-0042 pickup Ana Müller.pdf` (the word in the
    user's language)."""
    word = {
        PICKUP_NOTICE: _("pickup"),
        CONFIRMATION: _("confirmation"),
        HANDOVER_RECEIPT: _("receipt"),
        DELIVERY_NOTE: _("delivery note"),
        REMINDER: _("reminder"),
    }
    parts = [number, word.get(kind, ""), party]
    return safe_file_name(" ".join(p for p in parts if p)) + ".pdf"


def batch_file_name(kind: str, day: date) -> str:
    label = {
        READY_PICKUPS: _("Pickup notices"),
        UNSENT_SUPPLIER_ORDERS: _("Supplier orders to send"),
        DELIVERY_RUN: _("Delivery run"),
        DUE_REMINDERS: _("Reminders"),
    }
    return safe_file_name(f"{label[kind]} {day.isoformat()}") + ".pdf"


def documents_folder(shop: Shop) -> Path:
    """settings.documents_folder, else a `documents` folder next to the shop file; for a shop
    on a server, which has no file, a folder named after it in this desk's home folder."""
    configured = load_settings(shop.db).documents_folder.strip()
    if configured:
        return Path(configured).expanduser()
    if shop.on_server:
        return Path.home() / "jitdesk documents" / shop.short_name
    if shop.path is None:
        raise ShopFileError(_("This shop has no file; choose a documents folder in the settings."))
    return Path(shop.path).resolve().parent / "documents"


@dataclass(frozen=True, slots=True)
class DocumentLogEntry:
    id: int
    kind: str
    number: str
    path: Path
    generated_at: str


def record_documents(shop: Shop, kind: str, numbers: list[str], path: Path) -> list[int]:
    """Log that `path` was written, holding the documents of `numbers` (one row each)."""
    ids = []
    with shop.transaction() as db:
        for number in numbers:
            ids.append(q.log_document(db, kind, number, str(path), shop.now_iso()))
        shop.event(
            "document",
            ids[0] if ids else None,
            "generated",
            f"{kind} {', '.join(numbers[:5])}{' …' if len(numbers) > 5 else ''} saved",
            path=str(path),
            numbers=numbers,
        )
    return ids


def record_if_writable(shop: Shop, kind: str, numbers: list[str], path: Path) -> str | None:
    """record_documents, or, on a shop that cannot be written (opened read-only), the
    sentence saying the document was written but not recorded."""
    try:
        record_documents(shop, kind, numbers, path)
    except ShopReadOnlyError:
        return _(
            "{name} was written, but it is not in the shop's list of documents, because "
            "the shop file cannot be written."
        ).format(name=path.name)
    return None


def list_document_log(
    shop: Shop, *, number: str | None = None, limit: int = 200
) -> list[DocumentLogEntry]:
    return [
        DocumentLogEntry(r.id, r.kind, r.number, Path(r.path), r.generated_at)
        for r in q.document_log(shop.db, number=number, limit=limit)
    ]
