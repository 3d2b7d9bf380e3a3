"""Fetching 1,000 web orders in pages of 100 from the local HTTPS test shop: under 5 s, and
measured beside a baseline in the same run (a raw GET of the same ten pages with urllib, the
same certificate check, no decoding).

Run: python -m pytest tests/benchmarks/test_webshop_sync_bench.py --benchmark-only -s
"""

from __future__ import annotations

import base64
import ssl
import time
import urllib.request

import pytest

from jitdesk.services.webshop_http import HttpClient
from jitdesk.services.webshop_sync import WebShopConnection, fetch_pages, sync_now
from tests.services import webshop_server as web
from tests.services.smtp_fixtures import certs  # noqa: F401 (a fixture)
from tests.services.test_webshop_sync import connect, fill, shop  # noqa: F401 (fixtures)

ORDERS, PAGE = 1000, 100


def _raw_pages(url: str, context: ssl.SSLContext, headers: dict[str, str]) -> float:
    start = time.perf_counter()
    for page in range(1, ORDERS // PAGE + 1):
        request = urllib.request.Request(
            f"{url}/wp-json/wc/v3/orders?per_page={PAGE}&page={page}", headers=headers
        )
        with urllib.request.urlopen(request, context=context, timeout=30) as answer:
            assert len(answer.read()) > 1000
    return time.perf_counter() - start


@pytest.mark.benchmark(group="webshop-sync")
def test_fetching_1000_web_orders(benchmark, certs, shop):  # noqa: F811
    fake = web.FakeShop()
    server = web.start(certs, fake)
    try:
        fill(fake, "woocommerce", ORDERS)
        url = web.url_of(server)
        context = ssl.create_default_context(cafile=str(certs[0]))
        connection = WebShopConnection("woocommerce", url, api_key=web.WOO_KEY)
        http = HttpClient(context=context)
        pair = f"{web.WOO_KEY}:{web.WOO_SECRET}".encode()
        headers = {"Authorization": "Basic " + base64.b64encode(pair).decode()}
        timings: list[float] = []

        def run() -> None:
            start = time.perf_counter()
            pages = list(fetch_pages(connection, web.WOO_SECRET, http, cursor="", per_page=PAGE))
            timings.append(time.perf_counter() - start)
            assert sum(len(p.orders) for p in pages) == ORDERS and len(pages) == ORDERS // PAGE

        benchmark.pedantic(run, rounds=3, iterations=1)
        baselines = [_raw_pages(url, context, headers) for _ in range(3)]
        connect(shop, server, "woocommerce")
        start = time.perf_counter()
        result = sync_now(shop, http, web.WOO_SECRET)
        with_import = time.perf_counter() - start
        assert len(result.imported) == ORDERS
        fetch, raw = min(timings), min(baselines)
        print(
            f"\nfetch 1,000 orders: {fetch:.2f} s, raw GET of the same pages: {raw:.2f} s"
            f" (ratio {fetch / raw:.1f}); fetch and import: {with_import:.2f} s"
        )
        assert fetch < 5.0
        assert with_import < 5.0
    finally:
        server.shutdown()
