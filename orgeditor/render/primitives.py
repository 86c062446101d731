"""Basic drawing helpers shared by the painting modules: pens, fonts, text fitting, badges,
labels and arrows. Everything draws in scene coordinates and restores the painter state.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from orgeditor.render.theme import BADGES, LineStyle, Theme, severity_colour, worst_badge

__all__ = [
    "BADGE_RADIUS",
    "BAND_HEIGHT",
    "CARD_SIZE",
    "PADDING",
    "SEVERITY_ORDER",
    "Point",
    "draw_arrow",
    "draw_badge",
    "draw_label",
    "family_font",
    "line_pen",
    "make_font",
    "make_pen",
    "polyline_midpoint",
    "qcolor",
    "to_point",
    "worst_severity",
    "wrap_text",
]

Point = QPointF | tuple[float, float]

#: Default card size (width, height) in scene px; the layout uses the same figure.
CARD_SIZE: tuple[float, float] = (220.0, 84.0)
BADGE_RADIUS = 8.0
BAND_HEIGHT = 6.0
PADDING = 9.0
SEVERITY_ORDER = BADGES

_DASHES: dict[str, Qt.PenStyle] = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
}


# ------------------------------------------------------------------------- basics


def qcolor(value: str) -> QColor:
    """A QColor from ``#rrggbb``."""
    return QColor(value)


def make_pen(style: LineStyle, *, width: float | None = None, colour: str | None = None) -> QPen:
    """A cosmetic-free pen for *style*; ``longdash`` is a custom dash pattern."""
    pen = QPen(qcolor(colour or style.colour))
    pen.setWidthF(width if width is not None else style.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style.dash == "longdash":
        pen.setDashPattern([8.0, 4.0])
    else:
        pen.setStyle(_DASHES.get(style.dash, Qt.PenStyle.SolidLine))
    return pen


@functools.lru_cache(maxsize=64)
def line_pen(style: LineStyle) -> QPen:
    """:func:`make_pen` for *style*, made once (a painter copies the pen it is given)."""
    return make_pen(style)


def make_font(theme: Theme, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The theme's font at *px* pixels, without ligatures (so that text copied or extracted
    from a PDF export reads "Office", not "O\ufb03ce"). A copy: callers may change it."""
    return family_font(theme.font_family, px, bold=bold, italic=italic)


def family_font(family: str, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """:func:`make_font` by family name (for caches keyed on plain values). A copy."""
    return QFont(_font(family, max(1, round(px)), bold, italic))


@functools.lru_cache(maxsize=256)
def _font(family: str, px: int, bold: bool, italic: bool) -> QFont:
    """Made once per look (a chart's export asked for nine fonts a card)."""
    font = QFont(family)
    font.setPixelSize(px)
    font.setBold(bold)
    font.setItalic(italic)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def to_point(point: Point) -> QPointF:
    return point if isinstance(point, QPointF) else QPointF(float(point[0]), float(point[1]))


def wrap_text(
    text: str, font: QFont, width: float, max_lines: int, *, first_width: float | None = None
) -> list[str]:
    """Word-wrap *text* to *width*; the last line is elided with "…" if text remains. A word
    wider than a line is cut after a hyphen, else between letters.

    Never returns more than *max_lines* lines and no line is wider than *width* (the first no
    wider than *first_width*, when given: room kept beside it for a badge or a count).
    """
    if max_lines <= 0 or not text:
        return []
    metrics = QFontMetricsF(font)

    def room(line: int) -> float:
        return first_width if line == 0 and first_width is not None else width

    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= room(len(lines)):
            current = candidate
            index += 1
            continue
        narrow_first = not lines and first_width is not None and metrics.horizontalAdvance(word) <= width
        if not current and not narrow_first:  # a word wider than a line: cut it, elide a letter
            head, rest = _split_word(word, metrics, room(len(lines)))
            if head:
                current, words[index] = head, rest
            else:
                current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, room(len(lines)))
                index += 1
        lines.append(current)  # empty when the word fits only a line without the first's count
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if index < len(words) and lines:
        rest = " ".join([lines[-1], *words[index:]])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room(len(lines) - 1))
    return lines


