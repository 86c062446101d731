"""``orgeditor export FILE -o OUT [--format …] [--unit ID] [--theme …] [--scale N] [--page …]
[--portrait|--landscape] [--with-layout]``.

Headless: pictures (SVG, PDF, PNG) are drawn with Qt offscreen and no window; PowerPoint,
DOT, GraphML, CSV and YAML never import Qt. Exit status 0, or 2 on bad input (a chart that
does not load, an unknown format, theme or unit, a bad scale, an unwritable output: a full
disk, a file size limit, or an output that is a symbolic link, folder, FIFO or device). A
failed write leaves any previous output exactly as it was. On a terminal, an export taking
over a second shows its progress on stderr (:class:`~orgeditor.cli.streams.TerminalProgress`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from orgeditor.cli.loading import load_or_report
from orgeditor.cli.streams import TerminalProgress
from orgeditor.io.atomic import os_error_reason
from orgeditor.model import Chart, ChartError
from orgeditor.model.display import printable
from orgeditor.render.export import FORMATS, PAGE_SIZES, RENDERED_FORMATS, export_chart, format_for_path
from orgeditor.render.export_plan import FindingLike

__all__ = ["FORMATS", "add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="chart file to export")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the suffix of OUT)")
    parser.add_argument("--unit", metavar="ID", help="export only this unit and its branch")
    parser.add_argument(
        "--theme", choices=("screen", "print"), default="screen", help="colours (default: screen)"
    )
    parser.add_argument("--scale", type=float, default=1.0, metavar="N", help="PNG size factor (default: 1)")
    parser.add_argument(
        "--badges", action="store_true", help="mark units with findings of the rules (badges and their key)"
    )
    parser.add_argument(
        "--no-badges", dest="badges", action="store_false", help="no finding badges (the default)"
    )
    parser.add_argument("--no-posts", dest="posts", action="store_false", help="leave out post counts")
    parser.add_argument(
        "--page",
        choices=PAGE_SIZES,
        default="fit",
        help="pdf only: paper size; a chart that does not fit is paginated "
        "(default: fit, one page as large as the chart)",
    )
    side = parser.add_mutually_exclusive_group()
    side.add_argument(
        "--portrait", dest="orientation", action="store_const", const="portrait", help="pdf: upright pages"
    )
    side.add_argument(
        "--landscape", dest="orientation", action="store_const", const="landscape", help="pdf: wide pages"
    )
    parser.set_defaults(orientation="auto")
    parser.add_argument(
        "--with-layout",
        action="store_true",
        help="yaml only: write the computed card centres into layout.positions (freeze the layout)",
    )


def _error(message: str) -> int:
    print(f"orgeditor export: error: {printable(message)}", file=sys.stderr)
    return 2


def _findings(chart: Chart, wanted: bool) -> list[FindingLike] | None:
    """The chart's findings for badges, or None (a rulebook problem only costs the badges)."""
    if not wanted:
        return None
    # the rules (~50 ms of imports) only for --badges: CSV, DOT, GraphML and YAML exports skip them
    from orgeditor.rules import RulebookError, check_chart  # noqa: PLC0415 - only for --badges

    try:
        return list(check_chart(chart))
    except RulebookError as exc:
        print(f"orgeditor export: warning: no finding badges: {exc}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    fmt = args.format or format_for_path(args.output)
    if fmt is None:
        suffix = Path(args.output).suffix or "(none)"
        return _error(
            f"cannot tell the format from the suffix {suffix} of '{args.output}'; "
            f"use --format with one of: {', '.join(FORMATS)}"
        )
    if args.with_layout and fmt != "yaml":
        return _error(f"--with-layout writes a chart file: use a .yaml output or --format yaml, not {fmt}")
    if not 0 < args.scale <= 16:
        return _error(f"--scale must be above 0 and at most 16, not {args.scale:g}")
    with TerminalProgress(f"Exporting {Path(args.output).name}") as progress:
        return _export(args, fmt, progress)


def _export(args: argparse.Namespace, fmt: str, progress: TerminalProgress) -> int:
    progress.phase("reading the chart")
    chart = load_or_report(args.file)
    if chart is None:
        return 2
    if args.unit is not None and args.unit not in chart.units:
        return _error(f"{args.file}: no unit with id '{args.unit}'")
    if fmt in ("svg", "pdf", "png"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.badges:
        progress.phase("checking the rules")
    findings = _findings(chart, args.badges and fmt in RENDERED_FORMATS)
    drawn = fmt in RENDERED_FORMATS or args.with_layout
    progress.phase("laying out the chart" if drawn else f"writing {fmt}")
    try:
        export_chart(
            chart,
            args.output,
            fmt,
            unit=args.unit,
            theme=args.theme,
            scale=args.scale,
            show_badges=args.badges,
            show_posts=args.posts,
            findings=findings,
            progress=progress.cards,
            with_layout=args.with_layout,
            page=args.page,
            orientation=args.orientation,
        )
    except OSError as exc:
        return _error(f"{args.output}: cannot write: {os_error_reason(exc)}. Nothing was overwritten.")
    except (ValueError, ChartError) as exc:
        return _error(str(exc))
    return 0
