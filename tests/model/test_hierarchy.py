"""The hierarchy kept through edits answers as one built afresh, for every question it answers."""

from __future__ import annotations

import dataclasses
import random
from contextlib import suppress
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.model import Chart, ChartError, Hierarchy, RemovedUnit, ReportingLine, Unit
from orgeditor.model.elements import Head

SCOPES = ("all", "mission", "non-mission")


def pillar() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    for uid in ("dppa", "dpo"):
        chart.add_unit(Unit(uid, uid.upper(), "department", reports_to=(ReportingLine("sg"),)))
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg", "ASG Africa", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Africa Division", "division", reports_to=(ReportingLine("asg"),)))
    chart.add_unit(Unit("team", "Team", "team", reports_to=(ReportingLine("div"),)))
    return chart


def assert_same_as_fresh(chart: Chart) -> None:
    units = dict(chart.units)
    fresh = Hierarchy(lambda: units)
    kept = chart.hierarchy
    assert dict(kept.reports_index()) == dict(fresh.reports_index())
    managers = kept.managers()  # the tables the rules walk chains by
    assert {scope: dict(table) for scope, table in managers.items()} == {
        scope: dict(table) for scope, table in fresh.managers().items()
    }
    for uid in units:
        for scope in SCOPES:
            assert kept.manager(uid, scope) == fresh.manager(uid, scope)
            if scope in managers:
                assert managers[scope][uid] == kept.manager(uid, scope)
            assert kept.reporting_line(uid, scope) == fresh.reporting_line(uid, scope)
            assert kept.chain(uid, scope) == fresh.chain(uid, scope)
            assert kept.depth(uid, scope) == fresh.depth(uid, scope)
            assert kept.direct_reports(uid, scope) == fresh.direct_reports(uid, scope)
        assert kept.primary_manager(uid) == fresh.primary_manager(uid)
        assert kept.subtree(uid) == fresh.subtree(uid)
        assert kept.departments(uid) == fresh.departments(uid)
    assert kept.roots() == fresh.roots()
    assert kept.department_map() == fresh.department_map()
    ranks = [kept.rank(uid) for uid in units]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)  # sorts as the chart lists
    assert chart.total_posts == sum(unit.posts or 0 for unit in units.values())


def test_answers_on_a_small_chart() -> None:
    tree = pillar().hierarchy
    assert tree.chain("team") == ["team", "div", "asg"]
    assert tree.chain("team", "non-mission") == ["team", "div", "asg", "dppa", "sg"]
    assert tree.chain("team", "mission") == ["team", "div", "asg", "dpo", "sg"]
    assert tree.depth("div", "mission") == 3
    assert tree.manager("asg") is None  # no line of scope all
    assert tree.subtree("sg") == ["sg", "dppa", "dpo"]
    assert tree.departments("team") == ("dppa", "dpo")
    assert tree.direct_reports("dpo", "mission") == ["asg"]
    assert tree.units_below(["dppa"]) == {"dppa", "asg", "div", "team"}


def test_the_line_followed_and_the_primary_manager() -> None:
    chart = pillar()
    chart.add_unit(
        Unit("pbf", "Fund", "office", reports_to=(ReportingLine("dpo", "mission"), ReportingLine("dppa")))
    )
    tree = chart.hierarchy
    assert tree.reporting_line("asg") is None  # no line of scope all
    assert tree.reporting_line("asg", "mission") == ReportingLine("dpo", "mission")
    assert tree.reporting_line("asg", "non-mission") == ReportingLine("dppa", "non-mission")
    assert tree.reporting_line("pbf", "mission") == ReportingLine("dpo", "mission")  # the first that applies
    assert tree.reporting_line("pbf", "non-mission") == ReportingLine("dppa")
    assert tree.reporting_line("sg") is None
    for uid in chart.units:
        for scope in SCOPES:
            line = tree.reporting_line(uid, scope)
            assert (line.to if line else None) == tree.manager(uid, scope)
    # the first line, whatever its scope
    assert [tree.primary_manager(u) for u in ("sg", "dppa", "asg", "pbf")] == [None, "sg", "dppa", "dpo"]
    for ask in (tree.reporting_line, tree.primary_manager):
        with pytest.raises(ChartError):
            ask("nobody")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                ["line", "dual", "top", "add", "add-last", "remove", "restore", "move", "kind", "posts"]
            ),
            st.integers(0, 50),
            st.integers(0, 50),
            st.booleans(),
        ),
        max_size=25,
    )
)
def test_kept_through_edits_and_rollbacks_equals_a_fresh_build(
    edits: list[tuple[str, int, int, bool]],
) -> None:
    chart = pillar()
    removed: list[RemovedUnit] = []
    serial = 0
    for action, a, b, fail in edits:
        ids = list(chart.units)
        unit_id, other = ids[a % len(ids)], ids[b % len(ids)]
        unit = chart.unit(unit_id)
        chart.hierarchy.reports_index()  # the index exists: edits must keep it right
        chart.hierarchy.managers()  # and the tables of managers by scope
        chart.hierarchy.rank(unit_id)  # so does the display order, and the total of posts
        _ = chart.total_posts
        with suppress(ChartError), chart.transaction():
            if action == "line":
                chart.update_unit(dataclasses.replace(unit, reports_to=(ReportingLine(other),)))
            elif action == "dual" and other != unit_id and unit.reports_to and unit.reports_to[0].to != other:
                lines = (ReportingLine(unit.reports_to[0].to, "mission"), ReportingLine(other, "non-mission"))
                chart.update_unit(dataclasses.replace(unit, reports_to=lines))
            elif action == "top":
                chart.update_unit(dataclasses.replace(unit, reports_to=()))
            elif action in ("add", "add-last"):
                serial += 1
                new = Unit(f"new{serial}", "New", "section", reports_to=(ReportingLine(other),), posts=a)
                chart.add_unit(new, None if action == "add-last" else b % 5)
            elif action == "remove" and chart.direct_reports(unit_id) in ([], [unit_id]) and len(chart) > 1:
                removed.append(chart.remove_unit(unit_id))
            elif action == "restore" and removed:
                chart.restore_unit(removed.pop())
            elif action == "move":
                chart.move_unit(unit_id, b % len(ids))
            elif action == "posts":
                chart.update_unit(dataclasses.replace(unit, posts=None if fail else b))
            elif action == "kind":
                chart.update_unit(dataclasses.replace(unit, kind="department" if fail else "office"))
            if fail:  # then something invalid: everything the block did is undone
                chart.add_unit(Unit(ids[0], "Again", "office"))
        assert_same_as_fresh(chart)


