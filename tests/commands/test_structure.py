"""Structure commands on the shipped charts: the result, the History label, exact undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand, QUndoStack
from pytestqt.qtbot import QtBot

from orgeditor.commands import RemoveUnit
from orgeditor.commands.structure import (
    AddRegionalAsg,
    Merge,
    MergeUnits,
    Move,
    MoveUnit,
    NewAsg,
    Split,
    SplitPart,
    SplitUnit,
    divide_posts,
)
from orgeditor.io import load_chart
from orgeditor.model import Chart, ChartError, PostBreakdown, ReportingLine, total_posts
from orgeditor.rules import check_chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> Chart:
    return load_chart(EXAMPLES / name)


@pytest.fixture
def proposal() -> Chart:
    return _load("proposal-2017.yaml")


@pytest.fixture
def baseline() -> Chart:
    return _load("baseline-2017.yaml")


def _round_trip(chart: Chart, command: QUndoCommand) -> Chart:
    """Push *command*; undo gives back the chart as loaded, redo the changed one."""
    fresh = load_chart(chart.path) if chart.path else chart.copy()
    assert chart == fresh
    stack = QUndoStack()
    stack.push(command)
    after = chart.copy()
    assert after != fresh
    assert stack.count() == 1
    stack.undo()
    assert chart == fresh
    stack.redo()
    assert chart == after
    stack.undo()
    stack.redo()
    assert chart == after
    return after


def _rules(chart: Chart) -> set[tuple[str, str]]:
    return {(f.rule, f.message) for f in check_chart(chart)}


def test_new_asg_with_defaults(qtbot: QtBot, proposal: Chart) -> None:
    command = AddRegionalAsg(proposal, NewAsg(regions=("Antarctica",)))
    assert command.text() == "Add ASG for Antarctica with lines to DPPA and DPO"
    _round_trip(proposal, command)
    asg = proposal.unit(command.asg_id)
    assert asg.name == "Office of the Assistant Secretary-General for Antarctica"
    assert asg.rank == "ASG" and asg.regions == ("Antarctica",)
    assert asg.reports_to == (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    assert "Antarctica" in proposal.regions
    assert command.division_id is not None
    division = proposal.unit(command.division_id)
    assert division.name == "Antarctica Division" and division.kind == "division"
    assert proposal.direct_reports(asg.id) == [division.id]
    assert not any(u.id.startswith("unit-") for u in proposal)


def test_new_asg_with_defaults_breaks_only_the_count_of_asgs(qtbot: QtBot, proposal: Chart) -> None:
    before = {rule for rule, _ in _rules(proposal)}
    QUndoStack().push(AddRegionalAsg(proposal, NewAsg(regions=("Antarctica",))))
    new = {rule for rule, _ in _rules(proposal)} - before
    assert new == {"pillar.three-regional-asgs"}


def test_new_asg_in_place_of_a_removed_one_passes_the_rules(qtbot: QtBot, proposal: Chart) -> None:
    """Delete the Europe ASG's branch, make it again with the dialog's defaults: no new finding."""
    clean = _rules(proposal)
    stack = QUndoStack()
    stack.push(RemoveUnit(proposal, "asg-europe-central-asia-americas", branch=True))
    command = AddRegionalAsg(proposal, NewAsg(regions=("Europe", "Central Asia", "Americas")))
    stack.push(command)
    findings = check_chart(proposal)
    assert not [f for f in findings if {command.asg_id, command.division_id} & set(f.units)]
    posts = {"pillar.cost-neutral", "pillar.senior-posts"}  # the deleted branch had posts
    assert {f.rule for f in findings} - posts <= {rule for rule, _ in clean}


def test_new_asg_refuses_a_bad_spec_and_changes_nothing(qtbot: QtBot, proposal: Chart) -> None:
    before = proposal.copy()
    spec = NewAsg(regions=("Antarctica",), lines=(ReportingLine("dppa"), ReportingLine("dpo")))
    assert spec.problem(proposal) is not None
    with pytest.raises(ChartError):
        AddRegionalAsg(proposal, spec).redo()
    assert proposal == before
    assert NewAsg(regions=()).problem(proposal) == "Give the ASG at least one region."


def test_move_mission_under_another_division(qtbot: QtBot, proposal: Chart) -> None:
    command = MoveUnit(proposal, Move("minusma", "africa-i-division"))
    assert command.text() == "Move MINUSMA under Africa I Division"
    _round_trip(proposal, command)
    assert proposal.unit("minusma").reports_to == (ReportingLine("africa-i-division"),)


def test_move_one_scope_keeps_the_other(qtbot: QtBot, proposal: Chart) -> None:
    command = MoveUnit(proposal, Move("asg-africa", "eosg", "mission"))
    assert (
        command.text()
        == "Move Office of the Assistant Secretary-General for Africa under EOSG for mission settings"
    )
    _round_trip(proposal, command)
    assert proposal.unit("asg-africa").reports_to == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("eosg", "mission"),
    )


def test_move_branch_takes_its_subtree_and_alone_leaves_it(qtbot: QtBot, proposal: Chart) -> None:
    below = set(proposal.subtree("africa-ii-division"))
    MoveUnit(proposal, Move("africa-ii-division", "asg-middle-east-asia-pacific")).redo()
    assert below <= set(proposal.subtree("asg-middle-east-asia-pacific"))
    chart = _load("proposal-2017.yaml")
    reports = chart.direct_reports("asg-africa")
    command = MoveUnit(chart, Move("asg-africa", "eosg", branch=False))
    assert command.text().endswith("without its reports under EOSG")
    _round_trip(chart, command)
    assert chart.direct_reports("asg-africa") == []
    for report in reports:
        assert {line.to for line in chart.unit(report).reports_to} <= {"dppa", "dpo"}


def test_move_into_its_own_branch_is_refused(qtbot: QtBot, proposal: Chart) -> None:
    before = proposal.copy()
    move = Move("dppa", "asg-africa")
    assert move.problem(proposal) == (
        "Office of the Assistant Secretary-General for Africa is below DPPA: "
        "a unit cannot report to its own branch."
    )
    with pytest.raises(ChartError):
        MoveUnit(proposal, move).redo()
    assert proposal == before


def test_merge_into_a_new_unit_records_formerly(qtbot: QtBot, baseline: Chart) -> None:
    name = "Department of Political and Peacebuilding Affairs"
    dpa_reports = set(baseline.direct_reports("dpa"))
    posts = total_posts(baseline)
    groups = {g.id for g in baseline.groups.values() if "dpa" in g.members}
    command = MergeUnits(baseline, Merge(("dpa", "pbso"), name=name, short="DPPA"))
    assert command.text() == "Merge DPA and PBSO into DPPA"
    _round_trip(baseline, command)
    dppa = baseline.unit(command.survivor_id)
    assert "dpa" not in baseline and "pbso" not in baseline
    assert dppa.formerly == ("dpa", "pbso") and dppa.name == name and dppa.short == "DPPA"
    assert dppa.rank == "USG" and dppa.reports_to == (ReportingLine("sg"),)
    assert dpa_reports <= set(baseline.direct_reports(dppa.id))
    assert "peacebuilding-support" in dppa.functions
    assert total_posts(baseline) == posts
    assert all(dppa.id in baseline.groups[g].members for g in groups)
    assert all("dpa" not in (link.source, link.target) for link in baseline.links)


def test_merge_keeping_one_unit(qtbot: QtBot, proposal: Chart) -> None:
    posts = total_posts(proposal)
    command = MergeUnits(
        proposal, Merge(("africa-i-division", "africa-ii-division"), keep="africa-i-division")
    )
    assert command.text() == "Merge Africa I Division and Africa II Division into Africa I Division"
    _round_trip(proposal, command)
    kept = proposal.unit("africa-i-division")
    assert kept.formerly == ("dpa-africa-i", "dpko-africa-i", "dpa-africa-ii", "dpko-africa-ii")
    assert proposal.unit("minusma").reports_to == (ReportingLine("africa-i-division", "mission"),)
    assert total_posts(proposal) == posts
    assert kept.post_breakdown is not None and kept.post_breakdown.has_sources


def test_split_records_formerly_and_divides_posts(qtbot: QtBot, baseline: Chart) -> None:
    dpa = baseline.unit("dpa")
    reports = baseline.direct_reports("dpa")
    assert dpa.posts is not None
    half = dpa.posts // 2
    parts = (
        SplitPart("Alpha Department", "A", half, tuple(reports[:1])),
        SplitPart("Beta Department", "B", dpa.posts - half, tuple(reports[1:])),
    )
    command = SplitUnit(baseline, Split("dpa", parts))
    assert command.text() == "Split DPA into A and B"
    posts = total_posts(baseline)
    _round_trip(baseline, command)
    a, b = (baseline.unit(i) for i in command.part_ids)
    assert a.formerly == b.formerly == ("dpa",)
    assert (a.posts, b.posts) == (half, dpa.posts - half)
    assert baseline.direct_reports(a.id) == reports[:1]
    assert set(baseline.direct_reports(b.id)) == set(reports[1:])
    assert total_posts(baseline) == posts and "dpa" not in baseline


def test_split_refuses_posts_that_do_not_add_up(qtbot: QtBot, baseline: Chart) -> None:
    split = Split("dpa", (SplitPart("A", posts=1), SplitPart("B", posts=1)))
    problem = split.problem(baseline)
    assert problem is not None and problem.startswith("The new units have 2 posts; DPA has")


def test_divide_posts_keeps_every_grade() -> None:
    b = PostBreakdown.from_sources({"regular-budget": {"D-2": 1, "P-4": 5}, "support-account": {"GS": 4}})
    parts = divide_posts(b, [3, 7])
    assert [p.total() if p else 0 for p in parts] == [3, 7]
    summed: dict[tuple[str | None, str], int] = {}
    for part in parts:
        for source, grade, n in part.counts if part else ():
            summed[(source, grade)] = summed.get((source, grade), 0) + n
    assert summed == {(s, g): n for s, g, n in b.counts}


_PROPOSAL = _load("proposal-2017.yaml")
_UNITS = sorted(_PROPOSAL.units)


def _command(chart: Chart, kind: int, a: str, b: str, n: int) -> QUndoCommand | None:
    """One structure command from drawn values, or None when it does not apply."""
    if a not in chart.units or b not in chart.units:
        return None
    spec: NewAsg | Move | Merge | Split
    if kind == 0:
        spec = NewAsg(regions=(f"Region {n}",))
        return AddRegionalAsg(chart, spec) if spec.problem(chart) is None else None
    if kind == 1:
        spec = Move(a, b, ("all", "mission", "non-mission")[n % 3], branch=n % 2 == 0)
        return MoveUnit(chart, spec) if spec.problem(chart) is None else None
    if kind == 2:
        spec = Merge((a, b), keep=a if n % 2 else None, name=f"Merged {n}")
        return MergeUnits(chart, spec) if spec.problem(chart) is None else None
    posts = chart.unit(a).posts
    reports = chart.direct_reports(a)
    first = (posts or 0) // 2
    parts = (
        SplitPart(f"Part {n}", posts=first if posts is not None else None, reports=tuple(reports[::2])),
        SplitPart(f"Other {n}", posts=(posts or 0) - first if posts is not None else None),
    )
    split = Split(a, parts)
    return SplitUnit(chart, split) if split.problem(chart) is None else None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.sampled_from(_UNITS), st.sampled_from(_UNITS), st.integers(0, 9)),
        min_size=1,
        max_size=6,
    )
)
def test_random_sequences_undo_and_redo_exactly(qtbot: QtBot, steps: list[tuple[int, str, str, int]]) -> None:
    chart = _PROPOSAL.copy()
    stack = QUndoStack()
    states = [chart.copy()]
    for kind, a, b, n in steps:
        command = _command(chart, kind, a, b, n)
        if command is None:
            continue
        try:
            command.redo()  # as the editor does: once, all or nothing
        except ChartError:
            assert chart == states[-1]  # refused: nothing changed
            continue
        command.undo()
        stack.push(command)
        states.append(chart.copy())
    for state in reversed(states[:-1]):
        stack.undo()
        assert chart == state
    for state in states[1:]:
        stack.redo()
        assert chart == state
