"""Customer orders over the shop's history: when, through which channel, what and how many.

Every line's promise comes from the shop's promise rule (domain.promise) with the demo shop's
safety buffer and closed weekdays, as an order logged at the counter would get it.
"""

from __future__ import annotations

from datetime import date, timedelta

from jitdesk.demo.records import Order, OrderLine, World
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.promise import OfferTerms, offer_for_promise, promise_for_line

CHANNELS = ("counter", "phone", "web")
CHANNEL_WEIGHTS = (60, 25, 15)
PAYMENT_METHODS = ("cash", "card", "card", "bank transfer")
SATURDAY = 5


def log_customer_orders(
    world: World, n_orders: int, n_customers: int, settings: ShopSettings
) -> None:
    """`n_orders` orders spread over the open days of the history, busier on Saturdays."""
    rng, today = world.rng, world.today
    days = [today - timedelta(days=d) for d in range(world.history_days)]
    open_days = [d for d in days if d.weekday() not in settings.closed_weekdays]
    weights = [1.0 + 0.4 * (d.weekday() == SATURDAY) for d in open_days]
    cum_products = []
    running = 0.0
    for product in world.catalog:
        running += product.popularity
        cum_products.append(running)
    product_range = range(len(world.catalog))
    promises = _Promises(world, settings)
    order_days = rng.choices(open_days, weights=weights, k=n_orders)
    order_days.sort()
    web_ref = 10_000
    for day in order_days:
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        ref = None
        if channel == "web":
            web_ref += rng.randint(1, 3)
            ref = f"#{web_ref}"
        order = Order(day, rng.randrange(n_customers), channel, ref, minute=rng.randint(0, 539))
        picks = rng.choices(
            product_range, cum_weights=cum_products, k=rng.choice((1, 1, 1, 2, 2, 3, 4))
        )
        for p in dict.fromkeys(picks):
            offer, promised = promises.get(p, day)
            bulk_item = offer.pack_size >= 10
            qty = rng.choice((1, 2, 2, 4, 5)) if bulk_item else rng.choice((1, 1, 1, 1, 2))
            price = world.catalog[p].sale_price
            if rng.random() < 0.1:
                price = price * rng.choice((90, 95)) // 100
            order.lines.append(
                OrderLine(order, len(order.lines) + 1, p, qty, price, promised, offer)
            )
        if rng.random() < 0.55:
            order.deposit = _deposit(order.total, settings.deposit_percent)
            order.method = rng.choice(PAYMENT_METHODS)
        age = (today - day).days
        if age >= 1 and rng.random() < 0.05:
            order.cancelled_on = day + timedelta(days=rng.randint(0, min(age, 10)))
        world.orders.append(order)


def _deposit(total: int, percent: int) -> int:
    """What a customer leaves as deposit: the shop's share of the total in whole units of
    money, never more than the total. Integer cents; a half goes to the even unit, which
    keeps every demo shop as it was when this was float arithmetic."""
    units, rest = divmod(total * percent, 100 * 100)
    if rest > 5000 or (rest == 5000 and units % 2):
        units += 1
    return min(total, units * 100)


class _Promises:
    """The offer a line is ordered from and the date promised for it, per product and day
    (thousands of orders a day ask the same questions)."""

    def __init__(self, world: World, settings: ShopSettings) -> None:
        self.terms = world.terms
        self.buffer = settings.safety_buffer_days
        self.closed = settings.closed_weekdays
        self.cache: dict[tuple[int, date], tuple[OfferTerms, date]] = {}

    def get(self, product: int, day: date) -> tuple[OfferTerms, date]:
        found = self.cache.get((product, day))
        if found is None:
            offers = self.terms[product]
            offer = offer_for_promise(offers, day)
            promised = promise_for_line(offers, day, self.buffer, self.closed)
            assert offer is not None and promised is not None, "every demo product has an offer"
            found = self.cache[(product, day)] = (offer, promised)
        return found
