"""The demo shop's last eight weeks, simulated in memory by the shop's own rules (DESIGN §2),
so that `jitdesk check` finds nothing in the written shop:

* customer orders are logged on open days, each line promised by the promise rule;
* each supplier is sent an order every few days for the demand logged since the last one,
  surplus first, rounded to pack and minimum by the planning rule; they are delivered in
  full, in part, or are late; deliveries go to the covered lines oldest first;
* demand logged since the last supplier order sits in a draft (or waits, for suppliers
  without a draft), today's orders wait; orders whose lines are all in are ready, most were
  collected and paid; a few were cancelled (their units on sent orders arrive as surplus,
  deposits refunded); a little old surplus was written off.
"""

from __future__ import annotations

import random
from datetime import date

from jitdesk.demo.catalog import demo_catalog
from jitdesk.demo.orders import log_customer_orders
from jitdesk.demo.records import HISTORY_DAYS, World
from jitdesk.demo.settling import settle_orders, tell_customers, write_off_old_surplus
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.demo.supply import run_supplier_orders
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.promise import OfferTerms

PRODUCTS = 300
PRICE_CHANGE_SHARE = 0.15  # offers whose cost changed a few weeks ago


def simulate(
    today: date,
    n_orders: int,
    n_customers: int,
    rng: random.Random,
    settings: ShopSettings,
    history_days: int = HISTORY_DAYS,
) -> World:
    """The whole history up to `today`; the same `rng` state gives the same world."""
    world = _new_world(today, rng)
    world.history_days = history_days
    log_customer_orders(world, n_orders, n_customers, settings)
    run_supplier_orders(world)
    settle_orders(world)
    write_off_old_surplus(world)
    tell_customers(world)
    return world


def _new_world(today: date, rng: random.Random) -> World:
    """The catalog with every offer's terms, and the offers whose cost changed lately."""
    catalog = demo_catalog(rng, PRODUCTS)
    offer_ids: dict[tuple[int, int], int] = {}
    terms: list[list[OfferTerms]] = []
    price_change: dict[int, int] = {}
    for p, product in enumerate(catalog):
        product_terms = []
        for spec in product.offers:
            offer_id = len(offer_ids) + 1
            offer_ids[(p, spec.supplier)] = offer_id
            supplier = SUPPLIERS[spec.supplier]
            lead = supplier.lead_time_days if spec.lead_time_days is None else spec.lead_time_days
            product_terms.append(
                OfferTerms(
                    offer_id,
                    p,
                    spec.supplier,
                    spec.unit_cost,
                    spec.pack_size,
                    spec.min_qty,
                    lead,
                    frozenset(supplier.delivery_weekdays),
                    spec.preferred,
                )
            )
            if rng.random() < PRICE_CHANGE_SHARE:
                price_change[offer_id] = round(spec.unit_cost / rng.uniform(1.04, 1.12))
        terms.append(product_terms)
    return World(today, rng, catalog, offer_ids, terms, price_change)
