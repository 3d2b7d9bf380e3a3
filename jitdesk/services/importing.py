"""`jitdesk import KIND FILE`: suppliers, products, offers, customers and orders from CSV.

Files are UTF-8 (a byte-order mark is fine) with a header row naming the columns in any case
and order; columns jitdesk does not know are ignored and named in the summary. Values may be
separated by commas, semicolons or tabs (whichever the header line uses).

An import is all or nothing: every row is checked first, and if any row is refused the whole
file is refused with every problem listed by line number (ImportRejected). Importing the same
file again creates nothing new: products, suppliers, offers and customers are matched by their
key and updated only where a value differs; orders are matched by their order reference.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from jitdesk.domain import input_limits as limits
from jitdesk.domain.calendar import check_date, parse_weekdays
from jitdesk.domain.customers import customer_key
from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
    check_email,
)
from jitdesk.domain.money import order_total, parse_money, parse_quantity
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.progress import Progress, counted, no_progress
from jitdesk.services.catalog import (
    add_product,
    add_supplier,
    set_offer,
    update_product,
    update_supplier,
)
from jitdesk.services.customers import add_customer, update_customer
from jitdesk.services.orders import create_orders
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Shop
from jitdesk.store import bulk

IMPORT_CHANNEL = "import"


@dataclass(frozen=True, slots=True)
class Columns:
    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.required + self.optional


COLUMNS: dict[str, Columns] = {
    "suppliers": Columns(
        ("name",),
        (
            "contact",
            "email",
            "phone",
            "address",
            "account_number",
            "lead_time_days",
            "delivery_weekdays",
            "min_order_value",
            "notes",
            "language",
        ),
    ),
    "products": Columns(("sku", "name"), ("sale_price", "unit", "barcode", "active", "tax_rate")),
    "offers": Columns(
        ("sku", "supplier", "unit_cost"),
        ("supplier_sku", "pack_size", "min_qty", "lead_time_days", "preferred", "active"),
    ),
    "customers": Columns(("name",), ("phone", "email", "notes", "language", "notify_by")),
    "orders": Columns(
        ("order_ref", "customer_name", "sku", "quantity"),
        ("order_date", "customer_email", "customer_phone", "unit_price", "deposit", "notes"),
    ),
}
KINDS = tuple(COLUMNS)
# Imports that set prices, costs or supplier terms: owner-only, as editing them one by one is.
OWNER_IMPORTS = {
    "suppliers": OwnerAction.SUPPLIER_TERMS,
    "products": OwnerAction.PRICES,
    "offers": OwnerAction.PRICES,
}


# --- results and errors ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line {line}: {message}").format(line=self.line, message=self.message)


class ImportRejected(DomainError):
    """The file was refused as a whole; `errors` lists every refused row by line number."""

    def __init__(self, file_name: str, errors: list[RowError]) -> None:
        self.file_name = file_name
        self.errors = errors
        if len(errors) == 1:
            text = _(
                "{file} was not imported because of a problem on line {line}; nothing was "
                "changed, correct the file and import it again."
            ).format(file=file_name, line=errors[0].line)
        else:
            text = _(
                "{file} was not imported because {count} rows have problems; nothing was "
                "changed, correct the file and import it again."
            ).format(file=file_name, count=len(errors))
        super().__init__(text)


@dataclass(slots=True)
class ImportResult:
    kind: str
    file_name: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    lines: int = 0
    new_customers: int = 0
    ignored_columns: tuple[str, ...] = ()
    ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        parts = [_created(self.kind, self.created)]
        if self.kind == "orders":
            parts[0] += " (" + _lines(self.lines) + ", " + _new_customers(self.new_customers) + ")"
            parts.append(_("{n} already imported (skipped)").format(n=self.skipped))
        else:
            parts.append(_("{n} updated").format(n=self.updated))
            parts.append(_("{n} unchanged").format(n=self.skipped))
        text = _("Imported {file}: {parts}.").format(file=self.file_name, parts=", ".join(parts))
        if self.ignored_columns:
            text += " " + _("Ignored columns: {columns}.").format(
                columns=", ".join(self.ignored_columns)
            )
        return text


def _created(kind: str, n: int) -> str:
    if kind == "suppliers":
        return ngettext("{n} supplier created", "{n} suppliers created", n).format(n=n)
    if kind == "products":
        return ngettext("{n} product created", "{n} products created", n).format(n=n)
    if kind == "offers":
        return ngettext("{n} offer created", "{n} offers created", n).format(n=n)
    if kind == "customers":
        return ngettext("{n} customer created", "{n} customers created", n).format(n=n)
    return ngettext("{n} order created", "{n} orders created", n).format(n=n)


def _lines(n: int) -> str:
    return ngettext("{n} line", "{n} lines", n).format(n=n)


def _new_customers(n: int) -> str:
    return ngettext("{n} new customer", "{n} new customers", n).format(n=n)


# --- reading the file ------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, str]

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass(slots=True)
class _Table:
    header: list[str]
    rows: list[_Row]
    errors: list[RowError]
    ignored: tuple[str, ...]


def _decode_lines(raw: bytes) -> tuple[list[str], list[RowError]]:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    texts, errors = [], []
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        try:
            texts.append(chunk.decode("utf-8"))
        except UnicodeDecodeError as exc:
            errors.append(
                RowError(
                    number,
                    _(
                        "Byte {value} is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)."
                    ).format(value=exc.start + 1),
                )
            )
            texts.append(chunk.decode("utf-8", errors="replace"))
    return texts, errors


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _normal_column(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def read_table(raw: bytes, kind: str, file_name: str) -> _Table:
    """Parse and check the shape of a CSV file; refuses a file without the required columns."""
    columns = COLUMNS[kind]
    texts, errors = _decode_lines(raw)
    bad_lines = {e.line for e in errors}
    first = next((t for t in texts if t.strip()), None)
    if first is None:
        raise ImportRejected(
            file_name, [RowError(1, _("The file is empty; the first line must name the columns."))]
        )
    reader = csv.reader(io.StringIO("\n".join(texts), newline=""), delimiter=_delimiter(first))
    header: list[str] | None = None
    rows: list[_Row] = []
    previous_end = 0
    try:
        for record in limits_checked(reader, file_name):
            start, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = _check_header(record, columns, start, file_name)
                continue
            if start in bad_lines:
                continue
            if len(record) > len(header):
                errors.append(
                    RowError(
                        start,
                        _(
                            "This row has {count} values but the first line names {count2} columns; put values that contain a comma in double quotes."
                        ).format(count=len(record), count2=len(header)),
                    )
                )
                continue
            values = {name: cell.strip() for name, cell in zip(header, record, strict=False)}
            rows.append(_Row(start, values))
    except csv.Error as exc:
        errors.append(
            RowError(
                previous_end + 1,
                _("This row cannot be read as CSV ({csv_problem}).").format(
                    csv_problem=limits.csv_problem(exc)
                ),
            )
        )
    if header is None:  # only separators, or the lone header line could not be read
        raise ImportRejected(
            file_name, [*errors, RowError(1, _("The first line must name the columns."))]
        )
    ignored = tuple(h for h in header if h not in columns.all)
    errors.sort(key=lambda e: e.line)
    return _Table(header, rows, errors, ignored)


def read_input_file(path: str | Path) -> tuple[bytes, str]:
    """The bytes and name of a file to import, refused before reading when it is too big."""
    path = Path(path)
    try:
        limits.check_file_size(path.stat().st_size, path.name)
        return path.read_bytes(), path.name
    except OSError as exc:
        raise ValidationError(
            _("The file {path} cannot be read: {strerror}.").format(
                path=path, strerror=exc.strerror
            ),
            "file",
        ) from exc


def limits_checked(reader: Iterable[list[str]], file_name: str) -> Iterator[list[str]]:
    """The records of a csv.reader within the input limits; the file is refused at the
    first record beyond them."""
    try:
        yield from limits.checked_records(reader)
    except limits.InputTooBig as exc:
        raise ImportRejected(file_name, [RowError(exc.line, str(exc))]) from None


def _check_header(record: list[str], columns: Columns, line: int, file_name: str) -> list[str]:
    header = [_normal_column(c) for c in record]
    duplicates = sorted({h for h in header if h and header.count(h) > 1})
    if duplicates:
        raise ImportRejected(
            file_name,
            [
                RowError(
                    line, _("The column {names} appears twice.").format(names=", ".join(duplicates))
                )
            ],
        )
    missing = [c for c in columns.required if c not in header]
    if missing:
        raise ImportRejected(
            file_name,
            [
                RowError(
                    line,
                    _(
                        "The file has no column {names}; the first line must name the columns ({names2} are required; {names3} are optional)."
                    ).format(
                        names=", ".join(missing),
                        names2=", ".join(columns.required),
                        names3=", ".join(columns.optional),
                    ),
                )
            ],
        )
    return header


# --- value parsing ---------------------------------------------------------------------------

_TRUE = {"1", "yes", "y", "true", "x", "ja", "oui", "si", "sí"}
_FALSE = {"0", "no", "n", "false", "", "nein", "non"}


def _bool(text: str, column: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(
        _("The {column} “{text}” must be yes or no.").format(column=column, text=text), column
    )


def _required(row: _Row, column: str) -> str:
    value = row.get(column)
    if not value:
        raise ValidationError(_("The {column} is empty.").format(column=column), column)
    return value


@overload
def _int(row: _Row, column: str, default: int, *, allow_zero: bool = False) -> int: ...
@overload
def _int(row: _Row, column: str, default: None, *, allow_zero: bool = False) -> int | None: ...
def _int(row: _Row, column: str, default: int | None, *, allow_zero: bool = False) -> int | None:
    text = row.get(column)
    if not text:
        return default
    return parse_quantity(text, field=column, allow_zero=allow_zero)


@overload
def _money(row: _Row, column: str, default: int) -> int: ...
@overload
def _money(row: _Row, column: str, default: None = None) -> int | None: ...
def _money(row: _Row, column: str, default: int | None = None) -> int | None:
    text = row.get(column)
    if not text:
        return default
    value = parse_money(text, field=column)
    if value < 0:
        raise ValidationError(_("The {column} must not be negative.").format(column=column), column)
    return value


def _tax_rate(row: _Row) -> int | None:
    """ "20", "20 %" or "5,5" percent as basis points; empty: the shop's rate."""
    text = row.get("tax_rate").replace("%", "").strip()
    if not text:
        return None
    return parse_money(text, field="tax_rate")  # hundredths of a percent are basis points


