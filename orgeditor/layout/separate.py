"""Keeping lines of different kinds apart: a link or a group's line never runs on a reporting
line (nor on another link), so that each reads as its own connection.

A run of a route that lies on top of a run already drawn (same x for vertical runs, same y
for horizontal ones, overlapping by more than a few px) is moved sideways in steps of
:data:`STEP` px, either way, to the nearest place where it overlaps nothing and crosses no
card; the runs before and after it stretch to meet it. A run that starts or ends on a card
moves along that card's edge only as far as the edge goes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from orgeditor.layout.geometry import Point, Rect, SpatialIndex, rects_overlap

__all__ = ["STEP", "Runs", "separate"]

K = TypeVar("K")
#: How far a run moves off another one at a time (scene px): far enough to read as another
#: line at the opening zoom.
STEP = 10.0
#: Room a moved run keeps from the cards it passes (scene px).
CLEARANCE = 6.0
#: Places tried either way.
TRIES = 4
#: Runs that overlap by less than this (px) do not count as lying on each other.
MIN_OVERLAP = 3.0
#: Room kept between a moved run's end and the corner of the card it starts on.
EDGE = 6.0
#: Runs longer than this (px) stay where they are: checking them against every card they pass
#: would cost more than the rare overlap they make is worth in a chart that large.
MAX_RUN = 3000.0


class Runs:
    """Axis-parallel runs by their coordinate: horizontal ones by y, vertical ones by x."""

    def __init__(self, lines: Iterable[Sequence[Point]] = ()) -> None:
        self.horizontal: dict[int, list[tuple[float, float]]] = {}
        self.vertical: dict[int, list[tuple[float, float]]] = {}
        for points in lines:
            for a, b in itertools.pairwise(points):
                self.add(a, b)

    def add(self, a: Point, b: Point) -> None:
        if abs(a[1] - b[1]) < 1e-6 and abs(a[0] - b[0]) > 1e-6:
            self.horizontal.setdefault(round(a[1]), []).append((min(a[0], b[0]), max(a[0], b[0])))
        elif abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) > 1e-6:
            self.vertical.setdefault(round(a[0]), []).append((min(a[1], b[1]), max(a[1], b[1])))

    def lies_on(self, a: Point, b: Point) -> bool:
        """True when the run a–b lies on a stored run (within a px)."""
        if abs(a[1] - b[1]) < 1e-6:
            table, at, lo, hi = self.horizontal, a[1], min(a[0], b[0]), max(a[0], b[0])
        elif abs(a[0] - b[0]) < 1e-6:
            table, at, lo, hi = self.vertical, a[0], min(a[1], b[1]), max(a[1], b[1])
        else:
            return False
        for key in (round(at) - 1, round(at), round(at) + 1):
            for s, e in table.get(key, ()):
                if min(hi, e) - max(lo, s) > MIN_OVERLAP:
                    return True
        return False


def separate(
    movable: dict[K, list[Point]],
    runs: Runs,
    *,
    ends: Mapping[K, tuple[Rect, Rect]],
    cards: SpatialIndex,
) -> None:
    """Move the runs of each route of *movable* (in key order) off the *runs* already drawn and
    off those of the routes moved before it (each is added to *runs* once placed); *ends* gives
    each route's start and end cards, and the index *cards* every card (and group body) a run
    must not cross."""
    for key in sorted(movable, key=repr):
        points = movable[key]
        own = ends[key]
        for _ in range(TRIES):  # moving one run stretches its neighbours: look again
            stuck = [
                i
                for i in range(len(points) - 1)
                if _length(points[i], points[i + 1]) <= MAX_RUN and runs.lies_on(points[i], points[i + 1])
            ]
            if not stuck or not any(_shift_run(points, i, runs, cards, own) for i in stuck):
                break
        for a, b in itertools.pairwise(points):
            runs.add(a, b)


def _shift_run(points: list[Point], i: int, runs: Runs, index: SpatialIndex, own: tuple[Rect, Rect]) -> bool:
    a, b = points[i], points[i + 1]
    vertical = abs(a[0] - b[0]) < 1e-6
    reach = TRIES * STEP  # the cards a moved run could touch: those this close to it, found once
    band = (min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))
    near = [rect for rect in index.hits(band, reach + CLEARANCE + 1.0) if rect not in own]
    for k in range(1, TRIES + 1):
        for offset in (k * STEP, -k * STEP):
            moved = _moved(points, i, offset, vertical=vertical, own=own)
            if moved is None:
                continue
            if runs.lies_on(moved[i], moved[i + 1]) or _through_cards(points, moved, i, near):
                continue
            points[:] = moved
            return True
    return False


def _moved(
    points: list[Point], i: int, offset: float, *, vertical: bool, own: tuple[Rect, Rect]
) -> list[Point] | None:
    """*points* with run *i* moved by *offset* across itself, or None when an end would leave
    its card's edge."""
    moved = list(points)
    for j in (i, i + 1):
        x, y = moved[j]
        moved[j] = (x + offset, y) if vertical else (x, y + offset)
        if j in (0, len(points) - 1):
            card = own[0] if j == 0 else own[1]
            lo, hi = (card[0], card[0] + card[2]) if vertical else (card[1], card[1] + card[3])
            value = moved[j][0] if vertical else moved[j][1]
            if not lo + EDGE <= value <= hi - EDGE:
                return None
    return moved


def _through_cards(old: list[Point], new: list[Point], i: int, near: Sequence[Rect]) -> bool:
    """True when run *i* moved, or the bits its neighbours grew by, cross one of the cards
    *near* it (the rest of the route stays where it was)."""
    pieces = [(new[i], new[i + 1]), (old[i], new[i]), (old[i + 1], new[i + 1])]
    for (x0, y0), (x1, y1) in pieces:
        seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        for rect in near:
            if rects_overlap(seg, rect, CLEARANCE):
                return True
    return False


def _length(a: Point, b: Point) -> float:
    return abs(b[0] - a[0]) + abs(b[1] - a[1])
