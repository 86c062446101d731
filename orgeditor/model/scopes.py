"""Which scopes of reporting lines a unit's chains follow (for tracing, pure Python)."""

from __future__ import annotations

import itertools

from orgeditor.model.chart import Chart
from orgeditor.model.vocabulary import SCOPES

__all__ = ["trace_scopes"]


def trace_scopes(chart: Chart, unit_id: str) -> list[str]:
    """The scopes whose chains *unit_id* has: ``["all"]`` when its chain follows only lines of
    scope ``all``; else each of ``mission`` and ``non-mission`` whose chain follows a line of
    that scope (a regional ASG: both; a mission: ``mission``)."""
    scoped = [scope for scope in SCOPES if scope != "all" and _follows_scope(chart, unit_id, scope)]
    return scoped or ["all"]


def _follows_scope(chart: Chart, unit_id: str, scope: str) -> bool:
    """True when *unit_id*'s chain for *scope* takes a line of that very scope."""
    chain = chart.chain(unit_id, scope)
    nxt = chart.manager(chain[-1], scope)  # a cycle's closing line counts too
    steps = itertools.pairwise([*chain, nxt] if nxt is not None else chain)
    for lower, upper in steps:
        line = next(x for x in chart.unit(lower).reports_to if x.to == upper and x.applies_to(scope))
        if line.scope == scope:
            return True
    return False
