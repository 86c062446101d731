"""The chart model: pure Python, no Qt.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> chart.chain("dppa")
['dppa', 'sg']
"""

from orgeditor.model.chart import (
    Chart,
    ChartChange,
    ChartError,
    ChartListener,
    RemovedUnit,
    build_chart,
)
from orgeditor.model.elements import Group, Head, Layout, Link, ReportingLine, Unit
from orgeditor.model.vocabulary import (
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    is_valid_id,
    rank_order,
)

__all__ = [
    "GENDERS",
    "KINDS",
    "LINK_KINDS",
    "PRESENCES",
    "RANKS",
    "SCOPES",
    "Chart",
    "ChartChange",
    "ChartError",
    "ChartListener",
    "Group",
    "Head",
    "Layout",
    "Link",
    "RemovedUnit",
    "ReportingLine",
    "Unit",
    "build_chart",
    "is_valid_id",
    "rank_order",
]
