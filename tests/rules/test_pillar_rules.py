"""Every pillar rule: the small pillar chart passes, and each departure from the note fails
exactly the rules it implies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit
from orgeditor.rules import check_chart

Ids = Callable[[Chart], set[str]]


def change(chart: Chart, uid: str, **fields: object) -> None:
    chart.update_unit(chart.unit(uid).with_changes(**fields))


def lines(*pairs: tuple[str, str]) -> tuple[ReportingLine, ...]:
    return tuple(ReportingLine(to, scope) for to, scope in pairs)


def test_small_pillar_chart_passes_every_rule(pillar: Chart) -> None:
    assert check_chart(pillar) == []


def _fourth_asg(chart: Chart) -> None:
    change(chart, "asg-eam", regions=("Americas",))
    chart.add_unit(
        Unit(
            "asg-europe",
            "ASG for Europe",
            "office",
            head=Head(rank="ASG"),
            regions=("Europe",),
            reports_to=lines(("dppa", "non-mission"), ("dpo", "mission")),
        )
    )
    chart.add_unit(
        Unit(
            "europe-division",
            "Europe Division",
            "division",
            regions=("Europe",),
            reports_to=(ReportingLine("asg-europe"),),
        )
    )


def _remove_link(chart: Chart, kind: str) -> None:
    chart.remove_link(next(link for link in chart.links if link.kind == kind))


MUTATIONS: dict[str, tuple[Callable[[Chart], None], set[str]]] = {
    "dppa is a division": (
        lambda c: change(c, "dppa", kind="division"),
        {"pillar.two-departments"},
    ),
    "dpo headed by an ASG": (
        lambda c: change(c, "dpo", head=Head(rank="ASG", gender="male")),
        {"pillar.two-departments"},
    ),
    "electoral assistance dropped from dppa": (
        lambda c: change(
            c, "dppa", functions=("good-offices", "mediation-support", "security-council-support")
        ),
        {"pillar.dppa-functions", "pillar.mandates-preserved"},
    ),
    "pbso moved under the sg": (
        lambda c: change(c, "pbso", reports_to=(ReportingLine("sg"),)),
        {"pillar.peacebuilding-asg", "pillar.dppa-functions"},
    ),
    "a second peacebuilding asg": (
        lambda c: c.add_unit(
            Unit(
                "pb2",
                "Second peacebuilding office",
                "office",
                head=Head(rank="ASG"),
                reports_to=(ReportingLine("dppa"),),
                functions=("peacebuilding-support",),
            )
        ),
        {"pillar.peacebuilding-asg"},
    ),
    "peacebuilding fund moved under eosg": (
        lambda c: change(c, "pbf", reports_to=(ReportingLine("eosg"),)),
        {"pillar.peacebuilding-asg"},
    ),
    "peacebuilding fund link dropped": (
        lambda c: _remove_link(c, "functional"),
        {"pillar.pbf-linkage"},
    ),
    "police moved to dppa": (
        lambda c: (
            change(
                c,
                "orolsi",
                functions=(
                    "rule-of-law",
                    "justice-and-corrections",
                    "security-sector-reform",
                    "ddr",
                    "mine-action",
                ),
            ),
            change(c, "dppa", functions=(*c.unit("dppa").functions, "police")),
        ),
        {"pillar.dpo-functions"},
    ),
    "orolsi moved to dppa": (
        lambda c: change(c, "orolsi", reports_to=(ReportingLine("dppa"),)),
        {"pillar.orolsi-asg", "pillar.dpo-functions"},
    ),
    "orolsi head downgraded": (
        lambda c: change(c, "orolsi", head=Head(rank="D-2")),
        {"pillar.orolsi-asg"},
    ),
    "dpo left out of the principals' group": (
        lambda c: c.update_group(Group("spg", "Standing Principals' Group", ("dppa", "eosg"))),
        {"pillar.principals-group"},
    ),
    "no principals' group": (
        lambda c: c.remove_group("spg"),
        {"pillar.principals-group"},
    ),
    "fourth regional asg": (_fourth_asg, {"pillar.three-regional-asgs"}),
    "a regional asg loses its regions": (
        lambda c: change(c, "asg-eam", regions=()),
        {"pillar.three-regional-asgs", "pillar.regions-partitioned"},
    ),
    "regional asg with one line": (
        lambda c: change(c, "asg-eam", reports_to=lines(("dppa", "non-mission"))),
        {"pillar.regional-dual-reporting"},
    ),
    "regional asg reporting to dppa only, for all settings": (
        lambda c: change(c, "asg-africa", reports_to=(ReportingLine("dppa"),)),
        {"pillar.regional-dual-reporting", "pillar.field-backstopping"},
    ),
    "regional asg with scopes swapped": (
        lambda c: change(c, "asg-meap", reports_to=lines(("dppa", "mission"), ("dpo", "non-mission"))),
        {"pillar.regional-dual-reporting", "pillar.field-backstopping"},
    ),
    "overlapping regions": (
        lambda c: change(c, "asg-africa", regions=("Africa", "Middle East")),
        {"pillar.regions-partitioned"},
    ),
    "a region nobody covers": (
        lambda c: change(c, "asg-eam", regions=("Americas",)),
        {"pillar.regions-partitioned"},
    ),
    "regional asg without a division": (
        lambda c: change(c, "eam-division", reports_to=(ReportingLine("dppa"),)),
        {"pillar.regional-divisions"},
    ),
    "division outside its asg's regions": (
        lambda c: change(c, "eam-division", regions=("Africa",)),
        {"pillar.regional-divisions"},
    ),
    "peacekeeping mission on a non-mission line": (
        lambda c: change(c, "minusma", reports_to=(ReportingLine("africa-division", "non-mission"),)),
        {"pillar.field-backstopping"},
    ),
    "special political mission under dppa": (
        lambda c: change(c, "unami", reports_to=(ReportingLine("dppa"),)),
        {"pillar.field-backstopping"},
    ),
    "envoy on a mission line": (
        lambda c: change(c, "envoy-syria", reports_to=(ReportingLine("meap-division", "mission"),)),
        {"pillar.field-backstopping"},
    ),
    "regional office under dpo": (
        lambda c: change(c, "unowas", reports_to=(ReportingLine("dpo"),)),
        {"pillar.field-backstopping"},
    ),
    "mediation board link dropped": (
        lambda c: _remove_link(c, "advises"),
        {"pillar.mediation-board"},
    ),
    "mediation board turned into an office": (
        lambda c: change(c, "board", kind="office"),
        {"pillar.mediation-board"},
    ),
    "eosg loses integrated analysis": (
        lambda c: change(c, "eosg", functions=("planning-and-evaluation",)),
        {"pillar.eosg-capacities", "pillar.mandates-preserved"},
    ),
    "men head most senior posts": (
        lambda c: [
            change(c, u, head=c.unit(u).head.__class__(rank=c.unit(u).rank, gender="male"))
            for u in ("eosg", "dppa", "orolsi")
        ],
        {"pillar.gender-parity"},
    ),
    "extra posts against the baseline": (
        lambda c: change(c, "oma", posts=15),
        {"pillar.cost-neutral"},
    ),
    "a dropped mandate": (
        lambda c: change(
            c,
            "orolsi",
            functions=("rule-of-law", "justice-and-corrections", "security-sector-reform", "ddr", "police"),
        ),
        {"pillar.mandates-preserved", "pillar.orolsi-asg"},
    ),
    "a cycle": (
        lambda c: (
            change(c, "oma", reports_to=(ReportingLine("orolsi"),)),
            change(c, "orolsi", reports_to=(ReportingLine("oma"),)),
        ),
        {"chart.no-cycles", "pillar.orolsi-asg", "pillar.dpo-functions"},
    ),
    "two roots": (
        lambda c: change(c, "board", reports_to=()),
        {"chart.single-root"},
    ),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_departure_fails_exactly_the_rules_it_implies(pillar: Chart, ids: Ids, name: str) -> None:
    mutate, expected = MUTATIONS[name]
    mutate(pillar)
    assert ids(pillar) == expected


def test_findings_name_units_and_say_what_fixes_them(pillar: Chart) -> None:
    change(pillar, "asg-africa", reports_to=lines(("dppa", "non-mission")))
    (finding,) = [f for f in check_chart(pillar) if f.rule == "pillar.regional-dual-reporting"]
    assert finding.severity == "error"
    assert finding.cite == "¶9"
    assert finding.units == ("asg-africa", "dpo")
    assert finding.message.startswith(
        "ASG for Africa reports to DPPA for non-mission settings but has no line to DPO for mission settings."
    )
    assert "scope mission" in finding.message


def test_mission_reached_through_dpo_only_for_the_mission_scope(pillar: Chart, ids: Ids) -> None:
    # the division reports to the ASG for all settings; the ASG reaches DPO only on its mission line
    assert pillar.chain("minusma", "mission")[-3:] == ["asg-africa", "dpo", "sg"]
    change(pillar, "minusma", reports_to=(ReportingLine("africa-division"),))  # scope all
    assert ids(pillar) == set()
    change(pillar, "unowas", reports_to=(ReportingLine("africa-division", "mission"),))
    assert ids(pillar) == {"pillar.field-backstopping"}


def test_regional_asgs_exclude_field_missions(pillar: Chart, ids: Ids) -> None:
    change(pillar, "unami", head=Head(title="Special Representative", rank="ASG"))
    assert ids(pillar) == set()


def test_gender_parity_is_info_when_no_gender_is_given(pillar: Chart) -> None:
    for unit in list(pillar):
        if unit.head is not None and unit.head.gender is not None:
            change(pillar, unit.id, head=Head(title=unit.head.title, rank=unit.head.rank))
    findings = check_chart(pillar)
    assert [(f.rule, f.severity) for f in findings] == [("pillar.gender-parity", "info")]


def test_unspecified_gender_does_not_count(pillar: Chart, ids: Ids) -> None:
    for uid in ("eosg", "dppa"):
        change(pillar, uid, head=Head(rank="USG", gender="unspecified"))
    assert ids(pillar) == set()  # 3 women of 6 given


def test_missing_baseline_is_a_finding_not_a_crash(pillar: Chart) -> None:
    pillar.set_meta(baseline="no-such-file.yaml")
    findings = check_chart(pillar)
    assert {f.rule for f in findings} == {"pillar.cost-neutral", "pillar.mandates-preserved"}
    assert all("no-such-file.yaml" in f.message and f.severity == "error" for f in findings)


def test_broken_baseline_is_a_finding_with_its_location(pillar: Chart, tmp_path: object) -> None:
    from pathlib import Path  # noqa: PLC0415

    folder = Path(str(tmp_path))
    (folder / "broken.yaml").write_text("orgchart: 1\ntitle: x\nunits: {a: {name: A, kind: nope}}\n")
    pillar.path = folder / "chart.yaml"
    pillar.set_meta(baseline="broken.yaml")
    findings = check_chart(pillar)
    assert {f.rule for f in findings} == {"pillar.cost-neutral", "pillar.mandates-preserved"}
    assert all("broken.yaml:3:" in f.message for f in findings)


def test_no_baseline_means_no_baseline_rules(pillar: Chart, ids: Ids) -> None:
    pillar.set_meta(baseline=None)
    change(pillar, "oma", posts=1000)
    assert ids(pillar) == set()


def test_links_in_either_direction_keep_the_fund_linked(pillar: Chart, ids: Ids) -> None:
    _remove_link(pillar, "functional")
    pillar.add_link(Link("eosg", "pbf", "functional"))
    assert ids(pillar) == set()


def test_a_dropped_function_is_traced_through_lineage() -> None:
    # DOS continues DFS's divisions (formerly); dropping ICT names DOS, not only the old division
    examples = Path(__file__).resolve().parents[2] / "examples"
    chart = load_chart(examples / "proposal-2017.yaml")
    dos = chart.unit("dos")
    chart.update_unit(dos.with_changes(functions=tuple(f for f in dos.functions if f != "ict")))
    [finding] = [f for f in check_chart(chart) if f.rule == "pillar.mandates-preserved"]
    assert finding.units == ("dos",)
    assert finding.message.startswith(
        "Information and Communications Technology Division carried ict in the baseline, and no"
        " unit carries it now; DOS continues Information and Communications Technology Division"
        " without it."
    )
