"""Static drawing of chart parts with a QPainter, shared by the editor and the exporters.

Every function draws in scene coordinates (1 unit = 1 px at 100 %) and leaves the painter's
state as it found it. A ``QGuiApplication`` must exist (fonts need it).

Point sequences for lines run from the reporting unit (or link source) to the manager (or
link target); tuples ``(x, y)`` and ``QPointF`` are both accepted.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from orgeditor.model import Chart, Unit
from orgeditor.render.theme import (
    LineStyle,
    Theme,
    department_colour,
    link_style,
    scope_style,
    severity_colour,
)

__all__ = [
    "BADGE_RADIUS",
    "CARD_SIZE",
    "Point",
    "card_texts",
    "department_map",
    "departments_of",
    "draw_badge",
    "draw_card",
    "draw_card_overview",
    "draw_group",
    "draw_legend",
    "draw_link",
    "draw_member_line",
    "draw_reporting_line",
    "draw_title",
    "head_line",
    "legend_size",
    "make_font",
    "make_pen",
    "overview_label",
    "polyline_midpoint",
    "qcolor",
    "worst_severity",
    "wrap_text",
]

Point = QPointF | tuple[float, float]

#: Default card size (width, height) in scene px; the layout uses the same figure.
CARD_SIZE: tuple[float, float] = (220.0, 84.0)
BADGE_RADIUS = 8.0
BAND_HEIGHT = 6.0
PADDING = 9.0
SEVERITY_ORDER = ("info", "warning", "error")

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


def make_font(theme: Theme, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The theme's font at *px* pixels, without ligatures (so that text copied or extracted
    from a PDF export reads "Office", not "O\ufb03ce")."""
    font = QFont(theme.font_family)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _pt(point: Point) -> QPointF:
    return point if isinstance(point, QPointF) else QPointF(float(point[0]), float(point[1]))


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrap *text* to *width*; the last line is elided with "…" if text remains.

    Never returns more than *max_lines* lines and no line is wider than *width*.
    """
    if max_lines <= 0 or not text:
        return []
    metrics = QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
            continue
        if not current:  # a single word wider than the line
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            index += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if index < len(words) and lines:
        rest = " ".join([lines[-1], *words[index:]])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def polyline_midpoint(points: Sequence[Point], fraction: float = 0.5) -> tuple[QPointF, float]:
    """The point at *fraction* of the polyline's length and the angle (degrees) there."""
    pts = [_pt(p) for p in points]
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


# ------------------------------------------------------------------- departments


