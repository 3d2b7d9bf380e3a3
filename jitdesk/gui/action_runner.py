"""One runner for every write action in the GUI, so each one behaves the same way.

`run_action(parent, action, ...)` calls `action()` (a service call: one user action, one
transaction) under the busy cursor, then:

* a problem the person can fix (a `JitdeskError`, a full disk, a read-only file) is shown as one
  plain sentence in a message box over `parent`, or handed to `on_error` when the caller shows
  it at a field instead (a dialog that stays open, with the field that is wrong marked);
* anything else is a bug: logged, and shown in the bug dialog with the log's location;
* on success `on_success(value)` runs first (the initiator shows the result), then the
  `Changes` the action returned (the value itself, or its `.changes`) are announced on `changed`
  (a page's `changed` signal, or the window's `broadcast`), so every page refreshes what it
  shows.

The returned `Outcome` says whether the action succeeded, for callers that go on from there.
Work that ran on a worker thread (e-mail jobs) hands its result or exception to
`finish_action`, which reports and broadcasts it the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from jitdesk.gui.feedback import busy_cursor, problem_of, show_bug, show_error
from jitdesk.services.shop import Changes

T = TypeVar("T")
# Where what changed is announced: a page's `changed` signal, or the window's `broadcast`.
Announce = SignalInstance | Callable[[Changes], object]


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What became of one action: its `value`, or the `error` that was already shown."""

    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def __bool__(self) -> bool:
        return self.ok


@dataclass(frozen=True, slots=True)
class WithChanges(Generic[T]):
    """What an action returns when its service call returned something else than `Changes`
    (a new row's id, a PDF's path) and the action knows what that changed."""

    value: T
    changes: Changes


def changes_of(value: object) -> Changes | None:
    """The `Changes` an action returned: the value itself, or its `changes` field."""
    if isinstance(value, Changes):
        return value
    changes = getattr(value, "changes", None)
    return changes if isinstance(changes, Changes) else None


def run_action(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    changed: Announce | None = None,
    on_success: Callable[[T], Any] | None = None,
    on_error: Callable[[Exception], Any] | None = None,
    title: str | None = None,
    known: tuple[type[Exception], ...] = (),
) -> Outcome[T]:
    """Run one write action: busy cursor, errors shown, what changed broadcast on `changed`.

    `known`: further exception types the caller shows as they are (e.g. `OSError` while writing
    a PDF into the documents folder), to `on_error` or in the message box, rather than as a
    bug."""
    try:
        with busy_cursor():
            value = action()
    except Exception as exc:  # noqa: BLE001 - every failure is shown, never lost
        outcome: Outcome[T] = Outcome(error=exc)
    else:
        outcome = Outcome(value=value)
    return finish_action(
        parent,
        outcome,
        changed=changed,
        on_success=on_success,
        on_error=on_error,
        title=title,
        known=known,
    )


def finish_action(
    parent: QWidget | None,
    outcome: Outcome[T],
    *,
    changed: Announce | None = None,
    on_success: Callable[[T], Any] | None = None,
    on_error: Callable[[Exception], Any] | None = None,
    title: str | None = None,
    known: tuple[type[Exception], ...] = (),
) -> Outcome[T]:
    """Report an action that already ran (e.g. on a worker) as `run_action` reports its own."""
    if outcome.error is not None:
        _report(parent, outcome.error, on_error, title, known)
        return outcome
    value: Any = outcome.value
    try:
        if on_success is not None:
            on_success(value)
    finally:
        # The action is saved even if showing its result failed: other pages must hear of it.
        changes = changes_of(value)
        if changed is not None and changes is not None:
            _announce(changed, changes)
    return outcome


def _announce(changed: Announce, changes: Changes) -> None:
    if isinstance(changed, SignalInstance):
        changed.emit(changes)
    else:
        changed(changes)


def _report(
    parent: QWidget | None,
    exc: Exception,
    on_error: Callable[[Exception], Any] | None,
    title: str | None,
    known: tuple[type[Exception], ...],
) -> None:
    # A `known` error is shown as the caller knows it; others as the safety net words them.
    known_error = bool(known) and isinstance(exc, known)
    problem = exc if known_error else problem_of(exc)
    if problem is None:
        show_bug(parent, exc)
    elif on_error is not None:
        on_error(problem)
    else:
        show_error(parent, problem, title)
