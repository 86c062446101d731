"""``compute_layout``: card centres, group bodies and line routes for a chart."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import statistics
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from orgeditor.layout.blocks import MAX_COLUMN
from orgeditor.layout.geometry import (
    Point,
    Rect,
    Size,
    SpatialIndex,
    card_rect,
    orthogonal_route,
    place_without_overlap,
    simplify_polyline,
)
from orgeditor.layout.labels import label_spots
from orgeditor.layout.router import crosses, reroute_crossing, route_members
from orgeditor.layout.separate import Runs, separate
from orgeditor.layout.sketch import Former, Sketch, settle
from orgeditor.layout.slots import Slot
from orgeditor.layout.structure import DEFAULT_CARD_SIZE, Structure, analyse
from orgeditor.layout.tidy import TidyOptions, tidy_layout
from orgeditor.layout.wiring import tree_routes
from orgeditor.model import SCOPES, Chart

__all__ = ["ROUTE_AROUND_LIMIT", "LayoutResult", "compute_layout"]

#: Below this many visible units the tidy layout also routes second reporting lines and links
#: around the cards they would cross (an A* search per crossing route).
ROUTE_AROUND_LIMIT = 400

LineKey = tuple[str, str, str]
MemberKey = tuple[str, str]
#: Distance kept between a group's body and the lines it is moved off.
LINE_CLEARANCE = 10.0


@dataclass
class LayoutResult:
    """Where everything goes, in scene coordinates (px, y grows downwards).

    Routes are polylines: every point is a vertex, from the manager's (or link source's) card
    edge to the unit's (or link target's) card edge.
    """

    positions: dict[str, Point] = field(default_factory=dict)
    group_positions: dict[str, Point] = field(default_factory=dict)
    routes: dict[LineKey, list[Point]] = field(default_factory=dict)
    link_routes: dict[LineKey, list[Point]] = field(default_factory=dict)
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """(x, y, width, height) of everything laid out."""
    method: str = "tidy"
    #: (group, member) -> polyline from the group's body to the member's card
    member_routes: dict[MemberKey, list[Point]] = field(default_factory=dict)
    #: how each card hangs from its managers (tidy only): what an edit keeps (see ``previous``)
    slots: dict[str, Slot] = field(default_factory=dict)
    #: where each link's label goes: in a gap on its route, clear of cards and other lines
    label_points: dict[LineKey, Point] = field(default_factory=dict)
    #: how long the layout took (wall clock)
    seconds: float = field(default=0.0, compare=False)

    def turned(self) -> LayoutResult:
        """The same layout with x and y swapped (a mirror in the diagonal): a top-to-bottom
        layout of cards turned on their side becomes the left-to-right layout, and back. The
        slots (how cards hang from their managers) stay as the top-to-bottom layout made them."""

        def route(points: list[Point]) -> list[Point]:
            return [(y, x) for x, y in points]

        x, y, width, height = self.bounds
        return LayoutResult(
            positions={uid: (b, a) for uid, (a, b) in self.positions.items()},
            group_positions={gid: (b, a) for gid, (a, b) in self.group_positions.items()},
            routes={key: route(points) for key, points in self.routes.items()},
            link_routes={key: route(points) for key, points in self.link_routes.items()},
            bounds=(y, x, height, width),
            method=self.method,
            member_routes={key: route(points) for key, points in self.member_routes.items()},
            slots=dict(self.slots),
            label_points={key: (b, a) for key, (a, b) in self.label_points.items()},
            seconds=self.seconds,
        )


def compute_layout(
    chart: Chart,
    sizes: Mapping[str, Size] | None = None,
    *,
    method: str = "auto",
    keep: Mapping[str, Point] | None = None,
    hidden: Collection[str] = (),
    group_size: Size = (240.0, 56.0),
    previous: LayoutResult | None = None,
    memory: Mapping[str, Sequence[Former]] | None = None,
    max_column: int | None = None,
    rowed: Collection[str] = (),
    max_pairs: int = 0,
) -> LayoutResult:
    """Lay out the visible units of *chart*.

    *method* is ``"tidy"`` (the org-chart layout: linear time, peers in level-aligned rows,
    leaves in columns under their manager, shared units between their managers), ``"dot"``
    (Graphviz, everything in ranks: wide) or ``"auto"`` (tidy). Units in *keep* stay exactly
    at the given centres (cards placed by hand); units in *hidden* are left out, with their
    lines.

    With *previous* (the layout shown before an edit; tidy only) every card stays where it was
    unless the edit needs it moved: see :mod:`orgeditor.layout.sketch`; *memory* holds places
    units had before, so that a unit back under its former managers (an undone edit) goes back
    to its former place. *max_column* (tidy only) is the most leaves stacked in one column
    (:data:`orgeditor.layout.blocks.MAX_COLUMN` by default): fewer suit a wide page; leaves
    stand in at most *max_pairs* pairs of columns (0: no limit). Units in *rowed* stand in
    their manager's row like branches even without visible reports. A *keep* that covers
    most units (a frozen layout) is treated the same way; a few kept cards instead have the
    fresh layout moved next to them and the other cards moved off them.
    """
    if method not in ("auto", "dot", "tidy"):
        raise ValueError(f"layout method must be auto, dot or tidy, not {method!r}")
    if chart.layout.direction == "LR":  # the top-to-bottom layout of cards on their side, turned
        size_of = sizes or {}
        turned = _top_down(
            chart,
            {uid: (h, w) for uid in chart.units for w, h in (size_of.get(uid, DEFAULT_CARD_SIZE),)},
            method=method,
            keep=None if keep is None else {uid: (y, x) for uid, (x, y) in keep.items()},
            hidden=hidden,
            group_size=(group_size[1], group_size[0]),
            previous=None if previous is None else previous.turned(),
            memory={
                uid: [(managers, (at[1], at[0]), slot) for managers, at, slot in places]
                for uid, places in (memory or {}).items()
            },
            max_column=max_column,
            rowed=rowed,
            max_pairs=max_pairs,
        )
        return turned.turned()
    return _top_down(
        chart,
        sizes,
        method=method,
        keep=keep,
        hidden=hidden,
        group_size=group_size,
        previous=previous,
        memory=memory,
        max_column=max_column,
        rowed=rowed,
        max_pairs=max_pairs,
    )


def _top_down(
    chart: Chart,
    sizes: Mapping[str, Size] | None,
    *,
    method: str,
    keep: Mapping[str, Point] | None,
    hidden: Collection[str],
    group_size: Size,
    previous: LayoutResult | None,
    memory: Mapping[str, Sequence[Former]] | None,
    max_column: int | None,
    rowed: Collection[str],
    max_pairs: int,
) -> LayoutResult:
    """:func:`compute_layout` top to bottom."""
    start = time.perf_counter()
    structure = analyse(chart, sizes, hidden, rowed)
    gsize = (float(group_size[0]), float(group_size[1]))
    chosen = "tidy" if method == "auto" else method
    if chosen == "dot":
        result = _dot(chart, structure, keep=keep, gsize=gsize)
        result.seconds = time.perf_counter() - start
        return result
    column = MAX_COLUMN if max_column is None else max(1, max_column)
    options = TidyOptions(max_column=column, max_pairs=max(0, max_pairs))
    tidy = tidy_layout(structure, options)
    positions, slots = tidy.positions, tidy.slots
    sketch = _sketch(positions, keep=keep, previous=previous, memory=memory or {})
    if sketch is not None:
        gaps = (options.hgap, options.vgap, options.leaf_vgap)
        positions, slots = settle(structure, positions, slots, sketch, gaps=gaps)
    elif keep:
        _move_to_kept(structure, keep=keep, positions=positions, margin=options.hgap)
    routes = tree_routes(structure, positions, slots, options.vgap)
    cards = functools.cache(lambda: _index(structure, positions))  # built once, if needed
    _route_remaining(structure, positions, routes, options.vgap, cards=cards)
    link_routes = {
        key: orthogonal_route(_rect(structure, positions, key[0]), _rect(structure, positions, key[1]))
        for key in structure.links
    }
    groups = _place_groups(structure, positions, gsize, options, routes=routes.values())
    if len(structure.order) < ROUTE_AROUND_LIMIT:
        _avoid_cards(
            structure,
            positions=positions,
            groups=groups,
            gsize=gsize,
            routes=routes,
            link_routes=link_routes,
        )
    bounds = _bounds(
        structure, positions=positions, groups=groups, gsize=gsize, routes=routes, link_routes=link_routes
    )
    members = _member_routes(structure, positions, groups, gsize)
    labels: dict[LineKey, Point] = {}
    if link_routes or members:
        bodies = {gid: card_rect(pos, gsize) for gid, pos in groups.items()}
        index = cards()
        for body in bodies.values():
            index.add(body)
        _keep_apart(
            structure, positions, bodies, index, routes=routes, link_routes=link_routes, members=members
        )
        labels = _link_labels(index, routes, link_routes, members)
    seconds = time.perf_counter() - start
    return LayoutResult(
        positions, groups, routes, link_routes, bounds, chosen, members, slots, labels, seconds
    )


def _keep_apart(
    structure: Structure,
    positions: Mapping[str, Point],
    bodies: Mapping[str, Rect],
    cards: SpatialIndex,
    *,
    routes: Mapping[LineKey, list[Point]],
    link_routes: dict[LineKey, list[Point]],
    members: dict[MemberKey, list[Point]],
) -> None:
    """Links, then group lines, moved off the reporting lines and off each other."""
    link_ends = {
        key: (_rect(structure, positions, key[0]), _rect(structure, positions, key[1])) for key in link_routes
    }
    runs = Runs(routes.values())
    separate(link_routes, runs, ends=link_ends, cards=cards)
    member_ends = {
        key: (bodies[key[0]], _rect(structure, positions, key[1])) for key in members if key[0] in bodies
    }
    movable = {key: points for key, points in members.items() if key in member_ends}
    separate(movable, runs, ends=member_ends, cards=cards)
    members.update(movable)


def _link_labels(
    cards: SpatialIndex,
    routes: Mapping[LineKey, list[Point]],
    link_routes: Mapping[LineKey, list[Point]],
    members: Mapping[MemberKey, list[Point]],
) -> dict[LineKey, Point]:
    if not link_routes:
        return {}
    lines = [*routes.values(), *link_routes.values(), *members.values()]
    return label_spots(link_routes, {key: key[2] for key in link_routes}, cards=cards, lines=lines)


def _index(structure: Structure, positions: Mapping[str, Point]) -> SpatialIndex:
    """The cards in a grid for overlap queries."""
    index = SpatialIndex()
    for uid in positions:
        index.add(_rect(structure, positions, uid))
    return index


def _sketch(
    fresh: Mapping[str, Point],
    *,
    keep: Mapping[str, Point] | None,
    previous: LayoutResult | None,
    memory: Mapping[str, Sequence[Former]],
) -> Sketch | None:
    """What to keep: the previous layout and the cards placed by hand, if they cover enough."""
    positions: dict[str, Point] = dict(previous.positions) if previous is not None else {}
    fixed = {uid for uid in keep or () if uid in fresh}
    for uid in fixed:
        assert keep is not None
        positions[uid] = (float(keep[uid][0]), float(keep[uid][1]))
    covered = sum(1 for uid in fresh if uid in positions)
    if not covered or (previous is None and 2 * covered < len(fresh)):
        return None
    return Sketch(positions, previous.slots if previous is not None else {}, frozenset(fixed), memory)


def _dot(
    chart: Chart, structure: Structure, *, keep: Mapping[str, Point] | None, gsize: Size
) -> LayoutResult:
    from orgeditor.layout.dot import dot_layout  # noqa: PLC0415 - pulls in pygraphviz

    placed = dot_layout(chart, structure, gsize)
    positions, groups = placed.positions, placed.group_positions
    routes, link_routes = placed.routes, placed.link_routes
    if keep:
        touched, (dx, dy) = _move_to_kept(
            structure, keep=keep, positions=positions, groups=groups, margin=placed.margin, gsize=gsize
        )
        for table in (routes, link_routes):
            for key, points in table.items():
                table[key] = [(x + dx, y + dy) for x, y in points]
                if key[0] in touched or key[1] in touched:
                    table[key] = orthogonal_route(
                        _rect(structure, positions, key[1] if table is routes else key[0]),
                        _rect(structure, positions, key[0] if table is routes else key[1]),
                    )
    bounds = _bounds(
        structure, positions=positions, groups=groups, gsize=gsize, routes=routes, link_routes=link_routes
    )
    members = _member_routes(structure, positions, groups, gsize)
    return LayoutResult(positions, groups, routes, link_routes, bounds, "dot", members)


def _member_routes(
    structure: Structure, positions: Mapping[str, Point], groups: Mapping[str, Point], gsize: Size
) -> dict[MemberKey, list[Point]]:
    """Group lines, around the cards in their way (a bounded search: see ``route_members``)."""
    bodies = {gid: card_rect(pos, gsize) for gid, pos in groups.items()}
    ends = {
        (gid, member): (bodies[gid], _rect(structure, positions, member))
        for gid, members in structure.groups.items()
        if gid in bodies
        for member in members
        if member in positions
    }
    if not ends:
        return {}
    obstacles = [_rect(structure, positions, uid) for uid in positions] + list(bodies.values())
    return route_members(ends, obstacles)


def _avoid_cards(
    structure: Structure,
    *,
    positions: Mapping[str, Point],
    groups: Mapping[str, Point],
    gsize: Size,
    routes: dict[LineKey, list[Point]],
    link_routes: dict[LineKey, list[Point]],
) -> None:
    """Route lines and links that would cross a card around the cards."""
    obstacles = [_rect(structure, positions, uid) for uid in structure.order]
    obstacles += [card_rect(pos, gsize) for pos in groups.values()]
    # lines outside the tree, and tree lines an edit left running through a card
    others = dict(routes)
    ends = {key: (_rect(structure, positions, key[1]), _rect(structure, positions, key[0])) for key in others}
    reroute_crossing(others, ends, obstacles)
    routes.update(others)
    link_ends = {
        key: (_rect(structure, positions, key[0]), _rect(structure, positions, key[1])) for key in link_routes
    }
    reroute_crossing(link_routes, link_ends, obstacles)


def _rect(structure: Structure, positions: Mapping[str, Point], uid: str) -> Rect:
    return card_rect(positions[uid], structure.sizes[uid])


def _route_remaining(
    structure: Structure,
    positions: Mapping[str, Point],
    routes: dict[LineKey, list[Point]],
    vgap: float,
    *,
    cards: Callable[[], SpatialIndex],
) -> None:
    """Elbow routes for lines the engine left out, in lanes by scope so that they do not merge
    (out of the manager's side when an elbow would cross one of the *cards*)."""
    pending = [key for key in structure.lines if key not in routes]
    per_unit: dict[str, int] = {}
    for uid, _, _ in pending:
        per_unit[uid] = per_unit.get(uid, 0) + 1
    seen: dict[str, int] = {}
    for key in pending:
        uid, manager, scope = key
        urect = _rect(structure, positions, uid)
        mrect = _rect(structure, positions, manager)
        lane = SCOPES.index(scope) if scope in SCOPES else 0
        count, i = per_unit[uid], seen.get(uid, 0)
        seen[uid] = i + 1
        end_dx = (i - (count - 1) / 2) * 24.0
        start_dx = 12.0 if urect[0] > mrect[0] else -12.0
        mid = urect[1] - vgap * (lane + 1) / (len(SCOPES) + 1)
        if urect[1] + urect[3] <= mrect[1]:
            mid = urect[1] + urect[3] + vgap * (lane + 1) / (len(SCOPES) + 1)
        route = orthogonal_route(mrect, urect, mid=mid, start_dx=start_dx, end_dx=end_dx)
        if crosses(route, cards(), (mrect, urect)):
            route = _side_route(mrect, urect, end_dx=end_dx, cards=cards()) or route
        routes[key] = route


def _side_route(manager: Rect, unit: Rect, *, end_dx: float, cards: SpatialIndex) -> list[Point] | None:
    """Out of the side of *manager* facing *unit*, across to above (or below) it and into it:
    the way round a stack standing under the manager. None when that crosses a card too."""
    mx, my, mw, mh = manager
    ux, uy, uw, uh = unit
    right = ux + uw / 2 >= mx + mw / 2
    x0 = mx + mw if right else mx
    y0 = my + mh / 2
    ex = ux + uw / 2 + end_dx
    if (right and ex <= x0) or (not right and ex >= x0):
        return None
    y1 = uy if uy >= y0 else uy + uh
    route = simplify_polyline([(x0, y0), (ex, y0), (ex, y1)])
    return None if crosses(route, cards, (manager, unit)) else route


def _place_groups(
    structure: Structure,
    positions: Mapping[str, Point],
    gsize: Size,
    options: TidyOptions,
    *,
    routes: Iterable[list[Point]] = (),
) -> dict[str, Point]:
    """Each group centred over its members, one row up, moved sideways off any card or line."""
    gw, gh = gsize
    margin = options.hgap
    wanted: dict[str, Rect] = {}
    for gid, members in structure.groups.items():
        xs = [positions[m][0] for m in members]
        top = min(positions[m][1] - structure.sizes[m][1] / 2 for m in members)
        wanted[gid] = card_rect(((min(xs) + max(xs)) / 2, top - options.vgap - gh / 2), gsize)
    if not wanted:
        return {}
    rows: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for uid, (x, y) in positions.items():
        w, h = structure.sizes[uid]
        rows.setdefault((y - h / 2, y + h / 2), []).append((x - w / 2, x + w / 2))
    forbidden: dict[tuple[float, float], tuple[list[float], list[float]]] = {}

    def forbidden_in(row: tuple[float, float]) -> tuple[list[float], list[float]]:
        """Merged ranges of left-edge x at which a group body would touch a card of *row*."""
        if row not in forbidden:
            forbidden[row] = _merged([(x0 - margin - gw, x1 + margin) for x0, x1 in rows[row]])
        return forbidden[row]

    bands = _segment_bands(routes)
    placed: list[Rect] = []
    result: dict[str, Point] = {}
    for gid, (x, y, _, _) in wanted.items():
        spans: list[tuple[float, float]] = []
        for r in rows:
            if r[0] < y + gh + margin and y - margin < r[1]:
                spans.extend(zip(*forbidden_in(r), strict=True))
        spans += [
            (p[0] - margin - gw, p[0] + p[2] + margin)
            for p in placed
            if p[1] < y + gh + margin and y - margin < p[1] + p[3]
        ]
        lo, hi = y - LINE_CLEARANCE, y + gh + LINE_CLEARANCE
        seen: set[Rect] = set()
        for band in range(math.floor(lo / BAND), math.floor(hi / BAND) + 1):
            for seg in bands.get(band, ()):
                if seg not in seen and seg[1] < hi and lo < seg[1] + seg[3]:
                    seen.add(seg)
                    spans.append((seg[0] - LINE_CLEARANCE - gw, seg[0] + seg[2] + LINE_CLEARANCE))
        starts, ends = _merged(spans)

        def blocker(
            at: float, starts: list[float] = starts, ends: list[float] = ends
        ) -> tuple[float, float] | None:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and starts[i] < at < ends[i]:
                return (starts[i], ends[i])
            return None

        left = right = x
        while (span := blocker(right)) is not None:
            right = span[1]
        while (span := blocker(left)) is not None:
            left = span[0]
        nx = left if x - left < right - x else right
        placed.append((nx, y, gw, gh))
        result[gid] = (nx + gw / 2, y + gh / 2)
    return result


#: Height of the horizontal bands the group placement looks up lines by (px).
BAND = 256.0


def _segment_bands(routes: Iterable[list[Point]]) -> dict[int, list[Rect]]:
    """Every run of *routes* as a rectangle, under each band of :data:`BAND` px it spans."""
    bands: dict[int, list[Rect]] = {}
    for points in routes:
        for a, b in itertools.pairwise(points):
            seg = (min(a[0], b[0]), min(a[1], b[1]), abs(a[0] - b[0]), abs(a[1] - b[1]))
            for band in range(math.floor(seg[1] / BAND), math.floor((seg[1] + seg[3]) / BAND) + 1):
                bands.setdefault(band, []).append(seg)
    return bands


def _merged(spans: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """*spans* sorted and merged where they overlap: their starts and their ends."""
    starts: list[float] = []
    ends: list[float] = []
    for a, b in sorted(spans):
        if ends and a < ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _move_to_kept(
    structure: Structure,
    *,
    keep: Mapping[str, Point],
    positions: dict[str, Point],
    margin: float,
    groups: dict[str, Point] | None = None,
    gsize: Size = (240.0, 56.0),
) -> tuple[set[str], Point]:
    """Move the layout next to the few cards placed by hand, put those exactly, move the
    others off them; returns the units not where the moved layout had them, and the move."""
    pinned = {uid: (float(p[0]), float(p[1])) for uid, p in keep.items() if uid in positions}
    if not pinned:
        return set(), (0.0, 0.0)
    dx = statistics.median(pinned[u][0] - positions[u][0] for u in pinned)
    dy = statistics.median(pinned[u][1] - positions[u][1] for u in pinned)
    for uid, (x, y) in positions.items():
        positions[uid] = (x + dx, y + dy)
    group_table = groups if groups is not None else {}
    for gid, (x, y) in group_table.items():
        group_table[gid] = (x + dx, y + dy)
    touched = {uid for uid in pinned if positions[uid] != pinned[uid]}
    positions.update(pinned)
    fixed = {uid: card_rect(pinned[uid], structure.sizes[uid]) for uid in pinned}
    free = [
        (uid, card_rect(positions[uid], structure.sizes[uid])) for uid in structure.order if uid not in pinned
    ]
    free += [(f"\0{gid}", card_rect(pos, gsize)) for gid, pos in group_table.items()]
    for item, rect in place_without_overlap(free, fixed, margin / 2).items():
        centre = (rect[0] + rect[2] / 2, rect[1] + rect[3] / 2)
        if item.startswith("\0"):
            group_table[item[1:]] = centre
        elif centre != positions[item]:
            positions[item] = centre
            touched.add(item)
    return touched, (dx, dy)


def _bounds(
    structure: Structure,
    *,
    positions: Mapping[str, Point],
    groups: Mapping[str, Point],
    gsize: Size,
    routes: Mapping[LineKey, list[Point]],
    link_routes: Mapping[LineKey, list[Point]],
) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for uid, (x, y) in positions.items():
        w, h = structure.sizes[uid]
        xs += (x - w / 2, x + w / 2)
        ys += (y - h / 2, y + h / 2)
    for x, y in groups.values():
        xs += (x - gsize[0] / 2, x + gsize[0] / 2)
        ys += (y - gsize[1] / 2, y + gsize[1] / 2)
    for table in (routes, link_routes):
        for points in table.values():
            for x, y in points:
                xs.append(x)
                ys.append(y)
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
