"""Edits pushed through the editor run once on the real chart, all or nothing: random sequences
of edits, undos and redos always leave the chart as a fresh build of the same state, with the
hierarchy and the live findings of a fresh build."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pillar_chart import build_pillar
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from orgeditor.commands import AddUnit, UpdateUnit
from orgeditor.model import Chart, ChartChange, Hierarchy, ReportingLine, Unit
from orgeditor.rules import LiveChecker, check_chart
from orgeditor.ui.editing import Editor


class Host:
    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self.undo_stack = QUndoStack()
        self.errors: list[str] = []
        self.choice = 0

    def report_error(self, message: str) -> None:
        self.errors.append(message)

    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None:
        return self.choice % len(options)


def test_a_failing_command_leaves_chart_stack_and_listeners_untouched(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart = Editor(host), host.chart
    heard: list[Sequence[ChartChange]] = []
    chart.subscribe(heard.append)
    before = chart.copy()
    assert not editor.push(AddUnit(chart, Unit("sg", "Again", "office")))
    bad = chart.unit("div").with_changes(name="Renamed", reports_to=(ReportingLine("nowhere"),))
    assert not editor.push(UpdateUnit(chart, bad))
    assert chart == before
    assert heard == []
    assert host.undo_stack.count() == 0
    assert len(host.errors) == 2


def test_a_command_runs_once_and_is_pushed_done(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart = Editor(host), host.chart
    heard: list[Sequence[ChartChange]] = []
    chart.subscribe(heard.append)
    editor.rename("div", "Renamed")
    assert len(heard) == 1
    assert host.undo_stack.count() == 1
    host.undo_stack.undo()
    assert chart.unit("div").name == "Africa Division"
    host.undo_stack.redo()
    assert chart.unit("div").name == "Renamed"
    assert len(heard) == 3


ACTIONS = ("rename", "report", "add", "delete", "link", "group", "title", "undo", "redo", "pin", "collapse")


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]  # no per-example fixtures


@settings(max_examples=40, deadline=None, suppress_health_check=SLOW_OK)
@given(
    st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.integers(0, 40), st.integers(0, 40), st.integers(0, 2)),
        max_size=20,
    )
)
def test_random_edits_undos_and_redos_equal_a_fresh_build(
    qtbot: QtBot, steps: list[tuple[str, int, int, int]]
) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    live = LiveChecker(chart)
    states = [chart.copy()]  # the chart at each index of the stack
    for action, a, b, choice in steps:
        ids = list(chart.units) or ["gone"]  # a branch deleted at the root leaves none
        first, second = ids[a % len(ids)], ids[b % len(ids)]
        if first not in chart.units and action not in ("undo", "redo"):
            continue
        host.choice = choice
        at = stack.index()
        if action == "undo":
            stack.undo()
        elif action == "redo":
            stack.redo()
        else:
            if action == "rename":
                editor.rename(first, f"Name {b}")
            elif action == "report":
                editor.report_to(first, second)
            elif action == "add":
                editor.add_subordinate(first)
            elif action == "delete":
                editor.delete_units([first])
            elif action == "link":
                editor.add_link(first, second, "advises")
            elif action == "group":
                editor.add_group([first, second] if first != second else [first], f"Group {b}")
            elif action == "title":
                editor.set_title(f"Title {b}")
            elif action in ("pin", "collapse"):
                editor.toggle([first], "pinned" if action == "pin" else "collapsed")
            if stack.index() != at or chart != states[at]:
                # pushed, merged into the step before (one field of one unit) or, merged back
                # to where it started, dropped: what was undone is gone
                now = stack.index()
                del states[now + 1 :]
                if len(states) == now:
                    states.append(chart.copy())
                else:
                    states[now] = chart.copy()
        assert chart == states[stack.index()]
        fresh = chart.copy()
        units = dict(fresh.units)
        fresh_tree = Hierarchy(lambda units=units: units)  # type: ignore[misc]
        for uid in units:
            assert chart.hierarchy.chain(uid) == fresh_tree.chain(uid)
            assert chart.direct_reports(uid) == fresh_tree.direct_reports(uid)
        assert live.findings == check_chart(fresh)
    live.close()
