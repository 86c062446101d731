"""ApplyQuickFix: a quick fix applied as one undoable step, named by the fix's label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from orgeditor.commands.quickfix import ApplyQuickFix
from orgeditor.io import load_chart
from orgeditor.model import Chart, Departure, Link, ReportingLine
from orgeditor.rules import Finding, check_chart, rulebooks_for, rules_of
from orgeditor.rules.quickfix import LinkAdd, QuickFix, UnitEdit, fixes_for

PILLAR = Path(__file__).parents[1] / "rules" / "fixtures" / "pillar.yaml"


def _broken(uid: str, *lines: tuple[str, str]) -> Chart:
    chart = load_chart(PILLAR)
    unit = chart.unit(uid)
    chart.update_unit(unit.with_changes(reports_to=tuple(ReportingLine(to, s) for to, s in lines)))
    return chart


def _finding(chart: Chart, rule: str) -> Finding:
    return next(f for f in check_chart(chart) if f.rule == rule)


def _fix(chart: Chart, rule: str, label: str) -> QuickFix:
    fixes = fixes_for(_finding(chart, rule), chart, rules_of(rulebooks_for(chart)))
    return next(f for f in fixes if f.label.startswith(label))


def test_the_fix_applies_as_one_step_and_undo_restores_exactly(qtbot: QtBot) -> None:
    chart = _broken("unami", ("meap-division", "non-mission"))
    fix = _fix(chart, "pillar.field-backstopping", "Add a mission line")
    before = chart.copy()
    notified: list[int] = []
    chart.subscribe(lambda changes: notified.append(len(changes)))
    stack = QUndoStack()
    stack.push(ApplyQuickFix(chart, fix))
    assert stack.count() == 1
    assert stack.undoText() == "Add a mission line from UNAMI to DPO"
    assert not [f for f in check_chart(chart) if f.rule == "pillar.field-backstopping"]
    after = chart.copy()
    assert len(notified) == 1  # listeners hear one change
    stack.undo()
    assert chart == before
    assert _finding(chart, "pillar.field-backstopping").units == ("unami",)
    stack.redo()
    assert chart == after


def test_a_departure_is_recorded_with_the_users_reason_and_cite(qtbot: QtBot) -> None:
    chart = _broken("unami", ("meap-division", "non-mission"))
    fix = _fix(chart, "pillar.field-backstopping", "Record UNAMI as a departure")
    with pytest.raises(ValueError, match="reason and cite"):
        ApplyQuickFix(chart, fix)
    before = chart.copy()
    stack = QUndoStack()
    stack.push(ApplyQuickFix(chart, fix.completed(reason="Led by DPPA", cite="GA res 72/262 C")))
    assert stack.undoText() == "Record UNAMI as a departure from ¶8(b) and its footnote"
    assert chart.departures == (
        Departure("pillar.field-backstopping", ("unami",), "Led by DPPA", "GA res 72/262 C"),
    )
    finding = _finding(chart, "pillar.field-backstopping")
    assert finding.severity == "info"
    stack.undo()
    assert chart == before
    assert len(chart.departures) == 0


def test_several_edits_undo_in_one_step(qtbot: QtBot) -> None:
    chart = load_chart(PILLAR)
    before = chart.copy()
    renamed = chart.unit("minusma").with_changes(name="Renamed")
    fix = QuickFix(
        "Two things",
        (LinkAdd(Link("dppa", "eosg", "informs")), UnitEdit("minusma", renamed)),
        "test.rule",
    )
    stack = QUndoStack()
    stack.push(ApplyQuickFix(chart, fix))
    assert chart.unit("minusma").name == "Renamed"
    assert Link("dppa", "eosg", "informs") in chart.links
    stack.undo()
    assert chart == before
    assert chart.links == before.links
