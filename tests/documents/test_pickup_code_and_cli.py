"""The pickup notice's code scans back to the order number; the `pdf` command writes files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jitdesk.cli import main
from jitdesk.documents.generate import render_document

from .conftest import page_count, pdf_text


def _ready(w):
    created = w.order("Ana Müller", ("PAD-R", 1))
    w.make_ready(created.order_id, "Acme Supplies")
    return created


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools); CI installs both",
)
def test_the_code_on_the_rendered_pickup_notice_decodes_to_the_order_number(doc_shop, tmp_path):
    created = _ready(doc_shop)
    pdf, _ = render_document(doc_shop.shop, "pickup-notice", created.number)
    (tmp_path / "notice.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", "notice.pdf", "notice"],
        cwd=tmp_path,
        check=True,
    )
    scan = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "notice.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert scan.stdout.split() == [created.number]


def test_pdf_command_writes_each_kind_and_batches(doc_shop, tmp_path, capsys):
    w = doc_shop
    created = _ready(w)
    shop_file = str(w.shop.path)
    out = tmp_path / "notice.pdf"
    assert main(["pdf", "pickup-notice", created.number, "-o", str(out), "--shop", shop_file]) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    assert created.number in pdf_text(out.read_bytes())

    assert main(["pdf", "confirmation", created.number, "--shop", shop_file]) == 0
    written = capsys.readouterr().out.strip()
    assert written.endswith(f"documents/{created.number} confirmation Ana Müller.pdf")

    assert main(["pdf", "ready-pickups", "--shop", shop_file]) == 0
    assert page_count(Path(capsys.readouterr().out.strip()).read_bytes()) == 1


def test_pdf_command_reports_user_errors_in_one_sentence(doc_shop, capsys):
    shop_file = str(doc_shop.shop.path)
    assert main(["pdf", "supplier-order", "P-2026-0999", "--shop", shop_file]) == 1
    assert capsys.readouterr().err.strip() == "jitdesk: There is no supplier order P-2026-0999."
    assert main(["pdf", "confirmation", "--shop", shop_file]) == 2
    assert "needs the order NUMBER" in capsys.readouterr().err
    assert main(["pdf", "unsent-supplier-orders", "--shop", shop_file]) == 1
    assert "no draft supplier orders" in capsys.readouterr().err
