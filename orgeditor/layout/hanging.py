"""Hanging subtrees: a unit's reports stacked in columns off a vertical spine.

The compact arrangement of org charts (Visio's "hanging" styles, d3-org-chart's compact mode):
below the top levels a unit's reports are not spread out in one wide row but stacked

* in **one column** hanging to the right of a spine that drops from the unit's left part, or
* in **pairs of columns** either side of a spine under the unit's centre (a grid), or
* **straight below** the unit when it has a single report.

Such a unit and everything under it form a rigid *shape* (a box with the unit's card at the
top) that the tidy layout places like one tall card. Which units hang is decided bottom up:
a unit hangs when every report of it hangs too (or is a leaf), so each branch becomes a
narrow column; a unit that is a root, has a report in a row, or has a unit shared with a
sibling (a bridge) keeps its reports side by side in a row.

Everything here is iterative and linear in the number of units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from orgeditor.layout.geometry import Point

__all__ = ["HangOptions", "Shapes", "build_shapes", "choose_shapes", "hang_route", "lower_reports"]

LEAF = 0
SINGLE = 1
COLUMN = 2
GRID = 3


@dataclass(frozen=True)
class HangOptions:
    spine_in: float = 14.0
    """Distance of a one-column spine from the left edge of its unit's card."""
    indent: float = 14.0
    """Distance from a one-column spine to the left edge of the hanging cards."""
    first_gap: float = 28.0
    """Vertical gap between a unit's card and the first of its hanging reports."""
    bus_gap: float = 44.0
    """That gap when a bus runs in it (grids of several pairs of columns)."""
    stack_gap: float = 18.0
    """Vertical gap between stacked shapes."""
    spine_gap: float = 32.0
    """Horizontal gap between the two columns around a grid spine."""
    column_gap: float = 24.0
    """Horizontal gap between neighbouring pairs of columns."""
    max_column: int = 12
    """Leaves stacked in one column up to this many, in pairs of columns beyond."""
    grid_from: int = 4
    """Reports with reports of their own go in a pair of columns from this many on."""


@dataclass
class Shapes:
    """Per node (indexed like the tidy tree): whether it hangs and the geometry of its shape."""

    narrow: list[bool]
    mode: list[int]
    width: list[float]
    height: list[float]
    card_x: list[float]
    """Centre x of the node's card from its shape's left edge (the card is at the top)."""
    offset: list[Point]
    """Top left of a hanging node's shape relative to its parent's shape."""
    spine: list[float]
    """x of the spine a hanging node's line comes down, relative to its parent's shape."""
    gap: list[float]
    """Vertical gap between a node's card and its first hanging report."""
    bus: dict[int, float] = field(default_factory=dict)
    """Grids with several spines: y of the bus joining them, relative to the shape."""


def build_shapes(
    children: list[list[int]],
    postorder: list[int],
    depth: list[int],
    *,
    units: int,
    widths: list[float],
    heights: list[float],
    opt: HangOptions,
    hang_from: int = 1,
    max_height: float = math.inf,
) -> Shapes:
    """Decide bottom up which nodes hang and lay out each hanging node's shape.

    Nodes ``>= units`` are bridges (never hang). *postorder* lists every node after its
    children; *depth* is 0 for roots. Above depth *hang_from* only single reports and leaves
    hang; from there on any branch does. A branch whose shape would be taller than
    *max_height* does not hang (its reports then hang, or stand in a row, on their own).
    """
    total = len(children)
    s = Shapes(
        narrow=[False] * total,
        mode=[LEAF] * total,
        width=list(widths[:total]),
        height=list(heights[:total]),
        card_x=[w / 2 for w in widths[:total]],
        offset=[(0.0, 0.0)] * total,
        spine=[0.0] * total,
        gap=[0.0] * total,
    )
    for v in postorder:
        if v >= units:
            continue
        kids = children[v]
        if not kids:
            s.narrow[v] = True
            continue
        if not all(c < units and s.narrow[c] for c in kids):
            continue
        leaves = all(not children[c] for c in kids)
        if len(kids) == 1:
            _single(s, v, kids[0], w=widths[v], h=heights[v], opt=opt)
        elif leaves and len(kids) <= opt.max_column:
            _column(s, v, kids, w=widths[v], h=heights[v], opt=opt)
        elif leaves:
            pairs = max(1, round(math.sqrt(len(kids) / 8)))
            _grid(s, v, kids, w=widths[v], h=heights[v], pairs=pairs, opt=opt)
        elif depth[v] < hang_from or len(kids) < 3:
            continue
        elif len(kids) < opt.grid_from:
            _column(s, v, kids, w=widths[v], h=heights[v], opt=opt)
        else:
            _grid(s, v, kids, w=widths[v], h=heights[v], pairs=1, opt=opt)
        if s.height[v] > max_height:
            s.mode[v], s.width[v], s.height[v], s.card_x[v] = LEAF, widths[v], heights[v], widths[v] / 2
            s.bus.pop(v, None)
            continue
        s.narrow[v] = True
    return s


