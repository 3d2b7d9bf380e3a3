"""Keep the message catalogs of the Qt-free layers in step with the code (Babel / gettext).

    python -m scripts.catalogs update    # extract messages, merge them into every .po
    python -m scripts.catalogs compile   # .po -> .mo (the .mo files are committed)
    python -m scripts.catalogs init LANG # start a catalog for a new language
    python -m scripts.catalogs all       # update + compile: run after changing any message

The template is resources/locale/jitdesk.pot; catalogs are
resources/locale/<lang>/LC_MESSAGES/jitdesk.po with their compiled .mo beside them. Compiled
catalogs are committed so a fresh clone (`pip install -e .`) and the packaged app have them
without a build step; tests/domain/test_catalogs.py fails when they fall behind the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "jitdesk.pot"
DOMAIN = "jitdesk"
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2"]


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(output: Path = TEMPLATE) -> Path:
    """Every marked message of the Qt-free layers into a .pot (no source lines, so moving code
    does not touch the catalogs)."""
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        "--no-default-keywords",
        *KEYWORDS,
        "--no-location",
        "--sort-output",
        "--add-comments=TRANSLATORS:",
        "--project=jitdesk",
        "--msgid-bugs-address=",
        "--copyright-holder=The jitdesk developers",
        "-o",
        str(output),
        str(ROOT),
    )
    return output


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update() -> None:
    extract()
    for language in languages():
        _pybabel(
            "update",
            "-i",
            str(TEMPLATE),
            "-d",
            str(LOCALE),
            "-D",
            DOMAIN,
            "-l",
            language,
            "--no-wrap",
            "--ignore-obsolete",
        )


def compile_catalogs() -> None:
    _pybabel("compile", "-d", str(LOCALE), "-D", DOMAIN, "--statistics")


def init(language: str) -> None:
    extract()
    _pybabel("init", "-i", str(TEMPLATE), "-d", str(LOCALE), "-D", DOMAIN, "-l", language)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command == "update":
        update()
    elif command == "compile":
        compile_catalogs()
    elif command == "init" and len(argv) == 2:
        init(argv[1])
    elif command == "all":
        update()
        compile_catalogs()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
