"""Graphviz ``dot`` layout for small charts: departments as clusters, shared units between them.

pygraphviz is imported inside :func:`dot_layout` only (DESIGN.md §3: in GUI processes QtGui
must be loaded before it). Sizes go to Graphviz in inches at 96 px per inch and positions
come back in points (72 per inch), y up; both are converted to scene px, y down.

Dot places the cards. A unit's many childless reports are stacked in columns (one dot node
per row of the stack, chained so that the rows line up). Every line and link between cards on
different ranks is then routed orthogonally by :mod:`orgeditor.layout.buses` (buses in the gaps
between ranks, through free places in the ranks between). Only lines between cards of one rank
(or going up, in a cycle) keep dot's own polyline route, which avoids the cards.

Graphviz uses ``splines=polyline``: with ``splines=ortho`` (and with ``ordering=out``) the
bundled Graphviz aborts the whole process on some charts (assertions in ortho.c / list.c, found
by fuzzing), which no ``try`` can catch.
"""

from __future__ import annotations

import itertools
import math
import threading
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orgeditor.layout.blocks import Block, make_block
from orgeditor.layout.buses import Stack, bus_routes
from orgeditor.layout.geometry import Point, Size, card_rect, orthogonal_route, simplify_polyline
from orgeditor.layout.structure import Structure
from orgeditor.layout.tidy import TidyOptions
from orgeditor.model import Chart

__all__ = ["DotResult", "centre_parents", "department_clusters", "dot_layout"]

PX_PER_INCH = 96.0
PX_PER_POINT = PX_PER_INCH / 72.0
NODESEP_PX = 28.0
RANKSEP_PX = 64.0
#: Stack a unit's childless reports when it has at least this many.
COMPACT = 4

LineKey = tuple[str, str, str]

#: Graphviz keeps global state: one layout at a time, whichever thread asks (layout workers).
_GRAPHVIZ_LOCK = threading.Lock()

#: Graphviz graph attributes (sizes and separations are added in inches).
GRAPH_ATTRS: dict[str, str] = {
    "rankdir": "TB",
    "splines": "polyline",
    "newrank": "true",
}


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


def stackable_leaves(structure: Structure, minimum: int = COMPACT) -> dict[str, list[str]]:
    """Manager -> its reports that can be stacked: one line, no reports, links or groups."""
    involved: set[str] = set()
    lines_of: dict[str, int] = {}
    for uid, manager, _ in structure.lines:
        involved.add(manager)
        lines_of[uid] = lines_of.get(uid, 0) + 1
    for source, target, _ in structure.links:
        involved.update((source, target))
    for members in structure.groups.values():
        involved.update(members)
    found: dict[str, list[str]] = {}
    for uid in structure.order:
        boss = structure.primary.get(uid)
        if boss is not None and uid not in involved and lines_of.get(uid) == 1:
            found.setdefault(boss, []).append(uid)
    return {m: leaves for m, leaves in found.items() if len(leaves) >= minimum}