def _date(row: _Row, column: str, today: date) -> date:
    text = row.get(column)
    if not text:
        return today
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            _("The {column} “{text}” is not a date; write it as YYYY-MM-DD.").format(
                column=column, text=text
            ),
            column,
        ) from None
    if day > today:
        raise ValidationError(
            _("The {column} {text} is in the future.").format(column=column, text=text), column
        )
    return check_date(day, column)


# --- the use case ----------------------------------------------------------------------------


def import_file(
    shop: Shop, kind: str, path: str | Path, progress: Progress = no_progress
) -> ImportResult:
    """Import one CSV file of `kind` in one transaction; refuse it whole if any row is wrong."""
    if kind not in COLUMNS:
        raise ValidationError(
            _("jitdesk cannot import {kind}; choose one of {names}.").format(
                kind=kind, names=", ".join(KINDS)
            ),
            "kind",
        )
    raw, name = read_input_file(path)
    return import_bytes(shop, kind, raw, name, progress)


def import_bytes(
    shop: Shop, kind: str, raw: bytes, file_name: str, progress: Progress = no_progress
) -> ImportResult:
    """Check every row, then write them all, in one transaction. `progress` hears how far the
    check is; raising `Cancelled` from it (even at the very end) leaves the shop as it was."""
    if kind in OWNER_IMPORTS:
        require_permission(shop, OWNER_IMPORTS[kind])
    table = read_table(raw, kind, file_name)
    importer = _IMPORTERS[kind]
    result = ImportResult(kind, file_name, ignored_columns=table.ignored)
    rows = len(table.rows)
    table = replace(table, rows=_Counted(table.rows, _("Checking rows"), progress))
    with shop.transaction():
        errors = list(table.errors)
        plan = importer.check(shop, table, errors)
        if errors:
            errors.sort(key=lambda e: e.line)
            raise ImportRejected(file_name, errors)
        progress(rows, rows, _("Writing"))
        importer.write(shop, plan, result)
        if result.created or result.updated:
            shop.event("shop", 1, "import", result.summary(), kind=kind, file=file_name)
        progress(rows, rows, _("Writing"))  # the last chance to stop before it is saved
    return result


