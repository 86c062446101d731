"""GraphML export that opens well in yEd (and in networkx, Gephi, Cytoscape).

Every unit is a node carrying its fields as attributes (``name``, ``short``, ``kind``,
``head_title``, ``head_rank``, ``head_gender``, ``head_name``, ``regions``, ``presence``,
``functions``, ``posts``, ``groups``) and a yEd ``y:ShapeNode`` with a label and geometry.
Reporting lines run from the manager to the unit with ``kind=reporting`` and their ``scope``;
links run from source to target with ``kind`` set to the link kind.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> dumps_graphml(chart).count("<node ")
2
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.model import Chart, Head, Unit

__all__ = ["dumps_graphml", "fallback_positions", "save_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
_Y = "{" + YED_NS + "}"

#: (name, type) of the node and edge data keys.
_NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("name", "string"),
    ("short", "string"),
    ("kind", "string"),
    ("head_title", "string"),
    ("head_rank", "string"),
    ("head_gender", "string"),
    ("head_name", "string"),
    ("regions", "string"),
    ("presence", "string"),
    ("functions", "string"),
    ("posts", "int"),
    ("groups", "string"),
    ("note", "string"),
)
_EDGE_KEYS: tuple[tuple[str, str], ...] = (("kind", "string"), ("scope", "string"))
_LINE_TYPES = {"all": "line", "mission": "dashed", "non-mission": "dotted"}
CARD_WIDTH, CARD_HEIGHT = 180.0, 64.0


def fallback_positions(chart: Chart) -> dict[str, tuple[float, float]]:
    """Simple tiered card centres (depth down, display order across) for charts with none."""
    depth: dict[str, int] = {}
    for unit in chart:
        depth[unit.id] = len(chart.chain(unit.id)) - 1
    columns: dict[int, int] = {}
    positions: dict[str, tuple[float, float]] = {}
    for unit in chart:
        level = depth[unit.id]
        column = columns.get(level, 0)
        columns[level] = column + 1
        positions[unit.id] = (column * (CARD_WIDTH + 30.0), level * (CARD_HEIGHT + 60.0))
    return positions


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _shape(parent: ET.Element, unit: Unit, centre: tuple[float, float]) -> None:
    data = ET.SubElement(parent, "data", key="d_graphics")
    shape = ET.SubElement(data, _Y + "ShapeNode")
    x, y = centre
    ET.SubElement(
        shape,
        _Y + "Geometry",
        x=f"{x - CARD_WIDTH / 2:.1f}",
        y=f"{y - CARD_HEIGHT / 2:.1f}",
        width=f"{CARD_WIDTH:.1f}",
        height=f"{CARD_HEIGHT:.1f}",
    )
    fill = "#DBE7F5" if unit.kind == "department" else "#FFFFFF"
    ET.SubElement(shape, _Y + "Fill", color=fill, transparent="false")
    ET.SubElement(shape, _Y + "BorderStyle", color="#4A5A70", type="line", width="1.0")
    label = unit.short + "\n" + unit.name if unit.short else unit.name
    _text(
        shape,
        _Y + "NodeLabel",
        label,
        alignment="center",
        autoSizePolicy="content",
        fontFamily="Dialog",
        fontSize="11",
        modelName="internal",
        modelPosition="c",
    )
    ET.SubElement(shape, _Y + "Shape", type="roundrectangle")


def _edge_graphics(parent: ET.Element, line_type: str, color: str, label: str | None) -> None:
    data = ET.SubElement(parent, "data", key="e_graphics")
    edge = ET.SubElement(data, _Y + "PolyLineEdge")
    ET.SubElement(edge, _Y + "LineStyle", color=color, type=line_type, width="1.0")
    ET.SubElement(edge, _Y + "Arrows", source="none", target="standard")
    if label:
        _text(edge, _Y + "EdgeLabel", label, fontSize="9", textColor="#6A6A6A")
    ET.SubElement(edge, _Y + "BendStyle", smoothed="false")


def dumps_graphml(chart: Chart, positions: Mapping[str, tuple[float, float]] | None = None) -> str:
    """The chart as GraphML text. *positions* (card centres) default to the saved layout,
    or to :func:`fallback_positions` when the chart has none for some unit."""
    ET.register_namespace("y", YED_NS)
    if positions is None:
        saved = chart.layout.positions
        positions = saved if all(u.id in saved for u in chart) else fallback_positions(chart)
    root = ET.Element("graphml", xmlns=GRAPHML_NS)
    for name, kind in _NODE_KEYS:
        ET.SubElement(root, "key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind})
    for name, kind in _EDGE_KEYS:
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind})
    ET.SubElement(root, "key", {"id": "d_graphics", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, "key", {"id": "e_graphics", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, "graph", id="chart", edgedefault="directed")
    _text(graph, "desc", chart.title)
    for unit in chart:
        node = ET.SubElement(graph, "node", id=unit.id)
        head = unit.head or Head()
        values = {
            "name": unit.name,
            "short": unit.short,
            "kind": unit.kind,
            "head_title": head.title,
            "head_rank": head.rank,
            "head_gender": head.gender,
            "head_name": head.name,
            "regions": ";".join(unit.regions) or None,
            "presence": unit.presence,
            "functions": ";".join(unit.functions) or None,
            "posts": None if unit.posts is None else str(unit.posts),
            "groups": ";".join(chart.groups_of(unit.id)) or None,
            "note": unit.note,
        }
        for name, _ in _NODE_KEYS:
            value = values[name]
            if value is not None:
                _text(node, "data", value, key=f"n_{name}")
        _shape(node, unit, positions.get(unit.id, (0.0, 0.0)))
    count = 0
    for unit in chart:
        for line in unit.reports_to:
            edge = ET.SubElement(graph, "edge", id=f"e{count}", source=line.to, target=unit.id)
            count += 1
            _text(edge, "data", "reporting", key="e_kind")
            _text(edge, "data", line.scope, key="e_scope")
            label = None if line.scope == "all" else line.scope
            _edge_graphics(edge, _LINE_TYPES[line.scope], "#4A5A70", label)
    for link in chart.links:
        edge = ET.SubElement(graph, "edge", id=f"e{count}", source=link.source, target=link.target)
        count += 1
        _text(edge, "data", link.kind, key="e_kind")
        _edge_graphics(edge, "dashed_dotted", "#8A8A8A", link.kind)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def save_graphml(
    chart: Chart, path: str | Path, positions: Mapping[str, tuple[float, float]] | None = None
) -> None:
    """Write the chart as a UTF-8 GraphML file."""
    atomic_write_bytes(path, dumps_graphml(chart, positions).encode("utf-8"), keep_backup=False)
