"""One side of the comparison: a read-only scene on the shared layout, and its view."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from orgeditor.layout import card_rect, orthogonal_route
from orgeditor.render.painting import DEFAULT_TIER, card_tiers, departments_of
from orgeditor.render.theme import Theme
from orgeditor.ui.compare.items import CompareCardItem, DiffGroupItem, DiffPathItem
from orgeditor.ui.compare.lineage import LineageNote
from orgeditor.ui.compare.shared import GROUP_SIZE, SharedLayout, SideContent

__all__ = ["CompareScene", "CompareView"]


class CompareScene(QGraphicsScene):
    """Cards, ghosts, lines, links and groups of one side, placed by the shared layout."""

    def __init__(
        self,
        layout: SharedLayout,
        content: SideContent,
        theme: Theme,
        *,
        severities: Mapping[str, str] | None = None,
        lineage: Mapping[str, LineageNote] | None = None,
        ghost_lineage: Mapping[str, LineageNote] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.theme = theme
        self.cards: dict[str, CompareCardItem] = {}
        self.groups: dict[str, DiffGroupItem] = {}
        self.setBackgroundBrush(QColor(theme.background))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._build(layout, severities or {}, lineage or {}, ghost_lineage or {})

    def _build(
        self,
        layout: SharedLayout,
        severities: Mapping[str, str],
        lineage: Mapping[str, LineageNote],
        ghost_lineage: Mapping[str, LineageNote],
    ) -> None:
        """Cards and ghosts (*lineage*: notes of this side's cards, *ghost_lineage* of the
        other side's units drawn here as ghosts), lines, links and groups."""
        content, chart = self.content, self.content.chart
        tiers = card_tiers(chart)  # this side's levels: a unit moved up or down changes size
        for uid in layout.union.units:
            position = layout.positions.get(uid)
            if position is None:
                continue
            status = content.statuses.get(uid, "same")
            if uid in content.units:
                own_id = content.ids.get(uid, uid)
                card = CompareCardItem(
                    uid,
                    content.units[uid],
                    status,
                    self.theme,
                    departments=departments_of(chart, own_id),
                    severity=severities.get(uid),
                    tier=tiers.get(own_id, DEFAULT_TIER),
                    lineage=lineage.get(uid),
                )
            elif uid in content.ghosts:
                card = CompareCardItem(
                    uid, content.ghosts[uid], status, self.theme, ghost=True, lineage=ghost_lineage.get(uid)
                )
            else:
                continue
            card.setPos(*position)
            self.addItem(card)
            self.cards[uid] = card
        for key, change in content.lines.items():
            if key[0] in layout.positions and key[1] in layout.positions:
                self.addItem(DiffPathItem("line", layout.line_route(key), key[2], change, self.theme))
        for key, change in content.links.items():
            if key[0] in layout.positions and key[1] in layout.positions:
                spot = layout.result.label_points.get(key)
                route = layout.link_route(key)
                self.addItem(DiffPathItem("link", route, key[2], change, self.theme, label_point=spot))
        for gid, group in content.groups.items():
            centre = layout.group_positions.get(gid)
            if centre is None:
                continue
            item = DiffGroupItem(gid, group.name, group.status, self.theme)
            item.setPos(*centre)
            self.addItem(item)
            self.groups[gid] = item
            body = card_rect(centre, GROUP_SIZE)
            for member, change in group.members.items():
                if member in layout.positions:
                    laid = layout.result.member_routes.get((gid, member))  # around cards in the way
                    route = list(laid) if laid else orthogonal_route(body, layout.rect(member))
                    self.addItem(DiffPathItem("member", route, "", change, self.theme))

    def select_units(self, unit_ids: Iterable[str]) -> list[CompareCardItem]:
        """Select exactly the cards (or ghosts) of *unit_ids*; returns them."""
        wanted = [self.cards[u] for u in unit_ids if u in self.cards]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for card in wanted:
                card.setSelected(True)
        finally:
            self.blockSignals(False)
        return wanted

    def selected_units(self) -> list[str]:
        """Union ids of the selected cards and ghosts, in chart order."""
        chosen = {item.unit_id for item in self.selectedItems() if isinstance(item, CompareCardItem)}
        return [uid for uid in self.cards if uid in chosen]


class CompareView(QGraphicsView):
    """A read-only chart view: ctrl+wheel zooms (``zoom_changed``), dragging pans."""

    zoom_changed = Signal(float)

    MIN_ZOOM, MAX_ZOOM = 0.03, 3.0

    def __init__(self, scene: CompareScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.compare_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to *factor* (clamped) about the view's anchor; emits ``zoom_changed``."""
        factor = min(max(factor, self.MIN_ZOOM), self.MAX_ZOOM)
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def fit_all(self) -> None:
        """Show the whole scene (never above 100 %)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        # fitted, the whole scene needs no scroll bars: fit without them (when zoomed in they
        # are shown, and would go only later, leaving the fit off by their width)
        off, needed = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(off)
        self.setVerticalScrollBarPolicy(off)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.setHorizontalScrollBarPolicy(needed)
        self.setVerticalScrollBarPolicy(needed)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.zoom_changed.emit(self.zoom())

    def centre_on_units(self, unit_ids: Iterable[str]) -> None:
        """Scroll so that the cards of *unit_ids* are in view, zooming out only if needed."""
        rect = QRectF()
        for uid in unit_ids:
            card = self.compare_scene.cards.get(uid)
            if card is not None:
                rect = rect.united(card.rect())
        if rect.isEmpty():
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.width() + 80 > visible.width() or rect.height() + 80 > visible.height():
            scale = min(
                self.viewport().width() / (rect.width() + 120),
                self.viewport().height() / (rect.height() + 120),
            )
            self.set_zoom(min(scale, self.zoom()))
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)
