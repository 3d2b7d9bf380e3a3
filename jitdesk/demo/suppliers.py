"""The demo shop's eight suppliers, from six countries, with their terms and order rhythm."""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def language(self) -> str:
        """The supplier's document language: German in Germany, English with the country's
        number and date conventions elsewhere abroad, the shop's own (empty) at home."""
        country = self.address.splitlines()[-1]
        return _DOCUMENT_LANGUAGES.get(country, "")


_DOCUMENT_LANGUAGES = {
    "Germany": "de_DE",
    "Netherlands": "en_NL",
    "Sweden": "en_SE",
    "Italy": "en_IT",
    "Czech Republic": "en_CZ",
    "Poland": "en_PL",
}


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
