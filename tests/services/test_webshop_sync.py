"""Web orders fetched from a connected WooCommerce or Shopify shop (a local HTTPS test server)."""

from __future__ import annotations

import ssl
from datetime import UTC, date, datetime, timedelta

import keyring
import pytest

from jitdesk.services.check import check_shop
from jitdesk.services.importing import import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_http import HttpClient, WebShopError
from jitdesk.services.webshop_import import map_sku
from jitdesk.services.webshop_sync import (
    SecretNeeded,
    WebShopConnection,
    check_connection,
    get_connection,
    import_from_inbox,
    inbox,
    inbox_count,
    load_secret,
    save_connection,
    sync_now,
)
from tests.memory_keyring import memory_keyring  # noqa: F401 (a fixture)
from tests.services import webshop_server as web
from tests.services.smtp_fixtures import certs  # noqa: F401 (a fixture)
from tests.services.test_webshop_import import DATA

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
SKUS = [("CHN-11S", 1, "34.99"), ("TUB-700-28", 2, "8.90")]


@pytest.fixture(scope="module")
def server(certs):  # noqa: F811
    srv = web.start(certs, web.FakeShop())
    yield srv
    srv.shutdown()


@pytest.fixture
def fake(server):
    server.fake = web.FakeShop()
    return server.fake


