"""The Qt half of `jitdesk --self-test` (see jitdesk/selftest.py), and the start-up probe.

Each check exercises something a frozen app can lose on the way: the platform plugin and the
system libraries it needs, QtPdf, the print support, the SVG image plugin with the bundled icon,
and every page of the main window (pages import their modules lazily, so showing each one
proves the bundle holds them).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QImageReader, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication


def private_settings(folder: Path) -> None:
    """QSettings (window geometry, recent shops) go to `folder`, never the user's own."""
    QCoreApplication.setOrganizationName("jitdesk-self-test")
    QCoreApplication.setApplicationName("jitdesk-self-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qs"))


def _application(folder: Path) -> QApplication:
    from jitdesk.gui.app import make_application

    app = make_application(["jitdesk"])
    private_settings(folder)
    from jitdesk.gui import i18n

    i18n.install_translators()  # the system's language (LANG), as at a real start
    return app


def open_pdf(path: Path) -> dict[str, Any]:
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"QPdfDocument could not open {path.name}: {error.name}")
    if document.pageCount() < 1:
        raise ValueError(f"{path.name} has no pages")
    return {"pages": document.pageCount()}


def print_to_file(source: Path, target: Path) -> dict[str, Any]:
    """Print `source` the way the preview dialog does, through QPrinter into a PDF file."""
    from jitdesk.gui.dialogs.pdf_preview import print_pdf

    document = QPdfDocument()
    document.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(150)
    printed = print_pdf(document, printer)
    if printed != document.pageCount():
        raise ValueError(f"printed {printed} of {document.pageCount()} pages")
    result = open_pdf(target)
    return {"pages": printed, "bytes": target.stat().st_size} | {"reopened_pages": result["pages"]}


def icon_loads(resources: Path) -> dict[str, Any]:
    icon = resources / "icons" / "jitdesk.svg"
    if not icon.is_file():
        raise FileNotFoundError(f"{icon} is missing from the installation")
    reader = QImageReader(str(icon))
    image = reader.read()
    if image.isNull():
        raise ValueError(f"the SVG icon did not load ({reader.errorString()})")
    return {"size": [image.width(), image.height()]}


def build_main_window(shop, app: QApplication) -> dict[str, Any]:
    """The main window over the shop, shown, with every page shown once; then closed."""
    from jitdesk.gui.main_window import MainWindow

    window = MainWindow(shop)
    try:
        window.show()
        app.processEvents()
        keys = list(window.pages)
        for key in keys:
            window.show_page(key)
            app.processEvents()
            if window.current_page_key() != key:
                raise ValueError(f"the page {key} could not be shown")
        if not window.isVisible():
            raise ValueError("the main window is not visible after show()")
        return {"pages": keys, "title": window.windowTitle()} | menu_language(window)
    finally:
        window.close()  # saves geometry into the private settings and closes the shop
        window.deleteLater()
        app.processEvents()


def menu_language(window) -> dict[str, Any]:
    """The menu in the system's language: a German system (LANG=de_AT...) must show "Datei",
    which proves the .qm files were found in this installation."""
    from jitdesk.gui import i18n

    language = i18n.effective_language()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    expected = {"de": "Datei", "fr": "Fichier", "en": "File"}.get(language)
    if expected and menus[:1] != [expected]:
        raise ValueError(f"the menu reads {menus} although the language is {language}")
    return {"language": language, "menus": menus}


def gui_checks(rec, shop, pdfs: dict[str, Path], folder: Path) -> None:
    """Qt checks, recorded on `rec` (a jitdesk.selftest.Recorder)."""
    from jitdesk.selftest import resources_folder

    app = rec.run(
        "qt_application",
        lambda: _application(folder),
        lambda app: {"platform": QGuiApplication.platformName()},
    )
    for kind, path in pdfs.items():
        rec.run(f"qpdf_{kind}", lambda p=path: open_pdf(p), lambda info: info)
    first = next(iter(pdfs.values()))
    rec.run("print_qprinter", lambda: print_to_file(first, folder / "printed.pdf"), lambda i: i)
    rec.run("icon_svg", lambda: icon_loads(resources_folder()), lambda info: info)
    rec.run("main_window", lambda: build_main_window(shop, app), lambda info: info)


def startup_probe() -> int:
    """Start like the app does (QApplication, a shop, the main window) and quit once the window
    is shown: timed from outside, this is the start-up time of an installation."""
    import tempfile

    from jitdesk.services.settings import create_shop

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jitdesk-probe-") as tmp:
        app = _application(Path(tmp))
        from jitdesk.gui.main_window import MainWindow

        window = MainWindow(create_shop(Path(tmp) / "probe.jitdesk", "Probe"))
        window.show()
        app.processEvents()
        shown = window.isVisible()
        window.close()
        app.processEvents()
    print(f"window shown: {shown} ({time.perf_counter() - start:.3f} s after imports)")
    return 0 if shown else 1
