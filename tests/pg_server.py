"""A throwaway PostgreSQL server for the tests: `initdb` into a temporary folder, `pg_ctl start`
listening only on a Unix socket in that folder (no TCP port, so parallel runs never clash),
stopped and removed at the end.

The server binaries are found without naming a version: `JITDESK_PG_BIN` if set, else the
folder of `pg_ctl` on the PATH when `initdb` sits beside it, else the newest
/usr/lib/postgresql/<version>/bin (where Debian's `postgresql` package puts them).
`initdb` refuses to run as root, so as root the server runs as the unprivileged `postgres`
user (through `runuser`) and the folder is handed to that user.

The server asks for a password (scram-sha-256) even on its socket, so the tests can prove a
wrong password is refused; the superuser's password is in `PgServer.password`.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pwd
import re
import secrets
import shutil
import subprocess
import tempfile
import time
import types
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

SUPERUSER = "jitdesk_test"
PORT = 5432  # only names the socket file in our own folder; no TCP port is opened
BIN_ENV = "JITDESK_PG_BIN"
# Set by .ci/run (and by most CI services as CI): missing server binaries fail the tests there
# instead of skipping them, so a clean clone really tests PostgreSQL.
REQUIRE_ENVS = ("JITDESK_REQUIRE_POSTGRES", "CI")
RUN_AS = "postgres"


def required() -> bool:
    return any(os.environ.get(name, "").strip() not in ("", "0", "false") for name in REQUIRE_ENVS)


def import_psycopg() -> types.ModuleType:
    """psycopg for a test module: skipped with the reason in an environment installed before
    jitdesk needed it, but a failure where PostgreSQL is required."""
    if required():
        return importlib.import_module("psycopg")
    return pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e .")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def find_bin_dir(packaged: Path = Path("/usr/lib/postgresql")) -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    explicit = os.environ.get(BIN_ENV)
    candidates: list[Path] = [Path(explicit)] if explicit else []
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        candidates.append(Path(pg_ctl).resolve().parent)
    candidates += sorted(packaged.glob("*/bin"), key=_version_key, reverse=True)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


@dataclass
class PgServer:
    bin_dir: Path
    base: Path
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    run_as: str | None = None
    start_seconds: float = 0.0

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base

    def url(self, dbname: str = "postgres", *, user: str = SUPERUSER, password: str = "") -> str:
        """A postgresql:// URL for `dbname` through the socket (no password unless given)."""
        secret = f":{quote(password, safe='')}" if password else ""
        host = quote(str(self.socket_dir), safe="")
        return f"postgresql://{user}{secret}@{host}:{PORT}/{dbname}"

    def conninfo(self, dbname: str = "postgres") -> str:
        return (
            f"host={self.socket_dir} port={PORT} user={SUPERUSER} dbname={dbname} "
            f"password={self.password}"
        )

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def _checked(self, *args: str) -> None:
        done = self._run(*args)
        if done.returncode != 0:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}{tail}")

    def start(self) -> None:
        began = time.monotonic()
        pwfile = self.base / "pw"
        pwfile.write_text(self.password + "\n")
        if self.run_as:
            account = pwd.getpwnam(self.run_as)
            for path in (self.base, pwfile):
                os.chown(path, account.pw_uid, account.pw_gid)
        pwfile.chmod(0o600)
        self._checked(
            "initdb", "-D", str(self.data_dir), "-U", SUPERUSER, f"--pwfile={pwfile}",
            "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -p {PORT} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
        )
        self._checked(
            "pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.base / "server.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip
        self.start_seconds = time.monotonic() - began

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")


def start_server() -> PgServer:
    """A running throwaway server; raise LookupError when the binaries are not installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise LookupError(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found; install Debian's "
            f"postgresql package or set {BIN_ENV}"
        )
    run_as = RUN_AS if os.geteuid() == 0 else None
    # Not under pytest's tmp_path: as root that lies in a folder only root may enter.
    base = Path(tempfile.mkdtemp(prefix="jitdesk-pg-"))
    server = PgServer(bin_dir=bin_dir, base=base, run_as=run_as)
    try:
        server.start()
    except BaseException:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)
        raise
    return server


def remove(server: PgServer) -> None:
    server.stop()
    shutil.rmtree(server.base, ignore_errors=True)
