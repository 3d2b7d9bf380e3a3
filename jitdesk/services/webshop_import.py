"""`jitdesk import shopify|woocommerce FILE`: customer orders from a web shop's order export.

`preview_webshop_import` says what an import would create (orders, new customers, lines) and
every problem, without writing; `import_webshop` writes it all in one transaction, or nothing
(ImportRejected with every problem by line number). Orders are known by channel + their order
number (stored as `external_ref`), so importing an export again adds nothing and a later export
adds only the new orders. Cancelled and refunded orders are skipped and reported. Customers are
matched by e-mail (else name and phone), or created. An item whose SKU the shop does not know is a
problem naming its line; `map_sku` remembers once which product it is, and later imports use it.

Orders, lines, customers, deposits and events are written with executemany (DESIGN §10): a
100,000-line export must import in a few seconds.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jitdesk.domain.customers import customer_key
from jitdesk.domain.errors import NotFoundError, ValidationError, quoted
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import check_email
from jitdesk.domain.numbering import CUSTOMER_ORDER
from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.domain.webshop_formats import (
    CHANNELS,
    MAPPABLE,
    ROLE_TITLES,
    ParsedExport,
    SkippedOrder,
    WebLine,
    WebOrder,
    check_mapping,
    guess_mapping,
    layout_key,
    parse_export,
    placed_order,
)
from jitdesk.services.common import bulk_objects
from jitdesk.services.importing import ImportRejected, RowError, read_input_file
from jitdesk.services.promises import Promiser
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import bulk, events, search
from jitdesk.store import webshop as q
from jitdesk.store.orders import offer_terms
from jitdesk.store.settings import load_settings

CHANNEL_LABELS = {"shopify": "Shopify", "woocommerce": "WooCommerce"}


@dataclass(frozen=True, slots=True)
class PlannedLine:
    line: int
    external_sku: str
    product_id: int
    sku: str
    description: str
    quantity: int
    unit_price: int


@dataclass(slots=True)
class PlannedOrder:
    ref: str
    line: int
    order_date: date
    customer_name: str
    email: str
    phone: str
    customer_id: int | None  # None: a new customer will be created
    paid: int
    notes: str
    lines: list[PlannedLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # for the owner to check on the order

    @property
    def total(self) -> int:
        return sum(ln.quantity * ln.unit_price for ln in self.lines)


@dataclass(frozen=True, slots=True)
class UnknownSku:
    """An item the shop cannot place: map `key` to a product with `map_sku`."""

    key: str
    item_name: str
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A web order with a problem, left out when the owner imports the others."""

    ref: str
    line: int
    reason: str


@dataclass(slots=True)
class WebshopPreview:
    channel: str
    file_name: str
    orders: list[PlannedOrder] = field(default_factory=list)
    already_imported: list[str] = field(default_factory=list)
    skipped: list[SkippedOrder] = field(default_factory=list)
    problems: list[RowError] = field(default_factory=list)
    unknown_skus: list[UnknownSku] = field(default_factory=list)
    new_customers: int = 0
    # Orders with a problem, by web number (first reason); problems not listed here concern
    # the whole file, and no order can be imported until they are fixed.
    left_out: dict[str, LeftOut] = field(default_factory=dict)
    file_problems: int = 0
    header: tuple[str, ...] = ()
    needs_mapping: bool = False  # a layout jitdesk does not know: map its columns first
    mapping: dict[str, str] | None = None  # the column mapping the file was read with

    @property
    def line_count(self) -> int:
        return sum(len(o.lines) for o in self.orders)

    @property
    def can_import(self) -> bool:
        return not self.problems

    @property
    def can_leave_out(self) -> bool:
        """Whether "import the other orders and leave these out" is possible."""
        return bool(self.problems) and not self.file_problems and bool(self.orders)

    def order_problem(self, line: int, ref: str, message: str) -> None:
        self.problems.append(RowError(line, message))
        if ref not in self.left_out:
            self.left_out[ref] = LeftOut(ref, line, message)

    def summary(self) -> str:
        label = CHANNEL_LABELS[self.channel]
        counts = [
            ngettext("{n} new order", "{n} new orders", len(self.orders)).format(n=len(self.orders))
            + " ("
            + ngettext("{n} line", "{n} lines", self.line_count).format(n=self.line_count)
            + ", "
            + ngettext("{n} new customer", "{n} new customers", self.new_customers).format(
                n=self.new_customers
            )
            + ")",
            _("{n} already imported").format(n=len(self.already_imported)),
            _("{n} skipped").format(n=len(self.skipped)),
        ]
        if self.problems:
            n = len(self.problems)
            counts.append(ngettext("{n} problem", "{n} problems", n).format(n=n))
        warned = sum(1 for o in self.orders if o.warnings)
        if warned:
            counts.append(
                ngettext("{n} order to check", "{n} orders to check", warned).format(n=warned)
            )
        return _("{channel} export {file}: {counts}.").format(
            channel=label, file=self.file_name, counts=", ".join(counts)
        )


