"""``orgeditor check FILE [--format text|json]``: load a chart and run every rule on it.

Exit status: 0 no error finding, 1 error findings, 2 the chart or a rulebook it names is not
loadable (the located error goes to stderr).
"""

from __future__ import annotations

import argparse
import sys

from orgeditor.cli.loading import load_or_report
from orgeditor.rules import RulebookError, check_chart
from orgeditor.rules.report import findings_json, findings_text

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file to check")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    chart = load_or_report(args.file)
    if chart is None:
        return 2
    try:
        findings = check_chart(chart)
    except RulebookError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.format == "json":
        print(findings_json(args.file, findings))
    else:
        print(findings_text(args.file, findings))
    return 1 if any(f.severity == "error" for f in findings) else 0
