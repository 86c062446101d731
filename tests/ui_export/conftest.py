"""Fixtures of the export-dialog tests: isolated settings and a main window on a small pillar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from orgeditor.model import Chart, Head, Link, ReportingLine, Unit

try:
    from PySide6.QtCore import QSettings, QStandardPaths
    from pytestqt.qtbot import QtBot

    from orgeditor.ui.main_window import MainWindow
except ImportError:  # ORGEDITOR_BLOCK_QT=1: every test here needs Qt
    collect_ignore_glob = ["test_*.py"]

WindowFactory = Callable[[Chart], "MainWindow"]


def small_pillar() -> Chart:
    """SG over DPPA and DPO, each with a few offices (DPO's with posts)."""
    chart = Chart(title="Export pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    for uid, name in (("dppa", "Political and Peacebuilding Affairs"), ("dpo", "Peace Operations")):
        chart.add_unit(
            Unit(
                uid,
                f"Department of {name}",
                "department",
                short=uid.upper(),
                reports_to=(ReportingLine("sg"),),
            )
        )
    chart.add_unit(
        Unit("pbso", "Peacebuilding Support Office", "office", reports_to=(ReportingLine("dppa"),))
    )
    chart.add_unit(
        Unit("ead", "Electoral Assistance Division", "division", reports_to=(ReportingLine("dppa"),))
    )
    chart.add_unit(
        Unit("orolsi", "Rule of Law and Security Institutions", "office", reports_to=(ReportingLine("dpo"),))
    )
    chart.add_unit(Unit("oma", "Office of Military Affairs", "office", reports_to=(ReportingLine("dpo"),)))
    chart.add_unit(Unit("unmas", "Mine Action Service", "service", reports_to=(ReportingLine("orolsi"),)))
    chart.add_link(Link("pbso", "orolsi", "informs"))
    return chart


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


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
        qtbot.waitUntil(lambda: not win.layout_runner.busy, timeout=10000)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()
        win.close()
        win.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(small_pillar())
