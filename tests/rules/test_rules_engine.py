"""check_chart and LiveChecker: findings follow edits, and only affected rules re-run."""

from __future__ import annotations

from pathlib import Path

from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit
from orgeditor.rules import Finding, LiveChecker, check_chart, count_findings, sort_findings


def test_live_checker_follows_edits_and_undo(pillar: Chart) -> None:
    seen: list[list[Finding]] = []
    live = LiveChecker(pillar, seen.append)
    assert live.findings == []
    extra = Unit(
        "asg-x",
        "ASG for Elsewhere",
        "office",
        head=Head(rank="ASG"),
        regions=("Europe",),
        reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
    )
    pillar.add_unit(extra)
    assert {f.rule for f in live.findings} == {
        "pillar.three-regional-asgs",
        "pillar.regions-partitioned",
        "pillar.regional-divisions",
    }
    pillar.remove_unit("asg-x")
    assert live.findings == []
    assert len(seen) == 2
    live.close()
    pillar.add_unit(extra)
    assert live.findings == []


def test_live_checker_reruns_only_what_a_change_can_affect(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    pillar.remove_link(next(link for link in pillar.links if link.kind == "advises"))
    assert [f.rule for f in live.findings] == ["pillar.mediation-board"]
    pillar.add_link(Link("board", "sg", "advises"))
    assert live.findings == []
    pillar.update_group(Group("spg", "Standing Principals' Group", ("dppa", "eosg")))
    assert [f.rule for f in live.findings] == ["pillar.principals-group"]
    pillar.set_position("sg", (1.0, 2.0))  # layout: nothing re-runs, nothing changes
    assert [f.rule for f in live.findings] == ["pillar.principals-group"]


def test_live_checker_follows_meta_changes(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    pillar.update_unit(pillar.unit("oma").with_changes(posts=11))
    assert [f.rule for f in live.findings] == ["pillar.cost-neutral"]
    pillar.set_meta(baseline=None)
    assert live.findings == []
    pillar.set_meta(rulebooks=())
    pillar.update_unit(pillar.unit("dppa").with_changes(kind="division"))
    assert live.findings == []


def test_live_checker_survives_a_bad_rulebook_name(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    pillar.set_meta(rulebooks=("missing-book",))
    assert live.error is not None
    assert "missing-book" in str(live.error)
    pillar.add_unit(Unit("lost", "Lost", "office"))
    assert [f.rule for f in live.findings] == ["chart.single-root"]


def test_baseline_is_reloaded_when_its_file_changes(pillar: Chart, tmp_path: Path) -> None:
    source = Path(str(pillar.path)).parent / "pillar-baseline.yaml"
    copy = tmp_path / "base.yaml"
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    pillar.path = tmp_path / "chart.yaml"
    pillar.set_meta(baseline="base.yaml")
    assert check_chart(pillar) == []
    copy.write_text(source.read_text(encoding="utf-8").replace("posts: 40", "posts: 41", 1), encoding="utf-8")
    assert [f.rule for f in check_chart(pillar)] == ["pillar.cost-neutral"]


def test_sorting_and_counting() -> None:
    findings = [
        Finding("r.a", "info", "i", ""),
        Finding("r.b", "error", "e", ""),
        Finding("r.c", "warning", "w", ""),
    ]
    assert [f.severity for f in sort_findings(findings)] == ["error", "warning", "info"]
    assert count_findings(findings) == {"error": 1, "warning": 1, "info": 1}


def test_renames_refresh_the_messages_that_name_the_unit(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    pillar.update_unit(
        pillar.unit("asg-eam").with_changes(reports_to=(ReportingLine("dppa", "non-mission"),))
    )
    (finding,) = live.findings
    assert finding.message.startswith("ASG for Europe and the Americas reports to DPPA")
    pillar.update_unit(pillar.unit("asg-eam").with_changes(name="Office for the West", note="renamed"))
    (finding,) = live.findings
    assert finding.message.startswith("Office for the West reports to DPPA")
    pillar.update_unit(pillar.unit("dpo").with_changes(short="PKO"))
    (finding,) = live.findings
    assert "line to PKO for mission settings" in finding.message
    pillar.update_unit(pillar.unit("oma").with_changes(short="PKO", posts=11))
    assert {f.rule for f in live.findings} == {
        "pillar.regional-dual-reporting",
        "chart.unique-short-names",
        "pillar.cost-neutral",
    }
    assert live.findings == check_chart(pillar)


def test_renaming_a_unit_named_only_in_a_chain_refreshes_the_message(pillar: Chart) -> None:
    live = LiveChecker(pillar)
    pillar.update_unit(pillar.unit("minusma").with_changes(reports_to=(ReportingLine("dppa"),)))
    assert "MINUSMA → DPPA" in live.findings[0].message
    pillar.update_unit(pillar.unit("dppa").with_changes(short="PPA"))
    assert "MINUSMA → PPA" in live.findings[0].message
    assert live.findings == check_chart(pillar)
