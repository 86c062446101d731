"""``orgeditor diff A B [--format text|json|markdown]``: semantic comparison of two variants.

Exit status: 0 the charts are the same, 1 they differ, 2 trouble (a file could not be loaded;
its errors go to stderr as ``FILE:LINE:COL: error: message``). Heavy modules are imported only
when the command runs, so that the command line starts fast and never loads Qt.
"""

from __future__ import annotations

import argparse
import sys

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
    import json  # noqa: PLC0415 - keep start-up light

    from orgeditor.cli.loading import load_or_report  # noqa: PLC0415
    from orgeditor.diff import diff_charts, to_json, to_markdown, to_text  # noqa: PLC0415
    from orgeditor.io import ChartLoadError  # noqa: PLC0415

    charts = [load_or_report(path) for path in (args.a, args.b)]
    a, b = charts
    if a is None or b is None:
        return EXIT_TROUBLE
    try:
        diff = diff_charts(a, b)
    except ChartLoadError as error:  # a rulebook or baseline the rules read
        _error(str(error))
        return EXIT_TROUBLE
    except (OSError, ValueError) as error:
        _error(f"orgeditor diff: error: {error}")
        return EXIT_TROUBLE
    fmt = getattr(args, "format", "text") or "text"
    if fmt == "json":
        text = json.dumps(to_json(diff), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "markdown":
        text = to_markdown(diff)
    else:
        text = to_text(diff)
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_DIFFERENT if diff else EXIT_SAME


def _error(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")
