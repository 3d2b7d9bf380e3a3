"""The row of buttons under a dialog: one main button that accepts and Cancel that rejects.

Built in one place so every dialog gets the same row: Qt's standard buttons with their
translated texts in the platform's order, the main button as the one Enter presses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def dialog_buttons(
    dialog: QDialog,
    main: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
    *,
    text: str = "",
    on_accept: Callable[[], object] | None = None,
) -> tuple[QDialogButtonBox, QPushButton]:
    """`main` and Cancel in a box owned by `dialog`; returns the box and its main button.

    `text` (translated by the caller) replaces the main button's standard text where naming
    the action says more than "OK". The main button calls `on_accept`, or `dialog.accept`: a
    dialog that must save first passes its save, which accepts once saving succeeded. Cancel
    rejects, as Esc does.
    """
    box = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel, dialog)
    button = box.button(main)
    if text:
        button.setText(text)
    box.accepted.connect(on_accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, button
