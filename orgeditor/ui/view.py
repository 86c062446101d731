"""The chart view: zoom (ctrl+wheel, fit), pan, keyboard navigation, rename in place, the
reporting-line scope shown, and the legend (in a dock beside the chart, never over it).

Zooming steps through :data:`ZOOM_LEVELS`, 10 % to 400 % in eleven geometric notches (Ctrl+wheel,
Ctrl+= and Ctrl+-; below 10 % only to see the whole chart). Scrolling stops at the chart's
bounds. A chart opens on its top levels (the SG and the departments) at a size where their
names read (:data:`READABLE_PX`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QDockWidget, QFrame, QGraphicsView, QLineEdit, QScrollArea, QStyle, QWidget

from orgeditor.model import SCOPES
from orgeditor.render.diagram import LegendRow, draw_legend, legend_rows, legend_size
from orgeditor.render.painting import overview_px
from orgeditor.render.theme import BADGES, Theme
from orgeditor.ui.i18n import plural
from orgeditor.ui.items import CardItem, scope_shown, show_scope
from orgeditor.ui.overview import OVERVIEW_ZOOM, pick_slack
from orgeditor.ui.scene import ChartScene

__all__ = ["READABLE_PX", "ZOOM_LEVELS", "ChartView", "LegendWidget", "UnitFinder", "zoom_text"]

#: The zoom steps: 10 % to 100 % in seven steps of ×1.39, then to 400 % in four of ×1.41.
ZOOM_LEVELS: tuple[float, ...] = (
    *(0.1 * 10 ** (k / 7) for k in range(7)),
    *(2 ** (k / 2) for k in range(5)),
)
#: The least size (screen px) of the top levels' card text in the opening view.
READABLE_PX = 9.0
#: Empty space the scene keeps around the chart (``ChartScene.fit_scene_rect``), scene px.
_SCENE_MARGIN = (400.0, 300.0)
#: Empty space the view scrolls to beyond the chart's cards, screen px.
_SCROLL_MARGIN = 40.0
_NOTCH = 120  # angle delta of one wheel notch


def zoom_text(zoom: float) -> str:
    """The zoom as the status bar says it: "35 %", "2.5 %" far out (never "0 %").

    >>> zoom_text(0.35), zoom_text(0.0249), zoom_text(4.0)
    ('35 %', '2.5 %', '400 %')
    """
    percent = zoom * 100
    return f"{percent:.0f} %" if percent >= 9.5 else f"{percent:.2g} %"


_ARROWS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class ChartView(QGraphicsView):
    """Shows a :class:`ChartScene`; emits ``rename_committed(unit_id, name)``."""

    rename_committed = Signal(str, str)
    zoom_changed = Signal(float)
    painted = Signal()

    MIN_ZOOM, MAX_ZOOM = 0.05, 4.0

    def __init__(self, scene: ChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chart_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._editor: QLineEdit | None = None
        self._editing: str | None = None
        self._panning: QPointF | None = None
        #: fit_all's arguments while the chart is to be fitted at each resize
        self._fit_args: tuple[float, tuple[str, ...]] | None = None
        #: the scene area of the rubber band being drawn (selects far out when let go)
        self._band: QRectF | None = None
        self._pressed_at: QPointF | None = None  # where the left button went down
        self._adding = False  # whether Ctrl was held then (a band adds to the selection)
        self.rubberBandChanged.connect(self._rubber_band)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._touched)  # the user moved a scroll bar
        scene.rename_requested.connect(self.start_rename)
        scene.content_changed.connect(self._place_editor)
        #: the scope whose reporting lines are drawn at full strength (the others faded)
        self.shown_scope = "all"
        scene.content_changed.connect(self._fade_new_lines)
        self.legend = LegendWidget(self)
        self._legend_dock: QDockWidget | None = None
        scene.content_changed.connect(self.legend.refresh)
        scene.badges_changed.connect(self.legend.refresh)
        self._wheel_rest = 0  # angle delta of a high-resolution wheel not yet a whole notch
        scene.sceneRectChanged.connect(lambda _rect: self.fit_scroll_area())

    # -------------------------------------------------------------------- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to *factor* (the user's choice: the opening fit no longer follows the window)."""
        self._fit_args = None
        self._zoom_to(factor)

    def _zoom_to(self, factor: float) -> None:
        # out to MIN_ZOOM, or as far as it takes to see the whole of a larger chart
        area, viewport = self.chart_area(), self.viewport().rect()
        whole = min(viewport.width() / max(area.width(), 1.0), viewport.height() / max(area.height(), 1.0))
        factor = min(max(factor, min(self.MIN_ZOOM, whole * 0.8)), self.MAX_ZOOM)
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.fit_scroll_area()
            self.sync_far()
            self.zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def zoom_steps(self, steps: int) -> None:
        """Zoom in (*steps* > 0) or out by whole :data:`ZOOM_LEVELS` notches; out of 10 %, the
        next notch shows the whole chart (when that takes less)."""
        zoom = self.zoom()
        for _ in range(abs(steps)):
            if steps > 0:
                zoom = next((z for z in ZOOM_LEVELS if z > zoom * 1.01), ZOOM_LEVELS[-1])
            else:
                lower = [z for z in ZOOM_LEVELS if z < zoom / 1.01]
                zoom = lower[-1] if lower else min(zoom, self.whole_zoom())
        self.set_zoom(zoom)

    def zoom_in(self) -> None:
        self.zoom_steps(1)

    def zoom_out(self) -> None:
        self.zoom_steps(-1)

    def whole_zoom(self) -> float:
        """The zoom that shows the whole chart in the viewport."""
        area, viewport = self.chart_area(), self.viewport().rect()
        margin = 2 * _SCROLL_MARGIN
        return min(
            max(viewport.width() - margin, 1) / max(area.width(), 1.0),
            max(viewport.height() - margin, 1) / max(area.height(), 1.0),
        )

    # ------------------------------------------------------------- scroll area

    def chart_area(self) -> QRectF:
        """The chart's bounds: the scene's area without the margin it keeps around the cards."""
        rect = self.chart_scene.sceneRect()
        dx, dy = _SCENE_MARGIN
        if rect.width() > 2 * dx and rect.height() > 2 * dy:
            rect = rect.adjusted(dx, dy, -dx, -dy)
        return rect

    def fit_scroll_area(self) -> None:
        """Scroll (wheel, bars, panning) no further than the chart's bounds and a margin of a
        few screen pixels: never into empty space."""
        margin = _SCROLL_MARGIN / max(self.zoom(), 1e-6)
        wanted = self.chart_area().adjusted(-margin, -margin, margin, margin)
        if wanted != self.sceneRect():
            self.setSceneRect(wanted)

    def _touched(self, _action: int = 0) -> None:
        self._fit_args = None

    def fit_until_touched(self, min_zoom: float = 0.0, focus: Sequence[str] = ()) -> None:
        """:meth:`fit_all` now and at each resize (the window reaching its size on opening)
        until the user zooms, scrolls, clicks or types in the view."""
        self._fit_args = (min_zoom, tuple(focus))
        self.fit_all(min_zoom, focus)

    def fit_to_window(self) -> None:
        """Show the whole chart, however small (View ▸ Fit to Window): the view stops refitting
        itself to the opening view of the pillar."""
        self._fit_args = None
        self.fit_all()

    def fit_all(self, min_zoom: float = 0.0, focus: Sequence[str] = ()) -> None:
        """Show the whole chart; if that needs less than *min_zoom*, show the top of it.

        When zoomed in like that, the width spanned by the *focus* cards (if at least two
        exist) is what is fitted, and the view is aligned with the chart's top. Without them
        the top levels are fitted (the roots and their reports: the SG and the departments),
        no smaller than their text reads (:data:`READABLE_PX`), centred on the first root
        when they are wider than the window.
        """
        rect = self.chart_area()
        if rect.isEmpty() or not self.chart_scene.cards:
            return
        self._zoom_to(min(self.whole_zoom(), 1.0))
        self.centerOn(rect.center())
        if self.zoom() < min_zoom:
            cards = [self.chart_scene.cards[u] for u in focus if u in self.chart_scene.cards]
            span = QRectF(rect)
            centre: float | None = None
            if len(cards) < 2 and (top := self.top_level_cards()):
                cards, centre = top, top[0].rect().center().x()
                min_zoom = max(min_zoom, READABLE_PX / overview_px(max(card.tier for card in cards)))
            if len(cards) >= 2:
                span = QRectF()
                for card in cards:
                    span = span.united(card.rect())
            # the width with a vertical scroll bar, shown or not: the bar appearing (or going)
            # as the zoom changes must not change the zoom again, back and forth for ever
            extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
            width = self.width() - 2 * self.frameWidth() - extent
            zoom = min(1.0, max(min_zoom, width / (span.width() + 80)))
            self._zoom_to(zoom)
            half = self.viewport().height() / 2 / self.zoom()
            fits = span.width() * zoom <= width
            x = span.center().x() if fits or centre is None else centre
            self.centerOn(x, rect.top() - 20 + half)
        self.fit_scroll_area()
        self.sync_far()
        self.zoom_changed.emit(self.zoom())

    def top_level_cards(self) -> list[CardItem]:
        """The cards of the chart's top levels: its roots (the SG) and their direct reports
        (the departments), roots first."""
        scene = self.chart_scene
        chart = scene.chart
        if chart is None:
            return []
        roots = [u for u in chart.roots() if u in scene.cards and u not in scene.hidden]
        below = [r for root in roots for r in chart.direct_reports(root) if r in scene.cards]
        return [scene.cards[u] for u in dict.fromkeys([*roots, *below]) if u not in scene.hidden]

    def centre_on_units(self, unit_ids: list[str]) -> None:
        """Scroll so that the cards of *unit_ids* are in view (zooming out if needed)."""
        self._fit_args = None
        cards = [self.chart_scene.cards[u] for u in unit_ids if u in self.chart_scene.cards]
        if not cards:
            return
        rect = QRectF()
        for card in cards:
            rect = rect.united(card.rect())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.width() > visible.width() or rect.height() > visible.height():
            self.fitInView(rect.adjusted(-60, -60, 60, 60), Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.0:
                self._zoom_to(1.0)
            self.sync_far()
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self._fit_args = None
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # one zoom notch per wheel notch (a smooth wheel's small deltas add up to one)
            self._wheel_rest += event.angleDelta().y()
            steps = int(self._wheel_rest / _NOTCH)
            self._wheel_rest -= steps * _NOTCH
            if steps:
                self.zoom_steps(steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --------------------------------------------------------------------- pan

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._fit_args = None
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self._pressed_at = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        self._adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)  # as Qt's band
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        far = self.chart_scene.overview
        if pressed is None or not far.on or (event.position() - pressed).manhattanLength() > 3:
            return
        # far out, a click just beside a block (cards are a few pixels) picks the nearest card
        at = self.mapToScene(pressed.toPoint())
        card = far.card_at(at, pick_slack(self.viewport()))
        if card is not None and far.card_at(at) is None:  # (a click right on one: done already)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                card.setSelected(not card.isSelected())  # as a Ctrl-click right on it does
            else:
                self.chart_scene.clearSelection()
                card.setSelected(True)

    # ---------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self._fit_args = None
        key = Qt.Key(event.key())
        selected = self.chart_scene.selected_unit_ids()
        if key in _ARROWS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if not selected:
                roots = [u for u in self.chart_scene.cards if u not in self.chart_scene.hidden]
                target = roots[0] if roots else None
            else:
                target = self.chart_scene.neighbour(selected[-1], _ARROWS[key])
            if target is not None:
                self.chart_scene.select_units([target])
                self.ensureVisible(self.chart_scene.cards[target], 80, 80)
            event.accept()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.start_rename(selected[0])
            event.accept()
            return
        if key == Qt.Key.Key_Space and event.isAutoRepeat() is False:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------------ rename

    def start_rename(self, unit_id: str) -> None:
        """Open an editor over the card to rename the unit (Enter commits, Esc cancels)."""
        card = self.chart_scene.cards.get(unit_id)
        if card is None:
            return
        self.cancel_rename()
        editor = _RenameEditor(card.unit.name, self.viewport())
        editor.cancelled.connect(self.cancel_rename)
        editor.selectAll()
        editor.returnPressed.connect(self.commit_rename)
        editor.editingFinished.connect(self.commit_rename)
        self._editor, self._editing = editor, unit_id
        self._place_editor()
        editor.show()
        editor.setFocus()

    def _place_editor(self) -> None:
        """Keep the rename editor over its card (a layout may move the card)."""
        card = self.chart_scene.cards.get(self._editing or "")
        if self._editor is None or card is None:
            return
        self.ensureVisible(card, 40, 40)
        rect = self.mapFromScene(card.rect()).boundingRect()
        width = max(rect.width() - 8, 180)
        self._editor.setGeometry(rect.left() + 4, rect.center().y() - 14, width, 28)

    def commit_rename(self) -> None:
        editor, unit_id = self._editor, self._editing
        if editor is None or unit_id is None:
            return
        self._editor, self._editing = None, None
        text = editor.text().strip()
        editor.hide()
        editor.deleteLater()
        self.setFocus()
        if text:
            self.rename_committed.emit(unit_id, text)

    def cancel_rename(self) -> None:
        editor, self._editor, self._editing = self._editor, None, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()

    @property
    def rename_editor(self) -> QLineEdit | None:
        return self._editor

    # ----------------------------------------------------------- scope, legend

    def show_scope(self, scope: str) -> None:
        """Draw the reporting lines that count for *scope* (``all``, ``mission`` or
        ``non-mission``; lines of scope ``all`` count for each) at full strength and fade the
        others; cards are untouched."""
        if scope not in SCOPES:
            raise ValueError(f"unknown scope '{scope}' (expected one of: {', '.join(SCOPES)})")
        self.shown_scope = scope
        show_scope(self.chart_scene.items(), scope)
        self.legend.refresh()

    def _fade_new_lines(self) -> None:
        """An edit or a new chart made line items: they follow the scope shown."""
        if self.shown_scope != "all":
            show_scope(self.chart_scene.lines.values(), self.shown_scope)

    def legend_dock(self, parent: QWidget | None = None) -> QDockWidget:
        """The "Legend" dock holding :attr:`legend` (made on the first call): docked beside the
        chart by the window, the legend never covers a card and stays put as the chart zooms
        or scrolls."""
        if self._legend_dock is None:
            dock = QDockWidget(self.tr("Legend"), parent)
            dock.setObjectName("legendDock")
            area = _LegendArea(self.legend, dock)
            area.setObjectName("legendArea")
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            area.setWidget(self.legend)
            dock.setWidget(area)
            self._legend_dock = dock
        return self._legend_dock

    def set_legend_visible(self, on: bool) -> None:
        """Show or hide the legend (its dock, once there is one)."""
        (self._legend_dock or self.legend).setVisible(on)
        self.legend.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit_args is not None:
            self.fit_all(*self._fit_args)

    def card_under(self, pos: QPointF) -> CardItem | None:
        far = self.chart_scene.overview.card_at(self.mapToScene(pos.toPoint()), pick_slack(self.viewport()))
        item = far or self.itemAt(pos.toPoint())
        return item if isinstance(item, CardItem) else None

    def _rubber_band(self, rect: QRect, start: QPointF, end: QPointF) -> None:
        if not rect.isNull():
            self._band = QRectF(start, end).normalized()
            return
        band, self._band = self._band, None
        if band is not None:
            self.chart_scene.overview.select_in(band, add=self._adding)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """Far out, the top levels' names over their blocks."""
        far = self.chart_scene.overview
        if far.on:
            far.item.paint_labels(painter)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.sync_far()  # whatever changed the zoom, the frame is drawn the right way
        super().paintEvent(event)
        self.painted.emit()

    def sync_far(self) -> None:
        """Far out, the view shows the overview's scene, whose one item draws the chart (a frame
        no longer grows with the chart), gathered again where the chart changed before it is
        drawn; near, the chart's scene. The centre of the view stays where it was."""
        overview = self.chart_scene.overview
        overview.set_far(self.zoom() < OVERVIEW_ZOOM)
        shown = overview.shown_scene()
        if self.scene() is not shown:
            centre = self.mapToScene(self.viewport().rect().center())
            self.setScene(shown)  # (which would centre the view on the scene)
            self.centerOn(centre)
        if overview.on:
            overview.item.gather()


class _RenameEditor(QLineEdit):
    """The in-place editor: Return commits and Escape cancels, both consumed here (a plain
    QLineEdit passes Return on to the view, which would start another rename)."""

    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName("renameEditor")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _LegendArea(QScrollArea):
    """Scrolls the legend; as its height changes, the legend's rows flow into columns."""

    def __init__(self, legend: LegendWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.legend = legend

    def sizeHint(self) -> QSize:  # noqa: N802
        # not the legend's size: the legend flows into the height it is given, and a hint that
        # followed it would resize the dock, reflow the legend, and so on, back and forth
        return QSize(480, 150)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # room kept for a horizontal scroll bar, so that showing one never reflows the legend
        bar = self.horizontalScrollBar().sizeHint().height()
        self.legend.set_max_height(float(max(60, event.size().height() - bar - 2 * self.frameWidth())))


class LegendWidget(QWidget):
    """The legend of the chart shown: the scopes of its reporting lines, its link kinds, its
    groups and their member line, its departments (and the split band of a unit shared by
    two), and the finding badges shown. It lives in a dock (:meth:`ChartView.legend_dock`),
    outside the chart's viewport."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
        self.setObjectName("legend")
        self.view = view
        self._args: dict[str, Any] = {}
        self._faded: list[str] = []
        self._theme: Theme | None = None  # the theme last painted with
        self._max_height: float | None = None

    def legend_args(self) -> dict[str, Any]:
        """The keyword arguments of ``draw_legend`` for the chart shown (faded scopes apart)."""
        scene = self.view.chart_scene
        chart = scene.chart
        if chart is None:
            return {}
        tally = scene.tally
        shown = set(scene.severities().values())  # badges, and the colour of blocks far out
        return {
            "scopes": [s for s in SCOPES if s in tally.scopes()] or ["all"],
            "link_kinds": sorted({link.kind for link in chart.links}),
            "groups": [group.name for group in chart.groups.values()],
            "departments": {u: chart.units[u].label for u in tally.departments() if u in chart.units},
            "split_departments": tally.shared(),
            "unassigned": tally.unassigned(scene.hidden),
            "severities": [s for s in reversed(BADGES) if s in shown],  # as exports list them
        }

    def rows(self) -> list[LegendRow]:
        """The rows shown, as ``legend_rows`` gives them."""
        return legend_rows(self.view.chart_scene.theme, **self._args)

    def set_max_height(self, height: float | None) -> None:
        """Flow the rows into columns no taller than *height* (None: one column)."""
        if height != self._max_height:
            self._max_height = height
            self._resize()
            self.update()

    def refresh(self) -> None:
        args = self.legend_args()
        scopes: list[str] = args.get("scopes", [])
        faded = [s for s in scopes if not scope_shown(s, self.view.shown_scope)]
        theme = self.view.chart_scene.theme
        if args != self._args or faded != self._faded:
            self._args, self._faded = args, faded
            self._resize()
        elif theme is self._theme:
            return  # nothing it shows changed: an edit need not repaint it
        self._theme = theme  # (department colours may have changed)
        self.update()

    def _resize(self) -> None:
        if self._args:
            size = legend_size(self.view.chart_scene.theme, max_height=self._max_height, **self._args)
            self.setFixedSize(int(size.width()) + 2, int(size.height()) + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._args:
            return
        painter = QPainter(self)
        theme = self.view.chart_scene.theme
        draw_legend(
            painter, (0.5, 0.5), theme, faded_scopes=self._faded, max_height=self._max_height, **self._args
        )
        painter.end()


class UnitFinder(QObject):
    """Find unit (Ctrl+F): the units whose name, short name or id contains the text typed in
    :attr:`box` are highlighted; Return (:meth:`next_match`) selects and shows the next one.
    :attr:`message` says what was found, for the status bar."""

    message = Signal(str, int)

    def __init__(self, view: ChartView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.matches: list[str] = []
        self._index = -1
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Find unit (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setMaximumWidth(220)
        self.box.textChanged.connect(self.search)
        self.box.returnPressed.connect(self.next_match)

    def search(self, text: str) -> list[str]:
        """Highlight the units matching *text*; returns them (in chart order)."""
        scene, needle = self.view.chart_scene, text.strip().casefold()
        units = scene.chart if scene.chart is not None and needle else ()
        self.matches = [
            u.id
            for u in units
            if needle in u.name.casefold() or needle in (u.short or "").casefold() or needle in u.id
        ]
        self._index = -1
        scene.set_search(self.matches)
        if self.matches:
            self.next_match()
        elif needle:
            self.message.emit(self.tr("No unit matches “{text}”").format(text=text), 3000)
        return self.matches

    def next_match(self) -> None:
        """Select the next match and bring it into view."""
        scene = self.view.chart_scene
        if not self.matches or scene.chart is None:
            return
        self._index = (self._index + 1) % len(self.matches)
        unit_id = self.matches[self._index]
        scene.select_units([unit_id])
        self.view.centre_on_units([unit_id])
        label = scene.chart.unit(unit_id).label
        self.message.emit(self.tr("{count}: {unit}").format(count=self.count_text(), unit=label), 3000)

    def count_text(self) -> str:
        """Where the shown match is among them all: "3 of 12 matches", "1 of 1 match"."""
        total = len(self.matches)
        return plural(self.tr("{index} of %n match(es)", "", total), total).format(index=self._index + 1)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()
