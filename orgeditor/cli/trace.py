"""``orgeditor trace FILE UNIT [--scope …]``: print a unit's chain up to the root.

Without ``--scope`` the unit's chain is printed for every scope its lines have: one chain when
they all have scope ``all``; else one chain per scope (``mission``, ``non-mission``) whose
chain follows a line of that scope, each under a heading naming its scope.
"""

from __future__ import annotations

import argparse
import difflib
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.model import SCOPES, Chart
from orgeditor.model.scopes import trace_scopes

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
        print(f"cycle: {_name(chart, last.id)} reports back to {_name(chart, next_up)} for scope {scope}")
    elif last.reports_to:
        scopes = ", ".join(f"{_name(chart, line.to)} ({line.scope})" for line in last.reports_to)
        print(f"{_name(chart, last.id)} has no reporting line for scope {scope} (its lines: {scopes})")


def _name(chart: Chart, unit_id: str) -> str:
    """A unit as people know it, its id after it: "MINUSMA (minusma)"."""
    unit = chart.units.get(unit_id)
    return f"'{unit_id}'" if unit is None else f"{unit.label} ({unit_id})"