def _split_word(word: str, metrics: QFontMetricsF, room: float) -> tuple[str, str]:
    """A word wider than *room* cut in two: after its last hyphen that leaves a first part
    fitting *room*, else after as many letters as fit ("" when not one letter fits)."""
    for at in range(len(word) - 2, 0, -1):
        if word[at] == "-" and metrics.horizontalAdvance(word[: at + 1]) <= room:
            return word[: at + 1], word[at + 1 :]
    for at in range(len(word) - 1, 0, -1):
        if metrics.horizontalAdvance(word[:at]) <= room:
            return word[:at], word[at:]
    return "", word


def polyline_midpoint(points: Sequence[Point], fraction: float = 0.5) -> tuple[QPointF, float]:
    """The point at *fraction* of the polyline's length and the angle (degrees) there."""
    pts = [to_point(p) for p in points]
    if len(pts) < 2:
        return (pts[0] if pts else QPointF()), 0.0
    lengths = [QLineF(a, b).length() for a, b in itertools.pairwise(pts)]
    target = sum(lengths) * fraction
    for (a, b), length in zip(itertools.pairwise(pts), lengths, strict=False):
        if target <= length and length > 0:
            line = QLineF(a, b)
            return line.pointAt(target / length), line.angle()
        target -= length
    last = QLineF(pts[-2], pts[-1])
    return pts[-1], last.angle()


def draw_badge(painter: QPainter, center: Point, severity: str, theme: Theme) -> None:
    """A finding badge: error = circle "!", warning = triangle "!", info = circle "i",
    departure (a finding a sanctioned departure covers) = rounded square with a tick."""
    c = to_point(center)
    r = BADGE_RADIUS
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor("#ffffff"), 1.2))
    fill = qcolor(severity_colour(theme, severity))
    painter.setBrush(QBrush(fill))
    if severity == "departure":
        painter.drawRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), r * 0.35, r * 0.35)
        tick = QPainterPath(QPointF(c.x() - r * 0.45, c.y() + r * 0.05))
        tick.lineTo(c.x() - r * 0.1, c.y() + r * 0.4)
        tick.lineTo(c.x() + r * 0.5, c.y() - r * 0.35)
        pen = QPen(qcolor("#000000" if fill.lightnessF() > 0.55 else "#ffffff"), max(1.5, r * 0.25))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
        painter.restore()
        return
    if severity == "warning":
        tri = QPolygonF(
            [
                QPointF(c.x(), c.y() - r - 1),
                QPointF(c.x() + r + 1, c.y() + r - 1),
                QPointF(c.x() - r - 1, c.y() + r - 1),
            ]
        )
        painter.drawPolygon(tri)
    else:
        painter.drawEllipse(c, r, r)
    glyph_colour = "#000000" if fill.lightnessF() > 0.55 else "#ffffff"
    painter.setPen(qcolor(glyph_colour))
    painter.setFont(make_font(theme, 11, bold=True))
    glyph = "i" if severity == "info" else "!"
    box = QRectF(c.x() - r, c.y() - r + (2 if severity == "warning" else 0), 2 * r, 2 * r)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()


def draw_label(painter: QPainter, at: QPointF, text: str, theme: Theme, colour: str) -> None:
    font = make_font(theme, theme.label_px, italic=True)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 6
    box = QRectF(at.x() - width / 2, at.y() - metrics.height() / 2, width, metrics.height())
    painter.setPen(Qt.PenStyle.NoPen)
    bg = qcolor(theme.background)
    bg.setAlpha(235)
    painter.setBrush(QBrush(bg))
    painter.drawRoundedRect(box, 3, 3)
    painter.setFont(font)
    painter.setPen(qcolor(colour))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def draw_arrow(painter: QPainter, tip: QPointF, tail: QPointF, colour: str, size: float = 8.0) -> None:
    line = QLineF(tip, tail)
    if line.length() == 0:
        return
    angle = math.radians(line.angle())
    spread = math.radians(25)
    p1 = tip + QPointF(math.cos(angle - spread) * size, -math.sin(angle - spread) * size)
    p2 = tip + QPointF(math.cos(angle + spread) * size, -math.sin(angle + spread) * size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(qcolor(colour)))
    painter.drawPolygon(QPolygonF([tip, p1, p2]))


def worst_severity(severities: Iterable[str]) -> str | None:
    """The worst of *severities* (error > warning > info > departure), or None when empty."""
    return worst_badge(severities)
