"""SVG, PDF and PNG export: one page composition painted with the editor's own drawing code.

The page holds the title with the file name and date, the chart (or one branch) and, to its
right, a legend of the line styles, groups, departments (and split bands) and finding badges
drawn. Cards are drawn at their tier in the whole chart, links labelled where the plan says. Coordinates are
scene pixels (1 px = 1/96 in), so the same page comes out the same in every format:

* SVG through ``QSvgGenerator`` at 96 dpi, text as ``<text>``;
* PDF through ``QPdfWriter`` (:mod:`orgeditor.render.export_pdf`): vector, text selectable;
* PNG through ``QImage`` at any scale factor (``scale=3`` gives three times the pixels).

Each is written through a ``QFile`` of ours on a temporary file beside the target, which
replaces the target only when every byte reached the disk: Qt's painters and image writers
never raise, so the file's error state, ``QPainter.end()``, ``QImage.save()`` and the file's
last bytes (``</svg>``, ``%%EOF``, the PNG ``IEND`` chunk) are checked before the rename. A
write that fails (disk full, file size limit) raises ``OSError`` and leaves the target as it
was.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
)
from PySide6.QtSvg import QSvgGenerator

from orgeditor.io.atomic import atomic_path
from orgeditor.layout.router import route_members
from orgeditor.model import Unit
from orgeditor.render.card_type import SCREEN, TypeScale, brief_unit, legible_theme
from orgeditor.render.diagram import shared_departments
from orgeditor.render.export_plan import CARD_SIZE, GROUP_SIZE, ExportCancelledError, ExportPlan, Measure
from orgeditor.render.painting import (
    DEFAULT_TIER,
    PADDING,
    card_height,
    draw_card,
    draw_group,
    draw_legend,
    draw_link,
    draw_member_line,
    draw_reporting_line,
    draw_title,
    legend_size,
    make_font,
    wrap_text,
)
from orgeditor.render.theme import BADGES, Theme

__all__ = [
    "Page",
    "card_measure",
    "ensure_gui_app",
    "group_measure",
    "paint_page",
    "render_image",
    "render_png",
    "render_svg",
]

MARGIN = 28.0
GAP = 28.0
HEADER = 52.0
#: The legend flows into columns no taller than the chart, or than this when the chart is lower.
LEGEND_MIN_HEIGHT = 320.0
#: The height of a legend under the chart: its entries run in columns across.
LEGEND_BELOW_HEIGHT = 200.0
_APP: list[QGuiApplication] = []
#: Width of a card (scene px), as the plan lays them out.
CARD_WIDTH = CARD_SIZE[0]
Tick = Callable[[], None]


def ensure_gui_app() -> None:
    """Make sure a Qt GUI application exists (fonts need one); offscreen when headless."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([]))


class Page:
    """Where the header, chart and legend of a plan go on the page (scene px)."""

    def __init__(
        self, plan: ExportPlan, theme: Theme, *, header: bool = True, legend_below: bool = False
    ) -> None:
        """*header*: the page has its title and subtitle on top; *legend_below*: the legend
        runs in columns under the chart (an upright page) rather than beside it."""
        self.plan, self.card_theme, self.header = plan, theme, header
        self.theme = theme = legible_theme(theme, plan.type_scale)
        """The theme of the page's texts other than the cards' (grown with the cards')."""
        self.severities = sorted(set(plan.severities.values()), key=lambda s: -BADGES.index(s))
        bx, by, bw, bh = plan.bounds
        self.legend_args: dict[str, Any] = {
            "scopes": plan.scopes,
            "link_kinds": plan.link_kinds,
            "groups": plan.group_names,
            "departments": plan.legend_departments,
            "split_departments": shared_departments(plan.departments),
            "unassigned": any(not plan.departments.get(u) for u in plan.positions),
            "severities": self.severities,
            "max_height": LEGEND_BELOW_HEIGHT if legend_below else max(bh, LEGEND_MIN_HEIGHT),
        }
        """The keyword arguments of ``legend_size`` and ``draw_legend`` for this page."""
        self.legend = legend_size(theme, **self.legend_args)
        title_font = QFontMetricsF(make_font(theme, theme.title_px, bold=True))
        sub_font = QFontMetricsF(make_font(theme, theme.legend_px))
        title_width = max(title_font.horizontalAdvance(plan.title), sub_font.horizontalAdvance(plan.subtitle))
        top = MARGIN + max(HEADER, title_font.height() + sub_font.height() + 4) + GAP if header else MARGIN
        self.chart_origin = QPointF(MARGIN - bx, top - by)
        if legend_below:
            width = MARGIN + max(bw, self.legend.width())
            height = top + bh + GAP + self.legend.height() + MARGIN
            self.legend_at = QPointF(MARGIN, top + bh + GAP)
        else:
            width = MARGIN + bw + GAP + self.legend.width()
            height = top + max(bh, self.legend.height()) + MARGIN
            self.legend_at = QPointF(MARGIN + bw + GAP, top)
        if header:
            width = max(width, MARGIN + title_width + 4)  # a long title widens the page
        self.size = QSize(int(width + MARGIN + 0.999), int(height + 0.999))


