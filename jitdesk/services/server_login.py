"""The password of a shop's server. libpq finds it in the environment (PGPASSWORD) or in its
password file (~/.pgpass or PGPASSFILE); failing those, in this computer's keyring; failing
that, the desk asks for it. A typed password is used for one connection and, if the person
says so, kept in the keyring (or, on a computer without one, in libpq's password file); never
in the shop or in the app's settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jitdesk.domain.errors import JitdeskError
from jitdesk.services import system_keyring

if TYPE_CHECKING:
    from jitdesk.store.pg_connect import ServerLocation

KEYRING_SERVICE = "jitdesk-server"


@dataclass(frozen=True, slots=True)
class Login:
    """Whom the server asks about: the user and the server as a person reads them."""

    user: str
    server: str
    dbname: str
    refused: bool
    keyring: bool = False  # a remembered password goes to the keyring, not the password file


def _where(location: str | Path) -> ServerLocation:
    from jitdesk.store import pg_connect

    return pg_connect.parse_location(location)


def _user(where: ServerLocation) -> str:
    from jitdesk.store import pg_connect

    return where.user or pg_connect.default_user()


def _keyring_user(where: ServerLocation) -> str:
    """The keyring's name for one user of one database on one server."""
    return f"{_user(where)}@{where.server}/{where.dbname}"


def _wants_password(exc: BaseException) -> bool:
    from jitdesk.store.pg_errors import PasswordNeeded

    return isinstance(exc, PasswordNeeded)


def password_wanted(location: str | Path, exc: JitdeskError) -> Login | None:
    """Who to ask for a password when opening the shop at `location` failed with `exc`
    because the server wants one; None for any other failure."""
    if not _wants_password(exc):
        return None
    where = _where(location)
    refused = bool(getattr(exc, "refused", False))
    return Login(_user(where), where.server, where.dbname, refused, system_keyring.available())


def kept_password(location: str | Path, exc: BaseException) -> str | None:
    """The password the keyring keeps for the shop's server user, when opening `location`
    failed with `exc` because the server wants a password libpq did not have or had wrong;
    None otherwise (then `exc` stands)."""
    if not _wants_password(exc):
        return None
    where = _where(location)
    if where.password is not None:  # typed at the desk: asking the keyring would hide that
        return None
    try:
        return system_keyring.read(KEYRING_SERVICE, _keyring_user(where))
    except system_keyring.KeyringMissing:
        return None


def with_password(location: str | Path, password: str) -> str:
    """The address to open the shop with this once (never shown, never remembered)."""
    return _where(location).with_password(password)


def remember_password(location: str | Path, password: str) -> None:
    """Keep the password on this computer: in its keyring when it has one, else in libpq's
    password file (readable by its owner only)."""
    from jitdesk.store import pg_connect

    where = _where(location)
    try:
        system_keyring.write(KEYRING_SERVICE, _keyring_user(where), password)
    except system_keyring.KeyringMissing:
        pg_connect.remember_password(where, password)
