"""Drawing the parts of a chart other than cards: reporting lines, links, group bodies and
their member lines, the title and the legend.

Lines take an optional *min_px*: the least width in device pixels, which the editor passes
(``Theme.min_line_px``) so that a line zoomed out never thins to a hairline; exports leave it
at 0 and draw every line at its theme width.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSizeF, Qt
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
from orgeditor.render.theme import LineStyle, Theme, department_colour, link_style, scope_style

__all__ = [
    "draw_group",
    "draw_legend",
    "draw_link",
    "draw_member_line",
    "draw_reporting_line",
    "draw_title",
    "legend_rows",
    "legend_size",
    "legend_word",
    "line_label",
    "painter_scale",
    "shared_departments",
    "style_pen",
]


def painter_scale(painter: QPainter) -> float:
    """How many device pixels one unit of the painter's coordinates spans (1 when unscaled)."""
    return math.sqrt(abs(painter.worldTransform().determinant())) or 1.0


def style_pen(
    style: LineStyle, *, width: float | None = None, scale: float = 1.0, min_px: float = 0.0
) -> QPen:
    """The pen of *style* (its own dash *pattern* when it has one) at *width* (default the
    style's); when that would show thinner than *min_px* device pixels at *scale*, a cosmetic
    pen *min_px* wide instead, so that a line zoomed far out is never a hairline. Its dashes
    are then *min_px* pixels times the pattern, as long on screen as at the threshold.

    Pens are made once per look: do not change the pen returned.
    """
    wide = style.width if width is None else width
    if min_px > 0 and wide * scale < min_px:
        return _pen(style, min_px, True)
    return _pen(style, wide, False)


@functools.lru_cache(maxsize=256)
def _pen(style: LineStyle, width: float, cosmetic: bool) -> QPen:
    pen = make_pen(style, width=width)
    if style.pattern:
        pen.setDashPattern(list(style.pattern))
    pen.setCosmetic(cosmetic)
    return pen


def _floor(length: float, min_px: float, scale: float) -> float:
    """*length* (painter units), grown so that it shows at least *min_px* device pixels."""
    return max(length, min_px / scale) if min_px > 0 else length


def draw_reporting_line(
    painter: QPainter,
    points: Sequence[Point],
    scope: str,
    theme: Theme,
    *,
    highlighted: bool = False,
    show_label: bool = True,
    label_at: float | None = None,
    label_point: Point | None = None,
    min_px: float = 0.0,
) -> None:
    """A reporting line in its scope's colour and dash.

    A scoped line carries its label only where asked: at *label_point* (a gap the layout
    chose), else at *label_at* (the fraction of the length from the first point); with
    neither, no label (the dash and the legend tell the scope; a label mid-line ends up struck
    through by crossing lines). *show_label* False never labels. When *highlighted* (a traced
    chain), a wide translucent trace is drawn underneath. *min_px* is the least width in
    device pixels (see :func:`style_pen`); exports leave it at 0.
    """
    pts = [to_point(p) for p in points]
    if len(pts) < 2:
        return
    scale = painter_scale(painter) if min_px > 0 else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if highlighted:
        trace = make_pen(theme.trace, width=_floor(theme.trace.width, 2.5 * min_px, scale))
        trace.setStyle(Qt.PenStyle.SolidLine)
        colour = trace.color()
        colour.setAlpha(150)
        trace.setColor(colour)
        trace.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(trace)
        painter.drawPolyline(QPolygonF(pts))
    style = scope_style(theme, scope)
    wide = style.width + (0.8 if highlighted else 0.0)
    painter.setPen(style_pen(style, width=wide, scale=scale, min_px=min_px))
    painter.drawPolyline(QPolygonF(pts))
    if show_label and style.label and (label_point is not None or label_at is not None):
        at = to_point(label_point) if label_point is not None else polyline_midpoint(pts, label_at or 0.0)[0]
        draw_label(painter, at, line_label(style.label), theme, style.colour)
    painter.restore()


