"""SVG, PDF and PNG export: one page composition painted with the editor's own drawing code.

The page holds the title with the file name and date, the chart (or one branch) and, to its
right, a legend of the line styles, groups, departments (and split bands) and finding badges
drawn. Cards are drawn at their tier in the whole chart, links labelled where the plan says. Coordinates are
scene pixels (1 px = 1/96 in), so the same page comes out the same in every format:

* SVG through ``QSvgGenerator`` at 96 dpi, text as ``<text>``;
* PDF through ``QPdfWriter``: vector, text selectable; the smallest ISO A page (A4 … A0) in the
  orientation of the chart that holds it at a legible scale, else A0 scaled down;
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
import math
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from orgeditor.io.atomic import atomic_path
from orgeditor.layout.router import route_members
from orgeditor.render.diagram import shared_departments
from orgeditor.render.export_plan import ExportCancelledError, ExportPlan
from orgeditor.render.painting import (
    DEFAULT_TIER,
    draw_card,
    draw_group,
    draw_legend,
    draw_link,
    draw_member_line,
    draw_reporting_line,
    draw_title,
    legend_size,
    make_font,
)
from orgeditor.render.theme import Theme

__all__ = [
    "Page",
    "ensure_gui_app",
    "paint_page",
    "render_image",
    "render_pdf",
    "render_png",
    "render_svg",
]

MARGIN = 28.0
GAP = 28.0
HEADER = 52.0
#: The legend flows into columns no taller than the chart, or than this when the chart is lower.
LEGEND_MIN_HEIGHT = 320.0
_APP: list[QGuiApplication] = []
Tick = Callable[[], None]


def ensure_gui_app() -> None:
    """Make sure a Qt GUI application exists (fonts need one); offscreen when headless."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([]))


class Page:
    """Where the header, chart and legend of a plan go on the page (scene px)."""

    def __init__(self, plan: ExportPlan, theme: Theme) -> None:
        self.plan, self.theme = plan, theme
        self.severities = sorted(set(plan.severities.values()), key=("error", "warning", "info").index)
        bx, by, bw, bh = plan.bounds
        self.legend_args: dict[str, Any] = {
            "scopes": plan.scopes,
            "link_kinds": plan.link_kinds,
            "groups": plan.group_names,
            "departments": plan.legend_departments,
            "split_departments": shared_departments(plan.departments),
            "unassigned": any(not plan.departments.get(u) for u in plan.positions),
            "severities": self.severities,
            "max_height": max(bh, LEGEND_MIN_HEIGHT),
        }
        """The keyword arguments of ``legend_size`` and ``draw_legend`` for this page."""
        self.legend = legend_size(theme, **self.legend_args)
        self.chart_origin = QPointF(MARGIN - bx, MARGIN + HEADER + GAP - by)
        title_width = max(
            QFontMetricsF(make_font(theme, theme.title_px, bold=True)).horizontalAdvance(plan.title),
            QFontMetricsF(make_font(theme, theme.legend_px)).horizontalAdvance(plan.subtitle),
        )
        width = max(MARGIN + bw + GAP + self.legend.width(), MARGIN + min(title_width + 4, 4000.0)) + MARGIN
        height = MARGIN + HEADER + GAP + max(bh, self.legend.height()) + MARGIN
        self.size = QSize(int(width + 0.999), int(height + 0.999))
        self.legend_at = QPointF(MARGIN + bw + GAP, MARGIN + HEADER + GAP)


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
    title_rect = QRectF(MARGIN, MARGIN, page.size.width() - 2 * MARGIN, HEADER)
    draw_title(painter, title_rect, plan.title, plan.subtitle, theme)
    painter.save()
    try:
        painter.translate(page.chart_origin)
        visible = window.translated(-page.chart_origin) if window is not None else None
        _paint_chart(painter, plan, theme, tick, visible)
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
    painter: QPainter, plan: ExportPlan, theme: Theme, tick: Tick | None, visible: QRectF | None = None
) -> None:
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
        draw_card(
            painter,
            QRectF(x, y, w, h),
            unit,
            theme,
            departments=plan.departments.get(unit.id, ()),
            severity=plan.severities.get(unit.id),
            show_posts=plan.show_posts,
            tier=plan.tiers.get(unit.id, DEFAULT_TIER),
        )
        _searchable_name(painter, QRectF(x, y, w, h), unit.name, theme)
        if tick is not None:
            tick()


def _searchable_name(painter: QPainter, rect: QRectF, name: str, theme: Theme) -> None:
    """The unit's full name once more as one invisible line in the card's top band, so that
    searching or extracting the text of an SVG or PDF finds every name whole, even where the
    card wraps or elides it."""
    font = make_font(theme, 5)
    width = QFontMetricsF(font).horizontalAdvance(name)
    if width > rect.width() - 4:
        font.setPixelSize(max(1, int(5 * (rect.width() - 4) / width)))
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0, 0))
    painter.drawText(QPointF(rect.left() + 2, rect.top() + 5), name)
    painter.restore()


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


