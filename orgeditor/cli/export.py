"""``orgeditor export FILE -o OUT [--format …]``: write a chart in another format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orgeditor.cli.loading import load_or_report
from orgeditor.io import save_chart

__all__ = ["FORMATS", "add_arguments", "run"]

FORMATS = ("yaml",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file to export")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the suffix of OUT)")


def run(args: argparse.Namespace) -> int:
    fmt = args.format or Path(args.output).suffix.lstrip(".").lower().replace("yml", "yaml")
    if fmt not in FORMATS:
        print(
            f"orgeditor export: error: unknown format '{fmt}'; choose one of {', '.join(FORMATS)}",
            file=sys.stderr,
        )
        return 2
    chart = load_or_report(args.file)
    if chart is None:
        return 2
    try:
        save_chart(chart, args.output)
    except OSError as exc:
        print(f"{args.output}: error: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