@pytest.fixture
def http(certs):  # noqa: F811
    slept: list[float] = []
    client = HttpClient(
        context=ssl.create_default_context(cafile=str(certs[0])), timeout=2, sleep=slept.append
    )
    client.slept = slept  # type: ignore[attr-defined]
    return client


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    for kind in ("suppliers", "products", "offers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    yield shop
    shop.close()


def connect(shop: Shop, server, channel: str, storage: str = "ask") -> WebShopConnection:
    connection = WebShopConnection(
        channel,
        web.url_of(server),
        api_key=web.WOO_KEY if channel == "woocommerce" else "",
        api_version=web.SHOPIFY_VERSION,
        secret_storage=storage,
    )
    save_connection(shop, connection)
    found = get_connection(shop)
    assert found is not None
    return found


def secret(channel: str) -> str:
    return web.WOO_SECRET if channel == "woocommerce" else web.SHOPIFY_TOKEN


def web_orders(shop: Shop) -> list[tuple[str, str]]:
    rows = shop.db.execute(
        "SELECT channel, external_ref FROM customer_orders WHERE external_ref IS NOT NULL"
        " ORDER BY id"
    )
    return [(r[0], r[1]) for r in rows]


def counts(shop: Shop) -> dict[str, int]:
    tables = ("customer_orders", "customer_order_lines", "customers", "payments", "webshop_inbox")
    return {t: shop.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def fill(fake: web.FakeShop, channel: str, n: int, start: int = 1) -> None:
    for i in range(start, start + n):
        if channel == "woocommerce":
            fake.woo.append(web.woo_order(i, SKUS))
        else:
            fake.shopify.append(web.shopify_order(i, SKUS))


# --- fetching and importing -------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["woocommerce", "shopify"])
def test_every_page_is_imported_once_and_a_second_fetch_adds_nothing(
    shop, server, fake, http, channel
):
    fill(fake, channel, 250)
    connect(shop, server, channel)
    result = sync_now(shop, http, secret(channel))
    assert result.pages == 3
    refs = [ref for _c, ref in web_orders(shop)]
    assert len(refs) == len(set(refs)) == 250
    assert result.summary() == "250 new web orders imported."
    lines = shop.db.execute("SELECT count(*) FROM customer_order_lines").fetchone()[0]
    assert lines == 500
    fake.requests.clear()
    again = sync_now(shop, http, secret(channel))
    assert again.imported == [] and len(web_orders(shop)) == 250
    # The second fetch asked only for orders changed since the newest one it had.
    since = (
        "modified_after=2026-11-20T13%3A10%3A00"
        if channel == "woocommerce"
        else ("updated_at_min=2026-11-20T13%3A10%3A00%2B00%3A00")
    )
    assert since in fake.requests[0]
    assert check_shop(shop) == []


def test_woocommerce_order_is_read_as_the_shop_shows_it(shop, server, fake, http):
    order = web.woo_order(1, SKUS, customer_note="Ring twice")
    order["billing"]["first_name"] = "Łucja"
    fake.woo.append(order)
    connect(shop, server, "woocommerce")
    sync_now(shop, http, web.WOO_SECRET)
    row = shop.db.execute(
        "SELECT o.external_ref, o.notes, o.order_date, c.name, c.email, c.phone,"
        " (SELECT sum(amount) FROM payments WHERE order_id = o.id) FROM customer_orders o"
        " JOIN customers c ON c.id = o.customer_id"
    ).fetchone()
    assert tuple(row) == (
        "1001",
        "Ring twice",
        "2026-11-20",
        "Łucja Berger 1",
        "anna1@example.at",
        "+43 660 000001",
        5279,
    )


def test_shopify_refunded_items_are_left_out_and_cancelled_orders_skipped(shop, server, fake, http):
    refunded = web.shopify_order(
        1, [("CHN-11S", 1, "34.99"), ("TUB-700-28", 3, "8.90")], financial="partially_refunded"
    )
    tube_line = refunded["line_items"][1]["id"]
    refunded["refunds"] = [
        {
            "id": 509562969,
            "refund_line_items": [{"line_item_id": tube_line, "quantity": 2, "subtotal": 17.8}],
            "transactions": [{"kind": "refund", "status": "success", "amount": "17.80"}],
        }
    ]
    cancelled = web.shopify_order(2, SKUS, cancelled_at="2026-11-20T12:00:00-05:00")
    fake.shopify += [refunded, cancelled]
    connect(shop, server, "shopify")
    result = sync_now(shop, http, web.SHOPIFY_TOKEN)
    assert result.imported == ["#1001"] and result.skipped == 1
    quantities = shop.db.execute(
        "SELECT p.sku, l.quantity FROM customer_order_lines l JOIN products p"
        " ON p.id = l.product_id ORDER BY l.line_no"
    ).fetchall()
    assert [tuple(r) for r in quantities] == [("CHN-11S", 1), ("TUB-700-28", 1)]
    paid = shop.db.execute("SELECT sum(amount) FROM payments").fetchone()[0]
    assert paid == 3499 + 890


def test_woocommerce_refunded_items_are_left_out_and_an_untied_refund_is_flagged(
    shop, server, fake, http
):
    tied = web.woo_order(1, [("CHN-11S", 1, "34.99"), ("TUB-700-28", 3, "8.90")])
    web.woo_refund(tied, item=1, quantity=2)
    untied = web.woo_order(2, SKUS)
    untied["refunds"].append({"id": 8100, "reason": "goodwill", "total": "-5.00"})
    untied["_refund_details"] = [{"id": 8100, "amount": "5.00", "line_items": []}]
    fake.woo += [tied, untied, web.woo_order(3, SKUS)]
    connect(shop, server, "woocommerce")
    result = sync_now(shop, http, web.WOO_SECRET)
    assert result.imported == ["1001", "1002", "1003"]
    rows = shop.db.execute(
        "SELECT o.external_ref, p.sku, l.quantity, o.import_warning FROM customer_order_lines l"
        " JOIN customer_orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id"
        " ORDER BY o.id, l.line_no"
    ).fetchall()
    assert [tuple(r[:3]) for r in rows] == [
        ("1001", "CHN-11S", 1),
        ("1001", "TUB-700-28", 1),
        ("1002", "CHN-11S", 1),
        ("1002", "TUB-700-28", 2),
        ("1003", "CHN-11S", 1),
        ("1003", "TUB-700-28", 2),
    ]
    assert rows[0][3] == "" and "without saying which items" in rows[2][3]
    # Only the refunded orders' refunds are asked for.
    assert [r for r in fake.requests if r.endswith("/refunds")] == [
        "/wp-json/wc/v3/orders/7001/refunds",
        "/wp-json/wc/v3/orders/7002/refunds",
    ]


def test_an_order_with_an_unknown_sku_waits_in_the_inbox_and_the_others_are_imported(
    shop, server, fake, http
):
    fill(fake, "woocommerce", 3)
    fake.woo.append(web.woo_order(4, [("NOPE-1", 1, "5.00"), ("CHN-11S", 1, "34.99")]))
    connect(shop, server, "woocommerce")
    result = sync_now(shop, http, web.WOO_SECRET)
    assert result.imported == ["1001", "1002", "1003"] and result.to_check == ["1004"]
    assert result.summary() == "3 new web orders imported; 1 web order to check on Today."
    assert inbox_count(shop) == 1
    [waiting] = inbox(shop)
    assert waiting.ref == "1004" and waiting.customer == "Anna Berger 4"
    assert waiting.unknown_skus == [("NOPE-1", "Item NOPE-1")]
    assert "NOPE-1" in waiting.reasons[0]
    # Fetching again keeps it waiting, once.
    sync_now(shop, http, web.WOO_SECRET)
    assert inbox_count(shop) == 1 and len(web_orders(shop)) == 3
    # The owner says which product it is: the order comes in.
    map_sku(shop, "woocommerce", "NOPE-1", "DBP-B01S")
    assert inbox(shop)[0].reasons == []
    taken = import_from_inbox(shop)
    assert taken.imported == ["1004"] and inbox_count(shop) == 0
    assert [r for _c, r in web_orders(shop)] == ["1001", "1002", "1003", "1004"]


def test_an_order_changed_after_it_waited_replaces_the_waiting_one(shop, server, fake, http):
    fake.woo.append(web.woo_order(1, [("NOPE-1", 1, "5.00")]))
    connect(shop, server, "woocommerce")
    sync_now(shop, http, web.WOO_SECRET)
    assert inbox_count(shop) == 1
    # The customer swapped the item in the web shop: now it is one the shop knows.
    fake.woo[0] = web.woo_order(1, SKUS, modified=web.START + timedelta(days=1))
    result = sync_now(shop, http, web.WOO_SECRET)
    assert result.imported == ["1001"] and inbox_count(shop) == 0


def test_an_order_in_another_currency_waits_with_the_reason(shop, server, fake, http):
    fake.shopify.append(web.shopify_order(1, SKUS, currency="USD"))
    connect(shop, server, "shopify")
    sync_now(shop, http, web.SHOPIFY_TOKEN)
    [waiting] = inbox(shop)
    assert "USD" in waiting.reasons[0] and web_orders(shop) == []


# --- the connection ---------------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["woocommerce", "shopify"])
def test_test_connection_answers_in_one_sentence(shop, server, fake, http, channel):
    fill(fake, channel, 2)
    connection = connect(shop, server, channel)
    said = check_connection(shop, connection, secret(channel), http)
    assert said.endswith("answered; jitdesk can fetch its orders.")
    with pytest.raises(WebShopError, match=r"refused the key \(HTTP 401\)"):
        check_connection(shop, connection, "wrong", http)


def test_the_secret_is_kept_in_the_keyring_not_in_the_shop_file(
    shop,
    server,
    memory_keyring,  # noqa: F811
):
    connection = WebShopConnection("woocommerce", web.url_of(server), api_key=web.WOO_KEY)
    save_connection(shop, connection, web.WOO_SECRET)
    assert load_secret(get_connection(shop)) == web.WOO_SECRET
    dump = "\n".join(shop.db.conn.iterdump())
    assert web.WOO_SECRET not in dump


def test_without_a_keyring_the_owner_is_told_to_choose_asking(shop, server, monkeypatch):
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    connection = WebShopConnection("shopify", web.url_of(server), secret_storage="keyring")
    with pytest.raises(WebShopError, match="ask once per session"):
        save_connection(shop, connection, web.SHOPIFY_TOKEN)
    assert get_connection(shop) is None


def test_asking_once_per_session_needs_the_secret(shop, server, fake, http):
    connect(shop, server, "shopify", storage="ask")
    with pytest.raises(SecretNeeded):
        sync_now(shop, http)


@pytest.mark.parametrize(
    ("url", "field"),
    [("http://shop.example.com", "url"), ("shop.example.com", "url"), ("https://", "url")],
)
def test_only_https_addresses_are_accepted(shop, url, field):
    from jitdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="must start with https://") as caught:
        save_connection(shop, WebShopConnection("shopify", url))
    assert caught.value.field == field


def test_connecting_starts_a_week_back_and_reconnecting_keeps_the_cursor(shop, server, fake, http):
    connection = connect(shop, server, "woocommerce")
    assert connection.cursor == "2026-11-18T00:00:00"
    fill(fake, "woocommerce", 2)
    sync_now(shop, http, web.WOO_SECRET)
    connection.interval_minutes = 5
    save_connection(shop, connection)
    assert get_connection(shop).cursor == "2026-11-20T09:02:00"
    save_connection(shop, connection, since=date(2026, 11, 1))
    assert get_connection(shop).cursor == "2026-11-01T00:00:00"


# --- what goes wrong on the way ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("knob", "value", "said"),
    [
        ("fail_with", 401, r"refused the key \(HTTP 401\); check the key"),
        ("fail_with", 404, r"has no order list at that address \(HTTP 404\)"),
        ("fail_with", 500, r"had a problem of its own \(HTTP 500\); fetch the web orders again"),
        ("malformed", True, r"the answer is not JSON"),
        ("delay", 3.0, r"did not answer within 2 seconds"),
        ("hang_up", True, r"The connection to 127.0.0.1 broke off"),
    ],
)
@pytest.mark.parametrize("channel", ["woocommerce", "shopify"])
def test_a_failing_web_shop_is_one_sentence_and_changes_nothing(
    shop, server, fake, http, channel, knob, value, said
):
    fill(fake, channel, 3)
    connection = connect(shop, server, channel)
    before = counts(shop)
    setattr(fake, knob, value)
    with pytest.raises(WebShopError, match=said) as caught:
        sync_now(shop, http, secret(channel))
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    assert counts(shop) == before
    assert get_connection(shop).cursor == connection.cursor


