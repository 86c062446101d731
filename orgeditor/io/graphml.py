"""GraphML export that opens well in yEd (and reads in networkx, Gephi, Cytoscape).

Every unit is a node carrying its fields as attributes (``name``, ``short``, ``kind``,
``head_title``, ``head_rank``, ``head_gender``, ``head_name``, ``regions``, ``presence``,
``functions``, ``posts``, ``groups``, ``note``, ``formerly``) and a yEd ``y:ShapeNode``: a box as wide as
the layout's cards, as tall as its label, which is wrapped onto lines (short name, name, head
rank · title · name, posts). Reporting lines run from the manager to the unit with
``kind=reporting`` and their ``scope``; links run from source to target with ``kind`` set to
the link kind; each is a ``y:PolyLineEdge`` styled as in the editor (scope ``all`` solid,
``mission`` dashed, ``non-mission`` dotted, each in its colour; links in their kind's colour
and dash, with an arrow). Each group is a node of ``kind=group`` (its ``name``, and its
``members`` ``;``-separated), drawn beside the chart, with an edge of ``kind=member`` to each
member. The graph carries the chart's ``title`` and ``description``, its declared ``funding``
sources and its ``departures`` (a line each: ``RULE [unit;unit]: reason (cite)``); a unit a
departure names carries the rule in its own ``departures``.

Posts (SPEC §6.1): ``posts`` is the total (an int, as the label shows it). A unit whose posts are
broken down also carries ``posts_by_grade``, the whole breakdown as the CSV cell writes it
(``regular-budget:D-2=1;P-4=3|support-account:P-3=2``, see :mod:`orgeditor.io.csv_posts`), and
one int per grade and per funding source it has, ``posts_P-4`` and
``posts_from_regular-budget``, so that Gephi or yEd can size, colour and filter by them. Those
keys are declared for the grades and sources the chart uses only.

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
from orgeditor.io.csv_posts import breakdown_cell
from orgeditor.io.graphml_style import (
    BOX_WIDTH,
    CARD_FILL,
    CARD_TEXT,
    FONT_FAMILY,
    FONT_SIZE,
    GROUP_BORDER,
    GROUP_FILL,
    GROUP_MEMBER_STYLE,
    LAYOUT_CARD_HEIGHT,
    NEUTRAL_BORDER,
    EdgeStyle,
    box_height,
    department_colours,
    departments_by_unit,
    group_label_lines,
    link_style,
    scope_style,
    tint,
    unit_label_lines,
)
from orgeditor.model import GRADES, Chart, Group, Head, Unit

__all__ = ["CARD_HEIGHT", "CARD_WIDTH", "dumps_graphml", "fallback_positions", "save_graphml", "stretch_rows"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
_Y = "{" + YED_NS + "}"

#: (name, type) of the node, edge and graph data keys.
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
    ("members", "string"),
    ("posts_by_grade", "string"),
    ("formerly", "string"),
    ("departures", "string"),
)
_EDGE_KEYS: tuple[tuple[str, str], ...] = (("kind", "string"), ("scope", "string"))
_GRAPH_KEYS: tuple[tuple[str, str], ...] = (
    ("title", "string"),
    ("description", "string"),
    ("funding", "string"),
    ("departures", "string"),
)
#: The width of a box, and the height of a card in the auto layout (boxes grow from it).
CARD_WIDTH, CARD_HEIGHT = BOX_WIDTH, LAYOUT_CARD_HEIGHT
#: Room between levels of :func:`fallback_positions`, and between the chart and its groups.
_LEVEL_GAP, _GROUP_GAP = 72.0, 80.0

Point = tuple[float, float]


def fallback_positions(chart: Chart) -> dict[str, Point]:
    """Simple tiered card centres (depth down, display order across) for charts with none."""
    columns: dict[int, int] = {}
    positions: dict[str, Point] = {}
    for unit in chart:
        level = len(chart.chain(unit.id)) - 1
        column = columns.get(level, 0)
        columns[level] = column + 1
        positions[unit.id] = (column * (CARD_WIDTH + 30.0), level * (CARD_HEIGHT + _LEVEL_GAP))
    return positions


def stretch_rows(centres: Mapping[str, Point], heights: Mapping[str, float]) -> dict[str, Point]:
    """*centres* moved down so that boxes of *heights* never overlap where cards of the layout's
    :data:`CARD_HEIGHT` did not: each row of centres (one y) keeps its x and its order, and sits
    lower by what the taller boxes above it need. Gaps between rows never shrink.

    >>> stretch_rows({"a": (0.0, 0.0), "b": (0.0, 100.0)}, {"a": 84.0, "b": 124.0})
    {'a': (0.0, 0.0), 'b': (0.0, 120.0)}
    """
    rows: dict[float, float] = {}
    for key, (_, y) in centres.items():
        rows[y] = max(rows.get(y, CARD_HEIGHT), heights.get(key, CARD_HEIGHT))
    shift: dict[float, float] = {}
    total, previous = 0.0, None
    for y in sorted(rows):
        if previous is not None:
            # both rows' extra halves: with every row at least CARD_HEIGHT tall, the sum over
            # the rows between any two boxes covers both of theirs (so no pair can overlap)
            total += (rows[previous] + rows[y]) / 2 - CARD_HEIGHT
        shift[y] = total
        previous = y
    return {key: (x, y + shift[y]) for key, (x, y) in centres.items()}


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _box(
    parent: ET.Element, lines: list[str], centre: Point, *, fill: str, border: tuple[str, float], shape: str
) -> None:
    """The yEd graphics of a node: a box of :data:`CARD_WIDTH` as tall as its *lines*."""
    data = ET.SubElement(parent, "data", key="d_graphics")
    node = ET.SubElement(data, _Y + "ShapeNode")
    height = box_height(len(lines))
    x, y = centre
    ET.SubElement(
        node,
        _Y + "Geometry",
        height=f"{height:.1f}",
        width=f"{CARD_WIDTH:.1f}",
        x=f"{x - CARD_WIDTH / 2:.1f}",
        y=f"{y - height / 2:.1f}",
    )
    ET.SubElement(node, _Y + "Fill", color=fill.upper(), transparent="false")
    ET.SubElement(node, _Y + "BorderStyle", color=border[0].upper(), type="line", width=f"{border[1]:.1f}")
    _text(
        node,
        _Y + "NodeLabel",
        "\n".join(lines),
        alignment="center",
        autoSizePolicy="content",
        fontFamily=FONT_FAMILY,
        fontSize=str(FONT_SIZE),
        fontStyle="plain",
        hasBackgroundColor="false",
        hasLineColor="false",
        modelName="internal",
        modelPosition="c",
        textColor=CARD_TEXT.upper(),
        visible="true",
    )
    ET.SubElement(node, _Y + "Shape", type=shape)


def _edge(
    graph: ET.Element, number: int, ends: tuple[str, str], data: dict[str, str], style: EdgeStyle
) -> None:
    edge = ET.SubElement(graph, "edge", id=f"e{number}", source=ends[0], target=ends[1])
    for name, value in data.items():
        _text(edge, "data", value, key=f"e_{name}")
    graphics = ET.SubElement(ET.SubElement(edge, "data", key="e_graphics"), _Y + "PolyLineEdge")
    ET.SubElement(graphics, _Y + "Path", sx="0.0", sy="0.0", tx="0.0", ty="0.0")
    ET.SubElement(
        graphics,
        _Y + "LineStyle",
        color=style.colour.upper(),
        type=style.line_type,
        width=f"{style.width:.1f}",
    )
    ET.SubElement(graphics, _Y + "Arrows", source="none", target=style.target_arrow)
    label = data.get("scope", "all") if data["kind"] == "reporting" else data["kind"]
    if label not in ("all", "member"):
        _text(
            graphics,
            _Y + "EdgeLabel",
            label,
            alignment="center",
            distance="2.0",
            fontFamily=FONT_FAMILY,
            fontSize="9",
            fontStyle="plain",
            hasBackgroundColor="false",
            hasLineColor="false",
            modelName="centered",
            modelPosition="center",
            preferredPlacement="anywhere",
            textColor=style.colour.upper(),
            visible="true",
        )
    ET.SubElement(graphics, _Y + "BendStyle", smoothed="false")


def _post_keys(chart: Chart) -> list[tuple[str, str]]:
    """The int keys of posts per grade and per funding source that the chart's breakdowns use:
    grades highest first, sources in the chart's order (others after, alphabetically)."""
    grades: set[str] = set()
    sources: set[str] = set()
    for unit in chart:
        if unit.post_breakdown is not None:
            grades.update(grade for _, grade, _ in unit.post_breakdown.counts)
            sources.update(unit.post_breakdown.sources())
    ordered = [source for source in chart.funding_sources if source in sources]
    ordered += sorted(sources - set(ordered))
    return [(f"posts_{grade}", "int") for grade in GRADES if grade in grades] + [
        (f"posts_from_{source}", "int") for source in ordered
    ]


