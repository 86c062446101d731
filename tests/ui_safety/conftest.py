"""Fixtures for the work-safety tests: isolated settings and journal folder, windows on a chart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from orgeditor.io import save_chart
from orgeditor.model import Chart, Group, Link, ReportingLine, Unit
from orgeditor.ui.main_window import MainWindow


def small_chart() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    for uid in ("dppa", "dpo"):
        chart.add_unit(Unit(uid, uid.upper(), "department", reports_to=(ReportingLine("sg"),)))
    chart.add_unit(Unit("div", "Africa Division", "division", reports_to=(ReportingLine("dppa"),)))
    chart.add_link(Link("div", "dpo", "informs"))
    chart.add_group(Group("spg", "Principals", ("dppa", "dpo")))
    return chart


@pytest.fixture
def journals(tmp_path: Path) -> Path:
    return tmp_path / "journals"


@pytest.fixture
def chart_file(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "pillar.yaml"
    path.parent.mkdir()
    save_chart(small_chart(), path)
    return path


WindowFactory = Callable[[Path | None], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, journals: Path) -> Iterator[WindowFactory]:
    """Windows on a file (or a new chart), journalling into the test's folder."""
    windows: list[MainWindow] = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def make(path: Path | None) -> MainWindow:
        win = MainWindow(settings=settings, journal_folder=journals)
        windows.append(win)
        if path is not None:
            chart = win.documents.load(path)
            assert chart is not None
            win.document.set_chart(chart)
        win.resize(1000, 700)
        win.show()
        qtbot.waitUntil(lambda: not win.auto_layout.runner.busy, timeout=10000)
        return win

    yield make
    for win in windows:
        win.undo_stack.setClean()
        win.close()
        win.deleteLater()


@pytest.fixture
def window(make_window: WindowFactory, chart_file: Path) -> MainWindow:
    return make_window(chart_file)
