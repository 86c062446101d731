"""A finding's message starts with a unit's name (as ChartIndex.label gives it), never an id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.model.departures import Departure
from orgeditor.rules import Finding, check_chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SLUG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)+")


def _proposal() -> Chart:
    return load_chart(EXAMPLES / "proposal-2017.yaml")


def _starts_with_an_id(chart: Chart, finding: Finding) -> bool:
    first = finding.message.split()[0].rstrip(",:;.")
    return first in chart.units or SLUG.fullmatch(first) is not None


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_no_example_finding_starts_with_an_id(name: str) -> None:
    chart = load_chart(EXAMPLES / name)
    assert [f.message for f in check_chart(chart) if _starts_with_an_id(chart, f)] == []


def test_a_missing_link_names_the_units_first() -> None:
    chart = _proposal()
    for link in [lk for lk in chart.links if lk.kind == "advises"]:
        chart.remove_link(link)
    [finding] = [f for f in check_chart(chart) if f.rule == "pillar.mediation-board"]
    assert finding.message.startswith(
        "High-Level Advisory Board on Mediation has no advises link to Secretary-General, so no board"
    )


def test_an_unused_departure_names_its_units_first() -> None:
    chart = _proposal()
    chart.departures = (Departure("pillar.field-backstopping", ("dpo",), "A test", "Res 1"),)
    [finding] = [f for f in check_chart(chart) if f.rule == "chart.unused-departure"]
    assert finding.message.startswith(
        "DPO has a departure from pillar.field-backstopping (Res 1) that matches no finding"
    )


def test_a_lost_function_names_its_baseline_carrier_first() -> None:
    chart = _proposal()
    dos = chart.unit("dos")
    chart.update_unit(dos.with_changes(functions=tuple(f for f in dos.functions if f != "ict")))
    [finding] = [f for f in check_chart(chart) if f.rule == "pillar.mandates-preserved"]
    assert not _starts_with_an_id(chart, finding)
    assert finding.message.startswith("Information and Communications Technology Division carried ict")