def dot_layout(chart: Chart, structure: Structure, group_size: Size) -> DotResult:
    """Lay out *structure* with Graphviz dot and convert to scene px."""
    import pygraphviz  # noqa: PLC0415 - lazy on purpose (DESIGN.md §3)

    graph = pygraphviz.AGraph(directed=True, strict=False, name="chart")
    graph.graph_attr.update(GRAPH_ATTRS)
    graph.graph_attr.update(nodesep=_inches(NODESEP_PX), ranksep=_inches(RANKSEP_PX))
    graph.node_attr.update(shape="box", fixedsize="true", label="", margin="0")
    graph.edge_attr.update(dir="none", arrowhead="none")

    options = TidyOptions(hgap=NODESEP_PX)
    index = {uid: i for i, uid in enumerate(structure.order)}
    widths = [structure.sizes[u][0] for u in structure.order]
    heights = [structure.sizes[u][1] for u in structure.order]
    stacks = stackable_leaves(structure)
    blocks: dict[str, tuple[Block, list[str]]] = {}
    stacked: dict[str, tuple[str, int]] = {}  # leaf -> (manager, position in block)
    for manager, leaves in stacks.items():
        block = make_block(index[manager], [index[u] for u in leaves], widths, heights, options, max_column=0)
        nrows = len({round(dy, 3) for _, dy in block.offsets})
        blocks[manager] = (block, [f"~{manager}~{r}" for r in range(nrows)])
        for k, leaf in enumerate(leaves):
            stacked[leaf] = (manager, k)

    for uid in structure.order:
        if uid not in stacked:
            w, h = structure.sizes[uid]
            graph.add_node(uid, width=_inches(w), height=_inches(h))
    for block, rows in blocks.values():
        row_h = max(heights[m] for m in block.members)
        for row in rows:
            graph.add_node(row, width=_inches(block.width), height=_inches(row_h))
    for gid in structure.groups:
        graph.add_node(gid, width=_inches(group_size[0]), height=_inches(group_size[1]))
    for dept, members in department_clusters(chart, structure).items():
        names = [m for m in members if m not in stacked]
        names += [row for m in members if m in blocks for row in blocks[m][1]]
        graph.add_subgraph(names, name=f"cluster_{dept}", label="", margin="12")

    line_ids: dict[str, LineKey] = {}
    block_edges_done: set[str] = set()
    for n, key in enumerate(structure.lines):
        uid, manager, _ = key
        if uid in stacked:
            if manager not in block_edges_done:
                block_edges_done.add(manager)
                rows = blocks[manager][1]
                graph.add_edge(manager, rows[0], key=f"b-{manager}", weight="8")
                for a, b in itertools.pairwise(rows):
                    graph.add_edge(a, b, key=f"b-{a}", style="invis", weight="100")
            continue
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
            graph.add_edge(gid, m, key=f"g-{gid}-{m}", weight="2")

    with _GRAPHVIZ_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph.layout(prog="dot")

    top = float(str(graph.graph_attr["bb"]).split(",")[3])

    def convert(text: str) -> Point:
        x, y = text.split(",")[:2]
        return (round(float(x) * PX_PER_POINT, 2), round((top - float(y)) * PX_PER_POINT, 2))

    def node_pos(name: str) -> Point:
        return convert(str(graph.get_node(name).attr["pos"]))

    positions = {uid: node_pos(uid) for uid in structure.order if uid not in stacked}
    row_pos: dict[str, list[Point]] = {m: [node_pos(r) for r in rows] for m, (_, rows) in blocks.items()}
    for leaf, (manager, k) in stacked.items():
        block = blocks[manager][0]
        row_index = _row_of(block, k)
        x, y = row_pos[manager][row_index]
        positions[leaf] = (x + block.offsets[k][0], y)
    groups = {gid: node_pos(gid) for gid in structure.groups}
    moved = centre_parents(
        structure,
        positions=positions,
        groups=groups,
        group_size=group_size,
        stacks={m: (block.width, row_pos[m]) for m, (block, _) in blocks.items()},
        stacked=stacked,
    )

    routes: dict[LineKey, list[Point]] = {}
    link_routes: dict[LineKey, list[Point]] = {}
    for edge in graph.edges_iter():
        attr: Any = edge.attr
        edge_id = str(attr.get("id") or "")
        pos = str(attr.get("pos") or "")
        if not pos or not (edge_id in line_ids or edge_id in link_ids):
            continue
        points = simplify_polyline(
            convert(token) for token in pos.split() if not token.startswith(("s,", "e,"))
        )
        if edge_id in line_ids:
            key = line_ids[edge_id]
            routes[key] = _orient(points, positions[key[1]])
        else:
            key = link_ids[edge_id]
            link_routes[key] = _orient(points, positions[key[0]])
    for table, reverse in ((routes, True), (link_routes, False)):
        for key in table:
            if key[0] in moved or key[1] in moved:
                a, b = (key[1], key[0]) if reverse else (key[0], key[1])
                table[key] = orthogonal_route(
                    card_rect(positions[a], structure.sizes[a]),
                    card_rect(positions[b], structure.sizes[b]),
                )
    stack_spines = {
        manager: Stack(
            top=row_pos[manager][0][1],
            spines={
                structure.order[m]: row_pos[manager][0][0] + block.spines[k]
                for k, m in enumerate(block.members)
            },
        )
        for manager, (block, _) in blocks.items()
    }
    obstacles = [card_rect(pos, group_size) for pos in groups.values()]
    bus_routes(structure, positions, stack_spines, routes, obstacles=obstacles, link_routes=link_routes)
    return DotResult(positions, groups, routes, link_routes)


