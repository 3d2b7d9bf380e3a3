"""A page with a searchable list on one side and an editor for the selected row on the other
(catalog, suppliers, customers): switching rows, new, save and unsaved-changes handling.

The subclass builds `self.panel` (a ListPanel) and `self.editor` (with `load(id)`, `save()`,
`dirty`, `saved(Changes)`), then calls `wire_list_editor()`; it says what it edits with
`editor_noun` and the editor's current id with `editor_id()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from jitdesk.gui.i18n import tr
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.editor_fields import CANCEL, SAVE, ask_unsaved
from jitdesk.services.shop import Changes

ALL_ROWS = 2  # the list panels' choice index that shows active and inactive rows


class ListEditorPage(Page):
    editor_noun = ""  # "The product": used when asking about unsaved changes

    def wire_list_editor(self) -> None:
        self._shown_id: int | None = None
        self.panel.currentIdChanged.connect(self._on_current)
        self.editor.saved.connect(self._after_save)
        self.editor.saved.connect(self.changed)  # once the list shows the saved row
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.editor.save)

    def editor_id(self) -> int | None:
        raise NotImplementedError

    def saved_message(self) -> str:
        raise NotImplementedError

    # -- Page --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.panel.apply_filter()
        if self._shown_id is not None and not self.editor.dirty:
            self._show(self._shown_id)

    def focus_search(self) -> None:
        self.panel.focus_search()

    def open_target(self, target: object) -> None:
        if isinstance(target, int):
            self.reload()
            if not self.panel.select_id(target):
                self._show(target)

    # -- switching rows ----------------------------------------------------------------------
    def may_leave_editor(self) -> bool:
        """Unsaved changes are saved, discarded or kept (then the row does not change)."""
        if not self.editor.dirty:
            return True
        answer = ask_unsaved(self, tr(self.editor_noun))
        if answer == CANCEL:
            return False
        return self.editor.save() if answer == SAVE else True

    def _on_current(self, row_id: int | None) -> None:
        if row_id == self._shown_id or row_id is None:
            return
        if not self.may_leave_editor():
            self.panel.table.selectionModel().blockSignals(True)
            if self._shown_id is not None:
                self.panel.select_id(self._shown_id)
            self.panel.table.selectionModel().blockSignals(False)
            return
        self._show(row_id)

    def _show(self, row_id: int | None) -> None:
        self._shown_id = row_id
        self.editor.load(row_id)

    def start_new(self, first_field: QWidget) -> None:
        """An empty editor for a new row, with the cursor in its first field."""
        if not self.may_leave_editor():
            return
        self.panel.clear_selection()
        self._show(None)
        first_field.setFocus()

    def _after_save(self, changes: Changes) -> None:
        row_id = self.editor_id()
        self._shown_id = row_id
        self.panel.apply_filter()
        if row_id is not None and not self.panel.select_id(row_id):
            self.panel.search.clear()  # the saved row may not match the search or filter
            if self.panel.choice.count() > ALL_ROWS:
                self.panel.choice.setCurrentIndex(ALL_ROWS)
            self.panel.apply_filter()
            self.panel.select_id(row_id)
        self.statusMessage.emit(self.saved_message())
