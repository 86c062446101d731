"""What an export draws, worked out once for every format (pure Python, no Qt).

:func:`plan_export` picks the units (the whole chart or one branch), places them (the saved
layout when it covers every unit, else :func:`orgeditor.layout.compute_layout`) and gathers
the title, subtitle (file name and date), legend entries, finding badges, each card's tier
(its level in the whole chart, which sets its type size) and where each link's label goes. The
painters (:mod:`orgeditor.render.export_qt`, :mod:`orgeditor.render.export_pptx`) only draw a
plan.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from orgeditor.layout import card_rect, orthogonal_route
from orgeditor.layout.geometry import SpatialIndex
from orgeditor.layout.labels import label_spots
from orgeditor.layout.structure import analyse
from orgeditor.layout.tidy import TidyOptions, tidy_layout
from orgeditor.model import Chart, Group, ReportingLine, Unit
from orgeditor.render.card_type import SCREEN, TypeScale, brief_unit
from orgeditor.render.theme import BADGES, badge_of
from orgeditor.render.tiers import DEFAULT_TIER, card_tiers

__all__ = [
    "ExportCancelledError",
    "ExportPlan",
    "FindingLike",
    "Measure",
    "branch_chart",
    "departments_of",
    "descendants",
    "plan_export",
    "restricted_chart",
    "worst_severities",
]

Point = tuple[float, float]
Size = tuple[float, float]
LineKey = tuple[str, str, str]
#: The height (scene px) a unit's card needs to show all its texts, given the unit and its tier.
Measure = Callable[[Unit, int], float]
CARD_SIZE: tuple[float, float] = (220.0, 84.0)
GROUP_SIZE: tuple[float, float] = (240.0, 56.0)


class ExportCancelledError(Exception):
    """The progress callback asked an export to stop."""


class FindingLike(Protocol):
    """What the exporters read of a rule finding."""

    @property
    def severity(self) -> str: ...

    @property
    def units(self) -> Any: ...


@dataclass
class ExportPlan:
    """Everything to draw, in scene coordinates (px, y down)."""

    chart: Chart
    title: str
    subtitle: str
    positions: dict[str, Point]
    card_size: tuple[float, float]
    routes: dict[LineKey, list[Point]]
    """(unit, manager, scope) -> polyline from the manager's card edge to the unit's."""
    link_routes: dict[LineKey, list[Point]]
    """(source, target, kind) -> polyline from the source's card edge to the target's."""
    group_positions: dict[str, Point]
    group_size: tuple[float, float]
    bounds: tuple[float, float, float, float]
    departments: dict[str, tuple[str, ...]]
    severities: dict[str, str] = field(default_factory=dict)
    department_labels: dict[str, str] = field(default_factory=dict)
    """Department id -> label (departments above a branch are not in ``chart``)."""
    show_posts: bool = True
    show_badges: bool = False
    member_routes: dict[tuple[str, str], list[Point]] | None = None
    """(group, member) -> route from the layout, when it routed the group lines (else None)."""
    label_points: dict[LineKey, Point] = field(default_factory=dict)
    """(source, target, kind) -> where the link's label goes: a gap on its route clear of cards
    and other lines (a link missing here is labelled at its middle)."""
    tiers: dict[str, int] = field(default_factory=dict)
    """Unit id -> its tier in the whole chart (:func:`~orgeditor.render.tiers.card_tiers`), so
    that a branch's top keeps the type size it has in the whole chart."""
    sizes: dict[str, Size] = field(default_factory=dict)
    """Unit id -> its card's size, where it differs from ``card_size`` (a card grown to hold
    all its texts)."""
    type_scale: TypeScale = SCREEN
    """How large card texts are drawn against the screen's (:mod:`orgeditor.render.card_type`)."""
    context: frozenset[str] = frozenset()
    """Units drawn only for the chain of command above a page's branch (drawn faded)."""
    tabs: dict[str, str] = field(default_factory=dict)
    """Unit id -> a note in a tab under its card ("continued on page 4")."""

    @property
    def group_names(self) -> list[str]:
        """Names of the groups drawn, in chart order."""
        return [g.name for gid, g in self.chart.groups.items() if gid in self.group_positions]

    @property
    def scopes(self) -> list[str]:
        """Scopes of the drawn reporting lines, in vocabulary order."""
        used = {key[2] for key in self.routes}
        return [s for s in ("all", "mission", "non-mission") if s in used] or ["all"]

    @property
    def link_kinds(self) -> list[str]:
        seen: list[str] = []
        for key in self.link_routes:
            if key[2] not in seen:
                seen.append(key[2])
        return seen

    @property
    def legend_departments(self) -> list[tuple[str, str]]:
        """(department id, label) of the departments whose colours are shown."""
        seen: list[str] = []
        for unit_id in self.chart.units:
            for department in self.departments.get(unit_id, ()):
                if department not in seen:
                    seen.append(department)
        return [(d, self.department_labels.get(d, d)) for d in seen]

    def card_rect(self, unit_id: str) -> tuple[float, float, float, float]:
        """x, y (top left), width and height of a unit's card."""
        return card_rect(self.positions[unit_id], self.sizes.get(unit_id, self.card_size))


