"""The diff engine on small chart pairs built in code, one category at a time."""

from __future__ import annotations

from diff_pillar import line, pillar

from orgeditor.diff import (
    FieldChange,
    FindingRef,
    LineRef,
    LinkRef,
    Move,
    Rename,
    diff_charts,
)
from orgeditor.model import Chart, Group, Head, Link, Unit


def compare(a: Chart, b: Chart, **kwargs: object):  # type: ignore[no-untyped-def]
    return diff_charts(a, b, check=False, **kwargs)  # type: ignore[arg-type]


def test_identical_charts_give_an_empty_diff() -> None:
    a = pillar()
    diff = compare(a, pillar())
    assert not diff
    assert diff.is_empty and not diff.structural
    assert diff.totals_units == (9, 9)
    assert diff.totals_posts == (340, 340)
    assert all(diff.status_of(uid) == "same" for uid in a.units)


def test_division_added() -> None:
    b = pillar()
    b.add_unit(Unit("africa-i", "Africa I Division", "division", reports_to=(line("asg-africa"),)))
    diff = compare(pillar(), b)
    assert diff.units_added == ("africa-i",)
    assert diff.reporting_added == (LineRef("africa-i", "asg-africa", "all"),)
    assert not diff.units_changed and not diff.units_removed and not diff.reporting_removed
    assert diff.status_of("africa-i") == "added"
    assert diff.totals_units == (9, 10)


def test_mission_removed() -> None:
    b = pillar()
    b.remove_unit("minusma")
    diff = compare(pillar(), b)
    assert diff.units_removed == ("minusma",)
    assert diff.reporting_removed == (LineRef("minusma", "africa-ii", "mission"),)
    assert diff.functions_lost == ("police",)
    assert diff.status_of("minusma") == "removed"
    assert not diff.units_added and not diff.units_changed


def test_mission_line_moved_to_another_scope() -> None:
    b = pillar()
    b.update_unit(b.unit("unama").with_changes(reports_to=(line("dpo", "mission"),)))
    diff = compare(pillar(), b)
    (change,) = diff.units_changed
    assert change.id == "unama"
    assert change.fields == (FieldChange("reports_to", (line("dppa"),), (line("dpo", "mission"),)),)
    assert diff.reporting_added == (LineRef("unama", "dpo", "mission"),)
    assert diff.reporting_removed == (LineRef("unama", "dppa", "all"),)
    assert diff.lines_of("unama") == (diff.reporting_added, diff.reporting_removed)
    assert diff.lines_of("dppa") == ((), ())
    assert diff.status_of("unama") == "changed"


def test_reordered_reporting_lines_are_no_change() -> None:
    b = pillar()
    asg = b.unit("asg-africa")
    b.update_unit(asg.with_changes(reports_to=tuple(reversed(asg.reports_to))))
    assert not compare(pillar(), b).structural


def test_posts_changed() -> None:
    b = pillar()
    b.update_unit(b.unit("africa-ii").with_changes(posts=45))
    b.update_unit(b.unit("pbf").with_changes(posts=5))
    diff = compare(pillar(), b)
    assert [(c.id, c.fields) for c in diff.units_changed] == [
        ("africa-ii", (FieldChange("posts", 30, 45),)),
        ("pbf", (FieldChange("posts", None, 5),)),
    ]
    assert diff.totals_posts == (340, 360)


def test_group_member_added_and_group_renamed() -> None:
    b = pillar()
    b.update_group(Group("spg", "Principals", ("dppa", "dpo", "eosg")))
    diff = compare(pillar(), b)
    (group,) = diff.groups_changed
    assert group.members_added == ("eosg",) and group.members_removed == ()
    assert group.name == FieldChange("name", "Standing Principals' Group", "Principals")
    assert not diff.units_changed


def test_groups_added_and_removed() -> None:
    a = pillar()
    a.add_group(Group("old", "Old group", ("sg",)))
    b = pillar()
    b.add_group(Group("new", "New group", ("sg", "dpo")))
    diff = compare(a, b)
    assert diff.groups_added == ("new",) and diff.groups_removed == ("old",)


def test_link_removed_and_added() -> None:
    b = pillar()
    b.remove_link(Link("pbf", "eosg", "functional"))
    b.add_link(Link("pbf", "sg", "informs"))
    diff = compare(pillar(), b)
    assert diff.links_removed == (LinkRef("pbf", "eosg", "functional"),)
    assert diff.links_added == (LinkRef("pbf", "sg", "informs"),)
    assert diff.status_of("pbf") == "same"


