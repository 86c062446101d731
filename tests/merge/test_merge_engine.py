"""The three-way merge, case by case: each kind of element added, removed and changed on
either side, identical changes, conflicting changes, deletions against edits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from orgeditor.io import dump_chart, loads_chart
from orgeditor.merge import merge_charts
from orgeditor.model import Chart, Conflict, Group, Head, Link, PostBreakdown, ReportingLine, Unit

BASE = """orgchart: 1
title: Pillar
regions: [Africa, Europe]
units:
  sg: {name: Secretary-General, kind: office}
  dppa: {name: Department of Political and Peacebuilding Affairs, short: DPPA, kind: department,
    reports_to: sg, functions: [good-offices]}
  dpo: {name: Department of Peace Operations, short: DPO, kind: department, reports_to: sg, posts: 10}
  asg-africa:
    name: Office of the ASG for Africa
    kind: office
    head: {title: ASG for Africa, rank: ASG}
    regions: [Africa]
    reports_to: [{to: dppa, scope: non-mission}, {to: dpo, scope: mission}]
  minusma: {name: MINUSMA, kind: mission, presence: peacekeeping, reports_to: dpo}
links:
- {from: dppa, to: dpo, kind: coordinates}
groups:
  spg: {name: Standing Principals' Group, members: [dppa, dpo]}
layout:
  positions: {sg: [0, 0]}
"""

Edit = Callable[[Chart], None]


def base() -> Chart:
    return loads_chart(BASE)


def change(unit_id: str, **fields: object) -> Edit:
    def edit(chart: Chart) -> None:
        chart.update_unit(chart.unit(unit_id).with_changes(**fields))

    return edit


def add(unit_id: str, to: str = "sg", index: int | None = None, **fields: object) -> Edit:
    def edit(chart: Chart) -> None:
        chart.add_unit(
            Unit(unit_id, unit_id.upper(), "unit", reports_to=(ReportingLine(to),), **fields), index
        )

    return edit


def remove(unit_id: str) -> Edit:
    return lambda chart: chart.remove_unit(unit_id) and None


def both(*edits: Edit) -> Edit:
    def edit(chart: Chart) -> None:
        for one in edits:
            one(chart)

    return edit


def nothing(chart: Chart) -> None:
    pass


def merge(ours_edit: Edit, theirs_edit: Edit) -> tuple[Chart, tuple[Conflict, ...]]:
    ours, theirs = base(), base()
    ours_edit(ours)
    theirs_edit(theirs)
    result = merge_charts(base(), ours, theirs)
    text = dump_chart(result.chart)
    assert loads_chart(text) == result.chart  # the result always loads
    return result.chart, result.conflicts


def ats(conflicts: tuple[Conflict, ...]) -> list[str]:
    return [c.at for c in conflicts]


AFRICA_LINES = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))

# (name, ours, theirs, check of the merged chart, conflicts expected)
CASES: list[tuple[str, Edit, Edit, Callable[[Chart], bool], list[str]]] = [
    ("nothing", nothing, nothing, lambda c: c == base(), []),
    ("unit added by ours", add("x"), nothing, lambda c: "x" in c.units, []),
    ("unit added by theirs", nothing, add("x"), lambda c: list(c.units)[-1] == "x", []),
    ("same unit added by both", add("x"), add("x"), lambda c: "x" in c.units, []),
    (
        "both add a unit at the same place",
        add("x", index=2),
        add("y", index=2),
        lambda c: list(c.units)[:4] == ["sg", "dppa", "x", "y"],
        [],
    ),
    (
        "both append",
        add("x"),
        add("y"),
        lambda c: list(c.units)[-2:] == ["x", "y"],
        [],
    ),
    (
        "same id added differently",
        add("x", note="ours"),
        add("x", note="theirs"),
        lambda c: c.unit("x").note == "ours",
        ["units.x.note"],
    ),
    ("unit removed by ours", remove("minusma"), nothing, lambda c: "minusma" not in c.units, []),
    ("unit removed by theirs", nothing, remove("minusma"), lambda c: "minusma" not in c.units, []),
    ("unit removed by both", remove("minusma"), remove("minusma"), lambda c: "minusma" not in c.units, []),
    (
        "removed by ours, edited by theirs",
        remove("minusma"),
        change("minusma", posts=5),
        lambda c: "minusma" not in c.units,
        ["units.minusma"],
    ),
    (
        "edited by ours, removed by theirs",
        change("minusma", posts=5),
        remove("minusma"),
        lambda c: c.unit("minusma").posts == 5,
        ["units.minusma"],
    ),
    (
        "different fields of one unit",
        change("dpo", name="DPO renamed"),
        change("dpo", posts=12),
        lambda c: c.unit("dpo").name == "DPO renamed" and c.unit("dpo").posts == 12,
        [],
    ),
    (
        "same field, same value",
        change("dpo", posts=12),
        change("dpo", posts=12),
        lambda c: c.unit("dpo").posts == 12,
        [],
    ),
    (
        "same field, different values",
        change("dpo", posts=12),
        change("dpo", posts=14),
        lambda c: c.unit("dpo").posts == 12,
        ["units.dpo.posts"],
    ),
    (
        "reporting lines of a regional ASG changed both ways",
        change("asg-africa", reports_to=(ReportingLine("dppa"),)),
        change("asg-africa", reports_to=(ReportingLine("dpo"),)),
        lambda c: c.unit("asg-africa").reports_to == (ReportingLine("dppa"),),
        ["units.asg-africa.reports_to"],
    ),
    (
        "reporting line moved by theirs",
        nothing,
        change("minusma", reports_to=(ReportingLine("asg-africa", "mission"),)),
        lambda c: c.unit("minusma").reports_to == (ReportingLine("asg-africa", "mission"),),
        [],
    ),
    (
        "functions added on both sides",
        change("dppa", functions=("good-offices", "mediation-support")),
        change("dppa", functions=("good-offices", "electoral-assistance")),
        lambda c: c.unit("dppa").functions == ("good-offices", "mediation-support", "electoral-assistance"),
        [],
    ),
    (
        "function removed by one, another added by the other",
        change("dppa", functions=()),
        change("dppa", functions=("good-offices", "electoral-assistance")),
        lambda c: c.unit("dppa").functions == ("electoral-assistance",),
        [],
    ),
    (
        "head parts changed apart",
        change("asg-africa", head=Head("ASG for Africa", "ASG", "female")),
        change("asg-africa", head=Head("ASG for Africa", "ASG", None, "Bintou Keita")),
        lambda c: c.unit("asg-africa").head == Head("ASG for Africa", "ASG", "female", "Bintou Keita"),
        [],
    ),
    (
        "head rank changed both ways",
        change("asg-africa", head=Head("ASG for Africa", "USG")),
        change("asg-africa", head=Head("ASG for Africa", "D-2")),
        lambda c: c.unit("asg-africa").head == Head("ASG for Africa", "USG"),
        ["units.asg-africa.head"],
    ),
    (
        "link added by theirs",
        nothing,
        lambda c: c.add_link(Link("dpo", "sg", "informs")),
        lambda c: len(c.links) == 2,
        [],
    ),
    (
        "link removed by ours",
        lambda c: c.remove_link(Link("dppa", "dpo", "coordinates")) and None,
        nothing,
        lambda c: not c.links,
        [],
    ),
    (
        "links added on both sides",
        lambda c: c.add_link(Link("sg", "dpo", "informs")),
        lambda c: c.add_link(Link("sg", "dppa", "informs")),
        lambda c: [k.target for k in c.links] == ["dpo", "dpo", "dppa"],
        [],
    ),
    (
        "group members added on both sides",
        lambda c: c.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "sg"))) and None,
        lambda c: (
            c.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "minusma"))) and None
        ),
        lambda c: c.groups["spg"].members == ("dppa", "dpo", "sg", "minusma"),
        [],
    ),
    (
        "group renamed both ways",
        lambda c: c.update_group(Group("spg", "SPG", ("dppa", "dpo"))) and None,
        lambda c: c.update_group(Group("spg", "Principals", ("dppa", "dpo"))) and None,
        lambda c: c.groups["spg"].name == "SPG",
        ["groups.spg"],
    ),
    (
        "group removed by theirs, edited by ours",
        lambda c: c.update_group(Group("spg", "SPG", ("dppa", "dpo"))) and None,
        lambda c: c.remove_group("spg") and None,
        lambda c: c.groups["spg"].name == "SPG",
        ["groups.spg"],
    ),
    (
        "group removed by theirs",
        nothing,
        lambda c: c.remove_group("spg") and None,
        lambda c: not c.groups,
        [],
    ),
    (
        "group added by theirs",
        nothing,
        lambda c: c.add_group(Group("g", "G", ("sg",))),
        lambda c: list(c.groups) == ["spg", "g"],
        [],
    ),
    (
        "title changed both ways",
        lambda c: c.set_meta(title="Ours"),
        lambda c: c.set_meta(title="Theirs"),
        lambda c: c.title == "Ours",
        ["chart.title"],
    ),
    (
        "description by theirs, title by ours",
        lambda c: c.set_meta(title="Ours"),
        lambda c: c.set_meta(description="Theirs"),
        lambda c: (c.title, c.description) == ("Ours", "Theirs"),
        [],
    ),
    (
        "card moved by both: ours kept, no conflict",
        lambda c: c.set_position("sg", (1, 1)),
        lambda c: c.set_position("sg", (2, 2)),
        lambda c: c.position("sg") == (1.0, 1.0),
        [],
    ),
    (
        "card placed and folded apart",
        lambda c: c.set_position("dpo", (5, 5)),
        lambda c: c.set_collapsed("dpo", True),
        lambda c: c.position("dpo") == (5.0, 5.0) and c.layout.collapsed == ["dpo"],
        [],
    ),
    (
        "units reordered by theirs only",
        nothing,
        lambda c: c.move_unit("minusma", 1) and None,
        lambda c: list(c.units)[1] == "minusma",
        [],
    ),
]


@pytest.mark.parametrize(("name", "ours", "theirs", "holds", "conflicts"), CASES, ids=[c[0] for c in CASES])
def test_merge_case(
    name: str, ours: Edit, theirs: Edit, holds: Callable[[Chart], bool], conflicts: list[str]
) -> None:
    chart, found = merge(ours, theirs)
    assert holds(chart), dump_chart(chart)
    assert ats(found) == conflicts
    assert ats(chart.conflicts) == conflicts


@pytest.mark.parametrize(("name", "ours", "theirs", "holds", "conflicts"), CASES, ids=[c[0] for c in CASES])
def test_merge_case_mirrored_has_the_same_conflicts(
    name: str, ours: Edit, theirs: Edit, holds: Callable[[Chart], bool], conflicts: list[str]
) -> None:
    _, found = merge(theirs, ours)
    assert sorted(ats(found)) == sorted(conflicts)


def test_a_conflict_holds_the_base_and_theirs_values() -> None:
    _, (conflict,) = merge(
        change("asg-africa", reports_to=(ReportingLine("dppa"),)),
        change("asg-africa", reports_to=(ReportingLine("dpo", "mission"),)),
    )
    assert conflict.base == ({"to": "dppa", "scope": "non-mission"}, {"to": "dpo", "scope": "mission"})
    assert conflict.theirs == ({"to": "dpo", "scope": "mission"},)


def test_a_delete_against_an_edit_keeps_theirs_unit_in_the_conflict() -> None:
    chart, (conflict,) = merge(remove("minusma"), change("minusma", posts=5))
    assert conflict.at == "units.minusma"
    assert conflict.base["name"] == "MINUSMA" and conflict.theirs["posts"] == 5
    assert "minusma" not in chart.units


def test_a_unit_theirs_attaches_under_a_unit_ours_deleted_keeps_it() -> None:
    chart, found = merge(remove("minusma"), add("team", to="minusma"))
    assert chart.unit("team").reports_to == (ReportingLine("minusma"),)
    assert "minusma" in chart.units
    assert ats(found) == ["units.minusma"]


def test_a_line_theirs_draws_to_a_unit_ours_deleted_keeps_ours_lines() -> None:
    chart, found = merge(remove("minusma"), change("dpo", reports_to=(ReportingLine("minusma"),)))
    assert "minusma" not in chart.units
    assert chart.unit("dpo").reports_to == (ReportingLine("sg"),)
    assert ats(found) == ["units.dpo.reports_to"]


def test_a_unit_ours_still_needs_is_kept_though_theirs_deleted_it() -> None:
    chart, found = merge(add("team", to="minusma"), remove("minusma"))
    assert "minusma" in chart.units
    assert ats(found) == ["units.minusma"]
    assert found[0].theirs is None


def test_a_cycle_neither_side_drew_is_a_conflict() -> None:
    chart, found = merge(
        change("dppa", reports_to=(ReportingLine("dpo"),)),
        change("dpo", reports_to=(ReportingLine("dppa"),)),
    )
    assert ats(found) == ["units.dpo.reports_to"]
    assert chart.unit("dppa").reports_to == (ReportingLine("dpo"),)
    assert chart.unit("dpo").reports_to == (ReportingLine("sg"),)


def test_a_link_or_member_naming_a_unit_ours_deleted_is_dropped_as_a_conflict() -> None:
    chart, found = merge(
        remove("minusma"),
        both(
            lambda c: c.add_link(Link("minusma", "dpo", "informs")),
            lambda c: (
                c.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "minusma")))
                and None
            ),
        ),
    )
    assert "minusma" not in chart.units
    assert sorted(ats(found)) == ["groups.spg", "links.minusma>dpo"]
    assert chart.groups["spg"].members == ("dppa", "dpo") and len(chart.links) == 1


def test_a_region_theirs_took_off_the_list_while_ours_used_it_is_put_back() -> None:
    chart, found = merge(
        change("minusma", regions=("Europe",)),
        both(change("asg-africa", regions=("Africa",)), lambda c: c.set_meta(regions=["Africa"])),
    )
    assert chart.regions == ("Africa", "Europe")
    assert ats(found) == ["chart.regions"]


def test_a_unit_renamed_by_ours_takes_theirs_edits() -> None:
    ours, theirs = base(), base()
    ours.remove_unit("minusma")
    ours.add_unit(
        Unit(
            "minusma-mission",
            "MINUSMA",
            "mission",
            reports_to=(ReportingLine("dpo"),),
            presence="peacekeeping",
        )
    )
    theirs.update_unit(theirs.unit("minusma").with_changes(posts=7))
    result = merge_charts(base(), ours, theirs)
    assert "minusma" not in result.chart.units
    assert result.chart.unit("minusma-mission").posts == 7
    assert not result.conflicts


def test_conflicts_already_in_a_file_are_kept_until_resolved() -> None:
    ours, theirs = base(), base()
    ours.set_meta(conflicts=[Conflict("units.dpo.name", "a", "b")])
    result = merge_charts(base(), ours, theirs)
    assert ats(result.chart.conflicts) == ["units.dpo.name"] and not result.conflicts
    resolved_base = ours.copy()
    theirs_resolved = ours.copy()
    theirs_resolved.set_meta(conflicts=())
    again = merge_charts(resolved_base, ours, theirs_resolved)
    assert not again.chart.conflicts


def test_posts_by_grade_merge_count_by_count() -> None:
    start = base()
    start.update_unit(
        start.unit("dpo").with_changes(post_breakdown=PostBreakdown.from_grades({"USG": 1, "P-4": 4}))
    )
    ours, theirs = start.copy(), start.copy()
    ours.update_unit(
        ours.unit("dpo").with_changes(post_breakdown=PostBreakdown.from_grades({"USG": 1, "P-4": 5}))
    )
    theirs.update_unit(
        theirs.unit("dpo").with_changes(
            post_breakdown=PostBreakdown.from_grades({"USG": 1, "P-4": 4, "GS": 2})
        )
    )
    result = merge_charts(start, ours, theirs)
    assert result.chart.unit("dpo").post_breakdown == PostBreakdown.from_grades({"USG": 1, "P-4": 5, "GS": 2})
    assert result.chart.unit("dpo").posts == 8 and not result.conflicts
    theirs.update_unit(
        theirs.unit("dpo").with_changes(post_breakdown=PostBreakdown.from_grades({"USG": 1, "P-4": 3}))
    )
    clash = merge_charts(start, ours, theirs)
    assert [c.at for c in clash.conflicts] == ["units.dpo.posts"]
    assert clash.chart.unit("dpo").posts == 6
