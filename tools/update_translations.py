"""Refresh the GUI translations: extract the strings with pyside6-lupdate into the .ts files,
then compile them with pyside6-lrelease into the .qm files the app loads.

    .venv/bin/python tools/update_translations.py          # after changing GUI text
    .venv/bin/python tools/update_translations.py --qm     # only recompile (after translating)

New strings arrive in the .ts files as unfinished; translate them (Qt Linguist,
`pyside6-linguist resources/translations/jitdesk_de.ts`, or any editor), then run --qm.
The English catalog holds only the numerus forms, so the source can say "%n order(s)" and
English readers still see "1 order" and "2 orders".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "jitdesk" / "gui"
LANGUAGES = ("en", "de", "fr")


def tool(name: str) -> str:
    """The PySide6 tool next to the running Python (the venv's), else the one on PATH."""
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else name


def ts_path(language: str) -> Path:
    return FOLDER / f"jitdesk_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(language: str, target: Path | None = None) -> None:
    """Extract into `target` (default: the language's .ts), keeping what is translated."""
    target = target or ts_path(language)
    options = ["-locations", "none", "-no-obsolete", "-target-language", language]
    if language == "en":
        options.append("-pluralonly")
    subprocess.run(
        [tool("pyside6-lupdate"), *options, *sources(), "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if "--qm" not in argv:
            lupdate(language)
        lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))
        print(f"{ts_path(language).relative_to(ROOT)} -> .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
