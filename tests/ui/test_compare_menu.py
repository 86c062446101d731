"""File ▸ Compare with… and Compare with Baseline open the compare view on the open chart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES, build_pillar

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.ui.compare import CompareWindow
from orgeditor.ui.main_window import MainWindow

Factory = Callable[[Chart], MainWindow]


def compare_windows() -> list[CompareWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareWindow) and w.isVisible()]


def test_compare_with_baseline(make_window: Factory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    before = len(compare_windows())
    window.actions_by_name["compare_baseline"].trigger()
    opened = compare_windows()
    assert len(opened) == before + 1
    for w in opened:
        w.close()


def test_compare_without_baseline_explains(make_window: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(build_pillar())
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    window.actions_by_name["compare_baseline"].trigger()
    assert said and "names no baseline" in said[0]


def test_compare_with_another_file(make_window: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    other = EXAMPLES / "implemented-2019.yaml"
    titles: list[str] = []

    def choose(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        titles.append(title)
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    before = len(compare_windows())
    window.actions_by_name["compare"].trigger()
    opened = compare_windows()
    assert len(opened) == before + 1
    assert titles == ["Compare with…"]  # the dialog says what it is for, not "Open chart"
    for w in opened:
        w.close()
