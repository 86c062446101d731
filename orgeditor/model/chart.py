"""The chart: an ordered collection of units, links and groups that notifies on change.

Every mutation checks the chart's invariants first (ids unique across units and groups,
every id named anywhere exists, values from the closed vocabularies) and raises
:class:`ChartError` without touching anything when a change would break one. Listeners are
told only about real changes, once per :meth:`Chart.batch` when changes are batched.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING

from orgeditor.model import posts as rollups
from orgeditor.model.conflicts import Conflict, check_conflicts
from orgeditor.model.departures import Departure
from orgeditor.model.elements import Group, Layout, Link, Unit
from orgeditor.model.errors import ChartError
from orgeditor.model.validation import check_group, check_link, check_meta, check_size, check_unit
from orgeditor.model.vocabulary import DEFAULT_FUNDING

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Chart", "ChartChange", "ChartError", "ChartListener", "RemovedUnit", "build_chart"]


@dataclass(frozen=True, slots=True)
class ChartChange:
    """What changed: *kind* is one of the ``Chart.*`` change kinds, *ids* what it touched."""

    kind: str
    ids: tuple[str, ...] = ()


ChartListener = Callable[[Sequence[ChartChange]], None]


@dataclass(frozen=True, slots=True)
class RemovedUnit:
    """Everything :meth:`Chart.remove_unit` took away, so that it can be put back exactly."""

    unit: Unit
    index: int
    links: tuple[tuple[int, Link], ...]
    memberships: tuple[tuple[str, int], ...]
    position: tuple[float, float] | None
    collapsed_index: int | None
    pinned_index: int | None


@dataclass(eq=False)
class Chart:
    """A chart variant. Build it empty and add to it, or let :mod:`orgeditor.io` load one."""

    UNIT_ADDED = "unit-added"
    UNIT_REMOVED = "unit-removed"
    UNIT_CHANGED = "unit-changed"
    UNITS_REORDERED = "units-reordered"
    LINK_ADDED = "link-added"
    LINK_REMOVED = "link-removed"
    GROUP_ADDED = "group-added"
    GROUP_REMOVED = "group-removed"
    GROUP_CHANGED = "group-changed"
    LAYOUT_CHANGED = "layout-changed"
    META_CHANGED = "meta-changed"

    title: str = "Untitled chart"
    description: str | None = None
    baseline: str | None = None
    rulebooks: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    path: Path | None = None
    #: Funding sources declared by the file (SPEC §6.1); empty: :data:`DEFAULT_FUNDING`.
    funding: tuple[str, ...] = ()
    #: Sanctioned departures from rules (SPEC §6.3).
    departures: tuple[Departure, ...] = ()
    #: Merge conflicts left to resolve (SPEC §6.6).
    conflicts: tuple[Conflict, ...] = ()
    _units: dict[str, Unit] = field(default_factory=dict, repr=False)
    _links: list[Link] = field(default_factory=list, repr=False)
    _groups: dict[str, Group] = field(default_factory=dict, repr=False)
    _layout: Layout = field(default_factory=Layout, repr=False)
    _listeners: list[ChartListener] = field(default_factory=list, repr=False)
    _pending: list[ChartChange] | None = field(default=None, repr=False)
    _batch_depth: int = field(default=0, repr=False)
    _reports_index: dict[str, list[str]] | None = field(default=None, repr=False)
    _ordinals: dict[str, int] | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ reading

    @property
    def units(self) -> Mapping[str, Unit]:
        """Units by id, in display order (read-only view)."""
        return self._units

    @property
    def links(self) -> Sequence[Link]:
        return tuple(self._links)

    @property
    def groups(self) -> Mapping[str, Group]:
        return self._groups

    @property
    def layout(self) -> Layout:
        """A copy of the saved layout; change it through the ``set_*`` methods."""
        return self._layout.copy()

    def position(self, unit_id: str) -> tuple[float, float] | None:
        """The saved centre of *unit_id*'s card, if any (without copying the layout)."""
        return self._layout.positions.get(unit_id)

    def unit(self, unit_id: str) -> Unit:
        try:
            return self._units[unit_id]
        except KeyError:
            raise ChartError(f"no unit with id '{unit_id}'") from None

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._units or item_id in self._groups

    def __len__(self) -> int:
        return len(self._units)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._units.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chart):
            return NotImplemented
        return (
            self.title == other.title
            and self.description == other.description
            and self.baseline == other.baseline
            and self.rulebooks == other.rulebooks
            and self.regions == other.regions
            and self.funding == other.funding
            and self.departures == other.departures
            and self.conflicts == other.conflicts
            and list(self._units.items()) == list(other._units.items())
            and self._links == other._links
            and list(self._groups.items()) == list(other._groups.items())
            and self._layout == other._layout
        )

    __hash__ = None  # type: ignore[assignment]

    def copy(self) -> Chart:
        """An independent copy with the same content and path, and no listeners."""
        return Chart(
            title=self.title,
            description=self.description,
            baseline=self.baseline,
            rulebooks=self.rulebooks,
            regions=self.regions,
            path=self.path,
            funding=self.funding,
            departures=self.departures,
            conflicts=self.conflicts,
            _units=dict(self._units),
            _links=list(self._links),
            _groups=dict(self._groups),
            _layout=self._layout.copy(),
        )

    @property
    def funding_sources(self) -> tuple[str, ...]:
        """The funding sources units may name: those declared, else :data:`DEFAULT_FUNDING`."""
        return self.funding or DEFAULT_FUNDING

    def posts_by_grade(self, unit_ids: Iterable[str] | None = None) -> dict[str | None, int]:
        """See :func:`orgeditor.model.posts.posts_by_grade` (default: every unit)."""
        return rollups.posts_by_grade(self, unit_ids)

    def posts_by_source(self, unit_ids: Iterable[str] | None = None) -> dict[str | None, int]:
        """See :func:`orgeditor.model.posts.posts_by_source` (default: every unit)."""
        return rollups.posts_by_source(self, unit_ids)

    def subtree_posts(self, unit_id: str) -> int:
        """Posts of *unit_id* and its subtree."""
        return rollups.subtree_posts(self, unit_id)

    def direct_reports(self, unit_id: str, scope: str | None = None) -> list[str]:
        """Ids of units with a reporting line to *unit_id*, in display order.

        With *scope*, only lines followed for that scope count (``all`` lines always do).
        """
        if self._reports_index is None:
            index: dict[str, list[str]] = {}
            for unit in self._units.values():
                seen: set[str] = set()
                for line in unit.reports_to:
                    if line.to not in seen:
                        seen.add(line.to)
                        index.setdefault(line.to, []).append(unit.id)
            self._reports_index = index
        reports = self._reports_index.get(unit_id, [])
        if scope is None:
            return list(reports)
        return [
            r
            for r in reports
            if any(line.to == unit_id and line.applies_to(scope) for line in self._units[r].reports_to)
        ]

    def manager(self, unit_id: str, scope: str = "all") -> str | None:
        """The unit *unit_id* reports to for *scope*: its first line followed for that scope."""
        for line in self.unit(unit_id).reports_to:
            if line.applies_to(scope):
                return line.to
        return None

    def chain(self, unit_id: str, scope: str = "all") -> list[str]:
        """The unit and the units above it for *scope*, up to a root or the start of a cycle.

        Lines with scope ``all`` and lines with the asked scope are followed; where a unit has
        several, the first is taken.
        """
        chain = [unit_id]
        seen = {unit_id}
        current: str | None = self.manager(unit_id, scope)
        while current is not None and current not in seen:
            chain.append(current)
            seen.add(current)
            current = self.manager(current, scope)
        return chain

    def subtree(self, unit_id: str) -> list[str]:
        """The unit and every unit whose chain for scope ``all`` reaches it, depth first."""
        self.unit(unit_id)
        result: list[str] = []
        stack = [unit_id]
        seen: set[str] = set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            result.append(current)
            reports = [r for r in self.direct_reports(current, "all") if self.manager(r) == current]
            stack.extend(reversed(reports))
        return result

    def units_below(self, unit_ids: Iterable[str]) -> set[str]:
        """*unit_ids* (those that exist) and every unit under them by any line, of any scope."""
        found: set[str] = set()
        stack = [u for u in unit_ids if u in self._units]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(self.direct_reports(current))
        return found

    def roots(self) -> list[str]:
        """Units with no reporting line at all."""
        return [u.id for u in self._units.values() if not u.reports_to]

    def groups_of(self, unit_id: str) -> list[str]:
        """Ids of the groups *unit_id* is a member of."""
        return [g.id for g in self._groups.values() if unit_id in g.members]

    def links_of(self, unit_id: str) -> list[Link]:
        return [link for link in self._links if unit_id in (link.source, link.target)]

    def references_to(self, unit_id: str) -> list[str]:
        """Ids of units whose reporting lines name *unit_id*."""
        return self.direct_reports(unit_id)

    def graph(self, scope: str | None = None) -> nx.MultiDiGraph:
        """A networkx view: one node per unit, one edge per reporting line (unit -> manager).

        With *scope*, only lines followed for that scope are included. Edges carry ``scope``;
        nodes carry ``unit``. The graph is a fresh copy; changing it leaves the chart alone.
        """
        import networkx as nx  # noqa: PLC0415 - heavy, used only by algorithms that need it

        graph: nx.MultiDiGraph = nx.MultiDiGraph()
        for unit in self._units.values():
            graph.add_node(unit.id, unit=unit)
        for unit in self._units.values():
            for line in unit.reports_to:
                if scope is None or line.applies_to(scope):
                    graph.add_edge(unit.id, line.to, scope=line.scope)
        return graph

    # ------------------------------------------------------------ notification

    def subscribe(self, listener: ChartListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChartListener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the changes made inside the block and notify once at its end."""
        if self._batch_depth == 0:
            self._pending = []
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                pending, self._pending = self._pending or [], None
                if pending:
                    self._notify(pending)

    def _changed(self, kind: str, *ids: str, lines_changed: bool = True) -> None:
        if lines_changed and kind in (
            self.UNIT_ADDED,
            self.UNIT_REMOVED,
            self.UNIT_CHANGED,
            self.UNITS_REORDERED,
        ):
            self._reports_index = None  # a rename keeps who reports to whom
            if kind != self.UNIT_CHANGED:
                self._ordinals = None
        change = ChartChange(kind, ids)
        if self._pending is not None:
            self._pending.append(change)
        else:
            self._notify([change])

    def _notify(self, changes: Sequence[ChartChange]) -> None:
        for listener in list(self._listeners):
            listener(tuple(changes))

    # --------------------------------------------------------------- mutation

    def set_meta(
        self,
        *,
        title: str | None = None,
        description: str | EllipsisType | None = ...,
        baseline: str | EllipsisType | None = ...,
        rulebooks: Iterable[str] | None = None,
        regions: Iterable[str] | None = None,
        funding: Iterable[str] | None = None,
        departures: Iterable[Departure] | None = None,
        conflicts: Iterable[Conflict] | None = None,
    ) -> None:
        """Change chart-level fields; ``...`` (the default) leaves a field as it is."""
        changed = False
        if departures is not None:
            departures = tuple(departures)
        if conflicts is not None:
            conflicts = tuple(conflicts)
            check_conflicts(conflicts)
        if rulebooks is not None:
            rulebooks = tuple(rulebooks)
        if regions is not None:
            regions = tuple(regions)
        if funding is not None:
            funding = tuple(funding)
        check_meta(
            title,
            None if isinstance(description, EllipsisType) else description,
            None if isinstance(baseline, EllipsisType) else baseline,
            rulebooks or (),
            regions or (),
            funding=funding or (),
            departures=departures or (),
        )
        if title is not None and title != self.title:
            if not title.strip():
                raise ChartError("the chart title must not be empty")
            self.title, changed = title, True
        if not isinstance(description, EllipsisType) and description != self.description:
            self.description, changed = description, True
        if not isinstance(baseline, EllipsisType) and baseline != self.baseline:
            self.baseline, changed = baseline, True
        if rulebooks is not None and tuple(rulebooks) != self.rulebooks:
            self.rulebooks, changed = tuple(rulebooks), True
        if regions is not None and tuple(regions) != self.regions:
            new_regions = tuple(regions)
            for unit in self._units.values():
                for region in unit.regions:
                    if new_regions and region not in new_regions:
                        raise ChartError(f"unit '{unit.id}' uses region '{region}', which the new list lacks")
            self.regions, changed = new_regions, True
        if funding is not None and funding != self.funding:
            allowed = funding or DEFAULT_FUNDING
            for unit in self._units.values():
                for source in unit.post_breakdown.sources() if unit.post_breakdown else ():
                    if source not in allowed:
                        raise ChartError(f"unit '{unit.id}' has posts from '{source}', not in the new list")
            self.funding, changed = tuple(funding), True
        if departures is not None and departures != self.departures:
            self.departures, changed = tuple(departures), True
        if conflicts is not None and conflicts != self.conflicts:
            self.conflicts, changed = tuple(conflicts), True
        if changed:
            self._changed(self.META_CHANGED)

    def add_unit(self, unit: Unit, index: int | None = None) -> None:
        """Add *unit* at *index* in display order (default: last)."""
        if unit.id in self:
            raise ChartError(f"id '{unit.id}' is already used")
        check_unit(unit, self._known_unit(unit.id), self.regions, self.funding)
        self._insert_unit(unit, index)
        self._changed(self.UNIT_ADDED, unit.id)

    def update_unit(self, unit: Unit) -> Unit:
        """Replace the unit with *unit*'s id by *unit*; returns the old value."""
        old = self.unit(unit.id)
        if old == unit:
            return old
        check_unit(unit, self._known_unit(), self.regions, self.funding)
        self._units[unit.id] = unit
        if old.reports_to != unit.reports_to:
            self._patch_reports(old, unit)
        self._changed(self.UNIT_CHANGED, unit.id, lines_changed=False)
        return old

    def _patch_reports(self, old: Unit, new: Unit) -> None:
        """Keep the reports index of :meth:`direct_reports` after a unit's lines changed
        (rebuilding it costs a pass over every unit: too slow for each edit of a large chart)."""
        index = self._reports_index
        if index is None:
            return
        if self._ordinals is None:
            self._ordinals = {u: i for i, u in enumerate(self._units)}
        before, after = {line.to for line in old.reports_to}, {line.to for line in new.reports_to}
        for target in before - after:
            reports = index[target]
            reports.remove(new.id)
            if not reports:
                del index[target]
        for target in after - before:
            bisect.insort(index.setdefault(target, []), new.id, key=self._ordinals.__getitem__)

    def move_unit(self, unit_id: str, index: int) -> int:
        """Move a unit to *index* in display order; returns its old index."""
        ids = list(self._units)
        old = ids.index(unit_id)
        if old == index:
            return old
        ids.insert(index, ids.pop(old))
        self._units = {i: self._units[i] for i in ids}
        self._changed(self.UNITS_REORDERED, unit_id)
        return old

    def remove_unit(self, unit_id: str) -> RemovedUnit:
        """Remove a unit with its links, group memberships and layout entries.

        Units that report to it must be re-attached or removed first. The returned record
        puts everything back with :meth:`restore_unit`.
        """
        unit = self.unit(unit_id)
        reports = [r for r in self.direct_reports(unit_id) if r != unit_id]
        if reports:
            raise ChartError(f"cannot remove '{unit_id}': {', '.join(repr(r) for r in reports)} report to it")
        index = list(self._units).index(unit_id)
        links = tuple(
            (i, link) for i, link in enumerate(self._links) if unit_id in (link.source, link.target)
        )
        memberships = tuple(
            (g.id, g.members.index(unit_id)) for g in self._groups.values() if unit_id in g.members
        )
        layout = self._layout
        record = RemovedUnit(
            unit=unit,
            index=index,
            links=links,
            memberships=memberships,
            position=layout.positions.get(unit_id),
            collapsed_index=layout.collapsed.index(unit_id) if unit_id in layout.collapsed else None,
            pinned_index=layout.pinned.index(unit_id) if unit_id in layout.pinned else None,
        )
        with self.batch():
            for i, link in reversed(links):
                del self._links[i]
                self._changed(self.LINK_REMOVED, link.source, link.target)
            for group_id, _ in memberships:
                group = self._groups[group_id]
                members = tuple(m for m in group.members if m != unit_id)
                self._groups[group_id] = Group(group.id, group.name, members)
                self._changed(self.GROUP_CHANGED, group_id)
            layout.positions.pop(unit_id, None)
            if unit_id in layout.collapsed:
                layout.collapsed.remove(unit_id)
            if unit_id in layout.pinned:
                layout.pinned.remove(unit_id)
            del self._units[unit_id]
            self._changed(self.UNIT_REMOVED, unit_id)
        return record

    def restore_unit(self, record: RemovedUnit) -> None:
        """Undo :meth:`remove_unit`: the unit comes back where it was, with what it had."""
        unit = record.unit
        if unit.id in self:
            raise ChartError(f"id '{unit.id}' is already used")
        check_unit(unit, self._known_unit(unit.id), self.regions, self.funding)
        with self.batch():
            self._insert_unit(unit, record.index)
            self._changed(self.UNIT_ADDED, unit.id)
            for i, link in record.links:
                self._links.insert(i, link)
                self._changed(self.LINK_ADDED, link.source, link.target)
            for group_id, position in record.memberships:
                group = self._groups[group_id]
                members = list(group.members)
                members.insert(position, unit.id)
                self._groups[group_id] = Group(group.id, group.name, tuple(members))
                self._changed(self.GROUP_CHANGED, group_id)
            layout = self._layout
            if record.position is not None:
                layout.positions[unit.id] = record.position
            if record.collapsed_index is not None:
                layout.collapsed.insert(record.collapsed_index, unit.id)
            if record.pinned_index is not None:
                layout.pinned.insert(record.pinned_index, unit.id)
            if record.position or record.collapsed_index is not None or record.pinned_index is not None:
                self._changed(self.LAYOUT_CHANGED, unit.id)

    def add_link(self, link: Link, index: int | None = None) -> None:
        check_link(link, self._known_unit())
        if link in self._links:
            raise ChartError(f"there is already a {link.kind} link from '{link.source}' to '{link.target}'")
        self._links.insert(len(self._links) if index is None else index, link)
        self._changed(self.LINK_ADDED, link.source, link.target)

    def remove_link(self, link: Link) -> int:
        """Remove *link*; returns the index it had (for undo)."""
        try:
            index = self._links.index(link)
        except ValueError:
            raise ChartError(f"no {link.kind} link from '{link.source}' to '{link.target}'") from None
        del self._links[index]
        self._changed(self.LINK_REMOVED, link.source, link.target)
        return index

    def add_group(self, group: Group, index: int | None = None) -> None:
        if group.id in self:
            raise ChartError(f"id '{group.id}' is already used")
        check_group(group, self._known_unit())
        items = list(self._groups.items())
        items.insert(len(items) if index is None else index, (group.id, group))
        self._groups = dict(items)
        self._changed(self.GROUP_ADDED, group.id)

    def update_group(self, group: Group) -> Group:
        """Replace the group with *group*'s id; returns the old value."""
        try:
            old = self._groups[group.id]
        except KeyError:
            raise ChartError(f"no group with id '{group.id}'") from None
        if old == group:
            return old
        check_group(group, self._known_unit())
        self._groups[group.id] = group
        self._changed(self.GROUP_CHANGED, group.id)
        return old

    def remove_group(self, group_id: str) -> tuple[int, Group]:
        """Remove a group; returns its index and value (for undo)."""
        if group_id not in self._groups:
            raise ChartError(f"no group with id '{group_id}'")
        index = list(self._groups).index(group_id)
        group = self._groups.pop(group_id)
        self._changed(self.GROUP_REMOVED, group_id)
        return index, group

    def set_position(self, unit_id: str, position: tuple[float, float] | None) -> None:
        """Save (or, with None, forget) the centre of a unit's card."""
        self.unit(unit_id)
        positions = self._layout.positions
        new = None if position is None else (float(position[0]), float(position[1]))
        if positions.get(unit_id) == new:
            return
        if new is None:
            del positions[unit_id]
        else:
            positions[unit_id] = new
        self._changed(self.LAYOUT_CHANGED, unit_id)

    def set_positions(self, positions: Mapping[str, tuple[float, float] | None]) -> None:
        """Set several card centres at once, with one notification."""
        with self.batch():
            for unit_id, position in positions.items():
                self.set_position(unit_id, position)

    def set_collapsed(self, unit_id: str, collapsed: bool) -> None:
        self._set_flag(self._layout.collapsed, unit_id, collapsed)

    def set_pinned(self, unit_id: str, pinned: bool) -> None:
        self._set_flag(self._layout.pinned, unit_id, pinned)

    def set_direction(self, direction: str) -> None:
        if direction not in ("TB", "LR"):
            raise ChartError(f"layout direction must be TB or LR, not '{direction}'")
        if direction != self._layout.direction:
            self._layout.direction = direction
            self._changed(self.LAYOUT_CHANGED)

    def set_layout(self, layout: Layout) -> None:
        """Replace the whole saved layout (ids must exist)."""
        for unit_id in [*layout.positions, *layout.collapsed, *layout.pinned]:
            self.unit(unit_id)
        if layout.direction not in ("TB", "LR"):
            raise ChartError(f"layout direction must be TB or LR, not '{layout.direction}'")
        if layout != self._layout:
            self._layout = layout.copy()
            self._changed(self.LAYOUT_CHANGED)

    # ---------------------------------------------------------------- helpers

    def _known_unit(self, extra: str | None = None) -> Callable[[str], bool]:
        units = self._units

        def known(unit_id: str) -> bool:
            return unit_id in units or unit_id == extra

        return known

    def _insert_unit(self, unit: Unit, index: int | None) -> None:
        if index is None or index >= len(self._units):
            self._units[unit.id] = unit
        else:
            items = list(self._units.items())
            items.insert(index, (unit.id, unit))
            self._units = dict(items)

    def _set_flag(self, flags: list[str], unit_id: str, on: bool) -> None:
        self.unit(unit_id)
        if on == (unit_id in flags):
            return
        if on:  # in chart order, so that undoing an unpin puts the unit back where it was
            order = list(self._units)
            rank = order.index(unit_id)
            at = next(
                (i for i, u in enumerate(flags) if u in self._units and order.index(u) > rank), len(flags)
            )
            flags.insert(at, unit_id)
        else:
            flags.remove(unit_id)
        self._changed(self.LAYOUT_CHANGED, unit_id)


def build_chart(
    *,
    title: str,
    units: Iterable[Unit],
    description: str | None = None,
    baseline: str | None = None,
    rulebooks: Iterable[str] = (),
    regions: Iterable[str] = (),
    funding: Iterable[str] = (),
    departures: Iterable[Departure] = (),
    conflicts: Iterable[Conflict] = (),
    links: Iterable[Link] = (),
    groups: Iterable[Group] = (),
    layout: Layout | None = None,
    path: Path | None = None,
) -> Chart:
    """Build a whole chart at once (forward references allowed), checking every invariant."""
    chart = Chart(
        title=title,
        description=description,
        baseline=baseline,
        rulebooks=tuple(rulebooks),
        regions=tuple(regions),
        path=path,
        funding=tuple(funding),
        departures=tuple(departures),
        conflicts=tuple(conflicts),
    )
    unit_list = list(units)
    for unit in unit_list:
        if unit.id in chart._units:
            raise ChartError(f"id '{unit.id}' is already used")
        chart._units[unit.id] = unit
    known = chart._known_unit()
    for unit in unit_list:
        check_unit(unit, known, chart.regions, chart.funding)
    seen_links: set[Link] = set()
    for link in links:  # in bulk: add_link's checks are linear in the links already there
        check_link(link, known)
        if link in seen_links:
            raise ChartError(f"there is already a {link.kind} link from '{link.source}' to '{link.target}'")
        seen_links.add(link)
        chart._links.append(link)
    for group in groups:
        if group.id in chart:
            raise ChartError(f"id '{group.id}' is already used")
        check_group(group, known)
        chart._groups[group.id] = group
    if layout is not None:
        chart.set_layout(layout)
    if not chart.title.strip():
        raise ChartError("the chart title must not be empty")
    check_meta(
        chart.title,
        chart.description,
        chart.baseline,
        chart.rulebooks,
        chart.regions,
        funding=chart.funding,
        departures=chart.departures,
    )
    check_conflicts(chart.conflicts)
    check_size(unit_list, len(chart._links), len(chart._groups))
    return chart
