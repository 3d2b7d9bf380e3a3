"""The layers of DESIGN §4 are kept mechanically (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SQLITE_CONTRACT = "SQLite only in the store"
STORE_CONTRACT = "The GUI and the command line reach the store only through services"


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    return subprocess.run([exe, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120)


def contract(name: str) -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return next(c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == name)


def test_layers_and_qt_boundary_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sqlite_contract_covers_every_part_of_jitdesk_but_the_store():
    parts = {
        f"jitdesk.{p.stem}"
        for p in (ROOT / "jitdesk").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()
    }
    assert set(contract(SQLITE_CONTRACT)["source_modules"]) == parts - {"jitdesk.store"}


@pytest.mark.parametrize(
    ("module", "stray", "broken"),
    [
        ("services/customers.py", "import sqlite3", SQLITE_CONTRACT),
        ("domain/money.py", "import sqlite_utils", SQLITE_CONTRACT),
        ("demo/rows.py", "import sqlite3", SQLITE_CONTRACT),
        ("gui/error_handling.py", "from jitdesk.store import errors", STORE_CONTRACT),
        ("cli.py", "import jitdesk.store.catalog", STORE_CONTRACT),
    ],
)
def test_a_stray_import_breaks_its_contract(tmp_path, module, stray, broken):
    shutil.copytree(ROOT / "jitdesk", tmp_path / "jitdesk")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "jitdesk" / module).open("a", encoding="utf-8") as fh:
        fh.write(f"\n{stray}  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{broken} BROKEN" in result.stdout


def _handle_uses(path: Path) -> list[str]:
    """`db[...]`, `db.x`, `shop.db.x`: anything done *to* the store handle rather than handing
    it to a store function."""

    def is_handle(node: ast.AST) -> bool:
        return (isinstance(node, ast.Name) and node.id == "db") or (
            isinstance(node, ast.Attribute) and node.attr == "db"
        )

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute | ast.Subscript) and is_handle(node.value):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("package", ["services", "demo"])
def test_services_treat_the_store_handle_as_opaque(package):
    modules = sorted((ROOT / "jitdesk" / package).rglob("*.py"))
    assert modules
    assert [use for path in modules for use in _handle_uses(path)] == []


def test_the_opaque_handle_check_sees_sql_in_a_service(tmp_path):
    service = tmp_path / "service.py"
    service.write_text(
        "def f(shop, db):\n    db['x'].insert({})\n    shop.db.execute('SELECT 1')\n    g(db)\n"
    )
    assert len(_handle_uses(service)) == 2
