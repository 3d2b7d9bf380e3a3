"""Several desks on one server shop, each a process of its own: orders logged at the same time
get numbers that never repeat and none is lost; two desks planning at once order the waiting
demand once; one desk's change reaches the other's open shop; a server shop is backed up into
a shop file that holds what the server holds."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.domain.errors import ShopFileError  # noqa: E402
from jitdesk.domain.models import CustomerInput, ProductInput  # noqa: E402
from jitdesk.services import backup, catalog, customers, settings  # noqa: E402
from jitdesk.services.check import check_shop  # noqa: E402
from jitdesk.services.shop import Changes, Shop  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402
from tests.desk_processes import run_together  # noqa: E402
from tests.services.jit_fixtures import build_world  # noqa: E402

pytestmark = pytest.mark.spawns

ORDERS_PER_DESK = 25

# One desk: waits for the start signal (a file), then logs its orders one action each, as the
# counter does, and prints their numbers; or commits a plan and prints how many lines it made.
DESK = """
import json, sys, time
from pathlib import Path
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders, planning
from jitdesk.services.shop import Shop

address, go, what = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
count = json.loads(sys.argv[4])
shop = Shop.open(address, actor="desk")
if what == "reduce":  # the impact as this desk's preview showed it before anyone acted
    from jitdesk.services import changes
    line_id, new_quantity = count
    preview = changes.preview_reduce(shop, line_id, new_quantity)
while not go.exists():
    time.sleep(0.005)
if what in ("receive", "reduce"):
    from jitdesk.domain.errors import JitdeskError
    try:
        if what == "receive":
            from jitdesk.services import receiving
            supplier_order_id, line_id, units = count
            receiving.record_receipt(shop, supplier_order_id, {line_id: units})
        else:
            changes.apply_reduce(shop, line_id, new_quantity, expected=preview)
        print("done", flush=True)
    except JitdeskError as exc:
        print("refused:", exc, flush=True)
elif what == "hand over":
    from jitdesk.domain.errors import JitdeskError
    from jitdesk.services import handover
    try:
        handover.hand_over(shop, count)
        print("handed", flush=True)
    except JitdeskError as exc:
        print("refused:", exc, flush=True)
elif what == "orders":
    for i in range(count):
        (made,) = orders.create_orders(
            shop, [OrderInput(customer_id=1 + i % 2, lines=[OrderLineInput(1 + i % 4, 1 + i % 3)])]
        )
        print(made.number, flush=True)
else:
    result = planning.commit_plan(shop)
    print(sum(len(o.lines) for o in result.plan.orders), flush=True)
