"""Where jitdesk's bundled files (fonts, icons, message catalogs) are: one answer for a source
checkout (and `pip install -e .`), an installed wheel, and the frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # .../jitdesk


def resource_folders() -> list[Path]:
    """Candidate resources/ folders, most specific first: the frozen app's data folder, the
    installed package's `jitdesk/resources`, the source checkout's top-level `resources/`."""
    folders = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders += [Path(frozen) / "resources", Path(frozen) / "jitdesk" / "resources"]
    folders += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    return folders


def resource_path(*parts: str) -> Path:
    """The bundled file or folder `parts` (e.g. "fonts", "DejaVuSans.ttf") in the first
    resources folder that has it; the source checkout's path when none has (callers that need
    it then report it missing)."""
    folders = resource_folders()
    for folder in folders:
        candidate = folder.joinpath(*parts)
        if candidate.exists():
            return candidate
    return folders[-1].joinpath(*parts)
