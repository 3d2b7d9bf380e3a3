"""`jitdesk --self-test`: the installation check the frozen app runs (DESIGN §9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jitdesk import __version__, selftest
from jitdesk.services import documents as docs

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes_with_every_document_printing_and_the_main_window():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "jitdesk", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 1, run.stdout + run.stderr  # one line of JSON, nothing else
    summary = json.loads(lines[0])
    assert run.returncode == 0, summary
    assert summary["ok"] is True
    assert summary["version"] == __version__
    assert summary["seconds"] > 0
    checks = summary["checks"]
    for kind in (*docs.KINDS, *docs.BATCH_KINDS):
        assert checks[f"pdf_{kind}"]["bytes"] > 1000, kind
        assert checks[f"qpdf_{kind}"]["pages"] >= 1, kind
    assert checks["print_qprinter"]["pages"] == checks["print_qprinter"]["reopened_pages"] >= 1
    assert checks["handover"]["ok"] and checks["check_shop"]["ok"]
    assert len(checks["main_window"]["pages"]) >= 2  # every page of the window was shown
    assert checks["icon_svg"]["size"][0] > 0
    assert checks["catalogs"]["catalogs"] == ["de_AT", "fr_FR"]
    assert all(check["ok"] for check in checks.values())


def test_a_failing_check_is_named_and_the_exit_code_is_non_zero(monkeypatch, capsys):
    from jitdesk.services import planning

    def broken(shop, *args, **kwargs):
        raise RuntimeError("planning is broken")

    monkeypatch.setattr(planning, "commit_plan", broken)
    code = selftest.main(gui=False)
    summary = json.loads(capsys.readouterr().out)
    assert code == 1
    assert summary["ok"] is False
    assert summary["failed"] == "plan_commit"
    assert "planning is broken" in summary["checks"]["plan_commit"]["error"]
    assert summary["checks"]["order"]["ok"] is True  # what ran before is still reported
    assert "pdf_supplier-order" not in summary["checks"]  # nothing ran after the failure


def test_the_temporary_folder_is_removed(monkeypatch, tmp_path):
    made: list[Path] = []
    real = selftest.tempfile.mkdtemp

    def spy(**kwargs):
        made.append(Path(real(dir=tmp_path, **kwargs)))
        return str(made[-1])

    monkeypatch.setattr(selftest.tempfile, "mkdtemp", spy)
    assert selftest.run_self_test(gui=False)["ok"] is True
    assert made and not made[0].exists()
