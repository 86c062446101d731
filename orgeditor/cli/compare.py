"""``orgeditor compare A B [C …] [--format text|json|markdown|html|pdf] [-o OUT]``.

Compares N variants under the union of their rulebooks (SPEC §6.5): totals, the provisions
grid, totals by grade and source, and the story between consecutive variants. Text, JSON and
Markdown never import Qt; HTML and PDF draw each variant's diagram with the exporter's own
renderer (Qt, offscreen), the changes since the previous variant coloured. Without ``-o`` the
report goes to stdout (PDF needs ``-o``); the format defaults to OUT's suffix, else text.

Exit status 0, or 2 on bad input: a chart or rulebook that does not load (its located error
``FILE:LINE:COL: error: …`` on stderr), an unknown format or an unwritable output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from orgeditor import compare
from orgeditor.cli.loading import load_or_report
from orgeditor.compare import Comparison, compare_charts
from orgeditor.compare.report import column_letters
from orgeditor.io.atomic import atomic_write_bytes, os_error_reason
from orgeditor.model.display import printable
from orgeditor.rules import RulebookError

__all__ = ["FORMATS", "add_arguments", "format_for_path", "run"]

FORMATS = ("text", "json", "markdown", "html", "pdf")
_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", metavar="FILE", nargs="+", help="chart variants, in order (two or more)")
    parser.add_argument(
        "--format", "-f", choices=FORMATS, help="output format (default: from the suffix of OUT, else text)"
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="file to write (default: stdout)")
    parser.add_argument(
        "--theme", choices=("screen", "print"), default="screen", help="diagram colours (html, pdf)"
    )


def format_for_path(path: str) -> str | None:
    """The report format a file name's suffix names (``brief.md`` -> ``markdown``), or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def _error(message: str) -> int:
    print(f"orgeditor compare: error: {printable(message)}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None and args.output:
        fmt = format_for_path(args.output)
        if fmt is None:
            suffix = Path(args.output).suffix or "(none)"
            return _error(
                f"cannot tell the format from the suffix {suffix} of '{args.output}'; "
                f"use --format with one of: {', '.join(FORMATS)}"
            )
    fmt = fmt or "text"
    if len(args.files) < 2:
        return _error("compare needs at least two chart files")
    if len(set(args.files)) < len(args.files):
        return _error("a file is named twice; name each variant once")
    if fmt == "pdf" and not args.output:
        return _error("a PDF report needs -o OUT.pdf")

    charts = [(path, load_or_report(path)) for path in args.files]
    loaded = [(path, chart) for path, chart in charts if chart is not None]
    if len(loaded) < len(charts):
        return 2
    try:
        comparison = compare_charts(loaded)
    except RulebookError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        if fmt == "pdf":
            _write_pdf(comparison, args.output, args.theme)
            return 0
        text = _report(comparison, fmt, args.theme)
        if args.output:
            atomic_write_bytes(args.output, text.encode("utf-8"), keep_backup=False)
        else:
            sys.stdout.write(text)
    except OSError as exc:
        return _error(f"{args.output}: cannot write: {os_error_reason(exc)}. Nothing was overwritten.")
    return 0


def _report(comparison: Comparison, fmt: str, theme: str) -> str:
    if fmt == "json":
        return compare.to_json(comparison) + "\n"
    if fmt == "markdown":
        return compare.to_markdown(comparison)
    if fmt == "html":
        return compare.to_html(comparison, _diagrams(comparison, theme))
    return compare.to_text(comparison)


def _marks(comparison: Comparison) -> dict[str, dict[str, str]]:
    """Variant key -> unit id -> change mark since the variant before (none for the first)."""
    marks: dict[str, dict[str, str]] = {comparison.variants[0].key: {}}
    for change in comparison.changes:
        marks[change.after] = dict(change.marks)
    return marks


def _diagrams(comparison: Comparison, theme: str) -> dict[str, str]:
    """Each variant's diagram as SVG, its changes coloured (Qt, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt only for the HTML report's diagrams: text, JSON and Markdown reports never load it
    from orgeditor.render.highlight import CHANGE_HIGHLIGHTS, highlighted_svg  # noqa: PLC0415 - Qt

    marks = _marks(comparison)
    return {
        v.key: highlighted_svg(
            v.chart, {u: CHANGE_HIGHLIGHTS[m] for u, m in marks[v.key].items()}, theme=theme
        )
        for v in comparison.variants
    }


def _write_pdf(comparison: Comparison, out: str, theme: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt only for the PDF report: text, JSON and Markdown reports never load it
    from orgeditor.render.briefing_pdf import BriefingDiagram, write_briefing_pdf  # noqa: PLC0415 - Qt
    from orgeditor.render.highlight import CHANGE_HIGHLIGHTS  # noqa: PLC0415 - Qt only for PDF

    marks = _marks(comparison)
    letters = column_letters(len(comparison.variants))
    diagrams = [
        BriefingDiagram(
            f"{letter}  {v.title}",
            v.chart,
            {u: CHANGE_HIGHLIGHTS[m] for u, m in marks[v.key].items()},
        )
        for letter, v in zip(letters, comparison.variants, strict=True)
    ]
    write_briefing_pdf(compare.to_html(comparison, paged=True), diagrams, out, theme=theme)
