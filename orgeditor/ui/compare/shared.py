"""The shared layout of a comparison: one placement for both charts, and what each side shows.

The *union chart* holds every unit of B plus the units removed from A (in B's ids: a renamed
unit appears once, under its new id). It is laid out once, so a unit that is in both charts
stands in the same place on both sides; each side then draws its own units, lines, links and
groups on those positions, and a faint *ghost* where the other side has a unit it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from orgeditor.diff import ChartDiff
from orgeditor.layout import DEFAULT_CARD_SIZE, LayoutResult, card_rect, compute_layout, orthogonal_route
from orgeditor.model import Chart, Group, Link, ReportingLine, Unit, build_chart

__all__ = [
    "DisplayStatus",
    "GroupContent",
    "LineChange",
    "SharedLayout",
    "SideContent",
    "display_statuses",
    "shared_layout",
    "side_content",
    "union_chart",
]

Point = tuple[float, float]
LineKey = tuple[str, str, str]
Side = Literal["a", "b"]
#: How a unit is drawn: ``moved`` = only its reporting lines changed, ``note`` = only its note.
DisplayStatus = Literal["added", "removed", "changed", "moved", "note", "same"]
#: How a line or link is drawn on a side: on both sides, or only on this one.
LineChange = Literal["same", "added", "removed"]
GROUP_SIZE: Point = (240.0, 56.0)


def union_chart(diff: ChartDiff) -> Chart:
    """B's units, lines, links and groups, plus A's removed units (each after its A predecessor),
    A's removed groups and the links only A has, all in B's ids."""
    a, b = diff.a, diff.b
    to_b = diff.counterpart
    removed = set(diff.units_removed)
    units: dict[str, Unit] = dict(b.units)
    order: list[str] = list(b.units)
    previous: str | None = None
    for uid, unit in a.units.items():
        if uid in removed:
            lines = tuple(ReportingLine(to_b(line.to), line.scope) for line in unit.reports_to)
            units[uid] = unit.with_changes(reports_to=lines)
            at = order.index(previous) + 1 if previous is not None and previous in order else len(order)
            order.insert(at, uid)
            previous = uid
        else:
            previous = to_b(uid)
    links = list(b.links)
    for link in a.links:
        mapped = Link(to_b(link.source), to_b(link.target), link.kind)
        if mapped not in links:
            links.append(mapped)
    groups = [
        Group(g.id, g.name, tuple(m for m in g.members if m in units))
        for g in b.groups.values()
        if g.id not in units
    ]
    for gid in diff.groups_removed:
        group = a.groups[gid]
        if gid not in units:
            groups.append(Group(gid, group.name, tuple(to_b(m) for m in group.members)))
    regions = list(b.regions) + [r for r in a.regions if r not in b.regions]
    return build_chart(
        title=b.title,
        units=(units[uid] for uid in order),
        regions=regions,
        links=links,
        groups=groups,
    )


def display_statuses(diff: ChartDiff) -> dict[str, DisplayStatus]:
    """The drawing status of every unit of the union chart (B's ids, A's ids for removed units)."""
    statuses: dict[str, DisplayStatus] = {}
    for uid in diff.b.units:
        statuses[uid] = "same"
    for uid in diff.units_added:
        statuses[uid] = "added"
    for uid in diff.units_removed:
        statuses[uid] = "removed"
    for rename in diff.units_renamed:
        statuses[rename.new_id] = "changed"
    for change in diff.units_changed:
        fields = {c.field for c in change.fields} - {"id"}
        if change.old_id != change.id or fields - {"note", "reports_to"}:
            statuses[change.id] = "changed"
        elif "reports_to" in fields:
            statuses[change.id] = "moved"
        elif fields:
            statuses[change.id] = "note"
    return statuses


@dataclass
class SharedLayout:
    """Positions of the union chart, used by both sides."""

    union: Chart
    result: LayoutResult
    card_size: Point = DEFAULT_CARD_SIZE

    @property
    def positions(self) -> dict[str, Point]:
        return self.result.positions

    @property
    def group_positions(self) -> dict[str, Point]:
        return self.result.group_positions

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return self.result.bounds

    def rect(self, unit_id: str) -> tuple[float, float, float, float]:
        """A card's rectangle (x, y, width, height)."""
        return card_rect(self.positions[unit_id], self.card_size)

    def line_route(self, key: LineKey) -> list[Point]:
        """The route of reporting line (unit, manager, scope), manager end first."""
        route = self.result.routes.get(key)
        if route is not None:
            return list(route)
        return orthogonal_route(self.rect(key[1]), self.rect(key[0]))

    def link_route(self, key: LineKey) -> list[Point]:
        """The route of link (source, target, kind), source end first."""
        route = self.result.link_routes.get(key)
        if route is not None:
            return list(route)
        return orthogonal_route(self.rect(key[0]), self.rect(key[1]))


