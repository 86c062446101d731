"""Checks on posts against the baseline: standard cost by funding source, senior posts.

``baseline-cost`` (SPEC §6.4, ``pillar.cost-neutral``): for every funding source, the standard
annual cost of the posts (count times the rulebook's cost of the grade) equals the baseline's
within a tolerance. Posts given as a plain number count at the rulebook's ``unspecified``
cost and under no source. ``senior-posts`` (``pillar.senior-posts``): the USG, ASG and D-2
posts (by the posts by grade) are not more than the baseline's.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from orgeditor.model import GRADES, Chart, Unit, funding_label
from orgeditor.rules.checks import BASELINE, META, UNITS, Check, Compiler, Raw, _fields, check
from orgeditor.rules.checks_structure import _baseline_problem, usable_baseline
from orgeditor.rules.index import join_words
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import Source

__all__ = ["SENIOR_GRADES", "StandardCosts", "standard_costs", "unit_costs", "unit_posts"]

#: Grades whose growth ``senior-posts`` watches.
SENIOR_GRADES: tuple[str, ...] = ("USG", "ASG", "D-2")


@dataclass(frozen=True)
class StandardCosts:
    """Standard annual cost per grade, and of a post given as a plain number (no grade)."""

    costs: Mapping[str, float]
    unspecified: float


def standard_costs(rules: Iterable[object]) -> StandardCosts | None:
    """The standard costs of the last of *rules* whose check prices posts (``baseline-cost``,
    as ``pillar.cost-neutral`` uses it), or None when none does. Give the rules in effect
    (:func:`~orgeditor.rules.engine.rules_of`): a chart's own rulebook may replace the rule."""
    found: StandardCosts | None = None
    for rule in rules:
        check_ = getattr(rule, "check", None)
        if isinstance(check_, _BaselineCost):
            found = StandardCosts(dict(check_.costs), check_.unspecified)
    return found


def unit_costs(unit: Unit, costs: Mapping[str, float], unspecified: float) -> dict[str | None, float]:
    """A unit's standard annual cost by funding source (None: no source given)."""
    result: dict[str | None, float] = {}
    breakdown = unit.post_breakdown
    if breakdown is None:
        if unit.posts:
            result[None] = unit.posts * unspecified
        return result
    for source, grade, count in breakdown.counts:
        result[source] = result.get(source, 0.0) + count * costs.get(grade, unspecified)
    return result


def unit_posts(unit: Unit) -> dict[str | None, int]:
    """A unit's posts by funding source (None: no source given)."""
    breakdown = unit.post_breakdown
    if breakdown is None:
        return {None: unit.posts} if unit.posts else {}
    result: dict[str | None, int] = {}
    for source, _, count in breakdown.counts:
        result[source] = result.get(source, 0) + count
    return result


def _grades(chart: Chart, source: str | None) -> dict[str, int]:
    """Posts of *source* by grade ("" for posts given as a plain number)."""
    counts: dict[str, int] = {}
    for unit in chart.units.values():
        breakdown = unit.post_breakdown
        if breakdown is None:
            if source is None and unit.posts:
                counts[""] = counts.get("", 0) + unit.posts
            continue
        for src, grade, count in breakdown.counts:
            if src == source:
                counts[grade] = counts.get(grade, 0) + count
    return counts


def _grade_changes(chart: Chart, baseline: Chart, source: str | None) -> str:
    """ ", by grade ASG +1, P-4 -1": how the posts of *source* moved between grades (highest
    first; posts given as a plain number as "ungraded")."""
    now, was = _grades(chart, source), _grades(baseline, source)
    order = {grade: i for i, grade in enumerate(GRADES)}
    moved = sorted(
        (g for g in set(now) | set(was) if now.get(g, 0) != was.get(g, 0)), key=lambda g: order.get(g, -1)
    )
    if not moved or set(moved) == {""}:
        return ""
    return ", by grade " + ", ".join(f"{g or 'ungraded'} {now.get(g, 0) - was.get(g, 0):+,}" for g in moved)


def _chart_costs(
    chart: Chart, costs: Mapping[str, float], unspecified: float
) -> dict[str, dict[str | None, float]]:
    return {uid: unit_costs(unit, costs, unspecified) for uid, unit in chart.units.items()}


def _money(amount: float) -> str:
    """US$ in millions, signed: ``+$1.2M``."""
    sign = "+" if amount > 0 else "-" if amount < 0 else "±"
    return f"{sign}${abs(amount) / 1e6:,.2f}M"


def _source_name(source: str | None) -> str:
    return funding_label(source)


