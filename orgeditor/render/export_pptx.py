"""PowerPoint export with python-pptx (no Qt): a 16:9 deck of native, editable slides.

The deck is cut into slides that each hold their text at 10 pt or more
(:mod:`orgeditor.render.pages`): an overview of the top levels, then a slide per department,
per unit shared by two managers and per branch that did not fit. Every slide has its title,
the chart's title, the chain of command, file name, date and slide number, a legend of what it
draws (:mod:`orgeditor.render.pptx_legend`) and speaker notes listing its units; the chart is
drawn by :mod:`orgeditor.render.pptx_slide`.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from zipfile import is_zipfile

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from orgeditor.io.atomic import atomic_path
from orgeditor.model import Chart, Unit
from orgeditor.render.card_type import TypeScale, card_type, head_line
from orgeditor.render.export_plan import (
    GROUP_SIZE,
    ExportCancelledError,
    ExportPlan,
    FindingLike,
    Measure,
    plan_export,
)
from orgeditor.render.export_pptx_geometry import fitted, lines_needed
from orgeditor.render.pages import heading, mark_page, paged_plans
from orgeditor.render.pptx_legend import draw_legend, legend_entries, legend_height, legend_rows
from orgeditor.render.pptx_slide import SlideDrawing
from orgeditor.render.pptx_style import (
    BAND_PX,
    GROUP_PAD_PX,
    HEADER_H,
    IN,
    LEADING,
    MARGIN,
    MIN_PT,
    PAD_PX,
    SLIDE_CARD_PX,
    SLIDE_COLUMN,
    SLIDE_H,
    SLIDE_TYPE,
    SLIDE_W,
    describe,
    rgb,
    text_box,
)
from orgeditor.render.theme import Theme, get_theme, theme_for_chart
from orgeditor.render.tiers import card_tiers

__all__ = ["MIN_PT", "SLIDE_TYPE", "group_measure", "render_pptx", "slide_measure"]

Progress = Callable[[int, int], bool]


def _header(slide: Any, title: str, subtitle: str, theme: Theme) -> None:
    width = SLIDE_W - 2 * MARGIN
    text, size = fitted(title, width, 22, 14)
    text_box(slide, (MARGIN, MARGIN, width, IN // 2), text, size=size, bold=True, colour=theme.text)
    sub = (MARGIN, MARGIN + IN // 2, width, HEADER_H - IN // 2)
    text, size = fitted(subtitle, 2 * width, 12, MIN_PT)  # on up to two lines
    text_box(slide, sub, text, size=size, colour=theme.muted_text)


def _add_slide(
    prs: Any, plan: ExportPlan, theme: Theme, heading: tuple[str, str], tick: Callable[[], None]
) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    # python-pptx finds each new shape's id by scanning every shape (quadratic: 2,000 units
    # took 85 s); turbo mode counts instead, safe as nothing else adds shapes meanwhile
    slide.shapes.turbo_add_enabled = True
    background = slide.background.fill
    background.solid()
    background.fore_color.rgb = rgb(theme.background)
    _header(slide, heading[0], heading[1], theme)
    entries = legend_entries(plan, theme)
    rows = legend_rows(entries)
    SlideDrawing(slide, plan, theme, legend_height(rows)).draw(tick)
    draw_legend(slide, entries, rows, theme)
    _no_theme_effects(slide)
    notes = slide.notes_slide.notes_text_frame
    notes.text = _notes(plan, heading)


def _no_theme_effects(slide: Any) -> None:
    """Drop the theme's shadow from every shape and connector (a flat, print-clean look)."""
    for ref in slide.shapes._spTree.iter(qn("a:effectRef")):
        ref.set("idx", "0")


def _notes(plan: ExportPlan, heading: tuple[str, str]) -> str:
    """Speaker notes: the slide's heading and its units, one a line, with where they go on."""
    lines = [*heading, ""]
    for unit in plan.chart:
        if unit.id in plan.positions:
            line = describe(unit)
            if unit.posts is not None:
                line += f" ({unit.posts} posts)"
            if unit.id in plan.context:
                line = f"[chain of command] {line}"
            if unit.id in plan.tabs:
                line += f"; {plan.tabs[unit.id]}"
            lines.append(line)
    return "\n".join(lines)


def slide_measure(theme: Theme, *, show_posts: bool) -> Measure:
    """The height (scene px) a card :data:`SLIDE_CARD_PX` wide needs on a slide for all its
    paragraphs (:meth:`_Slide.card_lines`) at :data:`SLIDE_TYPE`, estimated as Arial wraps
    them."""
    inner = SLIDE_CARD_PX - 2 * PAD_PX

    def measure(unit: Unit, tier: int) -> float:
        sizes = card_type(theme, tier, SLIDE_TYPE)
        paragraphs = [(unit.label, sizes.label_px, True)]
        if unit.short:
            paragraphs.append((unit.name, sizes.name_px, False))
        head = head_line(unit)
        if head:
            paragraphs.append((head, sizes.head_px, False))
        if show_posts and unit.posts is not None:
            paragraphs.append(("0000 posts", sizes.posts_px, False))
        text = sum(lines_needed(t, px, inner, bold) * px * LEADING * 1.2 for t, px, bold in paragraphs)
        return text + BAND_PX + 2 * PAD_PX + 10  # room for the renderer's own line spacing

    return measure


