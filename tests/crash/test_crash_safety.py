"""kill -9 at random moments never loses a committed action nor leaves one half-written.

Default run: 20 cycles. Stress run: JITDESK_STRESS_CYCLES (default 200) cycles with
``python -m pytest tests/crash -m stress``.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from tests.crash.harness import run_cycles
from tests.services.jit_fixtures import build_world, new_shop

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.spawns,
]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("crash") / "template.jitdesk"
    shop = new_shop(path)
    build_world(shop, n_customers=6)
    shop.close()
    return path


def fresh_copy(template, tmp_path):
    path = tmp_path / "crash.jitdesk"
    shutil.copyfile(template, path)
    return path


def report(tally, label: str) -> None:
    print(
        f"\n{label}: {tally.cycles} SIGKILL cycles, {tally.done_actions} actions reported done, "
        f"{len(tally.losses)} lost, {len(tally.half_applied)} half-applied, "
        f"{len(tally.problems)} check problems"
    )


def assert_clean(tally) -> None:
    assert tally.child_errors == []
    assert tally.losses == []
    assert tally.half_applied == []
    assert tally.problems == []


def test_kill_9_at_random_moments(template, tmp_path):
    tally = run_cycles(fresh_copy(template, tmp_path), cycles=20, seed=1)
    report(tally, "crash (default)")
    assert tally.cycles == 20
    assert tally.done_actions > 20, "the child did real work between kills"
    assert_clean(tally)


@pytest.mark.stress
def test_kill_9_stress(template, tmp_path):
    cycles = int(os.environ.get("JITDESK_STRESS_CYCLES", "200"))
    tally = run_cycles(fresh_copy(template, tmp_path), cycles=cycles, seed=2)
    report(tally, "crash (stress)")
    assert tally.cycles == cycles
    assert_clean(tally)
