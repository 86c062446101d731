"""The three-way merge of chart variants (SPEC §6.5, §6.6).

Units are matched by id (and through renames: :mod:`orgeditor.merge.sides`), and every field of
a unit merges on its own; links, groups, layout, the chart's own fields and the order of units
merge too. A change made on one side only is taken; the same change on both sides is one
change; different changes to one field, or a deletion on one side against a change on the
other, are conflicts: OURS' value stays in place and a :class:`~orgeditor.model.Conflict`
records the base's and THEIRS' values. Whatever the sides did, the result loads: a merge
that would break an invariant is repaired and recorded (:mod:`orgeditor.merge.repair`).

>>> from orgeditor.model import Chart, ReportingLine, Unit
>>> base = Chart(title="Pillar")
>>> base.add_unit(Unit("sg", "Secretary-General", "office"))
>>> ours, theirs = base.copy(), base.copy()
>>> ours.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> theirs.add_unit(Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)))
>>> merged = merge_charts(base, ours, theirs)
>>> list(merged.chart.units), merged.conflicts
(['sg', 'dppa', 'dpo'], ())
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from orgeditor.merge.repair import Draft, build, repair
from orgeditor.merge.sides import side_of
from orgeditor.merge.threeway import merge_order, merge_set, merge_value
from orgeditor.merge.values import field_value, group_value, links_value, unit_value
from orgeditor.model import Chart, ChartError, Conflict, Group, Head, Layout, Link, PostBreakdown, Unit

__all__ = ["MergeResult", "merge_charts"]

_SCALARS = ("name", "short", "kind", "presence", "note")
_SETS = ("regions", "functions", "formerly")


@dataclass(frozen=True)
class MergeResult:
    """The merged chart and the conflicts this merge added to it (``chart.conflicts`` also keeps
    those OURS or THEIRS already held)."""

    chart: Chart
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        """True when the result holds no conflict at all."""
        return not self.chart.conflicts


def merge_charts(base: Chart, ours: Chart, theirs: Chart) -> MergeResult:
    """Merge *ours* and *theirs*, two variants of *base*; the result has *ours*' path."""
    b, o, t = side_of(base, base), side_of(base, ours), side_of(base, theirs)
    draft = Draft(b, o, t)
    _merge_units(draft)
    _merge_links(draft)
    _merge_groups(draft)
    _merge_meta(draft)
    _merge_layout(draft)
    repair(draft)
    try:
        chart = build(draft)
    except ChartError:  # a safety net: the repairs should leave nothing the model refuses
        return _fallback(draft, ours)
    added = tuple(c for c in chart.conflicts if c not in ours.conflicts and c not in theirs.conflicts)
    return MergeResult(chart, added)


# ------------------------------------------------------------------ units


def _merge_units(draft: Draft) -> None:
    b, o, t = draft.base, draft.ours, draft.theirs
    for key in dict.fromkeys([*o.units, *t.units, *b.units]):
        old, mine, other = b.units.get(key), o.units.get(key), t.units.get(key)
        if mine is not None and other is not None:
            draft.units[key], draft.ids[key] = _merge_unit(draft, key, old, mine, other)
        elif mine is not None:
            if old is None or mine != old or o.real(key) != key:
                draft.units[key], draft.ids[key] = mine, o.real(key)
                if old is not None:  # changed here, deleted there
                    draft.conflict("units", key, None, unit_value(b.chart.units[key]), None)
            else:  # deleted there only: kept aside in case something still needs it
                draft.deleted[key] = (mine, o.real(key))
        elif other is not None:
            if old is None:
                draft.units[key], draft.ids[key] = other, t.real(key)
                continue
            draft.deleted[key] = (other, t.real(key))
            if other != old or t.real(key) != key:  # deleted here, changed there
                draft.conflict(
                    "units", key, None, unit_value(b.chart.units[key]), unit_value(t.chart.units[t.real(key)])
                )
        elif old is not None:
            draft.deleted[key] = (old, key)


