"""Order labels: one per bag, on each label stock, and both codes scan back to the order."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from jitdesk.documents.labels import labels_pdf, order_labels_pdf
from jitdesk.domain.errors import DomainError
from jitdesk.domain.shelves import LabelSize, OrderLabel
from jitdesk.services import shelves

from .conftest import page_count, pdf_text

needs_scanner = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools); CI installs both",
)


def _ready(w, name="Ana Müller"):
    created = w.order(name, ("PAD-R", 1))
    w.make_ready(created.order_id, "Acme Supplies")
    return created


def _scan(pdf: bytes, tmp_path) -> list[str]:
    (tmp_path / "label.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", "label.pdf", "label"],
        cwd=tmp_path,
        check=True,
    )
    scan = subprocess.run(
        ["zbarimg", "--quiet", str(tmp_path / "label.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(scan.stdout.split())


@needs_scanner
@pytest.mark.parametrize("size", list(LabelSize))
def test_each_label_scans_back_as_qr_and_code128(size, tmp_path):
    for label in (
        OrderLabel("Zoë Müller-Lüdenscheidt von Hohenstein", "C-2026-00012", "2/3", "A3"),
        OrderLabel("Ivan Petrov", "C-2026-00013", "1/1", ""),
    ):
        found = _scan(labels_pdf([label], size), tmp_path)
        assert found == [f"CODE-128:{label.number}", f"QR-Code:{label.number}"]


def test_an_order_put_away_in_two_bags_gets_two_labels_with_its_shelf(doc_shop):
    created = _ready(doc_shop)
    shelves.put_away(doc_shop.shop, created.order_id, "B7", bags=2)
    pdf = order_labels_pdf(doc_shop.shop, [created.order_id], LabelSize.CONTINUOUS_62MM)
    assert page_count(pdf) == 2
    text = pdf_text(pdf)
    assert "Ana Müller" in text and "Bag 1/2" in text and "Bag 2/2" in text
    assert "Shelf B7" in text


def test_sheet_stock_holds_24_labels_a_page(doc_shop):
    labels = [OrderLabel("Ana", f"C-2026-{n:05d}", "1/1", "A1") for n in range(25)]
    assert page_count(labels_pdf(labels, LabelSize.A4_3X8)) == 2


def test_labels_for_no_order_are_refused(doc_shop):
    with pytest.raises(DomainError, match="Choose at least one order"):
        order_labels_pdf(doc_shop.shop, [])


def test_pdf_labels_command_writes_the_orders_labels(doc_shop, tmp_path, capsys):
    from jitdesk.cli import main

    created = _ready(doc_shop)
    shelves.put_away(doc_shop.shop, created.order_id, "C2", bags=3)
    out = tmp_path / "labels.pdf"
    args = ["pdf", "labels", created.number, "-o", str(out), "--shop", str(doc_shop.shop.path)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    assert page_count(out.read_bytes()) == 3