def _old_chain(units: dict[str, Unit], unit_id: str, scope: str) -> list[str]:
    """The chain as written before manager and chain asked reporting_line: the oracle."""
    chain, seen = [unit_id], {unit_id}
    current = next((line.to for line in units[unit_id].reports_to if line.applies_to(scope)), None)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        unit = units.get(current)
        if unit is None:
            break
        current = next((line.to for line in unit.reports_to if line.applies_to(scope)), None)
    return chain


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 7), st.sampled_from(SCOPES)), max_size=3),
        min_size=1,
        max_size=7,
    )
)
def test_manager_and_chain_follow_the_reporting_line(lines: list[list[tuple[int, str]]]) -> None:
    # lines of mixed scope, a unit with two (or the same one twice), cycles, and lines to
    # managers that are not there (u7 never is: a branch cut out of a chart)
    units = {
        f"u{i}": Unit(f"u{i}", f"U{i}", "office", reports_to=tuple(ReportingLine(f"u{t}", s) for t, s in own))
        for i, own in enumerate(lines)
    }
    tree = Hierarchy(lambda: units)
    for uid, unit in units.items():
        for scope in SCOPES:
            line = tree.reporting_line(uid, scope)
            expected = next((x for x in unit.reports_to if x.scope in ("all", scope)), None)
            assert line == expected
            assert tree.manager(uid, scope) == (line.to if line else None)
            chain = tree.chain(uid, scope)
            assert chain == _old_chain(units, uid, scope)
            for lower, upper in pairwise(chain):  # each step is the line followed
                assert tree.reporting_line(lower, scope).to == upper  # type: ignore[union-attr]
        assert tree.primary_manager(uid) == (unit.reports_to[0].to if unit.reports_to else None)
        top = [r for r in units if (x := tree.reporting_line(r)) is not None and x.to == uid]
        assert set(tree.subtree(uid)) >= {uid, *top}
    with pytest.raises(ChartError):
        tree.chain("u7")


def test_a_missing_manager_ends_the_chain() -> None:
    units = {
        "dpo": Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)),
        "oma": Unit("oma", "OMA", "office", reports_to=(ReportingLine("dpo", "mission"),)),
    }
    tree = Hierarchy(lambda: units)
    assert tree.chain("oma", "mission") == ["oma", "dpo", "sg"]
    assert tree.chain("oma") == ["oma"] and tree.manager("oma") is None
    assert tree.manager("dpo") == "sg" and tree.depth("oma", "mission") == 2
    assert tree.subtree("dpo") == ["dpo"]  # its report's only line is scoped


def test_departments_in_a_cycle_do_not_depend_on_the_memo() -> None:
    # a shared memo used to keep a cycle member's partial answer, so department_map() (the
    # editor, GraphML) and departments() asked alone (SVG, PDF, PPTX) disagreed
    chart = Chart(title="Cycle")
    chart.add_unit(Unit("dpo", "DPO", "department"))
    chart.add_unit(Unit("c", "C", "office"))
    chart.add_unit(Unit("d", "D", "office", reports_to=(ReportingLine("c"),)))
    chart.update_unit(chart.unit("c").with_changes(reports_to=(ReportingLine("d"), ReportingLine("dpo"))))
    tree = chart.hierarchy
    assert tree.departments("d") == ("dpo",)  # d reports to c, which reports to DPO
    assert tree.department_map() == {"dpo": ("dpo",), "c": ("dpo",), "d": ("dpo",)}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.lists(st.integers(0, 7), max_size=3)),
        min_size=1,
        max_size=7,
    ),
    st.randoms(use_true_random=False),
)
def test_departments_are_the_same_whatever_was_asked_before(
    spec: list[tuple[bool, list[int]]], rng: random.Random
) -> None:
    # cycles, units with several lines, lines to a unit not there (u7 never is)
    units = {
        f"u{i}": Unit(
            f"u{i}",
            f"U{i}",
            "department" if department else "office",
            reports_to=tuple(ReportingLine(f"u{t}") for t in targets),
        )
        for i, (department, targets) in enumerate(spec)
    }
    alone = {uid: Hierarchy(lambda: units).departments(uid) for uid in units}
    tree = Hierarchy(lambda: units)
    assert tree.department_map() == alone
    order = list(units)
    rng.shuffle(order)
    memo: dict[str, tuple[str, ...]] = {}
    assert {uid: tree.departments(uid, memo) for uid in order} == alone
