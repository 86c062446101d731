"""ResolveConflict: keep ours, take theirs, edit; one undoable step each, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from orgeditor.commands.conflicts import (
    EDIT,
    KEEP_OURS,
    TAKE_THEIRS,
    ResolveConflict,
    decode_unit,
    ours_value,
)
from orgeditor.io import dump_chart, load_chart, save_chart
from orgeditor.model import Chart, ChartError, Conflict, Link, ReportingLine


def conflict_at(chart: Chart, at: str) -> Conflict:
    return next(c for c in chart.conflicts if c.at == at)


def resolve(chart: Chart, at: str, choice: str, value: Any = None) -> tuple[QUndoStack, str]:
    """Push the resolution on a stack; check undo and redo give back exactly each state."""
    before = dump_chart(chart)
    stack = QUndoStack()
    stack.push(ResolveConflict(chart, conflict_at(chart, at), choice, value))
    after = dump_chart(chart)
    assert at not in {c.at for c in chart.conflicts}
    stack.undo()
    assert dump_chart(chart) == before
    stack.redo()
    assert dump_chart(chart) == after
    return stack, stack.text(0)


def test_keep_ours_only_drops_the_conflict(chart: Chart) -> None:
    before = chart.copy()
    _, text = resolve(chart, "units.asg-africa.reports_to", KEEP_OURS)
    assert text == "Keep ours for the reporting lines of Office of the ASG for Africa"
    assert chart.unit("asg-africa") == before.unit("asg-africa")
    assert len(chart.conflicts) == len(before.conflicts) - 1


def test_take_theirs_for_reporting_lines(chart: Chart) -> None:
    _, text = resolve(chart, "units.asg-africa.reports_to", TAKE_THEIRS)
    assert text == "Take theirs for the reporting lines of Office of the ASG for Africa"
    assert chart.unit("asg-africa").reports_to == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("dpo", "mission"),
    )
    assert chart.unit("asg-africa").posts == 7  # the other field is not touched


def test_take_theirs_for_posts(chart: Chart) -> None:
    resolve(chart, "units.asg-africa.posts", TAKE_THEIRS)
    assert chart.unit("asg-africa").posts == 9


def test_take_theirs_deletes_a_unit_they_deleted(chart: Chart) -> None:
    _, text = resolve(chart, "units.minusma", TAKE_THEIRS)
    assert text == "Take theirs for the unit MINUSMA (ours)"
    assert "minusma" not in chart.units


def test_take_theirs_re_adds_a_unit_we_deleted(chart: Chart) -> None:
    assert "unowas" not in chart.units
    _, text = resolve(chart, "units.unowas", TAKE_THEIRS)
    assert text == "Take theirs for the unit UNOWAS (theirs)"  # named by THEIRS while absent
    assert chart.unit("unowas").name == "UNOWAS (theirs)"
    assert chart.manager("unowas") == "asg-africa"


def test_take_theirs_for_an_id_renames_and_references_follow(chart: Chart) -> None:
    chart.set_position("unoca-office", (10.0, 20.0))
    chart.add_link(Link("dpo", "unoca-office", "supports"))
    order = list(chart.units)
    _, text = resolve(chart, "units.unoca-office.id", TAKE_THEIRS)
    assert text == "Take theirs for the id of UNOCA"
    assert "unoca-office" not in chart.units
    assert list(chart.units) == [u if u != "unoca-office" else "unoca-mission" for u in order]
    assert chart.position("unoca-mission") == (10.0, 20.0)
    assert Link("dpo", "unoca-mission", "supports") in chart.links


def test_take_theirs_for_a_group_and_the_title(chart: Chart) -> None:
    resolve(chart, "groups.shared", TAKE_THEIRS)
    assert chart.groups["shared"].name == "Common pillar"
    _, text = resolve(chart, "chart.title", TAKE_THEIRS)
    assert text == "Take theirs for the chart's title"
    assert chart.title == "The pillar"


def test_links_to_a_unit_that_is_not_there_leave_the_chart_unchanged(chart: Chart) -> None:
    before = dump_chart(chart)
    command = ResolveConflict(chart, conflict_at(chart, "links.dpo>unowas"), TAKE_THEIRS)
    with pytest.raises(ChartError, match="unowas"):
        command.redo()
    assert dump_chart(chart) == before
    resolve(chart, "units.unowas", TAKE_THEIRS)  # once the unit is back, the link can come
    _, text = resolve(chart, "links.dpo>unowas", TAKE_THEIRS)
    assert text == "Take theirs for the links from DPO to UNOWAS (theirs)"
    assert Link("dpo", "unowas", "supports") in chart.links


def test_a_value_the_file_would_refuse_is_refused_with_the_readers_words(chart: Chart) -> None:
    before = dump_chart(chart)
    bad = ResolveConflict(chart, conflict_at(chart, "units.asg-africa.posts"), EDIT, {"P-9": 1})
    with pytest.raises(ChartError, match="P-9"):
        bad.redo()
    dangling = ResolveConflict(chart, conflict_at(chart, "units.asg-africa.reports_to"), EDIT, "nowhere")
    with pytest.raises(ChartError, match="nowhere"):
        dangling.redo()
    taken = ResolveConflict(chart, conflict_at(chart, "units.unoca-office.id"), EDIT, "dppa")
    with pytest.raises(ChartError, match="already used"):
        taken.redo()
    assert dump_chart(chart) == before


def test_edit_puts_the_given_value(chart: Chart) -> None:
    _, text = resolve(chart, "units.asg-africa.posts", EDIT, {"P-4": 2, "GS": 1})
    assert text == "Edit the posts of Office of the ASG for Africa"
    assert chart.unit("asg-africa").posts == 3
    resolve(chart, "chart.title", EDIT, "Agreed title")
    assert chart.title == "Agreed title"


def test_ours_value_is_the_element_as_the_chart_holds_it(chart: Chart) -> None:
    assert ours_value(chart, conflict_at(chart, "units.asg-africa.reports_to")) == "dpo"
    assert ours_value(chart, conflict_at(chart, "units.unowas")) is None
    assert ours_value(chart, conflict_at(chart, "groups.shared"))["name"] == "Joint pillar"
    assert ours_value(chart, conflict_at(chart, "chart.title")) == "Peace and security pillar"
    unit = ours_value(chart, conflict_at(chart, "units.minusma"))
    assert decode_unit(chart, "minusma", unit) == chart.unit("minusma")


def test_resolving_every_conflict_saves_without_the_key(chart: Chart, tmp_path: Path) -> None:
    stack = QUndoStack()
    for conflict in list(chart.conflicts):
        choice = KEEP_OURS if conflict.at.startswith("links.") else TAKE_THEIRS
        stack.push(ResolveConflict(chart, conflict, choice))
    assert chart.conflicts == ()
    path = tmp_path / "merged.yaml"
    save_chart(chart, path)
    text = path.read_text(encoding="utf-8")
    assert "conflicts" not in text
    assert load_chart(path) == chart.copy()
    stack.undo()
    assert len(chart.conflicts) == 1


def test_an_unknown_choice_and_a_resolved_conflict_are_refused(chart: Chart) -> None:
    conflict = conflict_at(chart, "chart.title")
    with pytest.raises(ValueError, match="choice"):
        ResolveConflict(chart, conflict, "mine")
    ResolveConflict(chart, conflict, KEEP_OURS).redo()
    with pytest.raises(ChartError, match="no conflict left"):
        ResolveConflict(chart, conflict, KEEP_OURS).redo()
