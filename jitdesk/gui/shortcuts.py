"""Giving a menu action its key, cheaply enough for the menus made before the window shows."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_shortcut(action: QAction, key: str | QKeySequence | QKeySequence.StandardKey) -> None:
    """What `action.setShortcut(key)` does, by way of `setShortcuts`: to pick an overload of
    setShortcut, PySide builds every enum of Qt's namespace (~15 ms, a tenth of the start-up),
    which setShortcuts with a list does not need."""
    action.setShortcuts([QKeySequence(key)])