@dataclass(frozen=True)
class _BaselineCost(Check):
    costs: tuple[tuple[str, float], ...]
    unspecified: float
    tolerance: float
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = usable_baseline(ctx)
        if base is None or base.chart is None:
            yield from _baseline_problem(ctx)
            return
        costs = dict(self.costs)
        now = _chart_costs(ctx.index.chart, costs, self.unspecified)
        before = _chart_costs(base.chart, costs, self.unspecified)
        sources = list(dict.fromkeys([s for c in (*now.values(), *before.values()) for s in c]))
        order = list(ctx.index.chart.funding_sources)  # the chart's order, others after
        sources.sort(key=lambda s: (s is None, order.index(s) if s in order else len(order), s or ""))
        posts_now = [unit_posts(u) for u in ctx.index.chart.units.values()]
        posts_was = [unit_posts(u) for u in base.chart.units.values()]
        parts: list[str] = []
        differing: set[str | None] = set()
        for source in sources:
            after = sum(c.get(source, 0.0) for c in now.values())
            was = sum(c.get(source, 0.0) for c in before.values())
            if abs(after - was) > self.tolerance:
                differing.add(source)
                count = sum(p.get(source, 0) for p in posts_now)
                had = sum(p.get(source, 0) for p in posts_was)
                grades = _grade_changes(ctx.index.chart, base.chart, source)
                parts.append(
                    f"{_source_name(source)} {_money(after - was)} ({had:,} → {count:,} posts,"
                    f" {count - had:+,}{grades}; {_money(was)[1:]} → {_money(after)[1:]} a year)"
                )
        if not parts:
            return
        changed = [source for source in sources if source in differing]
        groups = _group_changes(_lineages(ctx.index.chart, base.chart), now, before, changed)
        yield Raw(
            f"The standard annual cost differs from the baseline {base.name} by funding source:"
            f" {join_words(parts)}{_where(ctx, base.chart, groups, len(changed) > 1)}",
            tuple(uid for group in groups for uid in group.now),
        )


def _lineages(chart: Chart, baseline: Chart) -> list[tuple[list[str], list[str]]]:
    """The units of *chart* and *baseline* in groups of one lineage: a unit with the units it
    continues (``formerly``) or the baseline's unit of its id, joined transitively (a merge, a
    split, a regrouping). Each group as (ids now, ids in the baseline). A unit of one chart
    only, continuing nothing, is a group of its own (the common case: kept cheap)."""
    was = baseline.units
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(node: tuple[int, str]) -> tuple[int, str]:
        root = parent.setdefault(node, node)
        while root != parent[root]:
            root = parent[root]
        while node != root:
            node, parent[node] = parent[node], root
        return root

    alone: list[tuple[list[str], list[str]]] = []
    for uid, unit in chart.units.items():
        links = [f for f in unit.formerly if f in was]
        if uid in was:
            links.append(uid)
        if not links:
            alone.append(([uid], []))
            continue
        for former in links:
            parent[find((0, uid))] = find((1, former))
    for uid in was:
        if (1, uid) not in parent:
            alone.append(([], [uid]))
    groups: dict[tuple[int, str], tuple[list[str], list[str]]] = {}
    for node in list(parent):
        side, uid = node
        groups.setdefault(find(node), ([], []))[side].append(uid)
    return [*groups.values(), *alone]


@dataclass(frozen=True)
class _GroupChange:
    """A lineage group's cost change in each differing funding source."""

    now: list[str]
    was: list[str]
    by_source: dict[str | None, float]

    @property
    def size(self) -> float:
        return sum(abs(v) for v in self.by_source.values())


#: Cost changes smaller than this (US$) are rounding, not a change of posts.
_NOISE = 0.5


def _group_changes(
    groups: list[tuple[list[str], list[str]]],
    now: Mapping[str, Mapping[str | None, float]],
    before: Mapping[str, Mapping[str | None, float]],
    sources: list[str | None],
) -> list[_GroupChange]:
    """The three lineage groups whose cost moved most in *sources* (each source on its own, so
    posts moved from one source to another in one unit count as a change there)."""
    wanted = set(sources)
    empty: Mapping[str | None, float] = {}
    found = []
    for current, former in groups:
        delta: dict[str | None, float] = {}
        for uid in current:
            for source, cost in now.get(uid, empty).items():
                if source in wanted:
                    delta[source] = delta.get(source, 0.0) + cost
        for uid in former:
            for source, cost in before.get(uid, empty).items():
                if source in wanted:
                    delta[source] = delta.get(source, 0.0) - cost
        by_source = {s: delta[s] for s in sources if abs(delta.get(s, 0.0)) > _NOISE}
        if by_source:
            found.append(_GroupChange(current, former, by_source))
    return heapq.nlargest(3, found, key=lambda change: change.size)


