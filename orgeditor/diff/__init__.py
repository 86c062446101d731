"""Semantic comparison of two chart variants (pure Python, no Qt).

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> a = Chart(title="A")
>>> a.add_unit(Unit("sg", "Secretary-General", "office"))
>>> b = a.copy()
>>> b.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> d = diff_charts(a, b, check=False)
>>> d.units_added, d.status_of("dppa"), d.status_of("sg")
(('dppa',), 'added', 'same')
"""

from orgeditor.diff.categories import Categories, FunctionMove, LineChange, categories_of
from orgeditor.diff.engine import (
    UNIT_FIELDS,
    ChartDiff,
    FieldChange,
    FindingRef,
    GroupChange,
    LineRef,
    LinkRef,
    Move,
    Rename,
    UnitChange,
    UnitStatus,
    diff_charts,
    total_posts,
)
from orgeditor.diff.judging import judge, union_rulebooks
from orgeditor.diff.lineage import Lineage, find_lineage
from orgeditor.diff.markdown import to_markdown
from orgeditor.diff.report import to_json, to_text

__all__ = [
    "UNIT_FIELDS",
    "Categories",
    "ChartDiff",
    "FieldChange",
    "FindingRef",
    "FunctionMove",
    "GroupChange",
    "LineChange",
    "LineRef",
    "Lineage",
    "LinkRef",
    "Move",
    "Rename",
    "UnitChange",
    "UnitStatus",
    "categories_of",
    "diff_charts",
    "find_lineage",
    "judge",
    "to_json",
    "to_markdown",
    "to_text",
    "total_posts",
    "union_rulebooks",
]
