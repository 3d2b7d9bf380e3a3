"""A demo shop for tests that need a shop in every state: written once per module, opened as
a copy so a test may break it."""

from __future__ import annotations

import shutil
from datetime import date, datetime, time
from pathlib import Path

from jitdesk.demo import DemoSummary, write_demo_shop
from jitdesk.domain.clock import fixed_clock
from jitdesk.services.shop import Shop

TODAY = date(2026, 11, 25)


def write_demo(folder: Path, orders: int = 400, seed: int = 1) -> tuple[Path, DemoSummary]:
    path = folder / "demo.jitdesk"
    return path, write_demo_shop(path, orders=orders, seed=seed, clock=fixed_clock(TODAY))


def open_copy(demo_path: Path, tmp_path: Path) -> Shop:
    copy = tmp_path / "copy.jitdesk"
    shutil.copy(demo_path, copy)
    moment = datetime.combine(TODAY, time(12)).astimezone()
    return Shop.open(copy, clock=lambda: moment)


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]