def paint_page(
    painter: QPainter,
    page: Page,
    tick: Tick | None = None,
    window: QRectF | None = None,
    *,
    background: bool = True,
) -> None:
    """Paint the whole page with *painter* (already scaled to scene px); with *window* (page
    px), cards and lines wholly outside it are skipped; without *background* the page is
    left unpainted (white paper)."""
    plan, theme = page.plan, page.theme
    if background:
        painter.fillRect(QRectF(0, 0, page.size.width(), page.size.height()), QColor(theme.background))
    if page.header:
        title_rect = QRectF(MARGIN, MARGIN, page.size.width() - 2 * MARGIN, page.chart_origin.y())
        draw_title(painter, title_rect, plan.title, plan.subtitle, theme)
    painter.save()
    try:
        painter.translate(page.chart_origin)
        visible = window.translated(-page.chart_origin) if window is not None else None
        _paint_chart(painter, plan, theme, tick, visible, card_theme=page.card_theme)
    finally:
        painter.restore()
    draw_legend(painter, page.legend_at, theme, **page.legend_args)


def _outside(points: list[tuple[float, float]], visible: QRectF | None) -> bool:
    if visible is None or not points:
        return False
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bbox = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-20, -20, 20, 20)
    return not bbox.intersects(visible)


def _paint_chart(
    painter: QPainter,
    plan: ExportPlan,
    theme: Theme,
    tick: Tick | None,
    visible: QRectF | None = None,
    *,
    card_theme: Theme | None = None,
) -> None:
    """Draw the plan's chart: lines and groups with *theme*, cards with *card_theme* (the
    theme their type scale applies to; *theme* when not given)."""
    card_theme = card_theme or theme
    gw, gh = plan.group_size
    group_rects = {
        gid: QRectF(x - gw / 2, y - gh / 2, gw, gh)
        for gid, (x, y) in plan.group_positions.items()
        if gid in plan.chart.groups
    }
    bodies = {gid: (r.x(), r.y(), r.width(), r.height()) for gid, r in group_rects.items()}
    ends = {
        (gid, member): (body, plan.card_rect(member))
        for gid, body in bodies.items()
        for member in plan.chart.groups[gid].members
        if member in plan.positions
    }
    laid = plan.member_routes
    if laid is not None and ends.keys() <= laid.keys():  # routed by the layout, as in the editor
        routes = {key: laid[key] for key in ends}
    elif ends:  # around the cards in the way, within a bounded search (as the layout does)
        obstacles = [plan.card_rect(u) for u in plan.positions] + list(bodies.values())
        routes = route_members(ends, obstacles)
    else:
        routes = {}
    for route in routes.values():
        draw_member_line(painter, list(reversed(route)), theme, member_end="first")
    for (_, _, scope), route in plan.routes.items():  # unlabelled: the dash and legend tell the scope
        if not _outside(route, visible):
            draw_reporting_line(painter, list(reversed(route)), scope, theme)
    for key, route in plan.link_routes.items():
        if not _outside(route, visible):
            draw_link(painter, route, key[2], theme, label_point=plan.label_points.get(key))
    for gid, rect in group_rects.items():
        draw_group(painter, rect, plan.chart.groups[gid].name, theme)
    for unit in plan.chart:
        if unit.id not in plan.positions:
            continue
        x, y, w, h = plan.card_rect(unit.id)
        if _outside([(x, y), (x + w, y + h)], visible):
            continue
        context = unit.id in plan.context
        if context:  # drawn for the chain of command only
            painter.save()
            painter.setOpacity(0.55)
        draw_card(
            painter,
            QRectF(x, y, w, h),
            brief_unit(unit) if context else unit,
            card_theme,
            departments=plan.departments.get(unit.id, ()),
            severity=plan.severities.get(unit.id),
            show_posts=plan.show_posts,
            tier=plan.tiers.get(unit.id, DEFAULT_TIER),
            type_scale=plan.type_scale,
        )
        if context:
            painter.restore()
        if unit.id in plan.tabs:
            _tab(painter, QRectF(x, y, w, h), plan.tabs[unit.id], theme)
        if tick is not None:
            tick()


