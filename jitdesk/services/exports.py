"""`jitdesk export KIND OUT.csv`: customer orders, supplier orders, customers and surplus as CSV.

The files open correctly in Excel and LibreOffice: UTF-8 with a byte-order mark, a header row,
CRLF line ends, standard quoting. Text a person typed (names, notes, web shop references) can
never become a formula: a cell that starts with ``= + - @``, a tab or a carriage return gets a
leading apostrophe (OWASP "CSV injection"). Numbers jitdesk writes itself (amounts as 12.50,
counts, negative balances) are written as numbers and left alone.
"""

from __future__ import annotations

import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import N_, _
from jitdesk.domain.tax import amount_due
from jitdesk.services.order_money import gross_totals
from jitdesk.services.permissions import may_see_costs
from jitdesk.services.shop import Shop
from jitdesk.services.surplus import list_surplus
from jitdesk.store import exports as q
from jitdesk.store.settings import load_settings

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Number:
    """A value jitdesk computed itself: written as is, never neutralised."""

    __slots__ = ("text",)

    def __init__(self, value: int | Decimal) -> None:
        self.text = str(value)


def money(cents: int) -> Number:
    return Number(Decimal(cents).scaleb(-2).quantize(Decimal("0.01")))


def safe_cell(value: object) -> str:
    """A cell's text; user text that a spreadsheet would run as a formula is neutralised."""
    if isinstance(value, Number):
        return value.text
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


@dataclass(frozen=True, slots=True)
class ExportKind:
    header: tuple[str, ...]
    rows: Callable[[Shop], Iterable[tuple]]
    label: str
    # Columns at cost, left out of the file for a person who may not see costs.
    costs: tuple[str, ...] = ()

    def columns_for(self, shop: Shop) -> tuple[str, ...]:
        """The columns the person working on `shop` gets."""
        if not self.costs or may_see_costs(shop):
            return self.header
        return tuple(c for c in self.header if c not in self.costs)

    def rows_for(self, shop: Shop) -> Iterator[tuple]:
        """The rows, with only the columns of `columns_for`."""
        columns = self.columns_for(shop)
        keep = [i for i, c in enumerate(self.header) if c in columns]
        if len(keep) == len(self.header):
            yield from self.rows(shop)
            return
        for row in self.rows(shop):
            yield tuple(row[i] for i in keep)


def _customer_orders(shop: Shop) -> Iterator[tuple]:
    totals = gross_totals(shop)  # with tax, as on the customer's papers
    for r in q.customer_orders(shop.db):
        (
            order_id,
            number,
            day,
            promised,
            status,
            channel,
            ref,
            name,
            email,
            phone,
            lines,
            paid,
            notes,
        ) = r
        total = totals.get(order_id, 0)
        yield (
            number,
            day,
            promised or "",
            status,
            channel,
            ref,
            name,
            email,
            phone,
            Number(lines),
            money(total),
            money(paid),
            money(amount_due(total, paid)),
            notes,
        )


def _supplier_orders(shop: Shop) -> Iterator[tuple]:
    for number, supplier, status, created, sent, expected, lines, value, notes in q.supplier_orders(
        shop.db
    ):
        yield (
            number,
            supplier,
            status,
            created,
            sent,
            expected,
            Number(lines),
            money(value),
            notes,
        )


def _customers(shop: Shop) -> Iterator[tuple]:
    for name, email, phone, notes, created, orders in q.customers(shop.db):
        yield (name, email, phone, notes, created, Number(orders))


def _surplus(shop: Shop) -> Iterator[tuple]:
    for item in list_surplus(shop):
        yield (
            item.sku,
            item.name,
            item.unit,
            Number(item.quantity),
            money(item.unit_cost),
            money(item.value),
            item.since.isoformat() if item.since else "",
            Number(item.age_days),
        )


KINDS: dict[str, ExportKind] = {
    "orders": ExportKind(
        (
            "number",
            "order_date",
            "promised_date",
            "status",
            "channel",
            "external_ref",
            "customer_name",
            "customer_email",
            "customer_phone",
            "lines",
            "total",
            "paid",
            "balance",
            "notes",
        ),
        _customer_orders,
        N_("customer orders"),
    ),
    "supplier-orders": ExportKind(
        (
            "number",
            "supplier",
            "status",
            "created",
            "sent",
            "expected_date",
            "lines",
            "value",
            "notes",
        ),
        _supplier_orders,
        N_("supplier orders"),
        costs=("value",),
    ),
    "customers": ExportKind(
        ("name", "email", "phone", "notes", "created", "orders"), _customers, N_("customers")
    ),
    "surplus": ExportKind(
        ("sku", "name", "unit", "quantity", "unit_cost", "value", "since", "age_days"),
        _surplus,
        N_("surplus"),
        costs=("unit_cost", "value"),
    ),
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    kind: str
    path: Path
    rows: int

    def summary(self) -> str:
        return _("Exported {rows} {what} to {path}.").format(
            rows=self.rows, what=_(KINDS[self.kind].label), path=self.path
        )


def write_csv(
    rows: Iterable[Iterable[object]],
    header: Iterable[str],
    path: str | Path,
    *,
    quote_all: bool = False,
) -> int:
    """Write a CSV Excel opens as UTF-8, via a temporary file (never half a file); row count."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ValidationError(
            _("{path} is a folder; give the name of the file to write, such as {value}.").format(
                path=path, value=path / "export.csv"
            ),
            "file",
        )
    count = 0
    try:
        fd, tmp = tempfile.mkstemp(prefix=".jitdesk-", suffix=".csv", dir=path.parent)
    except OSError as exc:
        raise ValidationError(
            _("jitdesk cannot write into {parent}: {strerror}; choose another folder.").format(
                parent=path.parent, strerror=exc.strerror
            ),
            "file",
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
            writer.writerow([safe_cell(h) for h in header])
            for row in rows:
                writer.writerow([safe_cell(v) for v in row])
                count += 1
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _not_written(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _not_written(path: Path, exc: OSError) -> ValidationError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ValidationError(
            _(
                "The disk is full, so {name} was not written; free some space or choose another place."
            ).format(name=path.name),
            "file",
        )
    return ValidationError(
        _("{path} cannot be written ({value}); choose another place.").format(
            path=path, value=exc.strerror or exc
        ),
        "file",
    )


def export(shop: Shop, kind: str, path: str | Path, *, quote_all: bool = False) -> ExportResult:
    """Write one kind of list to `path` (read only: the shop file is not changed); the
    columns at cost are left out for a person who may not see costs."""
    if kind not in KINDS:
        raise ValidationError(
            _("jitdesk cannot export {kind}; choose one of {names}.").format(
                kind=kind, names=", ".join(KINDS)
            ),
            "kind",
        )
    load_settings(shop.db)  # a shop file that cannot be read fails here, before the file
    spec = KINDS[kind]
    rows = write_csv(spec.rows_for(shop), spec.columns_for(shop), path, quote_all=quote_all)
    return ExportResult(kind, Path(path), rows)
