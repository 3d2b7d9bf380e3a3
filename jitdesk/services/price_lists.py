"""Supplier price lists (CSV or XLSX): column mapping per supplier, a diff preview, then apply.

A price list names, per row, the supplier's SKU and/or our SKU, a unit cost and optionally a pack
size and minimum quantity. Which column holds what is the *mapping*; it is guessed from the
header the first time and remembered per supplier once a list was applied.

`preview_price_list` shows what would change: new offers (our product, not yet offered by this
supplier), cost changes old → new, pack/minimum changes, and offers gone (in our catalog for this
supplier but not in the list). Rows for products the shop does not sell are counted, not errors.
`apply_price_list` writes it in one transaction through `catalog.set_offer(source="price list")`,
so the cost history (and the price-swing checks that read it) sees every change.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from jitdesk.domain import input_limits as limits
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import OfferInput
from jitdesk.domain.money import parse_money, parse_quantity
from jitdesk.domain.permissions import OwnerAction
from jitdesk.services.catalog import set_offer
from jitdesk.services.common import require
from jitdesk.services.importing import (
    ImportRejected,
    RowError,
    _decode_lines,
    _delimiter,
    limits_checked,
    read_input_file,
)
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import price_lists as q
from jitdesk.store import webshop as products_q
from jitdesk.store.catalog import deactivate_offer, get_supplier, list_suppliers

FIELDS = ("supplier_sku", "sku", "unit_cost", "pack_size", "min_qty")
FIELD_LABELS = {
    "supplier_sku": "Supplier SKU",
    "sku": "Our SKU",
    "unit_cost": "Unit cost",
    "pack_size": "Pack size",
    "min_qty": "Minimum quantity",
}
_GUESSES = {
    "supplier_sku": (
        "supplier sku",
        "supplier_sku",
        "article",
        "article no",
        "art no",
        "art.-nr.",
        "artikelnummer",
        "item no",
        "item number",
        "part number",
        "code",
        "ref",
        "reference",
    ),
    "sku": ("sku", "our sku", "shop sku"),
    "unit_cost": (
        "unit cost",
        "unit_cost",
        "cost",
        "price",
        "net price",
        "unit price",
        "dealer price",
        "preis",
        "ek",
        "cena",
    ),
    "pack_size": ("pack size", "pack_size", "pack", "packsize", "units per pack", "vpe"),
    "min_qty": ("min qty", "min_qty", "minimum", "moq", "min order qty", "minimum quantity"),
}


@dataclass(slots=True)
class Sheet:
    """The first table of a price list: header and rows of text, with file line numbers."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    problems: list[RowError] = field(default_factory=list)


# --- reading ---------------------------------------------------------------------------------


def read_sheet(raw: bytes, file_name: str) -> Sheet:
    is_zip = raw[:4] == b"PK\x03\x04"
    if file_name.lower().endswith((".xlsx", ".xlsm")) or is_zip:
        return _read_xlsx(raw, file_name)
    if file_name.lower().endswith(".xls"):
        raise ValidationError(
            _(
                "{file_name} is an old Excel file (.xls); save it as .xlsx or CSV and try again."
            ).format(file_name=file_name),
            "file",
        )
    return _read_csv(raw, file_name)


def _read_csv(raw: bytes, file_name: str) -> Sheet:
    texts, errors = _decode_lines(raw)
    if errors:
        raise ImportRejected(file_name, errors[:1])
    first = next((t for t in texts if t.strip()), None)
    if first is None:
        raise ImportRejected(file_name, [RowError(1, _("The file is empty."))])
    reader = csv.reader(io.StringIO("\n".join(texts), newline=""), delimiter=_delimiter(first))
    sheet: Sheet | None = None
    previous = 0
    try:
        for record in limits_checked(reader, file_name):
            start, previous = previous + 1, reader.line_num
            if not any(c.strip() for c in record):
                continue
            if sheet is None:
                sheet = Sheet([c.strip() for c in record], [])
            else:
                sheet.rows.append((start, [c.strip() for c in record]))
    except csv.Error as exc:
        raise ImportRejected(
            file_name,
            [
                RowError(
                    previous + 1,
                    _("This row cannot be read as CSV ({csv_problem}).").format(
                        csv_problem=limits.csv_problem(exc)
                    ),
                )
            ],
        ) from None
    assert sheet is not None
    return sheet


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value).strip()


