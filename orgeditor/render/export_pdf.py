"""PDF export: one page as large as the chart needs, or print pages of a paper size.

Text is never under :data:`MIN_PT` on paper. With ``page="fit"`` the chart is one page whose
size follows the chart. With a paper size (A4, A3, US Letter, US Legal) a chart that does not
fit one page at that size is paginated (:mod:`orgeditor.render.pages`): an overview of the top
levels, then a page a branch with its chain of command above it; cards whose reports go on
elsewhere carry "continued on page N", and every page has the title, the file name and date,
its number and a legend. Cards on print pages use a larger type (:data:`PRINT_TYPE`) so that
more of them fit a sheet at a legible size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from orgeditor.model import Chart
from orgeditor.render.card_type import TypeScale, card_type
from orgeditor.render.export_plan import ExportCancelledError, ExportPlan
from orgeditor.render.export_qt import Page, Tick, _output, _paint, ensure_gui_app, paint_page
from orgeditor.render.pages import PageSpec, Planner, heading, mark_page, paged_plans
from orgeditor.render.primitives import family_font, qcolor, wrap_text
from orgeditor.render.theme import Theme

__all__ = [
    "MIN_PT",
    "PAPER",
    "PRINT_TYPE",
    "fit_page_size",
    "print_sheets",
    "render_paged_pdf",
    "render_pdf",
    "sheet_image",
]

#: The smallest text on paper (pt).
MIN_PT = 7.0
#: Paper sizes by their name on the command line.
PAPER: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "a3": QPageSize.PageSizeId.A3,
    "letter": QPageSize.PageSizeId.Letter,
    "legal": QPageSize.PageSizeId.Legal,
}
#: Card type on print pages: a card 220 px wide is 1.5 in on paper, its smallest text 7 pt.
PRINT_TYPE = TypeScale(factor=1.3, min_px=14.0)
#: Leaves stacked in one column on a print page (more stand in pairs of columns): pages are
#: wider than a chart's levels are tall.
PRINT_COLUMN = 3
MARGIN_MM = 10.0
#: The largest side of a PDF page (pt): 200 in, what PDF readers accept.
MAX_SIDE_PT = 14_400.0


def _smallest_px(page: Page) -> float:
    """The smallest text on *page* (scene px): its cards' and its other texts'."""
    theme, card_theme = page.theme, page.card_theme
    cards = card_type(card_theme, 4, page.plan.type_scale).smallest
    return min(cards, theme.label_px, theme.legend_px)


def fit_page_size(page: Page) -> tuple[QSizeF, float]:
    """The paper size (pt) of a one-page PDF holding *page* with its smallest text at
    :data:`MIN_PT`, and the scale (pt a scene px); a page larger than PDF readers take is
    scaled down to :data:`MAX_SIDE_PT`."""
    scale = MIN_PT / _smallest_px(page)
    margin = MARGIN_MM / 25.4 * 72
    width, height = page.size.width() * scale, page.size.height() * scale
    shrink = min(1.0, (MAX_SIDE_PT - 2 * margin) / max(width, height, 1.0))
    scale *= shrink
    return QSizeF(width * shrink + 2 * margin, height * shrink + 2 * margin), scale


def render_pdf(plan: ExportPlan, theme: Theme, out_path: str | Path, tick: Tick | None = None) -> bool:
    """Write *plan* as a one-page PDF sized to it (``--page fit``); False when cancelled."""
    ensure_gui_app()
    page = Page(plan, theme)
    size, scale = fit_page_size(page)
    layout = QPageLayout(
        QPageSize(size, QPageSize.Unit.Point, "Chart", QPageSize.SizeMatchPolicy.ExactMatch),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    return _write(out_path, plan.title, layout, [_Sheet(page, scale)], tick)


@dataclass(frozen=True, slots=True)
class _Sheet:
    """One PDF page: a composed *page* at *scale* (pt a scene px), below a *heading* (title,
    subtitle lines) and above a *footer* printed in points; no heading: the page has its own."""

    page: Page
    scale: float
    heading: tuple[str, ...] = ()
    footer: tuple[str, str] = ("", "")


#: Type of the print heading and footer (pt).
TITLE_PT, SUBTITLE_PT, FOOTER_PT = 14.0, 9.0, 8.0
#: Room the print heading and footer take on a sheet (pt).
HEADING_H, FOOTER_H = 2 * 18.0 + 2 * 12.0, 16.0


def _write(
    out_path: str | Path, title: str, layout: QPageLayout, sheets: Sequence[_Sheet], tick: Tick | None
) -> bool:
    """Write *sheets* on paper of *layout*, each page centred across the printable area."""
    try:
        with _output(Path(out_path), "pdf") as file:
            writer = QPdfWriter(file)
            writer.setResolution(72)  # one device unit a point
            writer.setTitle(title)
            writer.setCreator("orgeditor")
            writer.setPageLayout(layout)
            area = writer.pageLayout().paintRectPoints()

            def draw(painter: QPainter) -> None:
                for index, sheet in enumerate(sheets):
                    if index:
                        writer.newPage()
                    _draw_sheet(painter, sheet, area.width(), area.height(), tick)

            _paint(writer, draw)
    except ExportCancelledError:
        return False
    return True


def _draw_sheet(painter: QPainter, sheet: _Sheet, width: float, height: float, tick: Tick | None) -> None:
    """Draw a sheet in a printable area *width* × *height* (pt) at the painter's origin."""
    top = _heading(painter, sheet, width) if sheet.heading else 0.0
    if sheet.footer != ("", ""):
        _footer(painter, sheet, width, height)
    page, scale = sheet.page, sheet.scale
    painter.save()
    painter.translate((width - page.size.width() * scale) / 2, top)
    painter.scale(scale, scale)
    paint_page(painter, page, tick, background=False)
    painter.restore()