shop.close()
"""


@pytest.fixture
def address(pg, pg_db) -> str:
    url = pg.url(pg_db)
    shop = settings.create_shop(url, "Velo Ltd", "EUR")
    build_world(shop)
    shop.close()
    return url


def run_desks(
    address: str,
    tmp_path: Path,
    what: str,
    desks: int = 2,
    count: object = ORDERS_PER_DESK,
    each: list[object] | None = None,
) -> list[list[str]]:
    """Start `desks` processes (one per item of `each`, given to that desk in place of
    `count`), let them go at the same moment, return what each printed."""
    go = tmp_path / f"go-{what}"
    given = each if each is not None else [count] * desks
    argvs = [[address, str(go), what, json.dumps(payload)] for payload in given]
    printed = run_together(DESK, argvs, go, settle_s=1.5, timeout_s=120)
    lines = what in ("hand over", "receive", "reduce")
    return [out.splitlines() if lines else out.split() for out in printed]


def test_orders_logged_at_two_desks_at_once_all_get_numbers_of_their_own(address, tmp_path):
    printed = run_desks(address, tmp_path, "orders")
    numbers = [n for desk in printed for n in desk]
    assert len(numbers) == 2 * ORDERS_PER_DESK
    assert len(set(numbers)) == len(numbers), "a number was given twice"
    shop = Shop.open(address)
    try:
        stored = [r[0] for r in shop.db.execute("SELECT number FROM customer_orders")]
        assert sorted(stored) == sorted(numbers)
        serials = sorted(int(n.rsplit("-", 1)[1]) for n in stored)
        assert serials == list(range(1, 2 * ORDERS_PER_DESK + 1)), "numbers skip or repeat"
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_two_desks_planning_at_once_order_the_waiting_demand_once(address, tmp_path):
    run_desks(address, tmp_path, "orders")
    planned = run_desks(address, tmp_path, "plan")
    lines = sorted(int(desk[0]) for desk in planned)
    assert lines[0] == 0 and lines[1] > 0, "exactly one desk found anything left to order"
    shop = Shop.open(address)
    try:
        waiting, ordered = shop.db.execute(
            "SELECT (SELECT SUM(quantity) FROM customer_order_lines),"
            " (SELECT SUM(quantity) FROM coverage)"
        ).fetchone()
        assert ordered == waiting, "every waiting unit is on a supplier order exactly once"
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_two_desks_handing_over_one_order_at_once_hand_it_over_once(address, tmp_path):
    from jitdesk.domain.models import OrderInput, OrderLineInput
    from jitdesk.services import orders, planning, receiving, supplier_orders

    shop = Shop.open(address)
    try:
        order = orders.create_orders(shop, [OrderInput(1, [OrderLineInput(1, 3)])])[0]
        ((made, _number),) = planning.commit_plan(shop).created
        supplier_orders.mark_sent(shop, made, allow_below_minimum=True)
        lines = supplier_orders.supplier_order_detail(shop, made).lines
        receiving.record_receipt(shop, made, {line.id: line.quantity for line in lines})
    finally:
        shop.close()
    printed = run_desks(address, tmp_path, "hand over", count=order.order_id)
    outcomes = sorted(desk[0].split(":")[0] for desk in printed)
    assert outcomes == ["handed", "refused"], printed
    shop = Shop.open(address)
    try:
        handed = shop.db.execute("SELECT SUM(quantity) FROM handover_lines").fetchone()[0]
        assert handed == 3, "the goods were handed over exactly once"
        assert check_shop(shop) == []
    finally:
        shop.close()


def _sent_order_for(shop: Shop, wanted: list[tuple[int, int]]) -> tuple[list[int], int, int]:
    """Orders of [(customer, units of the chain)] planned and sent: (their line ids, the
    supplier order, its one line)."""
    from jitdesk.domain.models import OrderInput, OrderLineInput
    from jitdesk.services import orders, planning, supplier_orders

    made = orders.create_orders(
        shop, [OrderInput(customer, [OrderLineInput(1, units)]) for customer, units in wanted]
    )
    lines = [
        shop.db.execute(
            "SELECT id FROM customer_order_lines WHERE order_id = ?", [order.order_id]
        ).fetchone()[0]
        for order in made
    ]
    ((supplier_order, _number),) = planning.commit_plan(shop).created
    supplier_orders.mark_sent(shop, supplier_order, allow_below_minimum=True)
    (line,) = supplier_orders.supplier_order_detail(shop, supplier_order).lines
    return lines, supplier_order, line.id


def test_two_desks_receiving_parts_of_one_delivery_at_once_give_each_unit_once(address, tmp_path):
    shop = Shop.open(address)
    try:
        lines, supplier_order, line = _sent_order_for(shop, [(1, 2), (2, 1)])
    finally:
        shop.close()
    printed = run_desks(
        address, tmp_path, "receive", each=[[supplier_order, line, 2], [supplier_order, line, 1]]
    )
    assert [desk[0] for desk in printed] == ["done", "done"], printed
    shop = Shop.open(address)
    try:
        allocated = dict(
            shop.db.execute(
                "SELECT customer_line_id, SUM(quantity) FROM allocations GROUP BY customer_line_id"
            ).fetchall()
        )
        assert allocated == {lines[0]: 2, lines[1]: 1}, "each customer got their units once"
        statuses = shop.db.execute("SELECT DISTINCT status FROM customer_orders").fetchall()
        assert statuses == [("ready",)]
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_two_desks_reducing_one_line_at_once_apply_one_reduction_the_other_is_told(
    address, tmp_path
):
    shop = Shop.open(address)
    try:
        (line,), _supplier_order, _line = _sent_order_for(shop, [(1, 4)])
    finally:
        shop.close()
    printed = run_desks(address, tmp_path, "reduce", each=[[line, 2], [line, 3]])
    outcomes = sorted(desk[0].split(":")[0] for desk in printed)
    assert outcomes == ["done", "refused"], printed
    refused = next(desk[0] for desk in printed if desk[0].startswith("refused"))
    # the later desk sees the line as the first left it: its preview no longer holds, or its
    # number is no longer a reduction; either way one sentence and nothing written
    assert "changed since the preview" in refused or "a reduction must go below" in refused
    shop = Shop.open(address)
    try:
        (quantity,) = shop.db.execute(
            "SELECT quantity FROM customer_order_lines WHERE id = ?", [line]
        ).fetchone()
        reduced = shop.db.execute(
            "SELECT COUNT(*) FROM events WHERE action = 'reduced'"
        ).fetchone()[0]
        assert quantity in (2, 3) and reduced == 1, "one reduction, recorded once"
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_a_change_at_one_desk_reaches_the_other_desks_open_shop(address):
    here, there = Shop.open(address), Shop.open(address)
    heard_here, heard_there = threading.Event(), threading.Event()
    try:
        assert here.listen_for_changes(heard_here.set) is not None
        assert there.listen_for_changes(heard_there.set) is not None
        customers.add_customer(there, CustomerInput(name="Grace Hopper"))
        assert heard_here.wait(5), "the other desk's change was not heard"
        assert not heard_there.wait(0.5), "a desk was told of its own change"
        assert Changes.from_other_desk().everything
    finally:
        here.close()
        there.close()


def test_a_failed_action_is_not_announced(address):
    here, there = Shop.open(address), Shop.open(address)
    heard = threading.Event()
    try:
        here.listen_for_changes(heard.set)
        with pytest.raises(Exception, match="already"):
            catalog.add_product(there, ProductInput(sku="CH-1", name="Second chain"))
        assert not heard.wait(0.7), "a rolled-back action was announced"
    finally:
        here.close()
        there.close()


def test_an_action_that_wrote_nothing_is_not_announced(address):
    """A desk's timer (repeat orders, say) that finds nothing to do must not make every other
    desk reload its page."""
    from jitdesk.services import repeats

    here, there = Shop.open(address), Shop.open(address)
    heard = threading.Event()
    try:
        here.listen_for_changes(heard.set)
        repeats.run_repeats(there)
        with there.transaction() as db:
            db.execute("SELECT COUNT(*) FROM customers").fetchone()
        assert not heard.wait(0.7), "a desk was told of a change nobody made"
        customers.add_customer(there, CustomerInput(name="Ada Lovelace"))
        assert heard.wait(5), "a real change is still heard"
    finally:
        here.close()
        there.close()


def test_a_server_shop_is_backed_up_into_a_shop_file_that_holds_it(address, tmp_path):
    shop = Shop.open(address)
    try:
        customers.add_customer(shop, CustomerInput(name="Zoë Ørsted \u0416"))
        with pytest.raises(ShopFileError, match="choose the file or folder"):
            backup.make_backup(shop)
        saved = backup.back_up_server_shop(shop, tmp_path)
        names = sorted(r[0] for r in shop.db.execute("SELECT name FROM customers"))
    finally:
        shop.close()
    assert saved.parent == tmp_path and saved.name.startswith(address.rsplit("/", 1)[1])
    copy = Shop.open(saved)
    try:
        assert sorted(r[0] for r in copy.db.execute("SELECT name FROM customers")) == names
        assert check_shop(copy) == []
    finally:
        copy.close()


def _backend(shop: Shop) -> int:
    return shop.db.execute("SELECT pg_backend_pid()").fetchone()[0]


def _drop_connection(address: str, backend: int) -> None:
    """The server ends the desk's connection, as a restart or a network cut would."""
    with psycopg.connect(address, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [backend])


