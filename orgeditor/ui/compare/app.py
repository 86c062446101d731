"""Entry points: ``run_compare`` (a program) and ``open_compare_window`` (from the editor)."""

from __future__ import annotations

import sys
from pathlib import Path

# QtGui must be loaded before pygraphviz (DESIGN.md §3): its bundled libxcb breaks Qt otherwise.
from PySide6 import QtGui  # noqa: F401  # isort: skip
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orgeditor.model import Chart
from orgeditor.ui.collector import collect_on_gui_thread

__all__ = ["load_pair", "open_compare_window", "run_compare"]


def open_compare_window(
    parent: QWidget | None, chart_a: Chart, chart_b: Chart, label_a: str, label_b: str
) -> QWidget:
    """A compare window of *chart_a* (before) against *chart_b* (after), shown.

    With a *parent* the window is owned by it (and stays a window of its own); it is deleted
    when closed. The charts are only read.
    """
    from orgeditor.ui.compare.window import CompareWindow  # noqa: PLC0415 - keep start-up light

    window = CompareWindow(chart_a, chart_b, label_a, label_b, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def load_pair(path_a: str | Path, path_b: str | Path) -> tuple[Chart, Chart]:
    """Load both charts; raises ``ChartLoadError`` or ``OSError``."""
    from orgeditor.io import load_chart  # noqa: PLC0415

    return load_chart(Path(path_a)), load_chart(Path(path_b))


def run_compare(path_a: str | Path, path_b: str | Path) -> int:
    """Show the comparison of two chart files and run until the window closes.

    Returns 0, or 2 when a chart does not load (the error is shown in a message box).
    """
    from orgeditor.io import ChartLoadError  # noqa: PLC0415
    from orgeditor.ui.compare.window import CompareWindow  # noqa: PLC0415
    from orgeditor.ui.i18n import editor_settings, install_translators, ui_language  # noqa: PLC0415

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    install_translators(ui_language(editor_settings()), app)  # the editor's language
    collect_on_gui_thread()  # its variants run in a thread: cycles are freed here only
    title = QCoreApplication.translate("CompareApp", "Compare charts")
    try:
        chart_a, chart_b = load_pair(path_a, path_b)
    except ChartLoadError as exc:
        message = QCoreApplication.translate("CompareApp", "A chart does not load:")
        QMessageBox.critical(None, title, f"{message}\n\n{exc}")
        return 2
    except OSError as exc:
        message = QCoreApplication.translate("CompareApp", "Cannot read {file}: {reason}")
        QMessageBox.critical(None, title, message.format(file=exc.filename, reason=exc.strerror or exc))
        return 2
    window = CompareWindow(chart_a, chart_b, Path(path_a).name, Path(path_b).name)
    window.show()
    return int(app.exec())
