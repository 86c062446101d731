"""Layout from a sketch: keep every card where it is unless the edit needs it moved.

Given the fresh layout of the edited chart and the positions (and slots) shown before the
edit, every unit that still hangs from the same managers keeps its place and its slot. What is
new — an added unit, or a unit re-linked to another manager together with the branch below
it — is placed as one rigid piece, arranged as in the fresh layout, at the first free place
where that arrangement would put it next to what stays: below the last card of its manager's
column, at the end of its manager's row, or straight below a manager without reports. Nothing
that stays is moved; a piece that finds no room there goes to the nearest free place beside
it, and failing that below everything. Deleting units leaves the others where they are.

Linear in the number of units, plus a bounded search per new piece.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from orgeditor.layout.geometry import Point, Rect, SpatialIndex, card_rect
from orgeditor.layout.slots import Slot
from orgeditor.layout.structure import Structure

__all__ = ["Former", "Sketch", "settle"]

#: Whole card steps tried around the wanted place before a piece goes below everything.
MAX_TRIES = 40
#: How far a new column's spine runs from its cards (as in a fresh column block).
COLUMN_SPINE = 18.0


@dataclass(frozen=True)
class Sketch:
    """What was shown: card centres, and how each card hung (absent: as the fresh layout says)."""

    positions: Mapping[str, Point]
    slots: Mapping[str, Slot]
    fixed: frozenset[str] = frozenset()
    """Units placed by hand: they stay even when their manager moves."""
    memory: Mapping[str, Sequence[Former]] = field(default_factory=dict)
    """Places units had before (latest last): a unit back under the managers it had there (an
    undone re-link or deletion) goes back to that place if it is still free."""


#: A place a unit had: the managers it hung from there, its centre and its slot.
Former = tuple[frozenset[str], Point, Slot]


def settle(
    structure: Structure,
    fresh: Mapping[str, Point],
    fresh_slots: Mapping[str, Slot],
    sketch: Sketch,
    *,
    gaps: tuple[float, float, float],
) -> tuple[dict[str, Point], dict[str, Slot]]:
    """Positions and slots for every unit of *fresh*: the sketch's where it still holds."""
    hgap, vgap, leaf_vgap = gaps
    sizes = structure.sizes
    manager_of = {u: s.managers[0] for u, s in fresh_slots.items() if s.managers}
    down = _preorder(fresh_slots, manager_of)
    positions: dict[str, Point] = {}
    slots: dict[str, Slot] = {}
    for uid in down:
        at = sketch.positions.get(uid)
        if at is None:
            continue
        if uid in sketch.fixed:
            positions[uid] = (float(at[0]), float(at[1]))
            before = sketch.slots.get(uid)
            slots[uid] = before if before is not None else fresh_slots[uid]
            continue
        before = sketch.slots.get(uid)
        now = fresh_slots[uid]
        if before is not None and set(before.managers) != set(now.managers):
            continue  # re-linked: moves with its branch
        manager = manager_of.get(uid)
        if manager is not None and manager not in positions:
            continue  # its manager moves, and its branch with it
        positions[uid] = (float(at[0]), float(at[1]))
        slots[uid] = before if before is not None else now
    if len(positions) == len(fresh):
        return positions, slots
    index = SpatialIndex()
    for uid, at in positions.items():
        index.add(card_rect(at, sizes[uid]))
    below: dict[str, list[str]] = {}
    for uid in down:
        manager = manager_of.get(uid)
        if manager is not None:
            below.setdefault(manager, []).append(uid)
    floor = max((at[1] + sizes[u][1] / 2 for u, at in positions.items()), default=0.0)
    margin = min(hgap, leaf_vgap) / 2  # kept between a placed card and the others
    mates: dict[frozenset[str], list[str]] = {}
    for uid, slot in slots.items():
        mates.setdefault(frozenset(slot.managers), []).append(uid)
    for uid in down:
        if uid in positions:
            continue
        manager = manager_of.get(uid)
        if manager is not None and manager not in positions:
            continue  # placed with its manager's piece
        piece = _branch(uid, below, positions)
        group = mates.setdefault(frozenset(fresh_slots[uid].managers), [])
        back = _former(
            uid,
            piece,
            fresh=fresh,
            slots=fresh_slots,
            sketch=sketch,
            index=index,
            sizes=sizes,
            margin=margin,
        )
        if back is not None:
            places, slots[uid] = back
            for u, at in places.items():
                index.add(card_rect(at, sizes[u]))
                positions[u] = at
                if u != uid:
                    slots[u] = fresh_slots[u]
                floor = max(floor, at[1] + sizes[u][1] / 2)
            for u in piece:
                mates.setdefault(frozenset(slots[u].managers), []).append(u)
            continue
        want, slot = _wanted(
            uid,
            manager,
            group,
            fresh=fresh,
            fresh_slots=fresh_slots,
            positions=positions,
            slots=slots,
            sizes=sizes,
            gaps=gaps,
        )
        dx, dy = want[0] - fresh[uid][0], want[1] - fresh[uid][1]
        rects = [card_rect((fresh[u][0] + dx, fresh[u][1] + dy), sizes[u]) for u in piece]
        shift: Point | None = (0.0, 0.0)
        if any(index.hits(r, margin) for r in rects):
            if slot.kind == "row" and len(slot.managers) == 2:  # a shared unit joins its row
                index = _make_room(rects, positions, sizes, hgap=hgap, fixed=sketch.fixed)
            if any(index.hits(r, margin) for r in rects):
                steps = (sizes[uid][0] + hgap, sizes[uid][1] + leaf_vgap)
                shift = _free_shift(rects, index, margin=margin, steps=steps, aside=slot.kind == "row")
        if shift is None:
            top = min(r[1] for r in rects)
            shift = (0.0, floor + vgap - top)
        for u, r in zip(piece, rects, strict=True):
            moved = (r[0] + shift[0], r[1] + shift[1], r[2], r[3])
            index.add(moved)
            positions[u] = (moved[0] + moved[2] / 2, moved[1] + moved[3] / 2)
            floor = max(floor, moved[1] + moved[3])
            slots[u] = fresh_slots[u]
        moved_down, moved_aside = abs(shift[1]) > 1e-6, abs(shift[0]) > 1e-6
        along_row = slot.kind == "row" and not moved_down and any(slots[u].kind == "row" for u in group)
        if (moved_down or moved_aside) and not along_row:
            slot = Slot("free", ())  # out of its arrangement: routed around the cards
        slots[uid] = slot
        for u in piece:
            mates.setdefault(frozenset(slots[u].managers), []).append(u)
    return positions, slots


