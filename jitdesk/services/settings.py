"""Shop settings use cases."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from jitdesk.domain.clock import Clock
from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.shelves import LabelSize
from jitdesk.services import shelves, telling
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Changes, Shop
from jitdesk.store.settings import load_settings, save_settings


def get_settings(shop: Shop) -> ShopSettings:
    return load_settings(shop.db)


def update_settings(shop: Shop, settings: ShopSettings) -> Changes:
    settings.validate()
    require_permission(shop, OwnerAction.SETTINGS)
    with shop.transaction():
        before = asdict(load_settings(shop.db))
        save_settings(shop.db, settings)
        after = asdict(settings)
        changed = {k: after[k] for k in after if k != "logo" and after[k] != before.get(k)}
        shop.event("shop", 1, "settings changed", "Shop settings changed", changed=changed)
    return Changes(settings=True)


@dataclass(frozen=True, slots=True)
class CounterSettings:
    """The pickup counter's settings, kept beside the shop's: the label stock, the shelf
    names suggested in order, and how customers who did not choose are told."""

    label_size: LabelSize
    shelf_pattern: str
    tell_channel: str


def counter_settings(shop: Shop) -> CounterSettings:
    labels = shelves.label_settings(shop)
    return CounterSettings(
        labels.label_size, labels.shelf_pattern, telling.default_channel(shop).value
    )


def update_all_settings(shop: Shop, settings: ShopSettings, counter: CounterSettings) -> Changes:
    """What the Settings page saves, in one transaction: a problem with any part writes
    nothing."""
    require_permission(shop, OwnerAction.SETTINGS)
    with shop.transaction():
        changes = update_settings(shop, settings)
        shelves.save_label_settings(shop, counter.label_size, counter.shelf_pattern)
        changes.merge(telling.save_default_channel(shop, counter.tell_channel))
    return changes


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
