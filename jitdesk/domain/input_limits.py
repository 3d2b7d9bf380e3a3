"""How big a file jitdesk agrees to import, checked before the work that grows with it.

A shop's CSV files, web-shop exports and supplier price lists are far below these limits; a
zip bomb dressed as a workbook (2 MB unpacking to 600 MB of XML) or a header of 100,000
columns is far above them and is refused in one sentence instead of running for minutes
through gigabytes of memory.
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import _

MAX_FILE_BYTES = 100 * 1024 * 1024  # a CSV or workbook as it is on disk
# Everything inside a workbook, unpacked: about 300,000 rows of a price list, which take
# openpyxl a minute to read.
MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_COLUMNS = 500
MAX_ROWS = 500_000
MAX_FIELD_CHARS = 20_000  # one cell; csv's own default is 131,072


def check_file_size(size: int, file_name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            _(
                "{file_name} is {mib}; jitdesk imports files of up to {mib2}, so split it into smaller files."
            ).format(file_name=file_name, mib=_mib(size), mib2=_mib(MAX_FILE_BYTES)),
            "file",
        )


def check_xlsx_unpacked(raw: bytes, file_name: str) -> None:
    """Refuse a workbook whose parts unpack to more than the limit, reading only the zip's
    table of contents. Python's zipfile never unpacks a part beyond the size its table
    states (and fails on the checksum if the data say otherwise), so the sum is a bound."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip: the workbook reader says so in its own words
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ValidationError(
            _(
                "{file_name} unpacks to {mib}, more than the {mib2} a price list can be; save it again from the spreadsheet program, or as CSV."
            ).format(file_name=file_name, mib=_mib(unpacked), mib2=_mib(MAX_XLSX_UNPACKED_BYTES)),
            "file",
        )


class InputTooBig(ValidationError):
    """A row of a file to import is beyond the limits; `line` says which."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message, "file")
        self.line = line


def checked_records(reader: Iterable[list[str]]) -> Iterator[list[str]]:
    """The records of a csv.reader, none with a field longer or a row wider than the limits,
    checked before anything is done with a record (an absurd header then costs nothing)."""
    with csv_field_limit():
        for number, record in enumerate(reader, start=1):
            line = getattr(reader, "line_num", number)
            problem = columns_problem(len(record)) or rows_problem(line)
            if problem is not None:
                raise InputTooBig(line, problem)
            yield record


def columns_problem(count: int) -> str | None:
    """Why a row of `count` values is too wide to import, or None."""
    if count > MAX_COLUMNS:
        return f"This row has {count} columns; jitdesk reads files of up to {MAX_COLUMNS} columns."
    return None


def rows_problem(count: int) -> str | None:
    if count > MAX_ROWS:
        return f"The file has more than {MAX_ROWS:,} rows; split it into smaller files."
    return None


def csv_problem(exc: csv.Error) -> str:
    """The reason a CSV row cannot be read, in words (csv's own for a field too long is
    'field larger than field limit (20000)')."""
    if "field limit" in str(exc):
        return (
            f"A value in this row is longer than {MAX_FIELD_CHARS:,} characters, or a quote is "
            "not closed"
        )
    return str(exc)


@contextlib.contextmanager
def csv_field_limit() -> Iterator[None]:
    """csv reads no field longer than MAX_FIELD_CHARS inside this block (the limit is the
    csv module's, for the whole process; it is put back afterwards)."""
    before = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"
