"""The app's periodic tick for repeat orders: a moment after a shop is opened, then every hour,
the orders of repeats that have come due are created (`services.repeats.run_repeats`, safe to
run on several desks at once) and every page hears of them.

The tick runs on its own, so it never opens a message box: what it made, or why a repeat
could not make its order, goes to the status bar; a bug is logged and shown as a bug."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from jitdesk.gui.feedback import problem_of, show_bug
from jitdesk.gui.i18n import tr
from jitdesk.services.shop import Changes, Shop

if TYPE_CHECKING:
    from jitdesk.services.repeats import RepeatRun

log = logging.getLogger("jitdesk")

FIRST_TICK_MS = 3000
TICK_MS = 60 * 60 * 1000


class RepeatTick(QObject):
    def __init__(
        self, window: QMainWindow, shop: Shop, broadcast: Callable[[Changes], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.shop = shop
        self.broadcast = broadcast
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        QTimer.singleShot(FIRST_TICK_MS, self, self.tick)

    def stop(self) -> None:
        self.timer.stop()
        self.deleteLater()

    def tick(self) -> RepeatRun | None:
        if not self.window.isVisible() or getattr(self.window, "shop", None) is not self.shop:
            return None  # the window was closed, or shows another shop by now
        # Imported at the first tick, seconds after the window is up: the repeats bring the
        # order rules, which opening the window does not need.
        from jitdesk.services.repeats import run_repeats

        try:
            run = run_repeats(self.shop)
        except Exception as exc:  # noqa: BLE001 - shown, never lost
            problem = problem_of(exc)
            if problem is None:
                show_bug(self.window, exc)
            else:
                self.window.statusBar().showMessage(str(problem), 15000)
            return None
        self._report(run)
        if run.created:
            self.broadcast(run.changes)
        return run

    def _report(self, run: RepeatRun) -> None:
        for problem in run.problems:
            log.warning("Repeat order: %s", problem)
        if run.created:
            numbers = ", ".join(o.number for o in run.created)
            text = tr("%n repeat order(s) created: {numbers}", "", len(run.created)).format(
                numbers=numbers
            )
        elif run.problems:
            text = run.problems[0]
        else:
            return
        self.window.statusBar().showMessage(text, 15000)


def start(
    window: QMainWindow,
    shop: Shop,
    broadcast: Callable[[Changes], None],
    old: RepeatTick | None,
) -> RepeatTick:
    """The tick for `shop`, replacing the one of the shop shown before."""
    if old is not None:
        old.stop()
    return RepeatTick(window, shop, broadcast)
