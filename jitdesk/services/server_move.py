"""Moving a shop between a shop file and a PostgreSQL server: the two actions of the command
line, `move-to-server` (a shop file into an empty database) and `backup` of a server shop
(into a new shop file). The copying itself, and the check that every table holds as many rows
on both sides, is store/pg_transfer.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jitdesk.domain import backup_rotation as rotation
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.progress import Progress, no_progress
from jitdesk.services.backup import backup_target, utc_now
from jitdesk.store import pg_connect, pg_transfer


@dataclass(frozen=True, slots=True)
class TransferResult:
    """What was copied where: each table's rows (equal in the source and the copy)."""

    source: str
    target: str
    counts: tuple[tuple[str, int], ...]

    @property
    def rows(self) -> int:
        return sum(n for _table, n in self.counts)

    def table_lines(self) -> list[str]:
        width = max((len(table) for table, _n in self.counts), default=0)
        return [f"  {table:<{width}}  {n:>9}" for table, n in self.counts]

    def summary(self) -> str:
        rows = ngettext("{n} row", "{n} rows", self.rows).format(n=self.rows)
        return _(
            "{source} was copied to {target}: {rows} in {tables} tables, each table with as "
            "many rows in the copy as in the shop."
        ).format(source=self.source, target=self.target, rows=rows, tables=len(self.counts))


def move_to_server(
    file: Path | str, location: str | Path, progress: Progress = no_progress
) -> TransferResult:
    """Copy the shop file `file` into the empty database at `location`: everything or, on
    any problem, nothing (the database is left empty)."""
    where = pg_connect.parse_location(location)
    file = Path(file)
    counts = pg_transfer.move_file_to_server(file, where, progress)
    return TransferResult(file.name, where.display, tuple(sorted(counts.items())))


def backup_server(
    location: str | Path,
    dest: Path | str,
    *,
    now: datetime | None = None,
    progress: Progress = no_progress,
) -> TransferResult:
    """A consistent, verified shop file of the server shop at `location`, at `dest` (a new
    file name, or a folder to put a readably named one in)."""
    where = pg_connect.parse_location(location)
    target = backup_target(dest, where.dbname, utc_now(now), rotation.MANUAL)
    counts = pg_transfer.backup_server_to_file(where, target, progress)
    return TransferResult(where.display, str(target), tuple(sorted(counts.items())))
