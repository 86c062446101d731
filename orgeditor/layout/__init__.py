"""Automatic layout of charts (pure Python, no Qt).

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart()
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> result = compute_layout(chart, method="tidy")
>>> result.positions["sg"][1] < result.positions["dppa"][1]
True
"""

from orgeditor.layout.api import ROUTE_AROUND_LIMIT, LayoutResult, compute_layout
from orgeditor.layout.geometry import card_rect, orthogonal_route, simplify_polyline
from orgeditor.layout.structure import DEFAULT_CARD_SIZE
from orgeditor.layout.tidy import TidyOptions

__all__ = [
    "DEFAULT_CARD_SIZE",
    "ROUTE_AROUND_LIMIT",
    "LayoutResult",
    "TidyOptions",
    "card_rect",
    "compute_layout",
    "orthogonal_route",
    "simplify_polyline",
]
