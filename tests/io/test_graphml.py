"""GraphML export: one node a unit with attributes, edges with kind and scope, yEd graphics."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from orgeditor.io.graphml import dumps_graphml, fallback_positions, save_graphml
from orgeditor.model import Chart, Head, Link, ReportingLine, Unit


def pillar() -> Chart:
    chart = Chart(title="Pillar <&>")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head("SG", "SG")))
    chart.add_unit(
        Unit(
            "dppa",
            "Political & Peacebuilding",
            "department",
            short="DPPA",
            reports_to=(ReportingLine("sg"),),
            posts=12,
            regions=("Africa", "Asia"),
        )
    )
    chart.add_unit(Unit("dpo", "Peace Operations", "department", reports_to=(ReportingLine("sg"),)))
    chart.add_unit(
        Unit(
            "asg",
            "Regional ASG",
            "office",
            reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
        )
    )
    chart.add_link(Link("asg", "sg", "informs"))
    return chart


def test_networkx_reads_nodes_and_attributes(tmp_path: Path) -> None:
    path = tmp_path / "p.graphml"
    save_graphml(pillar(), path)
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == len(pillar())
    assert graph.nodes["dppa"]["name"] == "Political & Peacebuilding"
    assert graph.nodes["dppa"]["posts"] == 12
    assert graph.nodes["dppa"]["regions"] == "Africa;Asia"
    assert graph.nodes["sg"]["head_rank"] == "SG"
    kinds = sorted((u, v, d["kind"], d.get("scope", "")) for u, v, d in graph.edges(data=True))
    assert kinds == [
        ("asg", "sg", "informs", ""),
        ("dpo", "asg", "reporting", "mission"),
        ("dppa", "asg", "reporting", "non-mission"),
        ("sg", "dpo", "reporting", "all"),
        ("sg", "dppa", "reporting", "all"),
    ]


def test_yed_graphics_and_labels() -> None:
    root = ET.fromstring(dumps_graphml(pillar()))
    y = "{http://www.yworks.com/xml/graphml}"
    labels = [e.text for e in root.iter(y + "NodeLabel")]
    assert labels == [
        "Secretary-General",
        "DPPA\nPolitical & Peacebuilding",
        "Peace Operations",
        "Regional ASG",
    ]
    styles = sorted(e.get("type") or "" for e in root.iter(y + "LineStyle"))
    assert styles == ["dashed", "dashed_dotted", "dotted", "line", "line"]
    assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"


def test_positions_come_from_the_layout_when_complete() -> None:
    chart = pillar()
    chart.set_positions({u.id: (float(i * 100), 50.0) for i, u in enumerate(chart)})
    root = ET.fromstring(dumps_graphml(chart))
    geometry = next(root.iter("{http://www.yworks.com/xml/graphml}Geometry"))
    assert geometry.get("x") == "-90.0" and geometry.get("y") == "18.0"
    assert len(set(fallback_positions(pillar()).values())) == len(pillar())
