"""The org-chart layout: a linear-time tidy tree (Reingold–Tilford family, no recursion).

The tree is each unit's primary reporting line (its first line to a visible manager). Four
refinements make it read like an org chart and keep it compact:

* **bridges** — a unit reporting to two siblings near the top (a regional ASG reporting to
  DPPA and DPO) hangs from an invisible zero-width node placed between those siblings, so it
  sits one level below them and between their subtrees;
* **hanging branches** (:mod:`orgeditor.layout.hanging`) — below the top rows a unit's
  reports are stacked in a column or a pair of columns off a vertical spine, recursively, so
  each branch becomes a narrow column and the chart grows down rather than sideways; how tall
  a hanging branch may be is chosen so that the whole chart suits a screen;
* **assistants** (:mod:`orgeditor.layout.staff`) — a unit's few leaf reports (and the root's
  small offices) sit beside the line down from it instead of in its row;
* **compact leaves** — the many childless reports of a unit whose other reports stand in a
  row are stacked in pairs of columns hanging from vertical spines.

Subtrees are packed left to right against shared contours: each subtree keeps its left and
right outline as lists (deepest level first, with a lazy offset), so placing a subtree next to
its left siblings costs the height of the shallower of the two and the whole layout is O(n).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from orgeditor.layout.buses import SPINE_LANES
from orgeditor.layout.geometry import Point
from orgeditor.layout.hanging import (
    HangOptions,
    Shapes,
    choose_shapes,
    lower_reports,
)
from orgeditor.layout.staff import (
    assistant_sides,
    choose_assistants,
    place_assistants,
    place_shape,
)
from orgeditor.layout.staff import (
    preorder as walk_down,
)
from orgeditor.layout.structure import Structure

__all__ = ["Block", "TidyOptions", "TidyResult", "make_block", "tidy_layout"]


@dataclass(frozen=True)
class TidyOptions:
    hgap: float = 24.0
    """Horizontal gap between neighbouring cards and subtrees."""
    vgap: float = 64.0
    """Vertical gap between levels (room for the connector bus)."""
    root_gap: float = 80.0
    """Gap between separate trees of the forest."""
    compact: int = 4
    """Stack a unit's childless reports in columns when it has at least this many (0: never)."""
    spine_gap: float = 36.0
    """Gap between the two columns that share a spine in a compact block."""
    leaf_vgap: float = 18.0
    """Vertical gap between cards in a compact block."""
    bridge_depth: int = 2
    """A unit shared by two sibling managers at most this deep (roots: 0) hangs between them;
    deeper down it hangs under its first manager (-1: always between)."""
    assistants: int = 4
    """Up to this many leaf reports of a unit whose other reports are in a row sit beside the
    line down to that row, as assistants (0: never)."""
    hang: HangOptions | None = field(default_factory=HangOptions)
    """Hang branches in narrow columns (:mod:`orgeditor.layout.hanging`); None: never."""


@dataclass
class TidyResult:
    positions: dict[str, Point]
    routes: dict[tuple[str, str, str], list[Point]]
    """Routes of primary lines (including compact blocks); other lines are left to the caller."""
    pitch: float


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


