"""Graphics items of the chart scene. Items draw a model value; they never write the model.

Cards report drags to their scene (``card_pressed`` / ``cards_dragged`` / ``card_released``),
which turns a finished drag into one command.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgeditor.model import Chart, Group, Link, Unit
from orgeditor.render.diagram import style_pen
from orgeditor.render.painting import (
    CARD_SIZE,
    DEFAULT_TIER,
    draw_card,
    draw_card_overview,
    draw_group,
    draw_link,
    draw_member_line,
    draw_reporting_line,
)
from orgeditor.render.theme import Theme, department_colour, scope_style, severity_colour
from orgeditor.ui.post_text import card_tool_tip


@runtime_checkable
class CardHost(Protocol):
    """What a card tells the scene it is in about drags (the chart scene is one): the items
    know this much of their scene, and the scene imports the items, not the other way round."""

    def cards_dragged(self, at: QPointF | None = None) -> None: ...
    def card_pressed(self, card: CardItem) -> None: ...
    def card_released(self, card: CardItem, at: QPointF) -> None: ...
    def card_double_clicked(self, card: CardItem) -> None: ...


__all__ = [
    "CardHost",
    "CardItem",
    "GroupItem",
    "LineItem",
    "LinkItem",
    "MemberLineItem",
    "retheme",
    "scope_shown",
    "show_scope",
]

Points = Sequence[tuple[float, float]]

#: Below this scale cards are drawn as overviews (big label, no details).
OVERVIEW_SCALE = 0.55
#: Below this scale a card is under ~25 px wide: drawn as a block of colour (level of detail).
SPECK_SCALE = 0.11


class CardItem(QGraphicsItem):
    """A unit's card, centred on its position; its :attr:`tier` (the unit's level, set by the
    scene from :func:`~orgeditor.render.painting.card_tiers`) sets the size of its text."""

    def __init__(self, unit: Unit, theme: Theme) -> None:
        super().__init__()
        self.unit = unit
        self.theme = theme
        self.departments: tuple[str, ...] = ()
        self.severity: str | None = None
        self.highlighted = False
        #: a dragged card would be dropped here (to report to this unit): a thick outline
        self.drop_target = False
        self.hidden_reports = 0
        self.pinned = False
        self.tier = DEFAULT_TIER
        self._speck: str | None = None  # the colour far out, kept until the state changes
        width, height = CARD_SIZE
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)  # no tool tip set here: the scene asks :meth:`tool_tip` on hover

    @property
    def unit_id(self) -> str:
        return self.unit.id

    def tool_tip(self, chart: Chart | None) -> str:
        """The card's tool tip, built on hover: the unit's full name, its posts broken down by
        grade and funding source, and its branch's posts (in *chart*)."""
        return card_tool_tip(chart, self.unit)

    def set_state(self, **state: Any) -> None:
        """Change display state (unit, departments, severity, highlighted, tier, …); repaint if
        needed."""
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

    def _paint_drop_target(self, painter: QPainter) -> None:
        """A thick outline in the theme's drop colour, just outside the card, and a light tint."""
        colour = QColor(self.theme.drop_target)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        tint = QColor(colour)
        tint.setAlpha(28)
        painter.fillRect(self._rect, tint)
        painter.setPen(QPen(colour, 5.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect.adjusted(-2, -2, 2, 2), 7.0, 7.0)
        painter.restore()

    def _paint_speck(self, painter: QPainter) -> None:
        """A card a few pixels wide: one block in its department's colour, no text to lay out."""
        colour = self.speck_colour(selected=self.isSelected(), highlighted=self.highlighted)
        painter.fillRect(self._rect, QColor(colour))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-5, -5, 6, 10)  # room for the drop-target outline

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
        elif lod < OVERVIEW_SCALE:
            draw_card_overview(
                painter,
                self._rect,
                self.unit,
                self.theme,
                departments=self.departments,
                severity=self.severity,
                selected=self.isSelected(),
                highlighted=self.highlighted,
                tier=self.tier,
            )
        else:
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
                tier=self.tier,
            )
        if self.drop_target:
            self._paint_drop_target(painter)

    def _scene(self) -> CardHost | None:
        scene = self.scene()
        return scene if isinstance(scene, CardHost) else None

    # No ``itemChange`` override: Qt would call into Python a dozen times per card while a
    # chart is built. Cards move by drag (below) or by the scene, which reroutes lines itself.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)  # moves every selected card
        scene = self._scene()
        if scene is not None:
            scene.cards_dragged(event.scenePos())

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
            scene.card_double_clicked(self)


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


