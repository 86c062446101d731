"""pillar.regions-consistent, and findings of one cause given once for all their units."""

from __future__ import annotations

from pathlib import Path

from orgeditor.io import load_chart
from orgeditor.model import Chart, Departure, ReportingLine
from orgeditor.rules import check_chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def findings_of(chart: Chart, rule: str) -> list[str]:
    return [f.message for f in check_chart(chart) if f.rule == rule]


def test_a_mali_mission_under_the_americas_division_is_caught() -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    assert findings_of(chart, "pillar.regions-consistent") == []
    minusma = chart.unit("minusma")
    chart.update_unit(minusma.with_changes(reports_to=(ReportingLine("americas-division", "mission"),)))
    [message] = findings_of(chart, "pillar.regions-consistent")
    assert message.startswith("MINUSMA covers Africa, outside the regions of")
    assert "Europe, Central Asia and the Americas" in message
    assert "minusma" not in message and "americas-division" not in message  # names, never ids


def test_every_example_is_consistent() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        assert findings_of(load_chart(path), "pillar.regions-consistent") == [], path.name


def test_one_cause_is_one_finding_listing_its_units() -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    chart.set_meta(departures=[])
    found = [f for f in check_chart(chart) if f.rule == "pillar.field-backstopping"]
    assert len(found) == 1
    [finding] = found
    assert finding.message.startswith("Each of UNIOGBIS, UNSMIL, UNSOM, UNAMI, UNAMA and ")
    assert set(finding.units) == {"uniogbis", "unsmil", "unsom", "unami", "unama", "colombia-mission"}
    assert finding.message.count("has no reporting line") == 1


def test_no_message_names_a_unit_by_its_id() -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    from orgeditor.render.export_plan import restricted_chart  # noqa: PLC0415

    # units the rulebook expects (DPO, DPPA, the SG) gone from a variant, their reports kept
    gone = {"dpo", "dppa", "sg"}
    chart = restricted_chart(chart, [u for u in chart.units if u not in gone])
    chart.set_meta(rulebooks=load_chart(EXAMPLES / "proposal-2017.yaml").rulebooks)
    messages = [f.message for f in check_chart(chart)]
    assert messages
    ids = {"dpo", "dppa", "sg", "asg-africa", "americas-division", "minusma", "spg"}
    for message in messages:
        words = set(message.replace(",", " ").replace("'", " ").replace("(", " ").replace(")", " ").split())
        assert not words & ids, message


def test_one_cause_with_per_unit_details_is_one_finding() -> None:
    # the Africa ASG's mission line sent to DPPA: every Africa mission loses its chain to DPO
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    asg = chart.unit("asg-africa")
    lines = (ReportingLine("dppa", "non-mission"), ReportingLine("dppa", "mission"))
    chart.update_unit(asg.with_changes(reports_to=lines))
    [finding] = [f for f in check_chart(chart) if f.rule == "pillar.field-backstopping"]
    assert len(finding.units) == 10 and "minusma" in finding.units
    assert finding.message.startswith("Each of UNAMID, UNMISS,")
    assert "its chain" not in finding.message  # each unit's own chain is left out of the whole


def test_a_departure_for_the_misplaced_mission_alone_covers_its_finding() -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    minusma = chart.unit("minusma")
    chart.update_unit(minusma.with_changes(reports_to=(ReportingLine("americas-division", "mission"),)))
    chart.set_meta(departures=[Departure("pillar.regions-consistent", ("minusma",), "Reason", "Cite")])
    [finding] = [f for f in check_chart(chart) if f.rule == "pillar.regions-consistent"]
    assert finding.severity == "info" and finding.units == ("minusma",)
    assert "(it reports to Americas Division)" in finding.message
