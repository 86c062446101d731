"""The export plan: branch extraction, saved or computed layout, departments, badges."""

from __future__ import annotations

import datetime as dt

from orgeditor.model import Chart
from orgeditor.render.export_plan import branch_chart, departments_of, plan_export, worst_severities


def test_branch_keeps_lines_links_and_groups_inside(pillar: Chart) -> None:
    branch = branch_chart(pillar, "dppa", any_scope=False)
    assert list(branch.units) == ["dppa", "pbso", "pbf", "ead"]
    assert branch.unit("dppa").reports_to == ()
    assert branch.links == ()
    assert not branch.groups
    assert branch.path == pillar.path


def test_a_department_branch_holds_the_units_it_shares(pillar: Chart) -> None:
    for department in ("dpo", "dppa"):
        branch = branch_chart(pillar, department)
        assert {"asg-africa", "asg-mena", "africa-ii", "minusma"} <= set(branch.units), department
        assert branch.roots() == [department]
        assert all(line.to in branch.units for unit in branch for line in unit.reports_to)


def test_plan_uses_the_saved_layout_when_complete(pillar: Chart) -> None:
    pillar.set_positions({uid: (float(i * 300), 0.0) for i, uid in enumerate(pillar.units)})
    plan = plan_export(pillar, today=dt.date(2017, 9, 11))
    assert plan.positions["dppa"] == (600.0, 0.0)
    assert plan.subtitle == "pillar.yaml · 2017-09-11"
    assert ("asg-africa", "dpo", "mission") in plan.routes
    assert plan.scopes == ["all", "mission", "non-mission"]
    assert plan.link_kinds == ["functional", "advises"]
    assert set(plan.group_positions) == set(pillar.groups)  # groups are drawn with a saved layout too
    assert plan.member_routes is None  # routed when drawn


def test_plan_takes_the_group_lines_the_layout_routed(pillar: Chart) -> None:
    plan = plan_export(pillar)
    expected = {(g, m) for g, group in pillar.groups.items() for m in group.members}
    assert plan.member_routes is not None and set(plan.member_routes) == expected


def test_plan_lays_out_a_branch(pillar: Chart) -> None:
    plan = plan_export(pillar, unit="dpo")
    shared = {"asg-africa", "asg-mena", "africa-ii", "minusma"}  # shared with DPPA: in both branches
    assert set(plan.positions) == {"dpo", "orolsi", "oma", "police", *shared}
    assert all(set(plan.departments[u]) == {"dppa", "dpo"} for u in shared)  # drawn with the split band
    assert plan.subtitle.startswith("Branch: DPO · pillar.yaml · ")
    x, y, w, h = plan.bounds
    for uid in plan.positions:
        cx, cy, cw, ch = plan.card_rect(uid)
        assert x <= cx and cx + cw <= x + w + 0.01 and y <= cy and cy + ch <= y + h + 0.01


def test_departments_and_severities(pillar: Chart) -> None:
    assert departments_of(pillar, "minusma") == ("dppa", "dpo")
    assert departments_of(pillar, "dpo") == ("dpo",)
    assert departments_of(pillar, "sg") == ()

    class F:
        def __init__(self, severity: str, units: tuple[str, ...]) -> None:
            self.severity, self.units = severity, units

    found = worst_severities([F("info", ("a", "b")), F("error", ("a",)), F("warning", ("b",))])
    assert found == {"a": "error", "b": "warning"}


def test_badges_of_a_branch_are_its_own(pillar: Chart) -> None:
    class F:
        severity = "error"
        units = ("dppa", "oma")

    assert plan_export(pillar, unit="dpo", findings=[F()], show_badges=True).severities == {"oma": "error"}
    assert plan_export(pillar, findings=[F()]).severities == {}  # off unless asked for


def test_a_branch_keeps_its_department_colours(pillar: Chart) -> None:
    plan = plan_export(pillar, unit="pbso")
    assert plan.departments["pbf"] == ("dppa",)
    assert plan.legend_departments == [("dppa", "DPPA")]