def test_head_changed_field_by_field() -> None:
    b = pillar()
    b.update_unit(b.unit("dppa").with_changes(head=Head("Under-Secretary-General", "USG", "female", "R. D.")))
    b.update_unit(b.unit("asg-africa").with_changes(head=Head("Assistant Secretary-General", "D-2")))
    diff = compare(pillar(), b)
    assert [(c.id, c.fields) for c in diff.units_changed] == [
        ("dppa", (FieldChange("head.name", None, "R. D."),)),
        (
            "asg-africa",
            (
                FieldChange("head.title", "Assistant Secretary-General for Africa",
                            "Assistant Secretary-General"),
                FieldChange("head.rank", "ASG", "D-2"),
            ),
        ),
    ]  # fmt: skip


def test_other_unit_fields() -> None:
    b = pillar()
    b.update_unit(
        b.unit("unama").with_changes(
            name="United Nations Assistance Mission in Afghanistan",
            short="UNAMA",
            presence="political-process-office",
            regions=("Asia", "Africa"),
            note="see ¶8",
        )
    )
    diff = compare(pillar(), b)
    change = diff.change_of("unama")
    assert change is not None
    assert [c.field for c in change.fields] == ["name", "short", "regions", "presence", "note"]


def test_functions_gained_and_lost() -> None:
    b = pillar()
    b.update_unit(b.unit("dppa").with_changes(functions=("good-offices", "mediation-support")))
    b.update_unit(b.unit("eosg").with_changes(functions=()))
    diff = compare(pillar(), b)
    assert diff.functions_gained == ("mediation-support",)
    assert diff.functions_lost == ("planning-and-evaluation",)


def test_function_moving_between_units_is_no_chart_wide_change() -> None:
    b = pillar()
    b.update_unit(b.unit("dpo").with_changes(functions=("peacekeeping", "police")))
    b.update_unit(b.unit("minusma").with_changes(functions=()))
    diff = compare(pillar(), b)
    assert diff.functions_gained == () and diff.functions_lost == ()
    assert {c.id for c in diff.units_changed} == {"dpo", "minusma"}


def _renamed(old: str, new: str) -> Chart:
    """pillar() with unit *old* given id *new*, every reference following it."""
    source = pillar()
    chart = Chart(title=source.title, regions=source.regions)

    def ren(uid: str) -> str:
        return new if uid == old else uid

    for unit in source.units.values():
        lines = tuple(line(ren(ln.to), ln.scope) for ln in unit.reports_to)
        chart.add_unit(unit.with_changes(id=ren(unit.id), reports_to=lines))
    for link in source.links:
        chart.add_link(Link(ren(link.source), ren(link.target), link.kind))
    for group in source.groups.values():
        chart.add_group(Group(group.id, group.name, tuple(ren(m) for m in group.members)))
    chart.set_positions({ren(u): p for u, p in source.layout.positions.items()})
    return chart


def test_rename_is_reported_once() -> None:
    diff = compare(pillar(), _renamed("dppa", "dppa-new"))
    assert diff.units_renamed == (
        Rename("dppa", "dppa-new", "Department of Political and Peacebuilding Affairs"),
    )
    assert not diff.units_added and not diff.units_removed
    assert not diff.reporting_added and not diff.reporting_removed
    assert not diff.links_added and not diff.groups_changed and not diff.moved
    (change,) = diff.units_changed
    assert change.fields == (FieldChange("id", "dppa", "dppa-new"),)
    assert diff.status_of("dppa") == diff.status_of("dppa-new") == "changed"
    assert diff.counterpart("dppa") == "dppa-new" and diff.original_id("dppa-new") == "dppa"
    assert diff.change_of("dppa") is change


def test_renames_cascade_down_the_chain() -> None:
    a = pillar()
    b = _renamed("asg-africa", "africa")
    source = b.copy()
    # rename africa-ii too, under the renamed ASG
    chart = Chart(title=a.title, regions=a.regions)
    for unit in source.units.values():
        lines = tuple(line("africa-2" if ln.to == "africa-ii" else ln.to, ln.scope)
                      for ln in unit.reports_to)  # fmt: skip
        uid = "africa-2" if unit.id == "africa-ii" else unit.id
        chart.add_unit(unit.with_changes(id=uid, reports_to=lines))
    for link in source.links:
        chart.add_link(link)
    for group in source.groups.values():
        chart.add_group(group)
    chart.set_positions(dict(source.layout.positions))
    diff = compare(a, chart)
    assert [(r.old_id, r.new_id) for r in diff.units_renamed] == [
        ("asg-africa", "africa"),
        ("africa-ii", "africa-2"),
    ]
    assert not diff.reporting_added and not diff.units_added


