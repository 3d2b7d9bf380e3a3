"""Changes other desks make to a server shop, shown on this desk within a second.

The shop's listener (`Shop.listen_for_changes`) calls back on a thread of its own, where no
widget may be touched: the callback only emits a signal, which Qt queues to the GUI thread.
There the window refreshes its pages as after an action of its own, with a `Changes` that
says "anything may have changed" (a notice does not say what): the page on screen reloads at
once, the other pages built so far when they are next shown.

The listener calls at most a few times a second; should the GUI thread be busy longer than
that, the news waiting for it is one refresh, not a queue of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from jitdesk.gui.i18n import tr
from jitdesk.services.shop import Changes, Listening, Shop

STATUS_MS = 5000


class OtherDesks(QObject):
    """Hears other desks' changes to `shop` and hands them to `broadcast` on the GUI thread."""

    heard = Signal()

    def __init__(
        self, window: QMainWindow, shop: Shop, broadcast: Callable[[Changes], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.shop = shop
        self.broadcast = broadcast
        self._waiting = threading.Event()  # a signal is on its way to the GUI thread
        self.heard.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.listening: Listening | None = None
        self._stopped = False

    def listen(self) -> bool:
        """Start hearing; False for a shop only this desk can have open (a shop file)."""
        self.listening = self.shop.listen_for_changes(self._from_listener)
        return self.listening is not None

    def _from_listener(self) -> None:
        # The listener's thread: only the signal, and only when none is waiting already.
        if not self._stopped and not self._waiting.is_set():
            self._waiting.set()
            self.heard.emit()

    def _show(self) -> None:
        self._waiting.clear()
        if self._stopped or getattr(self.window, "shop", None) is not self.shop:
            return  # stopped, or the window shows another shop by now
        self.broadcast(Changes.from_other_desk())
        status = self.window.statusBar()
        if not status.currentMessage():  # a message about this desk's own action comes first
            status.showMessage(tr("Updated with changes from another desk."), STATUS_MS)

    def stop(self) -> None:
        self._stopped = True
        listening, self.listening = self.listening, None
        if listening is not None:
            listening.stop()
        self.deleteLater()


def start(
    window: QMainWindow,
    shop: Shop,
    broadcast: Callable[[Changes], None],
    old: OtherDesks | None,
) -> OtherDesks | None:
    """Hear other desks' changes to `shop`, replacing the hearing of the shop shown before;
    None for a shop file."""
    if old is not None:
        old.stop()
    desks = OtherDesks(window, shop, broadcast)
    if desks.listen():
        return desks
    desks.deleteLater()
    return None
