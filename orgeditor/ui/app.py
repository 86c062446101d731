"""Starting the editor: ``run_editor(path)`` opens a window on a chart and runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path

# QtGui must be loaded before pygraphviz (DESIGN.md §3): its bundled libxcb breaks Qt otherwise.
from PySide6 import QtGui  # noqa: F401  # isort: skip
from PySide6.QtWidgets import QApplication

import orgeditor
from orgeditor.model import Chart
from orgeditor.ui.main_window import APP_NAME, ORG_NAME, MainWindow

__all__ = ["application", "default_example", "open_window", "run_editor"]


def default_example() -> Path | None:
    """The built-in proposal example, when the examples folder is present."""
    package_dir = Path(orgeditor.__file__).parent if orgeditor.__file__ else None
    roots = [package_dir.parent] if package_dir else []
    roots.extend(Path(p) for p in getattr(orgeditor, "__path__", []))
    for root in roots:
        for candidate in (
            root / "examples" / "proposal-2017.yaml",
            root.parent / "examples" / "proposal-2017.yaml",
        ):
            if candidate.is_file():
                return candidate
    return None


def application() -> QApplication:
    """The running QApplication, created (with organisation and application names) if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    return app


def open_window(path: Path | None) -> MainWindow:
    """A window on *path* (None: the built-in proposal, or an empty chart if it is missing).

    A file that does not load leaves the window on an empty chart after showing the error.
    """
    window = MainWindow(Chart(title="Untitled chart"))
    target = path if path is not None else default_example()
    if target is not None:
        chart = window.documents.load(Path(target))
        if chart is not None:
            window.set_document(chart)
            if path is not None:
                window.documents.add_recent(Path(target))
    return window


def run_editor(path: Path | None) -> int:
    """Open the editor on *path* and run until the window closes; returns the exit status."""
    app = application()
    window = open_window(path)
    window.show()
    return int(app.exec())
