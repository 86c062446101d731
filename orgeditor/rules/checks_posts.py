"""Checks on posts against the baseline: standard cost by funding source, senior posts.

``baseline-cost`` (SPEC §6.4, ``pillar.cost-neutral``): for every funding source, the standard
annual cost of the posts (count times the rulebook's cost of the grade) equals the baseline's
within a tolerance. Posts given as a plain number count at the rulebook's ``unspecified``
cost and under no source. ``senior-posts`` (``pillar.senior-posts``): the USG, ASG and D-2
posts (by the posts by grade) are not more than the baseline's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from orgeditor.model import Chart, Unit
from orgeditor.rules.checks import BASELINE, META, UNITS, Check, Compiler, Raw, _fields, check
from orgeditor.rules.checks_structure import _baseline_problem, usable_baseline
from orgeditor.rules.index import join_words
from orgeditor.rules.selectors import Context
from orgeditor.rules.source import Source

__all__ = ["SENIOR_GRADES", "unit_costs", "unit_posts"]

#: Grades whose growth ``senior-posts`` watches.
SENIOR_GRADES: tuple[str, ...] = ("USG", "ASG", "D-2")
#: The source of posts given as a plain number (or a breakdown by grade alone).
_NO_SOURCE = "unspecified source"


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


def _chart_costs(
    chart: Chart, costs: Mapping[str, float], unspecified: float
) -> dict[str, dict[str | None, float]]:
    return {uid: unit_costs(unit, costs, unspecified) for uid, unit in chart.units.items()}


def _money(amount: float) -> str:
    """US$ in millions, signed: ``+$1.2M``."""
    sign = "+" if amount > 0 else "-" if amount < 0 else "±"
    return f"{sign}${abs(amount) / 1e6:,.2f}M"


def _source_name(source: str | None) -> str:
    return _NO_SOURCE if source is None else source.replace("-", " ")


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
        posts_now = [unit_posts(u) for u in ctx.index.chart.units.values()]
        posts_was = [unit_posts(u) for u in base.chart.units.values()]
        parts: list[str] = []
        for source in sources:
            after = sum(c.get(source, 0.0) for c in now.values())
            was = sum(c.get(source, 0.0) for c in before.values())
            if abs(after - was) > self.tolerance:
                count = sum(p.get(source, 0) for p in posts_now)
                had = sum(p.get(source, 0) for p in posts_was)
                parts.append(
                    f"{_source_name(source)} {_money(after - was)} ({had:,} → {count:,} posts,"
                    f" {count - had:+,}; {_money(was)[1:]} → {_money(after)[1:]} a year)"
                )
        if not parts:
            return
        change = {
            uid: sum(now.get(uid, {}).values()) - sum(before.get(uid, {}).values())
            for uid in set(now) | set(before)
        }
        most = [uid for uid in sorted(change, key=lambda u: -abs(change[u])) if abs(change[uid]) > 0][:3]

        was_units = base.chart.units

        def label(uid: str) -> str:
            return ctx.index.label(uid) if uid in ctx.index.units else was_units[uid].label

        named = [f"{label(uid)} ({_money(change[uid])})" for uid in most]
        where = f"; most at {join_words(named)}" if named else ""
        yield Raw(
            f"The standard annual cost differs from the baseline {base.name} by funding source:"
            f" {join_words(parts)}{where}",
            tuple(uid for uid in most if uid in ctx.index.units),
        )


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
    """USG, ASG and D-2 posts of a chart, as its posts by grade give them (posts given as a
    plain number have no grade: heads' ranks are not counted, as a baseline often records
    none and would make every variant look grown)."""
    counts = dict.fromkeys(SENIOR_GRADES, 0)
    for unit in chart.units.values():
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
        if grown:
            yield Raw(f"Senior posts grow against the baseline {base.name}: {join_words(grown)}", ())


@check("senior-posts")
def _senior_posts(src: Source, comp: Compiler) -> Check:
    if src.is_mapping():
        src.mapping(())
    return _SeniorPosts()