def test_a_connection_lost_during_an_action_is_one_sentence_and_nothing_is_half_written(
    address,
):
    shop = Shop.open(address)
    try:
        before = shop.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]

        def server_goes_away(conn) -> None:  # just before the commit
            _drop_connection(address, conn.info.backend_pid)

        shop.store.before_commit.append(server_goes_away)
        with pytest.raises(ServerShopError) as lost:
            customers.add_customer(shop, CustomerInput(name="Ada Lovelace"))
        shop.store.before_commit.remove(server_goes_away)
        sentence = str(lost.value)
        assert sentence.startswith("The connection to the shop's server")
        assert "was lost and this change was not saved" in sentence and "\n" not in sentence
        customers.add_customer(shop, CustomerInput(name="Ada Lovelace"))  # connects again
        names = [r[0] for r in shop.db.execute("SELECT name FROM customers")]
        assert len(names) == before + 1 and names.count("Ada Lovelace") == 1
    finally:
        shop.close()


def test_a_connection_lost_between_actions_is_made_again_before_the_next(address):
    shop = Shop.open(address)
    try:
        backend = _backend(shop)
        _drop_connection(address, backend)
        customers.add_customer(shop, CustomerInput(name="Grace Hopper"))
        assert _backend(shop) != backend
        names = [r[0] for r in shop.db.execute("SELECT name FROM customers")]
        assert names.count("Grace Hopper") == 1
    finally:
        shop.close()