def test_same_name_in_another_place_is_not_a_rename() -> None:
    b = pillar()
    b.remove_unit("unama")
    b.add_unit(Unit("unama-2", "UNAMA", "mission", presence="special-political-mission",
                    regions=("Asia",), reports_to=(line("dpo", "mission"),)))  # fmt: skip
    diff = compare(pillar(), b)
    assert diff.units_added == ("unama-2",) and diff.units_removed == ("unama",)
    assert diff.units_renamed == ()


def test_layout_moves_are_a_minor_category() -> None:
    b = pillar()
    b.set_positions({"dppa": (-260.0, 150.0), "dpo": (200.2, 150.0), "eosg": (0.0, 150.0)})
    b.set_direction("LR")
    b.set_collapsed("asg-africa", True)
    diff = compare(pillar(), b)
    assert diff.moved == (
        Move("eosg", None, (0.0, 150.0)),
        Move("dppa", (-200.0, 150.0), (-260.0, 150.0)),
    )
    assert [c.field for c in diff.layout] == ["direction", "collapsed"]
    assert diff and not diff.structural
    assert diff.status_of("dppa") == "same"


def test_meta_changes() -> None:
    b = pillar()
    b.set_meta(title="Pillar, draft 2", baseline="baseline.yaml")
    diff = compare(pillar(), b)
    assert diff.meta == (
        FieldChange("title", "Pillar", "Pillar, draft 2"),
        FieldChange("baseline", None, "baseline.yaml"),
    )
    assert diff and not diff.structural


def _finding(rule: str, units: tuple[str, ...], message: str = "m") -> dict[str, object]:
    return {"rule": rule, "severity": "error", "message": message, "cite": "¶9", "units": units}


def test_findings_new_and_resolved_matched_by_rule_and_units() -> None:
    a_findings = [
        _finding("pillar.a", ("x", "y"), "old wording"),
        _finding("pillar.b", ("z",)),
    ]
    b_findings = [
        _finding("pillar.a", ("y", "x"), "new wording"),
        _finding("pillar.c", ("dppa",)),
    ]
    diff = compare(pillar(), pillar(), findings_a=a_findings, findings_b=b_findings)
    assert diff.findings_checked
    assert [f.rule for f in diff.findings_new] == ["pillar.c"]
    assert [f.rule for f in diff.findings_resolved] == ["pillar.b"]
    assert diff.findings_new[0] == FindingRef("pillar.c", "error", "m", "¶9", ("dppa",))
    assert diff.findings_of("dppa") == (diff.findings_new, ())
    assert diff.findings_counts == ({"error": 2, "warning": 0, "info": 0},) * 2
    assert diff.structural


def test_findings_follow_renames() -> None:
    diff = compare(
        pillar(),
        _renamed("dppa", "dppa-new"),
        findings_a=[_finding("pillar.a", ("dppa",))],
        findings_b=[_finding("pillar.a", ("dppa-new",))],
    )
    assert diff.findings_new == () and diff.findings_resolved == ()


def test_findings_are_optional() -> None:
    diff = compare(pillar(), pillar(), findings_a=[_finding("r", ())])
    assert not diff.findings_checked and diff.findings_new == ()
    assert not diff


def test_the_judged_pair_gives_exactly_its_changes() -> None:
    """A division added, a mission removed, a line moved, posts, a member, a link."""
    b = pillar()
    b.add_unit(Unit("africa-i", "Africa I Division", "division", regions=("Africa",),
                    reports_to=(line("asg-africa"),), posts=25))  # fmt: skip
    b.remove_unit("minusma")
    b.update_unit(b.unit("unama").with_changes(reports_to=(line("dpo", "mission"),)))
    b.update_unit(b.unit("dppa").with_changes(posts=110))
    b.update_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    b.remove_link(Link("dpo", "dppa", "coordinates"))
    diff = compare(pillar(), b)
    assert diff.units_added == ("africa-i",)
    assert diff.units_removed == ("minusma",)
    assert {c.id: [f.field for f in c.fields] for c in diff.units_changed} == {
        "dppa": ["posts"],
        "unama": ["reports_to"],
    }
    assert set(diff.reporting_added) == {
        LineRef("africa-i", "asg-africa"),
        LineRef("unama", "dpo", "mission"),
    }
    assert set(diff.reporting_removed) == {
        LineRef("minusma", "africa-ii", "mission"),
        LineRef("unama", "dppa"),
    }
    assert diff.links_removed == (LinkRef("dpo", "dppa", "coordinates"),)
    assert diff.links_added == ()
    assert [(g.id, g.members_added) for g in diff.groups_changed] == [("spg", ("eosg",))]
    assert diff.totals_units == (9, 9) and diff.totals_posts == (340, 355)
    assert diff.units_renamed == () and diff.moved == () and diff.meta == ()
