"""Small helpers the services share."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from jitdesk.domain.errors import NotFoundError
from jitdesk.domain.i18n import _

T = TypeVar("T")


def require(row: T | None, label: str) -> T:
    """`row` as found by a store look-up; None (deleted meanwhile, or a stale id) is refused."""
    if row is None:
        raise NotFoundError(_("The {label} does not exist (any more).").format(label=label))
    return row


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Fields that changed, as {field: [old, new]}, for the audit trail."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


@contextlib.contextmanager
def bulk_objects() -> Iterator[None]:
    """For actions that build tens of thousands of small acyclic objects (planning, big
    imports): the cyclic garbage collector would rescan them over and over, about a third of
    the time. Reference counting still frees everything; collection resumes afterwards.

    What is still alive then (the result handed back) goes straight to the oldest
    generation: left young, the first collection after re-enabling would scan every one of
    those objects at once, which cost planning a fifth of its time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()  # every tracked object into the permanent generation, unscanned,
            gc.unfreeze()  # and from there into the oldest one
            gc.enable()
