"""The installer sources are valid: workflow YAML, spec, desktop entry, MIME type, AppStream
metainfo, icon, NSIS script (compiled when makensis is installed) and the CI hook."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jitdesk import __version__

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packaging"
LINUX = PKG / "linux"


def test_release_workflow_is_valid_yaml_with_three_platform_jobs():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["linux"].startswith("ubuntu")
    assert runners["windows"].startswith("windows")
    assert runners["macos"].startswith("macos")
    for name, job in jobs.items():
        steps = " ".join(
            str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"]
        )
        assert "pytest" in steps, name
        assert "upload-artifact" in steps, name
        assert "--self-test" in steps or "ci-build-and-test.sh" in steps, name
    assert "jitdesk.nsi" in str(jobs["windows"]) and "build-dmg.sh" in str(jobs["macos"])


def test_spec_is_python_and_collects_modules_without_a_fixed_list():
    source = (PKG / "jitdesk.spec").read_text()
    compile(source, "jitdesk.spec", "exec")
    assert 'collect_submodules("jitdesk")' in source  # new pages and services need no edit
    assert 'collect_submodules("reportlab.graphics.barcode")' in source
    assert "NSHighResolutionCapable" in source and "NSRequiresAquaSystemAppearance" in source


def test_shell_scripts_parse():
    scripts = [*LINUX.glob("*.sh"), *PKG.glob("*/*.sh"), ROOT / ".ci" / "run"]
    for script in set(scripts):
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_ci_runs_the_packaging_after_the_test_command():
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert "set -euo pipefail" in lines
    test_line = next(i for i, line in enumerate(lines) if ".venv/bin/python -m pytest" in line)
    hook = next(i for i, line in enumerate(lines) if "packaging/linux/ci-build-and-test.sh" in line)
    assert hook > test_line


def test_desktop_entry_opens_shop_files():
    text = (LINUX / "jitdesk.desktop").read_text()
    assert re.search(r"^MimeType=.*application/x-jitdesk-shop;", text, re.M)
    assert re.search(r"^Exec=jitdesk .*%f", text, re.M)
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(LINUX / "jitdesk.desktop")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_maps_the_jitdesk_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "jitdesk-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-jitdesk-shop"
    assert mime.find("m:glob", ns).get("pattern") == "*.jitdesk"


def test_appstream_metainfo_validates(tmp_path):
    template = (LINUX / "io.github.jitdesk.jitdesk.metainfo.xml").read_text()
    filled = tmp_path / "io.github.jitdesk.jitdesk.metainfo.xml"
    filled.write_text(template.replace("@VERSION@", __version__).replace("@DATE@", "2026-11-25"))
    root = ET.parse(filled).getroot()
    assert root.findtext("launchable") == "jitdesk.desktop"
    assert root.find("releases/release").get("version") == __version__
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(filled)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_is_a_square_svg_with_windows_and_macos_renders():
    root = ET.parse(ROOT / "resources" / "icons" / "jitdesk.svg").getroot()
    _, _, width, height = root.get("viewBox").split()
    assert width == height
    assert (ROOT / "resources" / "icons" / "jitdesk.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "resources" / "icons" / "jitdesk-512.png").read_bytes()[:4] == b"\x89PNG"


def test_nsis_script_compiles_around_a_placeholder_payload(tmp_path):
    nsi = (PKG / "windows" / "jitdesk.nsi").read_text()
    for required in (
        "RequestExecutionLevel user",
        "$LOCALAPPDATA\\Programs",
        "WriteUninstaller",
        "$SMPROGRAMS",
        "Software\\Classes\\.jitdesk",
        "Publisher",
        "DisplayVersion",
    ):
        assert required in nsi, required
    if not shutil.which("makensis"):
        pytest.skip("makensis is not installed (apt-get install nsis)")
    out = tmp_path / "jitdesk-installer.exe"
    result = subprocess.run(
        [str(PKG / "windows" / "check-nsis.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
