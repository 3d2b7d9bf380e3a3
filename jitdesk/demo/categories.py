"""What a bike-parts shop sells: product categories with their units, costs, pack sizes,
the suppliers that sell them, and the product names in each."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

PACK_SIZES = (1, 2, 5, 6, 10, 12, 25)


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
