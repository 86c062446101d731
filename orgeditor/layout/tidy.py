"""The org-chart layout: level-aligned rows, leaves in columns, a linear-time tidy tree.

Each manager's reports are arranged by the placer :func:`orgeditor.layout.placers.arrange`
chooses (a row of branches, a block of leaf columns standing in that row, assistants beside the
chief, a bridge between two managers for the units they share). Rows are levels: every node's
reports start one level (``pitch``) below it, so peers line up across the whole chart, and a
block or a stack of assistants spans as many levels as it is tall.

Subtrees are packed left to right against shared contours (Reingold–Tilford, no recursion):
each subtree keeps its left and right outline as lists (deepest level first, with a lazy
offset), so placing a subtree next to its left siblings costs the height of the shallower of
the two and the whole layout is O(n).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from orgeditor.layout.blocks import MAX_COLUMN, Block, make_block
from orgeditor.layout.geometry import Point
from orgeditor.layout.placers import BLOCK, UNRANKED, LayoutTree, arrange, build_tree, preorder
from orgeditor.layout.slots import Slot
from orgeditor.layout.structure import Structure

__all__ = ["Block", "TidyOptions", "TidyResult", "make_block", "tidy_layout"]


@dataclass(frozen=True)
class TidyOptions:
    hgap: float = 24.0
    """Horizontal gap between neighbouring cards and subtrees."""
    vgap: float = 72.0
    """Vertical gap between levels (room for the buses of several scopes)."""
    root_gap: float = 80.0
    """Gap between separate trees of the forest."""
    compact: int = 2
    """Stack a manager's leaves in columns when it has at least this many (0: never)."""
    spine_gap: float = 48.0
    """Gap between the two columns around a spine (room for a line of each scope)."""
    leaf_vgap: float = 18.0
    """Vertical gap between stacked cards."""
    staff_gap: float = 32.0
    """Vertical gap between an assistant and the reports stacked below it."""
    max_column: int = MAX_COLUMN
    """Most leaves stacked in one column; more stand in pairs of columns around spines."""
    max_pairs: int = 0
    """Most pairs of columns a manager's leaves stand in (0: as many as *max_column* asks)."""


@dataclass
class TidyResult:
    positions: dict[str, Point]
    slots: dict[str, Slot]
    pitch: float
    tree: LayoutTree = field(repr=False)


@dataclass
class _Staff:
    """Assistants beside a chief's trunk: card centres relative to the trunk's top centre."""

    owner: int
    cards: list[tuple[int, Point]]
    below: list[tuple[int, int, Point, float]]
    """(assistant, report, centre, spine offset from the report's centre) stacked below it."""
    width: float
    height: float


