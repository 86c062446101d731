"""One entry point for every export format, shared by the GUI and the command line.

>>> FORMATS
('svg', 'pdf', 'png', 'pptx', 'dot', 'graphml', 'csv', 'yaml')

Qt is imported only for SVG, PDF and PNG; PowerPoint uses python-pptx alone and the interop
formats (DOT, GraphML, CSV, YAML) are pure Python.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from orgeditor.io import save_chart
from orgeditor.io.atomic import atomic_write_bytes, ensure_regular_target
from orgeditor.io.csv_format import dumps_csv
from orgeditor.io.dot import dumps_dot
from orgeditor.io.graphml import dumps_graphml
from orgeditor.layout import compute_layout
from orgeditor.layout.freeze import freeze_layout
from orgeditor.model import Chart
from orgeditor.render.card_type import SCREEN, TypeScale
from orgeditor.render.export_plan import (
    ExportCancelledError,
    ExportPlan,
    FindingLike,
    Measure,
    branch_chart,
    plan_export,
)
from orgeditor.render.theme import Theme, get_theme, theme_for_chart
from orgeditor.render.tiers import card_tiers

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

__all__ = [
    "FORMATS",
    "MAX_EXPORT_LINKS",
    "MAX_EXPORT_UNITS",
    "ORIENTATIONS",
    "PAGE_SIZES",
    "RENDERED_FORMATS",
    "Progress",
    "check_export_size",
    "export_chart",
    "format_for_path",
    "preview_image",
    "print_preview",
]

FORMATS: tuple[str, ...] = ("svg", "pdf", "png", "pptx", "dot", "graphml", "csv", "yaml")
#: Formats drawn as a picture (title, legend, badges, themes apply).
RENDERED_FORMATS: tuple[str, ...] = ("svg", "pdf", "png", "pptx")
_SUFFIXES = {"yml": "yaml", "gv": "dot", "xml": "graphml"}
#: Paper sizes of a PDF export: ``fit`` is one page as large as the chart needs; the others
#: are paginated when the chart does not fit (an overview, then a page a branch).
PAGE_SIZES: tuple[str, ...] = ("fit", "a4", "a3", "letter", "legal")
#: Orientations of a PDF page; ``auto`` is upright for a chart taller than wide, else landscape.
ORIENTATIONS: tuple[str, ...] = ("auto", "landscape", "portrait")
Progress = Callable[[int, int], bool]


#: The most units a picture or deck holds: drawing time grows with the units (and for PDF
#: pages and PowerPoint shapes faster than linearly); at these sizes an export takes about
#: 10 s here (a deck of 2,000 units has some 430 slides; 5,000 took 31 s). Export a branch
#: (``--unit``) of a larger chart.
MAX_EXPORT_UNITS: dict[str, int] = {"svg": 20_000, "png": 20_000, "pdf": 5_000, "pptx": 2_000}
#: The most links (lines other than reporting lines) a picture or deck draws: each is routed
#: around the cards (10,000 random links across 1,000 cards take 6 s in a PDF, 24 s in a deck;
#: a raster image draws long dashed lines slowly: 500 take 14 s in a PNG).
MAX_EXPORT_LINKS: dict[str, int] = {"svg": 10_000, "png": 500, "pdf": 10_000, "pptx": 2_000}


def check_export_size(chart: Chart, fmt: str, unit: str | None = None) -> None:
    """Raise ``ValueError`` when the chart (or the branch under *unit*) has more units or
    links than a *fmt* export may hold (:data:`MAX_EXPORT_UNITS`, :data:`MAX_EXPORT_LINKS`)."""
    if fmt not in MAX_EXPORT_UNITS:
        return
    shown = chart.subtree(unit) if unit is not None and unit in chart.units else list(chart.units)
    what = "this branch has" if unit is not None else "this chart has"
    advice = "export a branch (--unit, or select one) or another format"
    if len(shown) > MAX_EXPORT_UNITS[fmt]:
        raise ValueError(
            f"a {fmt.upper()} export holds at most {MAX_EXPORT_UNITS[fmt]:,} units and {what} "
            f"{len(shown):,}; {advice}"
        )
    inside = set(shown)
    links = sum(1 for link in chart.links if link.source in inside and link.target in inside)
    if links > MAX_EXPORT_LINKS[fmt]:
        raise ValueError(
            f"a {fmt.upper()} export draws at most {MAX_EXPORT_LINKS[fmt]:,} links and {what} "
            f"{links:,}; {advice}"
        )


def format_for_path(path: str | Path) -> str | None:
    """The export format named by a file's suffix (``chart.PDF`` -> ``pdf``), or None."""
    suffix = Path(path).suffix.lstrip(".").lower()
    suffix = _SUFFIXES.get(suffix, suffix)
    return suffix if suffix in FORMATS else None


