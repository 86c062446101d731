"""GraphML export of posts by grade and funding source, former units, the funding vocabulary
and departures (SPEC §6.1–6.3): readable strings, numbers Gephi and yEd can use, the label's
total unchanged."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from io import StringIO
from pathlib import Path

import networkx as nx
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings

from orgeditor.io import load_chart
from orgeditor.io.csv_format import loads_csv
from orgeditor.io.graphml import dumps_graphml
from orgeditor.model import Chart, Departure, PostBreakdown, ReportingLine, Unit, build_chart

G = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"
EXAMPLES = Path(__file__).parents[2] / "examples"


def chart() -> Chart:
    return build_chart(
        title="Implemented",
        funding=("regular-budget", "support-account", "trust-fund"),
        departures=[
            Departure("pillar.field-backstopping", ("unama", "unami"), "Led by <DPPA> & co", 'GA "72/262 C"'),
            Departure("pillar.cost-neutral", ("unama",), "Two\nlines", "A/72/525"),
        ],
        units=[
            Unit("sg", "Secretary-General", "office", posts=3),
            Unit(
                "dppa",
                "DPPA",
                "department",
                reports_to=(ReportingLine("sg"),),
                post_breakdown=PostBreakdown.from_sources(
                    {"support-account": {"P-3": 2, "P-4": 1}, "regular-budget": {"USG": 1, "P-4": 3, "GS": 0}}
                ),
                formerly=("dpa", "pbso"),
            ),
            Unit(
                "unama",
                "UNAMA",
                "mission",
                reports_to=(ReportingLine("dppa"),),
                post_breakdown=PostBreakdown.from_grades({"D-2": 1, "FS": 4}),
            ),
            Unit("unami", "UNAMI", "mission", reports_to=(ReportingLine("dppa"),)),
        ],
    )


def read(text: str) -> nx.DiGraph:
    return nx.read_graphml(StringIO(text))


def test_breakdowns_are_a_string_and_a_number_per_grade_and_source() -> None:
    graph = read(dumps_graphml(chart()))
    dppa = graph.nodes["dppa"]
    assert dppa["posts"] == 7
    assert dppa["posts_by_grade"] == "regular-budget:USG=1;P-4=3;GS=0|support-account:P-4=1;P-3=2"
    assert {k: v for k, v in dppa.items() if k.startswith("posts_") and k != "posts_by_grade"} == {
        "posts_USG": 1,
        "posts_P-4": 4,
        "posts_P-3": 2,
        "posts_GS": 0,
        "posts_from_regular-budget": 4,
        "posts_from_support-account": 3,
    }
    unama = graph.nodes["unama"]
    assert (unama["posts"], unama["posts_by_grade"], unama["posts_D-2"], unama["posts_FS"]) == (
        5,
        "D-2=1;FS=4",
        1,
        4,
    )
    assert not any(k.startswith("posts_from_") for k in unama)  # no source given
    assert graph.nodes["sg"]["posts"] == 3 and "posts_by_grade" not in graph.nodes["sg"]


def test_keys_are_declared_for_the_grades_and_sources_used_only_in_order() -> None:
    root = ET.fromstring(dumps_graphml(chart()))
    names = [key.get("attr.name") for key in root.iter(G + "key") if key.get("for") == "node"]
    posts = [n for n in names if n and n.startswith("posts_") and n != "posts_by_grade"]
    assert posts == [
        "posts_USG",
        "posts_D-2",
        "posts_P-4",
        "posts_P-3",
        "posts_FS",
        "posts_GS",
        "posts_from_regular-budget",
        "posts_from_support-account",
    ]
    types = {key.get("attr.name"): key.get("attr.type") for key in root.iter(G + "key")}
    assert types["posts_P-4"] == types["posts_from_regular-budget"] == types["posts"] == "int"
    plain = ET.fromstring(dumps_graphml(build_chart(title="T", units=[Unit("a", "A", "office", posts=4)])))
    assert not [k for k in plain.iter(G + "key") if (k.get("attr.name") or "").startswith("posts_P")]


def test_lineage_funding_and_departures() -> None:
    graph = read(dumps_graphml(chart()))
    assert graph.nodes["dppa"]["formerly"] == "dpa;pbso"
    assert "formerly" not in graph.nodes["unama"]
    assert graph.nodes["unama"]["departures"] == "pillar.field-backstopping;pillar.cost-neutral"
    assert graph.nodes["unami"]["departures"] == "pillar.field-backstopping"
    assert "departures" not in graph.nodes["dppa"]
    assert graph.graph["funding"] == "regular-budget;support-account;trust-fund"
    assert graph.graph["departures"].splitlines() == [
        'pillar.field-backstopping [unama;unami]: Led by <DPPA> & co (GA "72/262 C")',
        "pillar.cost-neutral [unama]: Two lines (A/72/525)",
    ]


def test_the_label_keeps_the_total() -> None:
    root = ET.fromstring(dumps_graphml(chart()))
    for node in root.iter(G + "node"):
        if node.get("id") == "dppa":
            label = node.find(f".//{Y}NodeLabel")
            assert label is not None and label.text is not None
            assert label.text.splitlines()[-1] == "7 posts"
            assert "P-4" not in label.text


def test_a_chart_without_additions_has_no_funding_or_departures() -> None:
    graph = read(dumps_graphml(build_chart(title="T", units=[Unit("a", "A", "office")])))
    assert "funding" not in graph.graph and "departures" not in graph.graph


def test_the_2019_example() -> None:
    example = load_chart(EXAMPLES / "implemented-2019.yaml")
    graph = read(dumps_graphml(example))
    for unit in example:
        data = graph.nodes[unit.id]
        assert data.get("posts") == unit.posts
        if unit.post_breakdown is not None:
            assert (
                loads_csv(f'id,name,posts_by_grade\na,A,"{data["posts_by_grade"]}"\n')
                .unit("a")
                .post_breakdown
                == unit.post_breakdown
            )  # the same text the CSV import reads
    if example.departures:
        assert len(graph.graph["departures"].splitlines()) == len(example.departures)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_units=8, with_breakdowns=True, with_lineage=True))
def test_any_chart_reads_back_with_consistent_numbers(any_chart: Chart) -> None:
    graph = read(dumps_graphml(any_chart))
    for unit in any_chart:
        data = graph.nodes[unit.id]
        assert data.get("posts") == unit.posts
        assert data.get("formerly", "") == ";".join(unit.formerly)
        breakdown = unit.post_breakdown
        if breakdown is None:
            continue
        grades = sum(v for k, v in data.items() if k.startswith("posts_") and k[6:7].isupper())
        assert grades == unit.posts
        if breakdown.has_sources:
            assert sum(v for k, v in data.items() if k.startswith("posts_from_")) == unit.posts
