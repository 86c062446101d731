"""The merge in progress, its repairs, and the chart built from it.

Merging field by field can combine changes that each side made soundly into a chart that
would not load, or that neither side drew: a reporting line to a unit the other side deleted,
a group member or link naming it, a cycle of reporting lines, a region the other side took
off the chart's list. Each is repaired towards OURS and recorded as a conflict:

- a unit OURS still needs (its reporting lines name it) that THEIRS deleted is kept;
- a reporting line THEIRS drew to a unit OURS deleted: the unit keeps OURS' lines where OURS
  has it, else (a unit THEIRS added) the deleted unit is kept;
- a link or group member naming a unit that is gone is dropped;
- a cycle of reporting lines OURS did not have: a unit on it keeps OURS' lines;
- a region or funding source in use is put back on the chart's list;
- when each side deleted the units the other kept, OURS' units are kept (a chart holds one);
- a unit the model would still refuse is OURS' unit whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from orgeditor.merge.sides import Side
from orgeditor.merge.threeway import merge_order
from orgeditor.merge.values import field_value, group_value, links_value, unit_value
from orgeditor.model import (
    DEFAULT_FUNDING,
    Chart,
    ChartError,
    Conflict,
    Group,
    Layout,
    Link,
    ReportingLine,
    Unit,
    build_chart,
)
from orgeditor.model.validation import check_unit

__all__ = ["Draft", "Pending", "build", "repair"]

#: Rounds of repair before giving up (each round fixes at least one thing; real merges need few).
MAX_ROUNDS = 10_000


@dataclass(frozen=True)
class Pending:
    """A conflict before the final ids are known: *key* is a unit key, group id or ``A>B``."""

    section: str
    key: str
    field: str | None
    base: Any
    theirs: Any


@dataclass
class Draft:
    """The merged chart in the making, in the base's terms (units by key)."""

    base: Side
    ours: Side
    theirs: Side
    units: dict[str, Unit] = field(default_factory=dict)
    #: key -> the id the unit gets in the result
    ids: dict[str, str] = field(default_factory=dict)
    #: units one side deleted (the other side's version and id), kept should something need them
    deleted: dict[str, tuple[Unit, str]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)
    group_order: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    layout: Layout = field(default_factory=Layout)
    old_conflicts: list[Conflict] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)

    def conflict(self, section: str, key: str, name: str | None, base: Any, theirs: Any) -> None:
        """Record a conflict (replacing one recorded before on the same element)."""
        self.pending = [p for p in self.pending if (p.section, p.key, p.field) != (section, key, name)]
        self.pending.append(Pending(section, key, name, base, theirs))

    def has_conflict(self, section: str, key: str) -> bool:
        return any(p.section == section and p.key == key for p in self.pending)

    def base_unit(self, key: str) -> Unit | None:
        return self.base.chart.units.get(key)

    def their_unit(self, key: str) -> Unit | None:
        """THEIRS' unit of *key* as THEIRS has it (its own ids)."""
        theirs = self.theirs
        return theirs.chart.units.get(theirs.real(key)) if key in theirs.units else None


# ------------------------------------------------------------------ repairs


def repair(draft: Draft) -> None:
    """Repair *draft* until it would load (see the module's description)."""
    if not draft.units and draft.ours.units:  # each side deleted what the other kept
        for key in [k for k in draft.deleted if k in draft.ours.units]:
            _restore(draft, key)
    for _ in range(MAX_ROUNDS):
        if not (_dangling_line(draft) or _new_cycle(draft)):
            break
    _dangling_members(draft)
    _dangling_links(draft)
    _vocabularies(draft)
    _refused_units(draft)
    _clashing_ids(draft)
    layout = draft.layout
    units = draft.units
    layout.positions = {k: v for k, v in layout.positions.items() if k in units}
    layout.collapsed = [k for k in layout.collapsed if k in units]
    layout.pinned = [k for k in layout.pinned if k in units]


