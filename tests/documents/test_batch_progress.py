"""A big PDF batch reports its progress and can be stopped before anything is written."""

from __future__ import annotations

import pytest

from jitdesk.documents.generate import generate_batch
from jitdesk.domain.progress import Cancelled
from jitdesk.services.documents import list_document_log

from .conftest import page_count
from .test_kinds import _ready_order


def test_the_ready_pickups_batch_reports_reading_and_laying_out_every_notice(doc_shop):
    w = doc_shop
    for _ in range(3):
        _ready_order(w)
    heard: list[tuple[int, int, str]] = []
    result = generate_batch(w.shop, "ready-pickups", progress=lambda *s: heard.append(s))
    assert page_count(result.path.read_bytes()) == 3
    phases = [what for _d, _t, what in heard]
    assert phases[0] == "Reading orders" and phases[-1] == "Laying out pages"
    laid_out = [done for done, total, what in heard if what == "Laying out pages"]
    assert laid_out == [0, 1, 2, 3]


def test_stopping_a_batch_writes_no_file_and_logs_nothing(doc_shop, tmp_path):
    w = doc_shop
    for _ in range(3):
        _ready_order(w)
    out = tmp_path / "batch.pdf"

    def stop(done: int, _total: int, what: str) -> None:
        if what == "Laying out pages" and done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        generate_batch(w.shop, "ready-pickups", out, progress=stop)
    assert not out.exists()
    assert list_document_log(w.shop) == []
    assert not list(tmp_path.glob(".jitdesk-*"))  # no half-written temporary file either
