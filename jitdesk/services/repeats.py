"""Repeat orders: make a customer order repeat, create the orders that are due, pause, resume
and stop.

`run_repeats` is what the app's periodic tick and `jitdesk repeats` call. It works in one
`BEGIN IMMEDIATE` transaction, so two processes running it at once take turns and the second
finds nothing left to do; the store refuses a second order for the same due date besides.
Each order is logged through `services.orders.create_order`, so it gets its promised date
(and any free surplus) exactly as an order taken at the counter does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jitdesk.domain import repeats as rules
from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.domain.repeats import RepeatRule, RepeatState, Unit
from jitdesk.domain.statuses import CustomerOrderStatus
from jitdesk.services.orders import create_order
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import orders as oq
from jitdesk.store import repeats as q
from jitdesk.store.engine import Handle
from jitdesk.store.repeats import RepeatRow

REPEAT_CHANNEL = "repeat"


@dataclass(frozen=True, slots=True)
class RepeatInput:
    """What the owner chooses when making an order repeat: every `every` `unit`s, until a
    date or for `count` orders in all (or neither: until stopped), each order created
    `lead_days` before it is due."""

    every: int
    unit: str
    until: date | None = None
    count: int | None = None
    lead_days: int = rules.DEFAULT_LEAD_DAYS


@dataclass(frozen=True, slots=True)
class RepeatView:
    """A repeat as screens show it."""

    id: int
    customer_id: int
    source_order_id: int
    source_number: str
    rule: RepeatRule
    state: RepeatState
    next_due: date | None  # None: every order of it has been made
    orders_made: int
    last_order_id: int | None

    @property
    def ended(self) -> bool:
        return self.state is RepeatState.STOPPED or self.next_due is None

    @property
    def interval(self) -> str:
        return rules.interval_text(self.rule.every, self.rule.unit)


@dataclass(frozen=True, slots=True)
class RepeatOrder:
    """An order a repeat created."""

    repeat_id: int
    order_id: int
    number: str
    due: date
    promised_date: date | None
    source_number: str


@dataclass
class RepeatRun:
    created: list[RepeatOrder] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def run_text(run: RepeatRun) -> str:
    """What a run did, for the command line: one line per order made and per problem."""
    if not run.created and not run.problems:
        return _("No repeat order is due.")
    lines = [
        ngettext(
            "{n} order created from repeats:", "{n} orders created from repeats:", len(run.created)
        ).format(n=len(run.created))
    ]
    lines += [
        _("{number} (repeat of {source}, due {due}, promised {promised})").format(
            number=o.number,
            source=o.source_number,
            due=o.due.isoformat(),
            promised=o.promised_date.isoformat() if o.promised_date else "—",
        )
        for o in run.created
    ]
    return "\n".join(lines + run.problems)


def _rule(row: RepeatRow) -> RepeatRule:
    return RepeatRule(
        start=date.fromisoformat(row.start_date),
        every=row.every,
        unit=Unit(row.unit),
        until=date.fromisoformat(row.until_date) if row.until_date else None,
        count=row.max_orders,
        lead_days=row.lead_days,
    )


def _view(row: RepeatRow) -> RepeatView:
    rule = _rule(row)
    return RepeatView(
        row.id,
        row.customer_id,
        row.source_order_id,
        row.source_number,
        rule,
        RepeatState(row.state),
        rule.next_due(row.next_index),
        row.orders_made,
        row.last_order_id,
    )


def default_lead_days(shop: Shop, order_id: int) -> int:
    """How long before its due date each next order is best created: as long as the order
    took from being logged to its promised date (a week when it has none)."""
    order = oq.order_header(shop.db, order_id)
    if order is None or not order.promised_date:
        return rules.DEFAULT_LEAD_DAYS
    days = (date.fromisoformat(order.promised_date) - date.fromisoformat(order.order_date)).days
    return min(max(days, 0), rules.MAX_AT_ONCE_DAYS)


def make_repeat(shop: Shop, order_id: int, data: RepeatInput) -> Changes:
    """Make the order repeat. Its promised date (else its order date) is when the first order
    is due; the ones after it follow the interval. Orders already due are created at once."""
    with shop.transaction() as db:
        order = oq.order_header(db, order_id)
        if order is None:
            raise NotFoundError(_("The customer order does not exist (any more)."))
        if order.status == CustomerOrderStatus.CANCELLED:
            raise DomainError(
                _("Order {number} is cancelled; repeat an order that still stands.").format(
                    number=order.number
                )
            )
        existing = q.repeat_of_order(db, order_id)
        if existing is not None:
            raise DomainError(
                _("Order {number} already belongs to the repeat of {source}.").format(
                    number=order.number, source=existing.source_number
                )
            )
        start = date.fromisoformat(order.promised_date or order.order_date)
        rule = rules.check_rule(
            RepeatRule(
                start,
                data.every,
                rules.parse_unit(data.unit),
                data.until,
                data.count,
                data.lead_days,
            ),
            shop.today(),
        )
        now = shop.now_iso()
        repeat_id = q.insert_repeat(
            db,
            {
                "customer_id": order.customer_id,
                "source_order_id": order_id,
                "every": rule.every,
                "unit": str(rule.unit),
                "start_date": start.isoformat(),
                "until_date": rule.until.isoformat() if rule.until else None,
                "max_orders": rule.count,
                "lead_days": rule.lead_days,
                "at": now,
            },
        )
        q.add_order(db, repeat_id, start.isoformat(), order_id)
        shop.event(
            "customer_order",
            order_id,
            "repeat",
            # Event summaries are stored in English, as every other event's.
            f"Repeats every {rule.every} {rule.unit.value}" + ("s" if rule.every != 1 else ""),
            repeat_id=repeat_id,
            every=rule.every,
            unit=rule.unit.value,
        )
        run = RepeatRun(changes=Changes(customer_orders={order_id}, customers={order.customer_id}))
        _create_due(shop, _require(db, repeat_id), run)
        _raise_problems(run)  # nothing is kept when its first order cannot be made
    return run.changes


def run_repeats(shop: Shop) -> RepeatRun:
    """Create every order of an active repeat whose creation day (due date less lead time) has
    come, once per due date. A repeat whose order cannot be made (a product lost its offer)
    is reported and tried again next time; the others go on."""
    run = RepeatRun()
    with shop.transaction() as db:
        for row in q.active_repeats(db):
            _create_due(shop, row, run)
    return run


def _create_due(shop: Shop, row: RepeatRow, run: RepeatRun) -> None:
    rule = _rule(row)
    db = shop.db
    for index, due in rule.due_by(row.next_index, shop.today()):
        if not q.has_order_due(db, row.id, due.isoformat()):
            try:
                with shop.transaction():
                    run.created.append(_create_one(shop, row, due))
            except DomainError as exc:
                run.problems.append(
                    _(
                        "The repeat of {number} could not create its order due {due}: {reason}"
                    ).format(number=row.source_number, due=due.isoformat(), reason=exc)
                )
                return
        q.update_repeat(db, row.id, {"next_index": index + 1, "updated_at": shop.now_iso()})
        run.changes.customers.add(row.customer_id)
    run.changes.customer_orders.update(o.order_id for o in run.created)


def _create_one(shop: Shop, row: RepeatRow, due: date) -> RepeatOrder:
    source = oq.order_lines(shop.db, row.source_order_id)
    live = [line for line in source if line.quantity > 0]
    # A source order reduced to nothing (cancelled) still says what the customer wanted.
    lines = [
        OrderLineInput(
            line.product_id, line.quantity if live else line.original_quantity, line.unit_price
        )
        for line in (live or source)
    ]
    header = oq.order_header(shop.db, row.source_order_id)
    created = create_order(
        shop,
        OrderInput(
            customer_id=row.customer_id,
            lines=lines,
            notes=header.notes if header else "",
            channel=REPEAT_CHANNEL,
            external_ref=f"{row.id}:{due.isoformat()}",
            order_date=shop.today(),
        ),
    )
    q.add_order(shop.db, row.id, due.isoformat(), created.order_id)
    shop.event(
        "customer_order",
        created.order_id,
        "repeat",
        f"Created by the repeat of {row.source_number} (due {due.isoformat()})",
        repeat_id=row.id,
        due=due.isoformat(),
        source=row.source_number,
    )
    return RepeatOrder(
        row.id, created.order_id, created.number, due, created.promised_date, row.source_number
    )


def _raise_problems(run: RepeatRun) -> None:
    if run.problems:
        raise DomainError(run.problems[0])


def _require(db: Handle, repeat_id: int) -> RepeatRow:
    row = q.repeat_by_id(db, repeat_id)
    if row is None:
        raise NotFoundError(_("The repeat does not exist (any more)."))
    return row


def pause_repeat(shop: Shop, repeat_id: int) -> Changes:
    """No more orders until it is resumed."""
    return _set_state(shop, repeat_id, RepeatState.PAUSED)


def stop_repeat(shop: Shop, repeat_id: int) -> Changes:
    """No more orders, for good (the orders it made stay as they are)."""
    return _set_state(shop, repeat_id, RepeatState.STOPPED)


def resume_repeat(shop: Shop, repeat_id: int) -> Changes:
    """Orders again: those that fell due while it was paused are skipped, not made late; the
    next ones due are created at once if their creation day has come."""
    return _set_state(shop, repeat_id, RepeatState.ACTIVE)


# The state a repeat can be put in, from the states it may be in.
_ALLOWED_FROM = {
    RepeatState.ACTIVE: {RepeatState.PAUSED},
    RepeatState.PAUSED: {RepeatState.ACTIVE},
    RepeatState.STOPPED: {RepeatState.ACTIVE, RepeatState.PAUSED},
}


def _set_state(shop: Shop, repeat_id: int, state: RepeatState) -> Changes:
    with shop.transaction() as db:
        row = _require(db, repeat_id)
        current = RepeatState(row.state)
        if current not in _ALLOWED_FROM[state]:
            raise DomainError(_state_refusal(row.source_number, current))
        values: dict[str, object] = {"state": state.value, "updated_at": shop.now_iso()}
        if state is RepeatState.ACTIVE:
            skip_to = _rule(row).first_on_or_after(shop.today())
            values["next_index"] = max(row.next_index, skip_to, 1)
        q.update_repeat(db, repeat_id, values)
        shop.event(
            "customer_order",
            row.source_order_id,
            "repeat_" + state.value,
            {
                RepeatState.ACTIVE: "Repeat resumed",
                RepeatState.PAUSED: "Repeat paused",
                RepeatState.STOPPED: "Repeat stopped",
            }[state],
            repeat_id=repeat_id,
        )
        run = RepeatRun(
            changes=Changes(customer_orders={row.source_order_id}, customers={row.customer_id})
        )
        if state is RepeatState.ACTIVE:
            _create_due(shop, _require(db, repeat_id), run)
        _raise_problems(run)  # nothing is kept when its first order cannot be made
    return run.changes


def _state_refusal(number: str, current: RepeatState) -> str:
    if current is RepeatState.STOPPED:
        return _("The repeat of {number} was stopped; make a new repeat instead.").format(
            number=number
        )
    if current is RepeatState.PAUSED:
        return _("The repeat of {number} is already paused.").format(number=number)
    return _("The repeat of {number} is already running.").format(number=number)


def repeat_of_order(shop: Shop, order_id: int) -> RepeatView | None:
    """The repeat the order belongs to (made from it or created by it), if any."""
    row = q.repeat_of_order(shop.db, order_id)
    return _view(row) if row else None


def customer_repeats(shop: Shop, customer_id: int) -> list[RepeatView]:
    return [_view(row) for row in q.customer_repeats(shop.db, customer_id)]


def order_repeats(shop: Shop, customer_id: int) -> dict[int, RepeatView]:
    """{order id: its repeat} for the customer's orders that belong to one."""
    return {oid: _view(row) for oid, row in q.order_repeats(shop.db, customer_id).items()}