def _merge_unit(draft: Draft, key: str, old: Unit | None, mine: Unit, other: Unit) -> tuple[Unit, str]:
    """One unit both sides have: each field merged on its own."""
    b, o, t = draft.base, draft.ours, draft.theirs
    theirs_unit = t.chart.units[t.real(key)]
    base_unit = b.chart.units.get(key)

    def clash(name: str) -> None:
        draft.conflict("units", key, name, field_value(base_unit, name), field_value(theirs_unit, name))

    changes: dict[str, Any] = {}
    real_id, conflict = merge_value(key if old is not None else None, o.real(key), t.real(key))
    if conflict:
        clash("id")
    for name in _SCALARS:
        value, conflict = merge_value(getattr(old, name, None), getattr(mine, name), getattr(other, name))
        changes[name] = value
        if conflict:
            clash(name)
    for name in _SETS:
        changes[name] = tuple(merge_set(getattr(old, name, ()), getattr(mine, name), getattr(other, name)))
    head, conflict = _merge_head(old.head if old else None, mine.head, other.head)
    changes["head"] = head
    if conflict:
        clash("head")
    lines, conflict = merge_value(old.reports_to if old else (), mine.reports_to, other.reports_to)
    changes["reports_to"] = lines
    if conflict:
        clash("reports_to")
    posts, breakdown, conflict = _merge_posts(old, mine, other)
    changes["posts"], changes["post_breakdown"] = posts, breakdown
    if conflict:
        clash("posts")
    if changes["presence"] is not None and changes["kind"] != "mission":  # kind from one side,
        changes["kind"], changes["presence"] = mine.kind, mine.presence  # presence from the other
        if not any(p.key == key and p.field in ("kind", "presence") for p in draft.pending):
            clash("kind")
    return replace(mine, **changes), str(real_id)


def _merge_head(old: Head | None, mine: Head | None, other: Head | None) -> tuple[Head | None, bool]:
    """The head merged part by part (title, rank, gender, name)."""
    if other in (mine, old):
        return mine, False
    if mine == old:
        return other, False
    empty = Head()
    parts = []
    for name in ("title", "rank", "gender", "name"):
        value, conflict = merge_value(
            getattr(old or empty, name), getattr(mine or empty, name), getattr(other or empty, name)
        )
        if conflict:
            return mine, True
        parts.append(value)
    head = Head(*parts)
    return (None if head.is_empty() else head), False


def _merge_posts(old: Unit | None, mine: Unit, other: Unit) -> tuple[int | None, PostBreakdown | None, bool]:
    """Posts merged as one value, or count by count where all three break them down."""
    values = [(u.posts, u.post_breakdown) if u is not None else (None, None) for u in (old, mine, other)]
    (posts, breakdown), conflict = merge_value(*values)
    if not conflict:
        return posts, breakdown, False
    breakdowns = [v[1] for v in values]
    if all(isinstance(x, PostBreakdown) for x in breakdowns):
        counts = [{(s, g): n for s, g, n in x.counts} for x in breakdowns if x is not None]
        merged: dict[tuple[str | None, str], int] = {}
        for cell in dict.fromkeys([*counts[1], *counts[2], *counts[0]]):
            value, clash = merge_value(counts[0].get(cell), counts[1].get(cell), counts[2].get(cell))
            if clash:
                break
            if value is not None:
                merged[cell] = value
        else:
            try:
                result = PostBreakdown(tuple((s, g, n) for (s, g), n in merged.items()))
            except ChartError:
                pass
            else:
                return result.total(), result, False
    return mine.posts, mine.post_breakdown, True


# ------------------------------------------------------------ links, groups


def _merge_links(draft: Draft) -> None:
    b, o, t = draft.base, draft.ours, draft.theirs
    draft.links = merge_set(b.links, o.links, t.links)