def _tab(painter: QPainter, rect: QRectF, text: str, theme: Theme) -> None:
    """A note in a tab astride a card's top edge at its right, clear of the lines that come
    in at the top's middle and leave at the bottom: "continued on page 4"."""
    font = make_font(theme, theme.label_px, italic=True)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 12, metrics.height() + 4
    box = QRectF(rect.right() - width - 4, rect.top() - height / 2, width, height)
    painter.save()
    painter.setPen(QColor(theme.card_border))
    painter.setBrush(QColor(theme.card_fill))
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(QColor(theme.muted_text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def group_measure(theme: Theme, type_scale: TypeScale = SCREEN) -> Callable[[str], float]:
    """The height a group's body needs for its whole name, as :func:`draw_group` wraps it
    on a page whose texts grow by *type_scale*."""
    ensure_gui_app()
    page_theme = legible_theme(theme, type_scale)
    font = make_font(page_theme, page_theme.name_px + 1, bold=True)
    metrics = QFontMetricsF(font)
    inner = GROUP_SIZE[0] - 2 * PADDING - 10

    def measure(name: str) -> float:
        return len(wrap_text(name, font, inner, 1_000)) * metrics.lineSpacing() + 12

    return measure


def card_measure(theme: Theme, *, show_posts: bool, badges: bool, type_scale: TypeScale = SCREEN) -> Measure:
    """The height a card needs for all its texts, measured as :func:`draw_card` wraps them
    (for :func:`~orgeditor.render.export_plan.plan_export`'s *measure*); remembered by unit."""
    ensure_gui_app()
    known: dict[tuple[Unit, int], float] = {}

    def measure(unit: Unit, tier: int) -> float:
        key = (unit, tier)
        if key not in known:
            known[key] = card_height(
                unit,
                CARD_WIDTH,
                theme,
                show_posts=show_posts,
                badge=badges,
                tier=tier,
                type_scale=type_scale,
            )
        return known[key]

    return measure


def _begin(painter: QPainter, device: object) -> None:
    if not painter.begin(device):  # type: ignore[arg-type]
        raise OSError(errno.EIO, "cannot start painting the export")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)


class _IncompleteError(Exception):
    """A Qt writer reported that its output is incomplete (Qt never says why)."""


def _paint(device: object, draw: Callable[[QPainter], None]) -> None:
    """Paint on *device* with *draw*; :class:`_IncompleteError` when the painter could not
    finish the output."""
    painter = QPainter()
    _begin(painter, device)
    try:
        draw(painter)
    finally:
        ended = painter.end()
    if not ended:
        raise _IncompleteError


#: The last bytes of a complete file of each format (trailing white space aside for text).
_ENDINGS = {"svg": b"</svg>", "pdf": b"%%EOF", "png": b"\x00\x00\x00\x00IEND\xaeB`\x82"}
#: How much a failed export appends to its temporary file to learn why Qt could not write.
_PROBE_BYTES = 1 << 20


def _ends_whole(temporary: Path, fmt: str) -> bool:
    """Whether *temporary* ends as a complete *fmt* file does (so no write was cut short)."""
    ending = _ENDINGS[fmt]
    with temporary.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - len(ending) - 64))
        tail = handle.read()
    return size > 0 and (tail if fmt == "png" else tail.rstrip()).endswith(ending)


