"""Cards marked with a colour of their own: the hook that colours changes on exported pictures.

A *highlight* is a colour (and a word, and whether the outline is dashed) per unit id. It is
painted over the page the exporter draws: a light wash of the colour on the card, a thick
outline and a small tag naming the change, so the change reads without colour too. The
colours of :data:`CHANGE_HIGHLIGHTS` are those of the compare view.

>>> CHANGE_HIGHLIGHTS["moved"].dashed
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

from orgeditor.model import Chart
from orgeditor.render.export_plan import ExportPlan, plan_export
from orgeditor.render.export_qt import Page, card_measure, ensure_gui_app, group_measure, paint_page
from orgeditor.render.painting import make_font
from orgeditor.render.theme import Theme, get_theme, theme_for_chart

__all__ = ["CHANGE_HIGHLIGHTS", "Highlight", "highlight_page", "highlighted_svg", "paint_highlights"]


@dataclass(frozen=True, slots=True)
class Highlight:
    """How one card is marked: outline *colour* (``#rrggbb``), the word on its tag, dashes."""

    colour: str
    label: str = ""
    dashed: bool = False


#: The marks of a change since the variant before, in the compare view's colours.
CHANGE_HIGHLIGHTS: dict[str, Highlight] = {
    "added": Highlight("#188038", "added"),
    "removed": Highlight("#c5221f", "removed"),
    "changed": Highlight("#e37400", "changed"),
    "moved": Highlight("#e37400", "line moved", dashed=True),
}


def paint_highlights(
    painter: QPainter, plan: ExportPlan, highlights: Mapping[str, Highlight], theme: Theme
) -> None:
    """Mark the cards of *plan* named in *highlights*, in the plan's coordinates (the painter
    translated to the chart's origin on the page). Ids not on the plan are skipped."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = make_font(theme, theme.label_px, bold=True)
    metrics = QFontMetricsF(font)
    for unit_id, mark in highlights.items():
        if unit_id not in plan.positions:
            continue
        x, y, w, h = plan.card_rect(unit_id)
        rect = QRectF(x, y, w, h)
        wash = QColor(mark.colour)
        wash.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(wash))
        painter.drawRoundedRect(rect, 5, 5)
        pen = QPen(QColor(mark.colour), 3.5)
        if mark.dashed:
            pen.setDashPattern([4.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)
        if mark.label:
            width, height = metrics.horizontalAdvance(mark.label) + 10, metrics.height() + 2
            tag = QRectF(rect.right() - width - 8, rect.top() - height / 2 - 1, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(mark.colour)))
            painter.drawRoundedRect(tag, height / 2, height / 2)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark.label)
    painter.restore()


def highlight_page(chart: Chart, *, theme: str = "screen", title: str | None = None) -> Page:
    """The export page of the whole *chart* (title, chart, legend), cards measured as drawn,
    on which :func:`paint_highlights` marks cards (after :func:`paint_page`)."""
    ensure_gui_app()
    look = theme_for_chart(get_theme(theme), chart)
    plan = plan_export(
        chart,
        measure=card_measure(look, show_posts=True, badges=False),
        group_measure=group_measure(look),
    )
    if title is not None:
        plan.title = title
    return Page(plan, look)


def paint_highlighted(painter: QPainter, page: Page, highlights: Mapping[str, Highlight]) -> None:
    """Paint *page* and mark its cards named in *highlights*."""
    paint_page(painter, page)
    painter.save()
    painter.translate(page.chart_origin)
    paint_highlights(painter, page.plan, highlights, page.theme)
    painter.restore()


def highlighted_svg(
    chart: Chart,
    highlights: Mapping[str, Highlight],
    *,
    theme: str = "screen",
    title: str | None = None,
) -> str:
    """The whole *chart* as SVG text (as ``orgeditor export --format svg`` draws it), with
    the cards named in *highlights* marked."""
    page = highlight_page(chart, theme=theme, title=title)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(96)
    generator.setSize(page.size)
    generator.setViewBox(QRectF(0, 0, page.size.width(), page.size.height()))
    generator.setTitle(page.plan.title)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("cannot start drawing the SVG")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    try:
        paint_highlighted(painter, page, highlights)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")