def tidy_layout(structure: Structure, options: TidyOptions | None = None) -> TidyResult:
    """Place every visible unit of *structure*; deterministic and iterative."""
    opt = options or TidyOptions()
    order = structure.order
    n = len(order)
    index = {uid: i for i, uid in enumerate(order)}
    widths = [structure.sizes[uid][0] for uid in order]
    heights = [structure.sizes[uid][1] for uid in order]
    max_h = max(heights, default=0.0)
    pitch = max_h + opt.vgap

    # ---- the tree: primary lines, bridges for units reporting to two siblings
    parent = [-1] * n
    for uid, manager in structure.primary.items():
        parent[index[uid]] = index[manager]
    bridge_of: dict[tuple[int, int], int] = {}
    bridge_after: list[int] = []  # node each bridge follows among its siblings
    level = _levels(parent) if opt.bridge_depth >= 0 else []
    for uid, (a, b) in structure.duals.items():
        ia, ib = index[a], index[b]
        if parent[ia] != parent[ib] or ia == ib:
            continue
        if level and level[ia] > opt.bridge_depth:
            continue  # deep down a shared unit hangs under its first manager
        key = (ia, ib)
        if key not in bridge_of:
            bridge_of[key] = n + len(bridge_after)
            bridge_after.append(ia)
        parent[index[uid]] = bridge_of[key]
    total = n + len(bridge_after)
    parent.extend(parent[a] for a in bridge_after)
    widths.extend(0.0 for _ in bridge_after)
    heights.extend(0.0 for _ in bridge_after)

    children: list[list[int]] = [[] for _ in range(total)]
    bridges_after: dict[int, list[int]] = {}
    for k, after in enumerate(bridge_after):
        bridges_after.setdefault(after, []).append(n + k)
    roots: list[int] = []

    def attach(node: int) -> None:
        p = parent[node]
        (children[p] if p >= 0 else roots).append(node)
        for bridge in bridges_after.get(node, ()):
            attach(bridge)

    for i in range(n):
        attach(i)
    _break_cycles(parent, children, roots, total)

    # ---- hanging branches: each becomes one tall node of the tree below
    trunks: dict[int, list[int]] = {}
    card_size = list(zip(widths[:n], heights[:n], strict=True))
    tree = [list(kids) for kids in children]
    shapes: Shapes | None = None
    hung = [False] * total
    if opt.hang is not None and opt.compact > 0:
        order_down = walk_down(roots, children)
        level = [0] * total
        for v in order_down:
            for c in children[v]:
                level[c] = level[v] + 1
        shapes = choose_shapes(
            children,
            order_down[::-1],
            level,
            units=n,
            widths=widths,
            heights=heights,
            opt=opt.hang,
            gaps=(opt.hgap, opt.vgap),
        )
        staff = choose_assistants(
            structure,
            children,
            shapes,
            roots=set(roots),
            units=n,
            limit=opt.assistants,
            max_h=max_h,
            gap=opt.leaf_vgap,
        )
        set_aside = {c for chosen in staff.values() for c in chosen}
        for v in range(n):
            if v in set_aside:
                continue
            if shapes.narrow[v] and children[v] and (parent[v] < 0 or not shapes.narrow[parent[v]]):
                # the first reports level with the next row: the gaps between rows stay free
                lower_reports(shapes, v, children[v], opt.vgap + max_h - heights[v])
                hung[v] = True
                children[v] = []
                widths[v] = shapes.width[v]
                heights[v] = shapes.height[v]
        # ---- assistants: beside the line from their manager down to its row of reports
        for v, chosen in staff.items():
            trunk = len(children)
            children.append([c for c in children[v] if c not in set(chosen)])
            children[v] = [trunk]
            parent.append(v)
            sides = assistant_sides(chosen, shapes.height, opt.leaf_vgap)
            widths.append(2 * max(shapes.width[c] for c in chosen) + opt.spine_gap)
            heights.append(max(top + shapes.height[c] for c, (_, top) in zip(chosen, sides, strict=True)))
            trunks[trunk] = chosen
        total = len(children)
        hung.extend(False for _ in trunks)
    step = [1] * total

    # ---- compact blocks of leaves
    blocks: list[Block] = []
    for v in range(total):
        kids = children[v]
        if v >= n or opt.compact <= 0 or len(kids) < opt.compact:
            continue
        if shapes is not None and shapes.narrow[v]:
            continue
        leaves = [c for c in kids if c < n and not tree[c]]
        if len(leaves) < opt.compact:
            continue
        block = make_block(v, leaves, widths, heights, opt)
        node = total + len(blocks)
        blocks.append(block)
        leaf_set = set(leaves)
        first = kids.index(leaves[0])
        rest = [c for c in kids if c not in leaf_set]
        rest.insert(sum(1 for c in kids[:first] if c not in leaf_set), node)
        children[v] = rest
    for block in blocks:
        children.append([])
        parent.append(block.parent)
        widths.append(block.width)
        heights.append(block.height)
    size = len(children)
    for trunk in trunks:
        step[trunk] = max(1, math.ceil((heights[trunk] + opt.vgap) / pitch))
    step.extend(1 for _ in range(size + 1 - len(step)))

    # ---- pre-order from a virtual super-root
    sroot = size
    children.append(roots)
    widths.append(0.0)
    preorder: list[int] = []
    stack = [sroot]
    while stack:
        v = stack.pop()
        preorder.append(v)
        stack.extend(reversed(children[v]))

    # ---- post-order: contours and relative offsets
    rel = [0.0] * (size + 1)
    c_left: list[list[float]] = [[] for _ in range(size + 1)]
    c_right: list[list[float]] = [[] for _ in range(size + 1)]
    o_left = [0.0] * (size + 1)
    o_right = [0.0] * (size + 1)
    for v in reversed(preorder):
        kids = children[v]
        half = widths[v] / 2
        if (v >= total and v < size) or (v < n and hung[v]):  # blocks span several levels
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
    for v in preorder:
        for c in children[v]:
            xs[c] = xs[v] + rel[c]
            depth[c] = depth[v] + step[v]
    positions: dict[str, Point] = {}
    for i, uid in enumerate(order):
        positions[uid] = (xs[i], depth[i] * pitch + heights[i] / 2)
    routes: dict[tuple[str, str, str], list[Point]] = {}
    blocked: set[int] = set()
    lines = _primary_lines(structure)
    if shapes is not None:
        for v in range(n):
            if hung[v]:
                left = xs[v] - shapes.width[v] / 2
                place_shape(
                    v,
                    (left, depth[v] * pitch),
                    shapes=shapes,
                    tree=tree,
                    order=order,
                    card_size=card_size,
                    positions=positions,
                    lines=lines,
                    routes=routes,
                    blocked=blocked,
                )
    if shapes is not None:
        for trunk, chosen in trunks.items():
            place_assistants(
                chosen,
                trunk=(xs[trunk], depth[trunk] * pitch),
                manager=parent[trunk],
                shapes=shapes,
                tree=tree,
                order=order,
                card_size=card_size,
                positions=positions,
                lines=lines,
                routes=routes,
                blocked=blocked,
                spine_gap=opt.spine_gap,
                gap=opt.leaf_vgap,
            )
    for k, block in enumerate(blocks):
        node = total + k
        top = depth[node] * pitch
        for member, (dx, dy) in zip(block.members, block.offsets, strict=True):
            positions[order[member]] = (xs[node] + dx, top + dy)
            blocked.add(member)
        _block_routes(
            block,
            centre_x=xs[node],
            top=top,
            order=order,
            positions=positions,
            structure=structure,
            lines=lines,
            routes=routes,
            opt=opt,
        )
    for uid, (manager, scope) in lines.items():
        i = index[uid]
        if i in blocked or parent[i] != index[manager]:
            continue
        mx, my = positions[manager]
        ux, uy = positions[uid]
        bottom = my + structure.sizes[manager][1] / 2
        top = uy - structure.sizes[uid][1] / 2
        lane = SPINE_LANES.get(scope, 0.0)
        bus = depth[i] * pitch - opt.vgap / 2 + 2 * lane
        routes[(uid, manager, scope)] = _elbow(mx + lane, bottom, bus, ux, top)
    return TidyResult(positions, routes, pitch)


