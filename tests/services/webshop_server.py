"""A local HTTPS web shop for tests: WooCommerce REST API v3 and Shopify Admin REST API orders.

It answers as the two APIs are documented:

* WooCommerce `GET /wp-json/wc/v3/orders?per_page=&page=&modified_after=&dates_are_gmt=`:
  HTTP Basic auth with the consumer key and secret; a JSON list of orders; `X-WP-Total` and
  `X-WP-TotalPages`; `per_page` at most 100; a page past the end is an empty list.
* Shopify `GET /admin/api/<version>/orders.json?status=any&limit=&updated_at_min=`:
  `X-Shopify-Access-Token`; `{"orders": [...]}`; `limit` at most 250; cursor paging by a
  `Link: <...page_info=...>; rel="next"` header, where a request with `page_info` may carry only
  `limit` (anything else is HTTP 400, as on Shopify).

Knobs for the sad paths: `fail_with` (status code for every request), `malformed` (the body is
not JSON), `rate_limited` (how many requests answer 429 with `Retry-After`), `delay` (seconds
before each answer), `hang_up` (close the connection without answering).
Certificates come from the SMTP fixtures' test CA (`certs`), for 127.0.0.1.
"""

from __future__ import annotations

import base64
import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

WOO_KEY, WOO_SECRET = "ck_test0123456789", "cs_secret0123456789"
SHOPIFY_TOKEN = "shpat_test0123456789"
SHOPIFY_VERSION = "2025-01"
START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def woo_order(
    n: int,
    items: list[tuple[str, int, str]],
    *,
    status: str = "processing",
    modified: datetime | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A WooCommerce order as `GET /orders` lists it; items are (sku, quantity, price)."""
    modified = modified or START + timedelta(minutes=n)
    total = sum(q * float(p) for _s, q, p in items)
    order = {
        "id": 7000 + n,
        "parent_id": 0,
        "number": str(1000 + n),
        "order_key": f"wc_order_{n}",
        "created_via": "checkout",
        "status": status,
        "currency": "EUR",
        "date_created": (modified - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_created_gmt": (modified - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_modified": modified.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_modified_gmt": modified.strftime("%Y-%m-%dT%H:%M:%S"),
        "discount_total": "0.00",
        "shipping_total": "0.00",
        "total": f"{total:.2f}",
        "total_tax": "0.00",
        "customer_id": 0,
        "customer_note": "",
        "billing": {
            "first_name": "Anna",
            "last_name": f"Berger {n}",
            "company": "",
            "address_1": "Hauptstraße 1",
            "city": "Wien",
            "postcode": "1010",
            "country": "AT",
            "email": f"anna{n}@example.at",
            "phone": f"+43 660 {n:06d}",
        },
        "shipping": {"first_name": "Anna", "last_name": f"Berger {n}"},
        "payment_method": "bacs",
        "line_items": [
            {
                "id": 90000 + n * 10 + i,
                "name": f"Item {sku}",
                "product_id": 300 + i,
                "variation_id": 0,
                "quantity": q,
                "subtotal": f"{q * float(p):.2f}",
                "total": f"{q * float(p):.2f}",
                "sku": sku,
                "price": float(p),
            }
            for i, (sku, q, p) in enumerate(items)
        ],
        "refunds": [],
    }
    order.update(extra)
    return order


def woo_refund(order: dict[str, Any], item: int, quantity: int) -> None:
    """Refund `quantity` of the order's `item`-th line, as WooCommerce records it: a refund
    total on the order, and the refund's own items (served by `GET /orders/<id>/refunds`)."""
    line = order["line_items"][item]
    amount = quantity * float(line["price"])
    refund_id = 8000 + len(order["refunds"])
    order["refunds"].append({"id": refund_id, "reason": "", "total": f"-{amount:.2f}"})
    order.setdefault("_refund_details", []).append(
        {
            "id": refund_id,
            "amount": f"{amount:.2f}",
            "line_items": [
                {
                    "id": 95000 + refund_id,
                    "name": line["name"],
                    "product_id": line["product_id"],
                    "quantity": -quantity,
                    "total": f"-{amount:.2f}",
                    "sku": line["sku"],
                    "meta_data": [{"id": 1, "key": "_refunded_item_id", "value": str(line["id"])}],
                }
            ],
        }
    )


def shopify_order(
    n: int,
    items: list[tuple[str, int, str]],
    *,
    financial: str = "paid",
    modified: datetime | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Shopify order as `GET orders.json` lists it; items are (sku, quantity, price)."""
    modified = modified or START + timedelta(minutes=n)
    total = sum(q * float(p) for _s, q, p in items)
    order = {
        "id": 450789469 + n,
        "name": f"#{1000 + n}",
        "order_number": 1000 + n,
        "email": f"bob{n}@example.com",
        "phone": None,
        "created_at": (modified - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S-05:00"),
        "updated_at": (modified - timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S-05:00"),
        "cancelled_at": None,
        "financial_status": financial,
        "currency": "EUR",
        "total_price": f"{total:.2f}",
        "note": None,
        "customer": {
            "id": 207119551 + n,
            "first_name": "Bob",
            "last_name": f"Norman {n}",
            "email": f"bob{n}@example.com",
        },
        "billing_address": {
            "first_name": "Bob",
            "last_name": f"Norman {n}",
            "name": f"Bob Norman {n}",
            "phone": f"+1 555 {n:04d}",
        },
        "line_items": [
            {
                "id": 466157049 + n * 10 + i,
                "sku": sku,
                "name": f"Item {sku}",
                "title": sku,
                "quantity": q,
                "price": p,
                "fulfillable_quantity": q,
            }
            for i, (sku, q, p) in enumerate(items)
        ],
        "refunds": [],
    }
    order.update(extra)
    return order


def _modified_utc(order: dict[str, Any]) -> datetime:
    if "date_modified_gmt" in order:
        return datetime.fromisoformat(order["date_modified_gmt"]).replace(tzinfo=UTC)
    return datetime.fromisoformat(order["updated_at"]).astimezone(UTC)


def _since(text: str, naive_gmt: bool) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC) if naive_gmt else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass
class FakeShop:
    woo: list[dict[str, Any]] = field(default_factory=list)
    shopify: list[dict[str, Any]] = field(default_factory=list)
    fail_with: int | None = None
    malformed: bool = False
    rate_limited: int = 0
    retry_after: str = "1"
    delay: float = 0.0
    hang_up: bool = False
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        fake = self.server.fake
        with fake.lock:
            fake.requests.append(self.path)
        if fake.delay:
            time.sleep(fake.delay)
        if fake.hang_up:
            self.close_connection = True
            self.connection.close()
            return
        with fake.lock:
            limited = fake.rate_limited > 0
            if limited:
                fake.rate_limited -= 1
        if limited:
            return self._send(
                429, {"errors": "Exceeded 2 calls per second."}, {"Retry-After": fake.retry_after}
            )
        if fake.fail_with:
            return self._send(fake.fail_with, {"code": "error", "message": "failed"})
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/wp-json/wc/v3/orders":
            return self._woo(query)
        if parts.path.startswith("/wp-json/wc/v3/orders/") and parts.path.endswith("/refunds"):
            return self._woo_refunds(int(parts.path.split("/")[-2]))
        if parts.path == f"/admin/api/{SHOPIFY_VERSION}/orders.json":
            return self._shopify(query)
        return self._send(404, {"code": "rest_no_route", "message": "No route was found."})

    # -- WooCommerce ---------------------------------------------------------------------------
    def _woo(self, query: dict[str, str]) -> None:
        expected = base64.b64encode(f"{WOO_KEY}:{WOO_SECRET}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            return self._send(
                401,
                {
                    "code": "woocommerce_rest_cannot_view",
                    "message": "Sorry, you cannot list resources.",
                },
            )
        per_page, page = int(query.get("per_page", 10)), int(query.get("page", 1))
        if not 1 <= per_page <= 100:
            return self._send(400, {"code": "rest_invalid_param"})
        orders = list(self.server.fake.woo)
        if "modified_after" in query:
            since = _since(query["modified_after"], query.get("dates_are_gmt") == "true")
            orders = [o for o in orders if _modified_utc(o) > since]
        orders.sort(key=lambda o: o["id"], reverse=query.get("order", "desc") == "desc")
        total_pages = max(1, -(-len(orders) // per_page)) if orders else 0
        chunk = [
            {k: v for k, v in o.items() if k != "_refund_details"}
            for o in orders[(page - 1) * per_page : page * per_page]
        ]
        self._send(
            200, chunk, {"X-WP-Total": str(len(orders)), "X-WP-TotalPages": str(total_pages)}
        )

    def _woo_refunds(self, order_id: int) -> None:
        """`GET /orders/<id>/refunds`: each refund with its items (negative quantities)."""
        found = [o for o in self.server.fake.woo if o["id"] == order_id]
        if not found:
            return self._send(404, {"code": "woocommerce_rest_shop_order_invalid_id"})
        self._send(200, found[0].get("_refund_details", []))

    # -- Shopify -------------------------------------------------------------------------------
    def _shopify(self, query: dict[str, str]) -> None:
        if self.headers.get("X-Shopify-Access-Token") != SHOPIFY_TOKEN:
            return self._send(401, {"errors": "[API] Invalid API key or access token"})
        limit = int(query.get("limit", 50))
        if not 1 <= limit <= 250:
            return self._send(400, {"errors": {"limit": "invalid"}})
        if "page_info" in query:
            if set(query) - {"page_info", "limit"}:
                return self._send(400, {"errors": "page_info cannot be combined"})
            state = json.loads(base64.urlsafe_b64decode(query["page_info"]))
            since, offset = state["since"], state["offset"]
        else:
            since, offset = query.get("updated_at_min", ""), 0
        orders = sorted(self.server.fake.shopify, key=lambda o: o["id"])
        if since:
            moment = _since(since, True)
            orders = [o for o in orders if _modified_utc(o) >= moment]
        chunk = orders[offset : offset + limit]
        headers = {}
        if offset + limit < len(orders):
            token = base64.urlsafe_b64encode(
                json.dumps({"since": since, "offset": offset + limit}).encode()
            ).decode()
            host = f"https://127.0.0.1:{self.server.server_address[1]}"
            link = f"{host}{urlsplit(self.path).path}?{urlencode({'limit': limit, 'page_info': token})}"
            headers["Link"] = f'<{link}>; rel="next"'
        self._send(200, {"orders": chunk}, headers)

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        raw = (
            b"{not json"
            if self.server.fake.malformed and status == 200
            else json.dumps(body).encode()
        )
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeShop


def start(certs: tuple[Path, Path, Path], fake: FakeShop, port: int = 0) -> _Server:
    """Serve `fake` over HTTPS on 127.0.0.1 (`port` 0: any free one) on a daemon thread."""
    _ca, cert, key = certs
    server = _Server(("127.0.0.1", port), _Handler)
    server.fake = fake
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(str(cert), str(key))
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def url_of(server: _Server) -> str:
    return f"https://127.0.0.1:{server.server_address[1]}"
