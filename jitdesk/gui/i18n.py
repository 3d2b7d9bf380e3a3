"""The GUI in the user's language: Qt translators for jitdesk's own text and Qt's dialogs.

Every GUI string goes through `tr` (or `QT_TR_NOOP` in a table, translated where it is shown),
so `pyside6-lupdate` finds it: lupdate gives free `tr()` calls and `QT_TR_NOOP` the empty
context, which is why `tr` translates in that context. Status titles come from the domain as
plain English and are translated here, at the GUI edge (`status_title`).

The language is chosen in Settings (stored in QSettings, "" = the system's) and applied at
start-up; a missing or broken translation file leaves the app in English with one log line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from jitdesk.domain import i18n as domain_i18n
from jitdesk.domain.resources import resource_path

log = logging.getLogger("jitdesk")

LANGUAGE_KEY = "ui/language"
SOURCE_LANGUAGE = "en"
# (code, name as its speakers write it); "" follows the system's language.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"))
STATUS_CONTEXT = "Status"

# The titles of domain/statuses.py and domain/order_progress.py, marked for lupdate; their own
# context keeps "Open" (an order's status) apart from "Open" (a button).
_STATUS_TITLES = (
    QT_TRANSLATE_NOOP("Status", "Open"),
    QT_TRANSLATE_NOOP("Status", "Ready"),
    QT_TRANSLATE_NOOP("Status", "Completed"),
    QT_TRANSLATE_NOOP("Status", "Cancelled"),
    QT_TRANSLATE_NOOP("Status", "Draft"),
    QT_TRANSLATE_NOOP("Status", "Sent"),
    QT_TRANSLATE_NOOP("Status", "Partly received"),
    QT_TRANSLATE_NOOP("Status", "Received"),
    QT_TRANSLATE_NOOP("Status", "Closed short"),
    # how far a customer order is (domain/order_progress.py)
    QT_TRANSLATE_NOOP("Status", "Waiting to be ordered"),
    QT_TRANSLATE_NOOP("Status", "On order"),
)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks a table's text for lupdate; it is translated with `tr` where it is shown."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; with `n`, Qt picks the numerus form and fills in %n."""
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_label(text: str) -> str:
    """A label of a table that mixes plain labels and status titles."""
    translated = tr(text)
    return translated if translated != text else status_title(text)


def status_title(title: str) -> str:
    """A status title from domain/statuses.py in the user's language."""
    return QCoreApplication.translate(STATUS_CONTEXT, title)


def translations_dir() -> Path:
    """Where the compiled .qm files are (frozen app, installed package or source checkout)."""
    return resource_path("translations")


def chosen_language() -> str:
    """The language picked in Settings, "" when the system's language is used."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in dict(LANGUAGES) else ""


def set_chosen_language(code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)


def effective_language(chosen: str | None = None) -> str:
    """The language to show: the chosen one, else the system's if jitdesk has it, else English."""
    chosen = chosen_language() if chosen is None else chosen
    if chosen:
        return chosen
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in dict(LANGUAGES):
            return code
    return SOURCE_LANGUAGE


_installed: list[QTranslator] = []


def _load(translator: QTranslator, name: str, folder: Path, quiet: bool = False) -> bool:
    path = folder / f"{name}.qm"
    if translator.load(str(path)):
        return True
    if not quiet:  # one line per start: the fallback's own trouble is the same story
        log.warning("translation %s could not be loaded; showing English instead", path)
    return False


def install_translators(language: str | None = None) -> str:
    """Install jitdesk's and Qt's translators for `language` (default: the effective one) on
    the running application, replacing earlier ones; tells the layers below too. Returns the
    language in use."""
    app = QCoreApplication.instance()
    language = language or effective_language()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    in_use = SOURCE_LANGUAGE
    own = QTranslator(app)
    # English has a catalog too: its numerus forms turn "%n order(s)" into "1 order".
    if _load(own, f"jitdesk_{language}", translations_dir()):
        in_use = language
    elif language != SOURCE_LANGUAGE:
        _load(own, f"jitdesk_{SOURCE_LANGUAGE}", translations_dir(), quiet=True)
    if not own.isEmpty() and app is not None:
        app.installTranslator(own)
        _installed.append(own)
    if in_use != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if not (qt_folder / f"qtbase_{in_use}.qm").is_file():
            qt_folder = translations_dir()  # the packaged app keeps a copy beside its own
        if _load(qt, f"qtbase_{in_use}", qt_folder) and app is not None:
            app.installTranslator(qt)
            _installed.append(qt)
    domain_i18n.set_language(in_use)
    return in_use
