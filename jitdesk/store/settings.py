"""Reading and writing the single shop settings row."""

from __future__ import annotations

from dataclasses import fields

from sqlite_utils import Database

from jitdesk.domain.calendar import parse_weekdays, weekdays_to_text
from jitdesk.domain.models import ShopSettings


def load_settings(db: Database) -> ShopSettings:
    row = db.execute("SELECT * FROM shop WHERE id = 1").fetchone()
    if row is None:
        return ShopSettings()
    data = dict(row)
    values = {}
    for f in fields(ShopSettings):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "closed_weekdays":
            value = parse_weekdays(value)
        elif f.name in ("use_observed_lead_times", "prices_include_tax"):
            value = bool(value)
        values[f.name] = value
    return ShopSettings(**values)


def save_settings(db: Database, settings: ShopSettings) -> None:
    row = {f.name: getattr(settings, f.name) for f in fields(ShopSettings)}
    row["closed_weekdays"] = weekdays_to_text(settings.closed_weekdays)
    row["use_observed_lead_times"] = int(settings.use_observed_lead_times)
    row["prices_include_tax"] = int(settings.prices_include_tax)
    row["id"] = 1
    db.table("shop").upsert(row, pk="id")


def shop_currency(db: Database) -> str:
    """The shop's currency code; empty before the shop row exists."""
    row = db.execute("SELECT currency FROM shop WHERE id = 1").fetchone()
    return row[0] if row else ""
