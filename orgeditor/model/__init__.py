"""The chart model: pure Python, no Qt.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> chart.chain("dppa")
['dppa', 'sg']
"""

from orgeditor.model.breakdown import PostBreakdown
from orgeditor.model.changes import ChangeKind, ChartChange, ChartListener
from orgeditor.model.chart import Chart, RemovedUnit, build_chart
from orgeditor.model.conflicts import Conflict
from orgeditor.model.departures import Departure
from orgeditor.model.elements import Group, Head, Layout, Link, ReportingLine, Unit
from orgeditor.model.errors import ChartError
from orgeditor.model.hierarchy import Hierarchy
from orgeditor.model.posts import (
    post_counts,
    posts_by_grade,
    posts_by_source,
    subtree_posts,
    total_posts,
    unit_post_counts,
)
from orgeditor.model.vocabulary import (
    DEFAULT_FUNDING,
    GENDERS,
    GRADES,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    funding_label,
    grade_order,
    is_valid_id,
    rank_order,
)

__all__ = [
    "DEFAULT_FUNDING",
    "GENDERS",
    "GRADES",
    "KINDS",
    "LINK_KINDS",
    "PRESENCES",
    "RANKS",
    "SCOPES",
    "ChangeKind",
    "Chart",
    "ChartChange",
    "ChartError",
    "ChartListener",
    "Conflict",
    "Departure",
    "Group",
    "Head",
    "Hierarchy",
    "Layout",
    "Link",
    "PostBreakdown",
    "RemovedUnit",
    "ReportingLine",
    "Unit",
    "build_chart",
    "funding_label",
    "grade_order",
    "is_valid_id",
    "post_counts",
    "posts_by_grade",
    "posts_by_source",
    "rank_order",
    "subtree_posts",
    "total_posts",
    "unit_post_counts",
]
