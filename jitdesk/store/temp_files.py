"""Hidden temporary files written beside a backup or a restored shop, and the sweep that
removes the ones a killed process left behind.

A backup or a restore is written to ``.<final name>.<pid>.jitdesk-tmp`` (with SQLite's
``-journal``, ``-wal`` or ``-shm`` of it while it is open) and renamed into place when it is
complete and verified, so a kill can never leave a half-written file under the real name. It
can leave the temporary file, as big as the shop; the next open of the shop and the next backup
into a folder sweep those whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from jitdesk.store import staging

SUFFIX = ".jitdesk-tmp"
COMPANIONS = ("-journal", "-wal", "-shm")
OWNER_ONLY = 0o600
_NAME_RE = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d+)" + re.escape(SUFFIX) + r"(?P<companion>-journal|-wal|-shm)?$"
)
# Earlier versions wrote ``.<name>.jitdesk.<pid>.tmp``; their leftovers are swept too.
_OLD_NAME_RE = re.compile(
    r"^\.(?P<name>.+\.jitdesk)\.(?P<pid>\d+)\.tmp(?P<companion>-journal|-wal|-shm)?$"
)


def temp_beside(dest: Path) -> Path:
    """This process's temporary name for a file that will become `dest`."""
    return dest.with_name(f".{dest.name}.{os.getpid()}{SUFFIX}")


def remove_with_companions(temp: Path) -> None:
    for path in (temp, *(temp.with_name(temp.name + c) for c in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def private_temp(dest: Path) -> Iterator[Path]:
    """A new, empty, owner-only temporary file beside `dest`; on leaving, whatever is left of
    it (it was not renamed into place, or SQLite left a -journal) is removed."""
    temp = temp_beside(dest)
    remove_with_companions(temp)  # a leftover of an earlier process that had our pid
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    os.close(fd)
    try:
        yield temp
    finally:
        remove_with_companions(temp)


def is_stale(path: Path) -> bool:
    """A jitdesk temporary file whose writer is no longer running."""
    match = _NAME_RE.match(path.name) or _OLD_NAME_RE.match(path.name)
    return match is not None and not staging.process_alive(int(match["pid"]))


def sweep(folder: Path) -> list[Path]:
    """Remove the stale temporary files in `folder`; returns what was removed. Never fails:
    a folder that cannot be read or written keeps its files."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.endswith(_ENDINGS)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if not is_stale(path):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


_ENDINGS = tuple(end + c for end in (SUFFIX, ".tmp") for c in ("", *COMPANIONS))
