"""Posts rolled up over units, subtrees and whole charts, by grade and by funding source.

Plain-number posts (no breakdown) count with grade and source None ("unspecified"), so that
totals by grade and by source always add up to the total.

>>> from orgeditor.model import Chart, PostBreakdown, ReportingLine, Unit
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "SG", "office", posts=4))
>>> chart.add_unit(Unit("d", "D", "department", reports_to=(ReportingLine("sg"),),
...     post_breakdown=PostBreakdown.from_sources({"regular-budget": {"D-2": 1, "GS": 2}})))
>>> posts_by_grade(chart), posts_by_source(chart, ["d"]), subtree_posts(chart, "sg")
({'D-2': 1, 'GS': 2, None: 4}, {'regular-budget': 3}, 7)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from orgeditor.model.elements import Unit
from orgeditor.model.vocabulary import DEFAULT_FUNDING, GRADES, grade_order

__all__ = [
    "post_counts",
    "posts_by_grade",
    "posts_by_source",
    "subtree_posts",
    "total_posts",
    "unit_post_counts",
]


class Chart(Protocol):
    """What the roll-ups read of a :class:`~orgeditor.model.Chart` (a protocol, so that the
    chart can import this module)."""

    @property
    def units(self) -> Mapping[str, Unit]: ...
    @property
    def funding(self) -> tuple[str, ...]: ...
    @property
    def total_posts(self) -> int: ...
    def unit(self, unit_id: str) -> Unit: ...
    def subtree(self, unit_id: str) -> list[str]: ...


#: (funding source, grade) -> posts; None stands for unspecified.
PostCounts = dict[tuple[str | None, str | None], int]


def unit_post_counts(unit: Unit) -> PostCounts:
    """The unit's posts keyed by (source, grade); plain-number posts under (None, None)."""
    if unit.post_breakdown is not None:
        return {(source, grade): count for source, grade, count in unit.post_breakdown.counts}
    return {} if unit.posts is None else {(None, None): unit.posts}


def _units(chart: Chart, unit_ids: Iterable[str] | None) -> Iterable[Unit]:
    if unit_ids is None:
        return chart.units.values()
    return [chart.unit(unit_id) for unit_id in dict.fromkeys(unit_ids)]


def post_counts(chart: Chart, unit_ids: Iterable[str] | None = None) -> PostCounts:
    """Posts of *unit_ids* (each counted once; default: every unit) keyed by (source, grade)."""
    result: PostCounts = {}
    for unit in _units(chart, unit_ids):
        for key, count in unit_post_counts(unit).items():
            result[key] = result.get(key, 0) + count
    return result


def total_posts(chart: Chart, unit_ids: Iterable[str] | None = None) -> int:
    """Posts of *unit_ids* (default: every unit); units without posts count 0."""
    if unit_ids is None:
        return chart.total_posts
    return sum(unit.posts or 0 for unit in _units(chart, unit_ids))


def posts_by_grade(chart: Chart, unit_ids: Iterable[str] | None = None) -> dict[str | None, int]:
    """Posts per grade, highest first, then None (posts given as a plain number)."""
    result: dict[str | None, int] = {}
    for (_, grade), count in post_counts(chart, unit_ids).items():
        result[grade] = result.get(grade, 0) + count

    def key(item: tuple[str | None, int]) -> int:
        return len(GRADES) if item[0] is None else grade_order(item[0])

    return dict(sorted(result.items(), key=key))


def posts_by_source(chart: Chart, unit_ids: Iterable[str] | None = None) -> dict[str | None, int]:
    """Posts per funding source, in the chart's funding order, then None (unspecified)."""
    result: dict[str | None, int] = {}
    for (source, _), count in post_counts(chart, unit_ids).items():
        result[source] = result.get(source, 0) + count
    order = {source: index for index, source in enumerate(chart.funding or DEFAULT_FUNDING)}

    def key(item: tuple[str | None, int]) -> tuple[int, str]:
        source = item[0]
        if source is None:
            return (len(order) + 1, "")
        return (order.get(source, len(order)), source)

    return dict(sorted(result.items(), key=key))


def subtree_posts(chart: Chart, unit_id: str) -> int:
    """Posts of *unit_id* and every unit in its subtree (see :meth:`Chart.subtree`)."""
    return total_posts(chart, chart.subtree(unit_id))
