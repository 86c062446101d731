"""The export dialog's preview: what an export with given options looks like.

:func:`build_preview` draws the page with the exporter's own code (safe off the GUI thread);
interop formats preview the first lines of the file. :class:`PreviewPane` shows the result:
the page in a :class:`~orgeditor.ui.export_preview_view.PreviewView` that opens fitted to the
content and zooms, with its zoom buttons and caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io import dump_chart
from orgeditor.io.csv_format import dumps_csv
from orgeditor.io.dot import dumps_dot
from orgeditor.io.graphml import dumps_graphml
from orgeditor.model import Chart
from orgeditor.render.export import RENDERED_FORMATS, check_export_size, print_preview
from orgeditor.render.export_plan import ExportPlan, FindingLike, branch_chart, plan_export
from orgeditor.render.export_qt import Page, card_measure, group_measure, paint_page, render_image
from orgeditor.render.theme import Theme, get_theme, theme_for_chart
from orgeditor.ui.export_preview_view import PreviewView, RegionPainter
from orgeditor.ui.i18n import translate

__all__ = [
    "NOTES",
    "ORIENTATION_LABELS",
    "PAGE_LABELS",
    "PREVIEW_MAX",
    "ExportOptions",
    "PreviewPane",
    "PreviewResult",
    "build_preview",
    "page_caption",
]

#: The largest page image of a preview (the view scales it; zoomed in further, the visible
#: part is drawn again sharply) and the largest scale it is drawn at (px per page px).
PREVIEW_MAX = QSize(2400, 2400)
PREVIEW_SCALE_MAX = 2.0
#: How much of the page's white margin (page px) "fit" leaves out.
CONTENT_INSET = 20.0
PREVIEW_LINES = 80


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the dialog's controls say."""

    fmt: str = "svg"
    theme: str = "screen"
    unit: str | None = None
    scale: float = 1.0
    show_badges: bool = True
    show_posts: bool = True
    page: str = "fit"
    """A PDF's paper, one of :data:`~orgeditor.render.export.PAGE_SIZES`."""
    orientation: str = "auto"
    """A PDF page's orientation, one of :data:`~orgeditor.render.export.ORIENTATIONS`."""


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A picture (rendered formats) or the first lines of a file (interop), or an error."""

    image: QImage | None = None
    text: str | None = None
    page: QSize | None = None
    """The page's size in page px (the image may be smaller or larger)."""
    error: str = ""
    units: int = 0
    """How many units the export holds."""
    content: QRectF | None = None
    """The part of the page that holds the title, chart and legend (page px)."""
    draw: RegionPainter | None = None
    """Draws a part of the page at another scale (thread-safe), for a zoomed-in view."""
    pages: int = 0
    """How many pages a PDF on paper takes (its first is shown); 0 for one page of any size."""


def build_preview(
    chart: Chart, options: ExportOptions, findings: Sequence[FindingLike] = (), limit: QSize = PREVIEW_MAX
) -> PreviewResult:
    """What the export of *chart* with *options* looks like (safe to call off the GUI thread).

    Raises ``ValueError`` for an export over its format's limits (the caption says so).
    """
    check_export_size(chart, options.fmt, options.unit)
    if options.fmt == "pdf" and options.page != "fit":  # the first page, as printed
        return _print_preview(chart, options, findings, limit)
    if options.fmt in RENDERED_FORMATS:
        look = theme_for_chart(get_theme(options.theme), chart)  # colours as in the editor
        plan = plan_export(
            chart,
            unit=options.unit,
            show_badges=options.show_badges,
            show_posts=options.show_posts,
            findings=findings,
            measure=card_measure(look, show_posts=options.show_posts, badges=options.show_badges),
            group_measure=group_measure(look),
        )  # the cards grown to their whole texts, as the export draws them
        page = Page(plan, look)
        size = page.size
        scale = min(
            PREVIEW_SCALE_MAX, limit.width() / max(1, size.width()), limit.height() / max(1, size.height())
        )
        image = render_image(plan, look, max(scale, 0.01))
        inset = min(CONTENT_INSET, size.width() / 4, size.height() / 4)
        content = QRectF(0, 0, size.width(), size.height()).adjusted(inset, inset, -inset, -inset)
        return PreviewResult(
            image=image,
            page=size,
            units=len(plan.chart),
            content=content,
            draw=_region_painter(plan, look),
        )

    subject = branch_chart(chart, options.unit) if options.unit is not None else chart
    if options.fmt == "yaml":
        text = dump_chart(subject)
    elif options.fmt == "dot":
        text = dumps_dot(subject)
    elif options.fmt == "graphml":
        text = dumps_graphml(subject)
    else:
        text = dumps_csv(subject)
    lines = text.splitlines()
    more = len(lines) - PREVIEW_LINES
    shown = "\n".join(lines[:PREVIEW_LINES]) + (
        "\n" + translate("ExportPreview", "… {count} more lines").format(count=more) if more > 0 else ""
    )
    return PreviewResult(text=shown, units=len(subject))


