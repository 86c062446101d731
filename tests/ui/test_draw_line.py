"""Drawing a line by mouse: no question when the scope decides nothing, one that says what
each scope does when the unit has lines already."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.model import ReportingLine
from orgeditor.ui.editing import with_line
from orgeditor.ui.main_window import MainWindow

Asked = list[tuple[str, list[str]]]


def _asking(monkeypatch: pytest.MonkeyPatch, window: MainWindow, answer: int | None) -> Asked:
    asked: Asked = []

    def choose(title: str, label: str, options: Sequence[str]) -> int | None:
        asked.append((label, list(options)))
        return answer

    monkeypatch.setattr(window.document, "choose_option", choose)
    return asked


def _move(widget: QWidget, pos: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _draw(window: MainWindow, qtbot: QtBot, source: str, target: str) -> None:
    """Drag from *source*'s card to *target*'s in Draw Lines mode, as a mouse would."""
    scene, view = window.scene, window.view
    view.set_zoom(0.6)
    a, b = scene.cards[source].pos(), scene.cards[target].pos()
    view.centerOn((a + b) / 2)
    viewport = view.viewport()
    start, end = view.mapFromScene(a), view.mapFromScene(b)
    assert viewport.rect().contains(start) and viewport.rect().contains(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        _move(viewport, start + (end - start) * (step / 5))
    assert scene.drop_target() == target  # the card the line goes to is outlined
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert scene.drop_target() is None


def test_a_unit_without_lines_gets_an_all_settings_line_unasked(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = window.editor.add_subordinate(None)
    assert new is not None
    window.view.cancel_rename()
    qtbot.waitUntil(lambda: window.auto_layout.idle)
    asked = _asking(monkeypatch, window, None)
    window.actions_by_name["draw_mode"].setChecked(True)
    assert window.scene.connect_mode
    _draw(window, qtbot, new, "dppa")
    assert asked == []
    assert window.chart.unit(new).reports_to == (ReportingLine("dppa"),)
    assert window.undo_stack.undoText() == "Reporting line to DPPA"


def test_a_unit_with_a_line_is_asked_what_each_scope_does(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(monkeypatch, window, 1)  # mission settings
    window.actions_by_name["draw_mode"].setChecked(True)
    _draw(window, qtbot, "orolsi", "dppa")
    assert len(asked) == 1
    label, options = asked[0]
    assert label == "OROLSI now reports to DPO in all settings. In which settings does it report to DPPA?"
    assert options[:3] == [
        "All settings: reports to DPPA in all settings",
        "Mission settings: reports to DPO in non-mission settings and to DPPA in mission settings",
        "Non-mission settings: reports to DPO in mission settings and to DPPA in non-mission settings",
    ]
    assert options[3:] == [
        f"A link instead: {kind}"
        for kind in ("informs", "advises", "supports", "manages", "functional", "coordinates")
    ]
    assert not any("orolsi" in text or "dpo" in text for text in (label, *options))  # names, never ids
    assert window.chart.unit("orolsi").reports_to == (
        ReportingLine("dpo", "non-mission"),
        ReportingLine("dppa", "mission"),
    )
    assert ("orolsi", "dppa", "mission") in window.scene.lines
    window.undo_stack.undo()
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("dpo"),)


def test_only_the_choices_that_change_something_are_offered(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(monkeypatch, window, None)
    window.editor.connect("asg-africa", "dpo")  # it reports to DPO for missions already
    label, options = asked[0]
    assert "ASG Africa now reports to DPPA in non-mission settings and to DPO in mission settings" in label
    assert options[:2] == [
        "All settings: reports to DPO in all settings",
        "Non-mission settings: reports to DPO in all settings",
    ]
    assert window.undo_stack.count() == 0  # cancelled: nothing changed


def test_a_link_can_still_be_drawn(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _asking(monkeypatch, window, 3 + 1)  # advises
    window.editor.connect("orolsi", "eosg")
    assert any(link.kind == "advises" and link.source == "orolsi" for link in window.chart.links)
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("dpo"),)


def test_with_line() -> None:
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    assert with_line(dual, "eosg", "all") == (ReportingLine("eosg"),)
    assert with_line(dual, "eosg", "mission") == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("eosg", "mission"),
    )
    assert with_line(dual, "dppa", "mission") == (ReportingLine("dppa"),)
    assert with_line((ReportingLine("dpo", "mission"),), "dppa", "non-mission") == dual[::-1]
