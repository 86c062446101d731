"""Fixtures for the editor tests: isolated settings, a small pillar chart, a window on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_charts import build_pillar

from orgeditor.model import Chart
from orgeditor.ui import i18n
from orgeditor.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


WindowFactory = Callable[[Chart], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[WindowFactory]:
    """Open windows on charts; they are marked clean and closed after the test."""
    windows: list[MainWindow] = []

    def make(chart: Chart) -> MainWindow:
        win = MainWindow(chart, settings=settings)
        windows.append(win)
        win.resize(1200, 800)
        win.show()
        qtbot.waitUntil(lambda: not win.auto_layout.runner.busy, timeout=10000)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()
        win.close()
        win.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(build_pillar())


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The editor's French translators installed for the test (English again after it)."""
    if not i18n.qm_path("fr").is_file():
        pytest.fail(f"{i18n.qm_path('fr')} is missing: run bash scripts/setup.sh")
    previous = QLocale()
    assert i18n.install_translators("fr", qapp)
    yield
    i18n.install_translators("en", qapp)
    QLocale.setDefault(previous)