def _restore(draft: Draft, key: str) -> bool:
    """Bring back a unit one side deleted, recording the conflict over it."""
    kept = draft.deleted.pop(key, None)
    if kept is None:
        return False
    unit, real_id = kept
    draft.units[key], draft.ids[key] = unit, real_id
    if not draft.has_conflict("units", key):
        draft.conflict(
            "units", key, None, unit_value(draft.base_unit(key)), unit_value(draft.their_unit(key))
        )
    return True


def _keep_our_lines(draft: Draft, key: str) -> bool:
    """Give a unit OURS' reporting lines again, recording the conflict over them."""
    ours = draft.ours.units.get(key)
    unit = draft.units[key]
    if ours is None or unit.reports_to == ours.reports_to:
        return False
    draft.units[key] = unit.with_changes(reports_to=ours.reports_to)
    draft.conflict(
        "units",
        key,
        "reports_to",
        field_value(draft.base_unit(key), "reports_to"),
        field_value(draft.their_unit(key), "reports_to"),
    )
    return True


def _dangling_line(draft: Draft) -> bool:
    """Repair the first reporting line to a unit that is not in the draft; False if none."""
    for key, unit in list(draft.units.items()):
        for line in unit.reports_to:
            target = line.to
            if target in draft.units:
                continue
            if target in draft.ours.units and _restore(draft, target):
                return True
            if _keep_our_lines(draft, key) or _restore(draft, target):
                return True
            lines = tuple(ln for ln in unit.reports_to if ln.to in draft.units)  # nothing else left
            draft.units[key] = unit.with_changes(reports_to=lines)
            return True
    return False


def _graph(units: Mapping[str, Unit], scope: str) -> dict[str, list[str]]:
    return {
        key: [ln.to for ln in unit.reports_to if ln.applies_to(scope) and ln.to in units]
        for key, unit in units.items()
    }


