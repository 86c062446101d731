"""``orgeditor import CSV -o OUT.yaml [--title T]``: build a chart file from a spreadsheet.

One row a unit (columns: see :mod:`orgeditor.io.csv_format`), below an optional header block
of ``# key: value`` lines with the chart's title, description, baseline, rulebooks, regions
and group names (:mod:`orgeditor.io.csv_meta`), as ``orgeditor export … -o OUT.csv`` writes
it. Every bad cell or block line is reported as ``FILE:LINE:COL: error: message`` on stderr
and nothing is written (exit 2); else the chart is written as YAML (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orgeditor.cli.streams import TerminalProgress
from orgeditor.io import save_chart
from orgeditor.io.csv_format import COLUMNS, MAX_CSV_BYTES, MAX_CSV_ROWS, CsvImportError, load_csv
from orgeditor.model.display import printable

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Build a chart file from a CSV spreadsheet, one row a unit. Columns (header row, any "
        f"order; id and name required): {', '.join(COLUMNS)}. reports_to holds 'manager' or "
        "'manager@scope' entries separated by ';'. Lines above the header row starting with '#' "
        "give the chart's own fields ('# title: …', '# description: …', '# baseline: …', "
        "'# rulebooks: …', '# regions: …', '# group ID: name'), as an export to CSV writes them; "
        "see docs/csv-format.md. The file is read strictly (quotes closed, as "
        f"many cells in each row as the header has columns) and may have up to {MAX_CSV_ROWS:,} "
        f"rows and {MAX_CSV_BYTES // 1048576} MB."
    )
    parser.add_argument("csv", help="CSV file (UTF-8; comma, semicolon or tab separated)")
    parser.add_argument("-o", "--output", required=True, help="chart file to write (.yaml)")
    parser.add_argument(
        "--title", help="chart title (default: the file's '# title:' line, else the CSV file's name)"
    )


def run(args: argparse.Namespace) -> int:
    """Import, then write; every problem (reading included) is a located error, exit 2. On a
    terminal, an import taking over a second shows its progress on stderr."""
    with TerminalProgress(f"Importing {Path(args.csv).name}") as progress:
        return _import(args, progress)


def _import(args: argparse.Namespace, progress: TerminalProgress) -> int:
    progress.phase("reading and checking the rows")
    try:
        chart = load_csv(args.csv, title=args.title)
    except CsvImportError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)  # escaped: cells and names are echoed inert
        count = len(exc.errors)
        print(
            f"{printable(args.csv)}: {count} error{'s' if count != 1 else ''}, nothing written",
            file=sys.stderr,
        )
        return 2
    chart.path = None
    progress.phase(f"writing {len(chart):,} units to {Path(args.output).name}")
    try:
        save_chart(chart, args.output)
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"{printable(args.output)}: error: cannot write: {printable(reason)}", file=sys.stderr)
        return 2
    return 0
