"""A long import reports how far it is, and stopping it leaves the shop exactly as it was."""

from __future__ import annotations

import pytest

from jitdesk.domain.progress import Cancelled
from jitdesk.services.importing import import_file

from .test_importing import DATA, catalog_shop, counts, shop  # noqa: F401 (fixtures)


def many_orders(tmp_path, n: int = 300):
    rows = ["order_ref,order_date,customer_name,customer_email,sku,quantity"]
    rows += [
        f"WEB-{i},2026-11-20,Jürgen Müller {i},j{i}@example.com,TUB-700-28,{i % 4 + 1}"
        for i in range(n)
    ]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_an_import_reports_its_progress_up_to_every_row(catalog_shop, tmp_path):  # noqa: F811
    heard: list[tuple[int, int, str]] = []
    result = import_file(
        catalog_shop, "orders", many_orders(tmp_path), lambda *step: heard.append(step)
    )
    assert result.created == 300
    assert heard[0][:2] == (0, 300) and heard[-1][:2] == (300, 300)
    assert len(heard) > 5  # the check reports along the way, not only at the end
    assert [done for done, _total, _what in heard] == sorted(d for d, _t, _w in heard)


@pytest.mark.parametrize("stop_at", [0, 150, 300])
def test_stopping_an_import_anywhere_leaves_the_shop_unchanged(
    catalog_shop,  # noqa: F811
    tmp_path,
    stop_at,
):
    before = counts(catalog_shop)
    calls = []

    def stop(done: int, total: int, what: str) -> None:
        calls.append(done)
        if done >= stop_at and len(calls) > (stop_at == 300) * 8:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_file(catalog_shop, "orders", many_orders(tmp_path), stop)
    assert counts(catalog_shop) == before
    # and the shop is still usable: the same file imports afterwards
    assert import_file(catalog_shop, "orders", many_orders(tmp_path)).created == 300
