"""Read-only graphics items of the compare view: cards with a change status, lines, groups.

Cards are drawn with the shared painting functions on a theme tinted by their status, at the
type size of their tier (as in the editor), with a status outline and a small tag naming the
status, so the change reads without colour too. A *ghost* is the faint dashed outline of a
unit that only the other chart has. Lines are drawn as the editor draws them: reporting lines
unlabelled, links labelled where the layout found room, a dot at each group member's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.model import Unit
from orgeditor.render.painting import (
    CARD_SIZE,
    DEFAULT_TIER,
    draw_card,
    draw_group,
    draw_link,
    draw_member_line,
    draw_reporting_line,
    make_font,
    wrap_text,
)
from orgeditor.render.theme import Theme, link_style, scope_style
from orgeditor.ui.compare.lineage import LineageNote

__all__ = [
    "STATUS_COLOURS",
    "STATUS_TAGS",
    "CompareCardItem",
    "DiffGroupItem",
    "DiffPathItem",
    "status_theme",
]

Points = Sequence[tuple[float, float]]

#: (outline, fill) per drawing status; ``note`` and ``same`` keep the theme's own colours.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "added": ("#188038", "#e6f4ea"),
    "removed": ("#c5221f", "#fce8e6"),
    "changed": ("#e37400", "#fef1d6"),
    "moved": ("#e37400", "#fff8ea"),
}
#: The word on a card's tag per drawing status.
STATUS_TAGS: dict[str, str] = {
    "added": str(QT_TRANSLATE_NOOP("CompareCardItem", "added")),
    "removed": str(QT_TRANSLATE_NOOP("CompareCardItem", "removed")),
    "changed": str(QT_TRANSLATE_NOOP("CompareCardItem", "changed")),
    "moved": str(QT_TRANSLATE_NOOP("CompareCardItem", "line moved")),
}


def _status_tag(status: str) -> str:
    """The word on a card's tag for *status*, in the user's language ("" for none)."""
    tag = STATUS_TAGS.get(status, "")
    return QCoreApplication.translate("CompareCardItem", tag) if tag else ""


#: Below this level of detail (zoom) cards get a solid status wash and no tag.
OVERVIEW_DETAIL = 0.3
#: Below this level of detail cards are drawn as plain boxes (no text).
SKETCH_DETAIL = 0.08
#: The tag colour of a card whose unit is unchanged but carries a lineage (merged into).
LINEAGE_COLOUR = "#5f6368"
#: Trace colour of lines and links only one side has.
LINE_COLOURS: dict[str, str] = {"added": "#188038", "removed": "#c5221f"}


def status_theme(theme: Theme, status: str) -> Theme:
    """*theme* with the card fill tinted for *status* (unchanged for ``same`` and ``note``)."""
    colours = STATUS_COLOURS.get(status)
    if colours is None:
        return theme
    return replace(theme, card_fill=colours[1])


class CompareCardItem(QGraphicsItem):
    """A unit's card (or the ghost of a unit the other side has), centred on its position."""

    def __init__(
        self,
        unit_id: str,
        unit: Unit,
        status: str,
        theme: Theme,
        *,
        ghost: bool = False,
        departments: tuple[str, ...] = (),
        severity: str | None = None,
        tier: int = DEFAULT_TIER,
        lineage: LineageNote | None = None,
    ) -> None:
        super().__init__()
        self.unit_id = unit_id
        self.lineage = lineage
        self.unit = unit
        self.status = status
        self.ghost = ghost
        self.departments = departments
        self.severity = severity
        self.tier = tier
        self.theme = theme
        self._tinted = status_theme(theme, status)
        width, height = CARD_SIZE
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(6 if ghost else 10)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        tag = _status_tag(self.status)
        if self.ghost:
            where = (
                QCoreApplication.translate("CompareCardItem", "only in A (removed)")
                if self.status == "removed"
                else QCoreApplication.translate("CompareCardItem", "only in B (added)")
            )
            text = f"{self.unit.name} — {where}"
        else:
            text = f"{self.unit.name} — {tag}" if tag else self.unit.name
        if self.lineage is not None:
            text += f"\n{self.lineage.tip[0].upper()}{self.lineage.tip[1:]}"
        return text

    def tag_text(self) -> str:
        """The words on the card's tag: its lineage (``from DPA + PBSO``), else its status."""
        if self.lineage is not None and not self.ghost:
            return self.lineage.tag
        return _status_tag(self.status)

    def rect(self) -> QRectF:
        """The card's rectangle in scene coordinates."""
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-4, -12, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if detail < SKETCH_DETAIL:
            self._paint_sketch(painter)
            return
        if self.ghost:
            self._paint_ghost(painter)
            return
        draw_card(
            painter,
            self._rect,
            self.unit,
            self._tinted,
            departments=self.departments,
            severity=self.severity,
            selected=self.isSelected(),
            tier=self.tier,
        )
        colours = STATUS_COLOURS.get(self.status)
        if colours is None:
            if self.lineage is not None and detail >= OVERVIEW_DETAIL:
                painter.save()
                self._paint_tag(painter, self.lineage.tag, LINEAGE_COLOUR)
                painter.restore()
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if detail < OVERVIEW_DETAIL:  # zoomed far out: a solid wash so the change still shows
            wash = QColor(colours[0])
            wash.setAlpha(70 if self.status == "moved" else 120)
            painter.fillRect(self._rect, wash)
        if not self.isSelected():
            pen = QPen(QColor(colours[0]), max(2.5, min(3.0 / max(detail, 1e-3), 14.0)))
            if self.status == "moved" and detail >= OVERVIEW_DETAIL:
                pen.setDashPattern([4.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect, 5, 5)
        if detail >= OVERVIEW_DETAIL:
            self._paint_tag(painter, self.tag_text(), colours[0])
        painter.restore()

    def _paint_sketch(self, painter: QPainter) -> None:
        """Far out, a card is a box in its status colour: cheap for thousands of cards."""
        colours = STATUS_COLOURS.get(self.status)
        if self.ghost:
            outline = QColor(colours[0] if colours else self.theme.card_border)
            outline.setAlpha(150)
            painter.setPen(QPen(outline, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif colours is not None:
            painter.setPen(QPen(QColor(colours[0]), 0))
            painter.setBrush(QBrush(QColor(colours[0] if self.status != "moved" else colours[1])))
        else:
            painter.setPen(QPen(QColor(self.theme.card_border), 0))
            painter.setBrush(QBrush(QColor(self.theme.card_fill)))
        if self.isSelected():
            painter.setPen(QPen(QColor(self.theme.card_selected), 0))
        painter.drawRect(self._rect)

    def _paint_tag(self, painter: QPainter, text: str, colour: str) -> None:
        font = make_font(self.theme, self.theme.label_px, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._rect.width() - 26)
        width = metrics.horizontalAdvance(text) + 10
        height = metrics.height() + 2
        box = QRectF(self._rect.right() - width - 8, self._rect.top() - height / 2 - 1, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_ghost(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline = QColor(STATUS_COLOURS.get(self.status, ("#9aa3ad", ""))[0])
        outline.setAlpha(255 if self.isSelected() else 150)
        pen = QPen(outline, 2.5 if self.isSelected() else 1.4)
        pen.setDashPattern([5.0, 4.0])
        painter.setPen(pen)
        fill = QColor(self.theme.background)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 5, 5)
        font = make_font(self.theme, self.theme.name_px, italic=True)
        metrics = QFontMetricsF(font)
        inner = self._rect.adjusted(10, 8, -10, -8)
        where = (
            QCoreApplication.translate("CompareCardItem", "only in A")
            if self.status == "removed"
            else QCoreApplication.translate("CompareCardItem", "only in B")
        )
        lines = wrap_text(f"{self.unit.label} ({where})", font, inner.width(), 3)
        painter.setFont(font)
        muted = QColor(self.theme.muted_text)
        muted.setAlpha(200)
        painter.setPen(muted)
        y = inner.center().y() - len(lines) * metrics.lineSpacing() / 2
        for line in lines:
            x = inner.center().x() - metrics.horizontalAdvance(line) / 2
            painter.drawText(QPointF(x, y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        painter.restore()


class DiffPathItem(QGraphicsItem):
    """A reporting line (``kind="line"``), link or group member line (from the group's body
    to the member), traced when only this side has it (*change* ``added`` or ``removed``). A
    link's label goes at *label_point* (default: the middle of the line)."""

    def __init__(
        self,
        kind: str,
        points: Points,
        style: str,
        change: str,
        theme: Theme,
        *,
        label_point: tuple[float, float] | None = None,
    ) -> None:
        super().__init__()
        self.kind = kind
        self.label_point = label_point
        self.points = [QPointF(x, y) for x, y in points]
        self.style = style
        self.change = change
        self.theme = theme
        polygon = QPolygonF(self.points)
        self._bounds = polygon.boundingRect().adjusted(-50, -14, 50, 14)
        self.setZValue(4 if change != "same" else 2)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = LINE_COLOURS.get(self.change)
        if colour is not None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            trace = QColor(colour)
            trace.setAlpha(90)
            pen = QPen(trace, 7.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(self.points))
            painter.restore()
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if detail < SKETCH_DETAIL:  # far out: a hairline, no dashes or labels
            style = self.theme.group_member_line
            if self.kind == "line":
                style = scope_style(self.theme, self.style)
            elif self.kind == "link":
                style = link_style(self.theme, self.style)
            painter.setPen(QPen(QColor(style.colour), 0))
            painter.drawPolyline(QPolygonF(self.points))
            return
        if self.kind == "line":
            draw_reporting_line(painter, self.points, self.style, self.theme)
        elif self.kind == "link":
            draw_link(painter, self.points, self.style, self.theme, label_point=self.label_point)
        else:
            draw_member_line(painter, self.points, self.theme, member_end="last")


class DiffGroupItem(QGraphicsItem):
    """A group's body; outlined in the status colour when the group was added or removed."""

    SIZE = (240.0, 56.0)

    def __init__(self, group_id: str, name: str, status: str, theme: Theme) -> None:
        super().__init__()
        self.group_id = group_id
        self.name = name
        self.status = status
        self.theme = theme
        width, height = self.SIZE
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.setZValue(9)
        self.setToolTip(name)

    def rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_group(painter, self._rect, self.name, self.theme)
        colours = STATUS_COLOURS.get(self.status)
        if colours is not None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(colours[0]), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = self._rect.height() / 2.5
            painter.drawRoundedRect(self._rect, radius, radius)
            painter.restore()
