"""Form helpers for the editors: an input with its message under it, whole-number inputs,
and showing a service's ValidationError at the field it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.money import parse_quantity
from jitdesk.gui.feedback import show_error
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage


class IntEdit(QLineEdit):
    """A whole number typed as text, so a wrong value gets a sentence rather than a beep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(9)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def value(self, field: str, label: str, *, minimum: int = 0, maximum: int | None = None) -> int:
        """The number typed; raises ValidationError(field) when it is not acceptable."""
        text = self.text().strip()
        if not text:
            raise ValidationError(
                tr("The {label} is missing; enter a whole number.").format(label=label), field
            )
        try:
            number = parse_quantity(text, field=label, allow_zero=True)
        except ValidationError:
            raise ValidationError(
                tr("The {label} “{text}” is not a whole number of {minimum} or more.").format(
                    label=label, text=text, minimum=minimum
                ),
                field,
            ) from None
        if number < minimum:
            raise ValidationError(
                tr("The {label} must be at least {minimum}.").format(label=label, minimum=minimum),
                field,
            )
        if maximum is not None and number > maximum:
            raise ValidationError(
                tr("The {label} must be at most {maximum}.").format(label=label, maximum=maximum),
                field,
            )
        return number

    def optional_value(self, field: str, label: str, *, minimum: int = 0) -> int | None:
        return None if not self.text().strip() else self.value(field, label, minimum=minimum)


class FieldErrors:
    """The FieldMessage of each named field; shows a ValidationError where it belongs."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.messages: dict[str, FieldMessage] = {}
        self.inputs: dict[str, QWidget] = {}
        self.own_messages: dict[str, QWidget] = {}  # inputs that show errors themselves

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The input with its (hidden) message under it, for a form row."""
        message = FieldMessage(self._parent)
        self.messages[field] = message
        self.inputs[field] = widget
        box = QWidget(self._parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        box.setFocusProxy(widget)
        return box

    def own(self, field: str, widget: QWidget) -> None:
        """An input that shows its own message (`set_error`, e.g. a MoneyEdit) for `field`."""
        self.own_messages[field] = widget

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        form.addRow(label, self.wrap(field, widget))

    def clear(self) -> None:
        for message in self.messages.values():
            message.clear()

    def text(self, field: str) -> str:
        return self.messages[field].text() if field in self.messages else ""

    def show(self, error: Exception) -> None:
        """At the field the error names (and focus it), else in a message box."""
        field = error.field if isinstance(error, ValidationError) else None
        if field in self.own_messages:
            self.own_messages[field].set_error(str(error))
            self.own_messages[field].setFocus()
        elif field in self.messages:
            self.messages[field].show_message(str(error))
            self.inputs[field].setFocus()
        else:
            show_error(self._parent, error)

    def any_shown(self) -> bool:
        return any(message.text() for message in self.messages.values())


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, what: str) -> str:
    """Save, discard or cancel when leaving an editor with unsaved changes."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        tr("Unsaved changes"),
        tr("{what} has unsaved changes. Save them?").format(what=what),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return SAVE
    if answer == buttons.Discard:
        return DISCARD
    return CANCEL


def section_label(text: str, parent: QWidget) -> QLabel:
    """A bold heading inside an editor (font weight only: the palette decides the colour)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
