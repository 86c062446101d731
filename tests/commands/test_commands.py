"""Each command changes the chart, and undo puts back exactly what was there."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from orgeditor.commands import (
    AddGroup,
    AddLink,
    AddUnit,
    ApplyPositions,
    MoveUnits,
    RemoveGroup,
    RemoveLink,
    RemoveUnit,
    ReplaceLink,
    SetChartTitle,
    SetCollapsed,
    SetPinned,
    UpdateGroup,
    UpdateUnit,
)
from orgeditor.model import Chart, Group, Link, ReportingLine, Unit


def _round_trip(chart: Chart, stack: QUndoStack, command: object) -> Chart:
    before = chart.copy()
    stack.push(command)  # type: ignore[arg-type]
    after = chart.copy()
    assert after != before
    stack.undo()
    assert chart == before
    stack.redo()
    assert chart == after
    return after


def test_add_and_update_unit(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    unit = Unit("asg-europe", "ASG Europe", "office", reports_to=(ReportingLine("dppa"),))
    _round_trip(chart, stack, AddUnit(chart, unit, (10.0, 20.0)))
    assert chart.layout.positions["asg-europe"] == (10.0, 20.0)
    renamed = chart.unit("div").with_changes(name="Renamed")
    _round_trip(chart, stack, UpdateUnit(chart, renamed, "Rename"))
    assert chart.unit("div").name == "Renamed"
    _round_trip(chart, stack, SetChartTitle(chart, "New title"))


def test_remove_reattaches_reports(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    chart.set_position("div", (1.0, 2.0))
    _round_trip(chart, stack, RemoveUnit(chart, "div"))
    assert "div" not in chart
    assert chart.unit("team").reports_to == (ReportingLine("asg-africa"),)
    assert chart.links == ()


def test_remove_scoped_manager_reattaches_per_scope(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    _round_trip(chart, stack, RemoveUnit(chart, "asg-africa"))
    # the division reported with scope all to a unit that had no all-scope manager
    assert chart.unit("div").reports_to == ()


def test_remove_branch(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    _round_trip(chart, stack, RemoveUnit(chart, "dppa", branch=True))
    assert "dppa" not in chart
    assert "asg-africa" in chart  # its all-scope chain does not pass through DPPA
    assert chart.unit("asg-africa").reports_to == (
        ReportingLine("sg", "non-mission"),
        ReportingLine("dpo", "mission"),
    )
    stack.undo()
    assert chart.unit("asg-africa").reports_to[0] == ReportingLine("dppa", "non-mission")
    _round_trip(chart, stack, RemoveUnit(chart, "div", branch=True))
    assert "team" not in chart


def test_links_and_groups(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    link = Link("dpo", "eosg", "coordinates")
    _round_trip(chart, stack, AddLink(chart, link))
    _round_trip(chart, stack, ReplaceLink(chart, link, Link("dpo", "eosg", "advises")))
    _round_trip(chart, stack, RemoveLink(chart, Link("div", "eosg", "informs")))
    _round_trip(chart, stack, AddGroup(chart, Group("g", "G", ("dppa", "dpo"))))
    _round_trip(chart, stack, UpdateGroup(chart, Group("spg", "SPG", ("dppa", "dpo"))))
    _round_trip(chart, stack, RemoveGroup(chart, "spg"))


def test_layout_commands(qtbot: QtBot, chart: Chart) -> None:
    stack = QUndoStack()
    _round_trip(chart, stack, MoveUnits(chart, {"sg": (5.0, 5.0)}, {"sg": None}))
    _round_trip(chart, stack, ApplyPositions(chart, {"dpo": (1.0, 1.0)}, {"dpo": None}))
    _round_trip(chart, stack, SetPinned(chart, "dpo", True))
    _round_trip(chart, stack, SetCollapsed(chart, "dppa", True))
    assert chart.layout.collapsed == ["dppa"]