def test_a_read_after_the_connection_was_dropped_is_made_again_and_counts_stay_numbers(address):
    shop = Shop.open(address)
    try:
        backend = _backend(shop)
        _drop_connection(address, backend)
        total = shop.db.execute("SELECT SUM(id) FROM customers").fetchone()[0]
        assert isinstance(total, int), "a sum is an integer on a new connection as well"
        assert _backend(shop) != backend
    finally:
        shop.close()


def test_a_workers_read_has_a_connection_of_its_own_kept_for_the_next_read(address):
    from concurrent.futures import ThreadPoolExecutor

    from jitdesk.services.shop import read_separately

    shop = Shop.open(address)
    try:
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(read_separately, shop, _backend).result()
            second = pool.submit(read_separately, shop, _backend).result()
        assert first != _backend(shop), "the window's connection is not shared with a worker"
        assert first == second, "the reader's connection is kept for the next read"
        with pytest.raises(Exception, match="read-only"):
            read_separately(shop, lambda s: customers.add_customer(s, CustomerInput(name="X")))
    finally:
        shop.close()


def test_a_reopened_shop_writes_on_its_own_connection_as_the_same_person(address):
    shop = Shop.open(address)
    try:
        other = shop.reopened()
        try:
            assert _backend(other) != _backend(shop)
            customers.add_customer(other, CustomerInput(name="Written elsewhere"))
        finally:
            other.close()
        names = [r[0] for r in shop.db.execute("SELECT name FROM customers")]
        assert "Written elsewhere" in names
    finally:
        shop.close()


def test_the_desks_connections_do_not_compile_queries_to_machine_code(address):
    """Compiling a page's query costs the server ~250 ms of a page that reads in ~150 ms."""
    from jitdesk.services.shop import read_separately

    shop = Shop.open(address)
    try:
        window = shop.db.execute("SHOW jit").fetchone()[0]
        worker = read_separately(shop, lambda s: s.db.execute("SHOW jit").fetchone()[0])
        assert (window, worker) == ("off", "off")
    finally:
        shop.close()