def _few(names: list[str]) -> str:
    """Up to two names, then how many more: "A, B and 3 more"."""
    if len(names) <= 2:
        return join_words(names)
    return f"{', '.join(names[:2])} and {len(names) - 2} more"


def _where(ctx: Context, baseline: Chart, groups: list[_GroupChange], by_source: bool) -> str:
    """ "; most at A (+$1.2M) and B (from C and D) (-$0.3M)": where the cost of the differing
    sources moved, by lineage (a merged unit against the units it continues); with several
    sources differing, each amount says its source."""
    named = []
    for group in groups:
        was = [baseline.units[uid].label for uid in group.was]
        if group.now:
            label = _few([ctx.index.label(uid) for uid in group.now])
            if group.was and set(group.was) != set(group.now):
                label += f" (from {_few(was)})"
        else:
            label = f"{_few(was)} (gone)"
        if by_source:
            amounts = ", ".join(f"{_source_name(s)} {_money(v)}" for s, v in group.by_source.items())
        else:
            amounts = _money(sum(group.by_source.values()))
        named.append(f"{label} ({amounts})")
    return f"; most at {join_words(named)}" if named else ""


def _costs(src: Source, comp: Compiler) -> tuple[tuple[str, float], ...]:
    table = comp.param(src)
    if not table.is_mapping():
        raise table.error("costs: a mapping of grade to standard annual cost")
    return tuple((grade, comp.number(value)) for grade, value in table.mapping().items())


@check("baseline-cost")
def _baseline_cost(src: Source, comp: Compiler) -> Check:
    f = _fields(src, ("costs", "unspecified", "tolerance"), ("costs", "unspecified"))
    tolerance = comp.number(f["tolerance"]) if "tolerance" in f else 0.0
    return _BaselineCost(_costs(f["costs"], comp), comp.number(f["unspecified"]), tolerance)


def _senior(chart: Chart) -> dict[str, int]:
    """USG, ASG and D-2 posts of a chart (:func:`_senior_of` its units)."""
    return _senior_of(chart.units.values())


def _senior_of(units: Iterable[Unit]) -> dict[str, int]:
    """USG, ASG and D-2 posts of *units*, as their posts by grade give them. Posts given as a
    plain number have no grade and heads' ranks are not counted: a baseline often records no
    ranks, or fewer units, and every variant would look grown (a chart's own heads are judged
    by ``three-regional-asgs`` and the other structure rules)."""
    counts = dict.fromkeys(SENIOR_GRADES, 0)
    for unit in units:
        if unit.post_breakdown is not None:
            for grade, count in unit.post_breakdown.by_grade().items():
                if grade in counts:
                    counts[grade] += count
    return counts


@dataclass(frozen=True)
class _SeniorPosts(Check):
    depends = frozenset({UNITS, META, BASELINE})

    def run(self, ctx: Context) -> Iterator[Raw]:
        base = usable_baseline(ctx)
        if base is None or base.chart is None:  # (an unusable one: pillar.cost-neutral says why)
            return
        now, before = _senior(ctx.index.chart), _senior(base.chart)
        grown = [
            f"{grade} {before[grade]} → {now[grade]} (+{now[grade] - before[grade]})"
            for grade in SENIOR_GRADES
            if now[grade] > before[grade]
        ]
        if not grown:
            return
        grades = [grade for grade in SENIOR_GRADES if now[grade] > before[grade]]
        chart, was_units = ctx.index.chart, base.chart.units
        where = []
        for current, former in _lineages(chart, base.chart):
            had = _senior_of(was_units[uid] for uid in former)
            has = _senior_of(chart.units[uid] for uid in current)
            more = [f"{g} {has[g] - had[g]:+}" for g in grades if has[g] > had[g]]
            if more and current:
                label = _few([ctx.index.label(uid) for uid in current])
                where.append((current, f"{label} ({', '.join(more)})"))
        text = f"; at {join_words([w for _, w in where[:3]])}" if where else ""
        yield Raw(
            f"Senior posts grow against the baseline {base.name}: {join_words(grown)}{text}",
            tuple(uid for current, _ in where[:3] for uid in current),
        )


@check("senior-posts")
def _senior_posts(src: Source, comp: Compiler) -> Check:
    if src.is_mapping():
        src.mapping(())
    return _SeniorPosts()
