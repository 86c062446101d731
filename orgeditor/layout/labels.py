"""Where a line's label goes: in a gap on the line, clear of cards and of every other line."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence

from orgeditor.layout.geometry import Point, Rect, SpatialIndex

__all__ = ["LABEL_HEIGHT", "label_size", "label_spots"]

Key = tuple[str, str, str]
#: Height of a label's box, and the width of one character of it (scene px, generous).
LABEL_HEIGHT = 16.0
CHAR_WIDTH = 7.0
#: Room kept around a label's box.
CLEARANCE = 3.0


def label_size(text: str) -> tuple[float, float]:
    """The box a label of *text* needs (an estimate that errs large)."""
    return (CHAR_WIDTH * len(text) + 12.0, LABEL_HEIGHT)


def label_spots(
    routes: Mapping[Key, Sequence[Point]],
    texts: Mapping[Key, str],
    *,
    cards: SpatialIndex,
    lines: Iterable[Sequence[Point]],
) -> dict[Key, Point]:
    """A place on each route of *routes* for its label (*texts*): the middle of the longest of
    its runs where the label's box touches no card (of the index *cards*), no other line and no
    label already placed; failing that, the run where it touches the fewest."""
    segments = _Segments(lines)
    placed = SpatialIndex()
    spots: dict[Key, Point] = {}
    for key, points in routes.items():
        text = texts.get(key)
        if not text or len(points) < 2:
            continue
        w, h = label_size(text)
        own = {_segment(a, b) for a, b in itertools.pairwise(points)}
        best: tuple[int, float, Point] | None = None
        for a, b in itertools.pairwise(points):
            length = abs(b[0] - a[0]) + abs(b[1] - a[1])
            if length < 1.0:
                continue
            centre = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            box = (centre[0] - w / 2, centre[1] - h / 2, w, h)
            clashes = len(cards.hits(box, CLEARANCE)) + len(placed.hits(box, CLEARANCE))
            clashes += sum(1 for seg in segments.touching(box, CLEARANCE) if seg not in own)
            score = (clashes, -length, centre)
            if best is None or score[:2] < best[:2]:
                best = score
        if best is not None:
            spot = best[2]
            spots[key] = spot
            placed.add((spot[0] - w / 2, spot[1] - h / 2, w, h))
    return spots


class _Segments:
    """Axis-parallel runs, horizontal ones sorted by y and vertical ones by x: a box finds the
    runs near it by bisection (cheaper to build than a grid for thousands of long runs)."""

    def __init__(self, lines: Iterable[Sequence[Point]]) -> None:
        flat: list[tuple[float, float, float]] = []
        tall: list[tuple[float, float, float]] = []
        for points in lines:
            for a, b in itertools.pairwise(points):
                if abs(a[1] - b[1]) < 1e-6:
                    flat.append((a[1], min(a[0], b[0]), max(a[0], b[0])))
                else:
                    tall.append((a[0], min(a[1], b[1]), max(a[1], b[1])))
        flat.sort()
        tall.sort()
        self.flat, self.tall = flat, tall
        self.flat_at = [f[0] for f in flat]
        self.tall_at = [t[0] for t in tall]

    def touching(self, box: Rect, margin: float) -> list[Rect]:
        x0, y0 = box[0] - margin, box[1] - margin
        x1, y1 = box[0] + box[2] + margin, box[1] + box[3] + margin
        found: list[Rect] = []
        lo, hi = bisect.bisect_left(self.flat_at, y0), bisect.bisect_right(self.flat_at, y1)
        for y, a, b in self.flat[lo:hi]:
            if a < x1 and x0 < b:
                found.append((a, y, b - a, 0.0))
        lo, hi = bisect.bisect_left(self.tall_at, x0), bisect.bisect_right(self.tall_at, x1)
        for x, a, b in self.tall[lo:hi]:
            if a < y1 and y0 < b:
                found.append((x, a, 0.0, b - a))
        return found


def _segment(a: Point, b: Point) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))
