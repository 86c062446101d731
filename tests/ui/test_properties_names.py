"""Properties name the units a unit continues (formerly) and a link's ends: never their ids."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.ui.docks.unit_picker import unit_title
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]
FORMER_AFRICA = [
    "Office of the Assistant Secretary-General for Political Affairs (Africa)",
    "Office of Operations",
]


def _select(window: MainWindow, unit_id: str) -> None:
    window.scene.select_units([unit_id])
    assert window.properties.unit_id == unit_id


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive(), timeout=5000)


def test_formerly_reads_by_the_baseline_names(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    _select(window, "asg-africa")
    dock = window.properties
    assert dock.formerly_list.isVisibleTo(dock)
    assert not dock.formerly_edit.isVisibleTo(dock)  # no typed ids where names can be shown
    assert dock.formerly_texts() == FORMER_AFRICA
    qtbot.keyClicks(dock.formerly_picker.edit, "Department of Peacekeeping")
    qtbot.keyClick(dock.formerly_picker.edit, Qt.Key.Key_Return)
    assert window.chart.unit("asg-africa").formerly == ("dpa-asg-africa", "office-of-operations", "dpko")
    _settle(window, qtbot)
    assert len(dock.formerly_texts()) == 3
    assert dock.formerly_texts()[-1].endswith("Department of Peacekeeping Operations")
    dock.formerly_list.setCurrentRow(0)
    qtbot.mouseClick(dock.formerly_remove, Qt.MouseButton.LeftButton)
    assert window.chart.unit("asg-africa").formerly == ("office-of-operations", "dpko")
    window.undo_stack.undo()
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert window.chart.unit("asg-africa").formerly == ("dpa-asg-africa", "office-of-operations")
    assert dock.formerly_texts() == FORMER_AFRICA


def test_an_id_the_baseline_lacks_is_marked(make_window: WindowFactory) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    chart.update_unit(chart.unit("asg-africa").with_changes(formerly=("dpa-asg-africa", "no-such-unit")))
    window = make_window(chart)
    _select(window, "asg-africa")
    assert window.properties.formerly_texts() == [FORMER_AFRICA[0], "no-such-unit (not in the baseline)"]


def test_without_a_baseline_formerly_stays_typed(make_window: WindowFactory) -> None:
    chart = Chart(title="No baseline")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(
        Unit("dpo", "Department of Peace Operations", "department", reports_to=(ReportingLine("sg"),))
    )
    window = make_window(chart)
    _select(window, "dpo")
    dock = window.properties
    assert dock.formerly_edit.isVisibleTo(dock)  # no names to show: the ids are typed
    assert not dock.formerly_list.isVisibleTo(dock)
    assert not dock.formerly_picker.isVisibleTo(dock)


def test_a_link_page_names_both_ends(window: MainWindow) -> None:
    link = next(iter(window.chart.links))
    window.properties.show_link(window.chart, link)
    text = window.properties.link_label.text()
    assert link.source not in text.split() and link.target not in text.split()
    ends = (window.chart.unit(end) for end in (link.source, link.target))
    assert text == " → ".join(unit_title(unit) for unit in ends)


def test_every_reporting_line_shows_whole_names_on_hover(window: MainWindow, qtbot: QtBot) -> None:
    _select(window, "asg-africa")
    dock = window.properties
    table = dock.lines_table
    assert table.rowCount() == 2
    assert table.verticalScrollBar().maximum() == 0  # both lines show: no scroll bar hides one
    pickers = [dock.line_picker(row) for row in range(table.rowCount())]
    assert [p.toolTip() if p else None for p in pickers] == [
        "DPPA — Department dppa",
        "DPO — Department dpo",
    ]
    tall = table.height()
    _select(window, "div")
    assert table.height() < tall  # one line: the table shrinks to it


def test_the_chart_page_keeps_the_title_field_as_it_is_through_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = window.properties
    window.scene.clearSelection()
    dock.show_chart(window.chart)
    title = dock.title_edit
    title.setCursorPosition(5)  # the drafter's cursor in the title
    window.editor.rename("dpo", "Peace Operations")  # an edit elsewhere
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())
    assert title.cursorPosition() == 5
    assert dock.chart_info.text().startswith(f"{len(window.chart)} units")
    window.editor.set_title("A new title")  # the title itself changed: shown from its start
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())
    assert (title.text(), title.cursorPosition()) == ("A new title", 0)


def test_a_unit_page_is_loaded_again_only_when_what_it_shows_changed(
    window: MainWindow, qtbot: QtBot
) -> None:
    """An edit of other units leaves the page of the unit shown as it is (a drafter's cursor
    stays; at 5,000 units loading it again took 3 ms of every edit); an edit of the unit, or of
    a unit one of its lines leads to, shows at once."""
    _select(window, "asg-africa")
    dock = window.properties
    picker = dock.line_picker(0)
    dock.name_edit.setCursorPosition(4)
    window.editor.rename("div", "Another division")  # not shown on the page
    _settle(window, qtbot)
    assert dock.line_picker(0) is picker and dock.name_edit.cursorPosition() == 4
    window.editor.rename("dppa", "Political and Peacebuilding Affairs")  # a line leads there
    _settle(window, qtbot)
    shown = dock.line_picker(0)
    assert shown is not None and "Political and Peacebuilding Affairs" in shown.toolTip()
    window.editor.rename("asg-africa", "ASG for Africa")  # the unit itself
    _settle(window, qtbot)
    assert dock.name_edit.text() == "ASG for Africa"
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert dock.name_edit.text() == window.chart.unit("asg-africa").name