#: The words a scoped reporting line carries (short: the legend says "mission settings").
_LINE_LABELS = {
    "mission": str(QT_TRANSLATE_NOOP("Lines", "mission")),
    "non-mission": str(QT_TRANSLATE_NOOP("Lines", "non-mission")),
}


def line_label(label: str) -> str:
    """A scoped line's label in the user's language ("non-mission" is "hors mission" in
    French); as is without a translator (the exports) or when unknown."""
    known = _LINE_LABELS.get(label)
    return QCoreApplication.translate("Lines", known) if known is not None else label


def draw_link(
    painter: QPainter,
    points: Sequence[Point],
    kind: str,
    theme: Theme,
    *,
    show_label: bool = True,
    selected: bool = False,
    label_point: Point | None = None,
    min_px: float = 0.0,
) -> None:
    """A link (not a reporting line) in its kind's pen, with an arrow at the target end and
    its kind's label at *label_point* (default: the middle of the line). *min_px*: the least
    width in device pixels (see :func:`style_pen`)."""
    pts = [to_point(p) for p in points]
    if len(pts) < 2:
        return
    style = link_style(theme, kind)
    scale = painter_scale(painter) if min_px > 0 else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    wide = style.width + (1.5 if selected else 0.0)
    painter.setPen(style_pen(style, width=wide, scale=scale, min_px=min_px))
    painter.drawPolyline(QPolygonF(pts))
    draw_arrow(painter, pts[-1], pts[-2], style.colour, _floor(8.0, 4 * min_px, scale))
    if show_label and style.label:
        at = to_point(label_point) if label_point is not None else polyline_midpoint(pts, 0.5)[0]
        draw_label(painter, at, legend_word(style.label), theme, style.colour)  # in the user's language
    painter.restore()


def draw_member_line(
    painter: QPainter,
    points: Sequence[Point],
    theme: Theme,
    *,
    member_end: Literal["first", "last"] | None = None,
    min_px: float = 0.0,
) -> None:
    """The thin line from a group's body to one of its members, with a small dot at the
    member's end when *member_end* says which end that is (``"first"`` or ``"last"`` point).
    *min_px*: the least width in device pixels (see :func:`style_pen`)."""
    pts = [to_point(p) for p in points]
    if len(pts) < 2:
        return
    style = theme.group_member_line
    scale = painter_scale(painter) if min_px > 0 else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(style_pen(style, scale=scale, min_px=min_px))
    painter.drawPolyline(QPolygonF(pts))
    if member_end is not None:
        _member_dot(painter, pts[0] if member_end == "first" else pts[-1], style, scale, min_px)
    painter.restore()


def _member_dot(painter: QPainter, at: QPointF, style: LineStyle, scale: float, min_px: float) -> None:
    radius = _floor(style.width * 1.8, 1.6 * min_px, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(qcolor(style.colour)))
    painter.drawEllipse(at, radius, radius)