def descendants(chart: Chart, unit_id: str) -> list[str]:
    """*unit_id* and every unit below it along reporting lines of any scope, breadth first."""
    chart.unit(unit_id)
    found = [unit_id]
    seen = {unit_id}
    for current in found:
        for report in chart.direct_reports(current):
            if report not in seen:
                seen.add(report)
                found.append(report)
    return found


def branch_chart(chart: Chart, unit_id: str, *, any_scope: bool = True) -> Chart:
    """A chart holding *unit_id* and every unit whose chain for any scope reaches it (so the
    regional ASGs shared by DPPA and DPO, their divisions and missions are in both
    departments' branches); with *any_scope* False, only its subtree (chains for scope
    ``all``). The lines, links, groups and saved positions among them come along; a shared
    unit keeps its departments (and so its split band) from the whole chart when drawn.

    Groups keep only their members inside the branch and are dropped below two members.
    """
    return restricted_chart(chart, descendants(chart, unit_id) if any_scope else chart.subtree(unit_id))


def restricted_chart(chart: Chart, unit_ids: Collection[str]) -> Chart:
    """A chart holding the units of *chart* among *unit_ids*, in chart order, with the lines,
    links, groups and saved positions among them (a page of a paginated export). Groups keep
    only their members inside and are dropped below two members."""
    keep = set(unit_ids)
    branch = Chart(title=chart.title, description=chart.description, regions=chart.regions)
    branch.path = chart.path
    lines: dict[str, tuple[ReportingLine, ...]] = {}
    for unit in chart:
        if unit.id in keep:
            branch.add_unit(unit.with_changes(reports_to=()))
            inside = tuple(line for line in unit.reports_to if line.to in keep)
            if inside:
                lines[unit.id] = inside
    for uid, inside in lines.items():
        branch.update_unit(branch.unit(uid).with_changes(reports_to=inside))
    for link in chart.links:
        if link.source in keep and link.target in keep:
            branch.add_link(link)
    for group in chart.groups.values():
        members = tuple(m for m in group.members if m in keep)
        if len(members) >= 2:
            branch.add_group(Group(group.id, group.name, members))
    layout = chart.layout
    layout.positions = {k: v for k, v in layout.positions.items() if k in keep}
    layout.collapsed = [k for k in layout.collapsed if k in keep]
    layout.pinned = [k for k in layout.pinned if k in keep]
    branch.set_layout(layout)
    return branch


def departments_of(chart: Chart, unit_id: str) -> tuple[str, ...]:
    """The departments a unit belongs to: itself if a department, else those above it up any
    of its reporting lines (a regional ASG under DPPA and DPO belongs to both); the chart's
    :meth:`Hierarchy.departments <orgeditor.model.Hierarchy.departments>`."""
    return chart.hierarchy.departments(unit_id)


def worst_severities(findings: Iterable[FindingLike] | None) -> dict[str, str]:
    """Unit id -> the badge of the worst finding naming it (its severity, or ``departure`` for
    a finding a sanctioned departure covers: :func:`~orgeditor.render.theme.badge_of`)."""
    result: dict[str, str] = {}
    rank = _BADGE_RANK
    for finding in findings or ():
        badge = badge_of(finding)
        mine = rank.get(badge)
        if mine is None:
            continue
        for unit_id in finding.units:
            old = result.get(unit_id)
            if old is None or mine > rank[old]:
                result[unit_id] = badge
    return result


#: A badge's place in :data:`~orgeditor.render.theme.BADGES` (a later one is worse).
_BADGE_RANK = {badge: number for number, badge in enumerate(BADGES)}


