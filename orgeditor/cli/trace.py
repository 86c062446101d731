"""``orgeditor trace FILE UNIT [--scope …]``: print a unit's chain up to the root.

Without ``--scope`` the unit's chain is printed for every scope its lines have: one chain when
they all have scope ``all``; else one chain per scope (``mission``, ``non-mission``) whose
chain follows a line of that scope, each under a heading naming its scope.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.model import SCOPES, Chart

__all__ = ["add_arguments", "run", "trace_scopes"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file")
    parser.add_argument("unit", help="id of the unit to trace")
    parser.add_argument(
        "--scope",
        choices=SCOPES,
        default=None,
        help="scope to follow (default: every scope the unit's lines have)",
    )


#: Levels of indentation: a chain thousands of levels deep would print gigabytes of spaces.
MAX_INDENT = 30
#: Ids looked through for a "did you mean" hint.
MAX_SUGGEST = 5_000


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


def run(args: argparse.Namespace) -> int:
    chart = load_or_report(args.file)
    if chart is None:
        return 2
    if args.unit not in chart.units:
        close = difflib.get_close_matches(args.unit[:100], list(chart.units)[:MAX_SUGGEST], n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        print(f"{args.file}: error: no unit with id '{args.unit}'{hint}", file=sys.stderr)
        return 2
    if args.scope is not None:
        _print_chain(chart, args.unit, args.scope)
        return 0
    scopes = trace_scopes(chart, args.unit)
    for index, scope in enumerate(scopes):
        if scopes != ["all"]:
            if index:
                print()
            print(f"scope {scope}:")
        _print_chain(chart, args.unit, scope)
    return 0


def _print_chain(chart: Chart, unit_id: str, scope: str) -> None:
    chain = chart.chain(unit_id, scope)
    for depth, link in enumerate(chain):
        unit = chart.unit(link)
        head = f" — {unit.head.title}" if unit.head and unit.head.title else ""
        label = f"{unit.short}: {unit.name}" if unit.short else unit.name
        arrow = "" if depth == 0 else "└─ "
        level = f"[{depth}] " if depth > MAX_INDENT else ""  # deeper lines stop moving right
        print(f"{'   ' * min(max(depth - 1, 0), MAX_INDENT)}{arrow}{level}{link}  ({label}{head})")
    last = chart.unit(chain[-1])
    next_up = chart.manager(last.id, scope)
    if next_up is not None:
        print(f"cycle: '{last.id}' reports back to '{next_up}' for scope {scope}")
    elif last.reports_to:
        scopes = ", ".join(f"{line.to} ({line.scope})" for line in last.reports_to)
        print(f"'{last.id}' has no reporting line for scope {scope} (its lines: {scopes})")
