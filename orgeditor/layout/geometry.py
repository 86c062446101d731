"""Rectangles, elbow routes and overlap removal shared by the layout engines (pure Python)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "Point",
    "Rect",
    "Size",
    "SpatialIndex",
    "card_rect",
    "orthogonal_route",
    "rects_overlap",
    "simplify_polyline",
]

Point = tuple[float, float]
Size = tuple[float, float]
#: x, y (top left), width, height in scene coordinates (y grows downwards).
Rect = tuple[float, float, float, float]


def card_rect(centre: Point, size: Size) -> Rect:
    """The rectangle of a card of *size* centred at *centre*."""
    w, h = size
    return (centre[0] - w / 2, centre[1] - h / 2, w, h)


def rects_overlap(a: Rect, b: Rect, margin: float = 0.0) -> bool:
    """True when *a* and *b* overlap (touching edges do not count); *margin* pads both."""
    return (
        a[0] < b[0] + b[2] + margin
        and b[0] < a[0] + a[2] + margin
        and a[1] < b[1] + b[3] + margin
        and b[1] < a[1] + a[3] + margin
    )


def simplify_polyline(points: Iterable[Point]) -> list[Point]:
    """Drop repeated points and the middle one of three collinear points.

    >>> simplify_polyline([(0, 0), (0, 0), (0, 5), (0, 10), (4, 10)])
    [(0, 0), (0, 10), (4, 10)]
    """
    out: list[Point] = []
    for point in points:
        p = point
        if out:  # snap coordinates that differ by rounding only, so that runs stay straight
            last = out[-1]
            same_x, same_y = abs(last[0] - p[0]) < 1e-6, abs(last[1] - p[1]) < 1e-6
            if same_x and same_y:
                continue
            p = (last[0] if same_x else p[0], last[1] if same_y else p[1])
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
            dot = (b[0] - a[0]) * (p[0] - b[0]) + (b[1] - a[1]) * (p[1] - b[1])
            if abs(cross) < 1e-6 and dot >= 0:
                out[-1] = p
                continue
        out.append(p)
    return out


def orthogonal_route(
    manager_rect: Rect,
    unit_rect: Rect,
    *,
    mid: float | None = None,
    start_dx: float = 0.0,
    end_dx: float = 0.0,
) -> list[Point]:
    """A simple elbow route from the edge of *manager_rect* to the edge of *unit_rect*.

    When one card is wholly above the other the route leaves the bottom (or top) of the
    manager, runs across at height *mid* (default: half way between the cards) and enters the
    unit from above (or below); *start_dx* / *end_dx* shift the two ends sideways. Otherwise
    it runs between the facing sides with the vertical leg at half distance.

    >>> orthogonal_route((0, 0, 100, 50), (200, 150, 100, 50))
    [(50.0, 50.0), (50.0, 100.0), (250.0, 100.0), (250.0, 150.0)]
    """
    mx, my, mw, mh = (float(v) for v in manager_rect)
    ux, uy, uw, uh = (float(v) for v in unit_rect)
    mcx, mcy = mx + mw / 2, my + mh / 2
    ucx, ucy = ux + uw / 2, uy + uh / 2
    sx = mcx + max(-mw / 2, min(mw / 2, start_dx))
    ex = ucx + max(-uw / 2, min(uw / 2, end_dx))
    if uy >= my + mh:  # unit below
        y0, y1 = my + mh, uy
        m = (y0 + y1) / 2 if mid is None else min(max(mid, y0), y1)
        points = [(sx, y0), (sx, m), (ex, m), (ex, y1)]
    elif uy + uh <= my:  # unit above
        y0, y1 = my, uy + uh
        m = (y0 + y1) / 2 if mid is None else max(min(mid, y0), y1)
        points = [(sx, y0), (sx, m), (ex, m), (ex, y1)]
    elif ux >= mx + mw:  # unit to the right
        x0, x1 = mx + mw, ux
        m = (x0 + x1) / 2
        points = [(x0, mcy), (m, mcy), (m, ucy), (x1, ucy)]
    elif ux + uw <= mx:  # unit to the left
        x0, x1 = mx, ux + uw
        m = (x0 + x1) / 2
        points = [(x0, mcy), (m, mcy), (m, ucy), (x1, ucy)]
    else:  # overlapping cards: join the centres
        points = [(mcx, mcy), (ucx, ucy)]
    return simplify_polyline(points)


class SpatialIndex:
    """A uniform grid of rectangles for quick overlap queries."""

    def __init__(self, cell: float = 256.0) -> None:
        self._cell = cell
        self._grid: dict[tuple[int, int], list[Rect]] = {}
        self._all: list[Rect] = []

    def _cells(self, r: Rect) -> Iterable[tuple[int, int]]:
        c = self._cell
        x0, y0 = math.floor(r[0] / c), math.floor(r[1] / c)
        x1, y1 = math.floor((r[0] + r[2]) / c), math.floor((r[1] + r[3]) / c)
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                yield (i, j)

    def add(self, r: Rect) -> None:
        self._all.append(r)
        for key in self._cells(r):
            self._grid.setdefault(key, []).append(r)

    def hits(self, r: Rect, margin: float = 0.0) -> list[Rect]:
        """Stored rectangles overlapping *r* padded by *margin*."""
        padded = (r[0] - margin, r[1] - margin, r[2] + 2 * margin, r[3] + 2 * margin)
        found: list[Rect] = []
        seen: set[Rect] = set()
        for key in self._cells(padded):
            for other in self._grid.get(key, ()):
                if other not in seen and rects_overlap(padded, other):
                    seen.add(other)
                    found.append(other)
        return found

    def free_spot(self, r: Rect, margin: float) -> Rect:
        """*r* moved sideways to the nearest place where it overlaps nothing (*margin* apart)."""
        if not self.hits(r, margin):
            return r
        x, y, w, h = r
        blocked: list[tuple[float, float]] = sorted(
            (o[0] - margin - w, o[0] + o[2] + margin)
            for o in self._all
            if o[1] < y + h + margin and y < o[1] + o[3] + margin
        )
        merged: list[list[float]] = []
        for a, b in blocked:
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            if a < x < b:
                return ((a if x - a < b - x else b), y, w, h)
        return r


def place_without_overlap(
    rects: Sequence[tuple[str, Rect]],
    fixed: Mapping[str, Rect],
    margin: float,
) -> dict[str, Rect]:
    """Keep *fixed* rectangles; move each of *rects* (in order) to the nearest free spot."""
    index = SpatialIndex()
    for r in fixed.values():
        index.add(r)
    placed: dict[str, Rect] = {}
    for key, r in rects:
        spot = index.free_spot(r, margin)
        index.add(spot)
        placed[key] = spot
    return placed