def _departures_text(chart: Chart) -> str | None:
    """The chart's departures, a line each: ``RULE [unit;unit]: reason (cite)``."""
    lines = [
        f"{d.rule} [{';'.join(d.units)}]: {' '.join(d.reason.split())} ({' '.join(d.cite.split())})"
        for d in chart.departures
    ]
    return "\n".join(lines) or None


def _unit_values(chart: Chart, unit: Unit) -> dict[str, str | None]:
    head = unit.head or Head()
    values: dict[str, str | None] = {
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
        "formerly": ";".join(unit.formerly) or None,
        "departures": ";".join(dict.fromkeys(d.rule for d in chart.departures if unit.id in d.units)) or None,
    }
    breakdown = unit.post_breakdown
    if breakdown is not None:
        values["posts_by_grade"] = breakdown_cell(breakdown, chart.funding_sources)
        values.update((f"posts_{grade}", str(count)) for grade, count in breakdown.by_grade().items())
        values.update(
            (f"posts_from_{source}", str(count))
            for source, count in breakdown.by_source().items()
            if source is not None
        )
    return values


def _group_centres(
    chart: Chart, units: Mapping[str, Point], given: Mapping[str, Point], heights: Mapping[str, float]
) -> dict[str, Point]:
    """Centres of the group boxes: given ones kept, the others in a column right of the chart,
    each level with the middle of its members, none overlapping another."""
    centres = {gid: given[gid] for gid in chart.groups if gid in given}
    right = max((x for x, _ in units.values()), default=0.0) + CARD_WIDTH + _GROUP_GAP
    wanted: list[tuple[float, str]] = []
    for gid, group in chart.groups.items():
        if gid in centres:
            continue
        ys = [units[m][1] for m in group.members if m in units]
        wanted.append((sum(ys) / len(ys) if ys else 0.0, gid))
    bottom = None
    for y, gid in sorted(wanted):
        half = heights[gid] / 2
        top = y - half if bottom is None else max(y - half, bottom + 20.0)
        centres[gid] = (right, top + half)
        bottom = top + 2 * half
    return centres