def _preorder(slots: Mapping[str, Slot], manager_of: Mapping[str, str]) -> list[str]:
    """Units of the fresh layout, each after its manager (in the fresh layout's order)."""
    children: dict[str, list[str]] = {}
    roots: list[str] = []
    for uid in slots:
        manager = manager_of.get(uid)
        if manager is None or manager not in slots:
            roots.append(uid)
        else:
            children.setdefault(manager, []).append(uid)
    out: list[str] = []
    stack = list(reversed(roots))
    seen: set[str] = set()
    while stack:
        uid = stack.pop()
        if uid in seen:
            continue
        seen.add(uid)
        out.append(uid)
        stack.extend(reversed(children.get(uid, ())))
    out.extend(u for u in slots if u not in seen)  # on a cycle the fresh layout broke
    return out


def _branch(uid: str, below: Mapping[str, list[str]], placed: Mapping[str, Point]) -> list[str]:
    """*uid* and everything below it in the fresh layout that is not placed yet."""
    out: list[str] = []
    stack = [uid]
    while stack:
        u = stack.pop()
        if u in placed or u in out:
            continue
        out.append(u)
        stack.extend(below.get(u, ()))
    return out


def _wanted(
    uid: str,
    manager: str | None,
    group: Sequence[str],
    *,
    fresh: Mapping[str, Point],
    fresh_slots: Mapping[str, Slot],
    positions: Mapping[str, Point],
    slots: Mapping[str, Slot],
    sizes: Mapping[str, tuple[float, float]],
    gaps: tuple[float, float, float],
) -> tuple[Point, Slot]:
    """Where the arrangement would put *uid* next to what stays, and how it hangs there."""
    hgap, vgap, leaf_vgap = gaps
    slot = fresh_slots[uid]
    w, h = sizes[uid]
    if manager is None:
        return fresh[uid], slot
    mates = [u for u in group if u != uid]
    if slot.kind == "column":
        column = [u for u in mates if slots[u].kind == "column"]
        if column:
            last = max(column, key=lambda u: (positions[u][1], -positions[u][0]))
            lx, ly = positions[last]
            lw, lh = sizes[last]
            spine = lx + slots[last].spine
            # the other side of the spine in the last row, else below the last card
            partner = 2 * spine - lx
            paired = any(abs(positions[u][0] - partner) < 1 for u in column)  # columns either side
            taken = any(abs(positions[u][1] - ly) < 1 and abs(positions[u][0] - partner) < 1 for u in column)
            if paired and not taken:
                x = spine + (spine - lx) / abs(spine - lx) * (abs(spine - lx) - lw / 2 + w / 2)
                return (x, ly - lh / 2 + h / 2), Slot("column", slot.managers, spine - x)
            return (lx, ly + lh / 2 + leaf_vgap + h / 2), Slot("column", slot.managers, spine - lx)
    row = [u for u in mates if slots[u].kind == "row"]
    if row:
        last = max(row, key=lambda u: positions[u][0])
        lx, ly = positions[last]
        lw, lh = sizes[last]
        if slot.kind == "column":  # the first leaf of a new column at the end of the row
            indent = 2 * COLUMN_SPINE
            x = lx + lw / 2 + hgap + indent + w / 2
            return (x, ly - lh / 2 + h / 2), Slot("column", slot.managers, -(w / 2 + COLUMN_SPINE))
        return (lx + lw / 2 + hgap + w / 2, ly - lh / 2 + h / 2), Slot("row", slot.managers)
    if mates:
        last = max(mates, key=lambda u: (positions[u][1], positions[u][0]))
        lx, ly = positions[last]
        lw, lh = sizes[last]
        return (lx, ly + lh / 2 + leaf_vgap + h / 2), Slot("free", ())
    stacked = slots.get(manager)
    if stacked is not None and stacked.kind in ("column", "assistant"):
        # a manager standing in a stack: its first report beside it, on the side away from the
        # stack's spine (below it stands the next card of the stack)
        mx, my = positions[manager]
        side = 1.0 if stacked.spine < 0 else -1.0
        return (mx + side * (sizes[manager][0] / 2 + hgap + w / 2), my), Slot("free", ())
    mx, my = _centre_of_managers(slot.managers, positions)
    top = my + max(sizes[m][1] for m in slot.managers if m in positions) / 2 + vgap
    return (mx, top + h / 2), Slot("row", slot.managers) if slot.kind != "assistant" else Slot("free", ())


