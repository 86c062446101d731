"""The semantic comparison of two charts: what a planner would call the differences.

Units are matched by id. A unit whose id changed while its name, kind and reporting lines did
not is a *rename*: it is matched to its old self, and every reference to it (reporting lines,
links, group members, positions) is read through the rename, so that one rename is reported
once and not as a removed unit, an added unit and a dozen moved lines.

Beyond the differences by id, a :class:`ChartDiff` carries, as plain attributes:

- ``lineage``: the merges, splits and successions between the charts
  (:class:`~orgeditor.diff.lineage.Lineage`: ``kind``, ``sources`` in A's ids, ``targets`` in
  B's, ``declared``, ``moved``: the units whose new reporting line it explains, ``posts``),
  declared by ``formerly`` or detected (:mod:`orgeditor.diff.lineage` says how);
- ``categories``: the differences as a planner reads them
  (:class:`~orgeditor.diff.categories.Categories`: restructuring, missions opened and closed,
  heads, posts by grade and funding source with their standard cost, functions, and the
  editorial changes apart), computed on first use.

Findings are compared with both charts judged under the union of their rulebooks
(:mod:`orgeditor.diff.judging`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from orgeditor.diff.lineage import Lineage, find_lineage
from orgeditor.model import Chart, Head, ReportingLine, Unit

if TYPE_CHECKING:
    from orgeditor.diff.judging import CostTable

__all__ = [
    "UNIT_FIELDS",
    "ChartDiff",
    "FieldChange",
    "FindingRef",
    "GroupChange",
    "LineRef",
    "LinkRef",
    "Move",
    "Rename",
    "UnitChange",
    "UnitStatus",
    "diff_charts",
    "total_posts",
]

UnitStatus = Literal["added", "removed", "changed", "same"]

#: Unit fields compared, in report order. ``head.*`` are compared one by one.
UNIT_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "short",
    "kind",
    "head.title",
    "head.rank",
    "head.gender",
    "head.name",
    "reports_to",
    "regions",
    "presence",
    "functions",
    "posts",
    "note",
)

#: Positions closer than this (scene units) count as unmoved.
MOVE_TOLERANCE = 0.5


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a unit (or of the chart) with its value in A and in B."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class UnitChange:
    """A unit present in both charts whose fields differ. *id* is its id in B."""

    id: str
    old_id: str
    fields: tuple[FieldChange, ...]

    def field(self, name: str) -> FieldChange | None:
        """The change of field *name*, or None when it did not change."""
        return next((change for change in self.fields if change.field == name), None)


@dataclass(frozen=True, slots=True)
class Rename:
    """A unit whose id changed from *old_id* (in A) to *new_id* (in B)."""

    old_id: str
    new_id: str
    name: str


@dataclass(frozen=True, slots=True, order=True)
class LineRef:
    """A reporting line from unit *source* to unit *target*, in B's ids."""

    source: str
    target: str
    scope: str = "all"


@dataclass(frozen=True, slots=True, order=True)
class LinkRef:
    """A link, in B's ids."""

    source: str
    target: str
    kind: str


@dataclass(frozen=True, slots=True)
class GroupChange:
    """A group in both charts whose name or members differ."""

    id: str
    name: FieldChange | None
    members_added: tuple[str, ...]
    members_removed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Move:
    """A saved card position that differs; None when the unit had no saved position."""

    id: str
    old: tuple[float, float] | None
    new: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class FindingRef:
    """A rule finding as the diff sees it; *units* are in the ids of the chart it came from."""

    rule: str
    severity: str
    message: str
    cite: str
    units: tuple[str, ...]

    @classmethod
    def of(cls, finding: Any) -> FindingRef:
        """Read a finding object (attributes) or mapping (keys) of the ``check`` shape."""

        def get(name: str, default: Any = "") -> Any:
            if isinstance(finding, Mapping):
                return finding.get(name, default)
            return getattr(finding, name, default)

        return cls(
            rule=str(get("rule")),
            severity=str(get("severity")),
            message=str(get("message")),
            cite=str(get("cite") or ""),
            units=tuple(str(u) for u in get("units", ()) or ()),
        )