def export_chart(
    chart: Chart,
    out_path: str | Path,
    fmt: str | None = None,
    *,
    unit: str | None = None,
    theme: str = "screen",
    scale: float = 1.0,
    show_badges: bool = False,
    show_posts: bool = True,
    findings: Iterable[FindingLike] | None = None,
    progress: Progress | None = None,
    with_layout: bool = False,
    page: str = "fit",
    orientation: str = "auto",
) -> bool:
    """Write *chart* (or the branch under *unit*) to *out_path* in *fmt* (default: from the
    suffix). Returns False when *progress* (called with units done and total, returning
    False to cancel) cancelled the export; then nothing is written. *with_layout* (YAML
    only) writes the computed card centres into ``layout.positions``, freezing the layout.
    *page* (one of :data:`PAGE_SIZES`) and *orientation* (:data:`ORIENTATIONS`) set a PDF's
    paper; other formats ignore them.

    Raises ``ValueError`` for an unknown format, theme or bad scale, ``ChartError`` for an
    unknown *unit* and ``OSError`` when the file cannot be written: then any previous file at
    *out_path* is left exactly as it was. Only a regular file is replaced: a symbolic link,
    folder, FIFO or device at *out_path* is refused before any work
    (:class:`orgeditor.io.atomic.NotRegularFileError`).
    """
    fmt = fmt or format_for_path(out_path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    if with_layout and fmt != "yaml":
        raise ValueError(f"--with-layout writes a chart file: it needs the yaml format, not {fmt}")
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page size '{page}' (expected one of: {', '.join(PAGE_SIZES)})")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"unknown orientation '{orientation}' (expected one of: {', '.join(ORIENTATIONS)})")
    look = theme_for_chart(get_theme(theme), chart)  # colours as in the editor
    folder = Path(out_path).parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"no folder {folder}", str(out_path))
    ensure_regular_target(out_path)  # checked again just before the rename
    check_export_size(chart, fmt, unit)
    if fmt in ("svg", "pdf", "png"):
        # Qt (~200 ms of imports) only for pictures: PPTX, DOT, GraphML, CSV and YAML never load it
        from orgeditor.render import export_pdf, export_qt  # noqa: PLC0415 - Qt only for pictures

        export_qt.ensure_gui_app()
        planned = _picture_planner(
            chart, look, unit=unit, show_badges=show_badges, show_posts=show_posts, findings=findings
        )
        units_total = len(chart.subtree(unit)) if unit is not None else len(chart)

        def planner(
            units: Sequence[str] | None, context: Sequence[str], type_scale: TypeScale, column: int | None
        ) -> ExportPlan:
            # paginating plans many pages before the first card is drawn: stay cancellable
            if progress is not None and not progress(0, units_total):
                raise ExportCancelledError
            return planned(units, context, type_scale, column)

        try:
            plan = planner(None, (), SCREEN, None)
        except ExportCancelledError:
            return False
        total, done = len(plan.chart), 0

        def tick() -> None:
            nonlocal done
            done += 1
            # tiled PDFs draw units again on later pages: keep reporting, capped at the total
            if progress is not None and not progress(min(done, total), total):
                raise ExportCancelledError

        if fmt == "svg":
            return export_qt.render_svg(plan, look, out_path, tick)
        if fmt == "pdf" and page == "fit":
            return export_pdf.render_pdf(plan, look, out_path, tick)
        if fmt == "pdf":
            try:
                return export_pdf.render_paged_pdf(
                    plan.chart,
                    planner,
                    look,
                    out_path,
                    page=page,
                    orientation=orientation,
                    subtitle=plan.subtitle,
                    tick=tick,
                )
            except ExportCancelledError:  # while the pages were planned
                return False
        return export_qt.render_png(plan, look, out_path, scale, tick)
    if fmt == "pptx":
        # python-pptx (~100 ms of imports) only for PowerPoint
        from orgeditor.render.export_pptx import render_pptx  # noqa: PLC0415 - pptx only for PowerPoint

        return render_pptx(
            chart,
            out_path,
            unit=unit,
            theme=theme,
            show_badges=show_badges,
            show_posts=show_posts,
            findings=list(findings) if findings is not None else None,
            progress=progress,
        )
    subject = branch_chart(chart, unit) if unit is not None else chart
    if fmt == "yaml":
        if with_layout:
            subject = subject.copy() if subject is chart else subject
            freeze_layout(subject)
        save_chart(subject, out_path, keep_backup=False)
        return True
    text = _interop_text(subject, fmt)
    if progress is not None and not progress(len(subject), len(subject)):
        return False
    if fmt != "csv":
        text = text.replace("\n", os.linesep)  # as text mode writes it; CSV keeps its own line ends
    atomic_write_bytes(out_path, text.encode("utf-8"), keep_backup=False)
    return True


