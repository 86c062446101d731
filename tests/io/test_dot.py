"""DOT export: parseable by Graphviz, labelled, scopes as styles, departments as clusters."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.io.dot import dumps_dot, quote, save_dot
from orgeditor.model import Chart, Group, Link, ReportingLine, Unit


def pillar() -> Chart:
    chart = Chart(title='Pillar "2017"')
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(
        Unit(
            "dppa",
            "Political Affairs",
            "department",
            short="DPPA",
            reports_to=(ReportingLine("sg"),),
            posts=12,
        )
    )
    chart.add_unit(
        Unit("dpo", "Peace Operations", "department", short="DPO", reports_to=(ReportingLine("sg"),))
    )
    chart.add_unit(Unit("pbso", "Peacebuilding\\Support", "office", reports_to=(ReportingLine("dppa"),)))
    chart.add_unit(
        Unit(
            "asg",
            "Regional ASG",
            "office",
            reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
        )
    )
    chart.add_link(Link("pbso", "sg", "functional"))
    chart.add_group(Group("spg", "Principals", ("dppa", "dpo")))
    return chart


def test_dot_is_deterministic_and_complete(tmp_path: Path) -> None:
    text = dumps_dot(pillar())
    assert text == dumps_dot(pillar())
    assert 'subgraph "cluster_dppa"' in text and 'subgraph "cluster_dpo"' in text
    assert '"dppa" -> "asg" [style=dotted, label="non-mission"' in text
    assert '"dpo" -> "asg" [style=dashed, label="mission"' in text
    assert '"pbso" -> "sg" [label="functional"' in text and "constraint=false" in text
    save_dot(pillar(), tmp_path / "p.dot")
    assert (tmp_path / "p.dot").read_text(encoding="utf-8") == text


def test_graphviz_reads_it_back() -> None:
    pgv = pytest.importorskip("pygraphviz")
    graph = pgv.AGraph(string=dumps_dot(pillar()))
    assert sorted(graph.nodes()) == ["asg", "dpo", "dppa", "pbso", "sg"]
    assert graph.get_node("pbso").attr["label"] == "Peacebuilding\\\\Support"
    cluster = graph.get_subgraph("cluster_dppa")
    assert sorted(cluster.nodes()) == ["dppa", "pbso"]
    assert graph.graph_attr["label"] == 'Pillar "2017"'


def test_quote_escapes() -> None:
    assert quote('say "hi"\\') == '"say \\"hi\\"\\\\"'


def test_departments_in_a_cycle_still_get_their_cards() -> None:
    chart = Chart(title="Broken")
    chart.add_unit(Unit("a", "Dept A", "department"))
    chart.add_unit(Unit("b", "Dept B", "department", reports_to=(ReportingLine("a"),)))
    chart.add_unit(Unit("c", "Office C", "office", reports_to=(ReportingLine("b"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    text = dumps_dot(chart)
    for unit_id, name in (("a", "Dept A"), ("b", "Dept B"), ("c", "Office C")):
        assert f'"{unit_id}" [label="{name}"' in text
    assert text.count('subgraph "cluster_') == 2
