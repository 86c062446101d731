"""Assistants: a few small reports of a unit placed beside the line down from it (pure Python).

Org charts put staff offices (an executive office, an advisory board) and a unit's lone
leaf reports at the side of the vertical line from the unit down to its row of reports,
left and right alternately, instead of in that row: the row stays short. Under a root, small
hanging branches (an office with two or three capacities) qualify too; departments never.
The hanging shapes themselves are placed here as well (:func:`place_shape`).
"""

from __future__ import annotations

from orgeditor.layout.buses import SPINE_LANES
from orgeditor.layout.geometry import Point
from orgeditor.layout.hanging import GRID, SINGLE, Shapes, hang_route
from orgeditor.layout.structure import Structure

__all__ = ["assistant_sides", "choose_assistants", "place_assistants", "place_shape", "preorder"]


def preorder(roots: list[int], children: list[list[int]]) -> list[int]:
    """Nodes of the trees under *roots*, each before its children (iterative)."""
    out: list[int] = []
    stack = list(reversed(roots))
    while stack:
        v = stack.pop()
        out.append(v)
        stack.extend(reversed(children[v]))
    return out


def place_shape(
    root: int,
    corner: Point,
    *,
    shapes: Shapes,
    tree: list[list[int]],
    order: list[str],
    card_size: list[tuple[float, float]],
    positions: dict[str, Point],
    lines: dict[str, tuple[str, str]],
    routes: dict[tuple[str, str, str], list[Point]],
    blocked: set[int],
) -> None:
    """Positions of a hanging branch whose shape has its top left at *corner*, and its routes."""
    positions[order[root]] = (corner[0] + shapes.card_x[root], corner[1] + card_size[root][1] / 2)
    stack = [(root, corner)]
    while stack:
        v, (vx, vy) = stack.pop()
        mx, my = positions[order[v]]
        bottom = my + card_size[v][1] / 2
        mode = shapes.mode[v]
        bus = shapes.bus.get(v)
        for c in tree[v]:
            ox, oy = shapes.offset[c]
            left, top = vx + ox, vy + oy
            w, h = card_size[c]
            cx, cy = left + shapes.card_x[c], top + h / 2
            uid = order[c]
            positions[uid] = (cx, cy)
            blocked.add(c)
            stack.append((c, (left, top)))
            line = lines.get(uid)
            if line is None:
                continue
            lane = SPINE_LANES.get(line[1], 0.0)
            end = (cx, cx, top) if mode == SINGLE else (cx - w / 2, cx + w / 2, cy)
            routes[(uid, order[v], line[1])] = hang_route(
                mode,
                start=(mx, bottom),
                spine=vx + shapes.spine[c],
                bus=None if bus is None else vy + bus,
                end_card=end,
                lane=lane,
            )


def choose_assistants(
    structure: Structure,
    children: list[list[int]],
    shapes: Shapes,
    *,
    roots: set[int],
    units: int,
    limit: int,
    max_h: float,
    gap: float,
) -> dict[int, list[int]]:
    """Per unit whose reports stay in a row: the few small reports set beside its trunk.

    Leaves qualify, and under a root (the Secretary-General's own offices) also branches of at
    most three cards' height; departments never. A unit keeps at least one report in its row.
    """
    tallest = 3 * max_h + 2 * (gap + 10.0)
    staff: dict[int, list[int]] = {}
    order = structure.order
    for v in range(units):
        kids = children[v]
        if shapes.narrow[v] or len(kids) < 2 or limit <= 0:
            continue
        chosen = [
            c
            for c in kids
            if c < units
            and shapes.narrow[c]
            and (not children[c] or (v in roots and shapes.height[c] <= tallest))
            and structure.kinds.get(order[c]) != "department"
        ]
        if chosen and len(chosen) <= limit and len(chosen) < len(kids):
            staff[v] = chosen
    return staff


def place_assistants(
    chosen: list[int],
    *,
    trunk: Point,
    manager: int,
    shapes: Shapes,
    tree: list[list[int]],
    order: list[str],
    card_size: list[tuple[float, float]],
    positions: dict[str, Point],
    lines: dict[str, tuple[str, str]],
    routes: dict[tuple[str, str, str], list[Point]],
    blocked: set[int],
    spine_gap: float,
    gap: float,
) -> None:
    """Assistants in pairs left and right of the manager's trunk (at *trunk*: x, top y)."""
    tx, y = trunk
    boss = order[manager]
    mx, my = positions[boss]
    bottom = my + card_size[manager][1] / 2
    for c, (side, top) in zip(chosen, assistant_sides(chosen, shapes.height, gap), strict=True):
        left = tx - spine_gap / 2 - shapes.width[c] if side < 0 else tx + spine_gap / 2
        place_shape(
            c,
            (left, y + top),
            shapes=shapes,
            tree=tree,
            order=order,
            card_size=card_size,
            positions=positions,
            lines=lines,
            routes=routes,
            blocked=blocked,
        )
        blocked.add(c)
        uid = order[c]
        line = lines.get(uid)
        if line is None or line[0] != boss:
            continue
        cx, cy = positions[uid]
        w = card_size[c][0]
        routes[(uid, boss, line[1])] = hang_route(
            GRID,
            start=(mx, bottom),
            spine=tx,
            bus=None,
            end_card=(cx - w / 2, cx + w / 2, cy),
            lane=SPINE_LANES.get(line[1], 0.0),
        )


def assistant_sides(chosen: list[int], heights: list[float], gap: float) -> list[tuple[int, float]]:
    """(-1 left or 1 right of the trunk, top offset) of each assistant: to the shorter side."""
    filled = {-1: 0.0, 1: 0.0}
    out: list[tuple[int, float]] = []
    for c in chosen:
        side = -1 if filled[-1] <= filled[1] else 1
        out.append((side, filled[side]))
        filled[side] += heights[c] + gap
    return out
