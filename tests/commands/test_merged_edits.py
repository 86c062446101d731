"""Consecutive edits of one field of one unit are one History entry, through the editor's
wrapper: undo goes back to the value before the first edit."""

from __future__ import annotations

from collections.abc import Sequence

from pillar_chart import build_pillar
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from orgeditor.commands import UpdateUnit
from orgeditor.commands.units import changed_fields, edit_text
from orgeditor.model import Chart, ReportingLine
from orgeditor.ui.editing import Editor


class Host:
    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        self.undo_stack = QUndoStack()
        self.errors: list[str] = []

    def report_error(self, message: str) -> None:
        self.errors.append(message)

    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None:
        return 0


def _edit(editor: Editor, unit_id: str, **changes: object) -> None:
    chart = editor.chart
    old = chart.unit(unit_id)
    new = old.with_changes(**changes)
    editor.update_unit(new, edit_text(old, new))


def _texts(stack: QUndoStack) -> list[str]:
    return [stack.text(i) for i in range(stack.count())]


def test_edits_of_one_field_merge_into_one_entry(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    _edit(editor, "dppa", name="Political Affairs")
    _edit(editor, "dppa", name="Political and Peacebuilding")
    _edit(editor, "dppa", name="Department of Political and Peacebuilding Affairs")
    assert _texts(stack) == ["Edit name of DPPA"]
    assert chart.unit("dppa").name == "Department of Political and Peacebuilding Affairs"
    stack.undo()
    assert chart.unit("dppa").name == "DPPA"
    stack.redo()
    assert chart.unit("dppa").name == "Department of Political and Peacebuilding Affairs"


def test_other_fields_and_units_get_their_own_entries(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    _edit(editor, "dppa", name="Political Affairs")
    _edit(editor, "dppa", posts=10)
    _edit(editor, "dppa", posts=12)
    _edit(editor, "dpo", posts=12)
    _edit(editor, "dppa", posts=14)
    assert _texts(stack) == [
        "Edit name of DPPA",
        "Edit posts of DPPA",
        "Edit posts of DPO",
        "Edit posts of DPPA",
    ]
    stack.undo()
    stack.undo()
    assert chart.unit("dppa").posts == 12
    assert chart.unit("dpo").posts is None
    stack.undo()
    assert chart.unit("dppa").posts is None
    assert chart.unit("dppa").name == "Political Affairs"


def test_an_edit_of_several_fields_never_merges(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, stack = Editor(host), host.undo_stack
    _edit(editor, "dppa", name="A", note="n")
    _edit(editor, "dppa", name="B", note="m")
    _edit(editor, "dppa", note="o")
    _edit(editor, "dppa", note="p")
    assert _texts(stack) == ["Edit DPPA", "Edit DPPA", "Edit note of DPPA"]


def test_editing_back_to_the_start_leaves_no_entry(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    _edit(editor, "dpo", note="draft")
    _edit(editor, "dpo", note=None)
    assert stack.count() == 0
    assert chart.unit("dpo").note is None


def test_no_merge_across_a_save(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    _edit(editor, "dpo", note="a")
    stack.setClean()
    _edit(editor, "dpo", note="b")
    assert stack.count() == 2
    stack.undo()
    assert chart.unit("dpo").note == "a"


def test_reporting_line_edits_merge_and_rename_joins_name_edits(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    editor.rename("div", "Division A")
    _edit(editor, "div", name="Division B")
    _edit(editor, "team", reports_to=(ReportingLine("dpo"),))
    _edit(editor, "team", reports_to=(ReportingLine("dppa"),))
    assert _texts(stack) == ["Rename Africa Division", "Edit reporting lines of Team"]
    stack.undo()
    assert chart.unit("team").reports_to == (ReportingLine("div"),)
    stack.undo()
    assert chart.unit("div").name == "Africa Division"


def test_a_merge_inside_a_macro_keeps_the_macro_whole(qtbot: QtBot) -> None:
    host = Host(build_pillar())
    editor, chart, stack = Editor(host), host.chart, host.undo_stack
    a = chart.unit("dpo").with_changes(note="x")
    editor.push_all("Two notes", [UpdateUnit(chart, a)])
    assert _texts(stack) == ["Two notes"]
    assert changed_fields(chart.unit("dpo"), chart.unit("dpo").with_changes(posts=1)) == {"posts"}