def _saved_layout(chart: Chart) -> dict[str, Point] | None:
    saved = chart.layout.positions
    if chart.units and all(uid in saved for uid in chart.units):
        return {uid: (float(p[0]), float(p[1])) for uid, p in saved.items() if uid in chart.units}
    return None


Rect = tuple[float, float, float, float]
RectOf = Callable[[str], Rect]


def _routes_for(chart: Chart, rect: RectOf) -> tuple[dict[LineKey, list[Point]], dict[LineKey, list[Point]]]:
    routes: dict[LineKey, list[Point]] = {}
    for unit in chart:
        for line in unit.reports_to:
            routes[(unit.id, line.to, line.scope)] = orthogonal_route(rect(line.to), rect(unit.id))
    links = {
        (link.source, link.target, link.kind): orthogonal_route(rect(link.source), rect(link.target))
        for link in chart.links
        if link.source != link.target
    }
    return routes, links


def _place_groups(
    chart: Chart, positions: Mapping[str, Point], rect: RectOf, size: Size = GROUP_SIZE
) -> dict[str, Point]:
    """Each group (bodies of *size*) centred above its members, moved sideways until it
    overlaps no card."""
    gh = size[1]
    taken = [rect(uid) for uid in positions]
    placed: dict[str, Point] = {}
    for group in chart.groups.values():
        members = [m for m in group.members if m in positions]
        if not members:
            continue
        xs = [positions[m][0] for m in members]
        top = min(rect(m)[1] for m in members)
        centre = ((min(xs) + max(xs)) / 2, top - 64.0 - gh / 2)
        for step in range(400):
            shift = (step + 1) // 2 * 40.0 * (1 if step % 2 else -1)
            candidate = (centre[0] + shift, centre[1])
            body = card_rect(candidate, size)
            if not any(_overlap(body, other, 12.0) for other in taken):
                centre = candidate
                break
        placed[group.id] = centre
        taken.append(card_rect(centre, size))
    return placed


def _overlap(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float], margin: float
) -> bool:
    return (
        a[0] < b[0] + b[2] + margin
        and b[0] < a[0] + a[2] + margin
        and a[1] < b[1] + b[3] + margin
        and b[1] < a[1] + a[3] + margin
    )


def _bounds(
    points: Iterable[Point], rects: Iterable[tuple[float, float, float, float]]
) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for x, y, w, h in rects:
        xs += (x, x + w)
        ys += (y, y + h)
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _label_points(
    routes: Mapping[LineKey, list[Point]],
    link_routes: Mapping[LineKey, list[Point]],
    positions: Mapping[str, Point],
    rect: RectOf,
) -> dict[LineKey, Point]:
    """Label places for links routed here rather than by the layout (as the layout finds them)."""
    if not link_routes:
        return {}
    cards = SpatialIndex()
    for uid in positions:
        cards.add(rect(uid))
    return label_spots(
        link_routes,
        {key: key[2] for key in link_routes},
        cards=cards,
        lines=[*routes.values(), *link_routes.values()],
    )