@dataclass(slots=True)
class WebshopImportResult:
    preview: WebshopPreview
    order_ids: list[int]
    changes: Changes
    left_out: list[LeftOut] = field(default_factory=list)  # to import once fixed

    def summary(self) -> str:
        lines = [_("Imported {summary}").format(summary=self.preview.summary())]
        for skipped in self.preview.skipped:
            lines.append(
                "  "
                + _("skipped order {ref} (line {line}): {reason}").format(
                    ref=skipped.ref, line=skipped.line, reason=skipped.reason
                )
            )
        for left in self.left_out:
            lines.append(
                "  "
                + _("left out order {ref} (line {line}): {reason}").format(
                    ref=left.ref, line=left.line, reason=left.reason
                )
            )
        for order in self.preview.orders:
            for warning in order.warnings:
                lines.append(
                    "  " + _("check order {ref}: {warning}").format(ref=order.ref, warning=warning)
                )
        return "\n".join(lines)


# --- reading ---------------------------------------------------------------------------------


def _check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise ValidationError(
            _("jitdesk cannot import {channel} orders; choose shopify or woocommerce.").format(
                channel=channel
            ),
            "kind",
        )


def _read(path: str | Path) -> tuple[bytes, str]:
    return read_input_file(path)


def _decode(raw: bytes, file_name: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportRejected(
            file_name,
            [
                RowError(
                    line,
                    _("This line is not UTF-8 text; export the file again as UTF-8 CSV."),
                )
            ],
        ) from None


# --- planning --------------------------------------------------------------------------------


class _Planner:
    """Turns parsed web orders into planned jitdesk orders against the shop's current data."""

    def __init__(self, shop: Shop, channel: str) -> None:
        db = shop.db
        self.shop = shop
        self.channel = channel
        self.currency = load_settings(db).currency
        self.products = q.products_by_sku(db)
        self.names = q.product_names(db)
        self.mappings = q.sku_mappings(db, channel)
        self.known_refs = bulk.external_refs(db, channel)
        self.terms = offer_terms(db)
        self.emails: dict[str, str] = {}
        self.customers: dict[tuple, int] = {}
        for cid, name, email, phone in q.customers_for_matching(db):
            self.customers.setdefault(customer_key(name, email, phone), cid)

    def email(self, text: str) -> str:
        """Checked e-mail address; the same customer orders many times, so check each once."""
        found = self.emails.get(text)
        if found is None:
            found = self.emails[text] = check_email(text, "email")
        return found

    def product_for(self, line: WebLine) -> int | None:
        mapped = self.mappings.get(line.key)
        if mapped is not None:
            return mapped
        found = self.products.get(line.sku) if line.sku else None
        return found[0] if found else None

    def plan(self, parsed: ParsedExport, preview: WebshopPreview) -> None:
        unknown: dict[str, list[tuple[int, str]]] = {}
        unknown_names: dict[str, str] = {}
        new_keys: set[tuple[str, ...]] = set()
        for order in parsed.orders:
            if order.ref in self.known_refs:
                preview.already_imported.append(order.ref)
                continue
            if order.ref in preview.left_out:  # the file already showed a problem in it
                continue
            planned = self._plan_order(order, preview, unknown, unknown_names)
            if planned is None:
                continue
            key = customer_key(planned.customer_name, planned.email, planned.phone)
            planned.customer_id = self.customers.get(key)
            if planned.customer_id is None and key not in new_keys:
                new_keys.add(key)
                preview.new_customers += 1
            preview.orders.append(planned)
        for sku, places in unknown.items():
            lines = tuple(line for line, _ref in places)
            preview.unknown_skus.append(UnknownSku(sku, unknown_names[sku], lines))
            what = (
                _("SKU {sku}").format(sku=sku)
                if sku != unknown_names[sku]
                else _("the item {name}").format(name=quoted(sku))
            )
            message = _(
                "The shop has no product for {what}; map it to a product (File → Import: "
                "Map SKU, or jitdesk map-sku) or add the product, then import again."
            ).format(what=what)
            for line, ref in places:
                preview.order_problem(line, ref, message)
        self._drop_left_out(preview)

    @staticmethod
    def _drop_left_out(preview: WebshopPreview) -> None:
        """An order with a problem found after it was planned (an unknown SKU on a later line
        of another order cannot, but a customer counted as new for it could) is not kept."""
        if preview.left_out:
            preview.orders = [o for o in preview.orders if o.ref not in preview.left_out]

    def _plan_order(
        self,
        order: WebOrder,
        preview: WebshopPreview,
        unknown: dict[str, list[tuple[int, str]]],
        unknown_names: dict[str, str],
    ) -> PlannedOrder | None:
        ref, first = order.ref, order.first_line
        problems = len(preview.problems)
        if order.currency and order.currency.upper() != self.currency.upper():
            preview.order_problem(
                first,
                ref,
                _(
                    "Order {ref} is in {currency} but the shop keeps its books in {currency2}; "
                    "jitdesk does not convert currencies."
                ).format(ref=ref, currency=order.currency, currency2=self.currency),
            )
        try:
            email = self.email(order.email)
        except ValidationError as exc:
            preview.order_problem(
                first, ref, _("Order {ref}: {problem}").format(ref=ref, problem=exc)
            )
            email = ""
        name = order.customer_name or email or order.phone
        if not name:
            preview.order_problem(
                first, ref, _("Order {ref} has no customer name, e-mail or phone.").format(ref=ref)
            )
        planned = PlannedOrder(
            ref,
            first,
            order.order_date,
            name,
            email,
            order.phone,
            None,
            order.paid,
            order.notes,
            warnings=list(order.warnings),
        )
        for line in order.lines:
            product_id = self.product_for(line)
            if product_id is None:
                unknown.setdefault(line.key, []).append((line.line, ref))
                unknown_names.setdefault(line.key, line.name or line.key)
                continue
            sku, description = self.names[product_id]
            if product_id not in self.terms:
                preview.order_problem(
                    line.line,
                    ref,
                    _(
                        "Product {sku} has no active supplier offer; add one in the catalog "
                        "before importing orders for it."
                    ).format(sku=sku),
                )
                continue
            planned.lines.append(
                PlannedLine(
                    line.line,
                    line.key,
                    product_id,
                    sku,
                    description,
                    line.quantity,
                    line.unit_price,
                )
            )
        complete = len(planned.lines) == len(order.lines)  # no unknown SKU left out
        return planned if len(preview.problems) == problems and complete else None


def _preview(
    shop: Shop, channel: str, raw: bytes, file_name: str, mapping: dict[str, str] | None = None
) -> WebshopPreview:
    text = _decode(raw, file_name)
    if mapping:
        check_mapping(mapping)
    parsed = parse_export(channel, text, shop.today(), mapping)
    if mapping is None and parsed.needs_mapping:
        mapping = q.remembered_layout(shop.db, channel, layout_key(parsed.header))
        if mapping:  # a layout the owner mapped before
            parsed = parse_export(channel, text, shop.today(), mapping)
    preview = WebshopPreview(
        channel,
        file_name,
        skipped=list(parsed.skipped),
        header=parsed.header,
        needs_mapping=parsed.needs_mapping,
        mapping=mapping or None,
    )
    for problem in parsed.problems:
        if problem.ref:
            preview.order_problem(problem.line, problem.ref, problem.message)
        else:
            preview.problems.append(RowError(problem.line, problem.message))
            preview.file_problems += 1
    if parsed.orders:
        plan_web_orders(shop, channel, parsed.orders, preview)
    preview.problems.sort(key=lambda e: e.line)
    return preview


def plan_web_orders(
    shop: Shop, channel: str, orders: list[WebOrder], preview: WebshopPreview
) -> None:
    """Add to `preview` what importing `orders` (read from a file or a web shop's API) would
    create, and every problem that stops one of them; writes nothing."""
    _Planner(shop, channel).plan(ParsedExport(channel, orders, [], []), preview)
    # Numbers follow the order the customers placed them in, whatever the file's order.
    preview.orders.sort(key=lambda o: placed_order(o.order_date, o.ref))


def write_planned_orders(
    shop: Shop, channel: str, preview: WebshopPreview
) -> tuple[list[int], list[int]]:
    """Write the orders `preview` plans (and the customers they bring), inside the caller's
    transaction; returns the new order ids and customer ids."""
    return _Writer(shop, channel).write(preview)


def preview_webshop_import(
    shop: Shop, channel: str, path: str | Path, mapping: dict[str, str] | None = None
) -> WebshopPreview:
    """What importing `path` would create, and what stops it; writes nothing. `mapping`
    (role -> column name) reads a layout jitdesk does not know."""
    _check_channel(channel)
    raw, name = _read(path)
    return preview_webshop_bytes(shop, channel, raw, name, mapping)


def preview_webshop_bytes(
    shop: Shop, channel: str, raw: bytes, file_name: str, mapping: dict[str, str] | None = None
) -> WebshopPreview:
    _check_channel(channel)
    return _preview(shop, channel, raw, file_name, mapping)


def import_webshop(
    shop: Shop,
    channel: str,
    path: str | Path,
    *,
    leave_out_problems: bool = False,
    mapping: dict[str, str] | None = None,
) -> WebshopImportResult:
    """Import every new order of the export in one transaction, or nothing at all. With
    `leave_out_problems`, orders with a problem are left out (a later import of the same file
    picks them up once fixed) and the others imported; problems with the file itself still
    stop it all."""
    _check_channel(channel)
    raw, name = _read(path)
    return import_webshop_bytes(
        shop, channel, raw, name, leave_out_problems=leave_out_problems, mapping=mapping
    )


def import_webshop_bytes(
    shop: Shop,
    channel: str,
    raw: bytes,
    file_name: str,
    *,
    leave_out_problems: bool = False,
    mapping: dict[str, str] | None = None,
) -> WebshopImportResult:
    _check_channel(channel)
    with bulk_objects(), shop.transaction():
        preview = _preview(shop, channel, raw, file_name, mapping)
        if preview.problems and not (leave_out_problems and preview.can_leave_out):
            raise ImportRejected(file_name, preview.problems)
        if mapping:
            q.remember_layout(shop.db, channel, layout_key(preview.header), mapping)
        order_ids, customer_ids = write_planned_orders(shop, channel, preview)
        left_out = list(preview.left_out.values())
        if order_ids:
            shop.event(
                "shop",
                1,
                "import",
                preview.summary(),
                kind=channel,
                file=file_name,
                skipped=[s.ref for s in preview.skipped],
                left_out=[left.ref for left in left_out],
            )
    changes = Changes(customer_orders=set(order_ids), customers=set(customer_ids))
    return WebshopImportResult(preview, order_ids, changes, left_out)


def import_warning(shop: Shop, order_id: int) -> str:
    """What the import flagged on this order for the owner to check; empty: nothing."""
    return q.import_warning(shop.db, order_id)


def check_import_warning(shop: Shop, order_id: int) -> Changes:
    """The owner has checked what the import flagged on this order: the flag goes."""
    with shop.transaction() as db:
        q.clear_import_warning(db, order_id)
        shop.event("customer_order", order_id, "import_checked", "Import warning checked")
    return Changes(customer_orders={order_id})


def column_roles() -> list[tuple[str, str]]:
    """What a column of an order export can be, as (role, title in the user's language)."""
    return [(role, _(ROLE_TITLES[role])) for role in MAPPABLE]


def suggested_mapping(preview: WebshopPreview) -> dict[str, str]:
    """The mapping to start the owner from: the one the file was read with, else a guess."""
    return dict(preview.mapping) if preview.mapping else guess_mapping(preview.header)


# --- writing ---------------------------------------------------------------------------------


class _Writer:
    def __init__(self, shop: Shop, channel: str) -> None:
        self.shop = shop
        self.db = shop.db
        self.channel = channel
        # The same promise as the order dialog and the CSV import give (observed lead
        # times included), worked out once per product and order day.
        self.promiser = Promiser(shop)
        self.promises: dict[tuple[int, date], str | None] = {}
        self.now = shop.now_iso()
        self.actor = shop.actor

    def promise(self, product_id: int, day: date) -> str | None:
        """Promised date (ISO text) of a product ordered on `day`; computed once per pair."""
        key = (product_id, day)
        if key not in self.promises:
            found = self.promiser.promise(product_id, day)
            self.promises[key] = found.isoformat() if found else None
        return self.promises[key]

    def write(self, preview: WebshopPreview) -> tuple[list[int], list[int]]:
        if not preview.orders:
            return [], []
        customer_ids = self._customers(preview.orders)
        label = CHANNEL_LABELS[self.channel]
        numbers = self.shop.next_numbers(CUSTOMER_ORDER, len(preview.orders))
        order_id = bulk.next_id(self.db, "customer_orders")
        order_rows, line_rows, payment_rows, event_rows, order_ids = [], [], [], [], []
        dates: dict[date, str] = {}
        for order, number in zip(preview.orders, numbers, strict=True):
            promised = None
            for no, line in enumerate(order.lines, start=1):
                day = self.promise(line.product_id, order.order_date)
                if day and (promised is None or day > promised):
                    promised = day
                line_rows.append(
                    (
                        order_id,
                        no,
                        line.product_id,
                        line.description,
                        line.quantity,
                        line.quantity,
                        line.unit_price,
                        day,
                    )
                )
            promised_text = promised
            order_rows.append(
                (
                    order_id,
                    number,
                    order.customer_id,
                    dates.get(order.order_date)
                    or dates.setdefault(order.order_date, order.order_date.isoformat()),
                    promised_text,
                    CustomerOrderStatus.OPEN.value,
                    self.channel,
                    order.ref,
                    order.notes,
                    "\n".join(order.warnings),
                    self.now,
                    self.now,
                )
            )
            event_rows.append(
                (
                    self.now,
                    self.actor,
                    "customer_order",
                    order_id,
                    "created",
                    _("Order {number} imported from {channel} ({ref})").format(
                        number=number, channel=label, ref=order.ref
                    ),
                    {
                        "total": order.total,
                        "deposit": order.paid,
                        "payment_method": self.channel,
                        "imported_from": label,
                        "lines": len(order.lines),
                        "promised_date": promised_text,
                        "channel": self.channel,
                        "external_ref": order.ref,
                        "warnings": order.warnings,
                    },
                )
            )
            if order.paid:  # recorded in the "created" event above (one event per order)
                payment_rows.append(
                    (
                        order_id,
                        order.paid,
                        "deposit",
                        self.channel,
                        self.now,
                        _("paid in {channel}").format(channel=label),
                    )
                )
            order_ids.append(order_id)
            order_id += 1
        bulk.insert_rows(
            self.db,
            "customer_orders",
            (
                "id",
                "number",
                "customer_id",
                "order_date",
                "promised_date",
                "status",
                "channel",
                "external_ref",
                "notes",
                "import_warning",
                "created_at",
                "updated_at",
            ),
            order_rows,
        )
        bulk.insert_rows(
            self.db,
            "customer_order_lines",
            (
                "order_id",
                "line_no",
                "product_id",
                "description",
                "quantity",
                "original_quantity",
                "unit_price",
                "promised_date",
            ),
            line_rows,
        )
        bulk.insert_rows(
            self.db,
            "payments",
            ("order_id", "amount", "kind", "method", "paid_at", "note"),
            payment_rows,
        )
        events.record_events(self.db, event_rows, self.shop.person_id)
        return order_ids, customer_ids

    def _customers(self, orders: list[PlannedOrder]) -> list[int]:
        """Create the customers the export brings; fill every order's customer id."""
        next_id = bulk.next_id(self.db, "customers")
        created: dict[tuple, int] = {}
        rows, event_rows = [], []
        for order in orders:
            if order.customer_id is not None:
                continue
            key = customer_key(order.customer_name, order.email, order.phone)
            if key not in created:
                created[key] = next_id
                rows.append((next_id, order.customer_name, order.phone, order.email, "", self.now))
                event_rows.append(
                    (
                        self.now,
                        self.actor,
                        "customer",
                        next_id,
                        "created",
                        _("Customer {name} added (web shop order {ref})").format(
                            name=order.customer_name, ref=order.ref
                        ),
                        {"channel": self.channel},
                    )
                )
                next_id += 1
            order.customer_id = created[key]
        bulk.insert_rows(
            self.db, "customers", ("id", "name", "phone", "email", "notes", "created_at"), rows
        )
        search.fill_missing_keys(self.db, created.values())
        events.record_events(self.db, event_rows, self.shop.person_id)
        return list(created.values())


# --- SKU mappings ----------------------------------------------------------------------------


def map_sku(shop: Shop, channel: str, external_sku: str, product_sku: str) -> Changes:
    """Remember that the web shop's `external_sku` (or item name) is our product `product_sku`."""
    _check_channel(channel)
    external_sku = external_sku.strip()
    if not external_sku or "\n" in external_sku:
        raise ValidationError(_("Enter the web shop's SKU to map."), "external_sku")
    with shop.transaction() as db:
        found = q.products_by_sku(db).get(product_sku.strip())
        if found is None:
            raise NotFoundError(
                _("There is no product with SKU {product_sku}; check the SKU.").format(
                    product_sku=product_sku
                )
            )
        q.save_sku_mapping(db, channel, external_sku, found[0])
        shop.event(
            "product",
            found[0],
            "sku_mapped",
            _("{channel} SKU {external_sku} is product {product_sku}").format(
                channel=CHANNEL_LABELS[channel], external_sku=external_sku, product_sku=product_sku
            ),
            channel=channel,
            external_sku=external_sku,
        )
    return Changes(products={found[0]})
