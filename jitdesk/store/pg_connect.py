"""Reaching a shop on a PostgreSQL server: its address, and a checked connection to it.

A shop on a server is named by a URL, ``postgresql://user@host:5432/shopname?sslmode=verify-full``
(``postgres://`` too; a Unix socket folder as a percent-encoded host or as ``?host=/folder``).
The password is never part of the shop's settings: libpq finds it as it always does, in
PGPASSWORD, in ~/.pgpass (or the file PGPASSFILE names), or in the URL when the person typed it
there. What jitdesk shows and remembers of an address is `ServerLocation.display`, which never
holds a password.

Every way an address or a server can be wrong is one `ServerShopError` sentence, raised before
anything on the server is created or changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlsplit

import psycopg
from psycopg.conninfo import make_conninfo

from jitdesk.domain.errors import quoted
from jitdesk.domain.i18n import _
from jitdesk.store import pg_errors, pg_schema, pg_services
from jitdesk.store.pg_errors import ServerShopError
from jitdesk.store.shop_location import SERVER_SCHEMES, server_address

DEFAULT_PORT = 5432
MINIMUM_SERVER = 130000  # PostgreSQL 13: identity columns, generated columns, ...
CONNECT_TIMEOUT_SECONDS = 10  # libpq would wait for an unreachable host without end
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# The URL options a shop address may carry; anything else is refused rather than ignored.
OPTIONS = frozenset(
    {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "host",
     "service"}
)  # fmt: skip
# What a saved connection may hold: the options, and the parts an address writes in its URL.
SAVED_SETTINGS = (OPTIONS - {"service"}) | {"port", "dbname", "user", "password"}


@dataclass(frozen=True, slots=True)
class ServerLocation:
    host: str
    port: int
    dbname: str
    user: str
    password: str | None
    options: tuple[tuple[str, str], ...]
    service: str = ""  # the saved connection it was opened by, if any (store/pg_services.py)

    @property
    def server(self) -> str:
        """The server as a person reads it: host:port, or the socket folder."""
        return self.host if self.host.startswith("/") else f"{self.host}:{self.port}"

    @property
    def display(self) -> str:
        """The address without any password: what may be shown and remembered."""
        if self.service:
            return pg_services.address_of(self.service)
        user = f"{self.user}@" if self.user else ""
        socket = self.host.startswith("/")
        options = [*self.options, ("host", self.host)] if socket else list(self.options)
        query = "&".join(f"{name}={value}" for name, value in options)
        host = "" if socket else self.host
        return f"postgresql://{user}{host}:{self.port}/{self.dbname}" + (
            f"?{query}" if query else ""
        )

    def with_password(self, password: str) -> str:
        """The address with `password` in it: for opening the shop once, never to be shown
        or kept (`display` leaves it out again)."""
        rest = self.display.split("://", 1)[1]
        if "@" in rest.split("/", 1)[0]:  # a user before the server (none by a saved name)
            rest = rest.split("@", 1)[1]
        return f"postgresql://{quote(self.user, safe='')}:{quote(password, safe='')}@{rest}"

    def conninfo(self) -> str:
        params: dict[str, str | int | None] = {"dbname": self.dbname, "port": self.port}
        if self.host:
            params["host"] = self.host
        if self.user:
            params["user"] = self.user
        if self.password is not None:
            params["password"] = self.password
        params["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
        params.update(dict(self.options))
        return make_conninfo("", **params)


def _address_error(location: str) -> ServerShopError:
    return ServerShopError(
        _(
            "{location} is not a PostgreSQL shop address; write it as "
            "postgresql://user@host:5432/shopname."
        ).format(location=quoted(location, limit=60))
    )


def parse_location(location: str | Path) -> ServerLocation:
    """The parts of a server shop address (also one that went through a `Path`); a sentence
    saying what is wrong otherwise."""
    location = server_address(location)
    parts = urlsplit(location.strip())
    if parts.scheme.lower() not in SERVER_SCHEMES or parts.fragment:
        raise _address_error(location)
    if "," in parts.netloc:
        raise ServerShopError(_("A shop address names one server only; remove the others."))
    try:
        port = parts.port
    except ValueError:
        raise ServerShopError(
            _(
                "The port in {location} is not a number from 1 to 65535; correct it or leave it "
                "out for 5432."
            ).format(location=quoted(location, limit=60))
        ) from None
    options = parse_qsl(parts.query, keep_blank_values=True)
    for name, value in options:
        _check_option(name, value)
    service = dict(options).get("service")
    if service is not None:
        return _saved_location(location, parts, service, len(options) > 1)
    host = dict(options).get("host") or unquote(parts.hostname or "")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise ServerShopError(
            _(
                "The address {location} names no shop database; add its name after the "
                "server, as in postgresql://user@host:5432/shopname."
            ).format(location=quoted(location, limit=60))
        )
    password = unquote(parts.password) if parts.password is not None else None
    return ServerLocation(
        host=host,
        port=port or DEFAULT_PORT,
        dbname=dbname,
        user=unquote(parts.username or ""),
        password=password,
        options=tuple((k, v) for k, v in options if k != "host"),
    )


def _saved_location(location: str, parts: SplitResult, name: str, more: bool) -> ServerLocation:
    """The location of the saved connection `name`; the address may add who signs in (and a
    password typed at the desk), nothing else."""
    if more or parts.hostname or parts.port or parts.path.strip("/"):
        raise ServerShopError(
            _(
                "The address {location} names a saved connection and more; write only "
                "postgresql:///?service=name and change the rest in the saved connection."
            ).format(location=quoted(location, limit=60))
        )
    settings = pg_services.settings_of(name, SAVED_SETTINGS)
    for key in OPTIONS & settings.keys():
        _check_option(key, settings[key])
    port = settings.get("port", str(DEFAULT_PORT))
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ServerShopError(
            _(
                "The port of the saved connection {name} is not a number from 1 to 65535; "
                "correct it in {path}."
            ).format(name=quoted(name), path=quoted(str(pg_services.user_file()), limit=60))
        )
    if not settings.get("dbname"):
        raise ServerShopError(
            _(
                "The saved connection {name} names no shop database; add dbname= to it in {path}."
            ).format(name=quoted(name), path=quoted(str(pg_services.user_file()), limit=60))
        )
    password = unquote(parts.password) if parts.password is not None else None
    return ServerLocation(
        host=settings.get("host", ""),
        port=int(port),
        dbname=settings["dbname"],
        user=unquote(parts.username or "") or settings.get("user", ""),
        password=password if password is not None else settings.get("password"),
        options=tuple((k, v) for k, v in settings.items() if k in OPTIONS and k != "host"),
        service=name,
    )


def save_connection(name: str, where: ServerLocation) -> str:
    """Save `where` (without its password) as the connection `name`; returns the address
    that opens it by that name."""
    settings = {"host": where.host, "port": str(where.port), "dbname": where.dbname}
    if where.user:
        settings["user"] = where.user
    settings.update(dict(where.options))
    return pg_services.save(name, {k: v for k, v in settings.items() if v})


def _check_option(name: str, value: str) -> None:
    if name not in OPTIONS:
        raise ServerShopError(
            _(
                "The option {name} in the shop address is not supported; leave it out "
                "(supported: {supported})."
            ).format(name=quoted(name), supported=", ".join(sorted(OPTIONS)))
        )
    if name == "sslmode" and value not in SSL_MODES:
        raise ServerShopError(
            _("sslmode={value} is not a TLS setting; use one of {modes}.").format(
                value=quoted(value), modes=", ".join(SSL_MODES)
            )
        )
    if name == "connect_timeout" and not value.isdigit():
        raise ServerShopError(
            _("connect_timeout={value} is not a number of seconds.").format(value=quoted(value))
        )


def connect(location: ServerLocation | str) -> psycopg.Connection:
    """A connection (autocommit between transactions) to a server that jitdesk can use:
    reachable, the password accepted, the database there, PostgreSQL 13 or newer."""
    where = location if isinstance(location, ServerLocation) else parse_location(location)
    try:
        conn = psycopg.connect(where.conninfo(), autocommit=True)
    except psycopg.OperationalError as exc:
        user = where.user or default_user()
        raise pg_errors.connect_problem(
            str(exc), server=where.server, user=user, dbname=where.dbname
        ) from None
    try:
        check_server_version(conn, where.server)
        # The server compiles a query to machine code once its estimated cost is high; the
        # desk's page queries cross that line while running in less than the ~250 ms that
        # compiling takes.
        conn.execute("SET jit = off")
    except BaseException:
        conn.close()
        raise
    return conn


def password_file() -> Path:
    """Where libpq looks for passwords on this computer: PGPASSFILE, else ~/.pgpass."""
    named = os.environ.get("PGPASSFILE")
    return Path(named) if named else Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(where: ServerLocation, password: str) -> Path:
    """Add the password of `where`'s user to libpq's password file (made readable by its owner
    only, as libpq demands), so that every desk program on this computer finds it. A line for
    the same server, database and user is replaced."""
    path = password_file()
    key = ":".join(
        _pgpass_field(v)
        for v in (where.host or "localhost", str(where.port), where.dbname, where.user or "*")
    )
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_pgpass_field(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write("\n".join(kept) + "\n")
    path.chmod(0o600)
    return path


def default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def check_server_version(
    conn: psycopg.Connection, server: str, minimum: int = MINIMUM_SERVER
) -> None:
    version = conn.info.server_version
    if version < minimum:
        raise pg_errors.server_too_old(server, server_version_text(version))


def server_version_text(number: int) -> str:
    """libpq's version number as people write it: 150018 -> "15.18", 90624 -> "9.6.24"."""
    if number >= 100000:
        return f"{number // 10000}.{number % 10000}"
    return f"{number // 10000}.{number // 100 % 100}.{number % 100}"


def open_shop(location: ServerLocation | str, *, create: bool = False) -> psycopg.Connection:
    """A connection to the shop at `location`, checked to be a jitdesk shop this jitdesk may
    use (an empty database is made one only when `create`), migrated to this schema."""
    where = location if isinstance(location, ServerLocation) else parse_location(location)
    conn = connect(where)
    try:
        version = pg_schema.check_usable(conn)
        if version is None and not create:
            raise ServerShopError(
                _(
                    "The database {dbname} on {server} is empty: it is not a shop yet; create "
                    "the shop in it or open another one."
                ).format(dbname=quoted(where.dbname), server=quoted(where.server, limit=60))
            )
        pg_schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
