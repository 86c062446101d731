"""DOT export of posts by grade and funding source (a tooltip), former units (an attribute),
the funding vocabulary and departures (comments): SPEC §6.1–6.3."""

from __future__ import annotations

import re

import pytest
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings

from orgeditor.io.dot import dumps_dot
from orgeditor.model import Chart, Departure, PostBreakdown, ReportingLine, Unit, build_chart


def chart() -> Chart:
    return build_chart(
        title="Implemented",
        funding=("regular-budget", "support-account"),
        departures=[
            Departure(
                "pillar.field-backstopping", ("unama", "gone"), 'Led by "DPPA"\nsince 2019', "GA 72/262 C"
            ),
        ],
        units=[
            Unit("sg", "Secretary-General", "office", posts=3),
            Unit(
                "dppa",
                "DPPA",
                "department",
                reports_to=(ReportingLine("sg"),),
                post_breakdown=PostBreakdown.from_sources(
                    {"support-account": {"P-3": 2}, "regular-budget": {"USG": 1, "P-4": 1_003}}
                ),
                formerly=("dpa", "pbso"),
            ),
            Unit(
                "unama",
                "UNAMA",
                "mission",
                short="UNAMA",
                reports_to=(ReportingLine("dppa"),),
                post_breakdown=PostBreakdown.from_grades({"FS": 4, "D-2": 1}),
            ),
        ],
    )


def node_line(text: str, unit_id: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(f'"{unit_id}" ['))


def test_the_label_keeps_the_total_and_the_tooltip_gives_the_breakdown() -> None:
    text = dumps_dot(chart())
    dppa = node_line(text, "dppa")
    assert 'label="DPPA\\n1,006 posts"' in dppa
    assert 'tooltip="1,006 posts\\nregular-budget: USG 1, P-4 1,003\\nsupport-account: P-3 2"' in dppa
    assert 'tooltip="5 posts\\nD-2 1, FS 4"' in node_line(text, "unama")
    assert "tooltip" not in node_line(text, "sg")  # a plain total: the label says it all


def test_former_units_are_an_attribute() -> None:
    text = dumps_dot(chart())
    assert 'formerly="dpa;pbso"' in node_line(text, "dppa")
    assert "formerly" not in node_line(text, "unama")


def test_funding_and_departures_are_one_line_comments() -> None:
    text = dumps_dot(chart())
    comments = [line for line in text.splitlines() if line.startswith("  //")]
    assert comments == [
        "  // funding: regular-budget, support-account",
        '  // departure from pillar.field-backstopping (UNAMA, gone): Led by "DPPA" since 2019 — GA 72/262 C',
    ]
    assert "funding" not in dumps_dot(build_chart(title="T", units=[Unit("a", "A", "office")]))


def test_graphviz_reads_the_attributes_and_draws_the_tooltip() -> None:
    pgv = pytest.importorskip("pygraphviz")
    graph = pgv.AGraph(string=dumps_dot(chart()))
    assert graph.get_node("dppa").attr["formerly"] == "dpa;pbso"
    graph.layout("dot")
    svg = graph.draw(format="svg").decode("utf-8")
    titles = re.findall(r'xlink:title="([^"]*)"', svg)
    assert any(t.startswith("1,006 posts&#10;regular&#45;budget: USG 1") for t in titles), titles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True))
def test_any_chart_gives_dot_graphviz_reads(any_chart: Chart) -> None:
    pgv = pytest.importorskip("pygraphviz")
    text = dumps_dot(any_chart)
    graph = pgv.AGraph(string=text)
    assert sorted(graph.nodes()) == sorted(any_chart.units)
    for unit in any_chart:
        attrs = graph.get_node(unit.id).attr
        assert (attrs.get("formerly") or "") == ";".join(unit.formerly)
        assert bool(attrs.get("tooltip")) == (unit.post_breakdown is not None)
    assert sum(line.startswith("  // departure") for line in text.splitlines()) == len(any_chart.departures)
