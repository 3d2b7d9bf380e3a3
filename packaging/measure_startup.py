"""Start-up time of the frozen onedir app against the development install, side by side.

    python packaging/measure_startup.py build/deb/dist/jitdesk/jitdesk [--runs 7] [--max-ratio 1.5]

Both run `jitdesk --startup-probe` (QApplication, a new shop, the main window shown, quit),
alternately, after one warm-up run each; the median wall time of each is compared. Prints one
line of JSON; exit 1 if --max-ratio is given and exceeded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen", type=Path, help="the frozen jitdesk executable")
    parser.add_argument(
        "--python", default=sys.executable, help="python of the development install"
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--max-ratio", type=float, default=None)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    dev_cmd = [args.python, "-m", "jitdesk", "--startup-probe"]
    frozen_cmd = [str(args.frozen), "--startup-probe"]
    timed(dev_cmd, env)
    timed(frozen_cmd, env)
    dev, frozen = [], []
    for _ in range(args.runs):
        dev.append(timed(dev_cmd, env))
        frozen.append(timed(frozen_cmd, env))
    result = {
        "dev_median_s": round(statistics.median(dev), 3),
        "frozen_median_s": round(statistics.median(frozen), 3),
        "ratio": round(statistics.median(frozen) / statistics.median(dev), 2),
        "runs": args.runs,
    }
    print(json.dumps(result))
    if args.max_ratio is not None and result["ratio"] > args.max_ratio:
        print(f"frozen start-up is {result['ratio']}x the development start-up", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
