"""The one sentence for each way a PostgreSQL shop cannot be opened.

libpq reports a failed connection as text only (no SQLSTATE reaches the client before the
session exists), so the known cases are recognised by the server's and libpq's own words; any
other failure keeps libpq's message inside a sentence that still names the server.
"""

from __future__ import annotations

from jitdesk.domain.errors import ShopFileError, quoted
from jitdesk.domain.i18n import _


class ServerShopError(ShopFileError):
    """A shop on a PostgreSQL server cannot be opened or used; the message says why."""


class PasswordNeeded(ServerShopError):
    """The server wants a password for the user and none was found, or it refused the one
    given: a desk may ask the person for it and try again."""

    def __init__(self, message: str, *, refused: bool) -> None:
        super().__init__(message)
        self.refused = refused


# (words in libpq's message, what they mean), checked in order
_PASSWORD_REFUSED = ("password authentication failed", "authentication failed for user")
_NO_PASSWORD = ("no password supplied", "fe_sendauth: no password")
_NOT_VERIFIED = (
    "certificate verify failed",
    "server certificate",
    "does not match host name",
    "root certificate file",
    "ssl error",
)
_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "no such file or directory",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "could not connect to server",
)


def connect_problem(message: str, *, server: str, user: str, dbname: str) -> ServerShopError:
    """The sentence for libpq's `message` about a connection that failed."""
    text = message.lower()
    who = quoted(user)
    where = quoted(server, limit=60)
    if any(words in text for words in _PASSWORD_REFUSED):
        return PasswordNeeded(
            _(
                "The server {server} refused the password of the user {user}; correct it in "
                "~/.pgpass or PGPASSWORD (jitdesk never keeps it in the shop)."
            ).format(server=where, user=who),
            refused=True,
        )
    if any(words in text for words in _NO_PASSWORD):
        return PasswordNeeded(
            _(
                "The server {server} asks for the password of the user {user} and none was "
                "found; put it in ~/.pgpass or PGPASSWORD."
            ).format(server=where, user=who),
            refused=False,
        )
    if f'role "{user.lower()}" does not exist' in text:
        return ServerShopError(
            _(
                "The server {server} has no user {user}; ask its administrator for an account."
            ).format(server=where, user=who)
        )
    if f'database "{dbname.lower()}" does not exist' in text:
        return ServerShopError(
            _(
                "The server {server} has no database {dbname}; create it or correct its name "
                "in the address."
            ).format(server=where, dbname=quoted(dbname))
        )
    if any(words in text for words in _NOT_VERIFIED):
        return ServerShopError(
            _(
                "The encrypted connection to {server} could not be verified ({detail}); check "
                "the server's certificate and the sslrootcert of the address."
            ).format(server=where, detail=libpq_reason(message))
        )
    if any(words in text for words in _UNREACHABLE):
        return ServerShopError(
            _(
                "The server {server} cannot be reached; check the address and port and that "
                "the server is running."
            ).format(server=where)
        )
    detail = libpq_reason(message)
    return ServerShopError(
        _("The server {server} refused the connection ({detail}); check the address.").format(
            server=where, detail=detail
        )
    )


def libpq_reason(message: str) -> str:
    """The reason in libpq's message, without the connection it names (the sentence around it
    already does) and without its hints: 'connection to server at "db", port 5432 failed:
    SSL error: certificate verify failed' -> 'SSL error: certificate verify failed'."""
    reason = message.rsplit(" failed: ", 1)[-1].strip().split("\n", 1)[0]
    reason = " ".join(reason.split()).split(". ", 1)[0].rstrip(".")
    return reason.removeprefix("FATAL: ").strip()


def server_too_old(server: str, version: str) -> ServerShopError:
    return ServerShopError(
        _(
            "The server {server} runs PostgreSQL {version}; jitdesk needs PostgreSQL 13 or newer."
        ).format(server=quoted(server, limit=60), version=version)
    )


def not_a_shop(server: str, dbname: str) -> ServerShopError:
    return ServerShopError(
        _(
            "The database {dbname} on {server} holds tables but is not a jitdesk shop; choose "
            "an empty database or another shop."
        ).format(dbname=quoted(dbname), server=quoted(server, limit=60))
    )


def newer_shop(server: str, dbname: str, found: int, known: int) -> ServerShopError:
    return ServerShopError(
        _(
            "The shop {dbname} on {server} was set up by a newer jitdesk (schema version "
            "{found}, this one knows up to {known}); update jitdesk on this desk."
        ).format(dbname=quoted(dbname), server=quoted(server, limit=60), found=found, known=known)
    )