class _Counted(list[_Row]):
    """The rows of a table, telling `progress` as they are gone through."""

    def __init__(self, rows: list[_Row], what: str, progress: Progress) -> None:
        super().__init__(rows)
        self.what, self.progress = what, progress

    def __iter__(self) -> Iterator[_Row]:
        return counted(super().__iter__(), len(self), self.what, self.progress)


def _validate_rows(
    table: _Table, errors: list[RowError], parse: Callable[[_Row], Any]
) -> list[tuple[_Row, Any]]:
    parsed = []
    for row in table.rows:
        try:
            parsed.append((row, parse(row)))
        except ValidationError as exc:
            errors.append(RowError(row.line, str(exc)))
    return parsed


def _unique(
    parsed: list[tuple[_Row, Any]],
    key: Callable[[Any], Any],
    label: Callable[[Any], str],
    errors: list[RowError],
) -> list[tuple[_Row, Any]]:
    seen: dict[Any, int] = {}
    result = []
    for row, item in parsed:
        k = key(item)
        if k in seen:
            errors.append(
                RowError(
                    row.line,
                    _("{label} appears again (first on line {value}).").format(
                        label=label(item), value=seen[k]
                    ),
                )
            )
            continue
        seen[k] = row.line
        result.append((row, item))
    return result