def choose_shapes(
    children: list[list[int]],
    postorder: list[int],
    depth: list[int],
    *,
    units: int,
    widths: list[float],
    heights: list[float],
    opt: HangOptions,
    gaps: tuple[float, float],
    aspect: float = 1.6,
) -> Shapes:
    """:func:`build_shapes` with the tallest branch allowed to hang that best fits *aspect*.

    Hanging every branch that can gives the narrowest chart; when that is taller than *aspect*
    allows, ever shorter hanging branches are tried (each widens the chart), and the one
    that best fits a window of that aspect is kept. The estimate boxes each row of subtrees
    side by side (*gaps*: horizontal, vertical).
    """
    best: Shapes | None = None
    best_score = math.inf
    card = max(heights, default=0.0) + opt.stack_gap
    for rows in (math.inf, 512, 256, 128, 64, 32, 16, 8):
        shapes = build_shapes(
            children,
            postorder,
            depth,
            units=units,
            widths=widths,
            heights=heights,
            opt=opt,
            max_height=rows * card,
        )
        w, h = _estimate(children, postorder, depth, shapes, sizes=(widths, heights), gaps=gaps)
        score = max(w / aspect, h)
        if score < best_score:
            best, best_score = shapes, score
        if w >= aspect * h:
            break  # starting deeper only widens the chart
    assert best is not None
    return best


def _estimate(
    children: list[list[int]],
    postorder: list[int],
    depth: list[int],
    shapes: Shapes,
    *,
    sizes: tuple[list[float], list[float]],
    gaps: tuple[float, float],
) -> tuple[float, float]:
    """Width and height of the forest with each row of subtrees boxed side by side."""
    widths, heights = sizes
    hgap, vgap = gaps
    row_h = max(heights, default=0.0)
    bw = [0.0] * len(children)
    bh = [0.0] * len(children)
    for v in postorder:
        if shapes.narrow[v]:
            bw[v], bh[v] = shapes.width[v], shapes.height[v]
            continue
        kids = children[v]
        bw[v] = max(widths[v], sum(bw[c] for c in kids) + hgap * (len(kids) - 1))
        bh[v] = row_h + vgap + max((bh[c] for c in kids), default=0.0)
    roots = [v for v in postorder if depth[v] == 0]
    width = sum(bw[v] for v in roots) + hgap * max(0, len(roots) - 1)
    return width, max((bh[v] for v in roots), default=0.0)


def _single(s: Shapes, v: int, c: int, *, w: float, h: float, opt: HangOptions) -> None:
    s.mode[v] = SINGLE
    cx = max(w / 2, s.card_x[c])
    ox = cx - s.card_x[c]
    oy = h + 2 * opt.stack_gap
    s.gap[v] = oy - h
    s.offset[c] = (ox, oy)
    s.spine[c] = cx
    s.card_x[v] = cx
    s.width[v] = max(cx + w / 2, ox + s.width[c])
    s.height[v] = oy + s.height[c]


def _column(s: Shapes, v: int, kids: list[int], *, w: float, h: float, opt: HangOptions) -> None:
    s.mode[v] = COLUMN
    spine = min(opt.spine_in, w / 2)
    left = spine + opt.indent
    y = h + opt.first_gap
    s.gap[v] = opt.first_gap
    right = w
    for c in kids:
        s.offset[c] = (left, y)
        s.spine[c] = spine
        y += s.height[c] + opt.stack_gap
        right = max(right, left + s.width[c])
    s.card_x[v] = w / 2
    s.width[v] = right
    s.height[v] = y - opt.stack_gap


