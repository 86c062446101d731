"""The chart keeps its invariants, notifies only on real changes, and answers queries."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.model import (
    ChangeKind,
    Chart,
    ChartChange,
    ChartError,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
    build_chart,
)


def pillar() -> Chart:
    return build_chart(
        title="Pillar",
        units=[
            Unit("sg", "Secretary-General", "office", head=Head(rank="SG")),
            Unit("eosg", "EOSG", "office", reports_to=(ReportingLine("sg"),)),
            Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)),
            Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)),
            Unit(
                "asg-africa",
                "ASG Africa",
                "office",
                reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
            ),
            Unit("wad", "Western Africa Division", "division", reports_to=(ReportingLine("asg-africa"),)),
            Unit(
                "minusma",
                "MINUSMA",
                "mission",
                presence="peacekeeping",
                reports_to=(ReportingLine("wad", "mission"),),
            ),
            Unit("pbso", "PBSO", "office", reports_to=(ReportingLine("dppa"),)),
        ],
        links=[Link("pbso", "eosg", "functional")],
        groups=[Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg"))],
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[ChartChange, ...]] = []

    def __call__(self, changes: Sequence[ChartChange]) -> None:
        self.calls.append(tuple(changes))


def test_queries() -> None:
    chart = pillar()
    assert chart.direct_reports("sg") == ["eosg", "dppa", "dpo"]
    assert chart.direct_reports("dpo", "mission") == ["asg-africa"]
    assert chart.direct_reports("dpo", "non-mission") == []
    assert chart.chain("minusma", "mission") == ["minusma", "wad", "asg-africa", "dpo", "sg"]
    assert chart.chain("wad", "non-mission") == ["wad", "asg-africa", "dppa", "sg"]
    assert chart.chain("minusma", "all") == ["minusma"]
    assert chart.subtree("dppa") == ["dppa", "pbso"]
    assert chart.subtree("asg-africa") == ["asg-africa", "wad"]
    assert chart.roots() == ["sg"]
    assert chart.groups_of("dpo") == ["spg"]


def test_graph_view_has_scoped_edges() -> None:
    graph = pillar().graph()
    assert graph.number_of_nodes() == 8
    assert {d["scope"] for _, _, d in graph.out_edges("asg-africa", data=True)} == {"mission", "non-mission"}
    assert pillar().graph("mission").has_edge("minusma", "wad")
    assert not pillar().graph("non-mission").has_edge("minusma", "wad")


def test_chain_stops_at_a_cycle() -> None:
    chart = pillar()
    chart.update_unit(chart.unit("sg").with_changes(reports_to=(ReportingLine("pbso"),)))
    assert chart.chain("pbso") == ["pbso", "dppa", "sg"]


@pytest.mark.parametrize(
    "unit",
    [
        Unit("dpo", "Duplicate", "office"),
        Unit("spg", "Clashes with a group", "office"),
        Unit("x", "Dangling", "office", reports_to=(ReportingLine("nobody"),)),
        Unit("x", "Bad kind", "ministry"),
        Unit("x", "Bad scope", "office", reports_to=(ReportingLine("sg", "sometimes"),)),
        Unit("x", "Presence on an office", "office", presence="peacekeeping"),
        Unit("X", "Bad id", "office"),
        Unit("x", " ", "office"),
        Unit("x", "Negative posts", "office", posts=-1),
    ],
)
def test_invalid_units_are_refused_without_change(unit: Unit) -> None:
    chart = pillar()
    before = chart.copy()
    recorder = Recorder()
    chart.subscribe(recorder)
    with pytest.raises(ChartError):
        chart.add_unit(unit)
    assert chart == before
    assert recorder.calls == []


def test_notifies_only_on_real_change() -> None:
    chart = pillar()
    recorder = Recorder()
    chart.subscribe(recorder)
    chart.update_unit(chart.unit("dpo"))
    chart.set_position("dpo", None)
    chart.set_pinned("dpo", False)
    chart.set_meta(title="Pillar")
    assert recorder.calls == []
    chart.update_unit(chart.unit("dpo").with_changes(name="Department of Peace Operations"))
    assert recorder.calls == [(ChartChange(ChangeKind.UNIT_CHANGED, ("dpo",), frozenset({"name"})),)]


def test_batch_notifies_once() -> None:
    chart = pillar()
    recorder = Recorder()
    chart.subscribe(recorder)
    with chart.batch():
        chart.set_position("sg", (0, 0))
        chart.set_position("dpo", (100, 50))
    assert len(recorder.calls) == 1
    assert len(recorder.calls[0]) == 2


def test_remove_and_restore_unit_puts_everything_back() -> None:
    chart = pillar()
    chart.set_position("eosg", (10, 20))
    chart.set_pinned("eosg", True)
    before = chart.copy()
    record = chart.remove_unit("eosg")
    assert "eosg" not in chart.units
    assert chart.links == ()
    assert chart.groups["spg"].members == ("dppa", "dpo")
    assert "eosg" not in chart.layout.positions
    chart.restore_unit(record)
    assert chart == before


def test_cannot_remove_a_unit_others_report_to() -> None:
    chart = pillar()
    with pytest.raises(ChartError, match="report to it"):
        chart.remove_unit("dppa")


def test_move_and_equality_respect_order() -> None:
    chart = pillar()
    other = pillar()
    chart.move_unit("pbso", 0)
    assert next(iter(chart.units)) == "pbso"
    assert chart != other
    chart.move_unit("pbso", 7)
    assert chart == other


def test_links_and_groups() -> None:
    chart = pillar()
    link = Link("dpo", "dppa", "coordinates")
    chart.add_link(link)
    with pytest.raises(ChartError):
        chart.add_link(link)
    assert chart.remove_link(link) == 1
    with pytest.raises(ChartError):
        chart.add_group(Group("g", "Dangling", ("nobody",)))
    old = chart.update_group(Group("spg", "SPG", ("dppa", "dpo")))
    assert old.members == ("dppa", "dpo", "eosg")
    assert chart.remove_group("spg")[0] == 0


def test_regions_vocabulary_is_kept() -> None:
    chart = pillar()
    chart.set_meta(regions=["Africa"])
    with pytest.raises(ChartError):
        chart.add_unit(Unit("x", "X", "office", regions=("Europe",)))
    chart.add_unit(Unit("x", "X", "office", regions=("Africa",)))
    with pytest.raises(ChartError):
        chart.set_meta(regions=["Europe"])


def test_control_characters_are_refused_in_text() -> None:
    chart = pillar()
    with pytest.raises(ChartError, match="control character"):
        chart.update_unit(chart.unit("dpo").with_changes(name="DPO\x00"))
    with pytest.raises(ChartError, match="control character"):
        chart.set_meta(title="Pillar\x1b")
    chart.set_meta(description="two lines\n\tand a tab")


def test_units_below_follows_every_scope() -> None:
    chart = pillar()
    assert chart.units_below(["dpo"]) == {"dpo", "asg-africa", "wad", "minusma"}
    assert chart.units_below(["pbso", "nobody"]) == {"pbso"}


def test_direct_reports_follow_display_order_after_a_move() -> None:
    chart = pillar()
    chart.move_unit("dpo", 1)
    assert chart.direct_reports("sg") == ["dpo", "eosg", "dppa"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["line", "dual", "top", "add", "remove", "move"]),
            st.integers(0, 50),
            st.integers(0, 50),
        ),
        max_size=30,
    )
)
def test_direct_reports_kept_through_edits_equal_a_fresh_index(edits: list[tuple[str, int, int]]) -> None:
    chart = pillar()
    serial = 0
    for action, a, b in edits:
        ids = list(chart.units)
        unit_id, other = ids[a % len(ids)], ids[b % len(ids)]
        unit = chart.unit(unit_id)
        chart.direct_reports(other)  # the index exists: edits must keep it right
        if action == "line":
            chart.update_unit(dataclasses.replace(unit, reports_to=(ReportingLine(other),)))
        elif action == "dual" and other != unit_id and unit.reports_to and unit.reports_to[0].to != other:
            lines = (ReportingLine(unit.reports_to[0].to, "mission"), ReportingLine(other, "non-mission"))
            chart.update_unit(dataclasses.replace(unit, reports_to=lines))
        elif action == "top":
            chart.update_unit(dataclasses.replace(unit, reports_to=()))
        elif action == "add":
            serial += 1
            chart.add_unit(Unit(f"new{serial}", "New", "section", reports_to=(ReportingLine(other),)), b % 5)
        elif action == "remove" and chart.direct_reports(unit_id) in ([], [unit_id]) and len(chart) > 1:
            chart.remove_unit(unit_id)
        elif action == "move":
            chart.move_unit(unit_id, b % len(ids))
        fresh = chart.copy()
        for uid in chart.units:
            assert chart.direct_reports(uid) == fresh.direct_reports(uid), (action, uid)


def test_position_reads_the_saved_layout_without_handing_it_out() -> None:
    chart = pillar()
    assert chart.position("dpo") is None
    chart.set_position("dpo", (100, 50))
    assert chart.position("dpo") == (100.0, 50.0) == chart.layout.positions["dpo"]
    chart.layout.positions["dpo"] = (1.0, 1.0)  # a copy: the chart is not changed behind its back
    assert chart.position("dpo") == (100.0, 50.0)
