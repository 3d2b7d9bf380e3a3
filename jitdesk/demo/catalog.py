"""The demo catalog: products drawn from the categories, each with one or two supplier offers.

Everything here takes a `random.Random`, so a seed always gives the same catalog.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from jitdesk.demo.categories import CATEGORIES
from jitdesk.demo.suppliers import SUPPLIERS


@dataclass(frozen=True, slots=True)
class ProductSpec:
    sku: str
    name: str
    unit: str
    sale_price: int
    barcode: str | None
    offers: tuple[OfferSpec, ...]
    popularity: float


@dataclass(frozen=True, slots=True)
class OfferSpec:
    supplier: int  # index into SUPPLIERS
    supplier_sku: str
    unit_cost: int
    pack_size: int
    min_qty: int
    lead_time_days: int | None
    preferred: bool


def ean13(rng: random.Random) -> str:
    """A random EAN-13 with a correct check digit (prefix 20-29: in-store numbers)."""
    digits = [2, rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(10)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def _price_from_cost(rng: random.Random, cost: int) -> int:
    """A shelf price: cost times a margin; whole euros when large, else ending in .50/.90/.99."""
    euros = int(cost * rng.uniform(1.55, 2.2)) // 100
    if euros >= 60:
        return euros * 100
    return euros * 100 + rng.choice((50, 90, 99))


def demo_catalog(rng: random.Random, count: int = 300) -> list[ProductSpec]:
    """`count` products across the categories, each with one or two supplier offers."""
    pool = [(cat, name) for cat in CATEGORIES for name in cat.names]
    chosen = sorted(rng.sample(range(len(pool)), min(count, len(pool))))
    products = []
    seen_skus: set[str] = set()
    for n, index in enumerate(chosen, start=1):
        cat, name = pool[index]
        sku = f"{cat.prefix}-{1000 + n}"
        assert sku not in seen_skus
        seen_skus.add(sku)
        cost = rng.randint(*cat.cost_range)
        suppliers = list(cat.suppliers)
        first = rng.choice(suppliers)
        offer_suppliers = [first]
        if len(suppliers) > 1 and rng.random() < 0.3:
            offer_suppliers.append(rng.choice([s for s in suppliers if s != first]))
        preferred_index = 0 if len(offer_suppliers) > 1 and rng.random() < 0.6 else None
        offers = []
        for i, sup in enumerate(offer_suppliers):
            pack = rng.choice(cat.packs)
            min_qty = (
                pack * rng.choice((1, 1, 1, 2))
                if 1 < pack < 10
                else max(pack, rng.choice((1, 1, 1, 2, 3)))
            )
            offer_cost = cost if i == 0 else round(cost * rng.uniform(0.9, 1.12))
            override = None
            if rng.random() < 0.15:
                override = SUPPLIERS[sup].lead_time_days + rng.choice((2, 3, 5, 7))
            offers.append(
                OfferSpec(
                    supplier=sup,
                    supplier_sku=f"{SUPPLIERS[sup].name[:2].upper()}{rng.randint(10000, 99999)}",
                    unit_cost=offer_cost,
                    pack_size=pack,
                    min_qty=min_qty,
                    lead_time_days=override,
                    preferred=preferred_index == i,
                )
            )
        products.append(
            ProductSpec(
                sku=sku,
                name=name,
                unit=cat.unit,
                sale_price=_price_from_cost(rng, cost),
                barcode=ean13(rng) if rng.random() < 0.55 else None,
                offers=tuple(offers),
                popularity=rng.paretovariate(1.3),
            )
        )
    return products
