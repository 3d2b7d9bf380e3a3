"""The package type-checks with mypy under the per-part settings in pyproject.toml: the
domain strictest, the store, services and demo generator fully annotated, the rest checked."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Type checking does not depend on the date: left out of the runs with the date moved.
pytestmark = pytest.mark.spawns


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def overrides_for(module: str) -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    settings = {k: v for k, v in config.items() if k != "overrides"}
    for override in config["overrides"]:
        if module in override["module"]:
            settings |= {k: v for k, v in override.items() if k != "module"}
    return settings


def test_the_package_type_checks():
    result = mypy()
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("part", ["domain", "store", "services", "demo"])
def test_the_layers_below_the_gui_are_held_to_full_annotations(part):
    settings = overrides_for(f"jitdesk.{part}.*")
    assert settings.get("ignore_errors") is not True
    for flag in (
        "check_untyped_defs",
        "disallow_incomplete_defs",
        "disallow_untyped_defs",
        "warn_unused_ignores",
        "no_implicit_optional",
    ):
        assert settings.get(flag) is True, f"{part}: {flag}"
    assert "ignore_missing_imports" not in settings  # only per third-party package


@pytest.mark.parametrize(
    ("module", "stray", "code"),
    [
        ("services/customers.py", "def stray(x):\n    return x", "no-untyped-def"),
        ("store/catalog.py", "def stray() -> int:\n    return 'one'", "return-value"),
        ("domain/money.py", "def stray(x: list) -> None:\n    pass", "type-arg"),
        ("domain/money.py", "n = int('1')  # type: ignore[arg-type]", "unused-ignore"),
    ],
)
def test_a_type_error_fails_the_check(tmp_path, module, stray, code):
    source = ROOT / "jitdesk" / module
    shadow = tmp_path / source.name
    shadow.write_text(source.read_text(encoding="utf-8") + f"\n\n{stray}\n", encoding="utf-8")
    result = mypy("--shadow-file", str(source), str(shadow))
    assert result.returncode == 1
    assert f"[{code}]" in result.stdout
