"""Settings ▸ People: who signs in, their PINs and roles, and what staff may do.

Only the owner changes anything here; for anyone else the section is shown disabled, saying
why. A shop without people shows how to start: the first person added is the owner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.permissions import MANAGE_PEOPLE, OwnerAction, Person, Role, action_title
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.sign_in_dialog import role_word
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import people, permissions
from jitdesk.services.shop import Changes, Shop


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    edit.setAccessibleName(name)
    return edit


class PersonDialog(QDialog):
    """A new person (name, role, PIN) or a new PIN for one (`person` given)."""

    def __init__(
        self, shop: Shop, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.person = person
        self.changes: Changes | None = None
        first = not people.list_people(shop)
        if person is not None:
            self.setWindowTitle(tr("New PIN for {name}").format(name=person.name))
        else:
            self.setWindowTitle(tr("Add the owner") if first else tr("Add a person"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_word(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.pin = _pin_edit(self, tr("PIN"))
        self.again = _pin_edit(self, tr("PIN again"))
        self.message = FieldMessage(self)
        form = QFormLayout()
        if person is None:
            form.addRow(tr("&Name:"), self.name)
            if first:
                note = QLabel(tr("The first person is the shop's owner."), self)
                note.setWordWrap(True)
                form.addRow("", note)
            else:
                form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("&PIN (4 to 12 digits):"), self.pin)
        form.addRow(tr("PIN &again:"), self.again)
        form.addRow("", self.message)
        buttons, _ok = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.show_message(tr("The two PINs differ; type the same PIN twice."))
            return

        def save() -> Changes:
            if self.person is not None:
                return people.set_pin(self.shop, self.person.id, self.pin.text())
            role = Role(self.role.currentData())
            people.add_person(self.shop, self.name.text(), self.pin.text(), role)
            return Changes(settings=True)

        def shown(exc: Exception) -> None:
            self.message.show_message(str(exc))

        outcome = run_action(self, save, on_error=shown, known=(ValidationError,))
        if outcome.ok:
            self.changes = outcome.value
            super().accept()


class PeopleSettings(QWidget):
    """The People section of the Settings page."""

    changed = Signal(object)  # Changes

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("People"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.add_button = QPushButton(tr("Add person…"), self)
        self.pin_button = QPushButton(tr("New PIN…"), self)
        self.role_button = QPushButton(tr("Make owner"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.allowed_label = QLabel(tr("Staff may also:"), self)
        self.allowed: dict[OwnerAction, QCheckBox] = {}
        allowed_box = QVBoxLayout()
        allowed_box.setContentsMargins(12, 0, 0, 0)
        for action in OwnerAction:
            check = QCheckBox(action_title(action), self)
            self.allowed[action] = check
            allowed_box.addWidget(check)
            check.toggled.connect(self._save_allowed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.allowed_label)
        layout.addLayout(allowed_box)
        self.add_button.clicked.connect(self.add_person)
        self.pin_button.clicked.connect(self.new_pin)
        self.role_button.clicked.connect(self.toggle_role)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.reload()

    def _selected(self) -> Person | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reload(self) -> None:
        everyone = people.list_people(self.shop)
        selected = self._selected()
        self.list.clear()
        for person in everyone:
            item = QListWidgetItem(f"{person.name}  ({role_word(person.role)})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, person)
            if selected is not None and person.id == selected.id:
                self.list.setCurrentItem(item)
        if permissions.sign_in_required(self.shop):
            self.intro.setText(
                tr(
                    "Each desk signs in as one of these people; the owner decides what staff may "
                    "do. Changes here are saved at once."
                )
            )
        elif everyone:
            self.intro.setText(
                tr(
                    "Nobody signs in while the owner works alone. Once a second person is added, "
                    "jitdesk asks who is working when the shop is opened."
                )
            )
        else:
            self.intro.setText(
                tr(
                    "Nobody signs in yet. Add the owner first; once a second person is added, "
                    "jitdesk asks who is working when the shop is opened."
                )
            )
        self.list.setVisible(bool(everyone))
        allowed = permissions.staff_allowed(self.shop)
        for action, check in self.allowed.items():
            check.blockSignals(True)
            check.setChecked(action in allowed)
            check.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        manager = permissions.may(self.shop, MANAGE_PEOPLE)
        reason = None if manager else Reason.OWNER_ONLY
        set_enabled(self.add_button, reason)
        selected = self._selected()
        pick = Reason.NO_PERSON if selected is None else None
        own = selected is not None and selected.id == self.shop.person_id
        set_enabled(self.pin_button, pick or (None if manager or own else reason))
        set_enabled(self.role_button, pick or reason)
        if selected is not None and selected.role is Role.OWNER:
            self.role_button.setText(tr("Make staff"))
        else:
            self.role_button.setText(tr("Make owner"))
        has_people = self.list.count() > 0
        for check in self.allowed.values():
            set_enabled(check, reason if has_people else Reason.NO_PEOPLE)
        self.allowed_label.setEnabled(manager and has_people)

    def _done(self, changes: Changes | None) -> None:
        if changes is not None:
            self.reload()
            self.changed.emit(changes)

    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.shop, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(dialog.changes)
        return dialog

    def new_pin(self) -> PersonDialog | None:
        person = self._selected()
        if person is None:
            return None
        dialog = PersonDialog(self.shop, person, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(dialog.changes)
        return dialog

    def toggle_role(self) -> None:
        person = self._selected()
        if person is None:
            return
        role = Role.STAFF if person.role is Role.OWNER else Role.OWNER
        self._run(lambda: people.set_role(self.shop, person.id, role))

    def _save_allowed(self) -> None:
        chosen = [a for a, check in self.allowed.items() if check.isChecked()]
        self._run(lambda: people.set_staff_allowed(self.shop, chosen))

    def _run(self, action: Callable[[], Changes]) -> None:
        outcome = run_action(self, action, title=tr("People"))
        if outcome.ok:
            self._done(outcome.value)
        else:
            self.reload()  # e.g. a refused tick goes back to what is stored


_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox)


def gate_shop_settings(
    shop: Shop, body: QWidget, *, keep: tuple[QWidget, ...], buttons: tuple[QWidget, ...]
) -> bool:
    """Disable the shop's settings, saying why, for a person who may not change them (all but
    the `keep` parts, which have rules of their own); True when they were disabled."""
    if permissions.may(shop, OwnerAction.SETTINGS):
        return False
    layout = body.layout()
    if isinstance(layout, QVBoxLayout):  # the reason in sight, not only in tooltips
        note = FieldMessage(body)
        note.show_message(tr(Reason.OWNER_ONLY))
        layout.insertWidget(0, note)
    inputs = [w for kind in _INPUTS for w in body.findChildren(kind)]
    for widget in (*inputs, *buttons):
        if not any(part is widget or part.isAncestorOf(widget) for part in keep):
            set_enabled(widget, Reason.OWNER_ONLY)
    return True
