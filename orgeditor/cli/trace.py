"""``orgeditor trace FILE UNIT [--scope …]``: print a unit's chain up to the root."""

from __future__ import annotations

import argparse
import difflib
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.model import SCOPES

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file")
    parser.add_argument("unit", help="id of the unit to trace")
    parser.add_argument("--scope", choices=SCOPES, default="all", help="scope to follow (default: all)")


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
    chain = chart.chain(args.unit, args.scope)
    for depth, unit_id in enumerate(chain):
        unit = chart.unit(unit_id)
        head = f" — {unit.head.title}" if unit.head and unit.head.title else ""
        label = f"{unit.short}: {unit.name}" if unit.short else unit.name
        arrow = "" if depth == 0 else "└─ "
        level = f"[{depth}] " if depth > MAX_INDENT else ""  # deeper lines stop moving right
        print(f"{'   ' * min(max(depth - 1, 0), MAX_INDENT)}{arrow}{level}{unit_id}  ({label}{head})")
    last = chart.unit(chain[-1])
    next_up = chart.manager(last.id, args.scope)
    if next_up is not None:
        print(f"cycle: '{last.id}' reports back to '{next_up}' for scope {args.scope}")
    elif last.reports_to:
        scopes = ", ".join(f"{line.to} ({line.scope})" for line in last.reports_to)
        print(f"'{last.id}' has no reporting line for scope {args.scope} (its lines: {scopes})")
    return 0
