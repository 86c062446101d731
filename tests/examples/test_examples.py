"""The shipped example charts: they load, round-trip byte for byte, and fail exactly the rules
their descriptions name (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.io import dump_chart, load_chart
from orgeditor.model import Chart
from orgeditor.rules import check_chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Error rules each example is meant to fail; each id must also be named in its description.
EXPECTED_ERRORS: dict[str, set[str]] = {
    "baseline-2017.yaml": set(),
    "proposal-2017.yaml": set(),
    "implemented-2019.yaml": {"pillar.field-backstopping"},
    "variant-four-asgs.yaml": {
        "pillar.three-regional-asgs",
        "pillar.regions-partitioned",
        "pillar.cost-neutral",
    },
    "variant-orolsi-in-dppa.yaml": {"pillar.orolsi-asg"},
}


def _load(name: str) -> Chart:
    return load_chart(EXAMPLES / name)


def test_every_example_file_is_listed() -> None:
    assert {p.name for p in EXAMPLES.glob("*.yaml")} == set(EXPECTED_ERRORS)


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_example_is_byte_stable(name: str) -> None:
    path = EXAMPLES / name
    assert path.read_text(encoding="utf-8") == dump_chart(load_chart(path))


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_example_says_posts_are_illustrative(name: str) -> None:
    description = _load(name).description or ""
    assert "ILLUSTRATIVE" in description


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_every_unit_but_the_secretary_general_has_a_source_note(name: str) -> None:
    chart = _load(name)
    assert [u.id for u in chart if u.id != "sg" and not u.note] == []


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_example_fails_exactly_the_error_rules_it_names(name: str) -> None:
    chart = _load(name)
    errors = {f.rule for f in check_chart(chart) if f.severity == "error"}
    assert errors == EXPECTED_ERRORS[name]
    for rule in EXPECTED_ERRORS[name]:
        assert rule in (chart.description or "")


@pytest.mark.parametrize("name", ["proposal-2017.yaml", "implemented-2019.yaml"])
def test_no_warnings_in_the_proposal_and_the_2019_structure(name: str) -> None:
    assert [f.rule for f in check_chart(_load(name)) if f.severity == "warning"] == []


def test_proposal_is_cost_neutral_and_keeps_every_mandate() -> None:
    baseline, proposal = _load("baseline-2017.yaml"), _load("proposal-2017.yaml")
    assert proposal.baseline == "baseline-2017.yaml"
    assert proposal.rulebooks == ("peace-security-2017",)
    assert sum(u.posts or 0 for u in proposal) == sum(u.posts or 0 for u in baseline)
    carried = {f for u in proposal for f in u.functions}
    assert {f for u in baseline for f in u.functions} <= carried


def test_proposal_regional_asgs_report_to_both_departments() -> None:
    chart = _load("proposal-2017.yaml")
    asgs = [u for u in chart if u.rank == "ASG" and u.regions]
    assert len(asgs) == 3
    for asg in asgs:
        assert {(line.to, line.scope) for line in asg.reports_to} == {
            ("dppa", "non-mission"),
            ("dpo", "mission"),
        }
    assert "dpo" in chain_of(chart, "minusma", "mission")
    assert "dppa" in chain_of(chart, "unowas", "non-mission")


def test_2019_special_political_missions_are_led_by_dppa() -> None:
    chart = _load("implemented-2019.yaml")
    for mission in ("unama", "unami"):
        assert "dppa" in chain_of(chart, mission, "non-mission")
        assert "dpo" not in chain_of(chart, mission, "mission")
    assert chart.groups["spg"].members == ("eosg", "dppa", "dpo", "oct", "oda")


def chain_of(chart: Chart, unit_id: str, scope: str) -> list[str]:
    return chart.chain(unit_id, scope)