def test_a_page_that_fails_halfway_keeps_the_cursor(shop, server, fake, http):
    fill(fake, "woocommerce", 150)
    connection = connect(shop, server, "woocommerce")

    class FailSecondPage(HttpClient):
        calls = 0

        def get_json(self, url, headers):
            FailSecondPage.calls += 1
            if FailSecondPage.calls == 2:
                raise WebShopError("127.0.0.1 had a problem of its own (HTTP 500).")
            return super().get_json(url, headers)

    failing = FailSecondPage(context=http.context, timeout=2)
    with pytest.raises(WebShopError):
        sync_now(shop, failing, web.WOO_SECRET)
    assert len(web_orders(shop)) == 100  # the first page was saved whole
    assert get_connection(shop).cursor == connection.cursor
    sync_now(shop, http, web.WOO_SECRET)
    refs = [r for _c, r in web_orders(shop)]
    assert len(refs) == len(set(refs)) == 150


def test_too_many_requests_waits_as_told_and_goes_on(shop, server, fake, http):
    fill(fake, "shopify", 2)
    connect(shop, server, "shopify")
    fake.rate_limited, fake.retry_after = 2, "3"
    result = sync_now(shop, http, web.SHOPIFY_TOKEN)
    assert http.slept == [3.0, 3.0] and len(result.imported) == 2


