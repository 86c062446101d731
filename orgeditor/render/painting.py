"""Static drawing of chart parts with a QPainter, shared by the editor and the exporters.

Every function draws in scene coordinates (1 unit = 1 px at 100 %) and leaves the painter's
state as it found it. A ``QGuiApplication`` must exist (fonts need it).

This module draws cards and re-exports the rest of the drawing API
(:mod:`orgeditor.render.primitives`, :mod:`orgeditor.render.diagram`), so importing
everything from here keeps working. Reporting-line points may run either way (the layout
gives manager → unit); a link's arrow is drawn at its last point. Tuples ``(x, y)`` and
``QPointF`` are both accepted.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from orgeditor.model import Chart, Unit
from orgeditor.render.diagram import (
    draw_group,
    draw_legend,
    draw_link,
    draw_member_line,
    draw_reporting_line,
    draw_title,
    legend_size,
)
from orgeditor.render.primitives import (
    BADGE_RADIUS,
    BAND_HEIGHT,
    CARD_SIZE,
    PADDING,
    SEVERITY_ORDER,
    Point,
    draw_badge,
    make_font,
    make_pen,
    polyline_midpoint,
    qcolor,
    worst_severity,
    wrap_text,
)
from orgeditor.render.theme import Theme, department_colour

__all__ = [
    "BADGE_RADIUS",
    "BAND_HEIGHT",
    "CARD_SIZE",
    "PADDING",
    "SEVERITY_ORDER",
    "CardTexts",
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
