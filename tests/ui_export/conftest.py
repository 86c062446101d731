"""Fixtures of the export-dialog tests: isolated settings and a main window on a small pillar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from export_charts import pump_until, small_pillar

from orgeditor.model import Chart

try:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from orgeditor.ui.main_window import MainWindow
except ImportError:  # ORGEDITOR_BLOCK_QT=1: every test here needs Qt
    collect_ignore_glob = ["test_*.py"]

WindowFactory = Callable[[Chart], "MainWindow"]


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[WindowFactory]:
    """Open main windows (own settings file, journal in tmp_path); closed clean after the test."""
    windows: list[MainWindow] = []

    def make(chart: Chart) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(chart, settings=settings)
        windows.append(win)
        win.resize(1200, 800)
        win.show()
        pump_until(lambda: not win.auto_layout.runner.busy)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()
        win.close()
        win.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(small_pillar())