def plan_export(
    chart: Chart,
    *,
    unit: str | None = None,
    units: Collection[str] | None = None,
    context: Collection[str] = (),
    show_badges: bool = False,
    show_posts: bool = True,
    findings: Iterable[FindingLike] | None = None,
    today: _dt.date | None = None,
    stacked: bool = True,
    any_scope: bool = True,
    tiers: Mapping[str, int] | None = None,
    measure: Measure | None = None,
    type_scale: TypeScale = SCREEN,
    max_column: int | None = None,
    card_width: float = CARD_SIZE[0],
    max_pairs: int = 0,
    group_measure: Callable[[str], float] | None = None,
) -> ExportPlan:
    """Plan the drawing of *chart*, of the branch under *unit*, or of the *units* given (a
    page of a paginated export: the lines, links and groups among them; the *context* among
    them are drawn faded, for the chain of command, and groups need two others).

    Without a complete saved layout the chart is laid out with
    :func:`orgeditor.layout.compute_layout` (*max_column*: the most leaves stacked in one
    column; *max_pairs*: the most pairs of columns), or, when *stacked* is False, as a plain
    tidy tree in which no reports are stacked in columns.

    *group_measure* gives the height a group's body needs for its whole name (all bodies
    take the tallest). *measure* gives the height each card *card_width* wide needs to show all its texts at
    *type_scale* (the painter's own measure): cards grow to it, never below
    :data:`CARD_SIZE`'s height, and the layout makes room. Without it every card has that
    height.

    *tiers* are the cards' tiers in the whole chart (:func:`~orgeditor.render.tiers.card_tiers`
    of *chart*, worked out here when not given; pass them to plan several branches of one
    chart without working them out again).

    Raises ``orgeditor.model.ChartError`` when *unit* is not in the chart.
    """
    source = chart
    if unit is not None:
        chart = branch_chart(chart, unit, any_scope=any_scope)
    if units is not None:
        chart = restricted_chart(chart, units)
        for group in list(chart.groups.values()):  # a group of context cards says nothing here
            if sum(m not in context for m in group.members) < 2:
                chart.remove_group(group.id)
    whole_tiers = card_tiers(source) if tiers is None else tiers
    size = (float(card_width), CARD_SIZE[1])
    sizes: dict[str, Size] = {}
    if measure is not None:
        for member in chart:
            shown = brief_unit(member) if member.id in context else member
            height = measure(shown, whole_tiers.get(member.id, DEFAULT_TIER))
            if height > size[1]:
                sizes[member.id] = (size[0], float(math.ceil(height)))

    group_size = GROUP_SIZE
    if group_measure is not None and chart.groups:  # one size for all: as tall as the longest name
        tallest = max(group_measure(group.name) for group in chart.groups.values())
        group_size = (GROUP_SIZE[0], max(GROUP_SIZE[1], float(math.ceil(tallest))))

    def rect(uid: str) -> Rect:
        return card_rect(positions[uid], sizes.get(uid, size))

    # a saved layout holds the screen's cards: a page of some units, or larger type, lays out afresh
    screen_like = units is None and type_scale == SCREEN and card_width == CARD_SIZE[0]
    saved = _saved_layout(chart) if screen_like else None
    group_positions: dict[str, Point] = {}
    member_routes: dict[tuple[str, str], list[Point]] | None = None
    if saved is not None or not stacked:
        if saved is not None:
            positions = saved
        else:
            structure = analyse(chart, {**dict.fromkeys(chart.units, size), **sizes}, ())
            positions = dict(tidy_layout(structure, TidyOptions(compact=0)).positions)
        routes, link_routes = _routes_for(chart, rect)
        group_positions = _place_groups(chart, positions, rect, group_size)
        label_points = _label_points(routes, link_routes, positions, rect)
    else:
        from orgeditor.layout import compute_layout  # noqa: PLC0415 - may pull in Graphviz

        # on a page, units whose reports are on other pages stand as the branches they are
        rowed = [uid for uid in chart.units if not chart.direct_reports(uid) and source.direct_reports(uid)]
        every = {uid: sizes.get(uid, size) for uid in chart.units}
        result = compute_layout(
            chart, every, max_column=max_column, rowed=rowed, max_pairs=max_pairs, group_size=group_size
        )
        positions = dict(result.positions)
        routes, link_routes = dict(result.routes), dict(result.link_routes)
        group_positions = dict(result.group_positions)
        member_routes = dict(result.member_routes)
        label_points = dict(result.label_points)
    # tiers and colour bands follow the whole chart, so a branch's top keeps its type size and
    # its department's colour
    departments = {uid: departments_of(source, uid) for uid in chart.units}
    rects = [rect(uid) for uid in positions]
    rects += [card_rect(p, group_size) for p in group_positions.values()]
    points = [p for table in (routes, link_routes) for pts in table.values() for p in pts]
    file_name = source.path.name if source.path is not None else "unsaved chart"
    date = (today or _dt.date.today()).isoformat()
    subtitle = f"{file_name} · {date}"
    if unit is not None:
        subtitle = f"Branch: {source.unit(unit).label} · {subtitle}"
    return ExportPlan(
        chart=chart,
        title=source.title,
        subtitle=subtitle,
        positions=positions,
        card_size=size,
        routes=routes,
        link_routes=link_routes,
        group_positions=group_positions,
        group_size=group_size,
        bounds=_bounds(points, rects),
        departments=departments,
        department_labels={d: source.unit(d).label for ds in departments.values() for d in ds},
        severities={u: s for u, s in worst_severities(findings).items() if u in chart.units}
        if show_badges
        else {},
        show_posts=show_posts,
        show_badges=show_badges,
        member_routes=member_routes,
        label_points=label_points,
        tiers={uid: whole_tiers[uid] for uid in chart.units if uid in whole_tiers},
        sizes=sizes,
        type_scale=type_scale,
        context=frozenset(context),
    )
