"""The shared layout: the union chart, drawing statuses and what each side shows."""

from __future__ import annotations

from compare_pairs import chart_after, chart_before

from orgeditor.diff import ChartDiff, diff_charts
from orgeditor.model import Chart, ReportingLine, Unit, build_chart
from orgeditor.ui.compare.shared import display_statuses, shared_layout, side_content, union_chart


def _diff() -> ChartDiff:
    return diff_charts(chart_before(), chart_after(), check=False)


def test_union_holds_b_and_the_removed_units_of_a_in_place() -> None:
    union = union_chart(_diff())
    assert list(union.units) == ["sg", "dppa", "dpo", "div-x", "div-new", "mission-m", "old-unit", "stray"]
    assert union.units["old-unit"].reports_to == (ReportingLine("dpo"),)
    assert union.units["mission-m"].reports_to == (ReportingLine("dpo", "mission"),)


def test_display_statuses_tell_moved_from_changed() -> None:
    statuses = display_statuses(_diff())
    assert statuses == {
        "sg": "same",
        "dppa": "changed",
        "dpo": "same",
        "div-x": "same",
        "div-new": "added",
        "mission-m": "moved",
        "stray": "added",
        "old-unit": "removed",
    }


def test_each_side_draws_its_own_units_and_ghosts_of_the_others() -> None:
    diff = _diff()
    a, b = side_content(diff, "a"), side_content(diff, "b")
    assert set(a.units) == set(diff.a.units) and set(a.ghosts) == {"div-new", "stray"}
    assert set(b.units) == set(diff.b.units) and set(b.ghosts) == {"old-unit"}
    assert a.lines[("mission-m", "div-x", "mission")] == "removed"
    assert a.lines[("div-x", "dppa", "all")] == "same"
    assert b.lines[("mission-m", "dpo", "mission")] == "added"
    assert a.links[("dppa", "dpo", "informs")] == "removed"
    assert not b.links
    assert b.groups["spg"].members == {"dppa": "same", "dpo": "same", "sg": "added"}
    assert a.groups["spg"].status == "same"


def test_renamed_units_are_drawn_once_under_their_new_id() -> None:
    def chart(ids: tuple[str, str]) -> Chart:
        return build_chart(
            title="T",
            units=[
                Unit(ids[0], "Secretary-General", "office"),
                Unit(ids[1], "Office X", "office", reports_to=(ReportingLine(ids[0]),)),
            ],
        )

    diff = diff_charts(chart(("sg", "x")), chart(("sg", "office-x")), check=False)
    assert [(r.old_id, r.new_id) for r in diff.units_renamed] == [("x", "office-x")]
    assert list(union_chart(diff).units) == ["sg", "office-x"]
    a = side_content(diff, "a")
    assert a.ids["office-x"] == "x" and not a.ghosts
    assert a.lines == {("office-x", "sg", "all"): "same"}


def test_one_layout_places_every_unit_of_both_sides() -> None:
    diff = _diff()
    layout = shared_layout(diff, method="tidy")
    assert set(layout.positions) == set(diff.b.units) | {"old-unit"}
    route = layout.line_route(("mission-m", "div-x", "mission"))  # a line only A has
    assert len(route) >= 2
    assert layout.bounds[2] > 0
