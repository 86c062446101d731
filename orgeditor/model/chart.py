"""The chart: an ordered collection of units, links and groups that notifies on change.

Every mutation checks the chart's invariants first (ids unique across units and groups,
every id named anywhere exists, values from the closed vocabularies) and raises
:class:`ChartError` without touching anything when a change would break one. Listeners are
told only about real changes (typed :class:`~orgeditor.model.changes.ChartChange` events), once per
:meth:`Chart.batch` when changes are batched. :meth:`Chart.transaction` applies a block of
changes all or nothing: on a :class:`ChartError` (or any exception) it undoes what the block did
and listeners hear nothing. Who reports to whom is answered by the chart's
:class:`~orgeditor.model.hierarchy.Hierarchy`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING

from orgeditor.model import posts as rollups
from orgeditor.model.changes import ChangeKind, ChartChange, ChartListener
from orgeditor.model.conflicts import Conflict, check_conflicts
from orgeditor.model.departures import Departure
from orgeditor.model.elements import Group, Layout, Link, Unit
from orgeditor.model.errors import ChartError
from orgeditor.model.hierarchy import Hierarchy
from orgeditor.model.validation import check_group, check_link, check_meta, check_size, check_unit
from orgeditor.model.vocabulary import DEFAULT_FUNDING

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ChangeKind",
    "Chart",
    "ChartChange",
    "ChartError",
    "ChartListener",
    "RemovedUnit",
    "build_chart",
]

_Undo = Callable[[], None]
_UNIT_FIELDS = Unit.__slots__


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
    _undo_log: list[_Undo] | None = field(default=None, repr=False)
    _hierarchy: Hierarchy = field(init=False, repr=False)
    _posts: int | None = field(default=None, init=False, repr=False)  # total, kept across edits

    def __post_init__(self) -> None:
        self._hierarchy = Hierarchy(lambda: self._units)

    # ------------------------------------------------------------------ reading

    @property
    def units(self) -> Mapping[str, Unit]:
        """Units by id, in display order (read-only view)."""
        return self._units

    @property
    def links(self) -> Sequence[Link]:
        return tuple(self._links)

    @property
    def total_posts(self) -> int:
        """The posts of every unit (units without posts count 0), kept current across edits
        rather than summed over the units each time it is asked."""
        if self._posts is None:
            self._posts = sum(unit.posts or 0 for unit in self._units.values())
        return self._posts

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

    @property
    def hierarchy(self) -> Hierarchy:
        """Who reports to whom: manager, chain, subtree, depth and department for a scope."""
        return self._hierarchy

    def direct_reports(self, unit_id: str, scope: str | None = None) -> list[str]:
        """See :meth:`Hierarchy.direct_reports`."""
        return self._hierarchy.direct_reports(unit_id, scope)

    def manager(self, unit_id: str, scope: str = "all") -> str | None:
        """See :meth:`Hierarchy.manager`."""
        return self._hierarchy.manager(unit_id, scope)

    def chain(self, unit_id: str, scope: str = "all") -> list[str]:
        """See :meth:`Hierarchy.chain`."""
        return self._hierarchy.chain(unit_id, scope)

    def subtree(self, unit_id: str) -> list[str]:
        """See :meth:`Hierarchy.subtree`."""
        return self._hierarchy.subtree(unit_id)

    def units_below(self, unit_ids: Iterable[str]) -> set[str]:
        """See :meth:`Hierarchy.units_below`."""
        return self._hierarchy.units_below(unit_ids)

    def roots(self) -> list[str]:
        """Units with no reporting line at all."""
        return self._hierarchy.roots()

    def groups_of(self, unit_id: str) -> list[str]:
        """Ids of the groups *unit_id* is a member of."""
        return [g.id for g in self._groups.values() if unit_id in g.members]

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

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Apply the changes made inside the block all or nothing, notifying once at its end.

        When the block raises (a :class:`ChartError` from a mutation, or anything else), every
        change it made is undone, newest first, and listeners hear nothing of them; the exception
        goes on. Each mutation records its own inverse, so a transaction costs what its changes
        cost, never a copy of the chart. A transaction inside another joins it.

        >>> chart = Chart()
        >>> chart.add_unit(Unit("a", "A", "office"))
        >>> try:
        ...     with chart.transaction():
        ...         chart.add_unit(Unit("b", "B", "office"))
        ...         chart.add_unit(Unit("a", "again", "office"))
        ... except ChartError as exc:
        ...     print(exc)
        id 'a' is already used
        >>> list(chart.units)
        ['a']
        """
        if self._undo_log is not None:
            yield
            return
        log: list[_Undo] = []
        self._undo_log = log
        if self._batch_depth == 0:
            self._pending = []
        self._batch_depth += 1
        mark = len(self._pending or ())
        try:
            yield
        except BaseException:
            self._undo_log = None
            for undo in reversed(log):
                undo()
            self._hierarchy.invalidate()
            if self._pending is not None:
                del self._pending[mark:]
            raise
        finally:
            self._undo_log = None
            self._batch_depth -= 1
            if self._batch_depth == 0:
                pending, self._pending = self._pending or [], None
                if pending:
                    self._notify(pending)

    def _record(self, undo: _Undo) -> None:
        if self._undo_log is not None:
            self._undo_log.append(undo)

    def _changed(self, kind: ChangeKind, *ids: str, fields: frozenset[str] = frozenset()) -> None:
        change = ChartChange(kind, ids, fields)
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
        new: dict[str, object] = {}
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
            new["title"] = title
        if not isinstance(description, EllipsisType) and description != self.description:
            new["description"] = description
        if not isinstance(baseline, EllipsisType) and baseline != self.baseline:
            new["baseline"] = baseline
        if rulebooks is not None and rulebooks != self.rulebooks:
            new["rulebooks"] = rulebooks
        if regions is not None and regions != self.regions:
            for unit in self._units.values():
                for region in unit.regions:
                    if regions and region not in regions:
                        raise ChartError(f"unit '{unit.id}' uses region '{region}', which the new list lacks")
            new["regions"] = regions
        if funding is not None and funding != self.funding:
            allowed = funding or DEFAULT_FUNDING
            for unit in self._units.values():
                for source in unit.post_breakdown.sources() if unit.post_breakdown else ():
                    if source not in allowed:
                        raise ChartError(f"unit '{unit.id}' has posts from '{source}', not in the new list")
            new["funding"] = funding
        if departures is not None and departures != self.departures:
            new["departures"] = departures
        if conflicts is not None and conflicts != self.conflicts:
            new["conflicts"] = conflicts
        if not new:
            return
        old = {name: getattr(self, name) for name in new}
        self._record(lambda: self._assign(old))
        self._assign(new)
        self._changed(ChangeKind.META_CHANGED, fields=frozenset(new))

    def _assign(self, values: Mapping[str, object]) -> None:
        for name, value in values.items():
            setattr(self, name, value)

    def add_unit(self, unit: Unit, index: int | None = None) -> None:
        """Add *unit* at *index* in display order (default: last)."""
        if unit.id in self:
            raise ChartError(f"id '{unit.id}' is already used")
        check_unit(unit, self._known_unit(unit.id), self.regions, self.funding)
        self._insert_unit(unit, index)
        self._record(lambda: self._drop_unit(unit.id))
        self._changed(ChangeKind.UNIT_ADDED, unit.id)

    def update_unit(self, unit: Unit) -> Unit:
        """Replace the unit with *unit*'s id by *unit*; returns the old value.

        The change event names the fields that changed (``name``, ``reports_to``, …).
        """
        old = self.unit(unit.id)
        if old == unit:
            return old
        check_unit(unit, self._known_unit(), self.regions, self.funding)
        self._replace_unit(old, unit)
        self._record(lambda: self._replace_unit(unit, old))
        fields = frozenset(name for name in _UNIT_FIELDS if getattr(old, name) != getattr(unit, name))
        self._changed(ChangeKind.UNIT_CHANGED, unit.id, fields=fields)
        return old

    def _replace_unit(self, old: Unit, new: Unit) -> None:
        self._units[new.id] = new
        self._hierarchy.patch(old, new)
        self._count_posts(new.posts, old.posts)

    def move_unit(self, unit_id: str, index: int) -> int:
        """Move a unit to *index* in display order; returns its old index."""
        ids = list(self._units)
        old = ids.index(unit_id)
        if old == index:
            return old
        before = self._units
        ids.insert(index, ids.pop(old))
        self._units = {i: self._units[i] for i in ids}
        self._hierarchy.invalidate()
        self._record(lambda: self._set_units(before))
        self._changed(ChangeKind.UNITS_REORDERED, unit_id)
        return old

    def _set_units(self, units: dict[str, Unit]) -> None:
        self._units = units
        self._hierarchy.invalidate()
        self._posts = None

    def remove_unit(self, unit_id: str) -> RemovedUnit:
        """Remove a unit with its links, group memberships and layout entries.

        Units that report to it must be re-attached or removed first. The returned record
        puts everything back with :meth:`restore_unit`.
        """
        self.unit(unit_id)
        reports = [r for r in self.direct_reports(unit_id) if r != unit_id]
        if reports:
            raise ChartError(f"cannot remove '{unit_id}': {', '.join(repr(r) for r in reports)} report to it")
        record = self._take_out(unit_id)
        self._record(lambda: self._put_back(record))
        with self.batch():
            for _, link in reversed(record.links):
                self._changed(ChangeKind.LINK_REMOVED, link.source, link.target)
            for group_id, _ in record.memberships:
                self._changed(ChangeKind.GROUP_CHANGED, group_id)
            self._changed(ChangeKind.UNIT_REMOVED, unit_id)
        return record

    def restore_unit(self, record: RemovedUnit) -> None:
        """Undo :meth:`remove_unit`: the unit comes back where it was, with what it had."""
        unit = record.unit
        if unit.id in self:
            raise ChartError(f"id '{unit.id}' is already used")
        check_unit(unit, self._known_unit(unit.id), self.regions, self.funding)
        self._put_back(record)
        self._record(lambda: self._forget(unit.id))
        with self.batch():
            self._changed(ChangeKind.UNIT_ADDED, unit.id)
            for _, link in record.links:
                self._changed(ChangeKind.LINK_ADDED, link.source, link.target)
            for group_id, _ in record.memberships:
                self._changed(ChangeKind.GROUP_CHANGED, group_id)
            if record.position or record.collapsed_index is not None or record.pinned_index is not None:
                self._changed(ChangeKind.LAYOUT_CHANGED, unit.id)

    def _take_out(self, unit_id: str) -> RemovedUnit:
        """Remove a unit and what names it, without a word to listeners."""
        unit = self._units[unit_id]
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
        for i, _ in reversed(links):
            del self._links[i]
        for group_id, _ in memberships:
            group = self._groups[group_id]
            self._groups[group_id] = Group(
                group.id, group.name, tuple(m for m in group.members if m != unit_id)
            )
        layout.positions.pop(unit_id, None)
        if unit_id in layout.collapsed:
            layout.collapsed.remove(unit_id)
        if unit_id in layout.pinned:
            layout.pinned.remove(unit_id)
        self._drop_unit(unit_id)
        return record

    def _forget(self, unit_id: str) -> None:
        self._take_out(unit_id)

    def _put_back(self, record: RemovedUnit) -> None:
        """Put back what :meth:`_take_out` removed, without a word to listeners."""
        unit = record.unit
        self._insert_unit(unit, record.index)
        for i, link in record.links:
            self._links.insert(i, link)
        for group_id, position in record.memberships:
            group = self._groups[group_id]
            members = list(group.members)
            members.insert(position, unit.id)
            self._groups[group_id] = Group(group.id, group.name, tuple(members))
        layout = self._layout
        if record.position is not None:
            layout.positions[unit.id] = record.position
        if record.collapsed_index is not None:
            layout.collapsed.insert(record.collapsed_index, unit.id)
        if record.pinned_index is not None:
            layout.pinned.insert(record.pinned_index, unit.id)

    def add_link(self, link: Link, index: int | None = None) -> None:
        check_link(link, self._known_unit())
        if link in self._links:
            raise ChartError(f"there is already a {link.kind} link from '{link.source}' to '{link.target}'")
        self._links.insert(len(self._links) if index is None else index, link)
        self._record(lambda: self._links.remove(link))  # links are unique
        self._changed(ChangeKind.LINK_ADDED, link.source, link.target)

    def remove_link(self, link: Link) -> int:
        """Remove *link*; returns the index it had (for undo)."""
        try:
            index = self._links.index(link)
        except ValueError:
            raise ChartError(f"no {link.kind} link from '{link.source}' to '{link.target}'") from None
        del self._links[index]
        self._record(lambda: self._links.insert(index, link))
        self._changed(ChangeKind.LINK_REMOVED, link.source, link.target)
        return index

    def add_group(self, group: Group, index: int | None = None) -> None:
        if group.id in self:
            raise ChartError(f"id '{group.id}' is already used")
        check_group(group, self._known_unit())
        before = self._groups
        items = list(self._groups.items())
        items.insert(len(items) if index is None else index, (group.id, group))
        self._groups = dict(items)
        self._record(lambda: setattr(self, "_groups", before))
        self._changed(ChangeKind.GROUP_ADDED, group.id)

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
        self._record(lambda: self._groups.__setitem__(group.id, old))
        self._changed(ChangeKind.GROUP_CHANGED, group.id)
        return old

    def remove_group(self, group_id: str) -> tuple[int, Group]:
        """Remove a group; returns its index and value (for undo)."""
        if group_id not in self._groups:
            raise ChartError(f"no group with id '{group_id}'")
        before = dict(self._groups)
        index = list(self._groups).index(group_id)
        group = self._groups.pop(group_id)
        self._record(lambda: setattr(self, "_groups", before))
        self._changed(ChangeKind.GROUP_REMOVED, group_id)
        return index, group

    def set_position(self, unit_id: str, position: tuple[float, float] | None) -> None:
        """Save (or, with None, forget) the centre of a unit's card."""
        self.unit(unit_id)
        positions = self._layout.positions
        new = None if position is None else (float(position[0]), float(position[1]))
        old = positions.get(unit_id)
        if old == new:
            return
        self._put_position(unit_id, new)
        self._record(lambda: self._put_position(unit_id, old))
        self._changed(ChangeKind.LAYOUT_CHANGED, unit_id)

    def _put_position(self, unit_id: str, position: tuple[float, float] | None) -> None:
        if position is None:
            self._layout.positions.pop(unit_id, None)
        else:
            self._layout.positions[unit_id] = position

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
        """Lay the chart out top to bottom (``TB``) or left to right (``LR``)."""
        if direction not in ("TB", "LR"):
            raise ChartError(f"layout direction must be TB or LR, not '{direction}'")
        if direction != self._layout.direction:
            self._set_layout(self._layout.copy())
            self._layout.direction = direction
            self._changed(ChangeKind.LAYOUT_CHANGED)

    def set_layout(self, layout: Layout) -> None:
        """Replace the whole saved layout (ids must exist)."""
        for unit_id in [*layout.positions, *layout.collapsed, *layout.pinned]:
            self.unit(unit_id)
        if layout.direction not in ("TB", "LR"):
            raise ChartError(f"layout direction must be TB or LR, not '{layout.direction}'")
        if layout != self._layout:
            self._set_layout(layout.copy())
            self._changed(ChangeKind.LAYOUT_CHANGED)

    def _set_layout(self, layout: Layout) -> None:
        before = self._layout
        self._layout = layout
        self._record(lambda: setattr(self, "_layout", before))

    # ---------------------------------------------------------------- helpers

    def _known_unit(self, extra: str | None = None) -> Callable[[str], bool]:
        units = self._units

        def known(unit_id: str) -> bool:
            return unit_id in units or unit_id == extra

        return known

    def _count_posts(self, added: int | None, removed: int | None = None) -> None:
        if self._posts is not None:
            self._posts += (added or 0) - (removed or 0)

    def _insert_unit(self, unit: Unit, index: int | None) -> None:
        self._count_posts(unit.posts)
        if index is None or index >= len(self._units):
            self._units[unit.id] = unit
            self._hierarchy.added_last(unit)
        else:
            items = list(self._units.items())
            items.insert(index, (unit.id, unit))
            self._units = dict(items)
            self._hierarchy.invalidate()

    def _drop_unit(self, unit_id: str) -> None:
        unit = self._units.pop(unit_id)
        self._hierarchy.removed(unit)
        self._count_posts(None, unit.posts)

    def _set_flag(self, flags: list[str], unit_id: str, on: bool) -> None:
        self.unit(unit_id)
        if on == (unit_id in flags):
            return
        before = list(flags)
        if on:  # in chart order, so that undoing an unpin puts the unit back where it was
            order = list(self._units)
            rank = order.index(unit_id)
            at = next(
                (i for i, u in enumerate(flags) if u in self._units and order.index(u) > rank), len(flags)
            )
            flags.insert(at, unit_id)
        else:
            flags.remove(unit_id)
        self._record(lambda: flags.__setitem__(slice(None), before))
        self._changed(ChangeKind.LAYOUT_CHANGED, unit_id)


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