def _centre_of_managers(managers: Sequence[str], positions: Mapping[str, Point]) -> Point:
    shown = [positions[m] for m in managers if m in positions]
    return (sum(p[0] for p in shown) / len(shown), max(p[1] for p in shown))


def _free_shift(
    rects: Sequence[Rect], index: SpatialIndex, *, margin: float, steps: tuple[float, float], aside: bool
) -> Point | None:
    """The shortest move (in whole card steps, sideways either way or down) that puts every one
    of *rects* clear of *index*; with *aside*, moves that keep the row are tried first. None
    when none is found within :data:`MAX_TRIES` steps."""
    moves = _moves(*steps)
    if aside:
        moves = [m for m in moves if m[1] == 0] + [m for m in moves if m[1] != 0]
    for dx, dy in moves:
        if not any(index.hits((r[0] + dx, r[1] + dy, r[2], r[3]), margin) for r in rects):
            return (dx, dy)
    return None


def _make_room(
    rects: Sequence[Rect],
    positions: dict[str, Point],
    sizes: Mapping[str, tuple[float, float]],
    *,
    hgap: float,
    fixed: Collection[str],
) -> SpatialIndex:
    """Move every placed card (but those placed by hand) at or below the top of *rects* and
    right of their left edge rightwards by their width: the cards that must make room for
    them (the managers above stay). Returns the index of the cards where they are now."""
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    width = max(r[0] + r[2] for r in rects) - left + hgap
    index = SpatialIndex()
    for uid, (x, y) in positions.items():
        w, h = sizes[uid]
        if uid not in fixed and x - w / 2 >= left - hgap / 2 and y - h / 2 >= top - 1.0:
            positions[uid] = (x + width, y)
        index.add(card_rect(positions[uid], sizes[uid]))
    return index


def _moves(across: float, down: float) -> list[Point]:
    """Moves by whole steps, nearest first (sideways before down at equal distance)."""
    reach = MAX_TRIES // 4
    moves = [(i * across, j * down) for i in range(-reach, reach + 1) for j in range(reach + 1)]
    return sorted(moves, key=lambda m: (math.hypot(m[0], m[1]), m[1], -m[0]))


def _former(
    uid: str,
    piece: Sequence[str],
    *,
    fresh: Mapping[str, Point],
    slots: Mapping[str, Slot],
    sketch: Sketch,
    index: SpatialIndex,
    sizes: Mapping[str, tuple[float, float]],
    margin: float,
) -> tuple[dict[str, Point], Slot] | None:
    """The piece back where *uid* was when it last hung from the managers it has now, with the
    slot it had there, if every card of it fits there; None otherwise."""
    places = [f for f in sketch.memory.get(uid, ()) if f[0] == frozenset(slots[uid].managers)]
    if not places:
        return None
    _, at, slot = places[-1]
    dx, dy = at[0] - fresh[uid][0], at[1] - fresh[uid][1]
    wanted = {u: (fresh[u][0] + dx, fresh[u][1] + dy) for u in piece}
    if any(index.hits(card_rect(p, sizes[u]), margin) for u, p in wanted.items()):
        return None
    return wanted, slot
