"""The export dialog's preview: what an export with given options looks like.

:func:`build_preview` draws the page with the exporter's own code (safe off the GUI thread);
interop formats preview the first lines of the file. :class:`PreviewPane` shows the result,
fitted to the pane or zoomed in (a larger drawing in a scroll area).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart
from orgeditor.render.export import RENDERED_FORMATS, check_export_size

if TYPE_CHECKING:
    from collections.abc import Sequence

    from orgeditor.render.export_plan import FindingLike

__all__ = [
    "NOTES",
    "PREVIEW_MAX",
    "ZOOM_MAX",
    "ExportOptions",
    "PreviewPane",
    "PreviewResult",
    "build_preview",
    "page_caption",
]

#: Largest preview drawing: fitted to the pane, and zoomed in.
PREVIEW_MAX = QSize(1400, 1000)
ZOOM_MAX = QSize(6000, 4500)
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


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A picture (rendered formats) or the first lines of a file (interop), or an error."""

    image: QImage | None = None
    text: str | None = None
    page: QSize | None = None
    error: str = ""
    units: int = 0
    """How many units the export holds."""


def build_preview(
    chart: Chart, options: ExportOptions, findings: Sequence[FindingLike] = (), limit: QSize = PREVIEW_MAX
) -> PreviewResult:
    """What the export of *chart* with *options* looks like (safe to call off the GUI thread).

    Raises ``ValueError`` for an export over its format's limits (the caption says so).
    """
    check_export_size(chart, options.fmt, options.unit)
    if options.fmt in RENDERED_FORMATS:
        from orgeditor.render.export_plan import plan_export  # noqa: PLC0415 - Qt page code
        from orgeditor.render.export_qt import Page, render_image  # noqa: PLC0415
        from orgeditor.render.theme import get_theme, theme_for_chart  # noqa: PLC0415

        plan = plan_export(
            chart,
            unit=options.unit,
            show_badges=options.show_badges,
            show_posts=options.show_posts,
            findings=findings,
        )
        look = theme_for_chart(get_theme(options.theme), chart)  # colours as in the editor
        size = Page(plan, look).size
        scale = min(1.0, limit.width() / max(1, size.width()), limit.height() / max(1, size.height()))
        image = render_image(plan, look, max(scale, 0.01))
        return PreviewResult(image=image, page=size, units=len(plan.chart))
    from orgeditor.render.export_plan import branch_chart  # noqa: PLC0415

    subject = branch_chart(chart, options.unit) if options.unit is not None else chart
    if options.fmt == "yaml":
        from orgeditor.io import dump_chart  # noqa: PLC0415

        text = dump_chart(subject)
    elif options.fmt == "dot":
        from orgeditor.io.dot import dumps_dot  # noqa: PLC0415

        text = dumps_dot(subject)
    elif options.fmt == "graphml":
        from orgeditor.io.graphml import dumps_graphml  # noqa: PLC0415

        text = dumps_graphml(subject)
    else:
        from orgeditor.io.csv_format import dumps_csv  # noqa: PLC0415

        text = dumps_csv(subject)
    lines = text.splitlines()
    more = len(lines) - PREVIEW_LINES
    shown = "\n".join(lines[:PREVIEW_LINES]) + (f"\n… {more} more lines" if more > 0 else "")
    return PreviewResult(text=shown, units=len(subject))


NOTES: dict[str, str] = {
    "svg": "A vector picture: text stays text, opens in browsers and Inkscape.",
    "pdf": "Vector, searchable text; the page size (A4 … A0) and orientation are chosen to fit.",
    "png": "An image of the page; the scale multiplies its pixels (2 × for slides and screens).",
    "pptx": "Native, editable boxes and connectors; large charts get one more slide a department.",
    "graphml": "Opens in yEd with names and line kinds as attributes; theme and badges do not apply.",
    "dot": "Graphviz source; theme and badges do not apply.",
    "csv": "One row a unit, for spreadsheets; File ▸ Import CSV… reads it back.",
    "yaml": "The chart file itself (a branch exports as a chart of its own).",
}


def page_caption(options: ExportOptions, page: QSize, units: int) -> str:
    width, height = page.width(), page.height()
    count = f"{units} unit{'s' if units != 1 else ''}"
    if options.fmt == "png":
        scale = options.scale
        return f"{count} · PNG {round(width * scale)} × {round(height * scale)} px at {scale:g} ×"
    if options.fmt == "pdf":
        from orgeditor.render.export_qt import choose_pdf_page  # noqa: PLC0415

        page_size, orientation, _ = choose_pdf_page(QSizeF(page))
        turn = "landscape" if orientation == QPageLayout.Orientation.Landscape else "portrait"
        return f"{count} · PDF on {page_size.name()} {turn}"
    return f"{count} · page {width} × {height} px"


class PreviewPane(QWidget):
    """The preview picture (fitted, or zoomed in and scrollable) or text, and its caption."""

    zoom_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PreviewResult | None = None
        self.picture = QLabel()
        self.picture.setObjectName("exportPreview")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("exportPreviewScroll")
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setMinimumSize(560, 400)
        self.scroller.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroller.setStyleSheet("QScrollArea, QLabel#exportPreview { background: #a8a8a8; }")
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("exportTextPreview")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(self.text_view)
        self.caption = QLabel("Preparing preview…")
        self.caption.setObjectName("exportCaption")
        self.zoom_check = QCheckBox("&Zoom in")
        self.zoom_check.setObjectName("exportZoom")
        self.zoom_check.setToolTip("Show the page larger, in a scrollable view")
        self.zoom_check.toggled.connect(self._zoom)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.caption, 1)
        below.addWidget(self.zoom_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(below)

    @property
    def zoomed(self) -> bool:
        return self.zoom_check.isChecked()

    def limit(self) -> QSize:
        """How large the next drawing should be."""
        return QSize(ZOOM_MAX if self.zoomed else PREVIEW_MAX)

    def show_result(self, result: PreviewResult) -> None:
        self.result = result
        if result.text is not None:
            self.text_view.setPlainText(result.text)
            self.stack.setCurrentWidget(self.text_view)
            self.zoom_check.setEnabled(False)
        else:
            self.stack.setCurrentWidget(self.scroller)
            self.zoom_check.setEnabled(True)
            self._show_picture()

    def _zoom(self, on: bool) -> None:
        self.scroller.setWidgetResizable(not on)
        self._show_picture()
        self.zoom_toggled.emit(on)

    def _show_picture(self) -> None:
        result = self.result
        if result is None or result.image is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(result.error if result is not None else "")
            return
        ratio = self.picture.devicePixelRatioF()
        pixmap = QPixmap.fromImage(result.image)
        if not self.zoomed:
            room = self.scroller.viewport().size() * ratio
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        if self.zoomed:
            self.picture.adjustSize()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.result is not None and self.result.image is not None and not self.zoomed:
            self._show_picture()
