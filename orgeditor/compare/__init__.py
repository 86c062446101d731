"""Comparing several chart variants under one rule set (``orgeditor compare``, SPEC §6.5).

Pure Python, no Qt: the diagrams of the HTML briefing are drawn by the caller and passed in.

>>> from orgeditor.model import Chart, Unit
>>> a = Chart(title="A")
>>> a.add_unit(Unit("sg", "Secretary-General", "office", posts=3))
>>> b = a.copy()
>>> b.add_unit(Unit("x", "Lost office", "office", posts=2))
>>> c = compare_charts([("a.yaml", a), ("b.yaml", b)])
>>> [v.totals.posts for v in c.variants], c.changes[0].units_added
([3, 5], 1)
>>> c.general.status
{'a.yaml': 'pass', 'b.yaml': 'fail'}
"""

from orgeditor.compare.engine import Comparison, Variant, compare_charts, union_rulebooks
from orgeditor.compare.html import to_html
from orgeditor.compare.provisions import GENERAL, STATUSES, Provision, paragraph_key, paragraphs
from orgeditor.compare.report import to_json, to_markdown, to_text
from orgeditor.compare.story import PairChanges, change_marks
from orgeditor.compare.totals import CostTable, VariantTotals

__all__ = [
    "GENERAL",
    "STATUSES",
    "Comparison",
    "CostTable",
    "PairChanges",
    "Provision",
    "Variant",
    "VariantTotals",
    "change_marks",
    "compare_charts",
    "paragraph_key",
    "paragraphs",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
    "union_rulebooks",
]
