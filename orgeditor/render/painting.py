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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from orgeditor.model import Chart, Unit
from orgeditor.render.card_type import SCREEN, CardType, TypeScale, card_type, head_line, overview_label
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
    family_font,
    make_font,
    make_pen,
    polyline_midpoint,
    qcolor,
    worst_severity,
    wrap_text,
)
from orgeditor.render.theme import Theme, department_colour
from orgeditor.render.tiers import DEFAULT_TIER, MAX_TIER, card_tiers, clamp_tier

__all__ = [
    "BADGE_RADIUS",
    "BAND_HEIGHT",
    "CARD_SIZE",
    "DEFAULT_TIER",
    "MAX_TIER",
    "OVERVIEW_PX",
    "PADDING",
    "RANK_WORDS",
    "SEVERITY_ORDER",
    "Card",
    "CardTexts",
    "CardType",
    "Point",
    "TypeScale",
    "card_head_line",
    "card_height",
    "card_number",
    "card_texts",
    "card_tiers",
    "card_type",
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
    "overview_lines",
    "overview_px",
    "polyline_midpoint",
    "posts_on_card",
    "qcolor",
    "rank_word",
    "worst_severity",
    "wrap_text",
]


class Card(QObject):
    """The words a card draws that change with a count (a class, so that lupdate sees their
    plural forms: French says "1 poste", "0 poste", "48 postes")."""

    def posts(self, count: int) -> str:
        text = self.tr("{count} post(s)", "", count)  # English without a translator: finish it
        return text.replace("(s)", "" if count == 1 else "s").format(count=card_number(count))


_card = Card()


def card_number(count: int) -> str:
    """*count* as a card writes it: the locale's digit groups in another language than English
    ("1 181" in French); plain digits in English, as the exports have always drawn them."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return str(count)
    return locale.toString(count)


def posts_on_card(count: int) -> str:
    """A card's post count in the editor's language ("1 post", "48 posts"; "48 postes")."""
    return _card.posts(count)


#: The head ranks that have words of their own in another language (the chart keeps SPEC's
#: abbreviation; a French card reads SGA for USG, SSG for ASG). The grades (D-2, P-5) are the
#: same in every language.
RANK_WORDS: dict[str, str] = {
    "SG": str(QT_TRANSLATE_NOOP("Ranks", "SG")),
    "DSG": str(QT_TRANSLATE_NOOP("Ranks", "DSG")),
    "USG": str(QT_TRANSLATE_NOOP("Ranks", "USG")),
    "ASG": str(QT_TRANSLATE_NOOP("Ranks", "ASG")),
}


def rank_word(rank: str) -> str:
    """A head rank in the editor's language ("USG" -> "SGA" in French), others as they are."""
    known = RANK_WORDS.get(rank)
    return QCoreApplication.translate("Ranks", known) if known is not None else rank


def card_head_line(unit: Unit) -> str:
    """:func:`head_line` with the rank in the editor's language: ``rank · title · name``."""
    head = unit.head
    if head is None or not head.rank or rank_word(head.rank) == head.rank:
        return head_line(unit)
    return " · ".join(p for p in (rank_word(head.rank), head.title, head.name) if p)