def tidy_layout(structure: Structure, options: TidyOptions | None = None) -> TidyResult:
    """Place every visible unit of *structure*; deterministic and iterative."""
    opt = options or TidyOptions()
    order = structure.order
    n = len(order)
    index = {uid: i for i, uid in enumerate(order)}
    tree = build_tree(structure, index)
    base = len(tree.children)
    widths = [structure.sizes[uid][0] for uid in order] + [0.0] * (base - n)
    heights = [structure.sizes[uid][1] for uid in order] + [0.0] * (base - n)
    max_h = max(heights, default=0.0)
    pitch = max_h + opt.vgap

    # ---- placers: rows, blocks of leaves, assistants (each block and trunk a node of its own)
    children: list[list[int]] = [[] for _ in range(base)]
    parent = list(tree.parent)
    step = [1] * base
    blocks: dict[int, Block] = {}
    staff: dict[int, _Staff] = {}
    set_aside: set[int] = set()
    for v in preorder(tree.roots, tree.children):
        if v in set_aside or not tree.children[v]:
            continue
        arr = arrange(tree, v, structure, compact=opt.compact)
        row: list[int] = []
        for c in arr.row:
            if c == BLOCK:
                node = _new_node(children, parent=parent, widths=widths, heights=heights, step=step, owner=v)
                block = make_block(
                    v, arr.block, widths, heights, opt, max_column=opt.max_column, max_pairs=opt.max_pairs
                )
                widths[node], heights[node] = block.width, block.height
                blocks[node] = block
                row.append(node)
            else:
                row.append(c)
                parent[c] = v
        if arr.assistants:
            trunk = _new_node(children, parent=parent, widths=widths, heights=heights, step=step, owner=v)
            plan = _staff(v, arr.assistants, tree, structure, widths=widths, heights=heights, opt=opt)
            staff[trunk] = plan
            set_aside.update(arr.assistants)
            set_aside.update(c for a in arr.assistants for c in tree.children[a])
            widths[trunk], heights[trunk] = plan.width, plan.height
            step[trunk] = max(1, math.ceil((plan.height + opt.vgap) / pitch))
            children[trunk] = row
            for c in row:
                parent[c] = trunk
            children[v] = [trunk]
        else:
            children[v] = row
    size = len(children)

    # ---- pre-order from a virtual super-root
    sroot = size
    children.append(list(tree.roots))
    widths.append(0.0)
    step.append(1)
    order_down = preorder([sroot], children)

    # ---- post-order: contours and relative offsets
    rel = [0.0] * (size + 1)
    c_left: list[list[float]] = [[] for _ in range(size + 1)]
    c_right: list[list[float]] = [[] for _ in range(size + 1)]
    o_left = [0.0] * (size + 1)
    o_right = [0.0] * (size + 1)
    for v in reversed(order_down):
        kids = children[v]
        half = widths[v] / 2
        if v in blocks or (v in staff and not kids):
            levels = max(1, math.ceil(heights[v] / pitch))
            c_left[v] = [-half] * levels
            c_right[v] = [half] * levels
            continue
        if not kids:
            c_left[v] = [-half]
            c_right[v] = [half]
            continue
        gap = opt.root_gap if v == sroot else opt.hgap
        first = kids[0]
        a_l, ao_l, a_r, ao_r = c_left[first], o_left[first], c_right[first], o_right[first]
        rel[first] = 0.0
        for c in kids[1:]:
            b_l, bo_l, b_r, bo_r = c_left[c], o_left[c], c_right[c], o_right[c]
            na, nb = len(a_r), len(b_l)
            m = na if na < nb else nb
            shift = -math.inf
            ia, ib = na - 1, nb - 1
            for t in range(m):
                d = a_r[ia - t] - b_l[ib - t]
                shift = max(shift, d)
            s = shift + ao_r - bo_l + gap
            rel[c] = s
            if na < nb:
                delta = ao_l - (bo_l + s)
                for t in range(m):
                    b_l[ib - t] = a_l[ia - t] + delta
                a_l, ao_l = b_l, bo_l + s
            if nb >= na:
                a_r, ao_r = b_r, bo_r + s
            else:
                delta = bo_r + s - ao_r
                for t in range(m):
                    a_r[ia - t] = b_r[ib - t] + delta
            c_left[c] = c_right[c] = []  # consumed
        mid = rel[kids[-1]] / 2
        for c in kids:
            rel[c] -= mid
        ao_l -= mid
        ao_r -= mid
        for _ in range(step[v]):
            a_l.append(-half - ao_l)
            a_r.append(half - ao_r)
        c_left[v], o_left[v], c_right[v], o_right[v] = a_l, ao_l, a_r, ao_r

    # ---- pre-order: absolute positions
    xs = [0.0] * (size + 1)
    depth = [0] * (size + 1)
    depth[sroot] = -1
    for v in order_down:
        for c in children[v]:
            xs[c] = xs[v] + rel[c]
            depth[c] = depth[v] + step[v]
    tops = _level_tops(
        order_down, depth, heights, n=n, spans=_spans(blocks, staff, heights, step, pitch), opt=opt
    )
    positions: dict[str, Point] = {}
    slots: dict[str, Slot] = {}
    for v in order_down:
        if v >= n:
            continue
        positions[order[v]] = (xs[v], tops[depth[v]] + heights[v] / 2)
        slots[order[v]] = _row_slot(v, parent, tree, staff, order)
    for node, block in blocks.items():
        top = tops[depth[node]]
        manager = order[block.parent]
        for member, (dx, dy), spine in zip(block.members, block.offsets, block.spines, strict=True):
            x = xs[node] + dx
            positions[order[member]] = (x, top + dy)
            slots[order[member]] = Slot("column", (manager,), xs[node] + spine - x)
    for trunk, plan in staff.items():
        x0, top = xs[trunk], tops[depth[trunk]]
        owner = order[plan.owner]
        for a, (dx, dy) in plan.cards:
            positions[order[a]] = (x0 + dx, top + dy)
            slots[order[a]] = Slot("assistant", (owner,), -dx)
        for a, c, (dx, dy), spine in plan.below:
            positions[order[c]] = (x0 + dx, top + dy)
            slots[order[c]] = Slot("column", (order[a],), spine)
    return TidyResult(positions, slots, pitch, tree)