def _grid(s: Shapes, v: int, kids: list[int], *, w: float, h: float, pairs: int, opt: HangOptions) -> None:
    """*kids* in ``2 * pairs`` columns, each to the shortest column so far (leftmost on ties,
    so equal cards fill row by row); the two columns of a pair share a spine."""
    s.mode[v] = GRID
    ncols = max(1, min(2 * pairs, len(kids)))
    filled = [0.0] * ncols
    column: list[int] = []
    tops: list[float] = []
    for c in kids:
        j = (0 if filled[0] <= filled[1] else 1) if ncols == 2 else filled.index(min(filled))
        column.append(j)
        tops.append(filled[j])
        filled[j] += s.height[c] + opt.stack_gap
    col_w = [0.0] * ncols
    for c, j in zip(kids, column, strict=True):
        col_w[j] = max(col_w[j], s.width[c])
    lefts: list[float] = []
    x = 0.0
    for j in range(ncols):
        if j > 0:
            x += opt.spine_gap if j % 2 == 1 else opt.column_gap
        lefts.append(x)
        x += col_w[j]
    grid_w = x
    spines: list[float] = []
    for j in range(ncols):
        if j % 2 == 1:
            spines.append(spines[j - 1])
        elif j + 1 < ncols:
            spines.append(lefts[j] + col_w[j] + opt.spine_gap / 2)
        else:
            spines.append(lefts[j] - opt.spine_gap / 2)
    several = len(set(spines)) > 1
    card_x = grid_w / 2 if several else spines[0]
    shift = max(0.0, w / 2 - card_x)
    y = h + (opt.bus_gap if several else opt.first_gap)
    s.gap[v] = y - h
    if several:
        s.bus[v] = h + opt.bus_gap / 2
    for c, j, top in zip(kids, column, tops, strict=True):
        ox = lefts[j] + col_w[j] - s.width[c] if j % 2 == 0 else lefts[j]
        s.offset[c] = (ox + shift, y + top)
        s.spine[c] = spines[j] + shift
    s.card_x[v] = card_x + shift
    s.width[v] = max(grid_w + shift, card_x + shift + w / 2)
    s.height[v] = y + max(filled) - opt.stack_gap


def lower_reports(s: Shapes, v: int, kids: list[int], gap: float) -> None:
    """Move the reports hanging from *v* down so that the first is *gap* below *v*'s card."""
    if s.mode[v] == LEAF or not kids:
        return
    delta = gap - s.gap[v]
    if delta <= 0:
        return
    for c in kids:
        ox, oy = s.offset[c]
        s.offset[c] = (ox, oy + delta)
    if v in s.bus:
        s.bus[v] += delta / 2
    s.height[v] += delta
    s.gap[v] = gap


def hang_route(
    mode: int,
    *,
    start: Point,
    spine: float,
    bus: float | None,
    end_card: tuple[float, float, float],
    lane: float = 0.0,
) -> list[Point]:
    """The line from a hanging unit's manager (*start*: bottom centre of its card) to it.

    *end_card* is the unit's card as (left, right, centre y) for side entries, or
    (centre x, centre x, top y) when the unit hangs straight below (*mode* SINGLE).
    Lines of different scopes are moved apart by *lane* px.
    """
    sx, y0 = start
    left, right, y1 = end_card
    if mode == SINGLE:
        if abs(sx - left) < 1e-6:
            return [(sx + lane, y0), (sx + lane, y1)]
        mid = (y0 + y1) / 2
        return [(sx + lane, y0), (sx + lane, mid), (left + lane, mid), (left + lane, y1)]
    x = spine + lane
    side = left if x < left else right
    if mode == GRID and bus is not None and abs(sx - spine) > 1e-6:
        b = bus + 2 * lane
        return [(sx + lane, y0), (sx + lane, b), (x, b), (x, y1), (side, y1)]
    return [(x, y0), (x, y1), (side, y1)]  # the spine starts at the manager's bottom edge
