"""People in the app: the sign-in dialog (keyboard: name, PIN, Enter), Settings ▸ People, the
person shown in the window with Switch person…, and owner-only controls disabled for staff."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from jitdesk.domain.permissions import OwnerAction, Role
from jitdesk.gui import shop_files
from jitdesk.gui.dialogs import sign_in_dialog
from jitdesk.gui.dialogs.sign_in_dialog import SignInDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.reports_page import ReportsPage
from jitdesk.gui.pages.settings_page import SettingsPage
from jitdesk.gui.pages.settings_people import PersonDialog
from jitdesk.gui.pages.surplus_page import SurplusPage
from jitdesk.services import people, permissions
from jitdesk.services.shop import Shop

from .conftest import clock

OWNER_ONLY = "Only the owner may do this"


@pytest.fixture
def staffed(gui_shop):
    shop = gui_shop.shop
    people.add_person(shop, "Olga", "1111")
    people.add_person(shop, "Sam", "2222", Role.STAFF)
    people.sign_out(shop)
    return gui_shop


def fmt() -> ShopFormat:
    return ShopFormat("en_GB", "EUR")


def test_sign_in_by_keyboard_with_a_wrong_pin_said_under_the_field(qtbot, staffed):
    dialog = SignInDialog(staffed.shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [dialog.names.item(i).text() for i in range(2)] == ["Olga  (owner)", "Sam  (staff)"]
    dialog.names.setFocus()
    qtbot.keyClick(dialog.names, Qt.Key.Key_Down)
    assert dialog.chosen_name() == "Sam"
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.pin.text() == ""
    assert "Wrong PIN for Sam; 4 tries left" in dialog.message.text()
    qtbot.keyClicks(dialog.pin, "2222")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert staffed.shop.person is not None and staffed.shop.person.name == "Sam"


def test_a_shop_without_people_opens_without_asking(qtbot, gui_shop, monkeypatch):
    path = gui_shop.shop.path
    gui_shop.shop.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: pytest.fail("asked to sign in"))
    shop = shop_files.open_shop_file(path)
    assert shop is not None and shop.person is None
    shop.close()


def test_opening_a_shop_with_people_asks_who_and_cancel_leaves_it_closed(
    qtbot, staffed, monkeypatch
):
    path = staffed.shop.path
    staffed.shop.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert shop_files.open_shop_file(path) is None

    def sign_in_as_sam(self) -> QDialog.DialogCode:
        self.names.setCurrentRow(1)
        self.pin.setText("2222")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_sam)
    shop = shop_files.open_shop_file(path)
    assert shop is not None and shop.person is not None and shop.person.name == "Sam"
    shop.close()


def test_staff_see_owner_only_controls_disabled_with_the_reason(qtbot, staffed):
    shop = staffed.shop
    people.sign_in(shop, "Sam", "2222")
    settings_page = SettingsPage(shop, fmt())
    qtbot.addWidget(settings_page)
    assert not settings_page.save_button.isEnabled()
    assert not settings_page.name.isEnabled()
    assert settings_page.name.toolTip().startswith(OWNER_ONLY)
    assert settings_page.language.isEnabled()  # this computer's, not the shop's
    assert not settings_page.people.add_button.isEnabled()
    assert all(not c.isEnabled() for c in settings_page.people.allowed.values())
    reports = ReportsPage(shop, fmt())
    qtbot.addWidget(reports)
    margins = reports.tabs.indexOf(reports.report_tabs["margins"])
    assert not reports.tabs.isTabEnabled(margins)
    assert reports.tabs.tabToolTip(margins).startswith(OWNER_ONLY)
    assert reports.tabs.isTabEnabled(reports.tabs.currentIndex())
    surplus = SurplusPage(shop, fmt())
    qtbot.addWidget(surplus)
    surplus._update_buttons()
    assert not surplus.write_off_button.isEnabled()
    assert surplus.write_off_button.toolTip().startswith(OWNER_ONLY)


def test_the_owner_adds_a_person_and_lets_staff_write_off(qtbot, gui_shop, monkeypatch):
    shop = gui_shop.shop
    page = SettingsPage(shop, fmt())
    qtbot.addWidget(page)
    section = page.people
    assert section.intro.text().startswith("Nobody signs in yet.")
    assert not section.allowed[OwnerAction.WRITE_OFF].isEnabled()

    def fill(name: str, pin: str, again: str):
        def run(dialog: PersonDialog) -> QDialog.DialogCode:
            dialog.name.setText(name)
            dialog.pin.setText(pin)
            dialog.again.setText(again)
            dialog.accept()
            return dialog.result()

        return run

    monkeypatch.setattr(PersonDialog, "exec", fill("Olga", "1111", "1112"))
    dialog = section.add_person()
    assert "The two PINs differ" in dialog.message.text()
    assert people.list_people(shop) == []
    monkeypatch.setattr(PersonDialog, "exec", fill("Olga", "1111", "1111"))
    with qtbot.waitSignal(page.changed):
        section.add_person()
    assert shop.person is not None and shop.person.role is Role.OWNER
    assert section.list.count() == 1
    monkeypatch.setattr(PersonDialog, "exec", fill("Sam", "2222", "2222"))
    section.add_person()
    assert [p.name for p in people.list_people(shop)] == ["Olga", "Sam"]
    section.allowed[OwnerAction.WRITE_OFF].setChecked(True)
    assert permissions.staff_allowed(shop) == {OwnerAction.WRITE_OFF}


def test_the_window_shows_who_is_signed_in_and_switches_person(qtbot, staffed, monkeypatch):
    from jitdesk.gui.actions import people_actions
    from jitdesk.gui.main_window import MainWindow

    shop = Shop.open(staffed.shop.path, clock=clock)
    people.sign_in(shop, "Olga", "1111")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    window = MainWindow(shop)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "personLabel")
    assert label.text() == "Signed in: Olga (owner)"
    assert window.restore_action.isEnabled()

    def as_sam(self) -> QDialog.DialogCode:
        self.names.setCurrentRow(1)
        self.pin.setText("2222")
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(sign_in_dialog.SignInDialog, "exec", as_sam)
    people_actions.switch_person(window)
    assert label.text() == "Signed in: Sam (staff)"
    assert not window.restore_action.isEnabled()
    assert window.restore_action.toolTip().startswith(OWNER_ONLY)
    assert not window.email_settings_action.isEnabled()
    people_actions.switch_person(window)  # Sam again: nothing changes for the worse
    assert window.findChild(QLabel, "personLabel").text() == "Signed in: Sam (staff)"


def test_a_shop_with_one_person_opens_as_the_owner_without_asking(qtbot, gui_shop, monkeypatch):
    from jitdesk.gui.main_window import MainWindow

    olga = people.add_person(gui_shop.shop, "Olga", "1111")
    path = gui_shop.shop.path
    gui_shop.shop.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: pytest.fail("asked to sign in"))
    shop = shop_files.open_shop_file(path)
    assert shop is not None and shop.person == olga
    window = MainWindow(shop)
    qtbot.addWidget(window)
    assert window.findChild(QLabel, "personLabel").isHidden()
    switch = window.findChild(QAction, "switchPersonAction")
    assert not switch.isVisible()
    assert window.restore_action.isEnabled() and window.email_settings_action.isEnabled()


def test_the_owner_adding_a_second_person_stays_signed_in_and_may_switch(
    qtbot, gui_shop, monkeypatch
):
    from jitdesk.gui.main_window import MainWindow

    people.add_person(gui_shop.shop, "Olga", "1111")
    path = gui_shop.shop.path
    gui_shop.shop.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: pytest.fail("asked to sign in"))
    shop = shop_files.open_shop_file(path)
    assert shop is not None
    window = MainWindow(shop)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    section = page.people
    assert section.intro.text().startswith("Nobody signs in while the owner works alone.")

    def sam(dialog: PersonDialog) -> QDialog.DialogCode:
        dialog.name.setText("Sam")
        dialog.pin.setText("2222")
        dialog.again.setText("2222")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", sam)
    section.add_person()
    assert section.intro.text().startswith("Each desk signs in")
    label = window.findChild(QLabel, "personLabel")
    assert not label.isHidden() and label.text() == "Signed in: Olga (owner)"
    assert window.findChild(QAction, "switchPersonAction").isVisible()
    assert window.restore_action.isEnabled()  # no lock-out
    assert section.add_button.isEnabled()


def test_a_shop_with_two_people_asks_at_open(qtbot, staffed, monkeypatch):
    path = staffed.shop.path
    staffed.shop.close()
    asked = []
    monkeypatch.setattr(
        SignInDialog, "exec", lambda self: asked.append(1) or QDialog.DialogCode.Rejected
    )
    assert shop_files.open_shop_file(path) is None
    assert asked == [1]
