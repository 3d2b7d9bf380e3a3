"""Demo shops with years of history for the benchmarks, written once and kept in
`$JITDESK_BENCH_CACHE` (default: a folder in the temporary directory), keyed by the
generator's version: a hash of the demo generator's sources, so a changed generator writes
new shops instead of reusing stale ones (a newer schema upgrades a cached shop on opening).

Run as a script to fill the cache ahead of a benchmark run:
    python -m tests.benchmarks.history_shops 1 5 10 1m
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from jitdesk.demo import ORDERS_PER_YEAR, write_demo_shop
from jitdesk.domain.clock import fixed_clock

TODAY = date(2026, 11, 25)
REPO = Path(__file__).resolve().parents[2]
BIG_ORDERS_PER_YEAR = 100_000  # the benchmark shop: 1,000,000 orders over 10 years


def generator_version() -> str:
    digest = hashlib.sha256()
    sources = sorted((REPO / "jitdesk" / "demo").glob("*.py"))
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    root = os.environ.get("JITDESK_BENCH_CACHE") or str(
        Path(tempfile.gettempdir()) / "jitdesk-bench-cache"
    )
    folder = Path(root) / generator_version()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def history_shop(years: int, orders_per_year: int = ORDERS_PER_YEAR) -> Path:
    """The cached shop of `years` years at `orders_per_year`, written if missing."""
    path = cache_dir() / f"history-{years}y-{orders_per_year}.jitdesk"
    if not path.exists():
        start = time.perf_counter()
        write_demo_shop(
            path, orders=years * orders_per_year, years=years, seed=7, clock=fixed_clock(TODAY)
        )
        seconds = time.perf_counter() - start
        path.with_suffix(".seconds").write_text(f"{seconds:.1f}\n")
    return path


def generation_seconds(path: Path) -> str:
    stamp = path.with_suffix(".seconds")
    return stamp.read_text().strip() if stamp.exists() else "?"


def main(argv: list[str]) -> int:
    for arg in argv[1:]:
        path = history_shop(10, BIG_ORDERS_PER_YEAR) if arg == "1m" else history_shop(int(arg))
        size = path.stat().st_size / 2**20
        print(f"{path}: {size:.0f} MiB, written in {generation_seconds(path)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