_Given = dict[str, Any]  # the values a row gives, by field name
_Checked = list[tuple[_Row, _Given]]
PlanT = TypeVar("PlanT")


class _Importer(Generic[PlanT]):
    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> PlanT:
        """What the file would write; refused rows are added to `errors`."""
        raise NotImplementedError

    def write(self, shop: Shop, plan: PlanT, result: ImportResult) -> None:
        raise NotImplementedError


def _merge(existing: dict[str, Any], given: _Given, fields_: tuple[str, ...]) -> dict[str, Any]:
    """Existing values overwritten by the ones the file gives (columns it has)."""
    return {f: given[f] if f in given else existing[f] for f in fields_}


class _Suppliers(_Importer[_Checked]):
    FIELDS = COLUMNS["suppliers"].all

    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> _Checked:
        def parse(row: _Row) -> _Given:
            given: dict[str, Any] = {"name": _required(row, "name")}
            for text_col in (
                "contact",
                "email",
                "phone",
                "address",
                "account_number",
                "notes",
                "language",
            ):
                if text_col in table.header:
                    given[text_col] = row.get(text_col)
            if "lead_time_days" in table.header:
                given["lead_time_days"] = _int(row, "lead_time_days", 7, allow_zero=True)
            if "delivery_weekdays" in table.header:
                days = parse_weekdays(row.get("delivery_weekdays") or "Mon,Tue,Wed,Thu,Fri")
                given["delivery_weekdays"] = days
            if "min_order_value" in table.header:
                given["min_order_value"] = _money(row, "min_order_value", 0)
            data = SupplierInput(**given)
            data.validate()
            return given | ({"language": data.language} if "language" in given else {})

        parsed = _validate_rows(table, errors, parse)
        return _unique(
            parsed, lambda g: g["name"].casefold(), lambda g: f"Supplier {g['name']}", errors
        )

    def write(self, shop: Shop, plan: _Checked, result: ImportResult) -> None:
        existing = bulk.rows_by_key(shop.db, "suppliers", "name", nocase=True)
        for _row, given in plan:
            old = existing.get(given["name"].casefold())
            if old is None:
                result.ids.append(add_supplier(shop, SupplierInput(**given)))
                result.created += 1
                continue
            current = dict(old) | {"delivery_weekdays": parse_weekdays(old["delivery_weekdays"])}
            merged = _merge(current, given, self.FIELDS)
            data = SupplierInput(**merged, active=bool(old["active"]))
            data.validate()
            if all(merged[f] == current[f] for f in self.FIELDS):
                result.skipped += 1
            else:
                update_supplier(shop, old["id"], data)
                result.updated += 1