#: How strongly a reporting line of a scope other than the one shown is drawn (0..1).
FADED_OPACITY = 0.15
#: Links, group lines and group borders are never thinner than this share of the theme's
#: least reporting-line width (they stay quieter than reporting lines).
_THIN_SHARE = 0.75


def scope_shown(line_scope: str, shown: str) -> bool:
    """Whether a reporting line of *line_scope* is drawn at full strength while *shown* is the
    scope chosen: every line for ``all``; else lines of that scope and lines of scope ``all``
    (which count for every scope).

    >>> [scope_shown(s, "mission") for s in ("all", "mission", "non-mission")]
    [True, True, False]
    """
    return shown == "all" or line_scope in ("all", shown)


class LineItem(_PolylineItem):
    """A reporting line (unit → manager in *scope*); points run from manager to unit.

    Its scope's label is drawn only at :attr:`label_point` (a gap the layout chose), if set.
    """

    def __init__(self, unit_id: str, manager_id: str, scope: str, theme: Theme) -> None:
        super().__init__(())
        self.key = (unit_id, manager_id, scope)
        self.scope = scope
        self.theme = theme
        self.highlighted = False
        self.faded = False
        self.label_point: tuple[float, float] | None = None
        self.setZValue(2)

    def _restack(self) -> None:
        self.setZValue(5 if self.highlighted else 1.5 if self.faded else 2)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self._restack()
            self.update()

    def set_faded(self, on: bool) -> None:
        """Draw the line faded (under the others) or at full strength; a traced line is never
        faded."""
        if on != self.faded:
            self.faded = on
            self._restack()
            self.update()

    def show_scope(self, scope: str) -> None:
        """Full strength if the line counts for *scope* (:func:`scope_shown`), else faded."""
        self.set_faded(not scope_shown(self.scope, scope))

    def set_label_point(self, point: tuple[float, float] | None) -> None:
        """Label the line's scope at *point* (scene coordinates), or not at all (None)."""
        if point != self.label_point:
            self.label_point = point
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = scope_style(self.theme, self.scope)
        if self.faded and not self.highlighted:
            painter.setOpacity(painter.opacity() * FADED_OPACITY)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if not self.highlighted:
            if lod < SPECK_SCALE:
                # a hairline in the scope's colour: no dashes or labels a few pixels long to lay out
                painter.setPen(QPen(QColor(style.colour), 0))
                painter.drawPolyline(self._polygon)
                return
            if self.label_point is None or not style.label:  # as draw_reporting_line, quicker
                painter.setPen(style_pen(style, scale=lod, min_px=self.theme.min_line_px))
                painter.drawPolyline(self._polygon)
                return
        draw_reporting_line(
            painter,
            self.points,
            self.scope,
            self.theme,
            highlighted=self.highlighted,
            label_point=self.label_point,
            min_px=self.theme.min_line_px,
        )


def show_scope(items: Iterable[object], scope: str) -> int:
    """Fade the reporting lines among *items* (e.g. a scene's ``items()``) that do not count for
    *scope* and draw the rest at full strength; other items are left alone. Returns how many
    lines are faded."""
    faded = 0
    for item in items:
        if isinstance(item, LineItem):
            item.show_scope(scope)
            faded += item.faded
    return faded


class LinkItem(_PolylineItem):
    """A link between two units; selectable so it can be edited or deleted."""

    margin = 40.0  # room for the arrow, which keeps a size on screen when zoomed out

    def __init__(self, link: Link, theme: Theme) -> None:
        super().__init__(())
        self.link = link
        self.theme = theme
        self.label_point: tuple[float, float] | None = None  # None: the middle of the line
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_link(
            painter,
            self.points,
            self.link.kind,
            self.theme,
            selected=self.isSelected(),
            label_point=self.label_point,
            min_px=self.theme.min_line_px * _THIN_SHARE,
        )


class MemberLineItem(_PolylineItem):
    """The line from a group's body to a member (points run from the body to the member's
    card, where a dot marks the member)."""

    margin = 30.0  # room for the dot, which keeps a size on screen when zoomed out

    def __init__(self, group_id: str, unit_id: str, theme: Theme) -> None:
        super().__init__(())
        self.key = (group_id, unit_id)
        self.theme = theme
        self.setZValue(1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        min_px = self.theme.min_line_px * _THIN_SHARE
        draw_member_line(painter, self.points, self.theme, member_end="last", min_px=min_px)


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
            min_px=self.theme.min_line_px * _THIN_SHARE,
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
