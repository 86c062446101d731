"""Orthogonal routes in a layout by ranks: org-chart buses, stacks, and lines across ranks.

In a layout by ranks (dot), a line from a manager to a unit further down leaves the bottom of
the manager's card, runs across in the gap below the manager's rank, goes down through each
rank in between at a free place (between cards), runs across again in the gap above the
unit's rank and enters the unit from above. All horizontal runs in one gap are sorted into
lanes (greedy interval colouring) so that no two runs of different owners lie on top of each
other: a manager's reports with a single line share one run (the bus), stacked reports share
one run to their spines, every other line or link has runs of its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from orgeditor.layout.geometry import Point, Rect, card_rect, simplify_polyline
from orgeditor.layout.structure import Structure

__all__ = ["SPINE_LANES", "Stack", "bus_routes"]

LineKey = tuple[str, str, str]
Owner = tuple[str, ...]

#: Horizontal distance kept between two runs in the same lane, and from cards when passing.
LANE_CLEARANCE = 12.0
#: Lines of different scopes down a shared spine run a few px apart so that both stay visible.
SPINE_LANES = {"all": 0.0, "mission": -4.0, "non-mission": 4.0}


@dataclass(frozen=True)
class Stack:
    """Reports of a manager stacked in columns: the x of each report's spine."""

    top: float
    spines: Mapping[str, float]


@dataclass
class _Plan:
    table: str  # "line" or "link"
    key: LineKey
    start: Point  # on the upper card's bottom edge
    end: Point  # on the lower card's top edge, or a stacked card's side
    passes: list[float]  # x at which the route crosses each rank in between
    owners: list[tuple[int, Owner]]  # (gap, owner) of each horizontal run, top down
    spine: float | None = None
    reverse: bool = False


class _Ranks:
    """Cards grouped by rank: index by centre y, vertical extent, free places to pass."""

    def __init__(self, boxes: Sequence[Rect]) -> None:
        centres = sorted({round(b[1] + b[3] / 2, 2) for b in boxes})
        self.index = {y: i for i, y in enumerate(centres)}
        self.tops: dict[int, float] = {}
        self.bottoms: dict[int, float] = {}
        spans: dict[int, list[tuple[float, float]]] = {}
        for x, y, w, h in boxes:
            r = self.index[round(y + h / 2, 2)]
            self.tops[r] = min(self.tops.get(r, y), y)
            self.bottoms[r] = max(self.bottoms.get(r, y + h), y + h)
            spans.setdefault(r, []).append((x - LANE_CLEARANCE, x + w + LANE_CLEARANCE))
        self.blocked: dict[int, tuple[list[float], list[float]]] = {}
        for r, items in spans.items():
            starts: list[float] = []
            ends: list[float] = []
            for a, b in sorted(items):
                if ends and a < ends[-1]:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)
            self.blocked[r] = (starts, ends)

    def of(self, y: float) -> int:
        return self.index[round(y, 2)]

    def free_x(self, rank: int, x: float, toward: float) -> float:
        """*x* if a line can pass down through *rank* there, else the nearest free place."""
        starts, ends = self.blocked.get(rank, ([], []))
        i = bisect.bisect_right(starts, x) - 1
        if i < 0 or x >= ends[i]:
            return x
        a, b = starts[i], ends[i]
        if abs(x - a) == abs(b - x):
            return a if toward < x else b
        return a if abs(x - a) < abs(b - x) else b

    def gap(self, upper: int) -> tuple[float, float]:
        """Top and bottom of the gap below rank *upper*."""
        top = self.bottoms[upper]
        return top, self.tops.get(upper + 1, top + 4 * LANE_CLEARANCE)


