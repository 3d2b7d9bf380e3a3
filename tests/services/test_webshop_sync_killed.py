"""A fetch of web orders killed halfway (SIGKILL) and run again imports every order once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_sync import get_connection
from tests.services import webshop_server as web
from tests.services.smtp_fixtures import certs  # noqa: F401 (a fixture)
from tests.services.test_webshop_sync import NOW, connect, fill, shop  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parents[2]
ORDERS = 1000


def _run_child(shop_path: Path, ca: Path, kill_after_page: int | None) -> list[str]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.webshop_sync_child",
            str(shop_path),
            str(ca),
            web.WOO_SECRET,
        ],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    assert child.stdout is not None
    for line in child.stdout:
        said.append(line.strip())
        if kill_after_page is not None and line.strip() == f"PAGE {kill_after_page}":
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=120)
    if kill_after_page is None:
        assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    else:
        assert child.returncode == -signal.SIGKILL
    return said


def _refs(path: Path) -> list[str]:
    opened = Shop.open(path, clock=lambda: NOW)
    try:
        return [
            r[0]
            for r in opened.db.execute(
                "SELECT external_ref FROM customer_orders WHERE external_ref IS NOT NULL"
            )
        ]
    finally:
        opened.close()


def test_a_killed_fetch_resumes_without_duplicates(shop, certs, tmp_path):  # noqa: F811
    fake = web.FakeShop(delay=0.15)  # each page takes a while, so the kill lands halfway
    server = web.start(certs, fake)
    try:
        fill(fake, "woocommerce", ORDERS)
        connection = connect(shop, server, "woocommerce")
        path = Path(shop.path)
        shop.close()
        _run_child(path, certs[0], kill_after_page=3)
        halfway = _refs(path)
        assert 200 <= len(halfway) < ORDERS  # pages 1 to 3 at least, not all ten
        assert len(halfway) == len(set(halfway))
        reopened = Shop.open(path, clock=lambda: NOW)
        assert get_connection(reopened).cursor == connection.cursor  # not moved by a half fetch
        reopened.close()
        said = _run_child(path, certs[0], kill_after_page=None)
        assert said[-1] == f"DONE {ORDERS - len(halfway)}"
        refs = _refs(path)
        assert len(refs) == len(set(refs)) == ORDERS
        final = Shop.open(path, clock=lambda: NOW)
        assert check_shop(final) == []
        assert get_connection(final).cursor > connection.cursor
        final.close()
    finally:
        server.shutdown()
