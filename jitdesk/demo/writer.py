"""`jitdesk demo FILE`: write a believable demo shop, which appears only when complete.

The world is simulated in memory (demo/world.py), then written with executemany in one
transaction (sqlite-utils `insert_all` is ~12x slower; DESIGN §10), so 100,000 orders take
seconds. The shop is built under a temporary name beside FILE (`.FILE.demo-<pid>.tmp`) and
gets its name only when it is complete and closed: a run killed half-way leaves no FILE,
so the next run is not refused, and that run sweeps up what the killed one left.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from jitdesk.demo.customers import CustomerSpec, demo_customer
from jitdesk.demo.records import HISTORY_DAYS, World
from jitdesk.demo.rows import RowWriter
from jitdesk.demo.settings import demo_settings
from jitdesk.demo.summary import DemoSummary, summarize
from jitdesk.demo.world import simulate
from jitdesk.domain.clock import Clock, local_date, system_clock
from jitdesk.domain.errors import ShopFileError, ValidationError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import ShopSettings
from jitdesk.services.settings import create_shop
from jitdesk.store import bulk, staging

MAX_DEMO_ORDERS = 1_000_000
MAX_DEMO_YEARS = 30
DAYS_PER_YEAR = 365
ORDERS_PER_YEAR = 15_000  # a busy shop's year
STAGING = "demo"  # the tag in the temporary file's name


def write_demo_shop(
    file: str | Path,
    orders: int = 400,
    seed: int = 1,
    *,
    clock: Clock = system_clock,
    years: int | None = None,
) -> DemoSummary:
    """Write a new demo shop file; refuses to overwrite an existing file.

    With `years`, the orders are spread over that many years up to today (a long, settled
    history with a normal day's open work) instead of the last eight weeks."""
    path = Path(file)
    if path.exists():
        raise _exists(path)
    if not 1 <= orders <= MAX_DEMO_ORDERS:
        raise ValidationError(
            _("The number of demo orders must be between 1 and {limit}.").format(
                limit=MAX_DEMO_ORDERS
            ),
            "orders",
        )
    if years is not None and not 1 <= years <= MAX_DEMO_YEARS:
        raise ValidationError(
            _("The number of demo years must be between 1 and {limit}.").format(
                limit=MAX_DEMO_YEARS
            ),
            "years",
        )
    staging.sweep_stale(path.parent, STAGING)
    rng = random.Random(seed)
    n_customers = max(30, orders // 3)
    customers = [demo_customer(rng, i) for i in range(1, n_customers + 1)]
    settings = demo_settings()
    history = HISTORY_DAYS if years is None else years * DAYS_PER_YEAR
    world = simulate(local_date(clock), orders, n_customers, rng, settings, history)
    staged = staging.staged_path(path, STAGING)
    staging.discard(staged)  # left by a dead process that had our process id
    try:
        with _named_as_asked(staged, path):
            _write(staged, clock, settings, world, customers)
        _publish(staged, path)
    except BaseException:
        staging.discard(staged)
        raise
    return summarize(path, world, n_customers)


def _write(
    file: Path, clock: Clock, settings: ShopSettings, world: World, customers: list[CustomerSpec]
) -> None:
    """A new shop file holding the whole world, written in one transaction and closed."""
    shop = create_shop(
        file, clock=clock, **{f.name: getattr(settings, f.name) for f in fields(settings)}
    )
    try:
        with bulk.deferred_foreign_keys(shop.db), shop.transaction():
            RowWriter(shop, world, customers, settings).write_all()
        bulk.checkpoint(shop.db)  # fold the log into the file: it moves without a -wal
    finally:
        shop.close()


@contextlib.contextmanager
def _named_as_asked(staged: Path, path: Path) -> Iterator[None]:
    """A refusal (full disk, network share, ...) names the file the user asked for, not the
    temporary one."""
    try:
        yield
    except ShopFileError as exc:
        message = str(exc).replace(str(staged), str(path)).replace(staged.name, path.name)
        raise ShopFileError(message) from exc


def _publish(staged: Path, path: Path) -> None:
    try:
        staging.publish(staged, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError as exc:
        raise ShopFileError(
            _("The demo shop {name} cannot be written: {value}.").format(
                name=path.name, value=exc.strerror or exc
            )
        ) from exc


def _exists(path: Path) -> ShopFileError:
    return ShopFileError(
        _("{name} already exists; choose a new file name for the demo shop.").format(name=path.name)
    )
