"""Org-chart buses for lines between neighbouring ranks, each horizontal run in its own lane.

In a layout by ranks (dot), a line from a manager to a unit one rank down is drawn as a drop
from the manager, a horizontal run in the gap between the ranks and a drop into the unit. All
the runs in one gap are sorted into lanes (greedy interval colouring) so that no two runs of
different managers or scopes lie on top of each other; a manager's reports with a single line
share one run (the bus), and stacked reports share one run to their spines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from orgeditor.layout.geometry import Point, Rect, card_rect, simplify_polyline
from orgeditor.layout.structure import Structure

__all__ = ["Stack", "bus_routes"]

LineKey = tuple[str, str, str]
Owner = tuple[str, ...]

#: Horizontal distance kept between two runs in the same lane.
LANE_CLEARANCE = 12.0
#: Lines of different scopes down a shared spine run a few px apart so that both stay visible.
SPINE_LANES = {"all": 0.0, "mission": -4.0, "non-mission": 4.0}


@dataclass(frozen=True)
class Stack:
    """Reports of *manager* stacked in columns: where their spines are and where it starts."""

    top: float
    spines: Mapping[str, float]


def bus_routes(
    structure: Structure,
    positions: Mapping[str, Point],
    stacks: Mapping[str, Stack],
    routes: dict[LineKey, list[Point]],
    obstacles: Sequence[Rect] = (),
) -> None:
    """Set the route of every line to a unit one rank below its manager, and of stacked units."""
    stacked = {uid: manager for manager, stack in stacks.items() for uid in stack.spines}
    rank_of, tops, bottoms = _ranks(structure, positions, obstacles)
    lines_of: dict[str, int] = {}
    for uid, _, _ in structure.lines:
        lines_of[uid] = lines_of.get(uid, 0) + 1

    runs: dict[int, dict[Owner, list[float]]] = {}  # gap (rank above) -> owner -> xs on its run
    plans: list[tuple[LineKey, Owner, int, list[float]]] = []
    seen: dict[str, int] = {}
    for key in structure.lines:
        uid, manager, scope = key
        mx, my = positions[manager]
        ux, uy = positions[uid]
        mr = rank_of[round(my, 2)]
        if uid in stacked:
            stack = stacks[manager]
            lane = SPINE_LANES.get(scope, 0.0)
            spine = stack.spines[uid] + lane
            owner: Owner = ("stack", manager, scope)
            runs.setdefault(mr, {}).setdefault(owner, [mx + lane]).append(spine)
            plans.append((key, owner, mr, [mx + lane, spine]))
            continue
        if rank_of[round(uy, 2)] != mr + 1:
            continue
        count, i = lines_of[uid], seen.get(uid, 0)
        seen[uid] = i + 1
        if count == 1:
            sx, ex = mx + SPINE_LANES.get(scope, 0.0), ux
            owner = ("bus", manager, scope)
        else:
            ex = ux + (i - (count - 1) / 2) * 24.0
            sx = mx + (12.0 if ux > mx else -12.0)
            owner = ("line", uid, manager, scope)
        runs.setdefault(mr, {}).setdefault(owner, [sx]).append(ex)
        plans.append((key, owner, mr, [sx, ex]))

    heights: dict[tuple[int, Owner], float] = {}
    for gap, owners in runs.items():
        lanes = _lanes(owners)
        count = max(lanes.values()) + 1
        top, bottom = bottoms[gap], tops.get(gap + 1, bottoms[gap] + 2 * LANE_CLEARANCE)
        for owner, lane in lanes.items():
            heights[(gap, owner)] = top + (bottom - top) * (lane + 1) / (count + 1)
    for key, owner, gap, xs in plans:
        uid, manager, _ = key
        y = heights[(gap, owner)]
        mx, my = positions[manager]
        ux, uy = positions[uid]
        bottom = my + structure.sizes[manager][1] / 2
        if owner[0] == "stack":
            sx, spine = xs
            half = structure.sizes[uid][0] / 2
            side = ux - half if spine < ux else ux + half
            points = [(sx, bottom), (sx, y), (spine, y), (spine, uy), (side, uy)]
        else:
            sx, ex = xs
            top = uy - structure.sizes[uid][1] / 2
            points = [(sx, bottom), (sx, y), (ex, y), (ex, top)]
        routes[key] = simplify_polyline(points)


def _ranks(
    structure: Structure, positions: Mapping[str, Point], obstacles: Sequence[Rect]
) -> tuple[dict[float, int], dict[int, float], dict[int, float]]:
    """Rank index by centre y, and each rank's top and bottom edge."""
    boxes = [card_rect(p, structure.sizes[uid]) for uid, p in positions.items()]
    boxes += obstacles
    rank_of = {y: i for i, y in enumerate(sorted({round(b[1] + b[3] / 2, 2) for b in boxes}))}
    tops: dict[int, float] = {}
    bottoms: dict[int, float] = {}
    for _x, y, _w, h in boxes:
        r = rank_of[round(y + h / 2, 2)]
        tops[r] = min(tops.get(r, y), y)
        bottoms[r] = max(bottoms.get(r, y + h), y + h)
    return rank_of, tops, bottoms


def _lanes(owners: Mapping[Owner, list[float]]) -> dict[Owner, int]:
    """Greedy interval colouring: runs that overlap (with clearance) get different lanes."""
    spans = sorted((min(xs), max(xs), owner) for owner, xs in owners.items())
    ends: list[float] = []
    lanes: dict[Owner, int] = {}
    for start, end, owner in spans:
        for lane, last in enumerate(ends):
            if start > last + LANE_CLEARANCE:
                ends[lane] = end
                lanes[owner] = lane
                break
        else:
            lanes[owner] = len(ends)
            ends.append(end)
    return lanes
