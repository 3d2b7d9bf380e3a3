"""A money input: typed as 12.50 or 12,50, held as integer cents, checked as you type.

Anything that is not an amount ("12,3x", "abc", "1,234.50") shows a sentence right under the
field and `cents()` raises, so a dialog can refuse OK until it is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyle, QVBoxLayout, QWidget

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.money import parse_money
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage


class MoneyEdit(QWidget):
    valueChanged = Signal(int)  # a new valid amount in cents
    edited = Signal()  # the user typed (not a programmatic change)

    def __init__(
        self,
        fmt: ShopFormat,
        *,
        label: str = "amount",
        allow_empty: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._label = label
        self._allow_empty = allow_empty
        self._extra_error = ""
        self.line = QLineEdit(self)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setPlaceholderText(fmt.amount(0))
        self.line.setMaxLength(20)
        self._warn = self.line.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self._warn.setVisible(False)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.message)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_text_changed)
        self.line.textEdited.connect(lambda _text: self.edited.emit())

    # -- value -------------------------------------------------------------------------------
    def cents(self) -> int:
        """The amount in cents; raises ValidationError (shown at the field) when invalid."""
        text = self.line.text().strip()
        if not text:
            if self._allow_empty:
                return 0
            raise ValidationError(
                tr("The {label} is missing; enter an amount such as 12.50.").format(
                    label=self._label
                ),
                self._label,
            )
        value = parse_money(text, field=self._label)
        if value < 0:
            raise ValidationError(
                tr("The {label} cannot be negative.").format(label=self._label), self._label
            )
        return value

    def parsed_cents(self) -> int | None:
        """The typed amount, or None if it is not an amount (ignores `set_error` problems)."""
        try:
            return self.cents()
        except ValidationError:
            return None

    def is_valid(self) -> bool:
        try:
            self.cents()
        except ValidationError:
            return False
        return not self._extra_error

    def set_cents(self, cents: int) -> None:
        self.line.setText(self._fmt.amount(cents))

    def set_error(self, text: str) -> None:
        """A problem found elsewhere (e.g. "more than the total"), shown at this field."""
        self._extra_error = text
        self._refresh_message()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.line.setReadOnly(read_only)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.line.setText(text)

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # -- internals ---------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._extra_error = ""
        self._refresh_message()
        value = self.parsed_cents()
        if value is not None:
            self.valueChanged.emit(value)

    def _refresh_message(self) -> None:
        try:
            self.cents()
            problem = self._extra_error
        except ValidationError as exc:
            problem = str(exc)
        self.message.show_message(problem)
        self._warn.setVisible(bool(problem))
