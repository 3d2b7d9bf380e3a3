"""Desks acting at the same moment, each a process of its own: every one starts, opens its
shop and waits for a file to appear; then all go at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.environment import REPO


def run_together(
    script: str, argvs: list[list[str]], go: Path, *, settle_s: float, timeout_s: float
) -> list[str]:
    """Run `script` once per argument list (each names `go` where the script waits for it),
    let them all go after `settle_s`, and return what each printed (it must exit 0)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))  # with the calling test's password file
    started = [
        subprocess.Popen(
            [sys.executable, "-c", script, *argv],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for argv in argvs
    ]
    time.sleep(settle_s)  # every desk has its shop open and waits
    go.touch()
    printed = []
    for desk in started:
        out, err = desk.communicate(timeout=timeout_s)
        assert desk.returncode == 0, err
        printed.append(out)
    return printed
