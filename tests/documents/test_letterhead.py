"""The letterhead prints every address line: a long one gets smaller type, never loses a line."""

from __future__ import annotations

from datetime import date

from jitdesk.documents.layout import HEADER_HEIGHT, _Header
from jitdesk.documents.supplier_order import supplier_order_pdf
from jitdesk.services.documents import ShopInfo, SupplierOrderDoc, SupplierOrderLine
from tests.documents.conftest import pdf_text, squash

ADDRESS = [
    "Radsport Höfler & Söhne GmbH",
    "Mariahilfer Straße 123/4/5",
    "Hinterhof, 2. Stiege, Tür 7",
    "Eingang Webgasse",
    "1060 Wien",
    "Österreich",
    "Firmenbuch FN 123456a, Handelsgericht Wien",
]


def _shop(lines: list[str], name: str = "Radsport Höfler") -> ShopInfo:
    return ShopInfo(
        name,
        "\n".join(lines),
        phone="+43 1 234 56 78",
        email="office@radsport-hoefler.example",
        website="www.radsport-hoefler.example",
        language="de_AT",
    )


def _pdf(shop: ShopInfo) -> str:
    lines = (SupplierOrderLine("KMC-11", "Kette", 6, 6, 1990),)
    return pdf_text(
        supplier_order_pdf(SupplierOrderDoc(shop, "P-1", date(2026, 12, 4), "X", lines=lines))
    )


def test_every_address_line_and_the_contact_line_are_printed():
    text = squash(_pdf(_shop(ADDRESS)))
    for line in ADDRESS:
        assert squash(line) in text, line
    assert "office@radsport-hoefler.example" in text and squash("+43 1 234 56 78") in text


def test_a_longer_address_gets_smaller_type_not_fewer_lines():
    short = _Header(_shop(ADDRESS[:3]))
    long = _Header(_shop(ADDRESS))
    assert long.details.style.fontSize < short.details.style.fontSize
    assert short.height == HEADER_HEIGHT
    assert long.height < HEADER_HEIGHT * 1.1  # at most a little more room, no line lost


def test_an_address_too_long_for_any_type_grows_the_header_instead():
    many = [f"Zeile {n} der Anschrift" for n in range(1, 31)]
    header = _Header(_shop(many))
    assert header.height > HEADER_HEIGHT
    text = squash(_pdf(_shop(many)))
    assert all(squash(line) in text for line in many)
