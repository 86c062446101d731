"""The reporting lines of the Properties dock show unit names and are chosen with a unit
picker (by name or short name) and a scope chooser: no id is typed anywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.ui.docks.unit_picker import UnitPicker, unit_model, unit_title
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def lines_chart() -> Chart:
    chart = Chart(title="Lines")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    for uid, short, name in (
        ("dppa", "DPPA", "Department of Political and Peacebuilding Affairs"),
        ("dpo", "DPO", "Department of Peace Operations"),
        ("dos", "DOS", "Department of Operational Support"),
    ):
        chart.add_unit(Unit(uid, name, "department", short=short, reports_to=(ReportingLine("sg"),)))
    chart.add_unit(
        Unit("asg", "Office of the ASG for Antarctica", "office", reports_to=(ReportingLine("dppa"),))
    )
    return chart


def select(window: MainWindow, unit_id: str) -> None:
    window.scene.select_units([unit_id])
    assert window.properties.unit_id == unit_id


def settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive(), timeout=5000)


def row_texts(window: MainWindow) -> list[tuple[str, str]]:
    table = window.properties.lines_table
    rows = []
    for row in range(table.rowCount()):
        item, scope = table.item(row, 0), table.cellWidget(row, 1)
        picker = window.properties.line_picker(row)
        assert item is not None and picker is not None and isinstance(scope, QComboBox)
        assert picker.currentText() == item.text()
        rows.append((item.text(), scope.currentText()))
    return rows


def test_the_table_shows_names_short_name_first(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(lines_chart())
    select(window, "asg")
    assert window.properties.lines_table.horizontalHeaderItem(0).text() == "Unit"
    assert row_texts(window) == [("DPPA — Department of Political and Peacebuilding Affairs", "all settings")]


def test_add_a_line_by_typing_a_short_name(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(lines_chart())
    select(window, "asg")
    dock = window.properties
    qtbot.mouseClick(dock.add_line_button, Qt.MouseButton.LeftButton)
    picker = dock.line_picker(1)
    assert picker is not None and picker.unit_id() is None
    scope = dock.lines_table.cellWidget(1, 1)
    assert isinstance(scope, QComboBox)
    scope.setCurrentIndex(scope.findData("mission"))  # chosen before the unit: no edit yet
    assert window.undo_stack.count() == 0
    qtbot.keyClicks(picker.edit, "DPO")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert window.chart.unit("asg").reports_to == (ReportingLine("dppa"), ReportingLine("dpo", "mission"))
    assert window.undo_stack.undoText() == "Edit reporting lines of Office of the ASG for Antarctica"
    settle(window, qtbot)
    assert row_texts(window) == [
        ("DPPA — Department of Political and Peacebuilding Affairs", "all settings"),
        ("DPO — Department of Peace Operations", "mission settings"),
    ]
    window.undo_stack.undo()
    assert window.chart.unit("asg").reports_to == (ReportingLine("dppa"),)


def test_change_a_line_by_name_and_its_scope(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(lines_chart())
    select(window, "asg")
    dock = window.properties
    picker = dock.line_picker(0)
    assert picker is not None
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "operational sup")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert window.chart.unit("asg").reports_to == (ReportingLine("dos"),)
    settle(window, qtbot)
    scope = dock.lines_table.cellWidget(0, 1)
    assert isinstance(scope, QComboBox)
    scope.setCurrentIndex(scope.findData("non-mission"))
    scope.activated.emit(scope.currentIndex())
    assert window.chart.unit("asg").reports_to == (ReportingLine("dos", "non-mission"),)
    assert window.undo_stack.count() == 1  # both edits of the lines of one unit: one entry
    settle(window, qtbot)
    assert row_texts(window) == [("DOS — Department of Operational Support", "non-mission settings")]


def test_text_that_names_no_single_unit_changes_nothing(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(lines_chart())
    select(window, "asg")
    picker = window.properties.line_picker(0)
    assert picker is not None
    for text in ("Department", "nothing like it", ""):
        picker.edit.clear()
        qtbot.keyClicks(picker.edit, text)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 0
    assert window.chart.unit("asg").reports_to == (ReportingLine("dppa"),)


def test_the_picker_matches_by_name_or_short_name(qtbot: QtBot) -> None:
    chart = lines_chart()
    picker = UnitPicker(unit_model(chart.units.values()))
    qtbot.addWidget(picker)
    assert picker.match("dpo") == "dpo"
    assert picker.match("peace operations") == "dpo"
    assert picker.match("PEACEBUILDING") == "dppa"
    assert picker.match("Department") is None  # three units
    assert picker.match("Secretary") == "sg"
    chosen: list[str] = []
    picker.unit_chosen.connect(chosen.append)
    picker.set_unit("dos")
    assert (picker.unit_id(), chosen) == ("dos", [])
    assert picker.currentText() == "DOS — Department of Operational Support"
    completer = picker.completer()
    completer.setCompletionPrefix("op")
    found = {completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())}
    assert found == {"DOS — Department of Operational Support", "DPO — Department of Peace Operations"}


def test_group_members_are_names_added_with_the_picker(window: MainWindow, qtbot: QtBot) -> None:
    dock = window.properties
    dock.show_group(window.chart, "spg")
    assert dock.group_member_ids() == ("dppa", "dpo", "eosg")
    first = dock.group_members.item(0)
    assert first is not None and first.text() == "DPPA — Department dppa"
    assert dock.member_picker.match("dppa") is None  # a member already: not offered
    qtbot.keyClicks(dock.member_picker.edit, "Africa Div")
    qtbot.keyClick(dock.member_picker.edit, Qt.Key.Key_Return)
    assert window.chart.groups["spg"].members == ("dppa", "dpo", "eosg", "div")
    assert window.undo_stack.undoText() == "Add Africa Division to Standing Principals' Group"
    settle(window, qtbot)
    assert dock.group_member_ids()[-1] == "div"
    last = dock.group_members.item(3)
    assert last is not None and last.text() == "Africa Division"
    dock.group_members.setCurrentRow(0)
    qtbot.mouseClick(dock.remove_member_button, Qt.MouseButton.LeftButton)
    assert window.chart.groups["spg"].members == ("dpo", "eosg", "div")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.chart.groups["spg"].members == ("dppa", "dpo", "eosg")


def test_formerly_picks_from_the_baseline_chart(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    select(window, "dpo")
    dock = window.properties
    picker = dock.formerly_picker
    assert picker.isVisibleTo(dock)
    assert picker.match("dpkO") == "dpko"  # a unit of the baseline, gone from the proposal
    qtbot.keyClicks(picker.edit, "DPA")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert window.chart.unit("dpo").formerly == ("dpko", "dpa")
    assert window.undo_stack.undoText() == "Edit formerly of DPO"
    window.undo_stack.undo()
    assert window.chart.unit("dpo").formerly == ("dpko",)


def test_without_a_baseline_formerly_stays_free_ids(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(lines_chart())
    select(window, "asg")
    assert not window.properties.formerly_picker.isVisibleTo(window.properties)
    assert window.properties.formerly_edit.isVisibleTo(window.properties)


def test_a_link_reads_by_names(window: MainWindow) -> None:
    link = next(iter(window.chart.links))
    window.properties.show_link(window.chart, link)
    source, target = (window.chart.unit(end) for end in (link.source, link.target))
    assert window.properties.link_label.text() == f"{unit_title(source)} → {unit_title(target)}"


def _listed(model: QStandardItemModel) -> list[tuple[str, str]]:
    items = (model.item(row) for row in range(model.rowCount()))
    return [(item.text(), item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]


def test_the_line_picker_follows_units_added_renamed_and_removed(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The list of units a line may go to is patched as units come, go or are renamed while a
    unit is shown (not made again for each edit), and always reads as one made afresh."""
    window = make_window(lines_chart())
    select(window, "asg")
    model = window.properties._units_model

    def fresh() -> list[tuple[str, str]]:
        return _listed(unit_model(u for u in window.chart.units.values() if u.id != "asg"))

    assert _listed(model) == fresh()
    edits = [
        lambda: window.editor.rename("dos", "A first department by name"),
        lambda: window.editor.rename("dpo", "Zeta operations"),
        lambda: window.editor.add_subordinate("dppa"),
        lambda: window.editor.delete_units(["dos"]),
        window.undo_stack.undo,
        lambda: window.editor.rename("asg", "Office of the ASG for the Arctic"),  # the unit shown
    ]
    for edit in edits:
        edit()
        settle(window, qtbot)
        assert window.properties.unit_id == "asg" or window.properties.unit_id is None
        select(window, "asg")
        assert window.properties._units_model is model  # patched, not made again
        assert _listed(model) == fresh()
