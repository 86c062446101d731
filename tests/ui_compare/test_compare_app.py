"""Entry points: run_compare (as a program) and open_compare_window (from the editor)."""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_pairs import chart_after, chart_before
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.io import save_chart
from orgeditor.ui.compare import CompareWindow, open_compare_window, run_compare


def test_open_compare_window_from_the_editor(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = open_compare_window(parent, chart_before(), chart_after(), "Before", "After")
    assert isinstance(window, CompareWindow)
    assert window.isVisible() and window.isWindow()
    assert window.parent() is parent
    assert window.windowTitle() == "Compare — Before → After"
    window.close()


def test_run_compare_shows_the_window_and_returns_zero(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_chart(chart_before(), tmp_path / "a.yaml")
    save_chart(chart_after(), tmp_path / "b.yaml")
    seen: list[str] = []

    def fake_exec() -> int:
        # stands in for the event loop: quitting the test's shared QApplication would make
        # every later nested event loop (qtbot.waitUntil, dialogs) return at once
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CompareWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_compare(tmp_path / "a.yaml", str(tmp_path / "b.yaml")) == 0
    assert seen == ["Compare — a.yaml → b.yaml"]


@pytest.mark.parametrize("broken", ["missing", "invalid"])
def test_run_compare_reports_load_errors_and_exits_2(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    save_chart(chart_before(), tmp_path / "a.yaml")
    if broken == "invalid":
        (tmp_path / "b.yaml").write_text("orgchart: 1\nunits: 3\n", encoding="utf-8")
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert run_compare(tmp_path / "a.yaml", tmp_path / "b.yaml") == 2
    assert len(shown) == 1 and "b.yaml" in shown[0]
