"""Tiers: a unit's depth along its first reporting line, capped, computed in one pass."""

from __future__ import annotations

import doctest
from types import SimpleNamespace
from typing import cast

import orgeditor.render.tiers as tiers_module
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.render.tiers import MAX_TIER, card_tiers, clamp_tier


def _chain(length: int) -> Chart:
    """u0 (a root) <- u1 <- u2 ... each reporting to the one before."""
    chart = Chart()
    chart.add_unit(Unit("u0", "Root", "office"))
    for i in range(1, length):
        chart.add_unit(Unit(f"u{i}", f"Unit {i}", "office", reports_to=(ReportingLine(f"u{i - 1}"),)))
    return chart


def test_tier_is_the_depth_along_the_first_line_capped() -> None:
    tiers = card_tiers(_chain(8))
    assert [tiers[f"u{i}"] for i in range(8)] == [0, 1, 2, 3, 4, 4, 4, 4]
    assert MAX_TIER == 4


def test_only_the_first_line_counts() -> None:
    chart = _chain(4)  # u3 is at tier 3
    lines = (ReportingLine("u0", "non-mission"), ReportingLine("u3", "mission"))
    chart.add_unit(Unit("asg", "ASG", "office", reports_to=lines))
    chart.add_unit(Unit("deep", "Deep", "office", reports_to=(ReportingLine("u3"), ReportingLine("u0"))))
    tiers = card_tiers(chart)
    assert tiers["asg"] == 1
    assert tiers["deep"] == 4


def test_the_tier_does_not_depend_on_the_order_units_are_listed() -> None:
    chart = _chain(6)
    for unit_id in ["u5", "u0", "u3"]:  # leaves first: the memo must still be exact
        chart.move_unit(unit_id, 0)
    assert card_tiers(chart) == card_tiers(_chain(6))


def test_a_cycle_ends_the_walk() -> None:
    chart = Chart()
    chart.add_unit(Unit("a", "A", "office"))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("a"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    chart.add_unit(Unit("self", "Self", "office"))
    chart.update_unit(chart.unit("self").with_changes(reports_to=(ReportingLine("self"),)))
    chart.add_unit(Unit("below", "Below", "office", reports_to=(ReportingLine("a"),)))
    chart.add_unit(Unit("root", "Root", "office"))
    # terminates, and a cycle that never reaches a root is as deep as can be
    assert card_tiers(chart) == {"a": 4, "b": 4, "self": 4, "below": 4, "root": 0}


def test_a_line_to_a_unit_not_in_the_chart_ends_at_a_root() -> None:
    # a branch cut out of a chart (a chart itself refuses such a line): its top reports to a
    # unit left behind
    units = {
        "dpo": Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)),
        "oma": Unit("oma", "OMA", "office", reports_to=(ReportingLine("dpo"),)),
    }
    assert card_tiers(cast(Chart, SimpleNamespace(units=units))) == {"dpo": 0, "oma": 1}


def test_the_tier_follows_the_hierarchys_primary_manager() -> None:
    # the chart's hierarchy says whose first line it is: a first line of any scope counts,
    # and reordering a unit's lines moves it
    chart = _chain(4)
    lines = (ReportingLine("u3", "mission"), ReportingLine("u0"))
    chart.add_unit(Unit("two", "Two lines", "office", reports_to=lines))
    hierarchy = chart.hierarchy
    for unit_id, tier in card_tiers(chart).items():
        steps, current = 0, hierarchy.primary_manager(unit_id)
        while current is not None:
            steps, current = steps + 1, hierarchy.primary_manager(current)
        assert tier == steps, unit_id
    assert hierarchy.primary_manager("two") == "u3" and card_tiers(chart)["two"] == 4
    chart.update_unit(chart.unit("two").with_changes(reports_to=lines[::-1]))
    assert hierarchy.primary_manager("two") == "u0" and card_tiers(chart)["two"] == 1


def test_some_units_only() -> None:
    assert card_tiers(_chain(5), ["u4", "u1", "gone"]) == {"u4": 4, "u1": 1}


def test_a_deep_chart_needs_no_recursion() -> None:
    tiers = card_tiers(_chain(20_000))
    assert tiers["u19999"] == MAX_TIER and tiers["u2"] == 2


def test_clamp() -> None:
    assert [clamp_tier(t) for t in (-3, 0, 2, 4, 99)] == [0, 0, 2, 4, 4]


def test_docstring_examples() -> None:
    result = doctest.testmod(tiers_module)
    assert result.failed == 0 and result.attempted > 0
