"""Live rule checks: rulebooks declared as YAML data, evaluated by a small safe engine.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("x", "Lost office", "office"))
>>> [(f.rule, f.units) for f in check_chart(chart)]
[('chart.single-root', ('sg', 'x'))]
"""

from orgeditor.rules.engine import LiveChecker, check_chart, load_baseline, rulebooks_for, rules_of
from orgeditor.rules.findings import SEVERITIES, Finding, count_findings, sort_findings
from orgeditor.rules.rulebook import (
    BUILTIN_DIR,
    Rule,
    Rulebook,
    builtin_rulebooks,
    load_rulebook,
    loads_rulebook,
)
from orgeditor.rules.source import RulebookError

__all__ = [
    "BUILTIN_DIR",
    "SEVERITIES",
    "Finding",
    "LiveChecker",
    "Rule",
    "Rulebook",
    "RulebookError",
    "builtin_rulebooks",
    "check_chart",
    "count_findings",
    "load_baseline",
    "load_rulebook",
    "loads_rulebook",
    "rulebooks_for",
    "rules_of",
    "sort_findings",
]
