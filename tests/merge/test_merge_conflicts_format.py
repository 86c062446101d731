"""Merge conflicts kept in the chart file (SPEC §6.6): model, file, schema, journal, rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings

from orgeditor.io import ChartLoadError, dump_chart, loads_chart
from orgeditor.io.journal import EditJournal, replay
from orgeditor.model import Chart, ChartError, Conflict
from orgeditor.model.conflicts import parse_at

SCHEMA: dict[str, Any] = json.loads(
    (Path(__file__).parents[2] / "resources/schema/orgchart.schema.json").read_text(encoding="utf-8")
)

GOOD = """orgchart: 1
title: Merged
units:
  dppa:
    name: Department of Political and Peacebuilding Affairs
    short: DPPA
    kind: department
  asg-africa:
    name: Office of the ASG for Africa
    kind: office
    reports_to: dppa
conflicts:
- at: units.asg-africa.reports_to
  base: [{to: dppa, scope: non-mission}, {to: dpo, scope: mission}]
  theirs: dppa
- at: units.minusma
  base: {id: minusma, name: MINUSMA, kind: mission}
  theirs: null
- at: links.dppa>asg-africa
  base: null
  theirs: [informs]
"""


def _errors(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(ChartLoadError) as caught:
        loads_chart(text, "x.yaml")
    return [(e.line, e.column, e.message) for e in caught.value.errors]


def test_conflicts_load_and_write_back_byte_for_byte() -> None:
    chart = loads_chart(GOOD)
    assert [c.at for c in chart.conflicts] == [
        "units.asg-africa.reports_to",
        "units.minusma",
        "links.dppa>asg-africa",
    ]
    assert chart.conflicts[0].theirs == "dppa"
    assert chart.conflicts[1].theirs is None
    assert dump_chart(chart) == GOOD
    jsonschema.validate(yaml.safe_load(GOOD), SCHEMA)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_units=6, with_conflicts=True))
def test_random_conflicts_round_trip_byte_stably(chart: Chart) -> None:
    text = dump_chart(chart)
    again = loads_chart(text)
    assert again == chart
    assert dump_chart(again) == text
    jsonschema.validate(yaml.safe_load(text), SCHEMA)


@pytest.mark.parametrize(
    ("conflict", "message"),
    [
        ("{at: units.Bad, base: 1, theirs: 2}", "does not name a unit"),
        ("{at: links.a-b, base: 1, theirs: 2}", "does not name a unit"),
        ("{at: chart.colour, base: 1, theirs: 2}", "does not name a unit"),
        ("{at: units.a, base: 1}", "lacks the required key 'theirs'"),
        ("{at: units.a, base: 1, theirs: 2, ours: 3}", "unknown key 'ours'"),
        ("{at: units.a, base: .nan, theirs: 2}", "finite"),
        ("{at: units.a, base: !!python/object:os.system x, theirs: 2}", "tag"),
        ("[units.a]", "must be a mapping"),
    ],
)
def test_bad_conflicts_are_located_errors(conflict: str, message: str) -> None:
    text = "orgchart: 1\ntitle: T\nunits:\n  a: {name: A, kind: office}\nconflicts:\n- " + conflict + "\n"
    errors = _errors(text)
    assert errors and errors[0][0] == 6, errors
    assert message in errors[0][2]


def test_an_element_is_in_conflict_once() -> None:
    text = GOOD + "- {at: units.minusma, base: null, theirs: null}\n"
    (error,) = _errors(text)
    assert error[0] == 22 and "like conflict 2" in error[2]


def test_deep_or_huge_values_are_refused() -> None:
    deep = "[" * 20 + "]" * 20
    errors = _errors(
        "orgchart: 1\ntitle: T\nunits:\n  a: {name: A, kind: office}\nconflicts:\n"
        f"- {{at: units.a, base: {deep}, theirs: null}}\n"
    )
    assert "nested" in errors[0][2]
    with pytest.raises(ChartError):
        Chart().set_meta(conflicts=[Conflict("units.a", [[[]]] * 100_001, None)])


def test_set_meta_checks_and_notifies() -> None:
    chart = loads_chart(GOOD)
    seen: list[object] = []
    chart.subscribe(seen.append)
    with pytest.raises(ChartError):
        chart.set_meta(conflicts=[Conflict("nowhere", 1, 2)])
    with pytest.raises(ChartError):
        chart.set_meta(conflicts=[Conflict("units.a", 1, 2), Conflict("units.a", 3, 4)])
    assert not seen and len(chart.conflicts) == 3
    chart.set_meta(conflicts=chart.conflicts[1:])
    assert len(seen) == 1 and len(chart.conflicts) == 2
    copy = chart.copy()
    assert copy == chart and copy.conflicts == chart.conflicts
    copy.set_meta(conflicts=())
    assert copy != chart
    assert "conflicts" not in dump_chart(copy)


def test_parse_at_reads_ids_holding_dots() -> None:
    assert parse_at("units.a.b.reports_to") == ("units", "a.b", "reports_to")
    assert parse_at("units.a.b") == ("units", "a.b", None)
    assert parse_at("groups.spg") == ("groups", "spg", None)
    assert Conflict("links.a>b").unit_ids == ("a", "b")


def test_conflicts_replay_from_the_journal(tmp_path: Path) -> None:
    chart = loads_chart(GOOD)
    journal = EditJournal(chart, tmp_path, None, sync=False)
    chart.set_meta(conflicts=chart.conflicts[:1])
    journal.detach()
    assert replay(journal.path) == chart
    assert replay(journal.path).conflicts == chart.conflicts