def departments_of(
    chart: Chart, unit_id: str, _memo: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """The departments a unit belongs to: itself if a department, else those above it.

    All reporting lines are followed (any scope), so a regional ASG reporting to DPPA and DPO
    belongs to both. Order follows the unit's reporting lines; cycles end the search.
    """
    memo: dict[str, tuple[str, ...]] = {} if _memo is None else _memo
    done = memo.get(unit_id)
    if done is not None:
        return done
    path: list[str] = []
    on_path: set[str] = set()
    stack: list[tuple[str, int]] = [(unit_id, 0)]
    while stack:  # iterative depth-first walk up the lines (charts may be deep)
        current, index = stack.pop()
        unit = chart.units.get(current)
        if unit is None or unit.kind == "department":
            memo[current] = (current,) if unit is not None else ()
            continue
        if index == 0:
            if current in memo:
                continue
            path.append(current)
            on_path.add(current)
        lines = unit.reports_to
        if index < len(lines):
            stack.append((current, index + 1))
            target = lines[index].to
            if target not in memo and target not in on_path:
                stack.append((target, 0))
            continue
        found: list[str] = []
        for line in lines:
            for dept in memo.get(line.to, ()):
                if dept not in found:
                    found.append(dept)
        memo[current] = tuple(found)
        path.pop()
        on_path.discard(current)
    return memo.get(unit_id, ())


def department_map(chart: Chart) -> dict[str, tuple[str, ...]]:
    """:func:`departments_of` for every unit (one pass, shared memo)."""
    memo: dict[str, tuple[str, ...]] = {}
    return {unit_id: departments_of(chart, unit_id, memo) for unit_id in chart.units}


# -------------------------------------------------------------------------- cards


def head_line(unit: Unit) -> str:
    """One line about the head: ``rank · title · name`` (what is given)."""
    head = unit.head
    if head is None:
        return ""
    parts = [p for p in (head.rank, head.title, head.name) if p]
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class CardTexts:
    """The lines a card shows, already wrapped and elided to fit."""

    title: str
    name_lines: tuple[str, ...]
    head: str
    posts: str


def card_texts(
    unit: Unit, rect: QRectF, theme: Theme, *, show_posts: bool = True, badge: bool = False
) -> CardTexts:
    """Fit a unit's texts into a card of *rect*'s size (see :func:`draw_card`)."""
    inner = rect.width() - 2 * PADDING
    title_width = inner - (2 * BADGE_RADIUS + 4 if badge else 0)
    posts = f"{unit.posts} posts" if show_posts and unit.posts is not None else ""
    label_font = make_font(theme, theme.label_px)
    if posts:
        title_width -= QFontMetricsF(label_font).horizontalAdvance(posts) + 6
    title_font = make_font(theme, theme.short_px, bold=True)
    name_font = make_font(theme, theme.name_px, bold=unit.short is None)
    head_font = make_font(theme, theme.head_px, italic=True)
    title_m = QFontMetricsF(title_font)
    name_m = QFontMetricsF(name_font)
    head_m = QFontMetricsF(head_font)
    head = head_line(unit)
    head_text = head_m.elidedText(head, Qt.TextElideMode.ElideRight, inner) if head else ""
    room = rect.height() - BAND_HEIGHT - 2 * PADDING + 4
    if head_text:
        room -= head_m.height()
    if unit.short:
        title = title_m.elidedText(unit.short, Qt.TextElideMode.ElideRight, title_width)
        room -= title_m.height()
        max_lines = max(1, int(room // name_m.lineSpacing()))
        lines = wrap_text(unit.name, name_font, inner, max_lines)
    else:
        title = ""
        max_lines = max(1, int(room // name_m.lineSpacing()))
        lines = wrap_text(unit.name, name_font, title_width, max_lines)
    return CardTexts(title, tuple(lines), head_text, posts)


def draw_badge(painter: QPainter, center: Point, severity: str, theme: Theme) -> None:
    """A finding badge: error = circle "!", warning = triangle "!", info = circle "i"."""
    c = _pt(center)
    r = BADGE_RADIUS
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor("#ffffff"), 1.2))
    fill = qcolor(severity_colour(theme, severity))
    painter.setBrush(QBrush(fill))
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


def draw_card(
    painter: QPainter,
    rect: QRectF,
    unit: Unit,
    theme: Theme,
    *,
    departments: Sequence[str] = (),
    severity: str | None = None,
    show_posts: bool = True,
    selected: bool = False,
    highlighted: bool = False,
    hidden_reports: int = 0,
    pinned: bool = False,
) -> None:
    """Draw one unit's card filling *rect*.

    Short name bold on the first line (with the posts on the right when *show_posts*), the
    name word-wrapped below (elided, never clipped), the head line in italics at the bottom,
    a band on top in the colours of *departments* (split when several), a badge for the
    worst finding *severity*, a ``+N`` tab when *hidden_reports* are collapsed away and a
    small dot when *pinned*.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    radius = 5.0
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    if hidden_reports > 0:  # a stacked card behind shows that there is more
        back = QPainterPath()
        back.addRoundedRect(rect.translated(4, 4), radius, radius)
        painter.setPen(QPen(qcolor(theme.card_border), 1.0))
        painter.setBrush(QBrush(qcolor(theme.card_fill)))
        painter.drawPath(back)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillPath(path, QBrush(qcolor(theme.card_fill)))
    # department band, clipped to the rounded card
    painter.save()
    painter.setClipPath(path)
    band = QRectF(rect.left(), rect.top(), rect.width(), BAND_HEIGHT)
    colours = [department_colour(theme, d) for d in departments] or [theme.band_fallback]
    step = band.width() / len(colours)
    for i, colour in enumerate(colours):
        painter.fillRect(
            QRectF(band.left() + i * step, band.top(), step + 0.5, band.height()), qcolor(colour)
        )
    painter.restore()
    # border
    if highlighted:
        pen = QPen(qcolor(theme.card_highlight), 3.0)
    elif selected:
        pen = QPen(qcolor(theme.card_selected), 2.5)
    else:
        pen = QPen(qcolor(theme.card_border), 1.0)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)

    texts = card_texts(unit, rect, theme, show_posts=show_posts, badge=severity is not None)
    left = rect.left() + PADDING
    y = rect.top() + BAND_HEIGHT + PADDING - 3
    painter.setPen(qcolor(theme.text))
    if texts.title:
        font = make_font(theme, theme.short_px, bold=True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.drawText(QPointF(left, y + metrics.ascent()), texts.title)
        if texts.posts:
            label_font = make_font(theme, theme.label_px)
            label_m = QFontMetricsF(label_font)
            painter.setFont(label_font)
            painter.setPen(qcolor(theme.muted_text))
            right = rect.right() - PADDING - (2 * BADGE_RADIUS + 4 if severity else 0)
            x = right - label_m.horizontalAdvance(texts.posts)
            painter.drawText(QPointF(x, y + metrics.ascent()), texts.posts)
            painter.setPen(qcolor(theme.text))
        y += metrics.height()
    name_font = make_font(theme, theme.name_px, bold=unit.short is None)
    name_m = QFontMetricsF(name_font)
    painter.setFont(name_font)
    for line in texts.name_lines:
        painter.drawText(QPointF(left, y + name_m.ascent()), line)
        y += name_m.lineSpacing()
    if texts.head:
        head_font = make_font(theme, theme.head_px, italic=True)
        head_m = QFontMetricsF(head_font)
        painter.setFont(head_font)
        painter.setPen(qcolor(theme.muted_text))
        base = rect.bottom() - PADDING + 2 - head_m.descent()
        painter.drawText(QPointF(left, base), texts.head)
    if severity is not None:
        centre = QPointF(rect.right() - PADDING - BADGE_RADIUS + 2, rect.top() + BAND_HEIGHT + 11)
        draw_badge(painter, centre, severity, theme)
    if pinned:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(qcolor(theme.muted_text)))
        painter.drawEllipse(QPointF(rect.right() - 6, rect.bottom() - 6), 2.5, 2.5)
    if hidden_reports > 0:
        tab_font = make_font(theme, theme.label_px, bold=True)
        tab = f"+{hidden_reports}"
        width = QFontMetricsF(tab_font).horizontalAdvance(tab) + 10
        tab_rect = QRectF(rect.center().x() - width / 2, rect.bottom() - 7, width, 14)
        painter.setPen(QPen(qcolor(theme.card_border), 1.0))
        painter.setBrush(QBrush(qcolor(theme.card_fill)))
        painter.drawRoundedRect(tab_rect, 7, 7)
        painter.setFont(tab_font)
        painter.setPen(qcolor(theme.text))
        painter.drawText(tab_rect, Qt.AlignmentFlag.AlignCenter, tab)
    painter.restore()


_ABBREVIATIONS = (
    ("Office of the ", ""),
    ("Under-Secretary-General", "USG"),
    ("Assistant Secretary-General", "ASG"),
    ("Special Envoy of the Secretary-General", "Special Envoy"),
    ("Secretary-General", "SG"),
    ("United Nations ", "UN "),
    (" and the ", " & "),
    (" and ", " & "),
)


def overview_label(unit: Unit) -> str:
    """A compact label for small scales: the short name, else the name with the usual UN
    abbreviations (USG, ASG, SG, UN, &).

    >>> overview_label(Unit("a", "Office of the Assistant Secretary-General for Africa", "office"))
    'ASG for Africa'
    """
    if unit.short:
        return unit.short
    label = unit.name.removeprefix("Office of the ")
    for long, short in _ABBREVIATIONS[1:]:
        label = label.replace(long, short)
    return label.strip() or unit.name


@functools.lru_cache(maxsize=4096)
def _fit_overview(
    label: str, family: str, width: float, height: float, start_px: float
) -> tuple[float, tuple[str, ...]]:
    """The largest bold size (from *start_px* down) at which *label* fits, and its lines."""
    px = start_px
    while True:
        font = QFont(family)
        font.setPixelSize(round(px))
        font.setBold(True)
        spacing = QFontMetricsF(font).lineSpacing()
        lines = max(1, int(height // spacing))
        wrapped = wrap_text(label, font, width, lines)
        if px <= 12 or (wrapped and not wrapped[-1].endswith("…")):
            return px, tuple(wrapped)
        px -= 2


def draw_card_overview(
    painter: QPainter,
    rect: QRectF,
    unit: Unit,
    theme: Theme,
    *,
    departments: Sequence[str] = (),
    severity: str | None = None,
    selected: bool = False,
    highlighted: bool = False,
) -> None:
    """A card for small scales: a thick band and the label (short name, else name) as large
    as fits, so a whole chart stays legible when zoomed out."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    path.addRoundedRect(rect, 5.0, 5.0)
    painter.fillPath(path, QBrush(qcolor(theme.card_fill)))
    painter.save()
    painter.setClipPath(path)
    colours = [department_colour(theme, d) for d in departments] or [theme.band_fallback]
    step = rect.width() / len(colours)
    for i, colour in enumerate(colours):
        band = QRectF(rect.left() + i * step, rect.top(), step + 0.5, BAND_HEIGHT * 2.5)
        painter.fillRect(band, qcolor(colour))
    painter.restore()
    if highlighted:
        pen = QPen(qcolor(theme.card_highlight), 8.0)
    elif selected:
        pen = QPen(qcolor(theme.card_selected), 6.0)
    else:
        pen = QPen(qcolor(theme.card_border), 2.0)
    painter.setPen(pen)
    painter.drawPath(path)
    text_rect = rect.adjusted(6, BAND_HEIGHT * 2.5 + 2, -6, -4)
    label = overview_label(unit)
    px, wrapped = _fit_overview(
        label, theme.font_family, text_rect.width(), text_rect.height(), 40.0 if unit.short else 30.0
    )
    font = make_font(theme, px, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qcolor(theme.text))
    y = text_rect.center().y() - len(wrapped) * metrics.lineSpacing() / 2
    for line in wrapped:
        x = text_rect.center().x() - metrics.horizontalAdvance(line) / 2
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += metrics.lineSpacing()
    if severity is not None:
        painter.save()
        painter.translate(rect.right() - 14, rect.top() + 14)
        painter.scale(1.6, 1.6)
        draw_badge(painter, QPointF(0, 0), severity, theme)
        painter.restore()
    painter.restore()


# -------------------------------------------------------------------------- lines


def _draw_label(painter: QPainter, at: QPointF, text: str, theme: Theme, colour: str) -> None:
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


def _arrow(painter: QPainter, tip: QPointF, tail: QPointF, colour: str, size: float = 8.0) -> None:
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


def draw_reporting_line(
    painter: QPainter,
    points: Sequence[Point],
    scope: str,
    theme: Theme,
    *,
    highlighted: bool = False,
    show_label: bool = True,
    label_at: float = 0.5,
) -> None:
    """A reporting line in its scope's colour and dash; scoped lines carry a small label.

    When *highlighted* (a traced chain), a wide translucent trace is drawn underneath.
    *label_at* is the fraction of the length, from the unit end, where the label sits.
    """
    pts = [_pt(p) for p in points]
    if len(pts) < 2:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if highlighted:
        trace = make_pen(theme.trace)
        trace.setStyle(Qt.PenStyle.SolidLine)
        colour = trace.color()
        colour.setAlpha(150)
        trace.setColor(colour)
        trace.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(trace)
        painter.drawPolyline(QPolygonF(pts))
    style = scope_style(theme, scope)
    painter.setPen(make_pen(style, width=style.width + (0.8 if highlighted else 0.0)))
    painter.drawPolyline(QPolygonF(pts))
    if show_label and style.label:
        at, _ = polyline_midpoint(pts, label_at)
        _draw_label(painter, at, style.label, theme, style.colour)
    painter.restore()


def draw_link(
    painter: QPainter,
    points: Sequence[Point],
    kind: str,
    theme: Theme,
    *,
    show_label: bool = True,
    selected: bool = False,
) -> None:
    """A link (not a reporting line) in its kind's pen, with an arrow at the target end."""
    pts = [_pt(p) for p in points]
    if len(pts) < 2:
        return
    style = link_style(theme, kind)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(make_pen(style, width=style.width + (1.5 if selected else 0.0)))
    painter.drawPolyline(QPolygonF(pts))
    _arrow(painter, pts[-1], pts[-2], style.colour)
    if show_label and style.label:
        at, _ = polyline_midpoint(pts, 0.5)
        _draw_label(painter, at, style.label, theme, style.colour)
    painter.restore()


def draw_member_line(painter: QPainter, points: Sequence[Point], theme: Theme) -> None:
    """The thin line from a group's body to one of its members."""
    pts = [_pt(p) for p in points]
    if len(pts) < 2:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(make_pen(theme.group_member_line))
    painter.drawPolyline(QPolygonF(pts))
    painter.restore()


def draw_group(
    painter: QPainter,
    rect: QRectF,
    name: str,
    theme: Theme,
    *,
    selected: bool = False,
    font_px: float | None = None,
) -> None:
    """A group's body: a rounded box with its name (wrapped, elided, centred).

    *font_px* overrides the text size (the editor enlarges it when zoomed out).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(qcolor(theme.card_selected if selected else theme.group_border), 2.5 if selected else 1.5)
    painter.setPen(pen)
    painter.setBrush(QBrush(qcolor(theme.group_fill)))
    painter.drawRoundedRect(rect, rect.height() / 2.5, rect.height() / 2.5)
    font = make_font(theme, font_px or theme.name_px + 1, bold=True)
    metrics = QFontMetricsF(font)
    inner = rect.width() - 2 * PADDING - 10
    max_lines = max(1, int((rect.height() - 8) // metrics.lineSpacing()))
    lines = wrap_text(name, font, inner, max_lines)
    painter.setFont(font)
    painter.setPen(qcolor(theme.text))
    total = len(lines) * metrics.lineSpacing()
    y = rect.center().y() - total / 2
    for line in lines:
        x = rect.center().x() - metrics.horizontalAdvance(line) / 2
        painter.drawText(QPointF(x, y + metrics.ascent()), line)
        y += metrics.lineSpacing()
    painter.restore()


# -------------------------------------------------------------------- title, legend


def draw_title(painter: QPainter, rect: QRectF, title: str, subtitle: str, theme: Theme) -> None:
    """A title (bold, elided) with a muted subtitle below it, left-aligned in *rect*."""
    painter.save()
    font = make_font(theme, theme.title_px, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qcolor(theme.text))
    text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), text)
    if subtitle:
        sub_font = make_font(theme, theme.legend_px)
        sub_m = QFontMetricsF(sub_font)
        painter.setFont(sub_font)
        painter.setPen(qcolor(theme.muted_text))
        sub = sub_m.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.left(), rect.top() + metrics.height() + 2 + sub_m.ascent()), sub)
    painter.restore()


_SWATCH = 34.0


def _legend_rows(
    theme: Theme,
    scopes: Iterable[str],
    link_kinds: Iterable[str],
    departments: Mapping[str, str] | Sequence[tuple[str, str]],
    severities: Iterable[str],
) -> list[tuple[str, str, str]]:
    """Rows of (what, key, text): what is scope, link, department, severity or header."""
    rows: list[tuple[str, str, str]] = []
    scope_list = list(scopes)
    if scope_list:
        rows.append(("header", "", "Reporting lines"))
        for scope in scope_list:
            rows.append(("scope", scope, "all scopes" if scope == "all" else scope))
    kinds = list(link_kinds)
    if kinds:
        rows.append(("header", "", "Links"))
        rows.extend(("link", kind, kind) for kind in kinds)
    items = list(departments.items()) if isinstance(departments, Mapping) else list(departments)
    if items:
        rows.append(("header", "", "Departments"))
        rows.extend(("department", key, label) for key, label in items)
    sev = list(severities)
    if sev:
        rows.append(("header", "", "Findings"))
        rows.extend(("severity", s, s) for s in sev)
    return rows


def legend_size(
    theme: Theme,
    *,
    scopes: Iterable[str] = ("all", "mission", "non-mission"),
    link_kinds: Iterable[str] = (),
    departments: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    severities: Iterable[str] = (),
) -> QSizeF:
    """The size :func:`draw_legend` needs with the same arguments."""
    rows = _legend_rows(theme, scopes, link_kinds, departments, severities)
    font = make_font(theme, theme.legend_px)
    bold = make_font(theme, theme.legend_px, bold=True)
    metrics, bold_m = QFontMetricsF(font), QFontMetricsF(bold)
    width = 0.0
    for what, _, text in rows:
        if what == "header":
            width = max(width, bold_m.horizontalAdvance(text))
        else:
            width = max(width, _SWATCH + 8 + metrics.horizontalAdvance(text))
    height = len(rows) * (metrics.lineSpacing() + 4)
    return QSizeF(width + 2 * PADDING, height + 2 * PADDING)


def draw_legend(
    painter: QPainter,
    top_left: Point,
    theme: Theme,
    *,
    scopes: Iterable[str] = ("all", "mission", "non-mission"),
    link_kinds: Iterable[str] = (),
    departments: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    severities: Iterable[str] = (),
) -> QRectF:
    """A boxed legend at *top_left*: scopes, link kinds, department bands, badges.

    *departments* maps department id to the label shown. Returns the rectangle drawn.
    """
    scopes, link_kinds, severities = list(scopes), list(link_kinds), list(severities)
    size = legend_size(
        theme, scopes=scopes, link_kinds=link_kinds, departments=departments, severities=severities
    )
    origin = _pt(top_left)
    box = QRectF(origin, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor(theme.card_border), 1.0))
    painter.setBrush(QBrush(qcolor(theme.card_fill)))
    painter.drawRoundedRect(box, 4, 4)
    font = make_font(theme, theme.legend_px)
    bold = make_font(theme, theme.legend_px, bold=True)
    metrics = QFontMetricsF(font)
    row_h = metrics.lineSpacing() + 4
    x = box.left() + PADDING
    y = box.top() + PADDING
    for what, key, text in _legend_rows(theme, scopes, link_kinds, departments, severities):
        mid = y + row_h / 2
        text_x = x + _SWATCH + 8
        if what == "header":
            painter.setFont(bold)
            painter.setPen(qcolor(theme.text))
            painter.drawText(QPointF(x, y + metrics.ascent() + 2), text)
            y += row_h
            continue
        if what == "scope":
            style = scope_style(theme, key)
            painter.setPen(make_pen(style))
            painter.drawLine(QPointF(x, mid), QPointF(x + _SWATCH, mid))
        elif what == "link":
            style = link_style(theme, key)
            painter.setPen(make_pen(style))
            painter.drawLine(QPointF(x, mid), QPointF(x + _SWATCH - 4, mid))
            _arrow(painter, QPointF(x + _SWATCH, mid), QPointF(x, mid), style.colour, 7.0)
        elif what == "department":
            painter.fillRect(QRectF(x, mid - 4, _SWATCH, 8), qcolor(department_colour(theme, key)))
        elif what == "severity":
            draw_badge(painter, QPointF(x + _SWATCH / 2, mid), key, theme)
        painter.setFont(font)
        painter.setPen(qcolor(theme.text))
        painter.drawText(QPointF(text_x, y + metrics.ascent() + 2), text)
        y += row_h
    painter.restore()
    return box


def worst_severity(severities: Iterable[str]) -> str | None:
    """The worst of *severities* (error > warning > info), or None when empty."""
    worst: str | None = None
    for severity in severities:
        if severity in SEVERITY_ORDER and (
            worst is None or SEVERITY_ORDER.index(severity) > SEVERITY_ORDER.index(worst)
        ):
            worst = severity
    return worst
