"""Lineage (``formerly``, SPEC §6.2) and sanctioned departures (SPEC §6.3) in the chart file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from chart_strategies import charts
from hypothesis import given, settings

from orgeditor.io import ChartLoadError, dump_chart, loads_chart
from orgeditor.model import Chart, ChartError, Departure, Unit

SCHEMA: dict[str, Any] = json.loads(
    (Path(__file__).parents[2] / "resources/schema/orgchart.schema.json").read_text(encoding="utf-8")
)

HEAD = """orgchart: 1
title: Lineage
units:
  sg:
    name: Secretary-General
    kind: office
  dppa:
    name: Department of Political and Peacebuilding Affairs
    short: DPPA
    kind: department
    reports_to: sg
"""

GOOD = (
    HEAD
    + """    formerly: [dpa, pbso]
  unama:
    name: UNAMA
    kind: mission
    reports_to: dppa
    formerly: unama
departures:
- rule: pillar.field-backstopping
  units: [unama]
  reason: Special political missions led by DPPA
  cite: GA res 72/262 C
"""
)


def _errors(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(ChartLoadError) as caught:
        loads_chart(text, "x.yaml")
    return [(e.line, e.column, e.message) for e in caught.value.errors]


def test_formerly_and_departures_load() -> None:
    chart = loads_chart(GOOD)
    assert chart.unit("dppa").formerly == ("dpa", "pbso")
    assert chart.unit("unama").formerly == ("unama",)
    assert chart.unit("sg").formerly == ()
    assert chart.departures == (
        Departure(
            "pillar.field-backstopping",
            ("unama",),
            "Special political missions led by DPPA",
            "GA res 72/262 C",
        ),
    )


def test_written_byte_stably_and_only_when_set() -> None:
    chart = loads_chart(GOOD)
    text = dump_chart(chart)
    assert "formerly: [dpa, pbso]" in text
    assert "formerly: [unama]" in text  # a single id comes back as a list of one
    assert "departures:\n- rule: pillar.field-backstopping\n  units: [unama]\n  reason: " in text
    assert dump_chart(loads_chart(text)) == text
    assert loads_chart(text) == chart
    plain = loads_chart(HEAD)
    assert "formerly" not in dump_chart(plain)
    assert "departures" not in dump_chart(plain)


def test_former_ids_need_not_exist_here() -> None:
    chart = loads_chart(HEAD + "    formerly: [nowhere-here]\n")
    assert chart.unit("dppa").formerly == ("nowhere-here",)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "    formerly: [Bad Id]\n",
            (12, 16, "'Bad Id' in the former units of unit 'dppa' is not a valid id"),
        ),
        ("    formerly: [dpa, dpa]\n", (12, 21, "'dpa' appears twice in the former units of unit 'dppa'")),
        ("    formerly: {dpa: 1}\n", (12, 15, "the former units of unit 'dppa' must be a list")),
        ("    formerly: [[dpa]]\n", (12, 16, "an entry of the former units of unit 'dppa' must be text")),
    ],
)
def test_bad_formerly_is_located(tail: str, expected: tuple[int, int, str]) -> None:
    ((line, column, message),) = _errors(HEAD + tail)
    assert (line, column) == expected[:2]
    assert message.startswith(expected[2])


DEPARTURE = "departures:\n- rule: pillar.field-backstopping\n  units: [dppa]\n  reason: R\n  cite: C\n"


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        (("  reason: R\n", "  reasons: R\n"), (15, 3, "unknown key 'reasons' in departure 1 (did you mean")),
        (("  cite: C\n", ""), (13, 3, "departure 1 lacks the required key 'cite'")),
        (("units: [dppa]", "units: dppa"), (14, 10, "the units of departure 1 must be a list of ids")),
        (("units: [dppa]", "units: {dppa: 1}"), (14, 10, "the units of departure 1 must be a list")),
        (("units: [dppa]", "units: [No]"), (14, 11, "'No' in the units of departure 1 is not a valid id")),
        (
            ("rule: pillar.field-backstopping", "rule: Pillar!"),
            (13, 9, "the rule of departure 1 is 'Pillar!'"),
        ),
        (("  reason: R\n", "  reason: ''\n"), (15, 11, "the reason of departure 1 must not be empty")),
        (("- rule", "- 3\n- rule"), (13, 3, "departure 1 must be a mapping")),
    ],
)
def test_bad_departures_are_located(replace: tuple[str, str], expected: tuple[int, int, str]) -> None:
    errors = _errors(HEAD + DEPARTURE.replace(*replace))
    assert (errors[0][0], errors[0][1]) == expected[:2], errors
    assert errors[0][2].startswith(expected[2]), errors


def test_departures_must_be_a_list() -> None:
    ((line, column, message),) = _errors(HEAD + "departures: {rule: x}\n")
    assert (line, column) == (12, 13)
    assert message.startswith("departures must be a list of {rule, units, reason, cite}")


def test_a_repeated_departure_is_an_error() -> None:
    body = DEPARTURE.removeprefix("departures:\n")
    ((line, column, message),) = _errors(HEAD + DEPARTURE + body)
    assert (line, column, message) == (17, 3, "departure 2 repeats an earlier departure")


def test_model_keeps_and_checks_both_fields() -> None:
    chart = loads_chart(GOOD)
    unit = chart.unit("dppa").with_changes(formerly=("dpa",))
    assert unit.formerly == ("dpa",)
    chart.update_unit(unit)
    copy = chart.copy()
    assert copy == chart
    copy.set_meta(departures=())
    assert copy != chart
    assert copy.departures == ()
    with pytest.raises(ChartError):
        chart.update_unit(unit.with_changes(formerly=("Not an id",)))
    with pytest.raises(ChartError):
        chart.update_unit(unit.with_changes(formerly=("dpa", "dpa")))
    with pytest.raises(ChartError):
        chart.set_meta(departures=[Departure("x", (), "", "C")])
    with pytest.raises(ChartError):
        chart.set_meta(departures=[Departure("Bad rule", (), "R", "C")])
    with pytest.raises(ChartError):
        chart.add_unit(Unit("new", "New", "office", formerly=("a b",)))
    assert chart.unit("dppa").formerly == ("dpa",)


def test_set_meta_notifies_once_for_departures() -> None:
    chart = loads_chart(HEAD)
    seen: list[object] = []
    chart.subscribe(seen.append)
    departure = Departure("chart.single-root", ("sg",), "R", "C")
    chart.set_meta(departures=[departure])
    chart.set_meta(departures=[departure])
    assert len(seen) == 1
    assert chart.departures == (departure,)


@settings(max_examples=80, deadline=None)
@given(charts(with_lineage=True))
def test_random_lineage_and_departures_round_trip(chart: Chart) -> None:
    text = dump_chart(chart)
    again = loads_chart(text)
    assert again == chart
    assert [u.formerly for u in again] == [u.formerly for u in chart]
    assert again.departures == chart.departures
    assert dump_chart(again) == text
    jsonschema.validate(yaml.safe_load(text), SCHEMA)


def test_schema_accepts_the_example_and_rejects_a_bad_departure() -> None:
    data = yaml.safe_load(GOOD)
    jsonschema.validate(data, SCHEMA)
    del data["departures"][0]["cite"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
