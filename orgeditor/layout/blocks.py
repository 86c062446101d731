"""Compact blocks: a unit's leaf reports stacked in pairs of columns around vertical spines.

A block is placed like one tall card: its top is level with its manager's row of reports, its
members fill it row by row (so the first members in the list are the highest), and a line to a
member runs down the spine between two columns and enters the card from the side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from orgeditor.layout.geometry import Point

__all__ = ["MAX_COLUMN", "Block", "BlockGaps", "make_block"]

#: Up to this many leaves hang in a single column; more stand in pairs of columns.
MAX_COLUMN = 12


class BlockGaps(Protocol):
    @property
    def hgap(self) -> float: ...
    @property
    def spine_gap(self) -> float: ...
    @property
    def leaf_vgap(self) -> float: ...


@dataclass
class Block:
    parent: int
    members: list[int]
    width: float
    height: float
    offsets: list[Point]
    """Member centre relative to the block's top centre."""
    spines: list[float]
    """Spine x of each member relative to the block's centre."""


def make_block(
    parent: int,
    members: list[int],
    widths: list[float],
    heights: list[float],
    opt: BlockGaps,
    *,
    max_column: int = MAX_COLUMN,
    max_pairs: int = 0,
) -> Block:
    """Arrange *members* in one column beside a spine (up to *max_column* of them), else
    in pairs of columns around vertical spines, filled row by row (enough pairs that no
    column holds more than *max_column*, but no more than *max_pairs* when above 0)."""
    count = len(members)
    if count <= max_column:
        return _column(parent, members, widths, heights, opt)
    pairs = max(1, round(math.sqrt(count / 8)))
    if max_column > 0:
        pairs = max(pairs, math.ceil(count / (2 * max_column)))
    if max_pairs > 0:
        pairs = min(pairs, max_pairs)
    ncols = max(1, min(2 * pairs, count))
    col_w = [0.0] * ncols
    for k, m in enumerate(members):
        col_w[k % ncols] = max(col_w[k % ncols], widths[m])
    row_h = max(heights[m] for m in members)
    rows = math.ceil(count / ncols)
    lefts: list[float] = []
    spines: list[float] = []
    x = 0.0
    for j in range(ncols):
        if j > 0:
            x += opt.spine_gap if j % 2 == 1 else opt.hgap
        lefts.append(x)
        x += col_w[j]
    width = x
    for j in range(ncols):
        if j % 2 == 0:
            right_edge = lefts[j] + col_w[j]
            spines.append(right_edge + opt.spine_gap / 2 if j + 1 < ncols else lefts[j] - 10.0)
        else:
            spines.append(spines[j - 1])
    offsets: list[Point] = []
    member_spines: list[float] = []
    for k, m in enumerate(members):
        j, r = k % ncols, k // ncols
        w = widths[m]
        cx = lefts[j] + col_w[j] - w / 2 if j % 2 == 0 else lefts[j] + w / 2
        offsets.append((cx - width / 2, r * (row_h + opt.leaf_vgap) + row_h / 2))
        member_spines.append(spines[j] - width / 2)
    height = rows * (row_h + opt.leaf_vgap) - opt.leaf_vgap
    return Block(parent, members, width, height, offsets, member_spines)


def _column(
    parent: int, members: list[int], widths: list[float], heights: list[float], opt: BlockGaps
) -> Block:
    """One column with its spine on the left, inside the block (room for a line per scope)."""
    indent = 0.75 * opt.spine_gap
    col_w = max(widths[m] for m in members)
    width = indent + col_w
    offsets: list[Point] = []
    y = 0.0
    for m in members:
        offsets.append((indent + widths[m] / 2 - width / 2, y + heights[m] / 2))
        y += heights[m] + opt.leaf_vgap
    spine = indent / 2 - width / 2
    return Block(parent, members, width, y - opt.leaf_vgap, offsets, [spine] * len(members))
