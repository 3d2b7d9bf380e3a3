"""`jitdesk check`: is this shop file sound, and do its numbers obey the rules of DESIGN §2?

Returns plain sentences naming the orders at fault; an empty list means all is well. Nothing is
written. Every rule is one set-based query (store/check.py), so a 100,000-order shop takes
seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from jitdesk.domain.money import MAX_AMOUNT, format_money
from jitdesk.domain.numbering import format_number
from jitdesk.services.shop import Shop
from jitdesk.store import check as q

MAX_PER_RULE = 25


def _limited(found: list[tuple], sentence: Callable[[tuple], str], kind: str) -> list[str]:
    problems = [sentence(row) for row in found[:MAX_PER_RULE]]
    if len(found) > MAX_PER_RULE:
        problems.append(f"... and {len(found) - MAX_PER_RULE} more {kind} like these.")
    return problems


def _rule(
    shop: Shop, sql: str, sentence: Callable[[tuple], str], kind: str = "problems"
) -> list[str]:
    found = q.rows(shop.db, sql)
    if found and found[0][0] == "error" and len(found[0]) == 2:
        return [f"A check could not run because the file is damaged: {found[0][1]}."]
    return _limited(found, sentence, kind)


_NUMBER_SENTENCE: tuple[Callable[[tuple], str], str] = (
    lambda r: (
        f"A {r[0]} (row {r[1]}) has the {r[2]} {r[3]}, which is not a whole number "
        f"from {r[4]} to {r[5]}."
    ),
    "values",
)


def _rules() -> Iterable[tuple[str, Callable[[tuple], str], str]]:
    yield (
        q.ORDER_TOTAL_SQL,
        lambda r: (
            f"Order {r[0]} totals more than {format_money(MAX_AMOUNT)}, the most an amount can be."
        ),
        "orders",
    )
    yield (
        q.LINE_BALANCE_SQL,
        lambda r: (
            f"Order {r[0]} line {r[1]} ({r[2]}) needs {r[3]} but has {r[4]} handed over, "
            f"{r[5]} in the shop and {r[6]} on order."
        ),
        "lines",
    )
    yield (
        q.ORDER_STATUS_SQL,
        lambda r: f"Order {r[0]} is {r[1]} but {r[2]}.",
        "orders",
    )
    yield (
        q.SURPLUS_SQL,
        lambda r: (
            f"Product {r[0]} has {r[2]} unit(s) allocated and {r[3]} written off but only "
            f"{r[1]} received."
        ),
        "products",
    )
    yield (
        q.RECEIPT_ALLOCATION_SQL,
        lambda r: (
            f"The delivery for supplier order {r[0]} brought {r[3]} of {r[1]} but {r[2]} "
            "were allocated from it."
        ),
        "deliveries",
    )
    yield (
        q.ALLOCATION_LINKS_SQL,
        lambda r: f"An allocation on order {r[0]} line {r[1]} ({r[2]}) {r[3]}.",
        "allocations",
    )
    yield (
        q.COVERAGE_FULFILLED_SQL,
        lambda r: (
            f"Order {r[0]} line {r[1]} has {r[4]} unit(s) allocated through supplier order "
            f"{r[2]}, which was to bring only {r[3]} for it."
        ),
        "lines",
    )
    yield (
        q.COVERAGE_SQL,
        lambda r: (
            f"Supplier order {r[0]} line {r[1]} ({r[2]}) orders {r[3]} but customers count on "
            f"{r[4]} from it."
        ),
        "lines",
    )
    yield (
        q.COVERAGE_PRODUCT_SQL,
        lambda r: (
            f"Supplier order {r[0]} line {r[1]} is meant for order {r[2]} line {r[3]}, "
            "which is for another product."
        ),
        "lines",
    )
    yield (
        q.HANDED_SQL,
        lambda r: (
            f"Order {r[0]} line {r[1]} has {r[2]} unit(s) handed over but only {r[3]} "
            "ever allocated."
        ),
        "lines",
    )
    yield (
        q.HANDOVER_ORDER_SQL,
        lambda r: f"Order {r[0]} line {r[1]} was handed over as part of order {r[2]}.",
        "lines",
    )
    yield (
        q.CANCELLED_SO_COVERAGE_SQL,
        lambda r: (
            f"Supplier order {r[0]} still brings units for {r[1]} line(s) of cancelled orders."
        ),
        "supplier orders",
    )
    yield (
        q.SUPPLIER_STATUS_SQL,
        lambda r: f"Supplier order {r[0]} is {r[1]} but {r[2]}.",
        "supplier orders",
    )
    yield (
        q.NUMBERS_SQL,
        lambda r: f"The {r[0]} number \u201c{r[1]}\u201d is not of the form X-YYYY-NNNN.",
        "numbers",
    )
    yield (
        q.DUPLICATE_NUMBERS_SQL,
        lambda r: f"The {r[0]} number {r[1]} is used {r[2]} times.",
        "numbers",
    )
    yield (
        q.COUNTERS_SQL,
        lambda r: (
            f"The number counter for {r[0]}-{r[1]} stands at {r[3]} but "
            f"{format_number(r[0], r[1], r[2])} exists, so the next new number would clash."
        ),
        "counters",
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
                lambda r: f"The file is damaged: {r[0]}.",
                "problems",
            ) + ["Restore the shop file from a backup."]
        problems = [
            f"{count} row(s) of {table} refer to a missing {parent} row (first: row {first})."
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
