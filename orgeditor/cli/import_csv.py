"""``orgeditor import CSV -o OUT.yaml [--title T]``: build a chart file from a spreadsheet.

One row a unit (columns: see :mod:`orgeditor.io.csv_format`). Every bad cell is reported as
``FILE:ROW:COL: error: message`` on stderr and nothing is written (exit 2); else the chart is
written as YAML (exit 0).
"""

from __future__ import annotations

import argparse
import sys

from orgeditor.io import save_chart
from orgeditor.io.csv_format import COLUMNS, CsvImportError, load_csv

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Build a chart file from a CSV spreadsheet, one row a unit. Columns (header row, any "
        f"order; id and name required): {', '.join(COLUMNS)}. reports_to holds 'manager' or "
        "'manager@scope' entries separated by ';'."
    )
    parser.add_argument("csv", help="CSV file (UTF-8; comma, semicolon or tab separated)")
    parser.add_argument("-o", "--output", required=True, help="chart file to write (.yaml)")
    parser.add_argument("--title", help="chart title (default: the CSV file's name)")


def run(args: argparse.Namespace) -> int:
    try:
        chart = load_csv(args.csv, title=args.title)
    except CsvImportError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        count = len(exc.errors)
        print(f"{args.csv}: {count} error{'s' if count != 1 else ''}, nothing written", file=sys.stderr)
        return 2
    chart.path = None
    try:
        save_chart(chart, args.output)
    except OSError as exc:
        print(f"{args.output}: error: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