def draw_group(
    painter: QPainter,
    rect: QRectF,
    name: str,
    theme: Theme,
    *,
    selected: bool = False,
    font_px: float | None = None,
    min_px: float = 0.0,
) -> None:
    """A group's body: a rounded box with its name (wrapped, elided, centred).

    *font_px* overrides the text size (the editor enlarges it when zoomed out); the border is
    never thinner than *min_px* device pixels.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scale = painter_scale(painter) if min_px > 0 else 1.0
    border = _floor(2.5 if selected else 1.5, min_px, scale)
    pen = QPen(qcolor(theme.card_selected if selected else theme.group_border), border)
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
        whole = "".join(lines).replace(" ", "") == "".join(name.split())  # (words cut at a line's end)
        if whole or size <= 6:
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


_SWATCH = 44.0
#: Groups named in the legend; more are counted in one row.
_GROUPS_SHOWN = 4
#: How the legend names a scope: the words of the findings (``SCOPE_PHRASES`` of the rules).
#: The legend's words are in English, in the user's language where the editor installed a
#: translator (an export from the command line stays in English).
SCOPE_TEXTS: dict[str, str] = {
    "all": str(QT_TRANSLATE_NOOP("Legend", "all settings")),
    "mission": str(QT_TRANSLATE_NOOP("Legend", "mission settings")),
    "non-mission": str(QT_TRANSLATE_NOOP("Legend", "non-mission settings")),
}
#: The link kinds (SPEC vocabulary) and finding badges, as the legend names them.
_WORDS: dict[str, str] = {
    "informs": str(QT_TRANSLATE_NOOP("Legend", "informs")),
    "advises": str(QT_TRANSLATE_NOOP("Legend", "advises")),
    "supports": str(QT_TRANSLATE_NOOP("Legend", "supports")),
    "manages": str(QT_TRANSLATE_NOOP("Legend", "manages")),
    "functional": str(QT_TRANSLATE_NOOP("Legend", "functional")),
    "coordinates": str(QT_TRANSLATE_NOOP("Legend", "coordinates")),
    "error": str(QT_TRANSLATE_NOOP("Legend", "error")),
    "warning": str(QT_TRANSLATE_NOOP("Legend", "warning")),
    "info": str(QT_TRANSLATE_NOOP("Legend", "info")),
    "departure": str(QT_TRANSLATE_NOOP("Legend", "departure")),
}


def legend_word(word: str) -> str:
    """*word* (a scope, link kind or badge) as the legend shows it, translated if known."""
    known = SCOPE_TEXTS.get(word) or _WORDS.get(word)
    return QCoreApplication.translate("Legend", known) if known is not None else word


LegendRow = tuple[str, str, str]
"""(what, key, text); *what* is header, scope, link, group, more, member, department, split
or severity; *key* is the scope, kind, department ids (``+`` between those of a split band),
group name or severity drawn as the sample."""


def _and(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("Legend", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def shared_departments(departments_by_unit: Mapping[str, Sequence[str]]) -> list[tuple[str, ...]]:
    """The distinct sets of departments that one unit belongs to together (a card whose band
    is split), in the order first met: what ``split_departments`` of the legend takes.

    >>> shared_departments({"a": ("dppa",), "asg": ("dppa", "dpo"), "b": ("dppa", "dpo")})
    [('dppa', 'dpo')]
    """
    seen: dict[tuple[str, ...], None] = {}
    for departments in departments_by_unit.values():
        if len(departments) > 1:
            seen.setdefault(tuple(departments), None)
    return list(seen)


def legend_rows(
    theme: Theme,
    *,
    scopes: Iterable[str] = ("all", "mission", "non-mission"),
    link_kinds: Iterable[str] = (),
    departments: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    severities: Iterable[str] = (),
    groups: Iterable[str] = (),
    member_line: bool | None = None,
    split_departments: Iterable[Sequence[str]] = (),
    unassigned: bool = False,
) -> list[LegendRow]:
    """The rows of the legend :func:`draw_legend` draws with the same arguments."""
    rows: list[LegendRow] = []
    scope_list = list(scopes)
    if scope_list:
        rows.append(("header", "", QCoreApplication.translate("Legend", "Reporting lines")))
        rows.extend(("scope", scope, legend_word(scope)) for scope in scope_list)
    kinds = list(link_kinds)
    if kinds:
        rows.append(("header", "", QCoreApplication.translate("Legend", "Links")))
        rows.extend(("link", kind, legend_word(kind)) for kind in kinds)
    names = list(groups)
    if names or member_line:
        rows.append(("header", "", QCoreApplication.translate("Legend", "Groups")))
        rows.extend(("group", name, name) for name in names[:_GROUPS_SHOWN])
        if len(names) > _GROUPS_SHOWN:
            rest = len(names) - _GROUPS_SHOWN
            more = (
                QCoreApplication.translate("Legend", "and 1 more group")
                if rest == 1
                else QCoreApplication.translate("Legend", "and {count} more groups")
            )
            rows.append(("more", "", more.format(count=rest)))
        if member_line is None or member_line:
            rows.append(("member", "", QCoreApplication.translate("Legend", "group member")))
    items = list(departments.items()) if isinstance(departments, Mapping) else list(departments)
    labels = dict(items)
    splits = [tuple(ids) for ids in split_departments if len(ids) > 1]
    if items or splits or unassigned:
        rows.append(("header", "", QCoreApplication.translate("Legend", "Departments")))
        rows.extend(("department", key, label) for key, label in items)
        for ids in splits:
            shared = QCoreApplication.translate("Legend", "shared by {departments}")
            text = shared.format(departments=_and([labels.get(d, d) for d in ids]))
            rows.append(("split", "+".join(ids), text))
        if unassigned:
            rows.append(("unassigned", "", QCoreApplication.translate("Legend", "in no department")))
    sev = list(severities)
    if sev:
        rows.append(("header", "", QCoreApplication.translate("Legend", "Findings")))
        rows.extend(("severity", s, legend_word(s)) for s in sev)
    return rows


_COLUMN_GAP = 18.0


@dataclass(frozen=True, slots=True)
class _LegendPlan:
    """Where a legend's rows go: columns of rows, each column's width, the row height."""

    columns: list[list[LegendRow]]
    widths: list[float]
    row_h: float

    @property
    def size(self) -> QSizeF:
        width = sum(self.widths) + _COLUMN_GAP * (len(self.widths) - 1)
        height = max((len(column) for column in self.columns), default=0) * self.row_h
        return QSizeF(width + 2 * PADDING, height + 2 * PADDING)


def _plan(theme: Theme, rows: list[LegendRow], max_height: float | None) -> _LegendPlan:
    """One column; or, within *max_height*, as many as it takes, a section (a header and its
    rows) moving whole to the next column when it does not fit below the one before."""
    metrics = QFontMetricsF(make_font(theme, theme.legend_px))
    bold_m = QFontMetricsF(make_font(theme, theme.legend_px, bold=True))
    row_h = metrics.lineSpacing() + 4
    capacity = len(rows) if max_height is None else max(2, int((max_height - 2 * PADDING) // row_h))
    sections: list[list[LegendRow]] = []
    for row in rows:
        if row[0] == "header" or not sections:
            sections.append([])
        sections[-1].append(row)
    columns: list[list[LegendRow]] = [[]]
    for section in sections:
        if columns[-1] and len(columns[-1]) + len(section) > capacity:
            columns.append([])
        for row in section:
            if len(columns[-1]) >= capacity:
                columns.append([])
            columns[-1].append(row)
    widths = [
        max(
            (
                bold_m.horizontalAdvance(text)
                if what == "header"
                else _SWATCH + 8 + metrics.horizontalAdvance(text)  # whole: a long name widens the legend
                for what, _, text in column
            ),
            default=0.0,
        )
        for column in columns
    ]
    return _LegendPlan(columns, widths, row_h)


def legend_size(
    theme: Theme,
    *,
    scopes: Iterable[str] = ("all", "mission", "non-mission"),
    link_kinds: Iterable[str] = (),
    departments: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    severities: Iterable[str] = (),
    groups: Iterable[str] = (),
    member_line: bool | None = None,
    split_departments: Iterable[Sequence[str]] = (),
    unassigned: bool = False,
    max_height: float | None = None,
) -> QSizeF:
    """The size :func:`draw_legend` needs with the same arguments."""
    rows = legend_rows(
        theme,
        scopes=scopes,
        link_kinds=link_kinds,
        departments=departments,
        severities=severities,
        groups=groups,
        member_line=member_line,
        split_departments=split_departments,
        unassigned=unassigned,
    )
    return _plan(theme, rows, max_height).size


def draw_legend(
    painter: QPainter,
    top_left: Point,
    theme: Theme,
    *,
    scopes: Iterable[str] = ("all", "mission", "non-mission"),
    link_kinds: Iterable[str] = (),
    departments: Mapping[str, str] | Sequence[tuple[str, str]] = (),
    severities: Iterable[str] = (),
    groups: Iterable[str] = (),
    member_line: bool | None = None,
    split_departments: Iterable[Sequence[str]] = (),
    unassigned: bool = False,
    faded_scopes: Iterable[str] = (),
    max_height: float | None = None,
) -> QRectF:
    """A boxed legend at *top_left*: scopes, link kinds, groups, department bands, badges.

    *departments* maps department id to the label shown. *groups* are group names, each shown
    on a sample body; the group member line is shown with them (*member_line* None), always
    (True) or never (False). *split_departments* lists the sets of departments a unit belongs
    to together (:func:`shared_departments`): each is a sample of the split band. Rows of
    *faded_scopes* are drawn faded (the editor shows one scope at a time). With *max_height*
    the rows flow into side-by-side columns no taller than that. Returns the rectangle drawn.
    """
    faded = set(faded_scopes)
    rows = legend_rows(
        theme,
        scopes=scopes,
        link_kinds=link_kinds,
        departments=departments,
        severities=severities,
        groups=groups,
        member_line=member_line,
        split_departments=split_departments,
        unassigned=unassigned,
    )
    plan = _plan(theme, rows, max_height)
    box = QRectF(to_point(top_left), plan.size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor(theme.card_border), 1.0))
    painter.setBrush(QBrush(qcolor(theme.card_fill)))
    painter.drawRoundedRect(box, 4, 4)
    font = make_font(theme, theme.legend_px)
    bold = make_font(theme, theme.legend_px, bold=True)
    metrics = QFontMetricsF(font)
    row_h = plan.row_h
    opacity = painter.opacity()
    x = box.left() + PADDING
    for column, width in zip(plan.columns, plan.widths, strict=True):
        y = box.top() + PADDING
        for what, key, text in column:
            baseline = QPointF(x if what == "header" else x + _SWATCH + 8, y + metrics.ascent() + 2)
            painter.setOpacity(opacity * (0.25 if what == "scope" and key in faded else 1.0))
            if what == "header":
                painter.setFont(bold)
            else:
                _draw_sample(painter, QRectF(x, y, _SWATCH, row_h), what, key, theme)
                painter.setFont(font)
            painter.setPen(qcolor(theme.muted_text if what == "more" else theme.text))
            painter.drawText(baseline, text)
            y += row_h
        x += width + _COLUMN_GAP
    painter.restore()
    return box


def _draw_sample(painter: QPainter, cell: QRectF, what: str, key: str, theme: Theme) -> None:
    """The sample drawn left of a legend row's text, in *cell*."""
    x, mid, right = cell.left(), cell.center().y(), cell.right()
    if what == "scope":
        painter.setPen(style_pen(scope_style(theme, key)))
        painter.drawLine(QPointF(x, mid), QPointF(right, mid))
    elif what == "link":
        style = link_style(theme, key)
        painter.setPen(style_pen(style))
        painter.drawLine(QPointF(x, mid), QPointF(right - 4, mid))
        draw_arrow(painter, QPointF(right, mid), QPointF(x, mid), style.colour, 7.0)
    elif what == "group":
        body = QRectF(x, mid - 6, cell.width(), 12)
        painter.setPen(QPen(qcolor(theme.group_border), 1.5))
        painter.setBrush(QBrush(qcolor(theme.group_fill)))
        painter.drawRoundedRect(body, 5, 5)
    elif what == "member":
        style = theme.group_member_line
        painter.setPen(style_pen(style))
        painter.drawLine(QPointF(x, mid), QPointF(right - 3, mid))
        _member_dot(painter, QPointF(right - 3, mid), style, 1.0, 0.0)
    elif what in ("department", "split"):
        colours = [department_colour(theme, d) for d in key.split("+")]
        step = cell.width() / len(colours)
        for i, colour in enumerate(colours):
            painter.fillRect(QRectF(x + i * step, mid - 4, step, 8), qcolor(colour))
    elif what == "unassigned":
        painter.fillRect(QRectF(x, mid - 4, cell.width(), 8), qcolor(theme.band_fallback))
    elif what == "severity":
        draw_badge(painter, QPointF(x + cell.width() / 2, mid), key, theme)