@dataclass(frozen=True)
class ChartDiff:
    """Everything that differs between chart *a* and chart *b*.

    Ids are B's ids except for units removed (A's ids) and ``Rename.old_id``. Query a unit's
    status with :meth:`status_of`; truthiness says whether anything differs at all.
    """

    a: Chart = field(compare=False, repr=False)
    b: Chart = field(compare=False, repr=False)
    units_added: tuple[str, ...] = ()
    units_removed: tuple[str, ...] = ()
    units_renamed: tuple[Rename, ...] = ()
    units_changed: tuple[UnitChange, ...] = ()
    reporting_added: tuple[LineRef, ...] = ()
    reporting_removed: tuple[LineRef, ...] = ()
    links_added: tuple[LinkRef, ...] = ()
    links_removed: tuple[LinkRef, ...] = ()
    groups_added: tuple[str, ...] = ()
    groups_removed: tuple[str, ...] = ()
    groups_changed: tuple[GroupChange, ...] = ()
    functions_gained: tuple[str, ...] = ()
    functions_lost: tuple[str, ...] = ()
    findings_new: tuple[FindingRef, ...] = ()
    findings_resolved: tuple[FindingRef, ...] = ()
    findings_checked: bool = False
    findings_counts: tuple[Mapping[str, int], Mapping[str, int]] = ({}, {})
    meta: tuple[FieldChange, ...] = ()
    moved: tuple[Move, ...] = ()
    layout: tuple[FieldChange, ...] = ()
    totals_units: tuple[int, int] = (0, 0)
    totals_posts: tuple[int, int] = (0, 0)
    lineage: tuple[Lineage, ...] = ()
    costs: CostTable | None = field(default=None, compare=False, repr=False)
    _renamed_to: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    _added_set: frozenset[str] = field(init=False, compare=False, repr=False)
    _removed_set: frozenset[str] = field(init=False, compare=False, repr=False)
    _changed_map: dict[str, UnitChange] = field(init=False, compare=False, repr=False)
    _renamed_from: dict[str, str] = field(init=False, compare=False, repr=False)
    _lines_by_unit: dict[str, tuple[tuple[LineRef, ...], tuple[LineRef, ...]]] = field(
        init=False, compare=False, repr=False
    )

    # --------------------------------------------------------------- queries

    def lineage_of(self, unit_id: str) -> Lineage | None:
        """The lineage a unit belongs to (A's id as a source, or B's id as a target), or None."""
        return next((x for x in self.lineage if unit_id in x.sources or unit_id in x.targets), None)

    def __bool__(self) -> bool:
        return not self.is_empty

    @property
    def is_empty(self) -> bool:
        """True when the charts do not differ in anything, saved positions included."""
        return not (self.structural or self.meta or self.moved or self.layout)

    @property
    def structural(self) -> bool:
        """True when units, lines, links, groups or findings differ (meta and layout aside)."""
        return bool(
            self.units_added
            or self.units_removed
            or self.units_changed
            or self.reporting_added
            or self.reporting_removed
            or self.links_added
            or self.links_removed
            or self.groups_added
            or self.groups_removed
            or self.groups_changed
            or self.findings_new
            or self.findings_resolved
        )

    def status_of(self, unit_id: str) -> UnitStatus:
        """``added``, ``removed``, ``changed`` or ``same`` for a unit id of A or of B.

        A renamed unit is ``changed`` under both its old and its new id.
        """
        if unit_id in self._added_set:
            return "added"
        if unit_id in self._removed_set:
            return "removed"
        if unit_id in self._changed_map or unit_id in self._renamed_to:
            return "changed"
        return "same"

    def change_of(self, unit_id: str) -> UnitChange | None:
        """The field changes of a unit (B's id, or A's id for a renamed unit)."""
        return self._changed_map.get(self._renamed_to.get(unit_id, unit_id))

    def counterpart(self, unit_id: str) -> str:
        """The B id of an A unit (the same id unless it was renamed)."""
        return self._renamed_to.get(unit_id, unit_id)

    def original_id(self, unit_id: str) -> str:
        """The A id of a B unit (the same id unless it was renamed)."""
        return self._renamed_from.get(unit_id, unit_id)

    def lines_of(self, unit_id: str) -> tuple[tuple[LineRef, ...], tuple[LineRef, ...]]:
        """Reporting lines of *unit_id* (B's id) added and removed, as ``(added, removed)``.

        Only the unit's own lines (it is the source) count.
        """
        unit_id = self.counterpart(unit_id)
        return self._lines_by_unit.get(unit_id, ((), ()))

    def findings_of(self, unit_id: str) -> tuple[tuple[FindingRef, ...], tuple[FindingRef, ...]]:
        """Findings naming *unit_id* that are new and resolved, as ``(new, resolved)``."""
        old_id = self.original_id(unit_id)
        return (
            tuple(f for f in self.findings_new if unit_id in f.units),
            tuple(f for f in self.findings_resolved if old_id in f.units),
        )

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_added_set", frozenset(self.units_added))
        set_(self, "_removed_set", frozenset(self.units_removed))
        set_(self, "_changed_map", {change.id: change for change in self.units_changed})
        set_(self, "_renamed_from", {new: old for old, new in self._renamed_to.items()})
        added: dict[str, list[LineRef]] = {}
        removed: dict[str, list[LineRef]] = {}
        for line in self.reporting_added:
            added.setdefault(line.source, []).append(line)
        for line in self.reporting_removed:
            removed.setdefault(line.source, []).append(line)
        set_(
            self,
            "_lines_by_unit",
            {
                uid: (tuple(added.get(uid, ())), tuple(removed.get(uid, ())))
                for uid in added.keys() | removed.keys()
            },
        )


