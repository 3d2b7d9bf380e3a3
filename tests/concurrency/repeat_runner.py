"""A process that runs the due repeat orders of a shop file, started together with others."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jitdesk.domain.clock import fixed_clock
from jitdesk.services.repeats import run_repeats
from jitdesk.services.shop import Shop


def run(path: Path, day: date, start: Any, results: Any) -> None:
    """Wait until every runner is up (`start`, a barrier), run once, report what it made."""
    shop = Shop.open(path, actor="runner", clock=fixed_clock(day))
    try:
        start.wait(timeout=60)
        made = run_repeats(shop).created
        results.put([o.number for o in made])
    finally:
        shop.close()