class _Products(_Importer[_Checked]):
    FIELDS = ("sku", "name", "sale_price", "unit", "barcode", "active", "tax_rate_bp")

    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> _Checked:
        def parse(row: _Row) -> _Given:
            given: dict[str, Any] = {"sku": _required(row, "sku"), "name": _required(row, "name")}
            if "sale_price" in table.header:
                given["sale_price"] = _money(row, "sale_price", 0)
            if "unit" in table.header:
                given["unit"] = row.get("unit") or "pc"
            if "barcode" in table.header:
                given["barcode"] = row.get("barcode") or None
            if "active" in table.header:
                given["active"] = _bool(row.get("active") or "yes", "active")
            if "tax_rate" in table.header:
                given["tax_rate_bp"] = _tax_rate(row)
            data = ProductInput(**given)
            data.validate()
            return given | {"sku": data.sku, "name": data.name}

        parsed = _validate_rows(table, errors, parse)
        return _unique(parsed, lambda g: g["sku"], lambda g: f"SKU {g['sku']}", errors)

    def write(self, shop: Shop, plan: _Checked, result: ImportResult) -> None:
        existing = bulk.rows_by_key(shop.db, "products", "sku")
        for _row, given in plan:
            old = existing.get(given["sku"])
            if old is None:
                result.ids.append(add_product(shop, ProductInput(**given)))
                result.created += 1
                continue
            current = dict(old) | {"active": bool(old["active"])}
            merged = _merge(current, given, self.FIELDS)
            if all(merged[f] == current[f] for f in self.FIELDS):
                result.skipped += 1
            else:
                update_product(shop, old["id"], ProductInput(**merged))
                result.updated += 1


class _Offers(_Importer[_Checked]):
    FIELDS = (
        "unit_cost",
        "supplier_sku",
        "pack_size",
        "min_qty",
        "lead_time_days",
        "preferred",
        "active",
    )

    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> _Checked:
        products = bulk.rows_by_key(shop.db, "products", "sku")
        suppliers = bulk.rows_by_key(shop.db, "suppliers", "name", nocase=True)

        def parse(row: _Row) -> _Given:
            sku = _required(row, "sku")
            product = products.get(sku)
            if product is None:
                raise ValidationError(
                    _("There is no product with SKU {sku}; import products first.").format(sku=sku)
                )
            name = _required(row, "supplier")
            supplier = suppliers.get(name.casefold())
            if supplier is None:
                raise ValidationError(
                    _("There is no supplier named {name}; import suppliers first.").format(
                        name=name
                    )
                )
            given: dict[str, Any] = {
                "product_id": product["id"],
                "supplier_id": supplier["id"],
                "unit_cost": _money(row, "unit_cost"),
                "sku": sku,
            }
            if given["unit_cost"] is None:
                raise ValidationError(_("The unit_cost is empty."), "unit_cost")
            if "supplier_sku" in table.header:
                given["supplier_sku"] = row.get("supplier_sku")
            if "pack_size" in table.header:
                given["pack_size"] = _int(row, "pack_size", 1)
            if "min_qty" in table.header:
                given["min_qty"] = _int(row, "min_qty", 1)
            if "lead_time_days" in table.header:
                given["lead_time_days"] = _int(row, "lead_time_days", None, allow_zero=True)
            if "preferred" in table.header:
                given["preferred"] = _bool(row.get("preferred"), "preferred")
            if "active" in table.header:
                given["active"] = _bool(row.get("active") or "yes", "active")
            OfferInput(**_offer_args(given)).validate()
            return given

        parsed = _validate_rows(table, errors, parse)
        parsed = _unique(
            parsed,
            lambda g: (g["product_id"], g["supplier_id"]),
            lambda g: f"The offer for SKU {g['sku']} from this supplier",
            errors,
        )
        preferred: dict[int, int] = {}
        for row, given in parsed:
            if given.get("preferred"):
                if given["product_id"] in preferred:
                    errors.append(
                        RowError(
                            row.line,
                            _(
                                "SKU {sku} is already marked preferred for another supplier on line {value}; only one offer can be preferred."
                            ).format(sku=given["sku"], value=preferred[given["product_id"]]),
                        )
                    )
                preferred.setdefault(given["product_id"], row.line)
        return parsed

    def write(self, shop: Shop, plan: _Checked, result: ImportResult) -> None:
        existing = bulk.offers_by_product_supplier(shop.db)
        for _row, given in plan:
            old = existing.get((given["product_id"], given["supplier_id"]))
            if old is None:
                result.ids.append(
                    set_offer(shop, OfferInput(**_offer_args(given)), source="import")
                )
                result.created += 1
                continue
            current = dict(old) | {
                "preferred": bool(old["preferred"]),
                "active": bool(old["active"]),
            }
            merged = _merge(current, given, self.FIELDS)
            if all(merged[f] == current[f] for f in self.FIELDS):
                result.skipped += 1
                continue
            args = merged | {"product_id": old["product_id"], "supplier_id": old["supplier_id"]}
            set_offer(shop, OfferInput(**args), source="import")
            result.updated += 1


