"""Starting the editor: ``run_editor(path)`` opens a window on a chart and runs Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# QtGui must be loaded before pygraphviz (DESIGN.md §3): its bundled libxcb breaks Qt otherwise.
from PySide6 import QtGui  # noqa: F401  # isort: skip
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from orgeditor.resources import builtin_chart, icon_path
from orgeditor.ui.i18n import install_translators, ui_language
from orgeditor.ui.journaling import default_journal_folder
from orgeditor.ui.main_window import APP_NAME, ORG_NAME, MainWindow
from orgeditor.ui.recovery import Ask, offer_recovery

__all__ = ["application", "default_example", "open_window", "recover_work", "run_editor"]

#: Windows opened for recovered documents (kept alive while the application runs).
_extra_windows: list[MainWindow] = []


def default_example() -> Path | None:
    """The built-in proposal example (:func:`orgeditor.resources.builtin_chart`), if present."""
    return builtin_chart()


def application(settings: QSettings | None = None) -> QApplication:
    """The running QApplication, created (with organisation and application names) if needed,
    speaking the user's language: the ``language`` setting of *settings* (the editor's own by
    default), else the system's (:mod:`orgeditor.ui.i18n`)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    install_translators(ui_language(settings or QSettings(ORG_NAME, APP_NAME)), app)
    icon = icon_path()
    if icon.is_file():  # the window's and the task bar's icon
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(path: Path | None, *, journal_folder: Path | None = None) -> MainWindow:
    """A window on *path* (None: the built-in proposal, or an empty chart if it is missing).

    The built-in proposal, like any chart shipped with orgeditor, is shown as an untitled copy
    ("Untitled — from the 2017 proposal"): Save asks for a name, the shipped file is never
    written. A file that does not load leaves the window on an empty chart after showing the error.
    """
    window = MainWindow(journal_folder=journal_folder)
    target = path if path is not None else default_example()
    if target is not None:
        chart = window.documents.load(Path(target))
        if chart is not None:
            window.document.set_chart(chart)
            if path is not None:
                window.documents.add_recent(Path(target))
    return window


def recover_work(window: MainWindow, folder: Path, ask: Ask | None = None) -> list[MainWindow]:
    """Offer back the unsaved documents journalled in *folder*; returns the windows showing them.

    The first recovered document replaces *window*'s document when that one is unmodified;
    the others get windows of their own. A journal is deleted once its chart is journalled
    again in its new window.
    """
    shown: list[MainWindow] = []
    for item in offer_recovery(folder, window, ask):
        if not shown and window.undo_stack.isClean():
            target = window
        else:
            target = MainWindow(settings=window.settings, journal_folder=folder)
            _extra_windows.append(target)
        target.documents.adopt_recovered(item.chart, item.info.edits)
        target.show()
        if target.document.journal.path is not None:
            item.info.path.unlink(missing_ok=True)
        shown.append(target)
    return shown


def run_editor(path: Path | None, *, journal_folder: Path | None = None) -> int:
    """Open the editor on *path*, offer back unsaved work after a crash, and run Qt."""
    app = application()
    folder = journal_folder or default_journal_folder()
    window = open_window(path, journal_folder=folder)
    if window.first_start:
        window.showMaximized()  # a chart needs room; later starts restore the saved geometry
    else:
        window.show()
    recover_work(window, folder)
    _quit_after(app, os.environ.get("ORGEDITOR_QUIT_AFTER_MS", ""), window)
    return int(app.exec())


def _quit_after(app: QApplication, milliseconds: str, window: MainWindow) -> None:
    """With ``ORGEDITOR_QUIT_AFTER_MS=N`` the editor quits by itself N ms after it started and
    says on stderr what it showed: smoke tests of installed and bundled builds start it so."""
    if not milliseconds.isdigit():
        return

    def quit_now() -> None:
        path = window.document.path
        shown = path.name if path is not None else "a new chart"  # for scripts: not translated
        title = window.windowTitle().replace("[*]", "")
        print(f"orgeditor: quitting after {milliseconds} ms, showing {shown} as “{title}”", file=sys.stderr)
        app.quit()

    QTimer.singleShot(int(milliseconds), quit_now)
