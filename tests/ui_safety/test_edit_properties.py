"""Property-based: random edits, undos, redos, saves and loads through the real editor commands.

Every step keeps the chart valid (the file format re-validates it: ``loads_chart(dump_chart(c))``
must succeed and be equal), the journal replays to the chart the editor holds (read while the
editor still has it open, as after a crash), and undoing everything gives the original back.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from orgeditor.io import dump_chart, load_chart, loads_chart, save_chart
from orgeditor.io.journal import EditJournal, replay
from orgeditor.model import LINK_KINDS, SCOPES, Chart, Group, Link, ReportingLine, Unit
from orgeditor.ui.editing import Editor


class Host:
    """The editor's host without a window: chart, undo stack, refusals, and drawn choices."""

    def __init__(self, chart: Chart, data: st.DataObject) -> None:
        self.chart = chart
        self.undo_stack = QUndoStack()
        self.data = data
        self.refused: list[str] = []

    def report_error(self, message: str) -> None:
        self.refused.append(message)

    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None:
        return self.data.draw(st.none() | st.integers(0, len(options) - 1), label="choice")


def start_chart() -> Chart:
    chart = Chart(title="Start")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    for uid in ("dppa", "dpo"):
        chart.add_unit(Unit(uid, uid.upper(), "department", reports_to=(ReportingLine("sg"),)))
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg", "ASG Africa", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Division", "division", reports_to=(ReportingLine("asg"),)))
    chart.add_link(Link("div", "dpo", "informs"))
    chart.add_group(Group("spg", "Principals", ("dppa", "dpo")))
    chart.set_position("div", (10.0, 20.0))
    return chart


ACTIONS = (
    "add",
    "rename",
    "delete",
    "move",
    "reattach",
    "line",
    "link",
    "unlink",
    "group",
    "regroup",
    "ungroup",
    "pin",
    "collapse",
    "title",
    "undo",
    "redo",
    "save-load",
)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(str.strip)


def check_valid(chart: Chart) -> None:
    """Every model invariant, as the loader checks them, plus the references it relies on."""
    text = dump_chart(chart)
    if len(chart) == 0:  # the format wants a unit: the editor refuses to save, the journal copes
        assert "\nunits: {}\n" in text
    else:
        assert loads_chart(text) == chart
    ids = set(chart.units)
    assert all(line.to in ids for unit in chart for line in unit.reports_to)
    assert all(link.source in ids and link.target in ids for link in chart.links)
    assert all(set(group.members) <= ids for group in chart.groups.values())
    assert set(chart.layout.positions) <= ids


def apply(action: str, editor: Editor, host: Host, data: st.DataObject, folder: Path) -> None:
    chart = host.chart
    ids = list(chart.units)

    def unit() -> str:
        return data.draw(st.sampled_from(ids), label="unit")

    if action == "add":
        managers = st.none() | st.sampled_from(ids) if ids else st.none()
        editor.add_subordinate(data.draw(managers, label="manager"))
    elif action == "rename" and ids:
        editor.rename(unit(), data.draw(names, label="name"))
    elif action == "delete" and ids:
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        editor.delete_units(chosen)
    elif action == "move" and ids:
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        new = {
            u: (float(data.draw(st.integers(-999, 999))), float(data.draw(st.integers(-999, 999))))
            for u in chosen
        }
        editor.move(new, {u: chart.layout.positions.get(u) for u in chosen})
    elif action == "reattach" and ids:
        editor.report_to(unit(), unit())
    elif action == "line" and ids:
        editor.add_reporting_line(unit(), unit(), data.draw(st.sampled_from(SCOPES)))
    elif action == "link" and ids:
        editor.add_link(unit(), unit(), data.draw(st.sampled_from(LINK_KINDS)))
    elif action == "unlink" and chart.links:
        editor.delete_link(data.draw(st.sampled_from(list(chart.links))))
    elif action == "group" and ids:
        members = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
        editor.add_group(members, data.draw(names, label="group name"))
    elif action == "regroup" and chart.groups and ids:
        group = chart.groups[data.draw(st.sampled_from(list(chart.groups)))]
        picked = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
        editor.update_group(Group(group.id, data.draw(names), tuple(picked)), "Change group")
    elif action == "ungroup" and chart.groups:
        editor.delete_group(data.draw(st.sampled_from(list(chart.groups))))
    elif action in ("pin", "collapse") and ids:
        editor.toggle([unit()], "pinned" if action == "pin" else "collapsed")
    elif action == "title":
        editor.set_title(data.draw(names, label="title"))
    elif action == "undo":
        host.undo_stack.undo()
    elif action == "redo":
        host.undo_stack.redo()
    elif action == "save-load" and len(chart):
        path = folder / "chart.yaml"
        save_chart(chart, path)
        assert load_chart(path) == chart


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_editing_sessions(qapp: QApplication, data: st.DataObject) -> None:
    chart = start_chart()
    original = chart.copy()
    host = Host(chart, data)
    editor = Editor(host)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        journal = EditJournal(chart, folder / "journals", chart.path, sync=False)
        try:
            steps = data.draw(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=25), label="actions")
            for action in steps:
                apply(action, editor, host, data, folder)
                check_valid(chart)
            assert replay(journal.path) == chart  # a session still open, as after a kill
            edited, index = chart.copy(), host.undo_stack.index()
            host.undo_stack.setIndex(0)
            assert chart == original
            host.undo_stack.setIndex(index)
            assert chart == edited
        finally:
            journal.detach()
        assert replay(journal.path) == chart