def shared_layout(diff: ChartDiff, *, method: str = "auto") -> SharedLayout:
    """Lay the union chart out once (B's saved positions kept when it has them)."""
    union = union_chart(diff)
    keep = {uid: pos for uid, pos in diff.b.layout.positions.items() if uid in union.units}
    result = compute_layout(union, method=method, keep=keep or None)
    return SharedLayout(union, result)


@dataclass
class SideContent:
    """What one side of the comparison draws, in union ids."""

    side: Side
    chart: Chart
    units: dict[str, Unit] = field(default_factory=dict)
    """Union id -> this side's unit."""
    ids: dict[str, str] = field(default_factory=dict)
    """Union id -> the unit's id in this side's chart (they differ for renamed units)."""
    ghosts: dict[str, Unit] = field(default_factory=dict)
    """Union id -> the other side's unit, for units this side lacks."""
    lines: dict[LineKey, LineChange] = field(default_factory=dict)
    links: dict[LineKey, LineChange] = field(default_factory=dict)
    groups: dict[str, GroupContent] = field(default_factory=dict)
    statuses: Mapping[str, DisplayStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupContent:
    """A group as one side draws it: name, status (added, removed, same) and member changes."""

    name: str
    status: str
    members: dict[str, LineChange]


def _line_keys(chart: Chart, to_union: Mapping[str, str]) -> list[LineKey]:
    return [
        (to_union.get(u.id, u.id), to_union.get(line.to, line.to), line.scope)
        for u in chart.units.values()
        for line in u.reports_to
    ]


def _link_keys(links: Iterable[Link], to_union: Mapping[str, str]) -> list[LineKey]:
    return [(to_union.get(k.source, k.source), to_union.get(k.target, k.target), k.kind) for k in links]


def side_content(
    diff: ChartDiff, side: Side, statuses: Mapping[str, DisplayStatus] | None = None
) -> SideContent:
    """The units, ghosts, lines (with their change), links and groups of *side* in union ids."""
    statuses = statuses if statuses is not None else display_statuses(diff)
    to_union = {r.old_id: r.new_id for r in diff.units_renamed}
    this, other = (diff.a, diff.b) if side == "a" else (diff.b, diff.a)
    this_map = to_union if side == "a" else {}
    other_map = {} if side == "a" else to_union
    content = SideContent(side, this, statuses=statuses)
    for uid, unit in this.units.items():
        content.units[this_map.get(uid, uid)] = unit
        content.ids[this_map.get(uid, uid)] = uid
    for uid, unit in other.units.items():
        key = other_map.get(uid, uid)
        if key not in content.units:
            content.ghosts[key] = unit
    theirs = set(_line_keys(other, other_map))
    change: LineChange = "removed" if side == "a" else "added"
    for line_key in _line_keys(this, this_map):
        content.lines[line_key] = "same" if line_key in theirs else change
    their_links = set(_link_keys(other.links, other_map))
    for link_key in _link_keys(this.links, this_map):
        content.links[link_key] = "same" if link_key in their_links else change
    for group in this.groups.values():
        members = [this_map.get(m, m) for m in group.members]
        their = other.groups.get(group.id)
        if their is None:
            status = change
            their_members: set[str] = set()
        else:
            status = "same"
            their_members = {other_map.get(m, m) for m in their.members}
        content.groups[group.id] = GroupContent(
            group.name, status, {m: "same" if m in their_members else change for m in members}
        )
    return content
