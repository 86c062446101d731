"""Drawing the parts of a chart other than cards: reporting lines, links, group bodies and
their member lines, the title and the legend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPen, QPolygonF

from orgeditor.render.primitives import (
    PADDING,
    Point,
    draw_arrow,
    draw_badge,
    draw_label,
    make_font,
    make_pen,
    polyline_midpoint,
    qcolor,
    to_point,
    wrap_text,
)
from orgeditor.render.theme import Theme, department_colour, link_style, scope_style

__all__ = [
    "draw_group",
    "draw_legend",
    "draw_link",
    "draw_member_line",
    "draw_reporting_line",
    "draw_title",
    "legend_size",
]


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
    pts = [to_point(p) for p in points]
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
        draw_label(painter, at, style.label, theme, style.colour)
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
    pts = [to_point(p) for p in points]
    if len(pts) < 2:
        return
    style = link_style(theme, kind)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(make_pen(style, width=style.width + (1.5 if selected else 0.0)))
    painter.drawPolyline(QPolygonF(pts))
    draw_arrow(painter, pts[-1], pts[-2], style.colour)
    if show_label and style.label:
        at, _ = polyline_midpoint(pts, 0.5)
        draw_label(painter, at, style.label, theme, style.colour)
    painter.restore()


def draw_member_line(painter: QPainter, points: Sequence[Point], theme: Theme) -> None:
    """The thin line from a group's body to one of its members."""
    pts = [to_point(p) for p in points]
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
    inner = rect.width() - 2 * PADDING - 10
    size = font_px or theme.name_px + 1
    while True:  # shrink the text until the whole name fits (it is never cut)
        font = make_font(theme, size, bold=True)
        metrics = QFontMetricsF(font)
        max_lines = max(1, int((rect.height() - 8) // metrics.lineSpacing()))
        lines = wrap_text(name, font, inner, max_lines)
        if " ".join(lines).split() == name.split() or size <= 6:
            break
        size = max(6.0, size * 0.9)
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
    origin = to_point(top_left)
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
            draw_arrow(painter, QPointF(x + _SWATCH, mid), QPointF(x, mid), style.colour, 7.0)
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