def group_measure(name: str) -> float:
    """The height (scene px) a group's body needs on a slide for its whole name, in bold at
    ``MIN_PT + 1`` at the smallest scale a slide is drawn at, as Arial wraps it."""
    px = (MIN_PT + 1) / (MIN_PT / SLIDE_TYPE.min_px)  # scene px at the smallest scale
    inner = GROUP_SIZE[0] - 2 * GROUP_PAD_PX
    return lines_needed(name, px, inner, bold=True) * px * 1.2 + 8 + 10


def _own_slides(chart: Chart) -> list[str]:
    """Units that get a slide of their own: each department, and each unit reporting to two
    managers (a regional ASG under DPPA and DPO)."""
    return [
        unit.id
        for unit in chart
        if unit.kind == "department"
        or len({line.to for line in unit.reports_to if line.to in chart.units}) > 1
    ]


def render_pptx(
    chart: Chart,
    out_path: str | Path,
    *,
    unit: str | None = None,
    theme: str = "screen",
    show_badges: bool = False,
    show_posts: bool = True,
    findings: Sequence[FindingLike] | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write *chart* (or the branch under *unit*) as a PowerPoint deck at *out_path*: an
    overview slide of the top levels, then a slide a branch that did not fit it and a slide
    a department and a shared unit (:mod:`orgeditor.render.pages`), each filling its slide
    with no text under :data:`MIN_PT`.

    Returns False (and writes nothing) when *progress* asks to cancel. Raises ``OSError``
    when the file cannot be written whole; any previous file is then left as it was.
    """
    look = theme_for_chart(get_theme(theme), chart)  # colours as in the editor
    tiers = card_tiers(chart)  # once, of the whole chart: a branch's top keeps its size
    measure = slide_measure(look, show_posts=show_posts)

    def planner(
        units: Sequence[str] | None, context: Sequence[str], scale: TypeScale, column: int | None
    ) -> ExportPlan:
        # paginating plans many slides before the first card is drawn: stay cancellable
        if progress is not None and not progress(0, len(chart)):
            raise ExportCancelledError
        return plan_export(
            chart,
            unit=unit,
            units=units,
            context=context,
            show_badges=show_badges,
            show_posts=show_posts,
            findings=findings,
            tiers=tiers,
            measure=measure,
            type_scale=scale,
            max_column=column,
            card_width=SLIDE_CARD_PX,
            max_pairs=1,  # glued connectors cannot reach a column between two others
            group_measure=group_measure,
        )

    def holds(plan: ExportPlan) -> bool:
        rows = legend_rows(legend_entries(plan, look))
        scale = SlideDrawing(None, plan, look, legend_height(rows)).scale / 12700  # pt a scene px
        return scale * SLIDE_TYPE.min_px >= MIN_PT - 1e-6

    try:
        whole = planner(None, (), SLIDE_TYPE, SLIDE_COLUMN)
        subject = whole.chart
        pages = paged_plans(subject, planner, holds, SLIDE_TYPE, SLIDE_COLUMN, own_pages=_own_slides(subject))
    except ExportCancelledError:  # while the slides were planned
        return False
    total = sum(len(plan.positions) for _, plan in pages)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise ExportCancelledError

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    _declare_widescreen(prs)
    try:
        specs = [spec for spec, _ in pages]
        for spec, planned in pages:
            plan = mark_page(spec, planned, "slide", specs)
            title, about = heading(subject, spec, len(pages))
            where = f"slide {spec.number} of {len(pages)}"
            subtitle = " · ".join(part for part in (about, whole.subtitle, where) if part)
            _add_slide(prs, plan, look, (title, subtitle), tick)
    except ExportCancelledError:
        return False
    prs.core_properties.title = whole.title
    with atomic_path(out_path, keep_backup=False) as temporary:
        prs.save(str(temporary))  # zipfile raises OSError on a failed write (disk full, size limit)
        if not is_zipfile(temporary):  # its directory, written last, is there
            raise OSError(errno.EIO, "the PowerPoint file came out incomplete", str(out_path))
    return True


def _declare_widescreen(prs: Any) -> None:
    """Drop the default template's ``type="screen4x3"`` from the slide size: the size is 16:9
    (as PowerPoint's widescreen, which names no type), and readers trust the type."""
    size = prs.part._element.find(qn("p:sldSz"))  # python-pptx has no API for the type
    if size is not None and "type" in size.attrib:
        del size.attrib["type"]