def _spans(
    blocks: dict[int, Block], staff: dict[int, _Staff], heights: list[float], step: list[int], pitch: float
) -> dict[int, tuple[int, float]]:
    """Nodes that span several levels: node -> (levels, height)."""
    spans = {node: (max(1, math.ceil(heights[node] / pitch)), heights[node]) for node in blocks}
    spans.update({trunk: (step[trunk], plan.height) for trunk, plan in staff.items()})
    return spans


def _level_tops(
    order_down: list[int],
    depth: list[int],
    heights: list[float],
    *,
    n: int,
    spans: dict[int, tuple[int, float]],
    opt: TidyOptions,
) -> list[float]:
    """The top of each level: each as tall as its tallest card (cards of different heights
    share a level, top-aligned), a node spanning several levels (a column of leaves, a
    chief's staff) getting room across them, and :attr:`TidyOptions.vgap` between levels.
    With cards of one size this is a uniform pitch."""
    levels = max((depth[v] for v in order_down), default=0) + 1
    for node, (count, _) in spans.items():
        levels = max(levels, depth[node] + count + 1)
    tall = [0.0] * levels
    for v in order_down:
        if v < n and depth[v] >= 0:
            tall[depth[v]] = max(tall[depth[v]], heights[v])
    for node, (count, height) in sorted(spans.items(), key=lambda item: depth[item[0]]):
        first, last = depth[node], depth[node] + count - 1
        room = sum(tall[first : last + 1]) + (count - 1) * opt.vgap
        if room < height:
            tall[last] += height - room
    tops = [0.0] * (levels + 1)
    for level in range(levels):
        tops[level + 1] = tops[level] + tall[level] + opt.vgap
    return tops


def _new_node(
    children: list[list[int]],
    *,
    parent: list[int],
    widths: list[float],
    heights: list[float],
    step: list[int],
    owner: int,
) -> int:
    node = len(children)
    children.append([])
    parent.append(owner)
    widths.append(0.0)
    heights.append(0.0)
    step.append(1)
    return node


def _row_slot(
    v: int, parent: list[int], tree: LayoutTree, staff: dict[int, _Staff], order: list[str]
) -> Slot:
    p = parent[v]
    if p < 0:
        return Slot("root", ())
    if p in staff:
        p = staff[p].owner
    if p in tree.bridges:
        a, b = tree.bridges[p]
        return Slot("row", (order[a], order[b]))
    return Slot("row", (order[p],))


def _staff(
    owner: int,
    chosen: list[int],
    tree: LayoutTree,
    structure: Structure,
    *,
    widths: list[float],
    heights: list[float],
    opt: TidyOptions,
) -> _Staff:
    """Assistants in pairs either side of the trunk, highest first; each one's few reports
    stacked below it with their spine on the side away from the trunk."""
    half_gap = opt.spine_gap / 2
    margin = opt.spine_gap / 2  # room for the spine outside a stack
    cards: list[tuple[int, Point]] = []
    below: list[tuple[int, int, Point, float]] = []
    top = 0.0
    width = 0.0
    for k in range(0, len(chosen), 2):
        pair = chosen[k : k + 2]
        pair_h = 0.0
        for j, a in enumerate(pair):
            side = -1.0 if j == 0 else 1.0
            w, h = widths[a], heights[a]
            cx = side * (half_gap + w / 2)
            cards.append((a, (cx, top + h / 2)))
            y = top + h + opt.staff_gap
            reports = sorted(  # highest first, as in any column
                tree.children[a], key=lambda c: structure.ranks.get(structure.order[c], UNRANKED)
            )
            for c in reports:
                ch = heights[c]
                below.append((a, c, (cx, y + ch / 2), side * (widths[c] / 2 + margin / 2)))
                y += ch + opt.leaf_vgap
            extent = w + (margin if reports else 0.0)
            width = max(width, 2 * (half_gap + extent))
            pair_h = max(pair_h, y - top - (opt.leaf_vgap if reports else opt.staff_gap))
        top += pair_h + opt.leaf_vgap
    return _Staff(owner, cards, below, width, max(0.0, top - opt.leaf_vgap))