def dumps_graphml(chart: Chart, positions: Mapping[str, Point] | None = None) -> str:
    """The chart as GraphML text. *positions* (card centres; a group's centre too, if given)
    default to the saved layout, or to :func:`fallback_positions` when the chart has none for
    some unit; rows are moved apart where the wrapped boxes are taller than the layout's cards
    (:func:`stretch_rows`)."""
    ET.register_namespace("y", YED_NS)
    ET.register_namespace("xsi", XSI_NS)
    if positions is None:
        saved = chart.layout.positions
        positions = saved if all(u.id in saved for u in chart) else fallback_positions(chart)
    labels = {unit.id: unit_label_lines(unit) for unit in chart}
    labels.update({gid: group_label_lines(group) for gid, group in chart.groups.items()})
    heights = {key: box_height(len(lines)) for key, lines in labels.items()}
    centres = stretch_rows({u.id: positions.get(u.id, (0.0, 0.0)) for u in chart}, heights)
    group_centres = _group_centres(chart, centres, positions, heights)

    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION})
    node_keys = (*_NODE_KEYS, *_post_keys(chart))
    for scope, keys in (("graph", _GRAPH_KEYS), ("node", node_keys), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            key_id = f"{scope[0]}_{name}"
            ET.SubElement(root, "key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": kind})
    ET.SubElement(root, "key", {"id": "d_graphics", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, "key", {"id": "e_graphics", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, "graph", id="chart", edgedefault="directed")
    _text(graph, "desc", chart.title)
    _text(graph, "data", chart.title, key="g_title")
    if chart.description is not None:
        _text(graph, "data", chart.description, key="g_description")
    if chart.funding:
        _text(graph, "data", ";".join(chart.funding), key="g_funding")
    departures = _departures_text(chart)
    if departures is not None:
        _text(graph, "data", departures, key="g_departures")

    departments = departments_by_unit(chart)
    colours = department_colours(u.id for u in chart if u.kind == "department")
    for unit in chart:
        node = ET.SubElement(graph, "node", id=unit.id)
        values = _unit_values(chart, unit)
        for name, _ in node_keys:
            value = values.get(name)
            if value is not None:
                _text(node, "data", value, key=f"n_{name}")
        band = colours.get(departments.get(unit.id, ""))
        fill = tint(band) if band is not None and unit.kind == "department" else CARD_FILL
        border = (band, 2.0) if band is not None else (NEUTRAL_BORDER, 1.0)
        _box(node, labels[unit.id], centres[unit.id], fill=fill, border=border, shape="roundrectangle")
    for group in chart.groups.values():
        _group_node(graph, group, labels[group.id], group_centres[group.id])

    count = 0
    for unit in chart:
        for line in unit.reports_to:
            data = {"kind": "reporting", "scope": line.scope}
            _edge(graph, count, (line.to, unit.id), data, scope_style(line.scope))
            count += 1
    for link in chart.links:
        _edge(graph, count, (link.source, link.target), {"kind": link.kind}, link_style(link.kind))
        count += 1
    for group in chart.groups.values():
        for member in group.members:
            _edge(graph, count, (group.id, member), {"kind": "member"}, GROUP_MEMBER_STYLE)
            count += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _group_node(graph: ET.Element, group: Group, lines: list[str], centre: Point) -> None:
    node = ET.SubElement(graph, "node", id=group.id)
    _text(node, "data", group.name, key="n_name")
    _text(node, "data", "group", key="n_kind")
    _text(node, "data", ";".join(group.members), key="n_members")
    _box(node, lines, centre, fill=GROUP_FILL, border=(GROUP_BORDER, 1.5), shape="roundrectangle")


def save_graphml(chart: Chart, path: str | Path, positions: Mapping[str, Point] | None = None) -> None:
    """Write the chart as a UTF-8 GraphML file."""
    atomic_write_bytes(path, dumps_graphml(chart, positions).encode("utf-8"), keep_backup=False)