# ------------------------------------------------------------------ the engine


def diff_charts(
    a: Chart,
    b: Chart,
    *,
    findings_a: Iterable[Any] | None = None,
    findings_b: Iterable[Any] | None = None,
    check: bool = True,
) -> ChartDiff:
    """Compare chart *a* (before) with chart *b* (after).

    Findings given are used as they are (objects or mappings with rule, severity, message,
    cite, units); when a side's findings are not given and *check* is true, the rules
    (``orgeditor.rules.check_chart``) are run on it. With *check* false and findings missing,
    the findings are not compared (``findings_checked`` is False). Rules run under the union
    of both charts' rulebooks (:func:`~orgeditor.diff.judging.union_rulebooks`), whose standard
    costs (when a rule has them) price the posts in :func:`~orgeditor.diff.categories.categories_of` the diff.
    """
    renames = _detect_renames(a, b)
    to_b = dict(renames)

    def in_b(unit_id: str) -> str:
        return to_b.get(unit_id, unit_id)

    a_ids = {in_b(unit_id) for unit_id in a.units}
    units_added = tuple(uid for uid in b.units if uid not in a_ids)
    units_removed = tuple(uid for uid in a.units if in_b(uid) not in b.units)

    units_changed: list[UnitChange] = []
    for old_id, old in a.units.items():
        new = b.units.get(in_b(old_id))
        if new is None or new == old:  # equal values name only ids present in both charts
            continue
        fields = _unit_field_changes(old, new, in_b)
        if fields:
            units_changed.append(UnitChange(new.id, old_id, fields))
    order = {uid: index for index, uid in enumerate(b.units)}
    units_changed.sort(key=lambda change: order[change.id])

    lines_a = {
        LineRef(in_b(u.id), in_b(line.to), line.scope) for u in a.units.values() for line in u.reports_to
    }
    lines_b = {LineRef(u.id, line.to, line.scope) for u in b.units.values() for line in u.reports_to}
    links_a = {LinkRef(in_b(k.source), in_b(k.target), k.kind) for k in a.links}
    links_b = {LinkRef(k.source, k.target, k.kind) for k in b.links}

    groups_changed: list[GroupChange] = []
    for gid, new_group in b.groups.items():
        old_group = a.groups.get(gid)
        if old_group is None:
            continue
        old_members = [in_b(m) for m in old_group.members]
        added = tuple(m for m in new_group.members if m not in old_members)
        removed = tuple(m for m in old_members if m not in new_group.members)
        name = (
            FieldChange("name", old_group.name, new_group.name) if old_group.name != new_group.name else None
        )
        if added or removed or name:
            groups_changed.append(GroupChange(gid, name, added, removed))

    functions_a = _functions(a)
    functions_b = _functions(b)

    rulebooks = _rulebooks(a, b) if check else None
    findings_new, findings_resolved, counts = _findings_delta(
        a, b, findings_a=findings_a, findings_b=findings_b, check=check, in_b=in_b, rulebooks=rulebooks
    )
    costs = None
    if rulebooks:
        from orgeditor.diff.judging import cost_table  # noqa: PLC0415

        costs = cost_table(rulebooks)

    return ChartDiff(
        a=a,
        b=b,
        units_added=units_added,
        units_removed=units_removed,
        units_renamed=tuple(Rename(old, new_id, b.units[new_id].name) for old, new_id in renames),
        units_changed=tuple(units_changed),
        reporting_added=tuple(sorted(lines_b - lines_a, key=_line_key(order))),
        reporting_removed=tuple(sorted(lines_a - lines_b, key=_line_key(_order_in_a(a, in_b)))),
        links_added=tuple(sorted(links_b - links_a)),
        links_removed=tuple(sorted(links_a - links_b)),
        groups_added=tuple(gid for gid in b.groups if gid not in a.groups),
        groups_removed=tuple(gid for gid in a.groups if gid not in b.groups),
        groups_changed=tuple(groups_changed),
        functions_gained=tuple(sorted(functions_b - functions_a)),
        functions_lost=tuple(sorted(functions_a - functions_b)),
        findings_new=findings_new,
        findings_resolved=findings_resolved,
        findings_checked=counts is not None,
        findings_counts=counts or ({}, {}),
        meta=_meta_changes(a, b),
        moved=_moves(a, b, in_b),
        layout=_layout_changes(a, b, in_b),
        totals_units=(len(a.units), len(b.units)),
        totals_posts=(total_posts(a), total_posts(b)),
        lineage=find_lineage(a, b, to_b),
        costs=costs,
        _renamed_to=to_b,
    )


