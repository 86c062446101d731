"""GraphML export: one node a unit with attributes, edges with kind and scope, yEd graphics
(wrapped labels in boxes sized to them, a style per scope and link kind, groups as nodes)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings

from orgeditor.io import load_chart
from orgeditor.io.graphml import CARD_HEIGHT, CARD_WIDTH, dumps_graphml, fallback_positions, save_graphml
from orgeditor.io.graphml_style import WRAP, box_height
from orgeditor.layout import compute_layout
from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit

G = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"
EXAMPLES = Path(__file__).parents[2] / "examples"
LINE_TYPES = {"line", "dashed", "dotted", "dashed_dotted"}
ARROWS = {"none", "standard", "delta", "white_delta", "diamond", "white_diamond", "circle", "plain"}
COLOUR = re.compile(r"#[0-9A-F]{6}")


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


def nodes(root: ET.Element) -> dict[str, ET.Element]:
    return {node.get("id") or "": node for node in root.iter(G + "node")}


def label(node: ET.Element) -> str:
    element = node.find(f".//{Y}NodeLabel")
    assert element is not None and element.text is not None
    return element.text


def geometry(node: ET.Element) -> tuple[float, float, float, float]:
    element = node.find(f".//{Y}Geometry")
    assert element is not None
    return tuple(float(element.get(k) or "nan") for k in ("x", "y", "width", "height"))  # type: ignore[return-value]


def edge_style(root: ET.Element, source: str, target: str, kind: str = "reporting") -> tuple[str, str, str]:
    for edge in root.iter(G + "edge"):
        data = {d.get("key"): d.text for d in edge.iter(G + "data")}
        if (edge.get("source"), edge.get("target"), data["e_kind"]) == (source, target, kind):
            line, arrows = edge.find(f".//{Y}LineStyle"), edge.find(f".//{Y}Arrows")
            assert line is not None and arrows is not None
            return line.get("type") or "", line.get("color") or "", arrows.get("target") or ""
    raise AssertionError(f"no edge {source} -> {target}")


def overlaps(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    ordered = sorted(range(len(boxes)), key=lambda i: boxes[i][1])
    found = []
    for n, i in enumerate(ordered):
        x, y, w, h = boxes[i]
        for j in ordered[n + 1 :]:
            x2, y2, w2, _ = boxes[j]
            if y2 >= y + h - 0.05:
                break
            if x < x2 + w2 - 0.05 and x2 < x + w - 0.05:
                found.append((i, j))
    return found


def test_networkx_reads_nodes_and_attributes(tmp_path: Path) -> None:
    path = tmp_path / "p.graphml"
    save_graphml(pillar(), path)
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == len(pillar())
    assert graph.nodes["dppa"]["name"] == "Political & Peacebuilding"
    assert graph.nodes["dppa"]["posts"] == 12
    assert graph.nodes["dppa"]["regions"] == "Africa;Asia"
    assert graph.nodes["sg"]["head_rank"] == "SG"
    assert graph.graph["title"] == "Pillar <&>"
    kinds = sorted((u, v, d["kind"], d.get("scope", "")) for u, v, d in graph.edges(data=True))
    assert kinds == [
        ("asg", "sg", "informs", ""),
        ("dpo", "asg", "reporting", "mission"),
        ("dppa", "asg", "reporting", "non-mission"),
        ("sg", "dpo", "reporting", "all"),
        ("sg", "dppa", "reporting", "all"),
    ]


def test_labels_are_wrapped_and_boxes_hold_them() -> None:
    chart = pillar()
    chart.update_unit(
        chart.unit("dpo").with_changes(
            name="Department of Peace Operations and of Everything Else Besides",
            head=Head("Under-Secretary-General for Peace Operations", "USG", name="J. Doe"),
            posts=1,
        )
    )
    found = nodes(ET.fromstring(dumps_graphml(chart)))
    assert label(found["sg"]) == "Secretary-General\nSG"  # a title that repeats the rank is left out
    assert label(found["dppa"]) == "DPPA\nPolitical & Peacebuilding\n12 posts"
    assert label(found["dpo"]).split("\n") == [
        "Department of Peace Operations",
        "and of Everything Else Besides",
        "USG · Under-Secretary-General",
        "for Peace Operations · J. Doe",
        "1 post",
    ]
    for node in found.values():
        lines = label(node).split("\n")
        assert all(len(line) <= WRAP for line in lines)
        _, _, width, height = geometry(node)
        assert width == CARD_WIDTH and height == box_height(len(lines))
    assert geometry(found["dpo"])[3] > geometry(found["dppa"])[3] > geometry(found["sg"])[3]


def test_long_names_wrap_and_no_text_is_lost() -> None:
    chart = Chart(title="T")
    name = "Office of the Special Adviser " + "x" * 70 + " on the Prevention\nof Genocide"
    chart.add_unit(Unit("a", name, "office"))
    text = label(nodes(ET.fromstring(dumps_graphml(chart)))["a"])
    assert max(len(line) for line in text.split("\n")) <= WRAP
    assert "".join(text.split()) == "".join(name.split())


def test_each_scope_and_link_kind_has_its_style() -> None:
    chart = pillar()
    for kind, target in (("advises", "dppa"), ("functional", "dpo"), ("supports", "asg")):
        chart.add_link(Link("sg", target, kind))
    root = ET.fromstring(dumps_graphml(chart))
    scopes = [edge_style(root, "sg", "dppa"), edge_style(root, "dpo", "asg"), edge_style(root, "dppa", "asg")]
    assert [s[0] for s in scopes] == ["line", "dashed", "dotted"]
    assert [s[1] for s in scopes] == ["#3B434B", "#1F8A5A", "#2563B0"]  # the screen theme's
    assert all(s[2] == "none" for s in scopes)  # reporting lines: no arrow, as in the editor
    ends = [
        ("asg", "sg", "informs"),
        ("sg", "dppa", "advises"),
        ("sg", "dpo", "functional"),
        ("sg", "asg", "supports"),
    ]
    links = [edge_style(root, *end) for end in ends]
    assert [s[0] for s in links] == ["dotted", "dashed_dotted", "dashed_dotted", "dashed"]
    assert len({s[1] for s in links}) == 4 and all(s[2] == "standard" for s in links)
    labels = {e.text for e in root.iter(Y + "EdgeLabel")}
    assert labels == {"mission", "non-mission", "informs", "advises", "functional", "supports"}


def test_groups_are_nodes_with_an_edge_to_each_member(tmp_path: Path) -> None:
    chart = pillar()
    chart.add_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo")))
    chart.add_group(Group("empty", "Nobody yet"))
    path = tmp_path / "g.graphml"
    save_graphml(chart, path)
    graph = nx.read_graphml(path)
    assert graph.nodes["spg"]["kind"] == "group" and graph.nodes["spg"]["members"] == "dppa;dpo"
    assert graph.nodes["spg"]["name"] == "Standing Principals' Group"
    assert graph.nodes["dppa"]["groups"] == "spg"
    members = sorted((u, v) for u, v, d in graph.edges(data=True) if d["kind"] == "member")
    assert members == [("spg", "dpo"), ("spg", "dppa")]
    root = ET.parse(path).getroot()
    found = nodes(root)
    assert label(found["spg"]) == "Standing Principals' Group\ngroup of 2 members"
    boxes = [geometry(node) for node in found.values()]
    assert not overlaps(boxes)
    right_of_units = max(geometry(found[u])[0] + CARD_WIDTH for u in chart.units)
    assert geometry(found["spg"])[0] > right_of_units


def test_positions_come_from_the_layout_when_complete() -> None:
    chart = pillar()
    chart.set_positions({u.id: (float(i * 300), 50.0) for i, u in enumerate(chart)})
    found = nodes(ET.fromstring(dumps_graphml(chart)))
    x, y, width, height = geometry(found["sg"])
    assert (x + width / 2, y + height / 2) == (0.0, 50.0)
    assert len(set(fallback_positions(pillar()).values())) == len(pillar())


def test_taller_boxes_push_the_rows_below_them_down() -> None:
    chart = pillar()
    long_name = "A name long enough to need four lines of text in a box of the layout width"
    chart.update_unit(chart.unit("sg").with_changes(name=long_name, short="SG", posts=3))
    positions = {"sg": (0.0, 0.0), "dppa": (-250.0, CARD_HEIGHT + 20), "dpo": (250.0, CARD_HEIGHT + 20)}
    positions["asg"] = (0.0, 2 * (CARD_HEIGHT + 20))
    found = nodes(ET.fromstring(dumps_graphml(chart, positions)))
    sg, dppa, asg = geometry(found["sg"]), geometry(found["dppa"]), geometry(found["asg"])
    assert sg[3] > CARD_HEIGHT
    assert dppa[1] - (sg[1] + sg[3]) >= 20.0 - 1e-6  # the gap the layout left is kept
    assert asg[1] - (dppa[1] + dppa[3]) >= 20.0 - 1e-6
    dpo = geometry(found["dpo"])
    assert dppa[1] + dppa[3] / 2 == dpo[1] + dpo[3] / 2  # a row stays a row (centres level)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_units=10))
def test_boxes_at_the_auto_layout_never_overlap(chart: Chart) -> None:
    positions = compute_layout(chart).positions
    root = ET.fromstring(dumps_graphml(chart, positions))
    found = nodes(root)
    assert set(found) == set(chart.units) | set(chart.groups)
    assert not overlaps([geometry(found[u]) for u in chart.units])


def _check_yed_structure(root: ET.Element) -> None:
    """Children in the order yEd writes them, and only values yEd knows."""
    for shape in root.iter(Y + "ShapeNode"):
        assert [child.tag.removeprefix(Y) for child in shape] == [
            "Geometry",
            "Fill",
            "BorderStyle",
            "NodeLabel",
            "Shape",
        ]
        for part in ("Fill", "BorderStyle"):
            element = shape.find(Y + part)
            assert element is not None and COLOUR.fullmatch(element.get("color") or "")
    for edge in root.iter(Y + "PolyLineEdge"):
        tags = [child.tag.removeprefix(Y) for child in edge]
        assert tags in (
            ["Path", "LineStyle", "Arrows", "BendStyle"],
            ["Path", "LineStyle", "Arrows", "EdgeLabel", "BendStyle"],
        )
    assert {e.get("type") for e in root.iter(Y + "LineStyle")} <= LINE_TYPES
    assert {e.get(end) for e in root.iter(Y + "Arrows") for end in ("source", "target")} <= ARROWS


def test_the_examples_through_the_cli(tmp_path: Path) -> None:
    for name in ("proposal-2017", "implemented-2019"):
        out = tmp_path / f"{name}.graphml"
        command = [
            sys.executable,
            "-m",
            "orgeditor",
            "export",
            str(EXAMPLES / f"{name}.yaml"),
            "-o",
            str(out),
        ]
        subprocess.run(command, check=True, capture_output=True)
        chart = load_chart(EXAMPLES / f"{name}.yaml")
        graph = nx.read_graphml(out)
        assert set(graph.nodes) == set(chart.units) | set(chart.groups)
        assert graph.graph["title"] == chart.title
        root = ET.parse(out).getroot()
        assert root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "").endswith(
            "ygraphml.xsd"
        )
        _check_yed_structure(root)
        found = nodes(root)
        assert not overlaps([geometry(node) for node in found.values()])
        for unit in chart:
            text = label(found[unit.id])
            assert max(len(line) for line in text.split("\n")) <= WRAP
            assert "".join(text.split()).startswith("".join((unit.short or unit.name).split()))


def test_text_is_escaped_and_the_file_well_formed(tmp_path: Path) -> None:
    chart = Chart(title='T <"&">')
    chart.add_unit(Unit("a", "A <b> & \"c\" 'd' ]]>", "office", note="x\ny\tz", head=Head(name="É <x>")))
    path = tmp_path / "t.graphml"
    save_graphml(chart, path)
    graph = nx.read_graphml(path)
    assert graph.nodes["a"]["name"] == "A <b> & \"c\" 'd' ]]>"
    assert graph.nodes["a"]["note"] == "x\ny\tz"
    assert graph.graph["title"] == 'T <"&">'
    _check_yed_structure(ET.parse(path).getroot())
