"""Shop settings use cases."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from jitdesk.domain.clock import Clock
from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import ShopSettings
from jitdesk.services.shop import Changes, Shop
from jitdesk.store.settings import load_settings, save_settings


def get_settings(shop: Shop) -> ShopSettings:
    return load_settings(shop.db)


def update_settings(shop: Shop, settings: ShopSettings) -> Changes:
    settings.validate()
    with shop.transaction():
        before = asdict(load_settings(shop.db))
        save_settings(shop.db, settings)
        after = asdict(settings)
        changed = {k: after[k] for k in after if k != "logo" and after[k] != before.get(k)}
        shop.event("shop", 1, "settings changed", "Shop settings changed", changed=changed)
    return Changes(settings=True)


def create_shop(
    path: str | Path,
    name: str,
    currency: str = "EUR",
    *,
    clock: Clock | None = None,
    **kwargs: Any,  # further ShopSettings fields
) -> Shop:
    """Make a new shop file with its settings row; the file is refused if it exists."""
    settings = ShopSettings(name=name, currency=currency, **kwargs)
    settings.validate()
    if Path(path).exists():
        raise ShopFileError(
            _("{name} already exists; choose another file name.").format(name=Path(path).name)
        )
    shop = Shop.open(path, create=True, clock=clock)
    with shop.transaction():
        save_settings(shop.db, settings)
        shop.event("shop", 1, "created", f"Shop {settings.name} created")
    return shop
