"""The differences of a :class:`~orgeditor.diff.engine.ChartDiff` sorted the way a planner reads
them: restructuring (lineage, units added and removed that no lineage explains, reporting
lines moved), missions opened and closed, heads, posts (by grade, by funding source, standard
cost), functions, and the editorial changes (notes, chart title and description, ids,
layout) counted apart, never in the headline.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgeditor.diff.lineage import Lineage, explaining, ids_in_a
from orgeditor.model import GRADES, Chart, ReportingLine

if TYPE_CHECKING:
    from orgeditor.diff.engine import ChartDiff, UnitChange
    from orgeditor.diff.judging import CostTable

__all__ = ["RESHAPING_FIELDS", "Categories", "FunctionMove", "LineChange", "categories_of", "categorise"]

#: Unit fields whose change is restructuring (besides ``reports_to``).
RESHAPING_FIELDS = ("name", "short", "kind", "presence", "regions")
_HEAD_FIELDS = ("head.title", "head.rank", "head.gender", "head.name")

#: Posts or cost by key (grade, funding source; None: unspecified) as (A, B).
Pairs = Mapping[str | None, tuple[float, float]]


@dataclass(frozen=True, slots=True)
class LineChange:
    """A unit (B's id) whose reporting lines changed: *old* in A's ids, *new* in B's.

    *lineage* is the index (in ``ChartDiff.lineage``) of the lineage that explains the move.
    """

    id: str
    old: tuple[ReportingLine, ...]
    new: tuple[ReportingLine, ...]
    lineage: int | None = None

    @property
    def scopes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The scopes of the lines before and after, sorted."""
        return tuple(sorted({ln.scope for ln in self.old})), tuple(sorted({ln.scope for ln in self.new}))

    @property
    def flipped(self) -> bool:
        """True when the unit went from the mission line to the non-mission line or back."""
        old, new = self.scopes
        return any(s in old and s not in new and t in new and t not in old for s, t in _FLIPS)


_FLIPS = (("mission", "non-mission"), ("non-mission", "mission"))


@dataclass(frozen=True, slots=True)
class FunctionMove:
    """A function no longer carried by *losers* and now carried by *gainers* (B's ids)."""

    function: str
    losers: tuple[str, ...]
    gainers: tuple[str, ...]


@dataclass(frozen=True)
class Categories:
    """A diff by what a planner asks of it (ids are B's, except removed and closed: A's)."""

    lineage: tuple[Lineage, ...]
    units_added: tuple[str, ...]
    units_removed: tuple[str, ...]
    lines_moved: tuple[LineChange, ...]
    scopes_changed: tuple[LineChange, ...]
    lines_explained: int
    reshaped: tuple[UnitChange, ...]
    links: tuple[int, int]
    groups: int
    missions_opened: tuple[str, ...]
    missions_closed: tuple[str, ...]
    heads: tuple[UnitChange, ...]
    posts_total: tuple[int, int]
    posts_changed: tuple[UnitChange, ...]
    posts_by_grade: Pairs
    posts_by_source: Pairs
    cost_by_source: Pairs | None
    functions_gained: tuple[str, ...]
    functions_lost: tuple[str, ...]
    functions_moved: tuple[FunctionMove, ...]
    notes: tuple[str, ...]
    ids_changed: int
    chart_fields: tuple[str, ...]
    cards_moved: int
    layout_changed: tuple[str, ...]

    @property
    def restructured(self) -> bool:
        """True when anything in the structure differs (lineage, units, lines, links, groups)."""
        return bool(
            self.lineage
            or self.units_added
            or self.units_removed
            or self.lines_moved
            or self.scopes_changed
            or self.reshaped
            or any(self.links)
            or self.groups
        )

    @property
    def editorial(self) -> int:
        """How many editorial changes: notes, ids, chart fields, cards moved, layout settings."""
        return (
            len(self.notes)
            + self.ids_changed
            + len(self.chart_fields)
            + self.cards_moved
            + len(self.layout_changed)
        )


#: Categories already worked out, by the id of their diff (an entry goes with its diff).
_SORTED: dict[int, Categories] = {}


def categories_of(diff: ChartDiff) -> Categories:
    """The differences of *diff* sorted as a planner reads them, priced with the diff's own
    costs: worked out on first use and kept while the diff lives."""
    found = _SORTED.get(id(diff))
    if found is None:
        found = _SORTED[id(diff)] = categorise(diff, diff.costs)
        weakref.finalize(diff, _SORTED.pop, id(diff), None)
    return found


def categorise(diff: ChartDiff, costs: CostTable | None = None) -> Categories:
    """Sort *diff* into :class:`Categories` (*costs*: standard costs for ``cost_by_source``)."""
    a, b = diff.a, diff.b
    in_b = diff.counterpart
    explained_a = {uid for item in diff.lineage for uid in item.sources}
    explained_b = {uid for item in diff.lineage for uid in item.targets}
    added = [u for u in diff.units_added if u not in explained_b]
    removed = [u for u in diff.units_removed if u not in explained_a]
    moved, scopes, explained = _line_changes(diff)
    changes = diff.units_changed

    def having(names: tuple[str, ...]) -> tuple[UnitChange, ...]:
        return tuple(c for c in changes if any(c.field(n) for n in names))

    return Categories(
        lineage=diff.lineage,
        units_added=tuple(u for u in added if b.units[u].kind != "mission"),
        units_removed=tuple(u for u in removed if a.units[u].kind != "mission"),
        lines_moved=moved,
        scopes_changed=scopes,
        lines_explained=explained,
        reshaped=having(RESHAPING_FIELDS),
        links=(len(diff.links_added), len(diff.links_removed)),
        groups=len(diff.groups_added) + len(diff.groups_removed) + len(diff.groups_changed),
        missions_opened=tuple(u for u in added if b.units[u].kind == "mission"),
        missions_closed=tuple(u for u in removed if a.units[u].kind == "mission"),
        heads=having(_HEAD_FIELDS),
        posts_total=diff.totals_posts,
        posts_changed=tuple(
            c for c in having(("posts",)) if c.id not in explained_b and c.old_id not in explained_a
        ),
        posts_by_grade=_pairs(a.posts_by_grade(), b.posts_by_grade(), _grade_key),
        posts_by_source=_pairs(a.posts_by_source(), b.posts_by_source(), _source_key(a, b)),
        cost_by_source=_costs(a, b, costs),
        functions_gained=diff.functions_gained,
        functions_lost=diff.functions_lost,
        functions_moved=_function_moves(diff, in_b),
        notes=tuple(c.id for c in changes if c.field("note")),
        ids_changed=len(diff.units_renamed),
        chart_fields=tuple(c.field for c in diff.meta),
        cards_moved=len(diff.moved),
        layout_changed=tuple(c.field for c in diff.layout),
    )


def _line_changes(diff: ChartDiff) -> tuple[tuple[LineChange, ...], tuple[LineChange, ...], int]:
    """Units moved to another line that no lineage explains; units whose line scope changed
    (targets the same or explained, scopes not: explained moves only when they flip between
    mission and non-mission); and how many moves the lineage explains."""
    moved: list[LineChange] = []
    scopes: list[LineChange] = []
    explained = 0
    to_a = ids_in_a(diff.a, diff.counterpart)
    for change in diff.units_changed:
        field = change.field("reports_to")
        if field is None:
            continue
        index = explaining(diff.a, diff.b, diff.lineage, change.id, diff.counterpart, to_a=to_a)
        line = LineChange(change.id, tuple(field.old), tuple(field.new), index)
        same_targets = {diff.counterpart(ln.to) for ln in line.old} == {ln.to for ln in line.new}
        if index is not None:
            explained += 1
            if line.flipped:
                scopes.append(line)
        elif same_targets:
            scopes.append(line)
        else:
            moved.append(line)
    return tuple(moved), tuple(scopes), explained


def _grade_key(key: str | None) -> tuple[int, str]:
    return (GRADES.index(key), "") if key in GRADES else (len(GRADES), key or "")


def _source_key(a: Chart, b: Chart) -> Callable[[str | None], tuple[int, str]]:
    order = list(dict.fromkeys([*a.funding_sources, *b.funding_sources]))

    def key(source: str | None) -> tuple[int, str]:
        if source is None:
            return (len(order) + 1, "")
        return (order.index(source) if source in order else len(order), source)

    return key


def _pairs(
    before: Mapping[str | None, float],
    after: Mapping[str | None, float],
    key: Callable[[str | None], tuple[int, str]],
) -> Pairs:
    keys = sorted(set(before) | set(after), key=key)
    return {k: (before.get(k, 0), after.get(k, 0)) for k in keys}


def _costs(a: Chart, b: Chart, costs: CostTable | None) -> Pairs | None:
    if costs is None:
        return None
    from orgeditor.rules.checks_posts import unit_costs  # noqa: PLC0415 - rules load lazily

    table, unspecified = costs

    def total(chart: Chart) -> dict[str | None, float]:
        result: dict[str | None, float] = {}
        for unit in chart.units.values():
            for source, amount in unit_costs(unit, table, unspecified).items():
                result[source] = result.get(source, 0.0) + amount
        return result

    return _pairs(total(a), total(b), _source_key(a, b))


def _function_moves(diff: ChartDiff, in_b: object) -> tuple[FunctionMove, ...]:
    """Functions carried in both charts that left some units and reached others."""
    losers: dict[str, list[str]] = {}
    gainers: dict[str, list[str]] = {}
    for change in diff.units_changed:
        field = change.field("functions")
        if field is None:
            continue
        for function in set(field.old) - set(field.new):
            losers.setdefault(function, []).append(change.id)
        for function in set(field.new) - set(field.old):
            gainers.setdefault(function, []).append(change.id)
    common = set(losers) & set(gainers)
    return tuple(FunctionMove(f, tuple(losers[f]), tuple(gainers[f])) for f in sorted(common))