#: ISO A sizes tried for PDF pages, smallest first.
_PAGE_SIZES = (
    QPageSize.PageSizeId.A4,
    QPageSize.PageSizeId.A3,
    QPageSize.PageSizeId.A2,
    QPageSize.PageSizeId.A1,
    QPageSize.PageSizeId.A0,
)
#: The smallest scale at which a PDF page is still legible (9 px text at 5 pt).
MIN_PDF_SCALE = 0.75
PDF_MARGIN_MM = 10.0
#: How much neighbouring PDF tiles share (page px), enough to hold a whole card.
TILE_OVERLAP = 240.0


def choose_pdf_page(size: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation, float]:
    """The smallest A page (and orientation) holding *size* px at a legible scale, and the
    scale to draw at (1 at most)."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() >= size.height()
        else QPageLayout.Orientation.Portrait
    )
    margin = PDF_MARGIN_MM / 25.4 * 96
    choice = (QPageSize(_PAGE_SIZES[-1]), orientation, 0.0)
    for page_id in _PAGE_SIZES:
        page_size = QPageSize(page_id)
        points = page_size.sizePoints()
        long_side, short_side = max(points.width(), points.height()), min(points.width(), points.height())
        if orientation == QPageLayout.Orientation.Landscape:
            width, height = long_side, short_side
        else:
            width, height = short_side, long_side
        usable_w = width / 72 * 96 - 2 * margin
        usable_h = height / 72 * 96 - 2 * margin
        scale = min(1.0, usable_w / max(size.width(), 1.0), usable_h / max(size.height(), 1.0))
        choice = (page_size, orientation, scale)
        if scale >= MIN_PDF_SCALE:
            break
    return choice


def render_pdf(plan: ExportPlan, theme: Theme, out_path: str | Path, tick: Tick | None = None) -> bool:
    """Write the page as a vector PDF; False when cancelled (nothing written).

    A chart that fits an A page (A4 … A0) at a legible scale is one page. A larger one gets
    an A3 overview page of the whole chart followed by A3 tiles at a legible scale, each
    labelled with its row and column, to print and assemble.
    """
    ensure_gui_app()
    out = Path(out_path)
    page = Page(plan, theme)
    page_size, orientation, scale = choose_pdf_page(QSizeF(page.size))
    tiled = scale < MIN_PDF_SCALE
    if tiled:
        page_size = QPageSize(QPageSize.PageSizeId.A3)
    try:
        with _output(out, "pdf") as file:
            writer = QPdfWriter(file)
            writer.setResolution(96)
            writer.setTitle(plan.title)
            writer.setCreator("orgeditor")
            margins = QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM)
            writer.setPageLayout(QPageLayout(page_size, orientation, margins, QPageLayout.Unit.Millimeter))
            area = QRectF(writer.pageLayout().paintRectPixels(96))
            area.moveTo(0, 0)
            first_scale = scale
            if tiled:
                first_scale = min(area.width() / page.size.width(), area.height() / page.size.height())

            def draw(painter: QPainter) -> None:
                painter.save()
                try:
                    painter.translate(
                        (area.width() - page.size.width() * first_scale) / 2,
                        (area.height() - page.size.height() * first_scale) / 2,
                    )
                    painter.scale(first_scale, first_scale)
                    paint_page(painter, page, tick, background=False)
                finally:
                    painter.restore()
                if tiled:
                    _paint_tiles(writer, painter, page, area, tick)

            _paint(writer, draw)
    except ExportCancelledError:
        return False
    return True


def _paint_tiles(
    writer: QPdfWriter, painter: QPainter, page: Page, area: QRectF, tick: Tick | None = None
) -> None:
    """Pages after the overview: the page at :data:`MIN_PDF_SCALE` cut into tiles of *area*
    that overlap by :data:`TILE_OVERLAP` px, so that no card is lost at a cut."""
    scale = MIN_PDF_SCALE
    tile_w, tile_h = area.width() / scale, area.height() / scale
    step_w, step_h = tile_w - TILE_OVERLAP, tile_h - TILE_OVERLAP
    columns = max(1, math.ceil((page.size.width() - TILE_OVERLAP) / step_w))
    rows = max(1, math.ceil((page.size.height() - TILE_OVERLAP) / step_h))
    theme = page.theme
    for row in range(rows):
        for column in range(columns):
            writer.newPage()
            window = QRectF(column * step_w, row * step_h, tile_w, tile_h)
            painter.save()
            painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
            painter.scale(scale, scale)
            painter.translate(-window.left(), -window.top())
            paint_page(painter, page, tick, window, background=False)
            painter.restore()
            label = f"{page.plan.title} — row {row + 1} of {rows}, column {column + 1} of {columns}"
            font = make_font(theme, theme.label_px)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            box = QRectF(
                0,
                area.height() - metrics.height() - 2,
                metrics.horizontalAdvance(label) + 8,
                metrics.height() + 2,
            )
            painter.fillRect(box, QColor("#ffffff"))
            painter.setPen(QColor(theme.muted_text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
