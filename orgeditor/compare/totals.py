"""A variant's totals: units, posts by grade and by funding source, standard cost, senior posts.

Costs use the standard annual cost per grade of the rulebook's cost-neutral check
(``pillar.cost-neutral``, parameters ``standard-costs`` and ``unspecified-cost`` of
``peace-security-2017``; illustrative figures): posts given as a plain number count at the
``unspecified`` cost. Senior posts are the USG, ASG and D-2 posts of the posts by grade, as
``pillar.senior-posts`` counts them.

>>> from orgeditor.model import Chart, PostBreakdown, Unit
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "SG", "office", posts=2))
>>> chart.add_unit(Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"ASG": 1, "GS": 1})))
>>> t = variant_totals(chart, CostTable({"ASG": 390_000, "GS": 110_000}, 220_000))
>>> t.posts, t.posts_by_grade, t.cost, t.senior_posts
(4, {'ASG': 1, 'GS': 1, 'unspecified': 2}, 940000.0, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from orgeditor.model import Chart, posts_by_grade, posts_by_source, total_posts
from orgeditor.rules import BUILTIN_DIR, Rule, load_rulebook
from orgeditor.rules.checks_posts import SENIOR_GRADES, standard_costs, unit_costs

__all__ = ["UNSPECIFIED", "CostTable", "VariantTotals", "cost_table", "variant_totals"]

#: The key of posts whose grade or funding source is not given.
UNSPECIFIED = "unspecified"
#: The rulebook whose standard costs apply when the rules compared carry none.
_COST_RULEBOOK = "peace-security-2017"


@dataclass(frozen=True, slots=True)
class CostTable:
    """Standard annual cost per grade (US$), and the cost of a post of no stated grade."""

    costs: Mapping[str, float]
    unspecified: float


@dataclass(frozen=True, slots=True)
class VariantTotals:
    """What one variant adds up to."""

    units: int
    posts: int
    posts_by_grade: dict[str, int]
    posts_by_source: dict[str, int]
    cost: float
    cost_by_source: dict[str, float]
    senior_posts: int
    senior_by_grade: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """SPEC §6.5's ``totals`` object (with the cost by funding source besides)."""
        return {
            "units": self.units,
            "posts": self.posts,
            "posts_by_grade": dict(self.posts_by_grade),
            "posts_by_source": dict(self.posts_by_source),
            "cost": _number(self.cost),
            "cost_by_source": {k: _number(v) for k, v in self.cost_by_source.items()},
            "senior_posts": self.senior_posts,
        }


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def cost_table(rules: Iterable[Rule]) -> CostTable:
    """The standard costs of the rule in effect among *rules* that prices posts (the rulebooks'
    ``pillar.cost-neutral``), else those of the built-in ``peace-security-2017`` rulebook."""
    found = standard_costs(rules) or standard_costs(
        load_rulebook(BUILTIN_DIR / f"{_COST_RULEBOOK}.yaml").rules
    )
    if found is None:  # pragma: no cover - the built-in rulebook prices posts
        return CostTable({}, 0.0)
    return CostTable(dict(found.costs), found.unspecified)


def _keyed(counts: Mapping[str | None, int]) -> dict[str, int]:
    return {UNSPECIFIED if key is None else key: count for key, count in counts.items()}


def variant_totals(chart: Chart, table: CostTable) -> VariantTotals:
    """Totals of *chart*, priced with *table*."""
    by_grade = _keyed(posts_by_grade(chart))
    cost_by_source: dict[str, float] = {}
    for unit in chart.units.values():
        for source, cost in unit_costs(unit, table.costs, table.unspecified).items():
            key = UNSPECIFIED if source is None else source
            cost_by_source[key] = cost_by_source.get(key, 0.0) + cost
    order = list(_keyed(posts_by_source(chart)))
    cost_by_source = dict(sorted(cost_by_source.items(), key=lambda kv: _index(order, kv[0])))
    senior = {grade: by_grade.get(grade, 0) for grade in SENIOR_GRADES}
    return VariantTotals(
        units=len(chart.units),
        posts=total_posts(chart),
        posts_by_grade=by_grade,
        posts_by_source=_keyed(posts_by_source(chart)),
        cost=sum(cost_by_source.values()),
        cost_by_source=cost_by_source,
        senior_posts=sum(senior.values()),
        senior_by_grade=senior,
    )


def _index(order: list[str], key: str) -> int:
    return order.index(key) if key in order else len(order)