def total_posts(chart: Chart) -> int:
    """The sum of the posts of every unit that gives a number."""
    return sum(unit.posts or 0 for unit in chart.units.values())


def unit_field(unit: Unit, name: str) -> Any:
    """The value of a unit field by its diff name (``head.rank``, ``reports_to`` …)."""
    if name.startswith("head."):
        head = unit.head or Head()
        return getattr(head, name[5:])
    if name == "reports_to":
        return unit.reports_to
    return getattr(unit, name)


def _unit_field_changes(old: Unit, new: Unit, in_b: Any) -> tuple[FieldChange, ...]:
    changes: list[FieldChange] = []
    for name in UNIT_FIELDS:
        before = unit_field(old, name)
        after = unit_field(new, name)
        if name == "reports_to":
            mapped = tuple(ReportingLine(in_b(line.to), line.scope) for line in before)
            if set(mapped) != set(after):
                changes.append(FieldChange(name, before, after))
            continue
        if name in ("regions", "functions"):
            if set(before) != set(after):
                changes.append(FieldChange(name, before, after))
            continue
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def _detect_renames(a: Chart, b: Chart) -> list[tuple[str, str]]:
    """Pairs (old id, new id): same name, kind and reporting lines, unique both ways.

    Repeated until nothing new is found, so a renamed unit under a renamed parent is found.
    """
    renames: dict[str, str] = {}
    while True:
        gone = [uid for uid in a.units if uid not in b.units and uid not in renames]
        fresh = {uid for uid in b.units if uid not in a.units} - set(renames.values())
        if not gone or not fresh:
            break

        def place(unit: Unit, mapping: Mapping[str, str]) -> tuple[Any, ...]:
            lines = frozenset((mapping.get(ln.to, ln.to), ln.scope) for ln in unit.reports_to)
            return (unit.name.strip().casefold(), unit.kind, lines)

        old_by_place: dict[tuple[Any, ...], list[str]] = {}
        for uid in gone:
            old_by_place.setdefault(place(a.units[uid], renames), []).append(uid)
        new_by_place: dict[tuple[Any, ...], list[str]] = {}
        for uid in b.units:
            if uid in fresh:
                new_by_place.setdefault(place(b.units[uid], {}), []).append(uid)
        found = {
            olds[0]: new_by_place[key][0]
            for key, olds in old_by_place.items()
            if len(olds) == 1 and len(new_by_place.get(key, ())) == 1
        }
        if not found:
            break
        renames.update(found)
    order = {uid: index for index, uid in enumerate(a.units)}
    return sorted(renames.items(), key=lambda pair: order[pair[0]])


def _functions(chart: Chart) -> set[str]:
    return {function for unit in chart.units.values() for function in unit.functions}


def _order_in_a(a: Chart, in_b: Any) -> dict[str, int]:
    return {in_b(uid): index for index, uid in enumerate(a.units)}


