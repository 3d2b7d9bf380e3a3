"""Sending documents by e-mail from the GUI: one order or a batch of pickup notices.

* With a mail server set up (Settings → Email) the message goes out through SMTP in a
  QThreadPool worker that opens its own Shop connection and talks to the GUI only by signals;
  the order is marked sent / notified by the service, and only after the server accepted it.
* Without one, the mail program opens with a prepared mailto: message and the PDF is shown in the
  file manager; nothing is marked: the user attaches the PDF, sends it, then says so.

Worker results arrive through `_Relay`, a QObject living on the GUI thread, so the callback runs
on the GUI thread (a bound slot of a GUI-thread QObject gets a queued connection). They arrive as
an `action_runner.Outcome`, and are reported and broadcast by `action_runner.finish_action` like
every other write action.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.permissions import Person
from jitdesk.gui.action_runner import Announce, Outcome, finish_action
from jitdesk.gui.feedback import show_error
from jitdesk.gui.i18n import tr
from jitdesk.services import email as mail
from jitdesk.services.shop import Changes, Shop


def smtp_configured(shop: Shop) -> bool:
    return mail.get_smtp_settings(shop) is not None


def ask_password(parent: QWidget, shop: Shop) -> tuple[bool, str | None]:
    """(go ahead, password): asks only when the settings say to ask each time."""
    settings = mail.get_smtp_settings(shop)
    if settings is None or not settings.username or settings.password_storage != "ask":
        return True, None
    text, ok = QInputDialog.getText(
        parent,
        tr("Mail password"),
        tr("Password for {0} on {1}:").format(settings.username, settings.host),
        QLineEdit.EchoMode.Password,
    )
    return ok, text


# --- workers ------------------------------------------------------------------------------------


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # a result or the exception that stopped the job


class _Relay(QObject):
    """Calls `on_done` / `on_progress` on the GUI thread; a child of the widget that started
    the job, so nothing is called once that widget is gone."""

    def __init__(
        self,
        parent: QWidget,
        on_done: Callable[[Outcome], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_done, self.on_progress = on_done, on_progress

    @Slot(object)
    def finished(self, result: object) -> None:
        outcome = Outcome(error=result) if isinstance(result, BaseException) else Outcome(result)
        try:
            self.on_done(outcome)
        finally:
            self.deleteLater()

    @Slot(int, int, str)
    def progress(self, done: int, total: int, number: str) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, number)


class SendEmailJob(QRunnable):
    """E-mail one supplier order or pickup notice (`mail.send_document`) off the GUI thread."""

    def __init__(
        self,
        open_shop: Callable[[], Shop],
        kind: str,
        number: str,
        password: str | None,
        *,
        actor: str = "owner",
        allow_below_minimum: bool = False,
        person: Person | None = None,
    ) -> None:
        super().__init__()
        self.open_shop, self.kind, self.number = open_shop, kind, number
        self.password, self.actor = password, actor
        self.person = person  # who works at the window: the events are theirs
        self.allow_below_minimum = allow_below_minimum
        self.signals = _Signals()

    def run(self) -> None:
        from jitdesk.documents.generate import render_document

        try:
            shop = self.open_shop()
            shop.person = self.person
            try:
                result = mail.send_document(
                    shop,
                    self.kind,
                    self.number,
                    render_document,
                    password=self.password,
                    allow_below_minimum=self.allow_below_minimum,
                )
            finally:
                shop.close()
        except Exception as exc:  # reported to the GUI thread, shown there
            self.signals.finished.emit(exc)
            return
        self.signals.finished.emit(result)


class BatchEmailJob(QRunnable):
    """E-mail pickup notices (all ready, or `numbers`) through one SMTP session."""

    def __init__(
        self,
        open_shop: Callable[[], Shop],
        password: str | None,
        numbers: list[str] | None = None,
        *,
        actor: str = "owner",
        kind: str = mail.PICKUP_NOTICE,
        person: Person | None = None,
    ) -> None:
        super().__init__()
        self.person = person  # who works at the window: the events are theirs
        self.open_shop, self.password, self.numbers, self.actor = (
            open_shop,
            password,
            numbers,
            actor,
        )
        self.kind = kind
        self.signals = _Signals()

    def run(self) -> None:
        from jitdesk.documents.generate import render_document

        try:
            shop = self.open_shop()
            shop.person = self.person
            try:
                result = mail.email_ready_pickup_notices(
                    shop,
                    render_document,
                    password=self.password,
                    numbers=self.numbers,
                    progress=self.signals.progress.emit,
                    kind=self.kind,
                )
            finally:
                shop.close()
        except Exception as exc:
            self.signals.finished.emit(exc)
            return
        self.signals.finished.emit(result)


def _start(parent: QWidget, job: SendEmailJob | BatchEmailJob, relay: _Relay) -> None:
    job.signals.finished.connect(relay.finished)
    job.signals.progress.connect(relay.progress)
    relay.job = job  # keep the job's signals alive until it reports
    QThreadPool.globalInstance().start(job)


def start_send(
    parent: QWidget,
    shop: Shop,
    kind: str,
    number: str,
    on_done: Callable[[Outcome], None],
    *,
    allow_below_minimum: bool = False,
) -> SendEmailJob | None:
    """Send one document through SMTP in a worker; `on_done(Outcome)` (an `EmailResult` or the
    exception that stopped it) runs on the GUI thread, for `finish_action`. None when the user
    cancelled the password question."""
    go, password = ask_password(parent, shop)
    if not go:
        return None
    job = SendEmailJob(
        shop.reopened,
        kind,
        number,
        password,
        actor=shop.actor,
        allow_below_minimum=allow_below_minimum,
        person=shop.person,
    )
    _start(parent, job, _Relay(parent, on_done))
    return job


def email_ready_pickup_notices(
    parent: QWidget,
    shop: Shop,
    changed: Announce,
    numbers: list[str] | None = None,
    *,
    on_sent: Callable[[Changes], object] | None = None,
    kind: str = mail.PICKUP_NOTICE,
) -> BatchEmailJob | None:
    """E-mail pickup notices (all ready and not yet notified, or `numbers`), or with
    kind=REMINDER the reminders of `numbers`, with progress and a summary of what failed and
    why; afterwards, on the GUI thread, `on_sent(Changes)` runs and the orders notified are
    announced on `changed`."""
    title = tr("Reminders") if kind == mail.REMINDER else tr("Pickup notices")
    if not smtp_configured(shop):
        show_error(parent, mail.EmailError(tr("No mail server is set up; open Settings → Email.")))
        return None
    todo = mail.ready_to_notify(shop) if numbers is None else list(numbers)
    if not todo:
        QMessageBox.information(parent, title, tr("No ready order waits for an e-mail."))
        return None
    go, password = ask_password(parent, shop)
    if not go:
        return None
    busy = tr("E-mailing reminders…") if kind == mail.REMINDER else tr("E-mailing pickup notices…")
    dialog = QProgressDialog(busy, tr("Hide"), 0, len(todo), parent)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int, number: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if number:
            dialog.setLabelText(tr("E-mailing {0} ({1} of {2})…").format(number, done + 1, total))

    def sent(batch: mail.BatchEmailResult) -> None:
        box = QMessageBox.information if not batch.failed else QMessageBox.warning
        box(parent, title, batch.summary())
        if on_sent is not None:
            on_sent(batch.changes)

    def finished(outcome: Outcome) -> None:
        dialog.close()
        finish_action(parent, outcome, changed=changed, on_success=sent, known=(OSError,))

    job = BatchEmailJob(
        shop.reopened, password, todo, actor=shop.actor, kind=kind, person=shop.person
    )
    _start(parent, job, _Relay(parent, finished, progress))
    return job


# --- without a mail server ----------------------------------------------------------------------


def open_in_mail_program(parent: QWidget, shop: Shop, kind: str, number: str, pdf: Path) -> bool:
    """Without SMTP: a prepared mailto: message, and the PDF shown in the file manager.

    False (after showing why) when the order cannot be mailed, e.g. no e-mail address."""
    try:
        message = mail.mailto_message(shop, kind, number)
    except JitdeskError as exc:
        show_error(parent, exc)
        return False
    QDesktopServices.openUrl(QUrl(message.url))
    show_in_file_manager(pdf)
    return True


def show_in_file_manager(pdf: Path) -> None:
    """Open the folder holding `pdf` (portable; selecting the file itself is not)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf.parent)))