def test_a_web_shop_that_never_stops_asking_to_slow_down_is_given_up(shop, server, fake, http):
    connect(shop, server, "woocommerce")
    fake.rate_limited = 100
    with pytest.raises(WebShopError, match=r"kept asking jitdesk to slow down \(HTTP 429\)"):
        sync_now(shop, http, web.WOO_SECRET)


def test_a_certificate_jitdesk_does_not_trust_is_refused(shop, server, fake):
    fill(fake, "woocommerce", 1)
    connect(shop, server, "woocommerce")
    untrusting = HttpClient(context=ssl.create_default_context(), timeout=2)
    with pytest.raises(WebShopError, match="certificate of 127.0.0.1 could not be verified"):
        sync_now(shop, untrusting, web.WOO_SECRET)
    assert web_orders(shop) == []


def test_a_next_page_on_another_host_is_not_followed(shop, server, fake, http, monkeypatch):
    from jitdesk.services import webshop_sync

    fill(fake, "shopify", 3)
    connect(shop, server, "shopify")
    monkeypatch.setattr(
        webshop_sync, "next_link", lambda _h: "https://evil.example/admin/orders.json"
    )
    with pytest.raises(WebShopError, match="access token stays with the web shop"):
        sync_now(shop, http, web.SHOPIFY_TOKEN)
