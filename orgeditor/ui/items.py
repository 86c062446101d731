"""Graphics items of the chart scene. Items draw a model value; they never write the model.

Cards report drags to their scene (``card_pressed`` / ``cards_dragged`` / ``card_released``),
which turns a finished drag into one command.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgeditor.model import Group, Link, Unit
from orgeditor.render.painting import (
    CARD_SIZE,
    draw_card,
    draw_card_overview,
    draw_group,
    draw_link,
    draw_member_line,
    draw_reporting_line,
)
from orgeditor.render.primitives import line_pen
from orgeditor.render.theme import Theme, department_colour, scope_style, severity_colour

if TYPE_CHECKING:
    from orgeditor.ui.scene import ChartScene

__all__ = ["CardItem", "GroupItem", "LineItem", "LinkItem", "MemberLineItem", "retheme"]

Points = Sequence[tuple[float, float]]

#: Below this scale cards are drawn as overviews (big label, no details).
OVERVIEW_SCALE = 0.55
#: Below this scale a card is under ~25 px wide: drawn as a block of colour (level of detail).
SPECK_SCALE = 0.11


class CardItem(QGraphicsItem):
    """A unit's card, centred on its position."""

    def __init__(self, unit: Unit, theme: Theme) -> None:
        super().__init__()
        self.unit = unit
        self.theme = theme
        self.departments: tuple[str, ...] = ()
        self.severity: str | None = None
        self.highlighted = False
        self.hidden_reports = 0
        self.pinned = False
        self._speck: str | None = None  # the colour far out, kept until the state changes
        width, height = CARD_SIZE
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)  # no tool tip set here: the scene shows the unit's name on hover

    @property
    def unit_id(self) -> str:
        return self.unit.id

    def set_state(self, **state: Any) -> None:
        """Change display state (unit, departments, severity, highlighted, …); repaint if needed."""
        changed = False
        for name, value in state.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self._speck = None
            self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._speck = None
        self.update()

    def speck_colour(self, *, selected: bool, highlighted: bool) -> str:
        """The one colour of the card when it is a few pixels wide."""
        theme = self.theme
        if selected:
            return theme.card_selected
        if highlighted:
            return theme.card_highlight
        if self._speck is None:
            if self.severity in ("error", "warning"):
                self._speck = severity_colour(theme, self.severity)
            elif self.departments:
                self._speck = department_colour(theme, self.departments[0])
            else:
                self._speck = theme.card_border
        return self._speck

    def _paint_speck(self, painter: QPainter) -> None:
        """A card a few pixels wide: one block in its department's colour, no text to lay out."""
        colour = self.speck_colour(selected=self.isSelected(), highlighted=self.highlighted)
        painter.fillRect(self._rect, QColor(colour))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-3, -3, 6, 10)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def rect(self) -> QRectF:
        """The card's rectangle in scene coordinates."""
        return self._rect.translated(self.pos())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < SPECK_SCALE:
            self._paint_speck(painter)
            return
        if lod < OVERVIEW_SCALE:
            draw_card_overview(
                painter,
                self._rect,
                self.unit,
                self.theme,
                departments=self.departments,
                severity=self.severity,
                selected=self.isSelected(),
                highlighted=self.highlighted,
            )
            return
        draw_card(
            painter,
            self._rect,
            self.unit,
            self.theme,
            departments=self.departments,
            severity=self.severity,
            selected=self.isSelected(),
            highlighted=self.highlighted,
            hidden_reports=self.hidden_reports,
            pinned=self.pinned,
        )

    def _scene(self) -> ChartScene | None:
        from orgeditor.ui.scene import ChartScene  # noqa: PLC0415 - circular at import time

        scene = self.scene()
        return scene if isinstance(scene, ChartScene) else None

    # No ``itemChange`` override: Qt would call into Python a dozen times per card while a
    # chart is built. Cards move by drag (below) or by the scene, which reroutes lines itself.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)  # moves every selected card
        scene = self._scene()
        if scene is not None:
            scene.cards_dragged()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        scene = self._scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.card_pressed(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        scene = self._scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.card_released(self, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        scene = self._scene()
        if scene is not None:
            scene.rename_requested.emit(self.unit_id)


class _PolylineItem(QGraphicsItem):
    """Base of items drawn along a polyline; the shape is a stroke around it."""

    margin = 14.0

    def __init__(self, points: Points) -> None:
        super().__init__()
        self.points: list[tuple[float, float]] = list(points)
        self._bounds = QRectF()
        self._update_bounds()

    def set_points(self, points: Points) -> None:
        new = list(points)
        if new != self.points:
            self.prepareGeometryChange()
            self.points = new
            self._update_bounds()
            self.update()

    def _update_bounds(self) -> None:
        polygon = QPolygonF([QPointF(x, y) for x, y in self.points])
        self._polygon = polygon
        m = self.margin
        self._bounds = polygon.boundingRect().adjusted(-m - 30, -m, m + 30, m)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def polygon(self) -> QPolygonF:
        """The polyline, in scene coordinates."""
        return self._polygon

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.points:
            path.moveTo(*self.points[0])
            for point in self.points[1:]:
                path.lineTo(*point)
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(path)


class LineItem(_PolylineItem):
    """A reporting line (unit → manager in *scope*); points run from manager to unit."""

    def __init__(self, unit_id: str, manager_id: str, scope: str, theme: Theme) -> None:
        super().__init__(())
        self.key = (unit_id, manager_id, scope)
        self.scope = scope
        self.theme = theme
        self.highlighted = False
        self.setZValue(2)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(5 if on else 2)
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = scope_style(self.theme, self.scope)
        if not self.highlighted:
            lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            if lod < SPECK_SCALE:
                # a hairline in the scope's colour: no dashes or labels a few pixels long to lay out
                painter.setPen(QPen(QColor(style.colour), 0))
                painter.drawPolyline(self._polygon)
                return
            if not style.label:  # as draw_reporting_line draws it, without its per-call set-up
                painter.setPen(line_pen(style))
                painter.drawPolyline(self._polygon)
                return
        draw_reporting_line(
            painter, self.points, self.scope, self.theme, highlighted=self.highlighted, label_at=0.78
        )


class LinkItem(_PolylineItem):
    """A link between two units; selectable so it can be edited or deleted."""

    def __init__(self, link: Link, theme: Theme) -> None:
        super().__init__(())
        self.link = link
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_link(painter, self.points, self.link.kind, self.theme, selected=self.isSelected())


class MemberLineItem(_PolylineItem):
    """The line from a group's body to a member."""

    def __init__(self, group_id: str, unit_id: str, theme: Theme) -> None:
        super().__init__(())
        self.key = (group_id, unit_id)
        self.theme = theme
        self.setZValue(1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_member_line(painter, self.points, self.theme)


class GroupItem(QGraphicsItem):
    """A group's body, centred on its position."""

    SIZE = (240.0, 56.0)

    def __init__(self, group: Group, theme: Theme) -> None:
        super().__init__()
        self.model_group = group
        self.theme = theme
        width, height = self.SIZE
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(9)

    @property
    def group_id(self) -> str:
        return self.model_group.id

    def rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        draw_group(
            painter,
            self._rect,
            self.model_group.name,
            self.theme,
            selected=self.isSelected(),
            font_px=22.0 if lod < OVERVIEW_SCALE else None,
        )


class _Themed(Protocol):
    theme: Theme

    def update(self) -> None: ...


def retheme(items: Iterable[_Themed], theme: Theme) -> None:
    """Draw *items* with *theme* from now on (a chart's department colours changed)."""
    for item in items:
        if isinstance(item, CardItem):
            item.set_theme(theme)
        else:
            item.theme = theme
            item.update()