def _line_key(order: Mapping[str, int]) -> Any:
    def key(line: LineRef) -> tuple[int, str, str, str]:
        return (order.get(line.source, len(order)), line.source, line.target, line.scope)

    return key


def _meta_changes(a: Chart, b: Chart) -> tuple[FieldChange, ...]:
    changes = []
    for name in ("title", "description", "baseline", "rulebooks", "regions"):
        before, after = getattr(a, name), getattr(b, name)
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def _moves(a: Chart, b: Chart, in_b: Any) -> tuple[Move, ...]:
    old_positions = a.layout.positions
    new_positions = b.layout.positions
    moves = []
    for old_id in a.units:
        new_id = in_b(old_id)
        if new_id not in b.units:
            continue
        old = old_positions.get(old_id)
        new = new_positions.get(new_id)
        if old is None and new is None:
            continue
        if old is None or new is None or max(abs(old[0] - new[0]), abs(old[1] - new[1])) > MOVE_TOLERANCE:
            moves.append(Move(new_id, old, new))
    order = {uid: index for index, uid in enumerate(b.units)}
    return tuple(sorted(moves, key=lambda move: order[move.id]))


def _layout_changes(a: Chart, b: Chart, in_b: Any) -> tuple[FieldChange, ...]:
    la, lb = a.layout, b.layout
    changes = []
    if la.direction != lb.direction:
        changes.append(FieldChange("direction", la.direction, lb.direction))
    common = {in_b(uid) for uid in a.units} & set(b.units)
    for name in ("collapsed", "pinned"):
        before = {in_b(uid) for uid in getattr(la, name)} & common
        after = set(getattr(lb, name)) & common
        if before != after:
            changes.append(FieldChange(name, tuple(sorted(before)), tuple(sorted(after))))
    return tuple(changes)


# ------------------------------------------------------------------ findings


def _rulebooks(a: Chart, b: Chart) -> list[Any] | None:
    """The union of the charts' rulebooks, or None when one is not valid (the findings then
    fail as they would alone, from :func:`_run_rules`)."""
    from orgeditor.diff.judging import union_rulebooks  # noqa: PLC0415 - heavier than the diff

    try:
        return union_rulebooks(a, b)
    except (ValueError, OSError):
        return None


def _run_rules(chart: Chart, rulebooks: list[Any] | None) -> list[Any]:
    """Findings of the rule engine on *chart* under *rulebooks* (None: the chart's own)."""
    from orgeditor.rules import check_chart  # noqa: PLC0415

    return list(check_chart(chart, rulebooks))


def _findings_delta(
    a: Chart,
    b: Chart,
    *,
    findings_a: Iterable[Any] | None,
    findings_b: Iterable[Any] | None,
    check: bool,
    in_b: Any,
    rulebooks: list[Any] | None = None,
) -> tuple[
    tuple[FindingRef, ...],
    tuple[FindingRef, ...],
    tuple[dict[str, int], dict[str, int]] | None,
]:
    raw_a = list(findings_a) if findings_a is not None else (_run_rules(a, rulebooks) if check else None)
    raw_b = list(findings_b) if findings_b is not None else (_run_rules(b, rulebooks) if check else None)
    if raw_a is None or raw_b is None:
        return (), (), None
    refs_a = [FindingRef.of(f) for f in raw_a]
    refs_b = [FindingRef.of(f) for f in raw_b]

    def key(ref: FindingRef, mapping: Any) -> tuple[str, tuple[str, ...]]:
        return (ref.rule, tuple(sorted(mapping(u) for u in ref.units)))

    keys_a = {key(ref, in_b) for ref in refs_a}
    keys_b = {key(ref, str) for ref in refs_b}
    new = _unique(ref for ref in refs_b if key(ref, str) not in keys_a)
    resolved = _unique(ref for ref in refs_a if key(ref, in_b) not in keys_b)
    return new, resolved, (_counts(refs_a), _counts(refs_b))


def _counts(refs: Iterable[FindingRef]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for ref in refs:
        counts[ref.severity] = counts.get(ref.severity, 0) + 1
    return counts


def _unique(refs: Iterable[FindingRef]) -> tuple[FindingRef, ...]:
    seen: list[FindingRef] = []
    for ref in refs:
        if ref not in seen:
            seen.append(ref)
    return tuple(seen)
