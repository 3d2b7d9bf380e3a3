"""Backup names and which backups to keep (pure: no files, no SQLite).

A backup is named ``<shop stem>-<UTC stamp>-<reason>.jitdesk``, e.g.
``velo-20261125T100000Z-daily.jitdesk``, so a folder listing sorts by time and says why each
copy was made. Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12
months that have backups (grandfather-father-son), and always the newest one. Only the automatic
daily backups are rotated: backups the person made on purpose, or made before an upgrade or a
restore, are rare and precious and stay until the person deletes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

SUFFIX = ".jitdesk"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = (
    "daily",
    "manual",
    "before-upgrade",
    "before-restore",
)
REASONS = (DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE)
ROTATED_REASONS = frozenset({DAILY})
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)"
    + re.escape(SUFFIX)
    + "$"
)


@dataclass(frozen=True, slots=True, order=True)
class BackupName:
    taken_at: datetime
    reason: str
    stem: str
    name: str


def backup_file_name(stem: str, taken_at: datetime, reason: str, serial: int = 0) -> str:
    """The readable name of a backup; `serial` tells apart two backups in the same second."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")  # a programming error
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    extra = f"-{serial}" if serial else ""
    return f"{stem}-{stamp}{extra}-{reason}{SUFFIX}"


def parse_backup_name(name: str) -> BackupName | None:
    """The stamp and reason of a backup file name, or None for any other file."""
    match = _NAME.match(name)
    if not match or match["reason"] not in REASONS:
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupName(taken, match["reason"], match["stem"], name)


def _newest_per_bucket(
    items: list[tuple[datetime, str]], bucket: Callable[[datetime], Hashable], count: int
) -> set[str]:
    kept: set[str] = set()
    seen: set[Hashable] = set()
    for taken, key in items:  # newest first
        b = bucket(taken)
        if b in seen:
            continue
        if len(seen) == count:
            break
        seen.add(b)
        kept.add(key)
    return kept


def backups_to_keep(
    backups: Iterable[tuple[datetime, str]],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[str]:
    """Which of `backups` ((UTC time, key) pairs) to keep: the newest of each of the last
    `daily` days, `weekly` ISO weeks and `monthly` months that have a backup, and the newest."""
    items = sorted(((t.astimezone(UTC), k) for t, k in backups), reverse=True)
    if not items:
        return set()
    kept = {items[0][1]}
    kept |= _newest_per_bucket(items, lambda t: t.date(), daily)
    kept |= _newest_per_bucket(items, lambda t: t.isocalendar()[:2], weekly)
    kept |= _newest_per_bucket(items, lambda t: (t.year, t.month), monthly)
    return kept


def backups_to_delete(names: Iterable[str]) -> list[str]:
    """The backup files among `names` that rotation removes (only automatic daily ones)."""
    parsed = [p for p in map(parse_backup_name, names) if p and p.reason in ROTATED_REASONS]
    keep = backups_to_keep((p.taken_at, p.name) for p in parsed)
    return sorted(p.name for p in parsed if p.name not in keep)