def _print_preview(
    chart: Chart, options: ExportOptions, findings: Sequence[FindingLike], limit: QSize
) -> PreviewResult:
    """The first page of a PDF on paper, with the number of pages it takes."""

    image, pages = print_preview(
        chart,
        unit=options.unit,
        theme=options.theme,
        page=options.page,
        orientation=options.orientation,
        show_badges=options.show_badges,
        show_posts=options.show_posts,
        findings=findings,
        fit=(limit.width(), limit.height()),
    )
    paper = QSize(image.width(), image.height())
    units = len(branch_chart(chart, options.unit)) if options.unit is not None else len(chart)
    return PreviewResult(
        image=image, page=paper, units=units, content=QRectF(0, 0, paper.width(), paper.height()), pages=pages
    )


def _region_painter(plan: ExportPlan, look: Theme) -> RegionPainter:
    """Draws a window of the page of *plan* (page px) at a scale, only what is inside it."""

    page = Page(plan, look)

    def draw(window: QRectF, scale: float) -> QImage:
        width, height = max(1, round(window.width() * scale)), max(1, round(window.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(look.background))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.scale(scale, scale)
            painter.translate(-window.topLeft())
            paint_page(painter, page, window=window)
        finally:
            painter.end()
        return image

    return draw


NOTES: dict[str, str] = {
    "svg": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview", "A vector picture: text stays text, opens in browsers and Inkscape."
        )
    ),
    "pdf": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview",
            "Vector, searchable text. “Fit the chart” makes one page as large as the chart; on a "
            "paper size a chart that does not fit continues on more pages.",
        )
    ),
    "png": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview",
            "An image of the page; the scale multiplies its pixels (2 × for slides and screens).",
        )
    ),
    "pptx": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview",
            "A 16:9 deck with no text under 10 pt: an overview, then a slide a department, shared "
            "unit and branch; editable boxes and glued connectors; notes list each slide's units.",
        )
    ),
    "graphml": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview",
            "Opens in yEd with names and line kinds as attributes; theme and badges do not apply.",
        )
    ),
    "dot": str(QT_TRANSLATE_NOOP("ExportPreview", "Graphviz source; theme and badges do not apply.")),
    "csv": str(
        QT_TRANSLATE_NOOP(
            "ExportPreview", "One row a unit, for spreadsheets; File ▸ Import CSV… reads it back."
        )
    ),
    "yaml": str(
        QT_TRANSLATE_NOOP("ExportPreview", "The chart file itself (a branch exports as a chart of its own).")
    ),
}


#: The names of the PDF paper sizes (:data:`~orgeditor.render.export.PAGE_SIZES`) and
#: orientations (:data:`~orgeditor.render.export.ORIENTATIONS`).
PAGE_LABELS: dict[str, str] = {
    "fit": str(QT_TRANSLATE_NOOP("ExportPreview", "Fit the chart (one page)")),
    "a4": str(QT_TRANSLATE_NOOP("ExportPreview", "A4")),
    "a3": str(QT_TRANSLATE_NOOP("ExportPreview", "A3")),
    "letter": str(QT_TRANSLATE_NOOP("ExportPreview", "US Letter")),
    "legal": str(QT_TRANSLATE_NOOP("ExportPreview", "US Legal")),
}
ORIENTATION_LABELS: dict[str, str] = {
    "auto": str(QT_TRANSLATE_NOOP("ExportPreview", "Automatic")),
    "landscape": str(QT_TRANSLATE_NOOP("ExportPreview", "Landscape")),
    "portrait": str(QT_TRANSLATE_NOOP("ExportPreview", "Portrait")),
}


