"""PowerPoint export with python-pptx (no Qt): native, editable boxes and connectors.

Each unit is a rounded rectangle; each reporting line an elbow connector glued to the two
boxes (PowerPoint keeps it attached when a box is moved), dashed by scope; links are
connectors with an arrow, groups rounded boxes with dotted member connectors. Every slide has
the title, the file name and date, and a legend of line styles. Large charts get an overview
slide plus one slide a department.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from zipfile import is_zipfile

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from orgeditor.io.atomic import atomic_path
from orgeditor.model import Chart, Unit
from orgeditor.render.export_plan import (
    ExportCancelledError,
    ExportPlan,
    FindingLike,
    descendants,
    plan_export,
)
from orgeditor.render.export_pptx_geometry import (
    clearest_sides,
    set_geometry,
    side_point,
    sides_for_route,
)
from orgeditor.render.theme import (
    LineStyle,
    Theme,
    department_colour,
    get_theme,
    link_style,
    scope_style,
    severity_colour,
    theme_for_chart,
)

__all__ = ["SPLIT_THRESHOLD", "render_pptx"]

#: Above this many units a deck gets one slide a department besides the overview.
SPLIT_THRESHOLD = 40
_IN = 914400  # EMU an inch
SLIDE_W, SLIDE_H = _IN * 40 // 3, _IN * 15 // 2
MARGIN = _IN * 35 // 100
HEADER_H = _IN * 95 // 100
LEGEND_H = _IN * 42 // 100
FONT = "Arial"
_DASH = {
    "solid": MSO_LINE_DASH_STYLE.SOLID,
    "dash": MSO_LINE_DASH_STYLE.DASH,
    "dot": MSO_LINE_DASH_STYLE.ROUND_DOT,
    "dashdot": MSO_LINE_DASH_STYLE.DASH_DOT,
    "dashdotdot": MSO_LINE_DASH_STYLE.DASH_DOT_DOT,
    "longdash": MSO_LINE_DASH_STYLE.LONG_DASH,
}
#: Where the middle leg of an elbow runs (fraction of the way), by scope, so that lines of
#: different scopes between the same rows do not merge.
_SCOPE_LANES = {"all": 0.5, "mission": 0.3, "non-mission": 0.7}
_SIDE_INDEX = {"top": 0, "left": 1, "bottom": 2, "right": 3}
Progress = Callable[[int, int], bool]
Rect = tuple[float, float, float, float]


def _rgb(colour: str) -> RGBColor:
    value = colour.lstrip("#")
    return RGBColor(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))  # type: ignore[no-untyped-call]


class _Slide:
    """Maps scene coordinates into the chart area of one slide and draws the plan there."""

    def __init__(self, slide: Any, plan: ExportPlan, theme: Theme) -> None:
        self.slide, self.plan, self.theme = slide, plan, theme
        bx, by, bw, bh = plan.bounds
        area_w = SLIDE_W - 2 * MARGIN
        area_h = SLIDE_H - HEADER_H - LEGEND_H - 2 * MARGIN
        self.scale = min(area_w / max(bw, 1.0), area_h / max(bh, 1.0), _IN * 1.9 / plan.card_size[0])
        self.ox = MARGIN + (area_w - bw * self.scale) / 2 - bx * self.scale
        self.oy = MARGIN + HEADER_H + (area_h - bh * self.scale) / 2 - by * self.scale
        self.shapes: dict[str, Any] = {}

    def emu(self, x: float, y: float) -> tuple[Emu, Emu]:
        return Emu(round(self.ox + x * self.scale)), Emu(round(self.oy + y * self.scale))

    def pt(self, px: float) -> Pt:
        """A font size for *px* scene pixels at this slide's scale (never below 5 pt)."""
        return Pt(max(5.0, round(px * self.scale / 12700 * 2) / 2))

    def card_lines(self, unit: Unit) -> list[tuple[str, float, bool, bool, str]]:
        """(text, size in pt, bold, italic, colour) of the paragraphs of a unit's card.

        Sizes follow the slide's scale. The full name is always one paragraph (PowerPoint
        wraps it; it is never cut, so the deck can be searched), shrunk until its estimated
        lines fit; the head's rank and the posts are left out when there is no room.
        """
        theme, plan = self.theme, self.plan
        to_pt = self.scale / 12700
        inner_w = (plan.card_size[0] - 14) * to_pt
        inner_h = (plan.card_size[1] - 8) * to_pt

        def size(px: float) -> float:
            return max(1.0, round(px * to_pt * 2) / 2)

        short_pt, name_pt, foot_pt = size(theme.short_px), size(theme.name_px), size(theme.head_px)
        lines: list[tuple[str, float, bool, bool, str]] = []
        room = inner_h
        if unit.short:
            short_pt = max(1.0, min(short_pt, inner_h * 0.4 / 1.2))
            short = _elide(unit.short, max(4, int(inner_w / (short_pt * 0.64))))
            lines.append((short, short_pt, True, False, theme.text))
            room -= short_pt * 1.2
        extra = [unit.head.rank] if unit.head is not None and unit.head.rank else []
        if plan.show_posts and unit.posts is not None:
            extra.append(f"{unit.posts} posts")
        footer = " · ".join(e for e in extra if e)
        if footer and room - foot_pt * 1.2 < name_pt * 1.2 * min(
            2, _lines_needed(unit.name, name_pt, inner_w)
        ):
            footer = ""
        if footer:
            room -= foot_pt * 1.2
        bold = unit.short is None
        fitted = name_pt
        while fitted > 1.0 and _lines_needed(unit.name, fitted, inner_w, bold) * fitted * 1.2 > room:
            fitted -= 0.5
        lines.append((unit.name, fitted, bold, False, theme.text))
        if footer:
            footer = _elide(footer, int(inner_w / (foot_pt * 0.52)))
            lines.append((footer, foot_pt, False, True, theme.muted_text))
        return lines

    def box(self, rect: Rect, shape_type: Any = MSO_SHAPE.ROUNDED_RECTANGLE) -> Any:
        x, y = self.emu(rect[0], rect[1])
        w = Emu(round(rect[2] * self.scale))
        h = Emu(round(rect[3] * self.scale))
        shape = self.slide.shapes.add_shape(shape_type, x, y, w, h)
        if shape_type == MSO_SHAPE.ROUNDED_RECTANGLE:
            shape.adjustments[0] = 0.08
        shape.shadow.inherit = False
        return shape

    # -------------------------------------------------------------- cards

    def card(self, unit: Unit) -> None:
        theme, plan = self.theme, self.plan
        shape = self.box(plan.card_rect(unit.id))
        shape.name = f"unit {unit.id}"
        shape._element.nvSpPr.cNvPr.set("descr", _describe(unit))
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(theme.card_fill)
        departments = plan.departments.get(unit.id, ())
        if theme.name == "print" or not departments:
            border = theme.card_border
        else:
            border = department_colour(theme, departments[0])
        shape.line.color.rgb = _rgb(border)
        shape.line.width = Pt(1.75 if unit.kind == "department" else 1.0)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        pad = Emu(round(6 * self.scale))
        frame.margin_left = frame.margin_right = pad
        frame.margin_top = frame.margin_bottom = Emu(round(3 * self.scale))
        lines = self.card_lines(unit)
        for index, (text, px, bold, italic, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.CENTER
            run = paragraph.add_run()
            run.text = text
            font = run.font
            font.name = FONT
            font.size = Pt(px)
            font.bold = bold
            font.italic = italic
            font.color.rgb = _rgb(colour)
        self.shapes[unit.id] = shape
        severity = plan.severities.get(unit.id)
        if severity is not None:
            self.badge(plan.card_rect(unit.id), severity)

    def badge(self, rect: Rect, severity: str) -> None:
        r = 9.0
        shape = self.box((rect[0] + rect[2] - r * 1.4, rect[1] - r * 0.6, 2 * r, 2 * r), MSO_SHAPE.OVAL)
        shape.name = f"finding {severity}"
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(severity_colour(self.theme, severity))
        shape.line.color.rgb = _rgb("#ffffff")
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = "i" if severity == "info" else "!"
        run.font.size = self.pt(11)
        run.font.bold = True
        run.font.name = FONT
        run.font.color.rgb = _rgb("#ffffff")

    def group(self, group_id: str) -> None:
        plan, theme = self.plan, self.theme
        x, y = plan.group_positions[group_id]
        gw, gh = plan.group_size
        rect = (x - gw / 2, y - gh / 2, gw, gh)
        shape = self.box(rect)
        shape.adjustments[0] = 0.4
        shape.name = f"group {group_id}"
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(theme.group_fill)
        shape.line.color.rgb = _rgb(theme.group_border)
        shape.line.width = Pt(1.25)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        to_pt = self.scale / 12700
        frame.margin_left = frame.margin_right = Emu(round(gh / 3 * self.scale))
        frame.margin_top = frame.margin_bottom = Emu(round(2 * self.scale))
        inner_w, inner_h = (gw - 2 * gh / 3) * to_pt, (gh - 4) * to_pt
        size = max(1.0, min(round((theme.name_px + 1) * to_pt * 2) / 2, inner_h / 1.25))
        per_line = max(4, int(inner_w / (size * 0.62)))
        lines = _wrap(plan.chart.groups[group_id].name, per_line, max(1, int(inner_h // (size * 1.25))))
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = "\v".join(lines)
        run.font.name = FONT
        run.font.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = _rgb(theme.text)
        self.shapes["\0" + group_id] = shape
        for member in plan.chart.groups[group_id].members:
            if member in self.shapes:
                self.connector("\0" + group_id, member, theme.group_member_line, rect, free_route=True)

    # ---------------------------------------------------------- connectors

    def connector(
        self,
        start_id: str,
        end_id: str,
        style: LineStyle,
        start_rect: Rect | None = None,
        route: Sequence[tuple[float, float]] | None = None,
        *,
        arrow: bool = False,
        lane: float = 0.5,
        free_route: bool = False,
    ) -> Any:
        plan = self.plan
        start_rect = start_rect or plan.card_rect(start_id)
        end_rect = plan.card_rect(end_id)
        if free_route:
            sides = clearest_sides(start_rect, end_rect, self.obstacles())
        else:
            sides = sides_for_route(start_rect, end_rect, route)
        p1 = self.emu(*side_point(start_rect, sides[0]))
        p2 = self.emu(*side_point(end_rect, sides[1]))
        connector = self.slide.shapes.add_connector(MSO_CONNECTOR.ELBOW, p1[0], p1[1], p2[0], p2[1])
        connector.begin_connect(self.shapes[start_id], _SIDE_INDEX[sides[0]])
        connector.end_connect(self.shapes[end_id], _SIDE_INDEX[sides[1]])
        spine = None
        if sides[0] in ("top", "bottom") and sides[1] in ("left", "right") and route and len(route) >= 3:
            spine = self.emu(route[-2][0], 0)[0]  # stacked reports hang from a spine
        set_geometry(connector, p1, p2, sides, lane=lane, spine=spine)
        line = connector.line
        line.color.rgb = _rgb(style.colour)
        line.width = Pt(max(0.75, style.width * 0.75))
        line.dash_style = _DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if arrow:
            ln = line._get_or_add_ln()
            tail = ln.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"})
            ln.append(tail)
        return connector

    def obstacles(self) -> list[Rect]:
        """Every card and group body on the slide (scene px)."""
        plan = self.plan
        rects = [plan.card_rect(uid) for uid in plan.positions]
        gw, gh = plan.group_size
        rects += [(x - gw / 2, y - gh / 2, gw, gh) for x, y in plan.group_positions.values()]
        return rects

    def draw(self, progress: Callable[[], None]) -> None:
        plan, theme = self.plan, self.theme
        for unit in plan.chart:
            if unit.id in plan.positions:
                self.card(unit)
                progress()
        for (unit_id, manager, scope), route in plan.routes.items():
            if unit_id in self.shapes and manager in self.shapes:
                style = scope_style(theme, scope)
                lane = _SCOPE_LANES.get(scope, 0.5)
                shape = self.connector(manager, unit_id, style, None, route, lane=lane)
                shape.name = f"line {unit_id} to {manager} ({scope})"
        for source, target, kind in plan.link_routes:
            if source in self.shapes and target in self.shapes:
                style = link_style(theme, kind)
                shape = self.connector(source, target, style, arrow=True, free_route=True)
                shape.name = f"link {source} {kind} {target}"
        for group_id in plan.group_positions:
            if group_id in plan.chart.groups:
                self.group(group_id)


def _describe(unit: Unit) -> str:
    """Alt text of a card: short name, name and head."""
    parts = [f"{unit.short}: {unit.name}" if unit.short else unit.name]
    if unit.head is not None and (unit.head.title or unit.head.rank):
        parts.append(", ".join(p for p in (unit.head.title, unit.head.rank, unit.head.name) if p))
    return " — ".join(parts)


def _lines_needed(text: str, size: float, width: float, bold: bool = False) -> int:
    """How many lines *text* takes at *size* pt in *width* pt, word-wrapped (an estimate)."""
    per_line = max(1, int(width / (size * (0.6 if bold else 0.54))))
    lines, current = 1, 0
    for word in text.split():
        if current and current + 1 + len(word) > per_line:
            lines, current = lines + 1, len(word)
        else:
            current += len(word) + (1 if current else 0)
    return lines


def _wrap(text: str, per_line: int, max_lines: int) -> list[str]:
    """Break *text* into lines of at most *per_line* characters (an estimate of the width:
    Arial averages about half an em a character) and elide what does not fit."""
    if max_lines <= 0:
        return []
    lines: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        if len(lines) == max_lines:
            lines[-1] = _elide(" ".join([lines[-1], *words[index:]]), per_line)
            return lines
    if current:
        if len(lines) == max_lines:
            lines[-1] = _elide(f"{lines[-1]} {current}", per_line)
        else:
            lines.append(_elide(current, per_line))
    return lines


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text_box(
    slide: Any,
    rect: tuple[int, int, int, int],
    text: str,
    *,
    size: float,
    colour: str,
    bold: bool = False,
) -> Any:
    x, y, w, h = (Emu(int(v)) for v in rect)
    box = slide.shapes.add_textbox(x, y, w, h)
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)
    return box


def _fitted(text: str, width: int, size: float, smallest: float) -> tuple[str, float]:
    """*text* at the largest size down to *smallest* at which it fits one line of *width*
    (EMU), elided when it does not fit even then (Arial: about 0.56 em a character)."""
    width_pt = width / 12700
    fit = width_pt / (max(1, len(text)) * 0.56)
    size = max(smallest, min(size, fit))
    return _elide(text, int(width_pt / (size * 0.56))), size


def _header(slide: Any, title: str, subtitle: str, theme: Theme) -> None:
    width = SLIDE_W - 2 * MARGIN
    text, size = _fitted(title, width, 22, 14)
    _text_box(slide, (MARGIN, MARGIN, width, _IN // 2), text, size=size, bold=True, colour=theme.text)
    sub = (MARGIN, MARGIN + _IN // 2, width, _IN * 3 // 10)
    text, size = _fitted(subtitle, width, 11, 8)
    _text_box(slide, sub, text, size=size, colour=theme.muted_text)


def _legend(slide: Any, plan: ExportPlan, theme: Theme) -> None:
    """One row at the bottom: a sample of each line style drawn, with its name."""
    entries: list[tuple[LineStyle, str, bool]] = [
        (scope_style(theme, s), "reporting line" if s == "all" else f"reporting: {s}", False)
        for s in plan.scopes
    ]
    entries += [(link_style(theme, k), f"link: {k}", True) for k in plan.link_kinds]
    if plan.group_positions:
        entries.append((theme.group_member_line, "group member", False))
    y = SLIDE_H - MARGIN - LEGEND_H // 2
    x = MARGIN
    sample, gap, text_h = _IN * 45 // 100, _IN * 8 // 100, _IN * 22 // 100
    _text_box(
        slide, (x, y - text_h // 2, _IN * 7 // 10, text_h), "Legend", size=10, bold=True, colour=theme.text
    )
    x += _IN * 7 // 10
    for style, label, arrow in entries:
        width = int(_IN * 0.068 * len(label)) + gap * 2
        if x + sample + width > SLIDE_W - MARGIN:
            break
        line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(x), Emu(y), Emu(x + sample), Emu(y))
        line.line.color.rgb = _rgb(style.colour)
        line.line.width = Pt(max(0.75, style.width * 0.75))
        line.line.dash_style = _DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if arrow:
            ln = line.line._get_or_add_ln()
            ln.append(ln.makeelement(qn("a:tailEnd"), {"type": "triangle"}))
        line.name = f"legend {label}"
        rect = (x + sample + gap, y - text_h // 2, width, text_h)
        _text_box(slide, rect, label, size=9, colour=theme.text)
        x += sample + gap + width


def _add_slide(prs: Any, plan: ExportPlan, theme: Theme, title: str, tick: Callable[[], None]) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    # python-pptx finds each new shape's id by scanning every shape (quadratic: 2,000 units
    # took 85 s); turbo mode counts instead, safe as nothing else adds shapes meanwhile
    slide.shapes.turbo_add_enabled = True
    background = slide.background.fill
    background.solid()
    background.fore_color.rgb = _rgb(theme.background)
    _header(slide, title, plan.subtitle, theme)
    _Slide(slide, plan, theme).draw(tick)
    _legend(slide, plan, theme)
    _no_theme_effects(slide)
    shown = [unit for unit in plan.chart if unit.id in plan.positions]
    notes = slide.notes_slide.notes_text_frame
    notes.text = f"{title}\n{plan.subtitle}\n\n" + "\n".join(_describe(unit) for unit in shown)


def _no_theme_effects(slide: Any) -> None:
    """Drop the theme's shadow from every shape and connector (a flat, print-clean look)."""
    for ref in slide.shapes._spTree.iter(qn("a:effectRef")):
        ref.set("idx", "0")


def _detail_slides(chart: Chart) -> list[tuple[str, bool]]:
    """(unit, any scope) of the branches that get a slide of their own in a large chart: each
    department's subtree, and everything below a unit reporting only through scoped lines
    (a regional ASG under DPPA and DPO, with its divisions and their missions)."""
    slides: list[tuple[str, bool]] = []
    for unit in chart:
        if unit.kind == "department" and len(chart.subtree(unit.id)) > 1:
            slides.append((unit.id, False))
        elif (
            unit.reports_to
            and all(line.scope != "all" for line in unit.reports_to)
            and len(descendants(chart, unit.id)) > 2
        ):
            slides.append((unit.id, True))
    return slides


def render_pptx(
    chart: Chart,
    out_path: str | Path,
    *,
    unit: str | None = None,
    theme: str = "screen",
    show_badges: bool = True,
    show_posts: bool = True,
    findings: Sequence[FindingLike] | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write *chart* (or the branch under *unit*) as a PowerPoint deck at *out_path*.

    Returns False (and writes nothing) when *progress* asks to cancel. Raises ``OSError``
    when the file cannot be written whole; any previous file is then left as it was.
    """
    look = theme_for_chart(get_theme(theme), chart)  # colours as in the editor

    def plan_for(branch: str | None, any_scope: bool = False) -> ExportPlan:
        return plan_export(
            chart,
            unit=branch,
            any_scope=any_scope,
            show_badges=show_badges,
            show_posts=show_posts,
            findings=findings,
            stacked=False,
        )

    plan = plan_for(unit)
    plans = [(plan, plan.title)]
    if len(plan.chart) > SPLIT_THRESHOLD:
        for head, any_scope in _detail_slides(plan.chart):
            if head != unit:
                plans.append((plan_for(head, any_scope), f"{plan.title} — {chart.unit(head).label}"))
    total = sum(len(p.chart) for p, _ in plans)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise ExportCancelledError

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    try:
        for sub, title in plans:
            _add_slide(prs, sub, look, title, tick)
    except ExportCancelledError:
        return False
    prs.core_properties.title = plan.title
    with atomic_path(out_path, keep_backup=False) as temporary:
        prs.save(str(temporary))  # zipfile raises OSError on a failed write (disk full, size limit)
        if not is_zipfile(temporary):  # its directory, written last, is there
            raise OSError(errno.EIO, "the PowerPoint file came out incomplete", str(out_path))
    return True
