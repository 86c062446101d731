"""Graphviz ``dot`` layout for small charts: departments as clusters, shared units between them.

pygraphviz is imported inside :func:`dot_layout` only (DESIGN.md §3: in GUI processes QtGui
must be loaded before it). Sizes go to Graphviz in inches at 96 px per inch and positions
come back in points (72 per inch), y up; both are converted to scene px, y down.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from orgeditor.layout.geometry import Point, Size, simplify_polyline
from orgeditor.layout.structure import Structure
from orgeditor.model import Chart

__all__ = ["DotResult", "dot_layout"]

PX_PER_INCH = 96.0
PX_PER_POINT = PX_PER_INCH / 72.0
NODESEP_PX = 28.0
RANKSEP_PX = 64.0

LineKey = tuple[str, str, str]


@dataclass
class DotResult:
    positions: dict[str, Point]
    group_positions: dict[str, Point]
    routes: dict[LineKey, list[Point]]
    link_routes: dict[LineKey, list[Point]]
    margin: float = NODESEP_PX


def department_clusters(chart: Chart, structure: Structure) -> dict[str, list[str]]:
    """Department id -> visible units of its subtree (scope all), outermost departments only."""
    visible = set(structure.order)
    taken: set[str] = set()
    clusters: dict[str, list[str]] = {}
    for uid in structure.order:
        if chart.units[uid].kind != "department" or uid in taken:
            continue
        members = [m for m in chart.subtree(uid) if m in visible and m not in taken]
        taken.update(members)
        clusters[uid] = members
    return clusters


def dot_layout(chart: Chart, structure: Structure, group_size: Size) -> DotResult:
    """Lay out *structure* with Graphviz dot (orthogonal lines) and convert to scene px."""
    import pygraphviz  # noqa: PLC0415 - lazy on purpose (DESIGN.md §3)

    graph = pygraphviz.AGraph(directed=True, strict=False, name="chart")
    graph.graph_attr.update(
        rankdir="TB",
        splines="ortho",
        newrank="true",
        nodesep=f"{NODESEP_PX / PX_PER_INCH:.4f}",
        ranksep=f"{RANKSEP_PX / PX_PER_INCH:.4f}",
        outputorder="edgesfirst",
    )
    graph.node_attr.update(shape="box", fixedsize="true", label="", margin="0")
    graph.edge_attr.update(dir="none", arrowhead="none")
    for uid in structure.order:
        w, h = structure.sizes[uid]
        graph.add_node(uid, width=_inches(w), height=_inches(h))
    for gid in structure.groups:
        graph.add_node(gid, width=_inches(group_size[0]), height=_inches(group_size[1]))
    clusters = department_clusters(chart, structure)
    for dept, members in clusters.items():
        graph.add_subgraph(members, name=f"cluster_{dept}", label="", margin="12", style="invis")
    line_ids: dict[str, LineKey] = {}
    for n, key in enumerate(structure.lines):
        uid, manager, _ = key
        edge_id = f"l{n}"
        line_ids[edge_id] = key
        graph.add_edge(manager, uid, key=edge_id, id=edge_id)
    link_ids: dict[str, LineKey] = {}
    for n, key in enumerate(structure.links):
        edge_id = f"k{n}"
        link_ids[edge_id] = key
        graph.add_edge(key[0], key[1], key=edge_id, id=edge_id, constraint="false")
    for gid, members in structure.groups.items():
        for m in members:
            graph.add_edge(gid, m, key=f"g-{gid}-{m}", id=f"g-{gid}-{m}", weight="2")
    _order_shared_units(graph, structure, clusters)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph.layout(prog="dot")

    top = float(str(graph.graph_attr["bb"]).split(",")[3])

    def convert(text: str) -> Point:
        x, y = text.split(",")[:2]
        return (float(x) * PX_PER_POINT, (top - float(y)) * PX_PER_POINT)

    positions = {uid: convert(str(graph.get_node(uid).attr["pos"])) for uid in structure.order}
    groups = {gid: convert(str(graph.get_node(gid).attr["pos"])) for gid in structure.groups}
    routes: dict[LineKey, list[Point]] = {}
    link_routes: dict[LineKey, list[Point]] = {}
    for edge in graph.edges_iter():
        attr: Any = edge.attr
        edge_id = str(attr.get("id") or "")
        pos = str(attr.get("pos") or "")
        if not pos:
            continue
        points = simplify_polyline(
            convert(token) for token in pos.split() if not token.startswith(("s,", "e,"))
        )
        if edge_id in line_ids:
            key = line_ids[edge_id]
            routes[key] = _orient(points, positions[key[1]])
        elif edge_id in link_ids:
            key = link_ids[edge_id]
            link_routes[key] = _orient(points, positions[key[0]])
    return DotResult(positions, groups, routes, link_routes)


def _inches(px: float) -> str:
    return f"{px / PX_PER_INCH:.4f}"


def _orient(points: list[Point], start: Point) -> list[Point]:
    """*points* ordered so that they begin at the end nearer to *start*."""
    if len(points) >= 2:
        d0 = abs(points[0][0] - start[0]) + abs(points[0][1] - start[1])
        d1 = abs(points[-1][0] - start[0]) + abs(points[-1][1] - start[1])
        if d1 < d0:
            return points[::-1]
    return points


def _order_shared_units(graph: Any, structure: Structure, clusters: dict[str, list[str]]) -> None:
    """Keep units reporting into two departments between them, left department first."""
    cluster_of = {m: dept for dept, members in clusters.items() for m in members}
    between: dict[tuple[str, str], list[str]] = {}
    for uid, (a, b) in structure.duals.items():
        ca, cb = cluster_of.get(a), cluster_of.get(b)
        if ca is None or cb is None or ca == cb or uid in cluster_of:
            continue
        between.setdefault((ca, cb), []).append(uid)
    for n, ((left, right), shared) in enumerate(sorted(between.items())):
        chain = [left, *shared, right]
        # Same-rank ordering edges between the two departments' heads and the shared units'
        # heads would fight the ranks; order the departments and the shared units separately.
        graph.add_subgraph([left, right], name=f"order_depts_{n}", rank="same")
        graph.add_edge(left, right, key=f"o-{n}", style="invis", weight="0")
        for i in range(1, len(shared)):
            graph.add_edge(shared[i - 1], shared[i], key=f"o-{n}-{i}", style="invis", weight="0")
        graph.add_subgraph(shared, name=f"order_shared_{n}", rank="same")
        del chain