def _merge_groups(draft: Draft) -> None:
    b, o, t = draft.base, draft.ours, draft.theirs
    for gid in dict.fromkeys([*o.groups, *t.groups, *b.groups]):
        old, mine, other = b.groups.get(gid), o.groups.get(gid), t.groups.get(gid)
        if mine is not None and other is not None:
            name, conflict = merge_value(old.name if old else None, mine.name, other.name)
            members = merge_set(old.members if old else (), mine.members, other.members)
            draft.groups[gid] = Group(gid, name or mine.name, tuple(members))
            if conflict:
                draft.conflict(
                    "groups",
                    gid,
                    None,
                    group_value(b.chart.groups.get(gid)),
                    group_value(t.chart.groups[gid]),
                )
        elif mine is not None and (old is None or mine != old):
            draft.groups[gid] = mine
            if old is not None:  # changed here, deleted there
                draft.conflict("groups", gid, None, group_value(b.chart.groups[gid]), None)
        elif other is not None:
            if old is None:
                draft.groups[gid] = other
            elif other != old:
                draft.conflict(
                    "groups", gid, None, group_value(b.chart.groups[gid]), group_value(t.chart.groups[gid])
                )
    draft.group_order = merge_order(list(b.groups), list(o.groups), list(t.groups), set(draft.groups))


# ---------------------------------------------------------- meta and layout


def _merge_meta(draft: Draft) -> None:
    b, o, t = draft.base.chart, draft.ours.chart, draft.theirs.chart
    meta: dict[str, Any] = {}
    for name in ("title", "description", "baseline"):
        value, conflict = merge_value(getattr(b, name), getattr(o, name), getattr(t, name))
        meta[name] = value
        if conflict:
            draft.conflict("chart", "", name, getattr(b, name), getattr(t, name))
    for name in ("rulebooks", "regions", "funding"):
        meta[name] = tuple(merge_set(getattr(b, name), getattr(o, name), getattr(t, name)))
    meta["departures"] = tuple(
        merge_set(draft.base.departures, draft.ours.departures, draft.theirs.departures)
    )
    draft.meta = meta
    draft.old_conflicts = merge_set(b.conflicts, o.conflicts, t.conflicts)


def _merge_layout(draft: Draft) -> None:
    """Layout never conflicts: where both sides moved a card, OURS' place is kept."""
    b, o, t = draft.base.layout, draft.ours.layout, draft.theirs.layout
    direction, _ = merge_value(b.direction, o.direction, t.direction)
    positions: dict[str, tuple[float, float]] = {}
    for key in dict.fromkeys([*o.positions, *t.positions]):
        value, _ = merge_value(b.positions.get(key), o.positions.get(key), t.positions.get(key))
        if value is not None:
            positions[key] = value
    draft.layout = Layout(
        direction,
        positions,
        merge_set(b.collapsed, o.collapsed, t.collapsed),
        merge_set(b.pinned, o.pinned, t.pinned),
    )


# ----------------------------------------------------------------- fallback


def _fallback(draft: Draft, ours: Chart) -> MergeResult:
    """OURS as it is, with a conflict for every element THEIRS changed (never reached, normally)."""
    b, t = draft.base, draft.theirs
    recorded: list[Conflict] = []

    def note(at: str, base: Any, theirs: Any) -> None:
        if base != theirs:
            recorded.append(Conflict(at, base, theirs))

    for key in dict.fromkeys([*b.units, *t.units]):
        base_unit, their_unit = b.units.get(key), t.units.get(key)
        if base_unit != their_unit or t.real(key) != key:
            note(
                f"units.{key}",
                unit_value(b.chart.units.get(key)),
                unit_value(t.chart.units.get(t.real(key))),
            )
    pairs: dict[tuple[str, str], tuple[list[Link], list[Link]]] = {}
    for side, links in ((0, b.links), (1, t.links)):
        for link in links:
            pairs.setdefault((link.source, link.target), ([], []))[side].append(link)
    for (source, target), (before, after) in pairs.items():
        note(f"links.{source}>{target}", links_value(before), links_value(after))
    for gid in dict.fromkeys([*b.groups, *t.groups]):
        note(f"groups.{gid}", group_value(b.chart.groups.get(gid)), group_value(t.chart.groups.get(gid)))
    chart = ours.copy()
    known = {c.at for c in recorded}
    chart.set_meta(conflicts=[*(c for c in ours.conflicts if c.at not in known), *recorded])
    return MergeResult(chart, tuple(recorded))
