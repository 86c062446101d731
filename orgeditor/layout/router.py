"""Orthogonal routes around cards, for lines and links that leave the tree's own channels.

The tidy layout routes each reporting line of its tree by construction. A second reporting
line or a link may join any two cards, and a plain elbow between them can cross other cards.
:func:`reroute_crossing` keeps the routes that cross nothing and replaces the others by a
shortest orthogonal path with few bends (A* over a sparse grid made of the obstacles' padded
edges and middles, built once per layout, from any side of one card to any side of the other).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from orgeditor.layout.geometry import (
    Point,
    Rect,
    SpatialIndex,
    orthogonal_route,
    rects_overlap,
    simplify_polyline,
)

__all__ = ["MEMBER_BUDGET", "crosses", "member_route", "reroute_crossing", "route_around", "route_members"]

#: Distance kept from cards by rerouted lines.
CLEARANCE = 10.0
#: Cost of a bend, in px of length.
BEND = 60.0
#: Search steps allowed for all the routes of one layout (past it, plain elbows stay): about
#: a fifth of a second, and the same for the same chart whatever the machine.
BUDGET = 30_000
#: The search first stays within this distance of the two cards, then looks everywhere.
WINDOW = 360.0

LineKey = tuple[str, str, str]
K = TypeVar("K", bound=tuple[str, ...])


def crosses(points: Sequence[Point], index: SpatialIndex, allowed: Iterable[Rect]) -> bool:
    """True when a segment of *points* runs through a rectangle of *index* not in *allowed*."""
    skip = set(allowed)
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        for rect in index.hits(seg, -0.5):
            if rect not in skip and rects_overlap(seg, _shrink(rect, 1.0)):
                return True
    return False


def _shrink(r: Rect, d: float) -> Rect:
    return (r[0] + d, r[1] + d, max(0.0, r[2] - 2 * d), max(0.0, r[3] - 2 * d))


def reroute_crossing(
    routes: dict[LineKey, list[Point]],
    ends: Mapping[LineKey, tuple[Rect, Rect]],
    obstacles: Sequence[Rect],
) -> None:
    """Replace each route of *routes* that crosses one of *obstacles* by one around them.

    *ends* gives, per key, the rectangles the route starts and ends on (they do not count
    as obstacles of their own route); they must be among *obstacles*.
    """
    index = SpatialIndex()
    for rect in obstacles:
        index.add(rect)
    grid: _Grid | None = None
    for key in sorted(routes):
        a, b = ends[key]
        if not crosses(routes[key], index, (a, b)):
            continue
        grid = grid or _Grid(obstacles, BUDGET)
        better = grid.route(a, b, WINDOW)
        if better is None:
            better = grid.route(a, b)
        if better is not None:
            routes[key] = better


def route_around(start: Rect, end: Rect, obstacles: Sequence[Rect]) -> list[Point] | None:
    """An orthogonal path from an edge of *start* to an edge of *end* that avoids *obstacles*.

    None when there is none (a card walled in by others).
    """
    grid = _Grid([*obstacles, start, end])
    return grid.route(start, end, WINDOW) or grid.route(start, end)


def _ports(rect: Rect) -> list[tuple[Point, Point]]:
    """(point on the edge, point just outside) at the middle of each side."""
    x, y, w, h = rect
    cx, cy = x + w / 2, y + h / 2
    c = CLEARANCE
    return [
        ((cx, y + h), (cx, y + h + c)),
        ((cx, y), (cx, y - c)),
        ((x, cy), (x - c, cy)),
        ((x + w, cy), (x + w + c, cy)),
    ]


def _merged(items: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    starts: list[float] = []
    ends: list[float] = []
    for a, b in sorted(items):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(intervals: tuple[list[float], list[float]], v: float) -> bool:
    starts, ends = intervals
    i = bisect.bisect_right(starts, v) - 1
    return i >= 0 and starts[i] < v < ends[i]


def _blocked(coords: list[float], spans: list[tuple[float, float, float, float]]) -> list[Intervals]:
    """Per coordinate, the merged ranges (along the other axis) of the spans that contain it.

    *spans* are (low, high, other low, other high); a sweep keeps it near linear.
    """
    result: list[Intervals] = []
    order = sorted(spans)
    active: list[tuple[float, float, float, float]] = []
    k = 0
    for v in coords:
        while k < len(order) and order[k][0] < v:
            active.append(order[k])
            k += 1
        active = [sp for sp in active if sp[1] > v]
        result.append(_merged([(sp[2], sp[3]) for sp in active if sp[0] < v]))
    return result


Intervals = tuple[list[float], list[float]]


class _Grid:
    """The sparse orthogonal grid of padded obstacle edges and card middles, for A*."""

    def __init__(self, obstacles: Sequence[Rect], budget: int = 10**9) -> None:
        self.spent = 0
        self.budget = budget
        c = CLEARANCE - 0.5
        pads = [(r[0] - c, r[1] - c, r[0] + r[2] + c, r[1] + r[3] + c) for r in obstacles]
        xs = {v for p in pads for v in (p[0] - 0.5, p[2] + 0.5)}
        ys = {v for p in pads for v in (p[1] - 0.5, p[3] + 0.5)}
        xs.update(r[0] + r[2] / 2 for r in obstacles)
        ys.update(r[1] + r[3] / 2 for r in obstacles)
        self.xs = sorted(xs)
        self.ys = sorted(ys)
        self.xi = {v: i for i, v in enumerate(self.xs)}
        self.yi = {v: j for j, v in enumerate(self.ys)}
        self.cols = _blocked(self.xs, [(p[0], p[2], p[1], p[3]) for p in pads])
        self.rows = _blocked(self.ys, [(p[1], p[3], p[0], p[2]) for p in pads])

    def route(self, start: Rect, end: Rect, window: float | None = None) -> list[Point] | None:
        """A* from a side of *start* to a side of *end*, within *window* px of them if given."""
        xs, ys, xi, yi, cols, rows = self.xs, self.ys, self.xi, self.yi, self.cols, self.rows
        lo_x = lo_y = -math.inf
        hi_x = hi_y = math.inf
        if window is not None:
            lo_x = min(start[0], end[0]) - window
            lo_y = min(start[1], end[1]) - window
            hi_x = max(start[0] + start[2], end[0] + end[2]) + window
            hi_y = max(start[1] + start[3], end[1] + end[3]) + window
        dst = [(e, o) for e, o in _ports(end) if o[0] in xi and o[1] in yi]
        goals = {(xi[o[0]], yi[o[1]]): e for e, o in dst}
        targets = [o for _, o in dst]

        def h(i: int, j: int) -> float:
            x0, y0 = xs[i], ys[j]
            return min(abs(x0 - x) + abs(y0 - y) + (BEND if x0 != x and y0 != y else 0.0) for x, y in targets)

        heap: list[tuple[float, float, int, int, int, int]] = []
        best: dict[tuple[int, int, int], float] = {}
        came: dict[tuple[int, int, int], tuple[int, int, int] | None] = {}
        origin: dict[tuple[int, int, int], Point] = {}
        count = itertools.count()
        for edge, out in _ports(start):
            if out[0] not in xi or out[1] not in yi or not goals:
                continue
            i, j = xi[out[0]], yi[out[1]]
            if _inside(cols[i], ys[j]):
                continue
            d = 1 if edge[0] == out[0] else 0  # leaving a top or bottom side runs vertically
            state = (i, j, d)
            best[state] = 0.0
            came[state] = None
            origin[state] = edge
            heapq.heappush(heap, (h(i, j), -0.0, next(count), i, j, d))
        while heap:
            self.spent += 1
            if self.spent > self.budget:
                return None
            _, neg_g, _, i, j, d = heapq.heappop(heap)
            g = -neg_g
            state = (i, j, d)
            if g > best.get(state, math.inf):
                continue
            if (i, j) in goals:
                return _unwind(state, came=came, origin=origin, xs=xs, ys=ys, last=goals[(i, j)])
            for ni, nj, nd in ((i - 1, j, 0), (i + 1, j, 0), (i, j - 1, 1), (i, j + 1, 1)):
                if not (0 <= ni < len(xs) and 0 <= nj < len(ys)):
                    continue
                if not (lo_x <= xs[ni] <= hi_x and lo_y <= ys[nj] <= hi_y):
                    continue
                if nd == 0 and _inside(rows[j], (xs[i] + xs[ni]) / 2):
                    continue
                if nd == 1 and _inside(cols[i], (ys[j] + ys[nj]) / 2):
                    continue
                if _inside(cols[ni], ys[nj]):
                    continue
                cost = g + abs(xs[ni] - xs[i]) + abs(ys[nj] - ys[j]) + (BEND if nd != d else 0.0)
                nstate = (ni, nj, nd)
                if cost < best.get(nstate, math.inf):
                    best[nstate] = cost
                    came[nstate] = state
                    heapq.heappush(heap, (cost + h(ni, nj), -cost, next(count), ni, nj, nd))
        return None


def _unwind(
    state: tuple[int, int, int],
    *,
    came: Mapping[tuple[int, int, int], tuple[int, int, int] | None],
    origin: Mapping[tuple[int, int, int], Point],
    xs: list[float],
    ys: list[float],
    last: Point,
) -> list[Point]:
    points: list[Point] = [last]
    current: tuple[int, int, int] | None = state
    first = state
    while current is not None:
        points.append((xs[current[0]], ys[current[1]]))
        first = current
        current = came[current]
    points.append(origin[first])
    return simplify_polyline(reversed(points))


#: Beyond this many cards near a group line, the line stays an elbow: routing around them costs
#: a search that grows with the area (a group whose members are spread over a large chart).
MEMBER_ROUTE_MAX_OBSTACLES = 120


def member_route(group: Rect, card: Rect, others: Sequence[Rect]) -> list[Point]:
    """The line from a group's body to a member's card: an elbow, or around the cards in its way.

    *others* are the rectangles that must not be crossed (the two ends may be among them). Only
    those near the two ends count; with too many of them the elbow is kept (bounded time).
    """
    return route_members({("", ""): (group, card)}, others, budget=10**9)[("", "")]


#: Search steps allowed for all the group lines of one chart (past it, plain elbows stay).
MEMBER_BUDGET = 8_000


def route_members(
    ends: Mapping[K, tuple[Rect, Rect]], obstacles: Sequence[Rect], budget: int = MEMBER_BUDGET
) -> dict[K, list[Point]]:
    """Lines from group bodies to member cards: *ends* gives (body, card) per key.

    Each line is an elbow unless that crosses one of *obstacles* (cards and bodies); then it
    goes around the obstacles near its ends, while the search *budget* (steps, shared by all
    the lines, taken in key order) lasts: the time is bounded and the same on every machine.
    """
    index = SpatialIndex()
    for rect in obstacles:
        index.add(rect)
    routes: dict[K, list[Point]] = {}
    for key in sorted(ends):
        group, card = ends[key]
        routes[key] = orthogonal_route(group, card)
        if budget <= 0 or not crosses(routes[key], index, (group, card)):
            continue
        x0 = min(group[0], card[0]) - 240
        y0 = min(group[1], card[1]) - 120
        x1 = max(group[0] + group[2], card[0] + card[2]) + 240
        y1 = max(group[1] + group[3], card[1] + card[3]) + 120
        near = [r for r in index.hits((x0, y0, x1 - x0, y1 - y0)) if r not in (group, card)]
        if len(near) > MEMBER_ROUTE_MAX_OBSTACLES:
            continue
        grid = _Grid([*near, group, card], budget)
        better = grid.route(group, card, WINDOW)
        if better is None and grid.spent <= budget:
            better = grid.route(group, card)
        budget -= grid.spent
        if better is not None:
            routes[key] = better
    return routes