def _cycles(graph: Mapping[str, list[str]]) -> Iterator[list[str]]:
    """The strongly connected parts of *graph* that hold a cycle (Tarjan's, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = 0
    for start in graph:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = graph[node]
            if edge < len(targets):
                work.append((node, edge + 1))
                target = targets[edge]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1 or node in graph[node]:
                    yield part


def _drawn_by(side: Side, draft: Draft, part: list[str]) -> bool:
    """True when *side* has every unit of *part* with the lines the draft gives it."""
    units = side.units
    return all(k in units and units[k].reports_to == draft.units[k].reports_to for k in part)


def _new_cycle(draft: Draft) -> bool:
    """Break the first cycle of reporting lines the merge made (OURS' lines on one unit)."""
    order = {key: i for i, key in enumerate(draft.ours.order)}
    for scope in ("all", "mission", "non-mission"):
        for part in _cycles(_graph(draft.units, scope)):
            if any(_drawn_by(side, draft, part) for side in (draft.ours, draft.theirs)):
                continue  # a cycle one side drew itself: the rules report it, as they did there
            changed = [
                k
                for k in part
                if k in draft.ours.units and draft.units[k].reports_to != draft.ours.units[k].reports_to
            ]
            for key in sorted(changed, key=lambda k: order.get(k, len(order))):
                if _keep_our_lines(draft, key):
                    return True
    return False


def _dangling_members(draft: Draft) -> None:
    for gid, group in list(draft.groups.items()):
        members = tuple(m for m in group.members if m in draft.units)
        if members != group.members:
            draft.groups[gid] = Group(gid, group.name, members)
            theirs = draft.theirs.chart.groups.get(gid)
            draft.conflict(
                "groups", gid, None, group_value(draft.base.chart.groups.get(gid)), group_value(theirs)
            )


def _dangling_links(draft: Draft) -> None:
    kept: list[Link] = []
    for link in draft.links:
        if link.source in draft.units and link.target in draft.units:
            kept.append(link)
            continue
        pair = (link.source, link.target)
        draft.conflict(
            "links",
            f"{link.source}>{link.target}",
            None,
            links_value([k for k in draft.base.links if (k.source, k.target) == pair]),
            links_value([k for k in draft.theirs.links if (k.source, k.target) == pair]),
        )
    draft.links = kept


def _vocabularies(draft: Draft) -> None:
    """Put back on the chart's lists the regions and funding sources units still use."""
    meta = draft.meta
    charts = (draft.base.chart, draft.theirs.chart)
    if meta["regions"]:
        used = [r for u in draft.units.values() for r in u.regions if r not in meta["regions"]]
        if used:
            meta["regions"] = (*meta["regions"], *dict.fromkeys(used))
            draft.conflict("chart", "", "regions", *(list(c.regions) or None for c in charts))
    if meta["funding"]:
        sources = [
            s
            for u in draft.units.values()
            if u.post_breakdown is not None
            for s in u.post_breakdown.sources()
            if s not in meta["funding"]
        ]
        if sources:
            meta["funding"] = (*meta["funding"], *dict.fromkeys(sources))
            draft.conflict("chart", "", "funding", *(list(c.funding) or None for c in charts))


def _refused_units(draft: Draft) -> None:
    """A unit the model refuses (a combination of fields no side had) is OURS' unit whole."""
    units = draft.units
    regions, funding = draft.meta["regions"], draft.meta["funding"] or DEFAULT_FUNDING
    for key, unit in list(units.items()):
        try:
            check_unit(unit, units.__contains__, regions, funding)
        except ChartError:
            ours = draft.ours.units.get(key)
            if ours is None or not all(ln.to in units for ln in ours.reports_to):
                continue  # left to the safety net
            units[key] = ours
            draft.conflict(
                "units", key, None, unit_value(draft.base_unit(key)), unit_value(draft.their_unit(key))
            )


def _clashing_ids(draft: Draft) -> None:
    """Two units (or a unit and a group) that would get one id: THEIRS' new id gives way."""
    taken: dict[str, str] = {gid: "" for gid in draft.groups}
    for key in sorted(draft.units, key=lambda k: draft.ids[k] != draft.ours.real(k)):
        final = draft.ids[key]
        if final in taken:
            fallback = draft.ours.real(key) if key in draft.ours.units else key
            if fallback != final:
                draft.ids[key] = fallback
                draft.conflict("units", key, "id", key if draft.base_unit(key) else None, final)
                final = fallback
        taken[final] = key


# ------------------------------------------------------------------- build


def _at(draft: Draft, pending: Pending) -> str:
    def real(key: str) -> str:
        return draft.ids.get(key, key)

    if pending.section == "chart":
        return f"chart.{pending.field}"
    if pending.section == "links":
        source, _, target = pending.key.partition(">")
        return f"links.{real(source)}>{real(target)}"
    if pending.section == "groups":
        return f"groups.{pending.key}"
    tail = f".{pending.field}" if pending.field else ""
    return f"units.{real(pending.key)}{tail}"


def build(draft: Draft) -> Chart:
    """The merged chart: units in the merged order under their final ids, conflicts recorded."""
    ids = draft.ids

    def real(key: str) -> str:
        return ids.get(key, key)

    order = merge_order(draft.base.order, draft.ours.order, draft.theirs.order, set(draft.units))
    units = [
        replace(
            draft.units[key],
            id=real(key),
            reports_to=tuple(ReportingLine(real(ln.to), ln.scope) for ln in draft.units[key].reports_to),
        )
        for key in order
    ]
    layout = draft.layout
    new = [Conflict(_at(draft, p), p.base, p.theirs) for p in draft.pending]
    new_at = {c.at for c in new}
    meta = dict(draft.meta)
    meta["departures"] = tuple(
        replace(d, units=tuple(real(u) for u in d.units)) for d in dict.fromkeys(meta["departures"])
    )
    return build_chart(
        units=units,
        links=[Link(real(k.source), real(k.target), k.kind) for k in draft.links],
        groups=[
            Group(gid, g.name, tuple(real(m) for m in g.members))
            for gid in draft.group_order
            for g in (draft.groups[gid],)
        ],
        layout=Layout(
            layout.direction,
            {real(k): v for k, v in layout.positions.items()},
            [real(k) for k in layout.collapsed],
            [real(k) for k in layout.pinned],
        ),
        conflicts=[*(c for c in draft.old_conflicts if c.at not in new_at), *new],
        path=draft.ours.chart.path,
        **meta,
    )