def mail_pickup_notices_without_server(
    parent: QWidget, shop: Shop, numbers: list[str]
) -> list[str]:
    """One prepared message per order in the mail program and the PDFs in the file manager;
    returns the numbers whose message was opened (nothing is marked notified here)."""
    from jitdesk.documents.generate import generate_document
    from jitdesk.services.documents import PICKUP_NOTICE

    opened: list[str] = []
    problems: list[str] = []
    last_pdf: Path | None = None
    for number in numbers:
        try:
            message = mail.mailto_message(shop, PICKUP_NOTICE, number)
            last_pdf = generate_document(shop, PICKUP_NOTICE, number).path
        except (JitdeskError, OSError) as exc:
            problems.append(f"{number}: {exc}")
            continue
        QDesktopServices.openUrl(QUrl(message.url))
        opened.append(number)
    if last_pdf is not None:
        show_in_file_manager(last_pdf)
    if problems:
        QMessageBox.warning(parent, tr("Pickup notices"), "\n".join(problems))
    return opened


def confirm_notified(parent: QWidget, numbers: list[str]) -> bool:
    """After the mail program opened: has the user sent the message(s)? Only then the orders
    are marked notified (jitdesk cannot see what the mail program did)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Pickup notice"))
    box.setText(
        tr(
            "Your mail program has a message ready for {numbers}. Attach the pickup notice PDF "
            "(its folder is open), send the message, then mark the %n order(s) notified.",
            "",
            len(numbers),
        ).format(numbers=", ".join(numbers))
    )
    mark = box.addButton(tr("Mark notified"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not yet"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(mark)
    box.exec()
    return box.clickedButton() is mark
