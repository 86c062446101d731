"""The properties dock edits posts by grade and funding source, and a unit's lineage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, PostBreakdown, ReportingLine, Unit
from orgeditor.model.limits import MAX_POSTS
from orgeditor.ui.docks.post_table import PostTable
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def posts_chart(funding: tuple[str, ...] = ()) -> Chart:
    chart = Chart(title="Posts", funding=funding)
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    sources = funding or ("regular-budget", "support-account")
    breakdown = PostBreakdown.from_sources({sources[0]: {"D-2": 1, "P-4": 3}, sources[1]: {"P-3": 2}})
    chart.add_unit(
        Unit(
            "dppa",
            "Department of Political Affairs",
            "department",
            short="DPPA",
            reports_to=(ReportingLine("sg"),),
            post_breakdown=breakdown,
        )
    )
    chart.add_unit(
        Unit(
            "dpo",
            "Department of Peace Operations",
            "department",
            short="DPO",
            reports_to=(ReportingLine("sg"),),
            posts=40,
        )
    )
    grades = PostBreakdown.from_grades({"ASG": 1, "P-5": 2, "GS": 3})
    chart.add_unit(
        Unit(
            "pbso",
            "Peacebuilding Support Office",
            "office",
            short="PBSO",
            reports_to=(ReportingLine("dppa"),),
            post_breakdown=grades,
        )
    )
    return chart


def select(window: MainWindow, unit_id: str) -> PostTable:
    window.scene.select_units([unit_id])
    assert window.properties.unit_id == unit_id
    window.properties.breakdown_button.setChecked(True)
    return window.properties.post_table


def cell(table: PostTable, grade: str, source: str | None) -> QTableWidgetItem:
    item = table.table.item(table.grades.index(grade), table.columns.index(source))
    assert item is not None
    return item


def grand_total(table: PostTable) -> str:
    item = table.table.item(len(table.grades), len(table.columns))
    assert item is not None
    return item.text()


def settle(window: MainWindow, qtbot: QtBot) -> None:
    """Wait for the batched refresh after a command (the dock reloads from the model)."""
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive(), timeout=5000)


def test_editing_a_cell_is_one_undo_step_and_undo_restores_the_breakdown(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(posts_chart())
    table = select(window, "dppa")
    assert table.isVisible()
    assert table.columns == ["regular-budget", "support-account", "extrabudgetary"]
    assert table.grades == ["D-2", "P-4", "P-3"]
    assert grand_total(table) == "6"
    assert window.properties.posts_spin.isReadOnly()
    old = window.chart.unit("dppa").post_breakdown
    cell(table, "P-4", "regular-budget").setText("5")
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Edit posts of DPPA"
    unit = window.chart.unit("dppa")
    assert unit.posts == 8
    assert unit.post_breakdown is not None
    assert unit.post_breakdown.grades_of("regular-budget") == {"D-2": 1, "P-4": 5}
    settle(window, qtbot)
    assert grand_total(table) == "8"
    assert window.properties.posts_spin.value() == 8
    window.undo_stack.undo()
    settle(window, qtbot)
    assert window.chart.unit("dppa").post_breakdown == old
    assert window.chart.unit("dppa").posts == 6
    assert cell(table, "P-4", "regular-budget").text() == "3"
    assert grand_total(table) == "6"


def test_a_count_in_a_new_source_column_and_totals(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(posts_chart())
    table = select(window, "dppa")
    cell(table, "D-2", "extrabudgetary").setText("2")
    settle(window, qtbot)
    breakdown = window.chart.unit("dppa").post_breakdown
    assert breakdown is not None
    assert breakdown.by_source() == {"extrabudgetary": 2, "regular-budget": 4, "support-account": 2}
    row_total = table.table.item(table.grades.index("D-2"), len(table.columns))
    assert row_total is not None and row_total.text() == "3"


def test_a_declared_funding_vocabulary_gives_the_columns(make_window: WindowFactory) -> None:
    window = make_window(posts_chart(funding=("core", "trust-fund")))
    table = select(window, "dppa")
    assert table.columns == ["core", "trust-fund"]
    headings = [table.table.horizontalHeaderItem(c).text() for c in range(table.table.columnCount())]
    assert headings == ["Core", "Trust\nfund", "Total"]
    assert cell(table, "P-3", "trust-fund").text() == "2"


def test_refused_counts_show_why_and_push_nothing(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(posts_chart())
    table = select(window, "dppa")
    for text in ("abc", "-1", str(MAX_POSTS + 1)):
        cell(table, "P-4", "regular-budget").setText(text)
        assert window.undo_stack.count() == 0
        assert table.message.isVisible()
        assert "whole numbers" in table.message.text()
        assert cell(table, "P-4", "regular-budget").text() == "3"
    cell(table, "P-4", "regular-budget").setText(str(MAX_POSTS))  # each count fits, the sum does not
    assert window.undo_stack.count() == 0
    assert "limit" in table.message.text()


def test_emptying_every_cell_removes_the_breakdown_and_the_posts(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(posts_chart())
    before = window.chart.unit("pbso")
    table = select(window, "pbso")
    for grade in ("ASG", "P-5"):
        cell(table, grade, None).setText("")
        settle(window, qtbot)
    assert window.chart.unit("pbso").post_breakdown == PostBreakdown.from_grades({"GS": 3})
    cell(table, "GS", None).setText("")
    unit = window.chart.unit("pbso")
    assert (unit.post_breakdown, unit.posts) == (None, None)
    assert window.undo_stack.count() == 1  # edits of the posts of one unit are one History entry
    assert window.undo_stack.undoText() == "Edit posts of PBSO"
    window.undo_stack.undo()
    assert window.chart.unit("pbso") == before


def test_posts_without_a_source_move_to_one_in_one_step(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(posts_chart())
    table = select(window, "pbso")
    assert table.columns == [None]
    assert table.move_to.isVisibleTo(table)
    table.move_to.activated.emit(table.move_to.findData("support-account"))
    assert window.undo_stack.count() == 1
    expected = PostBreakdown.from_grades({"ASG": 1, "P-5": 2, "GS": 3}, "support-account")
    assert window.chart.unit("pbso").post_breakdown == expected
    settle(window, qtbot)
    assert table.columns == ["regular-budget", "support-account", "extrabudgetary"]
    assert not table.move_to.isVisibleTo(table)


def test_a_plain_total_edits_its_total_and_can_start_a_breakdown(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(posts_chart())
    table = select(window, "dpo")
    spin = window.properties.posts_spin
    assert not spin.isReadOnly()
    assert table.grades == []
    assert "40" in table.hint.text()
    spin.setValue(42)
    spin.editingFinished.emit()
    assert window.chart.unit("dpo").posts == 42
    assert window.chart.unit("dpo").post_breakdown is None
    settle(window, qtbot)
    table.add_grade.activated.emit(table.add_grade.findData("P-4"))
    assert table.grades == ["P-4"]
    assert window.undo_stack.count() == 1  # an empty row is no edit
    cell(table, "P-4", "regular-budget").setText("7")
    unit = window.chart.unit("dpo")
    assert unit.post_breakdown == PostBreakdown.from_grades({"P-4": 7}, "regular-budget")
    assert unit.posts == 7
    assert window.undo_stack.undoText() == "Edit posts of DPO"
    assert window.undo_stack.count() == 1  # the total and the breakdown: one History entry
    settle(window, qtbot)
    assert spin.isReadOnly()
    window.undo_stack.undo()
    settle(window, qtbot)
    assert window.chart.unit("dpo").posts == 40
    assert window.chart.unit("dpo").post_breakdown is None
    assert not spin.isReadOnly()


def test_formerly_round_trips_and_refuses_a_bad_id(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(posts_chart())
    select(window, "dppa")
    dock = window.properties
    assert "baseline chart this unit continues" in dock.formerly_edit.toolTip()
    dock.formerly_edit.setText("dpa, pbso-2017")
    dock.formerly_edit.editingFinished.emit()
    assert window.chart.unit("dppa").formerly == ("dpa", "pbso-2017")
    settle(window, qtbot)
    assert dock.formerly_edit.text() == "dpa, pbso-2017"
    for bad in ("dpa, Not An Id", "dpa, dpa"):
        dock.formerly_edit.setText(bad)
        dock.formerly_edit.editingFinished.emit()
        assert window.undo_stack.count() == 1
        assert dock.unit_error.isVisibleTo(dock)
        assert dock.unit_error.text().startswith("Formerly:")
    window.undo_stack.undo()
    settle(window, qtbot)
    assert window.chart.unit("dppa").formerly == ()
    assert dock.formerly_edit.text() == ""
    assert not dock.unit_error.isVisibleTo(dock)


def test_the_proposal_example_tables_add_up(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    for unit in list(window.chart.units.values())[:40]:
        table = select(window, unit.id)
        if unit.post_breakdown is not None:
            assert grand_total(table) == str(unit.posts)
            assert table.grades == list(unit.post_breakdown.by_grade())
        else:
            assert table.grades == []
            assert window.properties.posts_spin.value() == (-1 if unit.posts is None else unit.posts)
