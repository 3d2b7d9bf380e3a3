"""The order list search finds the same orders whichever query path it takes (few or many
matching customers, number prefix as an index range) and counts what it lists."""

from __future__ import annotations

import pytest

from jitdesk.domain.filters import OrderFilter
from jitdesk.store import orders as q
from tests.services.jit_fixtures import build_world, new_shop, place_order


@pytest.fixture
def world(tmp_path):
    world = build_world(new_shop(tmp_path / "s.jitdesk"), n_customers=6)
    for i in range(12):
        place_order(world, i % 6, [("CH-1", 1 + i % 3)])
    yield world
    world.shop.close()


TEXTS = ["nov", "NOV", "é", "Dubois", "c-2026-001", "C-2026-0012", "0012", "-2026-", "zzz", "O'N"]


def _numbers(db, text: str, statuses=()) -> list[str]:
    flt = OrderFilter(text=text, statuses=statuses)
    rows = q.list_orders(db, flt, limit=500)
    assert q.count_orders(db, flt) == len(rows)
    return [r.number for r in rows]


def _expected(db, text: str) -> list[str]:
    like = f"%{text}%"
    rows = db.execute(
        "SELECT o.number FROM customer_orders o JOIN customers c ON c.id = o.customer_id"
        " WHERE o.number LIKE ? OR c.name LIKE ? OR c.phone LIKE ? OR c.email LIKE ?"
        " OR o.external_ref LIKE ? ORDER BY o.order_date DESC, o.id DESC",
        [like] * 5,
    )
    return [r[0] for r in rows]


@pytest.mark.parametrize("few", [0, 3000], ids=["many-customers-path", "few-customers-path"])
def test_search_matches_plain_like_on_every_path(world, monkeypatch, few):
    monkeypatch.setattr(q, "FEW_CUSTOMERS", few)
    db = world.shop.db
    for text in TEXTS:
        assert _numbers(db, text) == _expected(db, text), text
    assert _numbers(db, "C-2026-001") == [f"C-2026-{n:04d}" for n in range(12, 9, -1)]


def test_search_sees_a_customer_renamed_since_the_last_search(world):
    db = world.shop.db
    assert _numbers(db, "Zofia") == []
    db.execute("UPDATE customers SET name = 'Zofia Nowak' WHERE id = ?", [world.customers[1]])
    assert len(_numbers(db, "Zofia")) == 2