def departments_of(
    chart: Chart, unit_id: str, _memo: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """The departments a unit belongs to: :meth:`Hierarchy.departments
    <orgeditor.model.Hierarchy.departments>` of the chart (*_memo* shares work between calls)."""
    return chart.hierarchy.departments(unit_id, _memo)


def department_map(chart: Chart) -> dict[str, tuple[str, ...]]:
    """:func:`departments_of` for every unit (one pass, shared memo)."""
    return chart.hierarchy.department_map()


# -------------------------------------------------------------------------- cards


#: Baseline to baseline of a wrapped paragraph, in em (the font's own spacing if tighter).
LEADING = 1.1
#: Lines a head (``rank · title · name``) may wrap onto before it is elided, when the card is
#: too small for all of it.
HEAD_LINES = 2


def _step(font: QFont) -> float:
    """Baseline to baseline of *font* in a wrapped paragraph (:data:`LEADING`)."""
    return min(QFontMetricsF(font).lineSpacing(), LEADING * font.pixelSize())


@dataclass(frozen=True, slots=True)
class CardTexts:
    """The lines a card shows, already wrapped and elided to fit, and their sizes.

    *title* is the short name (empty without one: the name is then the label, in
    :attr:`CardType.label_px` bold; its lines joined by newlines when wider than a card);
    *name_lines* the name; *head_lines* the head, on up to :data:`HEAD_LINES` lines in a
    card too small for it; *posts* the post count drawn on the first line's right.
    """

    title: str
    name_lines: tuple[str, ...]
    head_lines: tuple[str, ...]
    posts: str
    sizes: CardType
    posts_below: bool = False
    """The post count has a line of its own below the name (a short name too wide beside it)."""

    @property
    def head(self) -> str:
        """The head lines as one string."""
        return " ".join(self.head_lines)


def _card_fonts(theme: Theme, sizes: CardType, has_short: bool) -> tuple[QFont, QFont, QFont, QFont]:
    """Label, name, head and posts fonts of a card."""
    label = make_font(theme, sizes.label_px, bold=True)
    name = make_font(theme, sizes.name_px) if has_short else label
    head = make_font(theme, sizes.head_px, italic=True)
    return label, name, head, make_font(theme, sizes.posts_px)


def _text_room(rect: QRectF) -> float:
    """Height for text in a card: from below the band to the bottom padding."""
    return rect.height() - BAND_HEIGHT - 2 * PADDING + 5


def card_texts(
    unit: Unit,
    rect: QRectF,
    theme: Theme,
    *,
    show_posts: bool = True,
    badge: bool = False,
    tier: int = DEFAULT_TIER,
    type_scale: TypeScale = SCREEN,
) -> CardTexts:
    """Fit a unit's texts into a card of *rect*'s size (see :func:`draw_card`).

    Sizes come from *tier* and *type_scale* alone (:func:`card_type`). The label takes the
    first line, the head its lines at the bottom and the name every line between them. In a
    card as tall as :func:`card_height` asks, everything is shown whole; in a smaller one the
    head keeps up to two lines, the name at least one while the card holds it, and text that
    still does not fit is elided on its last line.
    """
    unit = _shown(unit)
    whole, needed = _whole(
        unit, rect.width(), theme, show_posts=show_posts, badge=badge, tier=tier, type_scale=type_scale
    )
    room = _text_room(rect) + 0.01  # rounding: lines that fit exactly are kept
    if needed <= room:  # everything whole, when the card is tall enough (card_height)
        return whole
    sizes, posts = whole.sizes, whole.posts
    label_font, name_font, head_font, posts_font = _card_fonts(theme, sizes, _has_short(unit))
    inner = rect.width() - 2 * PADDING
    first_width = inner - (2 * BADGE_RADIUS + 4 if badge else 0)
    if posts:
        first_width -= QFontMetricsF(posts_font).horizontalAdvance(posts) + 6
    name_step, head_step = _step(name_font), _step(head_font)
    head = card_head_line(unit)
    # else the label on one line, the head on up to two and the name in what is left
    title = ""
    if unit.short:
        title = QFontMetricsF(label_font).elidedText(unit.short, Qt.TextElideMode.ElideRight, first_width)
        room -= _step(label_font)
        name_first = inner
    else:
        name_first = first_width
    head_count = HEAD_LINES
    while head_count > 1 and room - head_count * head_step < name_step:  # keep a line for the name
        head_count -= 1
    head_lines = wrap_text(head, head_font, inner, head_count) if head else []
    room -= len(head_lines) * head_step
    max_lines = max(0 if unit.short else 1, int(room // name_step))
    lines = wrap_text(unit.name, name_font, inner, max_lines, first_width=name_first)
    return CardTexts(title, tuple(lines), tuple(head_lines), posts, sizes)


#: As many lines as a text takes.
_ALL = 1_000


def _has_short(unit: Unit) -> bool:
    """Whether the unit has a short name to show (not only spaces)."""
    return bool((unit.short or "").strip())


def _shown(unit: Unit) -> Unit:
    """*unit* as its card shows it: a short name of spaces only is none."""
    return unit if unit.short is None or _has_short(unit) else unit.with_changes(short=None)


def _posts_below(unit: Unit, label_font: QFont, first_width: float) -> bool:
    """Whether a unit's post count (when shown) goes on a line of its own: its short name
    does not fit beside it in *first_width*."""
    return _has_short(unit) and QFontMetricsF(label_font).horizontalAdvance(unit.short or "") > first_width


def card_height(
    unit: Unit,
    width: float,
    theme: Theme,
    *,
    show_posts: bool = True,
    badge: bool = False,
    tier: int = DEFAULT_TIER,
    type_scale: TypeScale = SCREEN,
) -> float:
    """The height a card *width* px wide needs to show all of a unit's texts, nothing elided
    (:func:`card_texts` in a card this tall wraps them whole)."""
    _, needed = _whole(
        _shown(unit), width, theme, show_posts=show_posts, badge=badge, tier=tier, type_scale=type_scale
    )
    return needed + BAND_HEIGHT + 2 * PADDING - 5 + 1


def _whole(
    unit: Unit,
    width: float,
    theme: Theme,
    *,
    show_posts: bool,
    badge: bool,
    tier: int,
    type_scale: TypeScale,
) -> tuple[CardTexts, float]:
    """A card's texts all whole in a card *width* px wide, and the height they take: a short
    name too wide beside the post count puts the count on a line of its own, one wider than a
    line wraps. One measure for :func:`card_texts` and :func:`card_height`."""
    sizes = card_type(theme, tier, type_scale)
    label_font, name_font, head_font, posts_font = _card_fonts(theme, sizes, _has_short(unit))
    inner = width - 2 * PADDING
    first_width = inner - (2 * BADGE_RADIUS + 4 if badge else 0)
    posts = posts_on_card(unit.posts) if show_posts and unit.posts is not None else ""
    if posts:
        first_width -= QFontMetricsF(posts_font).horizontalAdvance(posts) + 6
    below = bool(posts) and _posts_below(unit, label_font, first_width)
    if below:
        first_width = inner - (2 * BADGE_RADIUS + 4 if badge else 0)
    head = card_head_line(unit)
    title = wrap_text(unit.short or "", label_font, inner, _ALL, first_width=first_width)
    heads = wrap_text(head, head_font, inner, _ALL) if head else []
    names = wrap_text(unit.name, name_font, inner, _ALL, first_width=inner if unit.short else first_width)
    needed = len(title) * _step(label_font) + len(heads) * _step(head_font) + len(names) * _step(name_font)
    needed += _step(posts_font) if below else 0.0
    texts = CardTexts("\n".join(title), tuple(names), tuple(heads), posts, sizes, below)
    return texts, needed


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
    tier: int = DEFAULT_TIER,
    type_scale: TypeScale = SCREEN,
) -> None:
    """Draw one unit's card filling *rect*.

    The label (short name, else the name) bold on the first line with the posts on its right
    (when *show_posts* and set), the name word-wrapped below a short name, the head in
    italics at the bottom on up to two lines; all in the sizes of the unit's *tier*
    (:func:`card_tiers`; :data:`DEFAULT_TIER` when not known), wrapped, then elided,
    never clipped. A band on top in the colours of *departments* (split when several), a
    badge for the worst finding *severity*, a ``+N`` tab when *hidden_reports* are collapsed
    away and a small dot when *pinned*.
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

    texts = card_texts(
        unit, rect, theme, show_posts=show_posts, badge=severity is not None, tier=tier, type_scale=type_scale
    )
    label_font, name_font, head_font, posts_font = _card_fonts(theme, texts.sizes, bool(texts.title))
    left = rect.left() + PADDING
    y = rect.top() + BAND_HEIGHT + PADDING - 3
    first_ascent = QFontMetricsF(label_font).ascent()
    painter.setPen(qcolor(theme.text))
    for line in texts.title.split("\n") if texts.title else ():
        painter.setFont(label_font)
        painter.drawText(QPointF(left, y + first_ascent), line)
        y += _step(label_font)
    painter.setFont(name_font)
    name_ascent, name_step = QFontMetricsF(name_font).ascent(), _step(name_font)
    for line in texts.name_lines:
        painter.drawText(QPointF(left, y + name_ascent), line)
        y += name_step
    if texts.posts and texts.posts_below:  # under the name, a short name being too wide
        painter.setFont(posts_font)
        painter.setPen(qcolor(theme.muted_text))
        painter.drawText(QPointF(left, y + QFontMetricsF(posts_font).ascent()), texts.posts)
    elif texts.posts:
        painter.setFont(posts_font)
        painter.setPen(qcolor(theme.muted_text))
        right = rect.right() - PADDING - (2 * BADGE_RADIUS + 4 if severity else 0)
        x = right - QFontMetricsF(posts_font).horizontalAdvance(texts.posts)
        top = rect.top() + BAND_HEIGHT + PADDING - 3
        painter.drawText(QPointF(x, top + first_ascent), texts.posts)
    if texts.head_lines:
        painter.setFont(head_font)
        painter.setPen(qcolor(theme.muted_text))
        base = rect.bottom() - PADDING + 2 - QFontMetricsF(head_font).descent()
        base -= (len(texts.head_lines) - 1) * _step(head_font)
        for line in texts.head_lines:
            painter.drawText(QPointF(left, base), line)
            base += _step(head_font)
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


#: Bold label size (px) of a card drawn zoomed out, by tier: senior cards read largest.
OVERVIEW_PX: tuple[float, ...] = (32.0, 26.0, 22.0, 20.0, 18.0)
#: Baseline to baseline of a zoomed-out label, in em (display type: set tight).
OVERVIEW_LEADING = 1.05
#: Height of a zoomed-out card's band (px).
OVERVIEW_BAND = BAND_HEIGHT * 2


def overview_px(tier: int = DEFAULT_TIER) -> float:
    """The label size of a card drawn zoomed out at *tier* (clamped to ``0 … MAX_TIER``)."""
    return OVERVIEW_PX[clamp_tier(tier)]


@functools.lru_cache(maxsize=4096)
def overview_lines(label: str, family: str, width: float, height: float, px: float) -> tuple[str, ...]:
    """*label* in bold *px* wrapped onto as many lines as *height* holds, the last elided
    with "…" if text remains. The size never changes: it is the tier's."""
    font = family_font(family, px, bold=True)
    lines = max(1, int((height + 0.01) // (OVERVIEW_LEADING * font.pixelSize())))
    return tuple(wrap_text(label, font, width, lines))


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
    tier: int = DEFAULT_TIER,
) -> None:
    """A card for small scales: a thick band and the label (short name, else name) in the
    bold size of the unit's *tier* (:data:`OVERVIEW_PX`), wrapped onto as many lines as the
    card holds, so a whole chart stays legible when zoomed out and seniors read largest."""
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
        band = QRectF(rect.left() + i * step, rect.top(), step + 0.5, OVERVIEW_BAND)
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
    text_rect = rect.adjusted(5, OVERVIEW_BAND + 1, -5, -1)
    px = overview_px(tier)
    wrapped = overview_lines(
        overview_label(unit), theme.font_family, text_rect.width(), text_rect.height(), px
    )
    font = make_font(theme, px, bold=True)
    metrics = QFontMetricsF(font)
    line_step = OVERVIEW_LEADING * font.pixelSize()
    painter.setFont(font)
    painter.setPen(qcolor(theme.text))
    block = (len(wrapped) - 1) * line_step + metrics.ascent() + metrics.descent()
    y = text_rect.center().y() - block / 2 + metrics.ascent()
    for line in wrapped:
        x = text_rect.center().x() - metrics.horizontalAdvance(line) / 2
        painter.drawText(QPointF(x, y), line)
        y += line_step
    if severity is not None:
        painter.save()
        painter.translate(rect.right() - 14, rect.top() + 14)
        painter.scale(1.6, 1.6)
        draw_badge(painter, QPointF(0, 0), severity, theme)
        painter.restore()
    painter.restore()
