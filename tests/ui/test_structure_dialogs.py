"""The structure dialogs driven as a drafter would: units picked by name, OK only when the
command can be done (and the reason shown), the command one History entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine
from orgeditor.ui.docks.unit_picker import UnitPicker
from orgeditor.ui.structure_dialogs import MergeDialog, MoveDialog, NewAsgDialog, SplitDialog


def proposal() -> Chart:
    return load_chart(EXAMPLES / "proposal-2017.yaml")


def pick(qtbot: QtBot, picker: UnitPicker, text: str) -> None:
    """Type part of a unit's name and press Enter, as a user does."""
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, text)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)


def test_new_asg_dialog_with_defaults(qtbot: QtBot) -> None:
    chart = proposal()
    dialog = NewAsgDialog(chart)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New Regional ASG"
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason.text().endswith("Give the ASG at least one region.</span>")
    assert dialog.first_picker.unit_id() == "dppa" and dialog.second_picker.unit_id() == "dpo"
    assert dialog.first_scope.currentData() == "non-mission"
    assert dialog.second_scope.currentData() == "mission"
    qtbot.keyClicks(dialog.regions_edit, "Antarctica")
    assert dialog.ok_button.isEnabled()
    assert dialog.name_edit.placeholderText() == "Office of the Assistant Secretary-General for Antarctica"
    assert dialog.division_edit.placeholderText() == "Antarctica Division"
    assert "New to the chart's list of regions: Antarctica." in dialog.reason.text()
    stack = QUndoStack()
    command = dialog.command()
    stack.push(command)
    assert stack.undoText() == "Add ASG for Antarctica with lines to DPPA and DPO"
    assert chart.unit(command.asg_id).reports_to == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("dpo", "mission"),
    )


def test_new_asg_dialog_says_why_not(qtbot: QtBot) -> None:
    dialog = NewAsgDialog(proposal())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.regions_edit, "africa")
    assert dialog.spec().regions == ("Africa",)  # spelt as the chart spells it
    assert "Africa is already a region of" in dialog.reason.text() and dialog.ok_button.isEnabled()
    dialog.second_scope.setCurrentIndex(dialog.second_scope.findData("non-mission"))
    assert not dialog.ok_button.isEnabled()
    assert "different settings" in dialog.reason.text()
    pick(qtbot, dialog.second_picker, "DPPA")
    assert "same unit" in dialog.reason.text()
    dialog.division_check.setChecked(False)
    assert not dialog.division_edit.isEnabled()


def test_move_dialog_picks_by_name(qtbot: QtBot) -> None:
    chart = proposal()
    dialog = MoveDialog(chart, "minusma")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Move Unit"
    assert dialog.now_label.text() == "reports to Africa II Division for mission settings"
    assert dialog.scope_combo.currentData() == "mission"  # its one line's settings
    assert not dialog.ok_button.isEnabled()
    pick(qtbot, dialog.manager_picker, "Africa I Division")
    assert dialog.ok_button.isEnabled(), dialog.reason.text()
    stack = QUndoStack()
    stack.push(dialog.command())
    assert stack.undoText() == "Move MINUSMA under Africa I Division for mission settings"
    assert chart.unit("minusma").reports_to == (ReportingLine("africa-i-division", "mission"),)


def test_move_dialog_refuses_a_move_into_the_branch(qtbot: QtBot) -> None:
    dialog = MoveDialog(proposal(), "dppa")
    qtbot.addWidget(dialog)
    pick(qtbot, dialog.manager_picker, "Office of the Assistant Secretary-General for Africa")
    assert not dialog.ok_button.isEnabled()
    assert "cannot report to its own branch" in dialog.reason.text()
    dialog.branch_check.setChecked(False)
    assert dialog.ok_button.isEnabled()


def test_merge_dialog(qtbot: QtBot) -> None:
    chart = load_chart(EXAMPLES / "baseline-2017.yaml")
    dialog = MergeDialog(chart, ["dpa"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Merge Units"
    assert "at least two units" in dialog.reason.text()
    dialog.show()
    pick(qtbot, dialog.add_picker, "PBSO")
    assert dialog.merged() == ["dpa", "pbso"]
    assert "Give the merged unit a name." in dialog.reason.text()
    qtbot.keyClicks(dialog.name_edit, "Department of Political and Peacebuilding Affairs")
    qtbot.keyClicks(dialog.short_edit, "DPPA")
    assert dialog.ok_button.isEnabled()
    pick(qtbot, dialog.add_picker, "DPKO")  # Enter adds the unit, and does not merge yet
    assert dialog.isVisible() and dialog.merged() == ["dpa", "dpko", "pbso"]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.merged() == ["dpa", "pbso"]
    stack = QUndoStack()
    command = dialog.command()
    stack.push(command)
    assert stack.undoText() == "Merge DPA and PBSO into DPPA"
    assert chart.unit(command.survivor_id).formerly == ("dpa", "pbso")
    keep = MergeDialog(chart, [command.survivor_id, "dpko"])
    qtbot.addWidget(keep)
    keep.into_combo.setCurrentIndex(keep.into_combo.findData("dpko"))
    assert keep.ok_button.isEnabled() and keep.spec().keep == "dpko"


def test_split_dialog(qtbot: QtBot) -> None:
    chart = load_chart(EXAMPLES / "baseline-2017.yaml")
    dialog = SplitDialog(chart, "dpa")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Split Unit"
    assert "Give every new unit a name." in dialog.reason.text()
    qtbot.keyClicks(dialog.names[0], "Alpha Department")
    qtbot.keyClicks(dialog.shorts[0], "A")
    qtbot.keyClicks(dialog.names[1], "Beta Department")
    qtbot.keyClicks(dialog.shorts[1], "B")
    dpa = chart.unit("dpa")
    assert sum(spin.value() for spin in dialog.posts) == dpa.posts
    assert dialog.ok_button.isEnabled(), dialog.reason.text()
    dialog.posts[0].setValue(dialog.posts[0].value() + 1)
    assert not dialog.ok_button.isEnabled()
    assert "The new units have" in dialog.reason.text()
    dialog.posts[1].setValue(dialog.posts[1].value() - 1)
    reports = chart.direct_reports("dpa")
    combo = dialog.report_combos[reports[0]]
    assert [combo.itemText(i) for i in range(combo.count())] == ["A", "B"]
    combo.setCurrentIndex(1)
    stack = QUndoStack()
    command = dialog.command()
    stack.push(command)
    assert stack.undoText() == "Split DPA into A and B"
    a, b = command.part_ids
    assert reports[0] in chart.direct_reports(b)
    assert chart.unit(a).formerly == chart.unit(b).formerly == ("dpa",)
    dialog.count_spin.setValue(3)
    assert len(dialog.names) == 3 and dialog.names[0].text() == "Alpha Department"