def _picture_planner(
    chart: Chart,
    look: Theme,
    *,
    unit: str | None,
    show_badges: bool,
    show_posts: bool,
    findings: Iterable[FindingLike] | None,
) -> Callable[[Sequence[str] | None, Sequence[str], TypeScale, int | None], ExportPlan]:
    """Plans the pages of a picture of *chart* (or of the branch under *unit*): a set of units
    (None: all), those of it drawn for the chain of command, a type scale and a column
    length; the cards measured as Qt draws them."""
    from orgeditor.render import export_qt  # noqa: PLC0415 - Qt only for pictures

    known = list(findings) if findings is not None else None
    tiers = card_tiers(chart)
    measures: dict[TypeScale, Measure] = {}

    def planner(
        units: Sequence[str] | None, context: Sequence[str], scale: TypeScale, column: int | None
    ) -> ExportPlan:
        if scale not in measures:
            measures[scale] = export_qt.card_measure(
                look, show_posts=show_posts, badges=show_badges, type_scale=scale
            )
        return plan_export(
            chart,
            unit=unit,
            units=units,
            context=context,
            show_badges=show_badges,
            show_posts=show_posts,
            findings=known,
            tiers=tiers,
            measure=measures[scale],
            type_scale=scale,
            max_column=column,
            group_measure=export_qt.group_measure(look, scale),
        )

    return planner


def print_preview(
    chart: Chart,
    *,
    unit: str | None = None,
    theme: str = "screen",
    page: str = "a4",
    orientation: str = "auto",
    show_badges: bool = False,
    show_posts: bool = True,
    findings: Iterable[FindingLike] | None = None,
    scale: float = 1.0,
    fit: tuple[int, int] | None = None,
) -> tuple[QImage, int]:
    """The first page of a PDF export on paper *page* as an image of *scale* pixels a point
    (or as large as fits *fit*, width and height in pixels), and how many pages the export
    has (for an export dialog's preview)."""
    from orgeditor.render import export_pdf  # noqa: PLC0415 - Qt only for pictures

    check_export_size(chart, "pdf", unit)
    look = theme_for_chart(get_theme(theme), chart)
    planner = _picture_planner(
        chart, look, unit=unit, show_badges=show_badges, show_posts=show_posts, findings=findings
    )
    whole = planner(None, (), SCREEN, None)
    layout, sheets = export_pdf.print_sheets(
        whole.chart, planner, look, page=page, orientation=orientation, subtitle=whole.subtitle
    )
    if fit is not None:
        paper = layout.fullRectPoints()
        scale = min(fit[0] / paper.width(), fit[1] / paper.height())
    return export_pdf.sheet_image(layout, sheets[0], max(scale, 0.01)), len(sheets)


def preview_image(
    chart: Chart,
    *,
    unit: str | None = None,
    theme: str = "screen",
    max_width: int = 1200,
    max_height: int = 900,
    show_badges: bool = False,
    show_posts: bool = True,
    findings: Iterable[FindingLike] | None = None,
) -> QImage:
    """The page an SVG, PDF or PNG export would hold, scaled down to fit *max_width* ×
    *max_height* px (never up): for an export dialog's preview. Raises ``ValueError`` for a
    chart larger than an SVG export may be (:func:`check_export_size`)."""
    from orgeditor.render import export_qt  # noqa: PLC0415 - Qt only for pictures

    check_export_size(chart, "svg", unit)

    look = theme_for_chart(get_theme(theme), chart)  # colours as in the editor
    measure = export_qt.card_measure(look, show_posts=show_posts, badges=show_badges)
    plan = plan_export(
        chart,
        unit=unit,
        show_badges=show_badges,
        show_posts=show_posts,
        findings=findings,
        measure=measure,
        group_measure=export_qt.group_measure(look),
    )
    size = export_qt.Page(plan, look).size
    scale = min(1.0, max_width / max(1, size.width()), max_height / max(1, size.height()))
    image = export_qt.render_image(plan, look, max(scale, 0.01))
    assert image is not None
    return image


def _interop_text(chart: Chart, fmt: str) -> str:
    if fmt == "dot":
        return dumps_dot(chart)
    if fmt == "graphml":
        saved = chart.layout.positions
        if chart.units and all(uid in saved for uid in chart.units):
            return dumps_graphml(chart)
        return dumps_graphml(chart, compute_layout(chart).positions)  # yEd opens it laid out
    return dumps_csv(chart)