def page_caption(options: ExportOptions, page: QSize, units: int, pages: int = 0) -> str:
    width, height = page.width(), page.height()
    count = units_text(units)
    if options.fmt == "png":
        scale = options.scale
        return translate("ExportPreview", "{units} · PNG {width} × {height} px at {scale} ×").format(
            units=count, width=round(width * scale), height=round(height * scale), scale=f"{scale:g}"
        )
    if options.fmt == "pdf":
        if options.page == "fit":
            return translate("ExportPreview", "{units} · PDF, one page the size of the chart").format(
                units=count
            )
        label = PAGE_LABELS.get(options.page)
        paper = translate("ExportPreview", label) if label else options.page.upper()
        upright = page.height() > page.width() if pages else options.orientation == "portrait"
        if pages > 1:
            text = (
                translate(
                    "ExportPreview", "{units} · PDF on {paper} portrait: {pages} pages, the first shown"
                )
                if upright
                else translate(
                    "ExportPreview", "{units} · PDF on {paper} landscape: {pages} pages, the first shown"
                )
            )
            return text.format(units=count, paper=paper, pages=pages)
        text = (
            translate("ExportPreview", "{units} · PDF on {paper} portrait, one page")
            if upright
            else translate("ExportPreview", "{units} · PDF on {paper} landscape, one page")
        )
        return text.format(units=count, paper=paper)
    return translate("ExportPreview", "{units} · page {width} × {height} px").format(
        units=count, width=width, height=height
    )


def units_text(units: int) -> str:
    """The number of units in words ("1 unit", "3 units") in the user's language."""
    if units == 1:
        return translate("ExportPreview", "1 unit")
    return translate("ExportPreview", "{count} units").format(count=units)


class PreviewPane(QWidget):
    """The preview: the page (fitted or zoomed) or the file's first lines, the caption, and
    the zoom buttons (also Ctrl+plus, Ctrl+minus, Ctrl+0 and Ctrl+wheel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PreviewResult | None = None
        self.view = PreviewView()
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("exportTextPreview")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.text_view)
        self.caption = QLabel(self.tr("Preparing preview…"))
        self.caption.setObjectName("exportCaption")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setObjectName("exportZoomOut")
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+minus, or Ctrl+wheel)"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("exportZoomLevel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setObjectName("exportZoomIn")
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+plus, or Ctrl+wheel); drag to move around"))
        self.fit_button = QPushButton(self.tr("F&it"))
        self.fit_button.setObjectName("exportZoomFit")
        self.fit_button.setAutoDefault(False)
        self.fit_button.setToolTip(self.tr("Show the whole chart (Ctrl+0)"))
        self.shortcuts = [
            QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self.view.zoom_in),
            QShortcut(QKeySequence("Ctrl+="), self, self.view.zoom_in),
            QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.view.zoom_out),
            QShortcut(QKeySequence("Ctrl+0"), self, self.view.fit),
        ]
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.fit_button.clicked.connect(self.view.fit)
        self.view.zoom_changed.connect(self._show_zoom)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.caption, 1)
        below.addWidget(self.zoom_out_button)
        below.addWidget(self.zoom_label)
        below.addWidget(self.zoom_in_button)
        below.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(below)
        self._set_zoomable(False)

    def show_result(self, result: PreviewResult) -> None:
        self.result = result
        if result.text is not None:
            self.text_view.setPlainText(result.text)
            self.stack.setCurrentWidget(self.text_view)
            self.view.clear()
        else:
            self.stack.setCurrentWidget(self.view)
            if result.image is not None and result.page is not None:
                content = result.content if result.content is not None else QRectF()
                self.view.show_page(result.image, QSizeF(result.page), content, result.draw)
            else:
                self.view.clear()
        self._set_zoomable(self.view.has_page() and result.text is None)

    def _set_zoomable(self, on: bool) -> None:
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            widget.setVisible(on)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)

    def _show_zoom(self) -> None:
        percent = max(1, round(self.view.zoom() * 100))
        self.zoom_label.setText(f"{percent} %")
        self.zoom_label.setToolTip(
            self.tr("Fitted to the chart") if self.view.fitted else self.tr("Zoomed; Fit shows it all")
        )