def _levels(parent: list[int]) -> list[int]:
    """Depth of each node in the forest of *parent* links (a node on a cycle counts as a root)."""
    n = len(parent)
    level = [-1] * n
    for start in range(n):
        path: list[int] = []
        v = start
        while v >= 0 and level[v] == -1:
            level[v] = -2  # on the current path
            path.append(v)
            v = parent[v]
        base = level[v] if v >= 0 and level[v] >= 0 else -1
        for u in reversed(path):
            base += 1
            level[u] = base
    return level


def _primary_lines(structure: Structure) -> dict[str, tuple[str, str]]:
    """Unit -> (manager, scope) of its first line to its primary manager."""
    result: dict[str, tuple[str, str]] = {}
    for uid, manager, scope in structure.lines:
        if uid not in result and structure.primary.get(uid) == manager:
            result[uid] = (manager, scope)
    return result


def _break_cycles(parent: list[int], children: list[list[int]], roots: list[int], total: int) -> None:
    """Make the first unreached node of each cycle a root so that every node is placed."""
    reached = [False] * total
    stack = list(roots)
    while True:
        while stack:
            v = stack.pop()
            if reached[v]:
                continue
            reached[v] = True
            stack.extend(children[v])
        missing = next((i for i in range(total) if not reached[i]), None)
        if missing is None:
            return
        old = parent[missing]
        if old >= 0:
            children[old].remove(missing)
        parent[missing] = -1
        roots.append(missing)
        stack.append(missing)


def make_block(
    parent: int, members: list[int], widths: list[float], heights: list[float], opt: TidyOptions
) -> Block:
    """Arrange *members* in pairs of columns around vertical spines, row by row."""
    count = len(members)
    pairs = max(1, round(math.sqrt(count / 8)))
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


def _block_routes(
    block: Block,
    *,
    centre_x: float,
    top: float,
    order: list[str],
    positions: dict[str, Point],
    structure: Structure,
    lines: dict[str, tuple[str, str]],
    routes: dict[tuple[str, str, str], list[Point]],
    opt: TidyOptions,
) -> None:
    manager = order[block.parent]
    mx, my = positions[manager]
    bottom = my + structure.sizes[manager][1] / 2
    bus = top - opt.vgap / 2
    for member, spine in zip(block.members, block.spines, strict=True):
        uid = order[member]
        line = lines.get(uid)
        if line is None:
            continue
        ux, uy = positions[uid]
        lane = SPINE_LANES.get(line[1], 0.0)
        sx = centre_x + spine + lane
        half = structure.sizes[uid][0] / 2
        side = ux - half if sx < ux else ux + half
        routes[(uid, manager, line[1])] = _spine_route(mx + lane, bottom, bus + 2 * lane, sx, (side, uy))


def _elbow(sx: float, y0: float, mid: float, ex: float, y1: float) -> list[Point]:
    """Down from (sx, y0) to *mid*, across to *ex*, down to y1 (straight when aligned)."""
    if abs(sx - ex) < 1e-6:
        return [(sx, y0), (sx, y1)]
    return [(sx, y0), (sx, mid), (ex, mid), (ex, y1)]


def _spine_route(sx: float, y0: float, bus: float, spine: float, end: Point) -> list[Point]:
    """Down to the bus, across to the spine, down the spine, across into the card's side."""
    side, y1 = end
    if abs(sx - spine) < 1e-6:
        return [(sx, y0), (sx, y1), (side, y1)]
    return [(sx, y0), (sx, bus), (spine, bus), (spine, y1), (side, y1)]
