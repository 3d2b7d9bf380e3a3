"""Child process of the killed-fetch test: fetch web orders into a shop file, saying each page.

python -m tests.services.webshop_sync_child SHOP CA_FILE SECRET
"""

from __future__ import annotations

import ssl
import sys
from datetime import UTC, datetime

from jitdesk.services.shop import Shop
from jitdesk.services.webshop_http import HttpClient
from jitdesk.services.webshop_sync import sync_now

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def main(shop_path: str, ca_file: str, secret: str) -> None:
    shop = Shop.open(shop_path, clock=lambda: NOW)
    http = HttpClient(context=ssl.create_default_context(cafile=ca_file), timeout=10)

    def said(done: int, _total: int, _what: str) -> None:
        print(f"PAGE {done}", flush=True)

    result = sync_now(shop, http, secret, progress=said)
    print(f"DONE {len(result.imported)}", flush=True)
    shop.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
