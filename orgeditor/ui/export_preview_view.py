"""The export preview's picture: the page in a :class:`QGraphicsView` that zooms.

It opens fitted to the page's content (and fits again when resized), zooms with Ctrl+wheel
(under the mouse), Ctrl+plus and Ctrl+minus, and scrolls or is dragged when zoomed in. The
page image is drawn once, at a modest size; zoomed in beyond its resolution, the visible
part is drawn again at the view's resolution on a worker thread and laid over it, so that a
large chart stays sharp and the dialog responsive.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, QSizeF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

__all__ = ["FIT_MAX", "ZOOM_MAX", "ZOOM_STEP", "PreviewView", "RegionPainter"]

RegionPainter = Callable[[QRectF, float], QImage]
"""Draws the page's *window* (page px) at *scale* image px per page px; safe off the GUI thread."""

#: The largest scale "fit" picks (a small chart is not blown up beyond this).
FIT_MAX = 2.0
#: The largest zoom, in screen px per page px.
ZOOM_MAX = 8.0
ZOOM_STEP = 1.25
#: Screen px left around the content when fitted.
FIT_PADDING = 10
#: How long the view rests before its visible part is drawn again sharply.
DETAIL_DELAY_MS = 150


class _DetailSignals(QObject):
    ready = Signal(int, object, QRectF, float)


class PreviewView(QGraphicsView):
    """A page image, fitted to its content or zoomed in; see the module's docstring."""

    zoom_changed = Signal()
    """The zoom changed (or fitting did)."""
    detail_ready = Signal()
    """The visible part was drawn again at the view's resolution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPreview")
        self.setScene(QGraphicsScene(self))
        self.page_item = QGraphicsPixmapItem()
        self.detail_item = QGraphicsPixmapItem()
        for z, item in enumerate((self.page_item, self.detail_item)):
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setZValue(z)
            self.scene().addItem(item)
        self.setBackgroundBrush(QColor("#a8a8a8"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMinimumSize(560, 400)
        self.fitted = True
        self.content = QRectF()
        """The part of the page that "fit" shows (page px)."""
        self.image_scale = 1.0
        """Image px per page px of the page image."""
        self._draw: RegionPainter | None = None
        self._detail = (QRectF(), 0.0)
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _DetailSignals(self)
        self._signals.ready.connect(self._detail_drawn)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._start_detail)
        self.horizontalScrollBar().valueChanged.connect(self._schedule_detail)
        self.verticalScrollBar().valueChanged.connect(self._schedule_detail)
        self._show_scroll_bars(False)

    # ---------------------------------------------------------------- content

    def show_page(self, image: QImage, page: QSizeF, content: QRectF, draw: RegionPainter | None) -> None:
        """Show *image* of a *page* (page px) whose *content* "fit" shows; *draw* draws a
        part of it sharply when zoomed in (None: the image is all there is). A zoomed-in
        view keeps its zoom and centre."""
        centre = self.mapToScene(self.viewport().rect().center())
        self._forget_detail()
        self.page_item.setPixmap(QPixmap.fromImage(image))
        self.image_scale = image.width() / max(page.width(), 1.0)
        self.page_item.setScale(1 / self.image_scale)
        self.scene().setSceneRect(QRectF(QPointF(0, 0), page))
        self.content = content if content.isValid() else self.sceneRect()
        self._draw = draw
        if self.fitted:
            self.fit()
        else:
            self.set_zoom(self.zoom())
            self.centerOn(centre)

    def clear(self) -> None:
        """Show nothing (an error, or a text preview elsewhere)."""
        self._forget_detail()
        self._draw = None
        self.page_item.setPixmap(QPixmap())

    def has_page(self) -> bool:
        return not self.page_item.pixmap().isNull()

    # ------------------------------------------------------------------- zoom

    def zoom(self) -> float:
        """Screen px per page px."""
        return self.transform().m11()

    def fit_scale(self) -> float:
        """The zoom at which the content fills the view (at most :data:`FIT_MAX`)."""
        room = self.viewport().size()
        across = (room.width() - 2 * FIT_PADDING) / max(self.content.width(), 1.0)
        down = (room.height() - 2 * FIT_PADDING) / max(self.content.height(), 1.0)
        return max(0.001, min(FIT_MAX, across, down))

    def fit(self) -> None:
        """Show the whole content, as large as the view allows; resizing keeps it fitted."""
        self.fitted = True
        self._show_scroll_bars(False)
        self._scale_to(self.fit_scale())
        self.centerOn(self.content.center())
        self.zoom_changed.emit()

    def set_zoom(self, scale: float, *, anchor: QPoint | None = None) -> None:
        """Zoom to *scale* screen px per page px (kept between half the fit and
        :data:`ZOOM_MAX`) around the view's centre, or keeping the page under *anchor* (a
        point of the viewport, such as the mouse) in place."""
        fit = self.fit_scale()
        scale = min(max(scale, fit / 2), max(ZOOM_MAX, fit))
        self.fitted = False
        self._show_scroll_bars(True)
        fixed = self.mapToScene(anchor) if anchor is not None else None
        self._scale_to(scale)
        if anchor is not None and fixed is not None:
            moved = self.mapFromScene(fixed) - anchor
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.zoom_changed.emit()
        self._schedule_detail()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def _scale_to(self, scale: float) -> None:
        factor = scale / self.zoom()
        self.scale(factor, factor)

    def _show_scroll_bars(self, shown: bool) -> None:
        # fitted, the page's margin may stick out a little: no scroll bars for it (and no
        # resize loop from scroll bars that come and go while fitting)
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if shown else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps and self.has_page():
                self.set_zoom(self.zoom() * ZOOM_STEP**steps, anchor=event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fitted:
            self.fit()
        else:
            self._schedule_detail()

    # ------------------------------------------------------- sharp when zoomed

    def needs_detail(self) -> bool:
        """True when the view shows the page larger than the page image holds."""
        wanted = self.zoom() * self.devicePixelRatioF()
        return self._draw is not None and wanted > self.image_scale * 1.05

    def _schedule_detail(self) -> None:
        if self._draw is not None:
            self._detail_timer.start()

    def _start_detail(self) -> None:
        draw = self._draw
        if draw is None or not self.needs_detail():
            return
        scale = self.zoom() * self.devicePixelRatioF()
        rect = self.mapToScene(self.viewport().rect()).boundingRect().intersected(self.sceneRect())
        shown, shown_scale = self._detail
        if rect.isEmpty() or (shown_scale == scale and shown.contains(rect)):
            return
        self._generation += 1
        generation, signals = self._generation, self._signals

        def work() -> None:
            try:
                image: QImage | None = draw(rect, scale)
            except Exception:  # the page image stays: nothing to report
                image = None
            signals.ready.emit(generation, image, rect, scale)

        self._pool.clear()
        self._pool.start(work)

    def _detail_drawn(self, generation: int, image: object, rect: QRectF, scale: float) -> None:
        if generation != self._generation or not isinstance(image, QImage) or image.isNull():
            return
        self.detail_item.setPixmap(QPixmap.fromImage(image))
        self.detail_item.setScale(1 / scale)
        self.detail_item.setPos(rect.topLeft())
        self._detail = (QRectF(rect), scale)
        self.detail_ready.emit()

    def _forget_detail(self) -> None:
        self._generation += 1
        self._detail_timer.stop()
        self._pool.clear()
        self.detail_item.setPixmap(QPixmap())
        self._detail = (QRectF(), 0.0)

    def stop(self) -> None:
        """Stop drawing (before the dialog closes): waits for a drawing under way."""
        self._forget_detail()
        self._draw = None
        self._pool.waitForDone()
