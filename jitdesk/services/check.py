"""`jitdesk check`: is this shop file sound, and do its numbers obey the rules of DESIGN §2?

Returns plain sentences naming the orders at fault; an empty list means all is well. Nothing is
written. Every rule is one set-based query (store/check.py), so a 100,000-order shop takes
seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import N_, _, ngettext
from jitdesk.domain.money import MAX_AMOUNT
from jitdesk.domain.numbering import format_number
from jitdesk.domain.statuses import status_word
from jitdesk.services.shop import Shop
from jitdesk.store import check as q

MAX_PER_RULE = 25


def _limited(found: list[tuple], sentence: Callable[[tuple], str], kind: str) -> list[str]:
    problems = [sentence(row) for row in found[:MAX_PER_RULE]]
    if len(found) > MAX_PER_RULE:
        problems.append(
            _("... and {count} more {kind} like these.").format(
                count=len(found) - MAX_PER_RULE, kind=_(kind)
            )
        )
    return problems


def _rule(
    shop: Shop, sql: str, sentence: Callable[[tuple], str], kind: str = N_("problems")
) -> list[str]:
    found = q.rows(shop.db, sql)
    if found and found[0][0] == "error" and len(found[0]) == 2:
        return [
            _("A check could not run because the file is damaged: {reason}.").format(
                reason=found[0][1]
            )
        ]
    return _limited(found, sentence, kind)


_NUMBER_SENTENCE: tuple[Callable[[tuple], str], str] = (
    lambda r: _(
        "A {table} (row {row}) has the {column} {value}, which is not a whole number "
        "from {low} to {high}."
    ).format(table=_(r[0]), row=r[1], column=_(r[2]), value=r[3], low=r[4], high=r[5]),
    "values",
)


def _rules() -> Iterable[tuple[str, Callable[[tuple], str], str]]:
    yield (
        q.ORDER_TOTAL_SQL,
        lambda r: _("Order {number} totals more than {limit}, the most an amount can be.").format(
            number=r[0], limit=user_formats().number(Decimal(MAX_AMOUNT).scaleb(-2), 2)
        ),
        "orders",
    )
    yield (
        q.LINE_BALANCE_SQL,
        lambda r: _(
            "Order {number} line {line} ({sku}) needs {needed} but has {handed} handed over, "
            "{in_shop} in the shop and {on_order} on order."
        ).format(
            number=r[0], line=r[1], sku=r[2], needed=r[3], handed=r[4], in_shop=r[5], on_order=r[6]
        ),
        N_("lines"),
    )
    yield (
        q.ORDER_STATUS_SQL,
        lambda r: _("Order {number} is {status} but {fact}.").format(
            number=r[0], status=status_word(r[1]), fact=_(r[2])
        ),
        N_("orders"),
    )
    yield (
        q.SURPLUS_SQL,
        lambda r: ngettext(
            "Product {sku} has {allocated} unit allocated and {written_off} written off but "
            "only {received} received.",
            "Product {sku} has {allocated} units allocated and {written_off} written off but "
            "only {received} received.",
            r[2],
        ).format(sku=r[0], received=r[1], allocated=r[2], written_off=r[3]),
        N_("products"),
    )
    yield (
        q.RECEIPT_ALLOCATION_SQL,
        lambda r: _(
            "The delivery for supplier order {number} brought {received} of {sku} but "
            "{allocated} were allocated from it."
        ).format(number=r[0], sku=r[1], allocated=r[2], received=r[3]),
        N_("deliveries"),
    )
    yield (
        q.ALLOCATION_LINKS_SQL,
        lambda r: _("An allocation on order {number} line {line} ({sku}) {fact}.").format(
            number=r[0], line=r[1], sku=r[2], fact=_(r[3])
        ),
        N_("allocations"),
    )
    yield (
        q.COVERAGE_FULFILLED_SQL,
        lambda r: ngettext(
            "Order {number} line {line} has {allocated} unit allocated through supplier order "
            "{supplier_order}, which was to bring only {covered} for it.",
            "Order {number} line {line} has {allocated} units allocated through supplier order "
            "{supplier_order}, which was to bring only {covered} for it.",
            r[4],
        ).format(number=r[0], line=r[1], supplier_order=r[2], covered=r[3], allocated=r[4]),
        N_("lines"),
    )
    yield (
        q.COVERAGE_SQL,
        lambda r: _(
            "Supplier order {number} line {line} ({sku}) orders {ordered} but customers count "
            "on {covered} from it."
        ).format(number=r[0], line=r[1], sku=r[2], ordered=r[3], covered=r[4]),
        N_("lines"),
    )
    yield (
        q.COVERAGE_PRODUCT_SQL,
        lambda r: _(
            "Supplier order {number} line {line} is meant for order {order} line "
            "{order_line}, which is for another product."
        ).format(number=r[0], line=r[1], order=r[2], order_line=r[3]),
        N_("lines"),
    )
    yield (
        q.HANDED_SQL,
        lambda r: ngettext(
            "Order {number} line {line} has {handed} unit handed over but only {allocated} "
            "ever allocated.",
            "Order {number} line {line} has {handed} units handed over but only {allocated} "
            "ever allocated.",
            r[2],
        ).format(number=r[0], line=r[1], handed=r[2], allocated=r[3]),
        N_("lines"),
    )
    yield (
        q.HANDOVER_ORDER_SQL,
        lambda r: _("Order {number} line {line} was handed over as part of order {other}.").format(
            number=r[0], line=r[1], other=r[2]
        ),
        N_("lines"),
    )
    yield (
        q.CANCELLED_SO_COVERAGE_SQL,
        lambda r: ngettext(
            "Supplier order {number} still brings units for {count} line of cancelled orders.",
            "Supplier order {number} still brings units for {count} lines of cancelled orders.",
            r[1],
        ).format(number=r[0], count=r[1]),
        N_("supplier orders"),
    )
    yield (
        q.SUPPLIER_STATUS_SQL,
        lambda r: _("Supplier order {number} is {status} but {fact}.").format(
            number=r[0], status=status_word(r[1]), fact=_(r[2])
        ),
        N_("supplier orders"),
    )
    yield (
        q.NUMBERS_SQL,
        lambda r: _(
            "The {kind} number \u201c{number}\u201d is not of the form X-YYYY-NNNN."
        ).format(kind=_(r[0]), number=r[1]),
        N_("numbers"),
    )
    yield (
        q.DUPLICATE_NUMBERS_SQL,
        lambda r: _("The {kind} number {number} is used {count} times.").format(
            kind=_(r[0]), number=r[1], count=r[2]
        ),
        N_("numbers"),
    )
    yield (
        q.COUNTERS_SQL,
        lambda r: _(
            "The number counter for {prefix}-{year} stands at {last} but {number} exists, so "
            "the next new number would clash."
        ).format(prefix=r[0], year=r[1], last=r[3], number=format_number(r[0], r[1], r[2])),
        N_("counters"),
    )


def check_shop(shop: Shop, *, full: bool = False) -> list[str]:
    """Every problem found, as sentences; [] when the file is sound. `full` also reads every
    value of every table with SQLite's cell checks on (slower on a big shop)."""
    with q.snapshot(shop.db):
        damaged = _file_problems(shop) + q.integrity_problems(shop.db)
        if full and not damaged:
            damaged = q.read_every_row(shop.db)
        if damaged:
            return _limited(
                [(d,) for d in damaged],
                lambda r: _("The file is damaged: {reason}.").format(reason=r[0]),
                N_("problems"),
            ) + [_("Restore the shop file from a backup.")]
        problems = [
            ngettext(
                "{count} row of {table} refers to a missing {parent} row (first: row {first}).",
                "{count} rows of {table} refer to a missing {parent} row (first: row {first}).",
                count,
            ).format(count=count, table=table, parent=parent, first=first)
            for table, count, parent, first in q.foreign_key_problems(shop.db)
        ]
        # Numbers out of range first: the sums of the other rules could not be trusted.
        problems += _rule(shop, q.NUMBER_RANGE_SQL, *_NUMBER_SENTENCE)
        if problems:
            return problems
        with q.line_table(shop.db):
            for sql, sentence, kind in _rules():
                problems += _rule(shop, sql, sentence, kind)
    return problems


def _file_problems(shop: Shop) -> list[str]:
    if shop.path is None:
        return []
    try:
        size = shop.path.stat().st_size
    except OSError:
        return []
    problem = q.file_size_problem(shop.db, size)
    return [problem] if problem else []