def _read_xlsx(raw: bytes, file_name: str) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    limits.check_xlsx_unpacked(raw, file_name)
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        ParseError,
    ) as exc:
        if _caused_by_entities(exc):
            raise _entities_refused(file_name) from None
        raise ValidationError(
            _(
                "{file_name} is not an Excel workbook (.xlsx); open it in a spreadsheet and save it as .xlsx or CSV, then try again."
            ).format(file_name=file_name),
            "file",
        ) from None
    try:
        return _sheet_rows(book.worksheets[0], file_name)
    except (zipfile.BadZipFile, ParseError, KeyError, ValueError, EOFError) as exc:
        if _caused_by_entities(exc):
            raise _entities_refused(file_name) from None
        raise ValidationError(
            _(
                "The first sheet of {file_name} cannot be read (the workbook looks damaged); save it again from the spreadsheet program, or as CSV."
            ).format(file_name=file_name),
            "file",
        ) from None
    finally:
        book.close()


def _sheet_rows(worksheet: Any, file_name: str) -> Sheet:  # openpyxl has no types
    """The rows with text of a read-only worksheet, within the row and column limits."""
    # The size a sheet declares may be a lie; without it, rows are as long as their cells.
    worksheet.reset_dimensions()
    sheet: Sheet | None = None
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        problem = limits.rows_problem(number) or limits.columns_problem(len(row))
        if problem is not None:
            raise ImportRejected(file_name, [RowError(number, problem)])
        cells = [_cell_text(v) for v in row]
        if not any(cells):
            continue
        if sheet is None:
            sheet = Sheet(cells, [])
        else:
            sheet.rows.append((number, cells))
    if sheet is None:
        raise ImportRejected(file_name, [RowError(1, _("The first sheet is empty."))])
    return sheet


