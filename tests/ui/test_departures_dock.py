"""The checks dock records, removes and shows sanctioned departures (SPEC §6.3) through the
dialog and undoable commands; the live checker follows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES, build_pillar

from orgeditor.commands import RecordDeparture, RemoveDeparture
from orgeditor.io import load_chart
from orgeditor.model import Chart, ChartError, Departure
from orgeditor.rules.findings import Finding, sort_findings
from orgeditor.ui.departure_dialog import DepartureDialog
from orgeditor.ui.docks.checks import ChecksDock, FindingLike, departure_icon, severity_icon
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]

BACKSTOPPING = "pillar.field-backstopping"
REASON, CITE = "Special political missions led by DPPA", "GA res 72/262 C"
MISSIONS = ("uniogbis", "unsmil", "unsom", "unami", "unama", "colombia-mission")


def _chart_2019() -> Chart:
    """The implemented 2019 chart without any departure its file may have gained."""
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    chart.set_meta(departures=())
    return chart


def _finding(window: MainWindow, rule: str) -> FindingLike:
    return next(f for f in window.checks.findings if f.rule == rule)


def _action(window: MainWindow, finding: FindingLike, name: str) -> QAction:
    menu = window.checks.menu_for(finding)
    action = menu.findChild(QAction, name)
    assert action is not None, name
    return action


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    """Wait for the refresh after a change (the dock shows the checker's findings)."""
    qtbot.waitUntil(lambda: window.checks.findings == sort_findings(window.document.findings), timeout=5000)
    qtbot.wait(10)


def _open_dialog(window: MainWindow, qtbot: QtBot, finding: FindingLike) -> DepartureDialog:
    _action(window, finding, "recordDeparture").trigger()
    dialog = window.findChild(DepartureDialog, "departureDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def _images_differ(a: QImage, b: QImage) -> bool:
    return a.size() != b.size() or a != b


@pytest.fixture
def win_2019(make_window: WindowFactory) -> MainWindow:
    return make_window(_chart_2019())


def test_recording_a_finding_as_a_departure_turns_it_into_info_and_undo_redo_follow(
    win_2019: MainWindow, qtbot: QtBot
) -> None:
    window = win_2019
    finding = _finding(window, BACKSTOPPING)
    assert finding.severity == "error" and finding.departure is None
    assert set(finding.units) == set(MISSIONS)
    dialog = _open_dialog(window, qtbot, finding)
    assert "UNAMA" in dialog.units_label.text() and "unama" not in dialog.units_label.text()
    assert BACKSTOPPING in dialog.rule_label.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, REASON)
    assert not dialog.ok_button.isEnabled()  # the citation is required too
    qtbot.keyClicks(dialog.cite_edit, CITE)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settle(window, qtbot)

    stack = window.undo_stack
    assert stack.text(stack.count() - 1) == f"Record departure from {BACKSTOPPING}"
    (departure,) = window.chart.departures
    assert departure == Departure(
        BACKSTOPPING, finding.units, "Special political missions led by DPPA", "GA res 72/262 C"
    )
    shown = _finding(window, BACKSTOPPING)
    assert shown.severity == "info" and shown.departure == departure
    assert shown.message.startswith(f"Departure ({CITE}): {REASON} —")
    row = window.checks.findings.index(shown)
    item = window.checks.model.item(row, 0)
    assert window.checks.finding_at(row) is shown
    first, rest = item.toolTip().split("\n\n")[0].split("\n")  # then the cited paragraph
    assert first == f"Departure: {REASON} ({CITE}); otherwise error"
    assert shown.message == f"Departure ({CITE}): {REASON} — {rest}"
    assert window.checks.counts()["error"] == 0

    stack.undo()
    _settle(window, qtbot)
    assert window.chart.departures == ()
    assert _finding(window, BACKSTOPPING).severity == "error"
    stack.redo()
    _settle(window, qtbot)
    assert window.chart.departures == (departure,)
    assert _finding(window, BACKSTOPPING).departure == departure


def test_escape_cancels_the_dialog_and_records_nothing(win_2019: MainWindow, qtbot: QtBot) -> None:
    window = win_2019
    dialog = _open_dialog(window, qtbot, _finding(window, BACKSTOPPING))
    qtbot.keyClicks(dialog.reason_edit, "Reason")
    qtbot.keyClicks(dialog.cite_edit, "Cite")
    count = window.undo_stack.count()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.undo_stack.count() == count
    assert window.chart.departures == ()


def test_removing_a_departure_from_its_finding(make_window: WindowFactory, qtbot: QtBot) -> None:
    chart = _chart_2019()
    departure = Departure(BACKSTOPPING, ("unama", "unami"), "Led by DPPA", "GA res 72/262 C")
    chart.set_meta(departures=(departure,))
    window = make_window(chart)
    covered = next(f for f in window.checks.findings if f.departure is not None)
    assert set(covered.units) == {"unama", "unami"}  # the other missions stay an error
    record = _action(window, covered, "recordDeparture")
    assert not record.isEnabled() and record.text() == "Record as a departure (already a departure)"
    _action(window, covered, "removeDeparture").trigger()
    _settle(window, qtbot)
    assert window.chart.departures == ()
    assert window.undo_stack.text(window.undo_stack.count() - 1) == f"Remove departure from {BACKSTOPPING}"
    assert all(f.departure is None for f in window.checks.findings)
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert window.chart.departures == (departure,)


def test_removing_an_unused_departure(make_window: WindowFactory, qtbot: QtBot) -> None:
    chart = build_pillar()
    used_elsewhere = Departure("chart.single-root", ("dppa",), "Kept for the record", "A/72/525")
    chart.set_meta(departures=(used_elsewhere,))
    window = make_window(chart)
    unused = _finding(window, "chart.unused-departure")
    assert not _action(window, unused, "recordDeparture").isEnabled()
    remove = _action(window, unused, "removeUnusedDeparture")
    assert remove.isEnabled()
    remove.trigger()
    _settle(window, qtbot)
    assert window.chart.departures == ()
    assert not any(f.rule == "chart.unused-departure" for f in window.checks.findings)


def test_unused_departures_that_look_alike_are_told_apart_by_order(make_window: WindowFactory) -> None:
    chart = build_pillar()
    first = Departure("chart.single-root", ("dppa",), "First reason", "A/72/525")
    second = Departure("chart.single-root", ("dppa",), "Second reason", "A/72/525")
    chart.set_meta(departures=(first, second))
    window = make_window(chart)
    alike = [f for f in window.checks.findings if f.rule == "chart.unused-departure"]
    assert len(alike) == 2
    received: list[object] = []
    window.checks.departure_removal_requested.disconnect()
    window.checks.departure_removal_requested.connect(received.append)
    for finding in alike:
        _action(window, finding, "removeUnusedDeparture").trigger()
    assert received == [first, second]


def test_copy_message(win_2019: MainWindow) -> None:
    finding = _finding(win_2019, BACKSTOPPING)
    _action(win_2019, finding, "copyMessage").trigger()
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == finding.message


def test_the_departure_icon_is_not_the_info_icon() -> None:
    departure = departure_icon().pixmap(20, 20).toImage()
    for severity in ("info", "warning", "error"):
        assert _images_differ(departure, severity_icon(severity).pixmap(20, 20).toImage())


def test_rows_of_departures_show_the_departure_icon(make_window: WindowFactory) -> None:
    chart = _chart_2019()
    chart.set_meta(departures=(Departure(BACKSTOPPING, MISSIONS, "Led by DPPA", "GA res 72/262 C"),))
    window = make_window(chart)
    row = window.checks.findings.index(_finding(window, BACKSTOPPING))
    shown = window.checks.model.item(row, 0).icon().pixmap(20, 20).toImage()
    assert shown == departure_icon().pixmap(20, 20).toImage()


def test_commands_are_one_undoable_step_each() -> None:
    chart = build_pillar()
    departure = Departure("chart.single-root", ("dppa",), "Reason", "Cite")
    record = RecordDeparture(chart, departure)
    record.redo()
    assert chart.departures == (departure,)
    record.undo()
    assert chart.departures == ()
    record.redo()
    remove = RemoveDeparture(chart, departure)
    remove.redo()
    assert chart.departures == ()
    remove.undo()
    assert chart.departures == (departure,)
    with pytest.raises(ChartError):
        RemoveDeparture(chart, Departure("chart.single-root", ("dpo",), "R", "C")).redo()


def test_the_dock_title_counts_in_words(qtbot: QtBot) -> None:
    dock = ChecksDock()
    qtbot.addWidget(dock)
    dock.set_findings([Finding("chart.x", "error", "One", "", ("a",))])
    assert dock.windowTitle() == "Checks — 1 error, 0 warnings"
    dock.set_findings(
        [Finding("chart.x", "warning", "W", "", ()), Finding("chart.y", "warning", "V", "", ())]
    )
    assert dock.windowTitle() == "Checks — 0 errors, 2 warnings"
