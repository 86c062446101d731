"""Fixtures for the editor tests: isolated settings, a small pillar chart, a window on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit
from orgeditor.ui.main_window import MainWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def build_pillar() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    chart.add_unit(Unit("eosg", "Executive Office", "office", reports_to=(ReportingLine("sg"),)))
    for uid in ("dppa", "dpo"):
        chart.add_unit(
            Unit(uid, f"Department {uid}", "department", short=uid.upper(), reports_to=(ReportingLine("sg"),))
        )
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg-africa", "ASG Africa", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Africa Division", "division", reports_to=(ReportingLine("asg-africa"),)))
    chart.add_unit(Unit("team", "Team", "team", reports_to=(ReportingLine("div"),)))
    chart.add_unit(Unit("orolsi", "OROLSI", "office", short="OROLSI", reports_to=(ReportingLine("dpo"),)))
    chart.add_link(Link("div", "eosg", "informs"))
    chart.add_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    return chart


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


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
        qtbot.waitUntil(lambda: not win.layout_runner.busy, timeout=10000)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()
        win.close()
        win.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(build_pillar())
