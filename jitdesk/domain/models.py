"""Plain data the services take and return. Validation that needs no database lives here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from jitdesk.domain.calendar import check_date, check_days, parse_weekdays
from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import _, check_language
from jitdesk.domain.money import check_amount, check_quantity
from jitdesk.domain.telling import check_channel

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Control characters (C0, DEL, C1) and the invisible marks that reorder text on screen: a
# name never needs them, and in a terminal they can move the cursor or recolour the screen.
_CONTROLS_RE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def one_line_name(value: str | None) -> str:
    """A name as one line of plain text: control characters become spaces, and runs of
    spaces one."""
    return " ".join(_CONTROLS_RE.sub(" ", value or "").split())


_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def require_text(value: str, field_name: str, label: str, *, max_len: int = 200) -> str:
    text = one_line_name(value)
    if not text:
        raise ValidationError(
            _("The {label} is missing; please enter it.").format(label=label), field_name
        )
    if len(text) > max_len:
        raise ValidationError(
            _("The {label} is longer than {limit} characters.").format(label=label, limit=max_len),
            field_name,
        )
    return text


def check_email(value: str, field_name: str = "email") -> str:
    text = (value or "").strip()
    if text and ("\n" in value or "\r" in value or not _EMAIL_RE.match(text)):
        raise ValidationError(
            _("{value} is not an email address.").format(value=quoted(text)), field_name
        )
    return text


def check_tax_rate(rate_bp: int, field_name: str = "tax_rate_bp") -> int:
    """A tax rate in basis points (2000 = 20 %), 0 to 100 %."""
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or not 0 <= rate_bp <= 10_000:
        raise ValidationError(_("The tax rate must be between 0 and 100 %."), field_name)
    return rate_bp


@dataclass(slots=True)
class ShopSettings:
    name: str = "My shop"
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    currency: str = "EUR"
    locale: str = "en_GB"
    tax_rate_bp: int = 0
    deposit_percent: int = 0
    pickup_hold_days: int = 14
    safety_buffer_days: int = 1
    closed_weekdays: frozenset[int] = frozenset({6})
    opening_hours: str = ""
    documents_folder: str = ""
    doc_footer: str = ""
    supplier_order_note: str = ""
    pickup_note: str = ""
    confirmation_note: str = ""
    use_observed_lead_times: bool = True
    logo: bytes | None = None
    prices_include_tax: bool = True  # sale prices are gross (tax included) or net (tax added)
    vat_id: str = ""

    def validate(self) -> None:
        self.name = require_text(self.name, "name", _("shop name"))
        self.currency = (self.currency or "").strip().upper()
        if not _CURRENCY_RE.match(self.currency):
            raise ValidationError(
                _("The currency must be a three-letter code such as EUR, USD or GBP."), "currency"
            )
        self.locale = check_language(self.locale, "locale")
        self.email = check_email(self.email)
        if not 0 <= self.deposit_percent <= 100:
            raise ValidationError(_("The deposit must be between 0 and 100 %."), "deposit_percent")
        check_tax_rate(self.tax_rate_bp)
        check_days(self.pickup_hold_days, "pickup_hold_days", _("pickup hold time"))
        check_days(self.safety_buffer_days, "safety_buffer_days", _("safety buffer"))
        self.closed_weekdays = parse_weekdays(self.closed_weekdays)
        if len(self.closed_weekdays) == 7:
            raise ValidationError(_("The shop cannot be closed on every day."), "closed_weekdays")
        self.vat_id = " ".join((self.vat_id or "").split())
        if len(self.vat_id) > 40:
            raise ValidationError(_("The VAT number is longer than 40 characters."), "vat_id")


@dataclass(slots=True)
class SupplierInput:
    name: str
    contact: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    account_number: str = ""
    lead_time_days: int = 7
    delivery_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    min_order_value: int = 0
    notes: str = ""
    active: bool = True
    language: str = ""  # documents and e-mails to this supplier; empty: the shop's language

    def validate(self) -> None:
        self.name = require_text(self.name, "name", _("supplier name"))
        self.email = check_email(self.email)
        check_days(self.lead_time_days, "lead_time_days", _("lead time"))
        self.delivery_weekdays = parse_weekdays(self.delivery_weekdays)
        if not self.delivery_weekdays:
            raise ValidationError(_("Choose at least one delivery weekday."), "delivery_weekdays")
        check_amount(self.min_order_value, "min_order_value", _("minimum order value"))
        self.language = check_language(self.language, allow_empty=True)


@dataclass(slots=True)
class ProductInput:
    sku: str
    name: str
    sale_price: int = 0
    unit: str = "pc"
    barcode: str | None = None
    active: bool = True
    tax_rate_bp: int | None = None  # None: the shop's rate

    def validate(self) -> None:
        self.sku = require_text(self.sku, "sku", _("SKU"), max_len=64)
        self.name = require_text(self.name, "name", _("product name"))
        self.unit = (self.unit or "pc").strip() or "pc"
        check_amount(self.sale_price, "sale_price", _("sale price"))
        self.barcode = (self.barcode or "").strip() or None
        if self.barcode and not self.barcode.isdigit():
            raise ValidationError(_("A barcode (EAN/UPC) holds digits only."), "barcode")
        if self.tax_rate_bp is not None:
            check_tax_rate(self.tax_rate_bp)


@dataclass(slots=True)
class OfferInput:
    product_id: int
    supplier_id: int
    unit_cost: int
    supplier_sku: str = ""
    pack_size: int = 1
    min_qty: int = 1
    lead_time_days: int | None = None
    preferred: bool = False
    active: bool = True

    def validate(self) -> None:
        check_amount(self.unit_cost, "unit_cost", _("unit cost"))
        check_quantity(self.pack_size, field="pack_size", label=_("pack size"))
        check_quantity(self.min_qty, field="min_qty", label=_("minimum quantity"))
        if self.lead_time_days is not None:
            check_days(self.lead_time_days, "lead_time_days", _("lead time"))
        self.supplier_sku = (self.supplier_sku or "").strip()


@dataclass(slots=True)
class CustomerInput:
    name: str
    phone: str = ""
    email: str = ""
    notes: str = ""
    language: str = ""  # documents and e-mails to this customer; empty: the shop's language
    tell_channel: str = ""  # how they want to hear an order is ready; empty: the shop's choice

    def validate(self) -> None:
        self.name = require_text(self.name, "name", _("customer name"))
        self.email = check_email(self.email)
        self.phone = (self.phone or "").strip()
        self.language = check_language(self.language, allow_empty=True)
        self.tell_channel = check_channel(self.tell_channel)


@dataclass(slots=True)
class NewItemInput:
    """An item that is not in the catalogue, as staff describe it at the counter. It becomes a
    product *to review*: never ordered from a supplier until the owner completes it."""

    description: str
    sale_price: int = 0  # the price quoted to the customer
    supplier_id: int | None = None
    supplier_sku: str = ""
    unit_cost: int | None = None  # the expected cost, when the supplier named it

    def validate(self) -> None:
        self.description = require_text(self.description, "description", _("description"))
        check_amount(self.sale_price, "sale_price", _("price quoted"))
        self.supplier_sku = one_line_name(self.supplier_sku)
        if len(self.supplier_sku) > 64:
            raise ValidationError(
                _("The supplier's code is longer than 64 characters."), "supplier_sku"
            )
        if self.unit_cost is not None:
            check_amount(self.unit_cost, "unit_cost", _("expected cost"))
        if self.supplier_id is None and self.unit_cost is not None:
            raise ValidationError(
                _(
                    "An expected cost is a supplier's price: choose the supplier, or leave the cost empty."
                ),
                "unit_cost",
            )
        if self.supplier_id is None and self.supplier_sku:
            raise ValidationError(
                _(
                    "A supplier's code needs its supplier: choose the supplier, or leave the code empty."
                ),
                "supplier_sku",
            )


@dataclass(slots=True)
class ReviewInput:
    """The owner's terms for an item to review: with them it can be ordered."""

    name: str
    supplier_id: int | None
    unit_cost: int | None
    sale_price: int
    supplier_sku: str = ""

    def validate(self) -> None:
        self.name = require_text(self.name, "name", _("product name"))
        if self.supplier_id is None:
            raise ValidationError(
                _("Choose the supplier it is ordered from before completing the review."),
                "supplier_id",
            )
        if self.unit_cost is None:
            raise ValidationError(
                _("Enter the supplier's cost before completing the review."), "unit_cost"
            )
        check_amount(self.unit_cost, "unit_cost", _("unit cost"))
        check_amount(self.sale_price, "sale_price", _("sale price"))
        self.supplier_sku = one_line_name(self.supplier_sku)


@dataclass(slots=True)
class OrderLineInput:
    product_id: int
    quantity: int
    unit_price: int | None = None  # None: the product's sale price
    line_id: int | None = None  # set when editing an existing line
    # An item not in the catalogue: created (to review) with the order; product_id is ignored.
    new_item: NewItemInput | None = None

    def validate(self) -> None:
        check_quantity(self.quantity)
        if self.unit_price is not None:
            check_amount(self.unit_price, "unit_price", _("price"))
        if self.new_item is not None:
            self.new_item.validate()


@dataclass(slots=True)
class OrderInput:
    customer_id: int
    lines: list[OrderLineInput]
    deposit: int = 0
    notes: str = ""
    channel: str = "counter"
    external_ref: str | None = None
    order_date: date | None = None
    payment_method: str = "cash"
    extra: dict[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        if not self.lines:
            raise ValidationError(_("An order needs at least one line."), "lines")
        for line in self.lines:
            line.validate()
        check_amount(self.deposit, "deposit", _("deposit"))
        if self.order_date is not None:
            self.order_date = check_date(self.order_date, "order_date", _("order date"))