def _offer_args(given: _Given) -> dict[str, Any]:
    return {k: v for k, v in given.items() if k != "sku"}


def _existing_customers(shop: Shop) -> dict[tuple[str, ...], dict[str, Any]]:
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    for row in bulk.all_rows(shop.db, "customers"):
        found.setdefault(customer_key(row["name"], row["email"], row["phone"]), row)
        if row["email"]:
            found.setdefault(customer_key(row["name"], "", row["phone"]), row)
    return found


class _Customers(_Importer[_Checked]):
    FIELDS = ("name", "phone", "email", "notes", "language", "tell_channel")

    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> _Checked:
        def parse(row: _Row) -> _Given:
            given = {"name": _required(row, "name")}
            for col in ("phone", "email", "notes", "language"):
                if col in table.header:
                    given[col] = row.get(col)
            if "notify_by" in table.header:  # the column's name in a file; the field's here
                given["tell_channel"] = row.get("notify_by")
            data = CustomerInput(**given)
            data.validate()
            checked = {"name": data.name, "email": data.email, "phone": data.phone}
            optional = {f: getattr(data, f) for f in ("language", "tell_channel") if f in given}
            return given | checked | optional

        parsed = _validate_rows(table, errors, parse)
        return _unique(
            parsed,
            lambda g: customer_key(g["name"], g.get("email", ""), g.get("phone", "")),
            lambda g: f"Customer {g['name']} {g.get('email') or g.get('phone', '')}".strip(),
            errors,
        )

    def write(self, shop: Shop, plan: _Checked, result: ImportResult) -> None:
        existing = _existing_customers(shop)
        for _row, given in plan:
            key = customer_key(given["name"], given.get("email", ""), given.get("phone", ""))
            old = existing.get(key)
            if old is None:
                result.ids.append(add_customer(shop, CustomerInput(**given)))
                result.created += 1
                continue
            merged = _merge(old, given, self.FIELDS)
            if all(merged[f] == old[f] for f in self.FIELDS):
                result.skipped += 1
            else:
                update_customer(shop, old["id"], CustomerInput(**merged))
                result.updated += 1


@dataclass(slots=True)
class _OrderPlan:
    ref: str
    first_line: int
    order_date: date
    name: str
    email: str
    phone: str
    deposit: int
    notes: str
    lines: list[OrderLineInput] = field(default_factory=list)
    line_numbers: dict[int, int] = field(default_factory=dict)  # product id -> file line
    total: int = 0
    exists: bool = False


