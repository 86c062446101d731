"""A transaction applies its changes all or nothing; listeners hear of them once, or never."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from orgeditor.model import (
    ChangeKind,
    Chart,
    ChartChange,
    ChartError,
    Group,
    Link,
    ReportingLine,
    Unit,
)


def chart_with_listener() -> tuple[Chart, list[Sequence[ChartChange]]]:
    chart = Chart(title="Demo", regions=("africa", "europe"))
    chart.add_unit(Unit("sg", "SG", "office"))
    chart.add_unit(Unit("a", "A", "department", reports_to=(ReportingLine("sg"),), regions=("africa",)))
    chart.add_unit(Unit("b", "B", "department", reports_to=(ReportingLine("sg"),)))
    chart.add_unit(Unit("c", "C", "division", reports_to=(ReportingLine("a"),)))
    chart.add_link(Link("c", "b", "advises"))
    chart.add_group(Group("g", "G", ("a", "b", "c")))
    chart.set_position("c", (1.0, 2.0))
    chart.set_pinned("c", True)
    chart.set_collapsed("a", True)
    heard: list[Sequence[ChartChange]] = []
    chart.subscribe(heard.append)
    return chart, heard


def test_a_failing_block_leaves_the_chart_and_its_listeners_untouched() -> None:
    chart, heard = chart_with_listener()
    before = chart.copy()
    reports_before = {u: chart.direct_reports(u) for u in chart.units}
    with pytest.raises(ChartError, match="already used"), chart.transaction():
        chart.update_unit(chart.unit("c").with_changes(name="Renamed", reports_to=(ReportingLine("b"),)))
        chart.remove_link(Link("c", "b", "advises"))
        chart.add_link(Link("b", "a", "informs"), 0)
        chart.update_group(Group("g", "G", ("a",)))
        chart.add_group(Group("h", "H", ("b",)), 0)
        chart.remove_group("g")
        chart.set_position("c", None)
        chart.set_position("b", (5.0, 5.0))
        chart.set_pinned("c", False)
        chart.set_collapsed("a", False)
        chart.set_direction("LR")
        chart.set_meta(title="Other", regions=("africa",), description="d")
        chart.move_unit("c", 0)
        record = chart.remove_unit("c")
        chart.restore_unit(record)
        chart.remove_unit("c")
        chart.add_unit(Unit("d", "D", "team", reports_to=(ReportingLine("b"),)), 1)
        chart.add_unit(Unit("e", "E", "team", reports_to=(ReportingLine("d"),)))
        chart.add_unit(Unit("sg", "again", "office"))
    assert chart == before
    assert heard == []
    assert {u: chart.direct_reports(u) for u in chart.units} == reports_before
    assert chart.subtree("sg") == before.subtree("sg")


def test_a_block_that_works_notifies_once_with_typed_changes() -> None:
    chart, heard = chart_with_listener()
    with chart.transaction():
        chart.update_unit(chart.unit("c").with_changes(name="Renamed"))
        chart.update_unit(chart.unit("b").with_changes(reports_to=(ReportingLine("a"),), kind="division"))
        chart.set_meta(title="Other")
    assert heard == [
        (
            ChartChange(ChangeKind.UNIT_CHANGED, ("c",), frozenset({"name"})),
            ChartChange(ChangeKind.UNIT_CHANGED, ("b",), frozenset({"reports_to", "kind"})),
            ChartChange(ChangeKind.META_CHANGED, (), frozenset({"title"})),
        )
    ]
    assert [c.reshapes for c in heard[0]] == [False, True, False]
    assert chart.direct_reports("a") == ["b", "c"]


def test_nested_transactions_join_the_outer_one() -> None:
    chart, heard = chart_with_listener()
    before = chart.copy()
    with pytest.raises(ChartError), chart.transaction():
        with chart.transaction():
            chart.update_unit(chart.unit("c").with_changes(name="Renamed"))
        chart.remove_unit("a")  # c reports to it
    assert chart == before
    assert heard == []


def test_an_invalid_meta_change_changes_nothing() -> None:
    chart, heard = chart_with_listener()
    with pytest.raises(ChartError):
        chart.set_meta(title="Other", regions=("europe",))  # a is in africa
    assert chart.title == "Demo"
    assert heard == []