def _inches(px: float) -> str:
    return f"{px / PX_PER_INCH:.4f}"


def _row_of(block: Block, k: int) -> int:
    ys = sorted({round(dy, 3) for _, dy in block.offsets})
    return ys.index(round(block.offsets[k][1], 3))


def _orient(points: list[Point], start: Point) -> list[Point]:
    """*points* ordered so that they begin at the end nearer to *start*."""
    if len(points) >= 2:
        d0 = abs(points[0][0] - start[0]) + abs(points[0][1] - start[1])
        d1 = abs(points[-1][0] - start[0]) + abs(points[-1][1] - start[1])
        if d1 < d0:
            return points[::-1]
    return points


def centre_parents(
    structure: Structure,
    *,
    positions: dict[str, Point],
    groups: dict[str, Point],
    group_size: Size,
    stacks: Mapping[str, tuple[float, list[Point]]],
    stacked: Mapping[str, tuple[str, int]],
) -> set[str]:
    """Move each manager over the middle of its reports, and each group over its members.

    Ranks are handled bottom up; a card moves only as far as its neighbours in the rank allow.
    *stacks* gives, per manager with stacked reports, the stack width and its row centres.
    Returns the units that moved.
    """
    lines_of: dict[str, int] = {}
    for uid, _, _ in structure.lines:
        lines_of[uid] = lines_of.get(uid, 0) + 1
    reports: dict[str, list[float]] = {}
    for uid, manager, _ in structure.lines:
        if lines_of[uid] == 1 and uid not in stacked:
            reports.setdefault(manager, []).append(positions[uid][0])
    # Occupants of each rank: name -> (centre x, half width); "~" prefixes stacks and groups.
    ranks: dict[float, dict[str, tuple[float, float]]] = {}
    for uid, (x, y) in positions.items():
        if uid not in stacked:
            ranks.setdefault(round(y, 2), {})[uid] = (x, structure.sizes[uid][0] / 2)
    for manager, (width, rows) in stacks.items():
        reports.setdefault(manager, []).append(rows[0][0])
        for r, (x, y) in enumerate(rows):
            ranks.setdefault(round(y, 2), {})[f"~{manager}~{r}"] = (x, width / 2)
    for gid, (x, y) in groups.items():
        ranks.setdefault(round(y, 2), {})[f"~{gid}"] = (x, group_size[0] / 2)
    moved: set[str] = set()
    for y in sorted(ranks, reverse=True):
        occupants = ranks[y]
        names = sorted(occupants, key=lambda n: (occupants[n][0], n))
        for i, name in enumerate(names):
            if name.startswith("~"):
                gid = name[1:]
                if gid not in groups:
                    continue
                xs = [positions[m][0] for m in structure.groups[gid]]
            else:
                xs = reports.get(name, [])
            if not xs:
                continue
            x, half = occupants[name]
            target = (min(xs) + max(xs)) / 2
            low, high = -math.inf, math.inf
            if i > 0:
                lx, lh = occupants[names[i - 1]]
                low = lx + lh + NODESEP_PX + half
            if i + 1 < len(names):
                rx, rh = occupants[names[i + 1]]
                high = rx - rh - NODESEP_PX - half
            new_x = min(max(target, low), high) if low <= high else x
            if abs(new_x - x) < 0.5:
                continue
            occupants[name] = (new_x, half)
            if name.startswith("~"):
                groups[name[1:]] = (new_x, groups[name[1:]][1])
            else:
                positions[name] = (new_x, positions[name][1])
                moved.add(name)
    return moved
