"""Properties of the merge on random charts and random edits: a side that changed nothing
yields to the other, and two sides that made the same changes give those changes."""

from __future__ import annotations

from chart_strategies import charts
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_journal import apply_random_edit

from orgeditor.io import dump_chart, loads_chart
from orgeditor.merge import merge_charts
from orgeditor.model import Chart, ChartError, Group

EDITS = st.lists(st.tuples(st.integers(0, 11), st.integers(0, 1000), st.integers(0, 1000)), max_size=12)


def edit(chart: Chart, what: int, a: int, b: int) -> None:
    """The journal tests' random edits, and edits of links, groups and the chart's fields."""
    try:
        if what < 8:
            apply_random_edit(chart, what, a, b)
        elif what == 8 and chart.links:
            chart.remove_link(chart.links[a % len(chart.links)])
        elif what == 9:
            chart.set_meta(title=f"Title {a}", description=None if b % 2 else f"About {b}")
        elif what == 10 and chart.units:
            ids = list(chart.units)
            members = tuple(dict.fromkeys([ids[a % len(ids)], ids[b % len(ids)]]))
            group_id = f"g{a % 3}"
            if group_id in chart.groups:
                chart.update_group(Group(group_id, f"Group {b}", members))
            elif group_id not in chart.units:
                chart.add_group(Group(group_id, f"Group {b}", members))
        elif what == 11 and chart.groups:
            chart.remove_group(list(chart.groups)[a % len(chart.groups)])
    except ChartError:
        pass


def edited(chart: Chart, edits: list[tuple[int, int, int]]) -> Chart:
    copy = chart.copy()
    for what, a, b in edits:
        edit(copy, what, a, b)
    return copy


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True), EDITS)
def test_theirs_unchanged_gives_ours(base: Chart, edits: list[tuple[int, int, int]]) -> None:
    ours = edited(base, edits)
    result = merge_charts(base, ours, base.copy())
    assert result.chart == ours
    assert not result.conflicts


@SETTINGS
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True), EDITS)
def test_the_same_changes_on_both_sides_are_one_change(
    base: Chart, edits: list[tuple[int, int, int]]
) -> None:
    ours = edited(base, edits)
    result = merge_charts(base, ours, ours.copy())
    assert result.chart == ours
    assert not result.conflicts


@SETTINGS
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True), EDITS)
def test_ours_unchanged_takes_theirs_units(base: Chart, edits: list[tuple[int, int, int]]) -> None:
    theirs = edited(base, edits)
    assume(len(theirs.units))  # as every chart file holds
    result = merge_charts(base, base.copy(), theirs)
    assert not result.conflicts
    assert dict(result.chart.units) == dict(theirs.units)
    assert set(result.chart.links) == set(theirs.links)


@SETTINGS
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True), EDITS, EDITS)
def test_any_two_edits_merge_into_a_chart_that_loads(
    base: Chart, ours_edits: list[tuple[int, int, int]], theirs_edits: list[tuple[int, int, int]]
) -> None:
    ours, theirs = edited(base, ours_edits), edited(base, theirs_edits)
    assume(len(ours.units) and len(theirs.units))  # as every chart file holds
    result = merge_charts(base, ours, theirs)
    text = dump_chart(result.chart)
    assert loads_chart(text) == result.chart
    assert set(result.conflicts) <= set(result.chart.conflicts)
    if not result.conflicts:  # each side's own units are there, as merged
        assert set(result.chart.units) >= {u for u in ours.units if u in theirs.units}
