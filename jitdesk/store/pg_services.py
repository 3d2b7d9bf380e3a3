"""Saved server connections, chosen by name: the sections of libpq's connection service file.

PostgreSQL's own tools keep named connections in ``~/.pg_service.conf`` (or the file
PGSERVICEFILE names), and system-wide in ``pg_service.conf`` of the folder PGSYSCONFDIR names;
a section ``[bikeshop]`` holds ``host=``, ``port=``, ``dbname=``, ``user=`` and TLS settings. A
shop is opened by one with the address ``postgresql:///?service=bikeshop``, so the name, not the
server's details, is what the recent list and the status bar show, and psql and pg_dump reach
the same shop by the same name. jitdesk reads a section itself (it needs the server and database
to name them in messages and to find a password) and saves one without any password.
"""

from __future__ import annotations

import configparser
import os
import re
from pathlib import Path

from jitdesk.domain.errors import quoted
from jitdesk.domain.i18n import _
from jitdesk.store.pg_errors import ServerShopError

SERVICE_FILE = ".pg_service.conf"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")


def user_file() -> Path:
    """This person's service file: PGSERVICEFILE, else ~/.pg_service.conf."""
    named = os.environ.get("PGSERVICEFILE")
    return Path(named) if named else Path.home() / SERVICE_FILE


def _files() -> list[Path]:
    """The service files libpq reads, the person's first (a section found there wins)."""
    files = [user_file()]
    folder = os.environ.get("PGSYSCONFDIR")
    if folder:
        files.append(Path(folder) / "pg_service.conf")
    return files


def _read(path: Path) -> tuple[str, configparser.ConfigParser]:
    """The file's text ("" where there is none) and its sections; a sentence when it cannot
    be read."""
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys as written
    try:
        text = path.read_text(encoding="utf-8")
        parser.read_string(text, source=str(path))
    except FileNotFoundError:
        return "", parser
    except (OSError, UnicodeError, configparser.Error) as exc:
        raise ServerShopError(
            _("The saved connections in {path} cannot be read ({reason}); correct the file.")
            .format(path=quoted(str(path), limit=60), reason=type(exc).__name__)
        ) from None  # fmt: skip
    return text, parser


def saved_names() -> list[str]:
    """The names of the saved connections, sorted; an unreadable file adds none."""
    names: set[str] = set()
    for path in _files():
        try:
            names.update(_read(path)[1].sections())
        except ServerShopError:
            continue
    return sorted(names, key=str.casefold)


def address_of(name: str) -> str:
    """The shop address that opens the saved connection `name`."""
    return f"postgresql:///?service={name}"


def settings_of(name: str, allowed: frozenset[str]) -> dict[str, str]:
    """The settings of the saved connection `name`, each one of `allowed` (libpq knows many
    more: one jitdesk does not support is refused rather than ignored); a sentence when there
    is no such connection."""
    for path in _files():
        parser = _read(path)[1]
        if parser.has_section(name):
            settings = dict(parser.items(name))
            unknown = sorted(set(settings) - allowed)
            if unknown:
                raise ServerShopError(
                    _(
                        "The saved connection {name} in {path} has the setting {key}, which "
                        "jitdesk does not support; remove it from the file."
                    ).format(name=quoted(name), path=quoted(str(path), limit=60),
                             key=quoted(unknown[0]))
                )  # fmt: skip
            return settings
    raise ServerShopError(
        _(
            "There is no saved connection named {name} (in {path}); save it first or type the "
            "server's address."
        ).format(name=quoted(name), path=quoted(str(user_file()), limit=60))
    )


def check_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name):
        raise ServerShopError(
            _(
                "{name} cannot name a saved connection; use letters, digits, '-', '_' or '.', "
                "starting with a letter or digit."
            ).format(name=quoted(name))
        )
    return name


def save(name: str, settings: dict[str, str]) -> str:
    """Add the connection `name` to this person's service file, or replace the one of that
    name; other sections and comments are kept as they were (a file that cannot be read is
    not written over). Returns the address that opens it."""
    name = check_name(name)
    path = user_file()
    text, _sections = _read(path)
    body = "".join(f"{key}={value}\n" for key, value in settings.items() if key != "password")
    section = f"[{name}]\n{body}"
    kept = _without_section(text, name).rstrip("\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((kept + "\n\n" if kept else "") + section, encoding="utf-8")
    return address_of(name)


def _without_section(text: str, name: str) -> str:
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        header = re.match(r"^\s*\[(.+?)\]\s*$", line)
        if header:
            skipping = header.group(1) == name
        if not skipping:
            out.append(line)
    return "".join(out)
