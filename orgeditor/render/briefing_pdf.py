"""A briefing as PDF: an HTML report printed through Qt's rich text, then one page a diagram.

The report pages are the HTML laid out by ``QTextDocument`` on A4 landscape pages (Qt reads
tables, cell colours and fonts; it has no CSS grid nor inline SVG, so the diagrams come after).
Each diagram page holds a heading and the whole chart drawn as the exporter draws it, vector,
scaled to the page, with the marks of :mod:`orgeditor.render.highlight`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from orgeditor.io.atomic import atomic_path
from orgeditor.model import Chart
from orgeditor.render.export_qt import ensure_gui_app
from orgeditor.render.highlight import Highlight, highlight_page, paint_highlighted
from orgeditor.render.primitives import qcolor

__all__ = ["BriefingDiagram", "write_briefing_pdf"]

#: Device pixels an inch on the PDF (1 px = 1/96 in, as on screen and in the exporters).
_DPI = 96
_MARGIN_MM = 12.0
_HEADING_PX = 20.0


@dataclass(frozen=True)
class BriefingDiagram:
    """A diagram page: its heading, the chart, and the cards to mark."""

    heading: str
    chart: Chart
    highlights: Mapping[str, Highlight] = field(default_factory=dict)


def write_briefing_pdf(
    html: str, diagrams: Sequence[BriefingDiagram], out_path: str | Path, *, theme: str = "screen"
) -> int:
    """Write the report *html* and then the *diagrams*, one a page, to *out_path* (A4
    landscape); returns the number of pages. Raises ``OSError`` when the file cannot be
    written (any previous file is then left as it was)."""
    ensure_gui_app()
    out = Path(out_path)
    with atomic_path(out, keep_backup=False) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(_DPI)
        writer.setTitle("Comparison of variants")
        writer.setCreator("orgeditor")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        area = writer.pageLayout().paintRectPixels(_DPI)
        width, height = float(area.width()), float(area.height())
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot start writing the PDF {out}")
        try:
            pages = _paint_report(painter, html, width, height, writer)
            for diagram in diagrams:
                writer.newPage()
                _paint_diagram(painter, diagram, width, height, theme)
                pages += 1
        finally:
            ended = painter.end()
        if not ended or not temporary.read_bytes().rstrip().endswith(b"%%EOF"):
            raise OSError(f"the PDF {out} came out incomplete")
    return pages


def _paint_report(painter: QPainter, html: str, width: float, height: float, writer: QPdfWriter) -> int:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, height))
    count = document.pageCount()
    for index in range(count):
        if index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * height)
        document.drawContents(painter, QRectF(0, index * height, width, height))
        painter.restore()
    return count


def _paint_diagram(
    painter: QPainter, diagram: BriefingDiagram, width: float, height: float, theme: str
) -> None:
    page = highlight_page(diagram.chart, theme=theme)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(_HEADING_PX))
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(qcolor("#202124"))
    metrics = QFontMetricsF(font)
    text = metrics.elidedText(diagram.heading, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QPointF(0, metrics.ascent()), text)
    painter.restore()
    top = metrics.height() + 8
    size = page.size
    scale = min(width / max(1, size.width()), (height - top) / max(1, size.height()))
    painter.save()
    painter.translate(0, top)
    painter.scale(scale, scale)
    paint_highlighted(painter, page, diagram.highlights)
    painter.restore()