def _why_incomplete(temporary: Path, out: Path, fmt: str) -> OSError:
    """The reason Qt's write to *temporary* failed, as an OSError naming *out*.

    Qt's file device keeps no ``errno`` (a write cut short reads "Unknown error"), so the disk
    is asked again: up to 1 MiB is appended to the temporary (removed right after) and the
    error that raises — ``ENOSPC``, ``EFBIG`` under a file size limit, ``EDQUOT`` — is the
    reason. If that goes through, the write failed for a reason that has passed: ``EIO``."""
    try:
        with temporary.open("ab", buffering=0) as handle:
            left = _PROBE_BYTES
            while left > 0:
                written = handle.write(bytes(min(left, 1 << 16)))
                left -= written or 0
            os.fsync(handle.fileno())
    except OSError as exc:
        return OSError(exc.errno, exc.strerror, str(out))
    return OSError(errno.EIO, f"the {fmt.upper()} file came out incomplete", str(out))


@contextlib.contextmanager
def _output(out: Path, fmt: str) -> Iterator[QFile]:
    """An open QFile on a temporary beside *out*; when the block ends and every byte reached
    the file (no error on the file, a whole ending), the temporary replaces *out* (fsynced,
    atomically). Else *out* is left as it was, the temporary is removed and OSError says why.
    """
    with atomic_path(out, keep_backup=False) as temporary:
        file = QFile(str(temporary))
        if not file.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
            raise _why_incomplete(temporary, out, fmt)
        try:
            yield file
            # close() forgets an earlier write error: look before closing
            complete = file.flush() and file.error() == QFileDevice.FileError.NoError
        except _IncompleteError:
            complete = False
        finally:
            file.close()
        if not (complete and _ends_whole(temporary, fmt)):
            raise _why_incomplete(temporary, out, fmt)


def render_svg(plan: ExportPlan, theme: Theme, out_path: str | Path, tick: Tick | None = None) -> bool:
    """Write the page as SVG; False when *tick* cancelled (nothing written)."""
    ensure_gui_app()
    out = Path(out_path)
    page = Page(plan, theme)
    try:
        with _output(out, "svg") as file:
            generator = QSvgGenerator()
            generator.setOutputDevice(file)
            generator.setResolution(96)
            generator.setSize(page.size)
            generator.setViewBox(QRectF(0, 0, page.size.width(), page.size.height()))
            generator.setTitle(plan.title)
            generator.setDescription(plan.subtitle)
            _paint(generator, lambda painter: paint_page(painter, page, tick))
    except ExportCancelledError:
        return False
    return True


#: The largest PNG export, in pixels (about 600 MB of memory while drawing).
MAX_PIXELS = 150_000_000


def render_image(
    plan: ExportPlan, theme: Theme, scale: float = 1.0, tick: Tick | None = None
) -> QImage | None:
    """The page as an image of *scale* times its size in px (a preview, or a PNG to save);
    None when *tick* cancelled."""
    ensure_gui_app()
    if not 0 < scale <= 16:
        raise ValueError(f"scale must be above 0 and at most 16, not {scale:g}")
    page = Page(plan, theme)
    width, height = round(page.size.width() * scale), round(page.size.height() * scale)
    if width * height > MAX_PIXELS:
        raise ValueError(f"a {width}×{height} px image is too large; use a smaller scale")
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.background))
    dots_per_metre = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter()
    _begin(painter, image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.scale(width / page.size.width(), height / page.size.height())
    try:
        paint_page(painter, page, tick)
    except ExportCancelledError:
        return None
    finally:
        painter.end()
    return image


def render_png(
    plan: ExportPlan, theme: Theme, out_path: str | Path, scale: float = 1.0, tick: Tick | None = None
) -> bool:
    """Write the page as PNG at *scale* times its size in px; False when cancelled."""
    out = Path(out_path)
    image = render_image(plan, theme, scale, tick)
    if image is None:
        return False
    with _output(out, "png") as file:
        if not image.save(file, "PNG"):  # type: ignore[call-overload]
            raise _IncompleteError
    return True