def _heading(painter: QPainter, sheet: _Sheet, width: float) -> float:
    """Print the sheet's title and subtitle lines at the top; the height they take (pt)."""
    theme = sheet.page.theme
    painter.save()
    font = family_font(theme.font_family, TITLE_PT, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qcolor(theme.text))
    y = 0.0
    for line in wrap_text(sheet.heading[0], font, width, 2):
        y += metrics.ascent()
        painter.drawText(QPointF(0, y), line)
        y += metrics.descent()
    y += 4
    font = family_font(theme.font_family, SUBTITLE_PT)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qcolor(theme.muted_text))
    for line in sheet.heading[1:]:
        for part in wrap_text(line, font, width, 2):
            y += metrics.ascent()
            painter.drawText(QPointF(0, y), part)
            y += metrics.descent() + 1
    painter.restore()
    return HEADING_H


def _footer(painter: QPainter, sheet: _Sheet, width: float, height: float) -> None:
    """Print the footer: its left text (file and date) and right text (page number)."""
    theme = sheet.page.theme
    painter.save()
    font = family_font(theme.font_family, FOOTER_PT)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qcolor(theme.muted_text))
    left, right = sheet.footer
    base = height - metrics.descent()
    painter.drawText(QPointF(0, base), left)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(right), base), right)
    painter.restore()


def _paper(page: str, orientation: str) -> QPageLayout:
    turn = (
        QPageLayout.Orientation.Portrait if orientation == "portrait" else QPageLayout.Orientation.Landscape
    )
    return QPageLayout(
        QPageSize(PAPER[page]),
        turn,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def print_sheets(
    chart: Chart, planner: Planner, theme: Theme, *, page: str, orientation: str = "auto", subtitle: str
) -> tuple[QPageLayout, list[_Sheet]]:
    """The paper of *page* (a key of :data:`PAPER`) and the sheets *chart* takes on it:
    one when it fits, else an overview and a sheet a branch; *planner* plans a set of units
    (None: all)."""
    ensure_gui_app()
    whole = planner(None, (), PRINT_TYPE, PRINT_COLUMN)
    if orientation == "auto":  # upright for a chart taller than wide (a long chain)
        orientation = "portrait" if whole.bounds[3] > whole.bounds[2] else "landscape"
    layout = _paper(page, orientation)
    paper = layout.paintRect(QPageLayout.Unit.Point)
    room = QSizeF(paper.width(), paper.height() - HEADING_H - FOOTER_H)

    def scale_of(sheet: Page) -> float:
        return min(1.0, room.width() / sheet.size.width(), room.height() / sheet.size.height())

    upright = orientation == "portrait"

    def holds(plan: ExportPlan) -> bool:
        sheet = Page(plan, theme, header=False, legend_below=upright)
        return scale_of(sheet) * _smallest_px(sheet) >= MIN_PT

    def sheet_of(spec: PageSpec, plan: ExportPlan, specs: Sequence[PageSpec]) -> _Sheet:
        plan = mark_page(spec, plan, "page", specs)
        sheet = Page(plan, theme, header=False, legend_below=upright)
        pages = len(specs)
        number = f"page {spec.number} of {pages}" if pages > 1 else ""
        return _Sheet(sheet, scale_of(sheet), heading(chart, spec, pages), (subtitle, number))

    if holds(whole):
        pages = [(PageSpec(1, None, tuple(whole.chart.units)), whole)]
    else:
        pages = paged_plans(chart, planner, holds, PRINT_TYPE, PRINT_COLUMN)
    specs = [spec for spec, _ in pages]
    return layout, [sheet_of(spec, plan, specs) for spec, plan in pages]


def render_paged_pdf(
    chart: Chart,
    planner: Planner,
    theme: Theme,
    out_path: str | Path,
    *,
    page: str,
    orientation: str = "auto",
    subtitle: str,
    tick: Tick | None = None,
) -> bool:
    """Write *chart* on pages of paper *page* (a key of :data:`PAPER`), paginated when it
    does not fit one (:func:`print_sheets`). False when cancelled."""
    layout, sheets = print_sheets(
        chart, planner, theme, page=page, orientation=orientation, subtitle=subtitle
    )
    return _write(out_path, chart.title, layout, sheets, tick)


def sheet_image(layout: QPageLayout, sheet: _Sheet, scale: float) -> QImage:
    """A sheet as the paper it is printed on, *scale* pixels a point (a preview)."""
    ensure_gui_app()
    full = layout.fullRectPoints()
    area = layout.paintRectPoints()
    image = QImage(
        max(1, round(full.width() * scale)), max(1, round(full.height() * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        painter.translate(area.left(), area.top())
        _draw_sheet(painter, sheet, area.width(), area.height(), None)
    finally:
        painter.end()
    return image