def _caused_by_entities(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML behind `exc` (openpyxl wraps its errors)."""
    while exc is not None:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _entities_refused(file_name: str) -> ValidationError:
    return ValidationError(
        _(
            "{file_name} declares XML entities, which a workbook saved by a spreadsheet program never does, so jitdesk does not read it; save it again from the spreadsheet program, or as CSV."
        ).format(file_name=file_name),
        "file",
    )


# --- mapping ---------------------------------------------------------------------------------


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Our field -> their column, from the column names (the owner corrects it in the dialog)."""
    normal = {" ".join(h.lower().replace("_", " ").split()): h for h in header if h}
    mapping: dict[str, str] = {}
    for name, guesses in _GUESSES.items():
        for guess in guesses:
            column = normal.get(" ".join(guess.replace("_", " ").split()))
            if column and column not in mapping.values():
                mapping[name] = column
                break
    return mapping


def price_list_suppliers(shop: Shop) -> list[tuple[int, str]]:
    """(id, name) of the active suppliers, for choosing whose list it is."""
    return [(r.id, r.name) for r in list_suppliers(shop.db, active_only=True)]


def remembered_mapping(shop: Shop, supplier_id: int) -> dict[str, str] | None:
    return q.load_mapping(shop.db, supplier_id)


def _check_mapping(mapping: dict[str, str], header: list[str]) -> dict[str, int]:
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise ValidationError(
            _("Unknown price list field {names}.").format(names=", ".join(unknown)), "mapping"
        )
    used = {f: c for f, c in mapping.items() if c}
    if "unit_cost" not in used:
        raise ValidationError(_("Choose the column that holds the unit cost."), "unit_cost")
    if "sku" not in used and "supplier_sku" not in used:
        raise ValidationError(
            _("Choose the column with the supplier's SKU or with our SKU."), "supplier_sku"
        )
    missing = [c for c in used.values() if c not in header]
    if missing:
        raise ValidationError(
            _("The price list has no column {names}; choose the columns again.").format(
                names=", ".join(missing)
            ),
            "mapping",
        )
    columns = list(used.values())
    twice = sorted({c for c in columns if columns.count(c) > 1})
    if twice:
        raise ValidationError(
            _("The column {names} is chosen twice.").format(names=", ".join(twice)), "mapping"
        )
    return {f: header.index(c) for f, c in used.items()}


# --- preview ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfferChange:
    line: int
    product_id: int
    sku: str
    name: str
    supplier_sku: str
    old_cost: int | None  # None: a new offer
    new_cost: int
    pack_size: int
    min_qty: int
    old_pack_size: int | None = None
    old_min_qty: int | None = None


@dataclass(frozen=True, slots=True)
class GoneOffer:
    offer_id: int
    sku: str
    name: str
    supplier_sku: str
    unit_cost: int


@dataclass(slots=True)
class PriceListPreview:
    supplier_id: int
    supplier_name: str
    file_name: str
    mapping: dict[str, str]
    header: list[str]
    new_offers: list[OfferChange] = field(default_factory=list)
    cost_changes: list[OfferChange] = field(default_factory=list)
    other_changes: list[OfferChange] = field(default_factory=list)  # pack size / minimum only
    gone: list[GoneOffer] = field(default_factory=list)
    unchanged: int = 0
    not_in_catalog: int = 0
    problems: list[RowError] = field(default_factory=list)

    def summary(self) -> str:
        counts = [
            ngettext("{n} new offer", "{n} new offers", len(self.new_offers)),
            ngettext("{n} cost change", "{n} cost changes", len(self.cost_changes)),
            ngettext(
                "{n} pack/minimum change", "{n} pack/minimum changes", len(self.other_changes)
            ),
            ngettext("{n} offer not in the list", "{n} offers not in the list", len(self.gone)),
            _("{n} unchanged"),
            ngettext(
                "{n} row for a product the shop does not sell",
                "{n} rows for products the shop does not sell",
                self.not_in_catalog,
            ),
        ]
        numbers = [
            len(self.new_offers),
            len(self.cost_changes),
            len(self.other_changes),
            len(self.gone),
            self.unchanged,
            self.not_in_catalog,
        ]
        if self.problems:
            counts.append(ngettext("{n} problem", "{n} problems", len(self.problems)))
            numbers.append(len(self.problems))
        return _("Price list {file} for {supplier}: {counts}.").format(
            file=self.file_name,
            supplier=self.supplier_name,
            counts=", ".join(c.format(n=n) for c, n in zip(counts, numbers, strict=True)),
        )


def _read(path: str | Path) -> tuple[bytes, str]:
    return read_input_file(path)


def read_price_list_header(path: str | Path) -> list[str]:
    """The column names of a price list, for the mapping dialog."""
    raw, name = _read(path)
    return read_sheet(raw, name).header


def preview_price_list(
    shop: Shop, supplier_id: int, path: str | Path, mapping: dict[str, str] | None = None
) -> PriceListPreview:
    """What applying the list would change; `mapping` defaults to the remembered or guessed one.
    Only a person who may change costs sees it: it shows today's costs beside the new ones."""
    require_permission(shop, OwnerAction.PRICES)
    raw, name = _read(path)
    return _preview(shop, supplier_id, raw, name, mapping)


def _preview(
    shop: Shop, supplier_id: int, raw: bytes, file_name: str, mapping: dict[str, str] | None
) -> PriceListPreview:
    supplier = require(get_supplier(shop.db, supplier_id), "supplier")
    sheet = read_sheet(raw, file_name)
    if mapping is None:
        mapping = q.load_mapping(shop.db, supplier_id) or guess_mapping(sheet.header)
    columns = _check_mapping(mapping, sheet.header)
    preview = PriceListPreview(supplier_id, supplier.name, file_name, mapping, sheet.header)
    offers = q.supplier_offers(shop.db, supplier_id)
    by_product = {o["product_id"]: o for o in offers}
    by_supplier_sku = {o["supplier_sku"]: o for o in offers if o["supplier_sku"]}
    products = products_q.products_by_sku(shop.db)
    names = products_q.product_names(shop.db)
    seen_keys: dict[str, int] = {}
    seen_products: dict[int, int] = {}
    for line, cells in sheet.rows:

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        their_sku, our_sku = cell("supplier_sku"), cell("sku")
        key = their_sku or our_sku
        if not key:
            continue  # a heading or blank row inside the sheet
        if key in seen_keys:
            preview.problems.append(
                RowError(
                    line,
                    _(
                        "SKU {key} appears again (first on line {value}); keep one row per SKU in the price list."
                    ).format(key=key, value=seen_keys[key]),
                )
            )
            continue
        seen_keys[key] = line
        try:
            cost = parse_money(cell("unit_cost"), field="unit cost")
            if cost < 0:
                raise ValidationError(_("The unit cost must not be negative."), "unit_cost")
            pack = parse_quantity(cell("pack_size") or "1", field="pack size")
            minimum = parse_quantity(cell("min_qty") or "1", field="minimum quantity")
        except ValidationError as exc:
            preview.problems.append(RowError(line, str(exc)))
            continue
        offer = by_supplier_sku.get(their_sku) if their_sku else None
        if our_sku and our_sku in products:
            product_id = products[our_sku][0]
            offer = by_product.get(product_id)
        elif offer is not None:
            product_id = offer["product_id"]
        else:
            preview.not_in_catalog += 1
            continue
        if product_id in seen_products:
            preview.problems.append(
                RowError(
                    line,
                    _(
                        "This row is for the same product as line {value}; keep one row per product."
                    ).format(value=seen_products[product_id]),
                )
            )
            continue
        seen_products[product_id] = line
        sku, name = names[product_id]
        change = OfferChange(
            line,
            product_id,
            sku,
            name,
            their_sku or (offer["supplier_sku"] if offer else ""),
            offer["unit_cost"] if offer else None,
            cost,
            pack if "pack_size" in columns else (offer["pack_size"] if offer else 1),
            minimum if "min_qty" in columns else (offer["min_qty"] if offer else 1),
            offer["pack_size"] if offer else None,
            offer["min_qty"] if offer else None,
        )
        if offer is None:
            preview.new_offers.append(change)
        elif offer["unit_cost"] != cost:
            preview.cost_changes.append(change)
        elif (
            change.pack_size != offer["pack_size"]
            or change.min_qty != offer["min_qty"]
            or change.supplier_sku != offer["supplier_sku"]
        ):
            preview.other_changes.append(change)
        else:
            preview.unchanged += 1
    for offer in offers:
        if offer["product_id"] not in seen_products and offer["active"]:
            preview.gone.append(
                GoneOffer(
                    offer["id"],
                    offer["sku"],
                    offer["product_name"],
                    offer["supplier_sku"],
                    offer["unit_cost"],
                )
            )
    preview.problems.sort(key=lambda e: e.line)
    return preview


# --- apply -----------------------------------------------------------------------------------


@dataclass(slots=True)
class PriceListResult:
    preview: PriceListPreview
    changes: Changes

    def summary(self) -> str:
        return _("Applied: {summary}").format(summary=self.preview.summary())


def apply_price_list(
    shop: Shop,
    supplier_id: int,
    path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    deactivate_gone: bool = False,
) -> PriceListResult:
    """Write every new offer and change (or nothing) and remember the mapping for the supplier."""
    require_permission(shop, OwnerAction.PRICES)
    raw, name = _read(path)
    with shop.transaction() as db:
        preview = _preview(shop, supplier_id, raw, name, mapping)
        if preview.problems:
            raise ImportRejected(name, preview.problems)
        changes = Changes(suppliers={supplier_id})
        existing = {o["product_id"]: o for o in q.supplier_offers(db, supplier_id)}
        for change in preview.new_offers + preview.cost_changes + preview.other_changes:
            old = existing.get(change.product_id)
            set_offer(
                shop,
                OfferInput(
                    product_id=change.product_id,
                    supplier_id=supplier_id,
                    unit_cost=change.new_cost,
                    supplier_sku=change.supplier_sku,
                    pack_size=change.pack_size,
                    min_qty=change.min_qty,
                    lead_time_days=old["lead_time_days"] if old else None,
                    preferred=bool(old["preferred"]) if old else False,
                    active=True,
                ),
                source="price list",
            )
            changes.products.add(change.product_id)
        if deactivate_gone:
            for gone in preview.gone:
                deactivate_offer(db, gone.offer_id)
                shop.event(
                    "offer", gone.offer_id, "changed", "Offer not in the price list: inactive"
                )
        q.save_mapping(db, supplier_id, preview.mapping)
        shop.event(
            "supplier",
            supplier_id,
            "price_list",
            preview.summary(),
            file=name,
            new=len(preview.new_offers),
            cost_changes=len(preview.cost_changes),
        )
    return PriceListResult(preview, changes)
