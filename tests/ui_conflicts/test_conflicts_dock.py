"""The conflicts dock: names not ids, the three sides in words, one undo step per resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from orgeditor.commands.conflicts import ours_value
from orgeditor.io import save_chart
from orgeditor.model import Chart, ChartError, ReportingLine
from orgeditor.ui.docks.conflicts import ConflictEditDialog, ConflictsDock, readable_value, side_by_side


class Host:
    """The window's part: an undo stack that refuses a command the chart refuses."""

    def __init__(self) -> None:
        self.stack = QUndoStack()
        self.errors: list[str] = []

    def push(self, command: QUndoCommand) -> bool:
        try:
            command.redo()
        except ChartError as exc:
            self.errors.append(str(exc))
            return False
        command.undo()
        self.stack.push(command)
        return True


def make_dock(qtbot: QtBot, chart: Chart) -> tuple[ConflictsDock, Host]:
    host = Host()
    dock = ConflictsDock(host.push)
    qtbot.addWidget(dock)
    dock.set_chart(chart)
    return dock, host


def test_lists_conflicts_by_name_never_by_id(qtbot: QtBot, chart: Chart) -> None:
    dock, _ = make_dock(qtbot, chart)
    assert dock.labels() == [
        "The reporting lines of Office of the ASG for Africa",
        "The posts of Office of the ASG for Africa",
        "The unit MINUSMA (ours)",
        "The id of UNOCA",
        "The unit UNOWAS (theirs)",
        "The group Joint pillar",
        "The chart's title",
        "The links from DPO to Unowas",  # a unit no longer in the chart: by its id, readable
    ]
    assert dock.status.text() == "8 conflicts to resolve"
    assert dock.isVisible()


def test_shows_ours_base_and_theirs_in_words(qtbot: QtBot, chart: Chart) -> None:
    dock, _ = make_dock(qtbot, chart)
    dock.select("units.asg-africa.reports_to")
    assert [[cell.text() for cell in row] for row in dock.cells] == [
        ["DPO", "DPPA", "DPPA (non-mission)\nDPO (missions)"]
    ]
    dock.select("units.unowas")
    rows = {what: texts for what, texts in side_by_side(chart, dock.selected(), ours_sides(dock))}
    assert rows["Name"] == ["(no such unit)", "UNOWAS", "UNOWAS (theirs)"]
    assert rows["Reporting lines"] == ["", "Office of the ASG for Africa", "Office of the ASG for Africa"]
    dock.select("units.asg-africa.posts")
    assert [[cell.text() for cell in row] for row in dock.cells] == [["7", "5", "9"]]
    dock.select("groups.shared")
    assert [cell.text() for cell in dock.cells[0]] == ["Joint pillar", "Shared pillar", "Common pillar"]
    assert readable_value(chart, dock.selected(), None) == "(no such group)"


def ours_sides(dock: ConflictsDock) -> tuple[object, object, object]:
    conflict, chart = dock.selected(), dock.chart
    assert conflict is not None and chart is not None
    return ours_value(chart, conflict), conflict.base, conflict.theirs


def test_each_button_is_one_undo_step_and_the_dock_follows(qtbot: QtBot, chart: Chart) -> None:
    dock, host = make_dock(qtbot, chart)
    dock.select("units.asg-africa.reports_to")
    dock.take_button.click()
    assert chart.unit("asg-africa").reports_to[1] == ReportingLine("dpo", "mission")
    assert dock.status.text() == "7 conflicts to resolve"
    selected = dock.selected()
    assert selected is not None and selected.at == "units.asg-africa.posts"  # the next one
    dock.keep_button.click()
    assert chart.unit("asg-africa").posts == 7
    assert host.stack.count() == 2
    assert host.stack.text(0) == "Take theirs for the reporting lines of Office of the ASG for Africa"
    host.stack.undo()
    host.stack.undo()  # the dock follows the chart's notifications, undo included
    assert dock.status.text() == "8 conflicts to resolve"


def test_a_refused_resolution_is_reported_and_changes_nothing(qtbot: QtBot, chart: Chart) -> None:
    dock, host = make_dock(qtbot, chart)
    dock.select("links.dpo>unowas")
    assert not dock.resolve("theirs")
    assert host.errors and "unowas" in host.errors[0]
    assert len(dock.labels()) == 8


def test_edit_asks_for_the_value(qtbot: QtBot, chart: Chart) -> None:
    dock, host = make_dock(qtbot, chart)
    dock.select("units.asg-africa.posts")

    seen: list[str] = []

    def answer() -> None:
        dialog = dock.findChild(ConflictEditDialog)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.text.toPlainText())
        dialog.text.setPlainText("{P-4: 2, GS: 1}")
        dialog._check()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    assert dock.edit()
    assert seen == ["7"]
    assert chart.unit("asg-africa").posts == 3
    assert host.stack.text(0) == "Edit the posts of Office of the ASG for Africa"


def test_the_edit_box_takes_plain_text_for_a_title_and_refuses_bad_yaml(qtbot: QtBot, chart: Chart) -> None:
    title = next(c for c in chart.conflicts if c.at == "chart.title")
    dialog = ConflictEditDialog(chart, title)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "Peace and security pillar"
    dialog.text.setPlainText("  Agreed: the pillar  ")
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == "Agreed: the pillar"
    group = next(c for c in chart.conflicts if c.at == "groups.shared")
    dialog = ConflictEditDialog(chart, group)
    qtbot.addWidget(dialog)
    assert "name: Joint pillar" in dialog.text.toPlainText()
    dialog.text.setPlainText("name: [unclosed")
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()


def test_hidden_when_none_is_left_and_saved_without_the_key(
    qtbot: QtBot, chart: Chart, tmp_path: Path
) -> None:
    dock, host = make_dock(qtbot, chart)
    while dock.labels():
        conflict = dock.selected()
        assert conflict is not None
        assert dock.resolve("ours" if conflict.at.startswith("links.") else "theirs")
    assert chart.conflicts == ()
    assert dock.status.text() == "No conflicts to resolve"
    assert not dock.isVisible()
    save_chart(chart, tmp_path / "merged.yaml")
    assert "conflicts" not in (tmp_path / "merged.yaml").read_text(encoding="utf-8")
    host.stack.undo()
    assert dock.isVisible() and dock.status.text() == "1 conflict to resolve"


def test_no_chart_and_a_chart_without_conflicts(qtbot: QtBot, chart: Chart) -> None:
    dock, _ = make_dock(qtbot, Chart(title="Clean"))
    assert not dock.isVisible() and dock.labels() == []
    assert not dock.keep_button.isEnabled()
    dock.set_chart(chart)
    assert dock.isVisible()
    dock.set_chart(None)
    assert not dock.isVisible()
