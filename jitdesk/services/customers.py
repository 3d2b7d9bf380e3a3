"""Customers."""

from __future__ import annotations

from dataclasses import asdict

from jitdesk.domain.models import CustomerInput
from jitdesk.services.common import diff, require
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import catalog as q
from jitdesk.store.catalog import Customer


def add_customer(shop: Shop, data: CustomerInput) -> int:
    data.validate()
    with shop.transaction() as db:
        customer_id = q.insert_customer(db, asdict(data) | {"created_at": shop.now_iso()})
        shop.event("customer", customer_id, "created", f"Customer {data.name} added")
    return customer_id


def update_customer(shop: Shop, customer_id: int, data: CustomerInput) -> Changes:
    data.validate()
    with shop.transaction() as db:
        before = require(q.get_customer(db, customer_id), "customer")
        row = asdict(data)
        q.update_customer(db, customer_id, row)
        shop.event(
            "customer",
            customer_id,
            "changed",
            f"Customer {data.name} changed",
            changed=diff(asdict(before), row),
        )
    return Changes(customers={customer_id})


def find_customers(shop: Shop, text: str, limit: int = 50) -> list[Customer]:
    return q.search_customers(shop.db, text, limit=limit)
