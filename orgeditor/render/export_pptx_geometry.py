"""Where things go on a PowerPoint slide and how large they are (pure Python, no Qt).

Where connectors attach and how their elbows run: rectangles are ``(x, y, width, height)`` in
scene px; sides are ``top``, ``left``, ``bottom`` and ``right``, the four connection points of
a rounded rectangle. How much room a text takes in Arial (estimates: python-pptx cannot
measure text), and how legend entries flow into rows.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from pptx.oxml.ns import qn
from pptx.util import Emu

__all__ = [
    "clearest_sides",
    "elide",
    "fitted",
    "flow_rows",
    "lines_needed",
    "set_geometry",
    "side_point",
    "sides_for_route",
]

Rect = tuple[float, float, float, float]


def _nearest_side(point: tuple[float, float], rect: Rect) -> str:
    x, y, w, h = rect
    distances = {
        "top": abs(point[1] - y),
        "bottom": abs(point[1] - (y + h)),
        "left": abs(point[0] - x),
        "right": abs(point[0] - (x + w)),
    }
    return min(distances, key=distances.__getitem__)


def sides_for_route(start: Rect, end: Rect, route: Sequence[tuple[float, float]] | None) -> tuple[str, str]:
    """The sides a connector leaves *start* and enters *end* by: bottom to top (or top to
    bottom) when one box is above the other, except that a route entering the end box from
    the side (stacked leaves) keeps that side; else the sides the route uses."""
    end_side = _nearest_side(route[-1], end) if route and len(route) >= 2 else None
    if start[1] + start[3] <= end[1]:
        return "bottom", end_side if end_side in ("left", "right") else "top"
    if end[1] + end[3] <= start[1]:
        return "top", end_side if end_side in ("left", "right") else "bottom"
    if route and len(route) >= 2 and end_side is not None:
        return _nearest_side(route[0], start), end_side
    return ("right", "left") if start[0] < end[0] else ("left", "right")


_OUTWARD = {"top": (0.0, -1.0), "bottom": (0.0, 1.0), "left": (-1.0, 0.0), "right": (1.0, 0.0)}


def _elbow(start: Rect, end: Rect, sides: tuple[str, str]) -> list[tuple[float, float]]:
    """The elbow path a connector between these sides takes (as PowerPoint and LibreOffice
    draw one without adjustments)."""
    (x1, y1), (x2, y2) = side_point(start, sides[0]), side_point(end, sides[1])
    vertical_out, vertical_in = sides[0] in ("top", "bottom"), sides[1] in ("top", "bottom")
    if vertical_out and vertical_in:
        ym = (y1 + y2) / 2
        return [(x1, y1), (x1, ym), (x2, ym), (x2, y2)]
    if not vertical_out and not vertical_in:
        xm = (x1 + x2) / 2
        return [(x1, y1), (xm, y1), (xm, y2), (x2, y2)]
    if vertical_out:
        return [(x1, y1), (x1, y2), (x2, y2)]
    return [(x1, y1), (x2, y1), (x2, y2)]


def _crosses(a: tuple[float, float], b: tuple[float, float], rect: Rect) -> bool:
    x, y, w, h = rect[0] + 1, rect[1] + 1, rect[2] - 2, rect[3] - 2
    lo_x, hi_x, lo_y, hi_y = min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])
    return lo_x < x + w and hi_x > x and lo_y < y + h and hi_y > y


#: Boxes a free line's sides are chosen around; beyond this only length and direction count
#: (bounds the cost of a deck with many links across a large chart).
MAX_OBSTACLES = 150


def clearest_sides(start: Rect, end: Rect, obstacles: Sequence[Rect]) -> tuple[str, str]:
    """The pair of sides whose elbow crosses the fewest other boxes, leaves and enters its
    boxes outwards, and is shortest."""
    best: tuple[float, tuple[str, str]] | None = None
    # every elbow runs between points on the two boxes' sides, so inside their joint bounds:
    # only boxes overlapping those can be crossed (a chart of links costs links × boxes once,
    # not 16 times over every box)
    left, top = min(start[0], end[0]), min(start[1], end[1])
    right, bottom = max(start[0] + start[2], end[0] + end[2]), max(start[1] + start[3], end[1] + end[3])
    others = [
        r
        for r in obstacles
        if r[0] < right
        and r[0] + r[2] > left
        and r[1] < bottom
        and r[1] + r[3] > top
        and r not in (start, end)
    ]
    if len(others) > MAX_OBSTACLES:  # a line across a large chart crosses boxes whichever way
        others = []
    for first, out in _OUTWARD.items():
        for last, into in _OUTWARD.items():
            path = _elbow(start, end, (first, last))
            cost = sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in itertools.pairwise(path))
            (ax, ay), (bx, by) = path[0], path[1]
            (cx, cy), (dx, dy) = path[-2], path[-1]
            if (bx - ax) * out[0] + (by - ay) * out[1] < 0 or (cx - dx) * into[0] + (cy - dy) * into[1] < 0:
                cost += 100_000
            cost += 10_000 * sum(_crosses(a, b, r) for a, b in itertools.pairwise(path) for r in others)
            if best is None or cost < best[0]:
                best = (cost, (first, last))
    assert best is not None
    return best[1]


def side_point(rect: Rect, side: str) -> tuple[float, float]:
    x, y, w, h = rect
    return {
        "top": (x + w / 2, y),
        "bottom": (x + w / 2, y + h),
        "left": (x, y + h / 2),
        "right": (x + w, y + h / 2),
    }[side]


def set_geometry(
    connector: Any,
    p1: tuple[int, int],
    p2: tuple[int, int],
    sides: tuple[str, str],
    *,
    lane: float,
) -> None:
    """Give an elbow connector the shape PowerPoint itself would: leave and enter the boxes
    at right angles (rotated 90° for vertical legs, flipped by direction), its middle leg
    *lane* of the way across."""
    (x1, y1), (x2, y2) = p1, p2
    vertical_out = sides[0] in ("top", "bottom")
    vertical_in = sides[1] in ("top", "bottom")
    prst = "bentConnector3" if vertical_out == vertical_in else "bentConnector2"
    if vertical_out and vertical_in and abs(x1 - x2) < 2:
        prst = "straightConnector1"
    if not vertical_out and not vertical_in and abs(y1 - y2) < 2:
        prst = "straightConnector1"
    sp_pr = connector._element.spPr
    geometry = sp_pr.prstGeom
    geometry.set("prst", prst)
    if prst == "bentConnector3" and abs(lane - 0.5) > 1e-6:
        av_lst = geometry.find(qn("a:avLst"))
        if av_lst is None:
            av_lst = geometry.makeelement(qn("a:avLst"), {})
            geometry.append(av_lst)
        av_lst.append(av_lst.makeelement(qn("a:gd"), {"name": "adj1", "fmla": f"val {round(lane * 100000)}"}))
    xfrm = sp_pr.get_or_add_xfrm()
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    for name in ("rot", "flipH", "flipV"):
        if name in xfrm.attrib:
            del xfrm.attrib[name]
    if vertical_out and prst != "straightConnector1":
        # rotated 90° clockwise: local x runs down the slide, local y runs to the left
        w, h = abs(y2 - y1), abs(x2 - x1)
        xfrm.set("rot", "5400000")
        if y1 > cy:
            xfrm.set("flipH", "1")
        if x1 < cx:
            xfrm.set("flipV", "1")
        off_x, off_y = cx - w / 2, cy - h / 2
    else:
        w, h = abs(x2 - x1), abs(y2 - y1)
        if x1 > x2:
            xfrm.set("flipH", "1")
        if y1 > y2:
            xfrm.set("flipV", "1")
        off_x, off_y = min(x1, x2), min(y1, y2)
    xfrm.off.x, xfrm.off.y = Emu(round(off_x)), Emu(round(off_y))
    xfrm.ext.cx, xfrm.ext.cy = Emu(round(w)), Emu(round(h))


def flow_rows(widths: Sequence[int], width: int, max_rows: int) -> list[list[int]]:
    """Indices of *widths* in order, in rows no wider than *width* (a wider item has a row of
    its own), at most *max_rows* of them: items that do not fit are left out.

    >>> flow_rows([4, 4, 4, 9, 2], 10, 2)
    [[0, 1], [2]]
    """
    rows: list[list[int]] = []
    used = width
    for index, wide in enumerate(widths):
        if used + wide > width or not rows:
            if len(rows) == max_rows:
                break
            rows.append([])
            used = 0
        rows[-1].append(index)
        used += wide
    return rows


def lines_needed(text: str, size: float, width: float, bold: bool = False) -> int:
    """How many lines *text* takes at *size* pt in *width* pt, word-wrapped (an estimate of
    Arial: capitals and wide letters count more, CJK characters a whole em; a word longer
    than a line takes as many lines as it fills).

    >>> lines_needed("Office of the Assistant Secretary-General", 10, 100)
    3
    """
    em = size * (1.08 if bold else 1.0)
    lines, used = 1, 0.0
    space = 0.28 * em
    for word in text.split():
        wide = sum(_advance(ch) for ch in word) * em
        if used and used + space + wide > width:
            lines, used = lines + 1, 0.0
        elif used:
            used += space
        while wide > width:  # a word wider than a line runs on over the next
            lines, wide = lines + 1, wide - width
        used += wide
    return lines


def _advance(ch: str) -> float:
    """An Arial character's width in em (a generous estimate)."""
    if "\u2e80" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef":
        return 1.0  # CJK ideographs, kana, hangul, full-width forms
    if ch.isupper() or ch in "mwMW@%":
        return 0.75
    if ch in "ilj.,;:'|!ft()[]-":
        return 0.32
    return 0.56


def elide(text: str, limit: int) -> str:
    """*text* cut to *limit* characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fitted(text: str, width: int, size: float, smallest: float) -> tuple[str, float]:
    """*text* at the largest size down to *smallest* at which it fits one line of *width*
    (EMU), elided when it does not fit even then (Arial: about 0.56 em a character)."""
    width_pt = width / 12700
    fit = width_pt / (max(1, len(text)) * 0.56)
    size = max(smallest, min(size, fit))
    return elide(text, int(width_pt / (size * 0.56))), size
