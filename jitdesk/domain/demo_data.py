"""Believable data for demo shops: a bike-parts shop, its suppliers, catalog and customers.

Pure Python: everything here takes a `random.Random`, so a seed always gives the same shop.
Names come from several countries on purpose (accents, Greek, Cyrillic, Polish, Turkish,
Nordic, Czech, Vietnamese, an apostrophe) so documents and searches meet real-world text.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass

from jitdesk.domain.models import ShopSettings

PACK_SIZES = (1, 2, 5, 6, 10, 12, 25)


def demo_settings() -> ShopSettings:
    return ShopSettings(
        name="Speiche & Kette Bike Parts",
        address="Körnerstraße 12\n8010 Graz\nAustria",
        phone="+43 316 482190",
        email="shop@speiche-kette.example",
        website="https://speiche-kette.example",
        currency="EUR",
        locale="de_AT",
        tax_rate_bp=2000,
        deposit_percent=30,
        pickup_hold_days=14,
        safety_buffer_days=1,
        closed_weekdays=frozenset({6}),
        opening_hours="Mon–Fri 9:00–18:30, Sat 9:00–14:00, closed on Sundays",
        doc_footer="Speiche & Kette e.U. · UID ATU12345678 · IBAN AT61 1904 3002 3457 3201",
        supplier_order_note="Please deliver to the shop entrance on Körnerstraße; ring twice.",
        pickup_note="We keep your order for 14 days. Please bring this notice or your order number.",
        confirmation_note="Thank you for your order. We will call you as soon as it is in.",
    )


@dataclass(frozen=True, slots=True)
class SupplierSpec:
    name: str
    contact: str
    email: str
    phone: str
    address: str
    account_number: str
    lead_time_days: int
    delivery_weekdays: tuple[int, ...]
    min_order_value: int  # cents
    order_every_days: int  # how often the shop sends this supplier an order


SUPPLIERS: tuple[SupplierSpec, ...] = (
    SupplierSpec(
        "Alpenrad Distribution GmbH",
        "Martina Hofer",
        "orders@alpenrad.example",
        "+43 512 390 4410",
        "Industriestraße 14\n6020 Innsbruck\nAustria",
        "KD-204817",
        3,
        (1, 3),
        15000,
        3,
    ),
    SupplierSpec(
        "Velotech Nederland B.V.",
        "Joost van der Berg",
        "verkoop@velotech.example",
        "+31 30 241 7788",
        "Nijverheidsweg 27\n3534 AM Utrecht\nNetherlands",
        "NL-55120-SK",
        5,
        (0, 2, 4),
        25000,
        4,
    ),
    SupplierSpec(
        "Ciclo Ricambi Bergamo S.r.l.",
        "Giulia Bonetti",
        "ordini@cicloricambi.example",
        "+39 035 421 9093",
        "Via dell'Industria 88\n24126 Bergamo\nItaly",
        "CLI-00912",
        7,
        (2,),
        30000,
        7,
    ),
    SupplierSpec(
        "Nordisk Cykelgrossist AB",
        "Åsa Lindqvist",
        "order@cykelgrossist.example",
        "+46 31 701 2250",
        "Hamngatan 5\n411 14 Göteborg\nSweden",
        "SE-77341",
        10,
        (0,),
        40000,
        7,
    ),
    SupplierSpec(
        "Tatra Bike Components s.r.o.",
        "Jiří Dvořák",
        "objednavky@tatrabike.example",
        "+420 541 220 118",
        "Průmyslová 1102\n618 00 Brno\nCzech Republic",
        "TBC/2291",
        14,
        (3,),
        50000,
        7,
    ),
    SupplierSpec(
        "Rheinland Reifen & Schlauch KG",
        "Stefan Köhler",
        "bestellung@rheinland-reifen.example",
        "+49 221 550 3090",
        "Hafenstraße 3\n50825 Köln\nGermany",
        "40021187",
        2,
        (0, 1, 2, 3, 4),
        8000,
        3,
    ),
    SupplierSpec(
        "Atlantic Cycle Parts Ltd",
        "Siobhán O'Brien",
        "trade@atlanticcycle.example",
        "+44 117 496 0312",
        "Unit 4, Harbour Trade Park\nBristol BS1 6XN\nUnited Kingdom",
        "ACP-SK-3381",
        6,
        (1, 4),
        20000,
        4,
    ),
    SupplierSpec(
        "Łódzka Hurtownia Rowerowa Sp. z o.o.",
        "Paweł Wróblewski",
        "zamowienia@hurtownia-lodz.example",
        "+48 42 630 1127",
        "ul. Piotrkowska 212\n90-368 Łódź\nPoland",
        "PL/K/10488",
        9,
        (2, 4),
        0,
        7,
    ),
)


@dataclass(frozen=True, slots=True)
class Category:
    prefix: str
    unit: str
    cost_range: tuple[int, int]  # unit cost in cents
    packs: tuple[int, ...]
    suppliers: tuple[int, ...]  # indexes into SUPPLIERS that sell this category
    names: tuple[str, ...]


def _combos(template: str, *axes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(template.format(*combo) for combo in itertools.product(*axes))


CATEGORIES: tuple[Category, ...] = (
    Category(
        "TUB",
        "pc",
        (250, 650),
        (5, 10, 25),
        (5, 0, 1),
        _combos(
            "Inner tube {} {}",
            ("26x1.9-2.125", "27.5x2.0-2.4", "29x2.1-2.4", "700x18-25c", "700x28-35c")
            + ("700x35-45c", "20x1.75", "16x1.75"),
            ("Presta 48 mm", "Presta 60 mm", "Schrader"),
        ),
    ),
    Category(
        "TYR",
        "pc",
        (1500, 4500),
        (1, 2),
        (5, 1, 6),
        _combos(
            "Tyre {} {}",
            ("Trail Grip", "City Armour", "Road Race", "Gravel Pro", "Winter Stud"),
            ("700x25c", "700x28c", "700x32c", "700x40c", "27.5x2.35", "29x2.25", "26x2.1"),
        ),
    ),
    Category(
        "CHN",
        "pc",
        (900, 4200),
        (1, 5, 10),
        (0, 2, 4),
        _combos(
            "Chain {} {}, {}",
            ("8-speed", "9-speed", "10-speed", "11-speed", "12-speed"),
            ("116 links", "126 links"),
            ("silver", "nickel-plated", "Ti-nitride"),
        ),
    ),
    Category(
        "CAS",
        "pc",
        (2500, 9000),
        (1,),
        (2, 4, 0),
        _combos(
            "Cassette {} {}",
            ("9-speed", "10-speed", "11-speed", "12-speed"),
            ("11-32", "11-34", "11-36", "11-42", "11-46", "10-51"),
        ),
    ),
    Category(
        "DBP",
        "pair",
        (400, 1200),
        (2, 10, 25),
        (1, 7, 0),
        _combos(
            "Disc brake pads {}, {}",
            ("resin", "sintered metal", "semi-metallic"),
            ("Shimano B01S type", "Shimano L03A type", "SRAM Level type", "Magura MT type")
            + ("Tektro HD type",),
        ),
    ),
    Category(
        "RBP",
        "pair",
        (250, 700),
        (10, 25),
        (1, 7),
        _combos(
            "Rim brake pads {}, {}",
            ("road cartridge", "MTB 70 mm", "city 60 mm"),
            ("black", "salmon"),
        ),
    ),
    Category(
        "CBL",
        "pc",
        (90, 350),
        (12, 25),
        (7, 1),
        _combos("{} cable {}", ("Brake", "Gear"), ("road 1700 mm", "MTB 2000 mm", "tandem 3500 mm"))
        + _combos("Gear cable {}", ("stainless polished",)),
    ),
    Category(
        "HSG",
        "m",
        (120, 420),
        (10, 25),
        (7, 1),
        _combos("Cable housing {}, {}", ("brake 5 mm", "shift 4 mm"), ("black", "white", "red")),
    ),
    Category(
        "TAP",
        "pc",
        (700, 2400),
        (1, 6),
        (2, 6),
        _combos(
            "Handlebar tape {} {}",
            ("black", "white", "red", "blue", "cork natural", "gum"),
            ("2.5 mm", "3.2 mm"),
        ),
    ),
    Category(
        "GRP",
        "pair",
        (600, 2200),
        (1, 2, 6),
        (0, 6),
        _combos(
            "Grips {}, {}",
            ("lock-on ergonomic", "lock-on round", "foam"),
            ("black", "grey", "green"),
        ),
    ),
    Category(
        "SAD",
        "pc",
        (2200, 8500),
        (1,),
        (2, 3),
        _combos(
            "Saddle {}, {}",
            ("Comfort Gel", "Sport Cut-out", "Road Carbon Rail", "Touring Leather"),
            ("narrow", "wide"),
        ),
    ),
    Category(
        "PED",
        "pair",
        (1800, 9000),
        (1,),
        (3, 4),
        _combos(
            "Pedals {}",
            ("flat alloy", "flat composite", "SPD clipless", "SPD-SL road", "touring combo"),
        ),
    ),
    Category(
        "BBR",
        "pc",
        (1400, 5200),
        (1, 2),
        (4, 2),
        _combos(
            "Bottom bracket {}",
            (
                "BSA 68 mm HT2",
                "BB86 press-fit",
                "BB30",
                "T47 threaded",
                "square taper 113 mm",
                "square taper 122 mm",
            ),
        ),
    ),
    Category(
        "HDS",
        "pc",
        (1600, 6400),
        (1,),
        (4, 3),
        _combos(
            "Headset {}, {}",
            ('1 1/8" threadless', "tapered ZS44/ZS56", "integrated IS42/IS52"),
            ("black", "silver"),
        ),
    ),
    Category(
        "SPK",
        "pc",
        (40, 130),
        (12, 25),
        (3, 0),
        _combos("Spoke {} mm, {}", tuple(str(n) for n in range(258, 302, 2)), ("black", "silver")),
    ),
    Category(
        "LGT",
        "pc",
        (1400, 7800),
        (1, 2),
        (6, 3),
        _combos(
            "Light {}",
            (
                "front USB 400 lm",
                "front USB 800 lm",
                "rear USB",
                "dynamo front 70 lux",
                "dynamo rear",
            ),
        ),
    ),
    Category(
        "MDG",
        "pair",
        (1100, 3600),
        (1,),
        (3, 7),
        _combos("Mudguards {}", ("700c 45 mm", '28" 50 mm', '29" MTB clip-on', '26" 60 mm')),
    ),
    Category(
        "ACC",
        "pc",
        (350, 4800),
        (1, 5),
        (6, 7),
        _combos(
            "{}",
            (
                "Bell brass",
                "Bell alloy mini",
                "Kickstand rear adjustable",
                "Kickstand centre",
                "Folding lock 850 mm",
                "U-lock 180 mm",
                "Chain lock 1100 mm",
            ),
        ),
    ),
    Category(
        "CAR",
        "pc",
        (300, 1800),
        (6, 12),
        (0, 5),
        _combos(
            "{}",
            (
                "Chain oil wet 100 ml",
                "Chain oil dry 100 ml",
                "Degreaser 1 l",
                "Grease tube 100 g",
                "Tubeless sealant 500 ml",
                "Tubeless sealant 1 l",
                "Carbon paste 75 g",
            ),
        ),
    ),
    Category(
        "TOL",
        "pc",
        (250, 9500),
        (1, 5),
        (6, 0),
        _combos(
            "Tool: {}",
            (
                "tyre levers (set of 3)",
                "multi-tool 14 functions",
                "chain checker",
                "torque wrench 2–14 Nm",
                "pedal wrench 15 mm",
                "cassette lockring tool",
                "cable cutter",
            ),
        ),
    ),
    Category(
        "BOT",
        "pc",
        (250, 2400),
        (1, 5, 10),
        (7, 5),
        _combos(
            "{}",
            ("Bottle cage alloy", "Bottle cage carbon", "Bottle 600 ml", "Bottle 750 ml insulated"),
        ),
    ),
    Category(
        "DER",
        "pc",
        (2400, 9800),
        (1,),
        (4, 2),
        _combos(
            "{}",
            (
                "Rear derailleur 10-speed long cage",
                "Rear derailleur 11-speed medium cage",
                "Rear derailleur 12-speed",
                "Front derailleur 2x11 braze-on",
            ),
        ),
    ),
    Category(
        "TLS",
        "pc",
        (90, 900),
        (10, 25),
        (5, 1),
        _combos(
            "{}",
            (
                "Patch kit",
                "Tubeless valves 44 mm",
                "Tubeless valves 60 mm",
                "Rim tape 29 mm",
                "Rim tape 25 mm",
            ),
        ),
    ),
    Category(
        "ROT",
        "pc",
        (1200, 4200),
        (1, 2),
        (1, 4),
        _combos("Brake rotor {} mm, {}", ("140", "160", "180", "203"), ("6-bolt", "Center Lock")),
    ),
    Category(
        "AXL",
        "pc",
        (1100, 3900),
        (1,),
        (4, 2),
        _combos(
            "{}",
            (
                "Thru axle 12x142",
                "Thru axle 12x148",
                "Thru axle 15x100",
                "Thru axle 15x110",
                "Quick-release skewer set",
            ),
        ),
    ),
    Category(
        "STM",
        "pc",
        (1500, 5200),
        (1,),
        (2, 3),
        _combos("Stem {} mm, 31.8 clamp", tuple(str(n) for n in range(60, 130, 10))),
    ),
)


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


# (native, latin transliteration) for first names with gender, and surnames (male, female).
_NAME_POOLS: tuple[tuple[str, tuple, tuple, str], ...] = (
    (
        "de",
        (("Jürgen", "m"), ("Käthe", "f"), ("Sören", "m"), ("Anna", "f"), ("Lukas", "m")),
        (
            ("Müller", "Müller"),
            ("Schröder", "Schröder"),
            ("Weiß", "Weiß"),
            ("Köhler", "Köhler"),
            ("Groß", "Groß"),
        ),
        "+49 17# #######",
    ),
    (
        "at",
        (("Theresa", "f"), ("Florian", "m"), ("Anneliese", "f"), ("Maximilian", "m")),
        (
            ("Pölzl", "Pölzl"),
            ("Grünwald", "Grünwald"),
            ("Hötzendorfer", "Hötzendorfer"),
            ("Strauß", "Strauß"),
        ),
        "+43 66# #######",
    ),
    (
        "fr",
        (("Amélie", "f"), ("François", "m"), ("Hélène", "f"), ("Jérôme", "m"), ("Zoé", "f")),
        (
            ("Lefèvre", "Lefèvre"),
            ("Dubois", "Dubois"),
            ("Bérenger", "Bérenger"),
            ("Gâtineau", "Gâtineau"),
        ),
        "+33 6 ## ## ## ##",
    ),
    (
        "es",
        (("José", "m"), ("María", "f"), ("Iñaki", "m"), ("Nuria", "f"), ("Ángel", "m")),
        (("Núñez", "Núñez"), ("Ibáñez", "Ibáñez"), ("Peña", "Peña"), ("Muñoz", "Muñoz")),
        "+34 6## ### ###",
    ),
    (
        "gr",
        (
            (("Γιώργος", "Giorgos"), "m"),
            (("Ελένη", "Eleni"), "f"),
            (("Δημήτρης", "Dimitris"), "m"),
            (("Κατερίνα", "Katerina"), "f"),
        ),
        (
            (("Οικονόμου", "Oikonomou"),) * 2,
            (("Νικολάου", "Nikolaou"),) * 2,
            (("Γεωργίου", "Georgiou"),) * 2,
            (("Βασιλείου", "Vasileiou"),) * 2,
        ),
        "+30 69# ### ####",
    ),
    (
        "ru",
        (
            (("Иван", "Ivan"), "m"),
            (("Ольга", "Olga"), "f"),
            (("Дмитрий", "Dmitriy"), "m"),
            (("Наталья", "Natalya"), "f"),
        ),
        (
            (("Смирнов", "Smirnov"), ("Смирнова", "Smirnova")),
            (("Кузнецов", "Kuznetsov"), ("Кузнецова", "Kuznetsova")),
            (("Соколов", "Sokolov"), ("Соколова", "Sokolova")),
        ),
        "+7 9## ###-##-##",
    ),
    (
        "ua",
        (
            (("Олександр", "Oleksandr"), "m"),
            (("Ганна", "Hanna"), "f"),
            (("Тарас", "Taras"), "m"),
            (("Оксана", "Oksana"), "f"),
        ),
        (
            (("Шевченко", "Shevchenko"),) * 2,
            (("Коваленко", "Kovalenko"),) * 2,
            (("Бондаренко", "Bondarenko"),) * 2,
        ),
        "+380 6# ### ####",
    ),
    (
        "pl",
        (("Łukasz", "m"), ("Małgorzata", "f"), ("Paweł", "m"), ("Zofia", "f"), ("Wojciech", "m")),
        (
            ("Kowalski", "Kowalska"),
            ("Szczęsny", "Szczęsna"),
            ("Łuczak", "Łuczak"),
            ("Żółkiewski", "Żółkiewska"),
        ),
        "+48 5## ### ###",
    ),
    (
        "tr",
        (
            ("Çağrı", "m"),
            ("Şebnem", "f"),
            ("Gökhan", "m"),
            ("Ayşe", "f"),
            ("İlker", "m"),
            ("Özlem", "f"),
        ),
        (
            ("Yılmaz", "Yılmaz"),
            ("Öztürk", "Öztürk"),
            ("Şahin", "Şahin"),
            ("Çelik", "Çelik"),
            ("Doğan", "Doğan"),
        ),
        "+90 5## ### ## ##",
    ),
    (
        "nordic",
        (
            ("Søren", "m"),
            ("Åsa", "f"),
            ("Bjørn", "m"),
            ("Linnéa", "f"),
            ("Øystein", "m"),
            ("Sigríður", "f"),
        ),
        (
            ("Ødegård", "Ødegård"),
            ("Åkesson", "Åkesson"),
            ("Lindqvist", "Lindqvist"),
            ("Sæther", "Sæther"),
            ("Þórsson", "Þórsdóttir"),
        ),
        "+47 9## ## ###",
    ),
    (
        "cz",
        (("Jiří", "m"), ("Běla", "f"), ("Tomáš", "m"), ("Markéta", "f")),
        (("Dvořák", "Dvořáková"), ("Novák", "Nováková"), ("Černý", "Černá")),
        "+420 6## ### ###",
    ),
    (
        "ie",
        (("Siobhán", "f"), ("Seán", "m"), ("Aoife", "f"), ("Ciarán", "m")),
        (("O'Brien", "O'Brien"), ("Ó Súilleabháin", "Ó Súilleabháin"), ("McCarthy", "McCarthy")),
        "+353 8# ### ####",
    ),
    (
        "it",
        (("Niccolò", "m"), ("Chiara", "f"), ("Lucía", "f"), ("Andrea", "m")),
        (("Esposito", "Esposito"), ("D'Angelo", "D'Angelo"), ("Ferrè", "Ferrè")),
        "+39 3## ### ####",
    ),
    (
        "vn",
        (("Hương", "f"), ("Minh", "m"), ("Thảo", "f")),
        (("Nguyễn", "Nguyễn"), ("Trần", "Trần"), ("Phạm", "Phạm")),
        "+84 9# ### ####",
    ),
)

_ASCII_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i", "đ": "d"}
    | {"þ": "th", "Þ": "Th", "ð": "d", "'": "", " ": ""}
)
_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")


def ascii_fold(text: str) -> str:
    """Plain ASCII for e-mail local parts: "Łuczak" -> "Luczak", "Søren" -> "Soren"."""
    text = text.translate(_ASCII_EXTRA)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@dataclass(frozen=True, slots=True)
class CustomerSpec:
    name: str
    phone: str
    email: str
    notes: str


_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "Prefers a call after 17:00.",
    "Trade customer (bike courier).",
    "Speaks German & English.",
    "Collects on Saturdays only.",
    "Wants <b>no</b> SMS, e-mail only.",
)


def demo_customer(rng: random.Random, n: int) -> CustomerSpec:
    """The n-th demo customer; `n` makes e-mail addresses unique."""
    _, firsts, lasts, phone_format = rng.choice(_NAME_POOLS)
    first, gender = rng.choice(firsts)
    last = rng.choice(lasts)[0 if gender == "m" else 1]
    native_first, latin_first = (first, first) if isinstance(first, str) else first
    native_last, latin_last = (last, last) if isinstance(last, str) else last
    name = f"{native_first} {native_last}"
    local = f"{ascii_fold(latin_first)}.{ascii_fold(latin_last)}".lower()
    email = f"{local}{n}@{rng.choice(_DOMAINS)}" if rng.random() < 0.8 else ""
    phone = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in phone_format)
    if rng.random() < 0.1:
        phone = ""
    return CustomerSpec(name, phone, email, rng.choice(_NOTES))
