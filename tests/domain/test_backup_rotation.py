"""Which backups rotation keeps: 7 daily, 4 weekly, 12 monthly, always the newest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from jitdesk.domain.backup_rotation import (
    backup_file_name,
    backups_to_delete,
    backups_to_keep,
    parse_backup_name,
)

START = datetime(2026, 1, 1, tzinfo=UTC)


def test_names_are_readable_and_parse_back():
    at = datetime(2026, 11, 25, 10, 4, 5, tzinfo=UTC)
    name = backup_file_name("velo shop", at, "daily")
    assert name == "velo shop-20261125T100405Z-daily.jitdesk"
    parsed = parse_backup_name(name)
    assert parsed is not None and parsed.taken_at == at and parsed.reason == "daily"
    second = backup_file_name("velo shop", at, "manual", serial=2)
    assert parse_backup_name(second).reason == "manual"
    assert parse_backup_name("velo.jitdesk") is None
    assert parse_backup_name("x-20261125T100405Z-weird.jitdesk") is None


def test_a_year_of_daily_backups_keeps_the_expected_ones():
    stamps = [START + timedelta(days=d, hours=9) for d in range(365)]
    keep = backups_to_keep((t, t.isoformat()) for t in stamps)
    newest = stamps[-1]
    kept = sorted(datetime.fromisoformat(k) for k in keep)
    # the last 7 days are all kept
    assert all(newest - timedelta(days=d) in kept for d in range(7))
    assert len(kept) <= 7 + 4 + 12
    assert kept[0] < newest - timedelta(days=300)  # a monthly one from long ago survives
    assert len({(t.year, t.month) for t in kept}) == 12


def test_only_automatic_daily_backups_are_rotated():
    names = [
        backup_file_name("s", START + timedelta(days=d), reason)
        for d in range(40)
        for reason in ("daily", "manual", "before-upgrade")
    ]
    gone = backups_to_delete(names)
    assert gone, "forty days of daily backups leave some to delete"
    assert all(parse_backup_name(n).reason == "daily" for n in gone)


times = st.lists(
    st.integers(min_value=0, max_value=3 * 365 * 24).map(lambda h: START + timedelta(hours=h)),
    min_size=0,
    max_size=80,
    unique=True,
)


@settings(max_examples=300, deadline=None)
@given(times)
def test_rotation_properties(stamps):
    items = [(t, t.isoformat()) for t in stamps]
    keep = backups_to_keep(items)
    assert keep <= {k for _, k in items}
    if not items:
        assert keep == set()
        return
    newest = max(stamps)
    assert newest.isoformat() in keep
    assert len(keep) <= 7 + 4 + 12
    # each of the 7 most recent days that have a backup keeps its newest backup
    days = sorted({t.date() for t in stamps}, reverse=True)[:7]
    for day in days:
        assert max(t for t in stamps if t.date() == day).isoformat() in keep
    # each of the 12 most recent months keeps one
    months = sorted({(t.year, t.month) for t in stamps}, reverse=True)[:12]
    kept_months = {(datetime.fromisoformat(k).year, datetime.fromisoformat(k).month) for k in keep}
    assert set(months) <= kept_months
    # rotating again deletes nothing more
    assert backups_to_keep([(t, k) for t, k in items if k in keep]) == keep