def bus_routes(
    structure: Structure,
    positions: Mapping[str, Point],
    stacks: Mapping[str, Stack],
    routes: dict[LineKey, list[Point]],
    *,
    obstacles: Sequence[Rect] = (),
    link_routes: dict[LineKey, list[Point]] | None = None,
) -> None:
    """Route every line (and link) whose ends are on different ranks; others are left alone."""
    sizes = structure.sizes
    stacked = {uid: manager for manager, stack in stacks.items() for uid in stack.spines}
    boxes = [card_rect(p, sizes[uid]) for uid, p in positions.items()]
    ranks = _Ranks([*boxes, *obstacles])
    lines_of: dict[str, int] = {}
    for uid, _, _ in structure.lines:
        lines_of[uid] = lines_of.get(uid, 0) + 1

    plans: list[_Plan] = []
    seen: dict[str, int] = {}
    for key in structure.lines:
        uid, manager, scope = key
        (mx, my), (ux, uy) = positions[manager], positions[uid]
        mr, ur = ranks.of(my), ranks.of(uy)
        bottom = my + sizes[manager][1] / 2
        lane = SPINE_LANES.get(scope, 0.0)
        if uid in stacked and stacked[uid] == manager and ranks.of(stacks[manager].top) > mr:
            ur = ranks.of(stacks[manager].top)  # down the spine from the stack's first row
            spine = stacks[manager].spines[uid] + lane
            half = sizes[uid][0] / 2
            end = (ux - half if spine < ux else ux + half, uy)
            plan = _Plan("line", key, (mx + lane, bottom), end, [], [], spine=spine)
            owner: Owner = ("stack", manager, scope)
        elif ur > mr:
            count, i = lines_of[uid], seen.get(uid, 0)
            seen[uid] = i + 1
            top = uy - sizes[uid][1] / 2
            if count == 1:
                start, end = (mx + lane, bottom), (ux, top)
                owner = ("bus", manager, scope)
            else:
                start = (mx + (12.0 if ux > mx else -12.0), bottom)
                end = (ux + (i - (count - 1) / 2) * 24.0, top)
                owner = ("line", *key)
            plan = _Plan("line", key, start, end, [], [])
        else:
            continue
        _plan_passes(plan, ranks, mr, ur, owner)
        plans.append(plan)
    if link_routes is not None:
        for key in structure.links:
            source, target, _ = key
            sr, tr = ranks.of(positions[source][1]), ranks.of(positions[target][1])
            if sr == tr:
                continue
            upper, lower, reverse = (source, target, False) if sr < tr else (target, source, True)
            (ax, ay), (bx, by) = positions[upper], positions[lower]
            start = (ax + _offset(sizes[upper][0]), ay + sizes[upper][1] / 2)
            end = (bx + _offset(sizes[lower][0]), by - sizes[lower][1] / 2)
            plan = _Plan("link", key, start, end, [], [], reverse=reverse)
            _plan_passes(plan, ranks, min(sr, tr), max(sr, tr), ("link", *key))
            plans.append(plan)

    heights = _lane_heights(plans, ranks)
    for plan in plans:
        points = [plan.start]
        xs = [plan.start[0], *plan.passes, plan.spine if plan.spine is not None else plan.end[0]]
        for (gap, owner), x0, x1 in zip(plan.owners, xs, xs[1:], strict=False):
            y = heights[(gap, owner)]
            points += [(x0, y), (x1, y)]
        if plan.spine is not None:
            points.append((plan.spine, plan.end[1]))
        points.append(plan.end)
        route = simplify_polyline(points)
        if plan.table == "line":
            routes[plan.key] = route
        elif link_routes is not None:
            link_routes[plan.key] = route[::-1] if plan.reverse else route


def _offset(width: float) -> float:
    """Links meet cards a little right of the centre, away from the reporting lines."""
    return min(40.0, width / 4)


def _plan_passes(plan: _Plan, ranks: _Ranks, upper: int, lower: int, owner: Owner) -> None:
    """Choose where the route crosses each rank between *upper* and *lower*, and its runs."""
    x = plan.start[0]
    target = plan.spine if plan.spine is not None else plan.end[0]
    for r in range(upper + 1, lower):
        x = ranks.free_x(r, x, target)
        plan.passes.append(x)
    if owner[0] in ("bus", "stack"):
        plan.owners = [(upper, owner)] + [(g, (*owner, plan.key[0])) for g in range(upper + 1, lower)]
    else:
        plan.owners = [(g, owner) for g in range(upper, lower)]


def _lane_heights(plans: Sequence[_Plan], ranks: _Ranks) -> dict[tuple[int, Owner], float]:
    runs: dict[int, dict[Owner, list[float]]] = {}
    for plan in plans:
        xs = [plan.start[0], *plan.passes, plan.spine if plan.spine is not None else plan.end[0]]
        for (gap, owner), x0, x1 in zip(plan.owners, xs, xs[1:], strict=False):
            runs.setdefault(gap, {}).setdefault(owner, []).extend((x0, x1))
    heights: dict[tuple[int, Owner], float] = {}
    for gap, owners in runs.items():
        lanes = _lanes(owners)
        count = max(lanes.values()) + 1
        top, bottom = ranks.gap(gap)
        for owner, lane in lanes.items():
            heights[(gap, owner)] = top + (bottom - top) * (lane + 1) / (count + 1)
    return heights


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
