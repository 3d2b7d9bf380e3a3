"""Progress of long work (big imports, PDF batches), and how the person stops it.

Long work calls a `Progress` callback now and then with how far it is. The caller decides what
that looks like (a progress dialog, a line on a terminal, nothing) and may raise `Cancelled`
from it to stop: the work then ends without writing anything (imports roll back, a batch PDF is
not written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.i18n import _

T = TypeVar("T")

Progress = Callable[[int, int, str], None]
"""`progress(done, total, what)`: `done` of `total` steps of `what` (a short translated text)."""


class Cancelled(JitdeskError):
    """The person stopped the work; nothing of it was kept."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("Stopped; nothing was changed."))


def no_progress(_done: int, _total: int, _what: str) -> None:
    """Work that nobody watches."""


def counted(
    items: Iterable[T], total: int, what: str, progress: Progress, every: int = 50
) -> Iterator[T]:
    """The items, reporting every `every` of them (and at the start and end)."""
    progress(0, total, what)
    done = 0
    for done, item in enumerate(items, start=1):
        yield item
        if done % every == 0:
            progress(done, total, what)
    progress(done, total, what)
