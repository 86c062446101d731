"""``orgeditor diff A B [--format text|json|markdown]``: semantic comparison of two variants.

Both charts are judged under the union of their rulebooks (SPEC §6.5). Exit status: 0 the
charts are the same, 1 they differ, 2 trouble (a file could not be loaded;
its errors go to stderr as ``FILE:LINE:COL: error: message``). The command line imports this
module only when ``diff`` runs, and it never loads Qt.
"""

from __future__ import annotations

import argparse
import json
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.diff import diff_charts, judge, to_json, to_markdown, to_text
from orgeditor.io import ChartLoadError
from orgeditor.model import Chart

__all__ = ["EXIT_DIFFERENT", "EXIT_SAME", "EXIT_TROUBLE", "add_arguments", "run"]

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2

FORMATS = ("text", "json", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``orgeditor diff`` on *parser*."""
    parser.add_argument("a", metavar="A", help="the chart before (YAML file)")
    parser.add_argument("b", metavar="B", help="the chart after (YAML file)")
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="text",
        help="text (default), json (SPEC §3 shape) or markdown (a briefing report)",
    )


def run(args: argparse.Namespace) -> int:
    """Compare ``args.a`` with ``args.b`` and print the result in ``args.format``."""
    charts = [load_or_report(path) for path in (args.a, args.b)]
    a, b = charts
    if a is None or b is None:
        return EXIT_TROUBLE
    try:
        findings_a, findings_b = judge(_checkable(a, b), _checkable(b, a))  # one rule set
        diff = diff_charts(a, b, findings_a=findings_a, findings_b=findings_b)
    except (ChartLoadError, ValueError) as error:  # a rulebook that is not valid: located
        _error(str(error))
        return EXIT_TROUBLE
    except OSError as error:
        _error(f"orgeditor diff: error: {error}")
        return EXIT_TROUBLE
    fmt = getattr(args, "format", "text") or "text"
    if fmt == "json":
        data = to_json(diff)
        data["a"]["file"], data["b"]["file"] = args.a, args.b  # as given, like ``check``
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "markdown":
        text = to_markdown(diff)
    else:
        text = to_text(diff)
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_DIFFERENT if diff else EXIT_SAME


def _checkable(chart: Chart, other: Chart) -> Chart:
    """*chart*, or a copy placed beside *other* when only there its baseline can be found.

    ``git difftool`` hands over the old version as a temporary copy, away from the baseline
    file it names; the rules then read the baseline beside the other version instead.
    """
    if not chart.baseline or chart.path is None or other.path is None:
        return chart
    if (chart.path.parent / chart.baseline).exists():
        return chart
    if not (other.path.parent / chart.baseline).exists():
        return chart
    moved = chart.copy()
    moved.path = other.path.parent / chart.path.name
    return moved


def _error(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")
