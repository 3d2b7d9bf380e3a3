"""Reports (issue 7) on a shop built row by row with known dates; expected figures by hand.

Today is 2026-11-25 (the fixed clock); 90 days before is 2026-08-27.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    SupplierInput,
)
from jitdesk.services import (
    catalog,
    customers,
    handover,
    planning,
    promises,
    receiving,
    reports,
    supplier_orders,
)
from jitdesk.services import orders as order_service
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


class Rows:
    """Direct inserts where dates must be exact."""

    def __init__(self, shop):
        self.shop = shop
        self.db = shop.db
        self.n = 0

    def ins(self, table, **row):
        return int(self.db[table].insert(row).last_pk)

    def supplier(self, name, lead=5):
        return self.ins(
            "suppliers", name=name, lead_time_days=lead, delivery_weekdays="0,1,2,3,4,5,6"
        )

    def product(self, sku, price=1000):
        return self.ins("products", sku=sku, name=f"Product {sku}", sale_price=price)

    def offer(self, product, supplier, cost, **kw):
        return self.ins("offers", product_id=product, supplier_id=supplier, unit_cost=cost, **kw)

    def customer(self, name="Ann"):
        return self.ins("customers", name=name, created_at="2026-01-01T00:00:00+00:00")

    def order(self, day, lines, status="open", promised=None, ready=None, done=None, paid=0):
        self.n += 1
        oid = self.ins(
            "customer_orders", number=f"C-{self.n:04d}", customer_id=self.customer(f"Cust {self.n}"),
            order_date=day, promised_date=promised, status=status, created_at=day, updated_at=day,
            ready_at=ready and f"{ready}T12:00:00+00:00", completed_at=done and f"{done}T12:00:00+00:00",
        )  # fmt: skip
        ids = [
            self.ins(
                "customer_order_lines",
                order_id=oid,
                line_no=i,
                product_id=p,
                quantity=q,
                original_quantity=q,
                unit_price=price,
            )  # fmt: skip
            for i, (p, q, price) in enumerate(lines, 1)
        ]
        if paid:
            self.ins("payments", order_id=oid, amount=paid, kind="deposit", paid_at=day)
        return oid, ids

    def so(self, supplier, sent, expected, lines, status="sent"):
        self.n += 1
        so_id = self.ins(
            "supplier_orders", number=f"P-{self.n:04d}", supplier_id=supplier, status=status,
            expected_date=expected, created_at="2026-01-01", updated_at="2026-01-01",
            sent_at=sent and f"{sent}T16:00:00+00:00",
        )  # fmt: skip
        return so_id, [
            self.ins(
                "supplier_order_lines",
                supplier_order_id=so_id,
                line_no=i,
                product_id=p,
                unit_cost=cost,
                quantity=q,
                offer_id=self._offer(p, supplier),
            )  # fmt: skip
            for i, (p, q, cost) in enumerate(lines, 1)
        ]

    def _offer(self, product, supplier):
        row = self.db.execute(
            "SELECT id FROM offers WHERE product_id = ? AND supplier_id = ?", [product, supplier]
        ).fetchone()
        return row[0] if row else None

    def receipt(self, so_id, day, lines):
        rid = self.ins("receipts", supplier_order_id=so_id, received_on=day, created_at=day)
        for line_id, product, qty, *cost in lines:
            self.ins("receipt_lines", receipt_id=rid, supplier_line_id=line_id, product_id=product,
                     quantity=qty, unit_cost=cost[0] if cost else None)  # fmt: skip
        return rid


@pytest.fixture
def rows(tmp_path):
    shop = create_shop(tmp_path / "r.jitdesk", "Velo", "EUR")
    shop._clock = lambda: NOW
    yield Rows(shop)
    shop.close()


def by_name(items, name):
    return next(i for i in items if i.name == name)


def test_supplier_reliability_by_hand(rows):
    acme, solo, _fresh = rows.supplier("Acme", 5), rows.supplier("Solo", 4), rows.supplier("Fresh")
    p = rows.product("P1")
    offer = rows.offer(p, acme, 1100)
    rows.ins("offer_costs", offer_id=offer, unit_cost=1000, changed_at="2026-07-01T09:00:00")
    rows.ins("offer_costs", offer_id=offer, unit_cost=1100, changed_at="2026-10-01T09:00:00")
    # Acme: late and split (lead 7, first delivery 6 of 10), on time (lead 4, 5 of 5),
    # overdue with nothing received (late), a draft (ignored).
    so1, (l1,) = rows.so(acme, "2026-11-01", "2026-11-06", [(p, 10, 1100)], "received")
    rows.receipt(so1, "2026-11-08", [(l1, p, 6, 1200)])
    rows.receipt(so1, "2026-11-10", [(l1, p, 4)])
    so2, (l2,) = rows.so(acme, "2026-11-10", "2026-11-15", [(p, 5, 1100)], "received")
    rows.receipt(so2, "2026-11-14", [(l2, p, 5)])
    rows.so(acme, "2026-11-20", "2026-11-22", [(p, 3, 1100)])
    rows.so(acme, None, None, [(p, 3, 1100)], "draft")
    # Solo: a supplier with one order, 3 of 4 on time.
    so5, (l5,) = rows.so(solo, "2026-11-01", "2026-11-05", [(p, 4, 900)], "partially received")
    rows.receipt(so5, "2026-11-05", [(l5, p, 3)])

    result = reports.supplier_reliability(rows.shop)

    a = by_name(result, "Acme")
    assert (a.sent_orders, a.delivered_orders, a.on_time, a.judged) == (3, 2, 1, 3)
    assert a.on_time_rate == pytest.approx(1 / 3)
    assert a.lead_median == 5.5  # lead times 7 and 4
    assert a.lead_p10 == pytest.approx(4.3) and a.lead_p90 == pytest.approx(6.7)
    assert a.fill_rate == pytest.approx(11 / 15)  # (6 + 5) / (10 + 5)
    assert a.price_drift == pytest.approx(0.2)  # 1200 at receiving vs 1000 on 27 Aug
    assert a.observed_lead_days is None  # only 2 deliveries
    s = by_name(result, "Solo")
    assert (s.lead_median, s.lead_p10, s.lead_p90) == (4, 4, 4)
    assert s.on_time_rate == 1 and s.fill_rate == 0.75
    f = by_name(result, "Fresh")  # no orders, no receipts yet
    assert (f.sent_orders, f.on_time_rate, f.lead_median, f.fill_rate, f.price_drift) == (
        0, None, None, None, None,
    )  # fmt: skip


def _slow_supplier(rows, deliveries):
    slow = rows.supplier("Dawdle Ltd", 5)
    p = rows.product("SLOW")
    rows.offer(p, slow, 500)
    for i, lead in enumerate(deliveries):
        sent = date(2026, 10, 1 + i)
        so, (line,) = rows.so(slow, sent.isoformat(), None, [(p, 1, 500)], "received")
        rows.receipt(so, date.fromordinal(sent.toordinal() + lead).isoformat(), [(line, p, 1)])
    return p


def test_a_reliably_slow_supplier_moves_promises_and_says_why(rows):
    p = _slow_supplier(rows, [9, 9, 10, 8, 9])  # median 9 against 5 quoted
    day = date(2026, 11, 25)  # Wednesday; buffer 1 day; closed Sundays

    assert promises.quote_promised_dates(rows.shop, [p], day)[p] == date(2026, 12, 5)
    assert promises.promise_explanations(rows.shop, [p]) == {
        p: "Dawdle Ltd usually delivers in 9 days, not the 5 quoted;"
        " the promised date uses what they really take."
    }
    rows.db.execute("UPDATE shop SET use_observed_lead_times = 0")
    assert promises.quote_promised_dates(rows.shop, [p], day)[p] == date(2026, 12, 1)
    assert promises.promise_explanations(rows.shop, [p]) == {}


def test_four_deliveries_are_not_enough_to_override_the_quote(rows):
    p = _slow_supplier(rows, [9, 9, 10, 8])
    assert promises.promise_explanations(rows.shop, [p]) == {}
    assert promises.quote_promised_dates(rows.shop, [p], date(2026, 11, 25))[p] == date(2026, 12, 1)


def test_margin_alerts_list_orders_below_ten_percent_or_negative(rows):
    sup = rows.supplier("Acme")
    p = rows.product("P1")
    rows.offer(p, sup, 950)  # cost went up to 9.50
    thin, _ = rows.order("2026-11-20", [(p, 2, 1000)], paid=500)  # 100 / 2000 = 5 %
    rows.order("2026-11-20", [(p, 1, 2000)])  # 52.5 %: fine
    neg, (neg_line,) = rows.order("2026-11-21", [(p, 1, 1000)])
    so, (sl,) = rows.so(sup, "2026-11-21", "2026-11-26", [(p, 1, 1100)])
    rows.ins("coverage", supplier_line_id=sl, customer_line_id=neg_line, quantity=1, created_at="x")
    rows.order("2026-11-01", [(p, 1, 900)], status="completed")  # not open: ignored

    alerts = reports.margin_alerts(rows.shop)

    assert [(a.order_id, a.quoted, a.cost, a.deposit) for a in alerts] == [
        (neg, 1000, 1100, 0),  # worst first: -10 %, on a supplier order at 11.00
        (thin, 2000, 1900, 500),
    ]
    assert alerts[1].margin_rate == pytest.approx(0.05) and alerts[0].products == "P1"
    assert [a.order_id for a in reports.margin_alerts(rows.shop, threshold_percent=0)] == [neg]


def test_demand_spikes(rows):
    sup = rows.supplier("Acme", 6)
    p1, p2, p3 = rows.product("P1"), rows.product("P2"), rows.product("P3")
    for p in (p1, p2, p3):
        rows.offer(p, sup, 100, min_qty=10, pack_size=5)
    rows.order("2026-10-01", [(p1, 8, 1), (p3, 32, 1)], "completed")  # in the 8 usual weeks
    rows.order("2026-09-20", [(p1, 50, 1)], "completed")  # before 23 Sep: too old
    rows.order("2026-11-20", [(p1, 6, 1), (p2, 4, 1), (p3, 10, 1)])  # this week
    rows.order("2026-11-21", [(p2, 20, 1)], status="cancelled")

    spikes = reports.demand_spikes(rows.shop)

    assert [(s.sku, s.this_week, s.usual_weekly, s.waiting_now) for s in spikes] == [
        ("P1", 6, 1.0, 6)  # 6 > 3 x 1; P2 has 4 < 5 units; P3 10 < 3 x 4
    ]
    o = spikes[0].offers[0]
    assert (o.supplier, o.lead_time_days, o.min_qty, o.pack_size) == ("Acme", 6, 10, 5)


def test_customer_waiting_times_and_orders_at_risk(rows):
    a, b = rows.supplier("Acme"), rows.supplier("Best")
    p1, p2 = rows.product("P1"), rows.product("P2")
    # ready after 4 days, picked up after 6; promised day 5: on time.
    o1, (l1,) = rows.order(
        "2026-11-01", [(p1, 1, 1)], "completed", "2026-11-06", "2026-11-05", "2026-11-07"
    )
    # ready after 10 days (late, promised day 8), still waiting for pickup.
    o2, (l2,) = rows.order("2026-11-02", [(p2, 1, 1)], "ready", "2026-11-10", "2026-11-12")
    # open and already past its promise: late, not ready; at risk, nothing ordered.
    o3, _ = rows.order("2026-11-10", [(p1, 2, 1)], "open", "2026-11-20")
    # open, promised tomorrow, covered by an order expected the day after: at risk (1 short).
    o4, (l4,) = rows.order("2026-11-20", [(p2, 1, 1)], "open", "2026-11-26")
    so, (sl,) = rows.so(b, "2026-11-20", "2026-11-27", [(p2, 1, 1)])
    rows.ins("coverage", supplier_line_id=sl, customer_line_id=l4, quantity=1, created_at="x")
    # open, promised tomorrow, covered in time: not at risk.
    o5, (l5,) = rows.order("2026-11-20", [(p2, 1, 1)], "open", "2026-11-26")
    so2, (sl2,) = rows.so(b, "2026-11-20", "2026-11-25", [(p2, 1, 1)])
    rows.ins("coverage", supplier_line_id=sl2, customer_line_id=l5, quantity=1, created_at="x")
    so3, (sl3,) = rows.so(a, "2026-11-01", "2026-11-04", [(p1, 1, 1)], "received")
    rows.ins("coverage", supplier_line_id=sl3, customer_line_id=l1, quantity=1, created_at="x")

    w = reports.customer_waiting(rows.shop)

    assert (w.overall.orders, w.overall.ready_median, w.overall.pickup_median) == (2, 7, 6)
    assert w.overall.ready_p90 == pytest.approx(9.4)  # 4 and 10
    assert (w.overall.on_time, w.overall.judged) == (1, 3)
    acme = by_name_label(w.by_supplier, "Acme")
    assert (acme.orders, acme.ready_median, acme.on_time_share) == (1, 4, 1)
    p2_row = by_name_label(w.by_product, "P2 Product P2")
    assert (p2_row.orders, p2_row.ready_median, p2_row.pickup_median) == (1, 10, None)
    assert [(r.order_id, r.days_left, r.units_short, r.not_ordered) for r in w.at_risk] == [
        (o3, -5, 2, 2),
        (o4, 1, 1, 0),
    ]
    assert reports.first_orders_at_risk(rows.shop, 1) == (w.at_risk[:1], 2)  # for a screen
    lines = reports.report_csv(rows.shop, "at-risk").splitlines()
    assert lines[0] == "order,customer,order_date,promised_date,days_left,units_short,not_ordered"
    assert [line.split(",")[3:] for line in lines[1:]] == [
        ["2026-11-20", "-5", "2", "2"],
        ["2026-11-26", "1", "1", "0"],
    ]


def by_name_label(items, label):
    return next(i for i in items if i.label == label)


def test_cash_and_waste_with_an_order_cancelled_after_a_partial_receipt(rows):
    sup = rows.supplier("Acme")
    pedal, bell = rows.product("PEDAL"), rows.product("BELL")
    rows.offer(pedal, sup, 300)
    rows.offer(bell, sup, 250)
    # Three customer orders for pedals at 10.00 each:
    rows.order("2026-11-01", [(pedal, 2, 1000)], "open", paid=400)  # deposit 4.00 held
    _, (ready_line,) = rows.order("2026-11-01", [(pedal, 3, 1000)], "ready", paid=1000)
    # ... and one for 2 pedals, 7.00 paid, cancelled after part of its supplier order came
    # in: its need dropped to 0 and its money is no longer held as a deposit.
    rows.order("2026-11-02", [(pedal, 0, 1000)], "cancelled", paid=700)
    # The supplier order for all 5 pedals at 3.00: 4 arrived on 5 Nov, 1 is still to come.
    so, (so_line,) = rows.so(
        sup, "2026-11-02", "2026-11-09", [(pedal, 5, 300)], "partially received"
    )
    receipt = rows.receipt(so, "2026-11-05", [(so_line, pedal, 4)])
    rows.ins("allocations", customer_line_id=ready_line, product_id=pedal, quantity=3,
             receipt_id=receipt, created_at="2026-11-05")  # fmt: skip
    # Bells: 3 received in August, 2 written off in October and 1 in November.
    old, (bell_line,) = rows.so(sup, "2026-07-25", "2026-08-01", [(bell, 3, 250)], "received")
    rows.receipt(old, "2026-08-01", [(bell_line, bell, 3)])
    rows.ins("write_offs", product_id=bell, quantity=2, unit_cost=250, reason="damaged",
             written_at="2026-10-03T10:00:00")  # fmt: skip
    rows.ins("write_offs", product_id=bell, quantity=1, unit_cost=250, reason="lost",
             written_at="2026-11-03T10:00:00")  # fmt: skip

    cash = reports.cash_and_waste(rows.shop)

    assert cash.deposits_held == 400 + 1000  # the cancelled order's 7.00 is not held
    assert cash.committed_to_suppliers == 1 * 300  # the pedal still to come
    assert (cash.balance_due_ready, cash.ready_orders) == (3 * 1000 - 1000, 1)
    # 4 pedals in, 3 for the ready order: the cancelled order's pedal is surplus since
    # 5 Nov (20 days); no bell is left.
    assert cash.surplus_value == 300
    ages = {label: (units, value) for label, units, value in cash.surplus_ages}
    assert ages["0-30 days"] == (1, 300) and ages["91-180 days"] == (0, 0)
    assert cash.write_offs == (("2026-10", 2, 500), ("2026-11", 1, 250))


def test_committed_money_and_surplus_age(rows):
    sup = rows.supplier("Acme")
    p = rows.product("P1")
    rows.offer(p, sup, 300)
    so, (sl,) = rows.so(sup, "2026-11-02", "2026-11-09", [(p, 5, 300)], "partially received")
    rows.receipt(so, "2026-08-01", [(sl, p, 2)])  # 2 in (surplus, 116 days), 3 x 3.00 to come
    rows.so(sup, None, None, [(p, 9, 300)], "draft")  # drafts commit nothing

    cash = reports.cash_and_waste(rows.shop)

    assert cash.committed_to_suppliers == 900
    assert cash.surplus_value == 600
    assert dict((label, (u, v)) for label, u, v in cash.surplus_ages)["91-180 days"] == (2, 600)
    assert cash.write_offs == ()


def test_csv_is_formula_safe_and_kinds_are_checked(rows):
    rows.supplier("=HYPERLINK(1)")
    text = reports.report_csv(rows.shop, "suppliers")
    assert text.splitlines()[0].startswith("supplier,quoted_lead_days")
    assert "'=HYPERLINK(1)" in text
    for kind in reports.KINDS:
        assert reports.report_csv(rows.shop, kind).count("\n") >= 1
    with pytest.raises(Exception, match="Unknown report"):
        reports.report_csv(rows.shop, "nope")


def test_reliability_and_waiting_of_a_shop_run_through_the_services(tmp_path):
    """Two orders placed, planned, sent, received in two deliveries and one handed over,
    with the clock moved between the steps."""
    now = [datetime(2026, 11, 2, 10, tzinfo=UTC)]  # Monday
    create_shop(tmp_path / "run.jitdesk", "Velo", "EUR").close()
    shop = Shop.open(tmp_path / "run.jitdesk", clock=lambda: now[0])
    acme = catalog.add_supplier(shop, SupplierInput("Acme", lead_time_days=3))
    pedal = catalog.add_product(shop, ProductInput("P1", "Pedal", 1000))
    catalog.set_offer(shop, OfferInput(pedal, acme, 400))
    ann = customers.add_customer(shop, CustomerInput("Ann"))
    a = order_service.create_order(shop, OrderInput(ann, [OrderLineInput(pedal, 2)]))
    b = order_service.create_order(shop, OrderInput(ann, [OrderLineInput(pedal, 1)]))
    # 3 days' lead (Thu 5 Nov) and a day's buffer: both promised for Fri 6 Nov.
    assert a.promised_date == b.promised_date == date(2026, 11, 6)
    so_id = planning.commit_plan(shop).created[0][0]
    supplier_orders.mark_sent(shop, so_id)  # sent Mon 2 Nov, expected Thu 5 Nov
    (line,) = [r[0] for r in shop.db.execute("SELECT id FROM supplier_order_lines")]

    now[0] = datetime(2026, 11, 5, 15, tzinfo=UTC)  # 2 of 3 pedals: A is ready (day 3)
    receiving.record_receipt(shop, so_id, {line: 2})
    now[0] = datetime(2026, 11, 7, 11, tzinfo=UTC)  # A picked up (day 5)
    handover.hand_over(shop, a.order_id, payment=2000)
    now[0] = datetime(2026, 11, 9, 9, tzinfo=UTC)  # the last pedal, dearer: B ready (day 7)
    receiving.record_receipt(shop, so_id, {line: 1}, unit_costs={line: 450})
    now[0] = datetime(2026, 11, 25, 10, tzinfo=UTC)

    (acme_row,) = reports.supplier_reliability(shop)
    assert (acme_row.sent_orders, acme_row.delivered_orders) == (1, 1)
    assert acme_row.lead_median == 3  # sent 2 Nov, first delivery 5 Nov
    assert acme_row.on_time_rate == 1  # 5 Nov, as expected
    assert acme_row.fill_rate == pytest.approx(2 / 3)  # 2 of 3 on the first delivery
    assert acme_row.price_drift == pytest.approx(450 / 400 - 1)

    w = reports.customer_waiting(shop)
    for row in (w.overall, *w.by_supplier, *w.by_product):
        assert row.orders == 2
        assert (row.ready_median, row.ready_p90) == (5, pytest.approx(3 + 0.9 * 4))  # 3 and 7
        assert (row.pickup_median, row.pickup_p90) == (5, 5)  # only A was picked up
        assert (row.on_time, row.judged) == (1, 2)  # A by 6 Nov, B on 9 Nov: late
    assert [r.label for r in w.by_supplier] == ["Acme"]
    assert [r.label for r in w.by_product] == ["P1 Pedal"]
    assert w.at_risk == []
    shop.close()


def test_customer_waiting_is_waiting_times_plus_orders_at_risk(tmp_path):
    from jitdesk.demo import write_demo_shop
    from jitdesk.domain.clock import fixed_clock

    clock = fixed_clock(date(2026, 11, 25))
    write_demo_shop(tmp_path / "demo.jitdesk", orders=300, seed=3, clock=clock)
    shop = Shop.open(tmp_path / "demo.jitdesk", clock=clock)
    whole = reports.customer_waiting(shop)
    times = reports.waiting_times(shop)
    assert times.at_risk == []
    assert (times.overall, times.by_supplier, times.by_product) == (
        whole.overall,
        whole.by_supplier,
        whole.by_product,
    )
    assert whole.at_risk and whole.overall.orders  # the demo has both, so this compares
    assert reports.orders_at_risk(shop) == whole.at_risk
    assert reports.all_reports(shop).waiting == whole  # read side by side, same figures
    shop.close()
