"""Reporting-line routes drawn from where the cards are and how they hang (their slots).

Routes are computed from positions, never remembered, so an edit that moves a few cards (or
none) re-routes consistently. Every manager's lines of one scope share one bus, and the buses
of different scopes are offset (:data:`SCOPE_OFFSET`), so that a dashed line never runs on top
of a solid or a dotted one:

* **row** — down from the manager, across on the bus in the gap above the row, down into the
  card; a unit shared by two managers gets one bus from each, one above and one below the
  others, and its two lines arrive side by side, ordered like the managers;
* **column** — down to the bus, across to the card's spine, down the spine, into its side;
* **assistant** — down the chief's trunk and across into the card's side.

Lines to a manager the slot does not name (a second line to a unit further away) are left to
the caller. Linear in the number of lines.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from orgeditor.layout.geometry import Point, simplify_polyline
from orgeditor.layout.slots import Slot
from orgeditor.layout.structure import Structure

__all__ = ["SCOPE_OFFSET", "SHARED_OFFSET", "tree_routes"]

LineKey = tuple[str, str, str]
#: Offset of a scope's trunk, bus and spine from the middle one (px): never on top of another.
SCOPE_OFFSET = {"mission": -10.0, "all": 0.0, "non-mission": 10.0}
#: A shared unit's buses run this far above (first manager) and below (second) the middle.
SHARED_OFFSET = 20.0
#: Lines room kept from the cards above and below a bus.
BUS_MARGIN = 5.0


def tree_routes(
    structure: Structure,
    positions: Mapping[str, Point],
    slots: Mapping[str, Slot],
    vgap: float,
) -> dict[LineKey, list[Point]]:
    """Routes of the lines that *slots* name, from the cards' current *positions*."""
    sizes = structure.sizes
    tops: dict[tuple[str, ...], float] = {}  # the top of each arrangement's first row
    for uid, hung in slots.items():
        if hung.kind in ("row", "column") and uid in positions:
            top = positions[uid][1] - sizes[uid][1] / 2
            if top < tops.get(hung.managers, math.inf):
                tops[hung.managers] = top
    routes: dict[LineKey, list[Point]] = {}
    for uid, manager, scope in structure.lines:
        slot = slots.get(uid)
        if slot is None or manager not in slot.managers or uid not in positions or manager not in positions:
            continue
        mx, my = positions[manager]
        mw, mh = sizes[manager]
        ux, uy = positions[uid]
        uw, uh = sizes[uid]
        bottom, top = my + mh / 2, uy - uh / 2
        lane = SCOPE_OFFSET.get(scope, 0.0)
        if slot.kind == "assistant":
            tx = mx + lane
            side = ux + uw / 2 if ux < tx else ux - uw / 2
            if top <= bottom or abs(ux - tx) < uw / 2:
                continue  # moved out of its place: routed like any other line
            routes[(uid, manager, scope)] = simplify_polyline([(tx, bottom), (tx, uy), (side, uy)])
            continue
        level = tops.get(slot.managers, top)
        if level <= bottom or top <= bottom:
            continue
        gap = level - bottom
        middle = max(level - vgap / 2, bottom + gap / 2)
        room = max(0.0, gap / 2 - BUS_MARGIN)
        if len(slot.managers) == 2:
            pair = slot.managers
            left = min(pair, key=lambda m: (positions[m][0], pair.index(m)))
            sign = -1.0 if manager == left else 1.0
            bus = middle + sign * min(SHARED_OFFSET, room)
            toward = 1.0 if ux >= mx else -1.0
            sx = mx + toward * min(2 * SHARED_OFFSET, mw / 2 - BUS_MARGIN)
            ex = ux + sign * uw / 6
            routes[(uid, manager, scope)] = _elbow(sx, bottom, bus, ex, top)
            continue
        bus = middle + max(-room, min(room, lane))
        sx = mx + max(-mw / 2, min(mw / 2, lane))
        if slot.kind == "column":
            spine = ux + slot.spine + lane
            side = ux - uw / 2 if spine < ux else ux + uw / 2
            routes[(uid, manager, scope)] = simplify_polyline(
                [(sx, bottom), (sx, bus), (spine, bus), (spine, uy), (side, uy)]
            )
        else:
            routes[(uid, manager, scope)] = _elbow(sx, bottom, bus, ux, top)
    return routes


def _elbow(sx: float, y0: float, mid: float, ex: float, y1: float) -> list[Point]:
    """Down from (sx, y0) to *mid*, across to *ex*, down to y1 (straight when aligned)."""
    if abs(sx - ex) < 1e-6:
        return [(sx, y0), (sx, y1)]
    return [(sx, y0), (sx, mid), (ex, mid), (ex, y1)]