class _Orders(_Importer[list[_OrderPlan]]):
    def check(self, shop: Shop, table: _Table, errors: list[RowError]) -> list[_OrderPlan]:
        products = bulk.rows_by_key(shop.db, "products", "sku")
        orderable = bulk.product_ids_with_offer(shop.db)
        known_refs = bulk.external_refs(shop.db, IMPORT_CHANNEL)
        today = shop.today()
        orders: dict[str, _OrderPlan] = {}
        for row in table.rows:
            try:
                self._check_row(row, products, orderable, today, orders)
            except ValidationError as exc:
                errors.append(RowError(row.line, str(exc)))
        for plan in orders.values():
            plan.exists = plan.ref in known_refs
            try:
                order_total((line.quantity, line.unit_price or 0) for line in plan.lines)
            except ValidationError as exc:
                errors.append(RowError(plan.first_line, f"Order {plan.ref}: {exc}"))
            if plan.deposit > plan.total:
                errors.append(
                    RowError(
                        plan.first_line,
                        _("The deposit of order {ref} is more than its total.").format(
                            ref=plan.ref
                        ),
                    )
                )
        return list(orders.values())

    def _check_row(
        self,
        row: _Row,
        products: dict[str, dict[str, Any]],
        orderable: set[int],
        today: date,
        orders: dict[str, _OrderPlan],
    ) -> None:
        ref = _required(row, "order_ref")
        sku = _required(row, "sku")
        product = products.get(sku)
        if product is None:
            raise ValidationError(
                _("There is no product with SKU {sku}; import products first.").format(sku=sku)
            )
        if product["id"] not in orderable:
            raise ValidationError(
                _("Product {sku} has no supplier offer; import an offer for it first.").format(
                    sku=sku
                )
            )
        quantity_text = _required(row, "quantity")
        if quantity_text.startswith("-"):
            raise ValidationError(
                _("The quantity “{quantity_text}” is negative; enter a count such as 3.").format(
                    quantity_text=quantity_text
                )
            )
        quantity = parse_quantity(quantity_text, field="quantity")
        price = _money(row, "unit_price", product["sale_price"])
        plan = orders.get(ref)
        if plan is None:
            name = _required(row, "customer_name")
            email = check_email(row.get("customer_email"), "customer_email")
            plan = _OrderPlan(
                ref,
                row.line,
                _date(row, "order_date", today),
                name,
                email,
                row.get("customer_phone"),
                _money(row, "deposit", 0),
                row.get("notes"),
            )
            CustomerInput(name, plan.phone, email).validate()
        else:
            self._check_same_order(row, plan)
        if product["id"] in plan.line_numbers:
            raise ValidationError(
                _(
                    "SKU {sku} appears again in order {ref} (first on line {value}); put the total quantity on one line."
                ).format(sku=sku, ref=ref, value=plan.line_numbers[product["id"]])
            )
        plan.line_numbers[product["id"]] = row.line
        plan.lines.append(OrderLineInput(product["id"], quantity, price))
        plan.total += quantity * price
        orders[ref] = plan

    def _check_same_order(self, row: _Row, plan: _OrderPlan) -> None:
        """Later rows of an order may leave order columns empty, but must not contradict."""
        first = {
            "order_date": plan.order_date.isoformat(),
            "customer_name": plan.name,
            "customer_email": plan.email,
            "customer_phone": plan.phone,
            "notes": plan.notes,
        }
        for column, expected in first.items():
            value = row.get(column)
            if value and value != expected:
                raise ValidationError(
                    _(
                        "The {column} differs from the first row of order {ref} (line {first_line})."
                    ).format(column=column, ref=plan.ref, first_line=plan.first_line)
                )
        deposit = row.get("deposit")
        if deposit and parse_money(deposit, field="deposit") != plan.deposit:
            raise ValidationError(
                _(
                    "The deposit of order {ref} belongs on its first row (line {first_line}) only."
                ).format(ref=plan.ref, first_line=plan.first_line)
            )

    def write(self, shop: Shop, plan: list[_OrderPlan], result: ImportResult) -> None:
        customers = _existing_customers(shop)
        inputs = []
        for order in plan:
            if order.exists:
                result.skipped += 1
                continue
            key = customer_key(order.name, order.email, order.phone)
            customer = customers.get(key)
            if customer is None:
                data = CustomerInput(order.name, order.phone, order.email)
                customer = {"id": add_customer(shop, data)} | asdict(data)
                customers[key] = customer
                result.new_customers += 1
            inputs.append(
                OrderInput(
                    customer_id=customer["id"],
                    lines=order.lines,
                    deposit=order.deposit,
                    notes=order.notes,
                    channel=IMPORT_CHANNEL,
                    external_ref=order.ref,
                    order_date=order.order_date,
                )
            )
        for created, order_input in zip(create_orders(shop, inputs), inputs, strict=True):
            result.ids.append(created.order_id)
            result.created += 1
            result.lines += len(order_input.lines)


_IMPORTERS: dict[str, _Importer[Any]] = {
    "suppliers": _Suppliers(),
    "products": _Products(),
    "offers": _Offers(),
    "customers": _Customers(),
    "orders": _Orders(),
}
