"""The password of a shop's server, asked for when the server wants one that this computer
does not have. It is used for one connection and, if the person says so, put in libpq's own
password file (~/.pgpass or PGPASSFILE); never in the shop or in the app's settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jitdesk.domain.errors import JitdeskError


@dataclass(frozen=True, slots=True)
class Login:
    """Whom the server asks about: the user and the server as a person reads them."""

    user: str
    server: str
    dbname: str
    refused: bool


def password_wanted(location: str | Path, exc: JitdeskError) -> Login | None:
    """Who to ask for a password when opening the shop at `location` failed with `exc`
    because the server wants one; None for any other failure."""
    from jitdesk.store import pg_connect
    from jitdesk.store.pg_errors import PasswordNeeded

    if not isinstance(exc, PasswordNeeded):
        return None
    where = pg_connect.parse_location(location)
    return Login(where.user or pg_connect.default_user(), where.server, where.dbname, exc.refused)


def with_password(location: str | Path, password: str) -> str:
    """The address to open the shop with this once (never shown, never remembered)."""
    from jitdesk.store import pg_connect

    return pg_connect.parse_location(location).with_password(password)


def remember_password(location: str | Path, password: str) -> Path:
    """Keep the password in this computer's libpq password file; returns that file."""
    from jitdesk.store import pg_connect

    where = pg_connect.parse_location(location)
    return pg_connect.remember_password(where, password)
