"""PowerPoint export with python-pptx (no Qt): native, editable boxes and connectors.

Each unit is a rounded rectangle; each reporting line an elbow connector glued to the two
boxes (PowerPoint keeps it attached when a box is moved), dashed by scope; links are
connectors with an arrow, groups rounded boxes with member connectors ending in a dot. Cards
carry their departments' band (split when shared) and text sized by their tier in the whole
chart, as in the editor. Every slide has the title, the file name and date, and a legend of
the line styles, groups and department bands drawn. Large charts get an overview slide plus
one slide a department.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zipfile import is_zipfile

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from orgeditor.io.atomic import atomic_path
from orgeditor.model import Chart, Unit
from orgeditor.render.card_type import TypeScale, brief_unit, card_type, head_line
from orgeditor.render.export_plan import (
    GROUP_SIZE,
    ExportCancelledError,
    ExportPlan,
    FindingLike,
    Measure,
    plan_export,
)
from orgeditor.render.export_pptx_geometry import (
    clearest_sides,
    elide,
    fitted,
    flow_rows,
    lines_needed,
    set_geometry,
    side_point,
    sides_for_route,
)
from orgeditor.render.pages import heading, mark_page, paged_plans
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
from orgeditor.render.tiers import DEFAULT_TIER, card_tiers

__all__ = ["MIN_PT", "SLIDE_TYPE", "render_pptx", "slide_measure"]

#: The smallest text on a slide (pt).
MIN_PT = 10.0
#: Card type on slides: the smallest text 17 px, so 10 pt on a card 1.7 in wide or wider.
SLIDE_TYPE = TypeScale(factor=1.4, min_px=17.0)
#: Width of a card on a slide (scene px): wider than on screen, so that the larger type
#: wraps onto fewer lines (a slide is wider than its levels are tall).
SLIDE_CARD_PX = 290.0
#: Leaves stacked in one column on a slide; more stand in one pair of columns around a spine
#: (glued connectors cannot reach a column between two others).
SLIDE_COLUMN = 3
#: The widest a card is drawn (in): a slide with few cards does not blow them up.
MAX_CARD_IN = 2.6
#: A group body's inner margin at its sides (scene px).
GROUP_PAD_PX = 20.0
#: A card's inner margin (scene px) and its paragraphs' line spacing (in lines).
PAD_PX = 7.0
LEADING = 1.0
_IN = 914400  # EMU an inch
SLIDE_W, SLIDE_H = _IN * 40 // 3, _IN * 15 // 2
MARGIN = _IN * 35 // 100
HEADER_H = _IN * 105 // 100
#: The legend's rows: their pitch, the room above and below them, and at most how many.
LEGEND_ROW = _IN * 28 // 100
LEGEND_PAD = _IN * 14 // 100
LEGEND_ROWS = 3
#: The legend's text size (pt): no slide text outside the chart is below 10 pt.
LEGEND_PT = 10.0
#: Groups named in the legend; more are counted in one entry (as in the editor's legend).
LEGEND_GROUPS = 4
FONT = "Arial"
#: Height of a card's department band (scene px, as ``render.primitives.BAND_HEIGHT``).
BAND_PX = 6.0
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
#: A paragraph of a card: text, size (pt), bold, italic, colour.
CardLine = tuple[str, float, bool, bool, str]


def _rgb(colour: str) -> RGBColor:
    value = colour.lstrip("#")
    return RGBColor(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))  # type: ignore[no-untyped-call]


class _Slide:
    """Maps scene coordinates into the chart area of one slide and draws the plan there."""

    def __init__(self, slide: Any, plan: ExportPlan, theme: Theme, legend_h: int) -> None:
        self.slide, self.plan, self.theme = slide, plan, theme
        bx, by, bw, bh = plan.bounds
        area_w = SLIDE_W - 2 * MARGIN
        area_h = SLIDE_H - HEADER_H - legend_h - 2 * MARGIN
        self.scale = min(area_w / max(bw, 1.0), area_h / max(bh, 1.0), _IN * MAX_CARD_IN / plan.card_size[0])
        self.ox = MARGIN + (area_w - bw * self.scale) / 2 - bx * self.scale
        self.oy = MARGIN + HEADER_H + (area_h - bh * self.scale) / 2 - by * self.scale
        self.shapes: dict[str, Any] = {}
        self.spine_rects: dict[str, Rect] = {}

    def emu(self, x: float, y: float) -> tuple[Emu, Emu]:
        return Emu(round(self.ox + x * self.scale)), Emu(round(self.oy + y * self.scale))

    def pt(self, px: float) -> Pt:
        """A font size for *px* scene pixels at this slide's scale (never below :data:`MIN_PT`)."""
        return Pt(max(MIN_PT, round(px * self.scale / 12700 * 2) / 2))

    def card_lines(self, unit: Unit) -> list[CardLine]:
        """(text, size in pt, bold, italic, colour) of the paragraphs of a unit's card: the
        label (short name, else name) bold, the name under a short name, the head in italics
        and the posts, in the sizes of the unit's tier at :data:`SLIDE_TYPE` (as the editor's
        type scale), never under :data:`MIN_PT`. Every text is whole: the card was planned
        tall enough (:func:`slide_measure`) and PowerPoint wraps it."""
        theme, plan = self.theme, self.plan
        sizes = card_type(theme, plan.tiers.get(unit.id, DEFAULT_TIER), plan.type_scale)

        def size(px: float) -> float:
            return max(MIN_PT, round(px * self.scale / 12700 * 2) / 2)

        lines: list[CardLine] = [(unit.label, size(sizes.label_px), True, False, theme.text)]
        if unit.short:
            lines.append((unit.name, size(sizes.name_px), False, False, theme.text))
        head = head_line(unit)
        if head:
            lines.append((head, size(sizes.head_px), False, True, theme.muted_text))
        if plan.show_posts and unit.posts is not None:
            lines.append((f"{unit.posts} posts", size(sizes.posts_px), False, False, theme.muted_text))
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

    def card(self, unit: Unit, lines: Sequence[CardLine]) -> None:
        """The unit's box with its paragraphs *lines* (:meth:`card_lines`), band and badge."""
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
        context = unit.id in plan.context
        if context:  # drawn for the chain of command only
            shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            lines = [(text, size, bold, italic, theme.muted_text) for text, size, bold, italic, _ in lines]
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.TOP
        pad = Emu(round(PAD_PX * self.scale))
        frame.margin_left = frame.margin_right = pad
        frame.margin_top = Emu(round((PAD_PX + BAND_PX) * self.scale))
        frame.margin_bottom = Emu(round(PAD_PX * self.scale))
        for index, (text, px, bold, italic, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.LEFT
            paragraph.line_spacing = LEADING
            run = paragraph.add_run()
            run.text = text
            font = run.font
            font.name = FONT
            font.size = Pt(px)
            font.bold = bold
            font.italic = italic
            font.color.rgb = _rgb(colour)
        self.shapes[unit.id] = shape
        self.band(unit.id, departments)
        severity = plan.severities.get(unit.id)
        if severity is not None:
            self.badge(plan.card_rect(unit.id), severity)
        if unit.id in plan.tabs:
            self.tab(plan.card_rect(unit.id), plan.tabs[unit.id])

    def tab(self, rect: Rect, text: str) -> None:
        """A note in a tab astride a card's top edge at its right, clear of the lines that
        come in at the top's middle and leave at the bottom: "continued on slide 4"."""
        x, y, w, _ = rect
        height = round(MIN_PT * 1.6 * 12700)
        width = round((len(text) * 0.5 + 1.5) * MIN_PT * 12700)  # Arial italic, with margins
        right, top = self.emu(x + w - 4, y)
        box = self.slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Emu(right - width), Emu(top - height // 2), Emu(width), Emu(height)
        )
        box.adjustments[0] = 0.5
        box.shadow.inherit = False
        box.fill.solid()
        box.fill.fore_color.rgb = _rgb(self.theme.card_fill)
        box.line.color.rgb = _rgb(self.theme.card_border)
        box.line.width = Pt(0.75)
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = text
        run.font.name, run.font.size, run.font.italic = FONT, Pt(MIN_PT), True
        run.font.color.rgb = _rgb(self.theme.muted_text)
        box.name = f"note {text}"

    def band(self, unit_id: str, departments: Sequence[str]) -> None:
        """The department band along the card's top, split when the unit is shared, inset
        from the rounded corners (a shape of its own: PowerPoint cannot clip one to another)."""
        x, y, w, _ = self.plan.card_rect(unit_id)
        colours = [department_colour(self.theme, d) for d in departments] or [self.theme.band_fallback]
        inset = 4.0
        step = (w - 2 * inset) / len(colours)
        for index, colour in enumerate(colours):
            rect = (x + inset + index * step, y + 1.0, step, BAND_PX - 1.0)
            shape = self.box(rect, MSO_SHAPE.RECTANGLE)
            shape.name = f"band {unit_id}"
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb(colour)
            shape.line.fill.background()

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
        frame.margin_left = frame.margin_right = Emu(round(GROUP_PAD_PX * self.scale))
        frame.margin_top = frame.margin_bottom = Emu(round(4 * self.scale))
        size = MIN_PT + 1  # the body is as tall as its name needs at this size (group_measure)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = plan.chart.groups[group_id].name  # PowerPoint wraps it
        run.font.name = FONT
        run.font.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = _rgb(theme.text)
        self.shapes["\0" + group_id] = shape
        for member in plan.chart.groups[group_id].members:
            if member in self.shapes:
                line = self.connector("\0" + group_id, member, theme.group_member_line, rect, free_route=True)
                _line_end(line.line, "oval")  # a dot at the member, as in the editor
                line.name = f"member {member} of {group_id}"

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
        if sides[0] in ("top", "bottom") and sides[1] in ("left", "right") and route:
            joint = _spine_top(route)
            if joint is not None:  # a stacked report hangs from its manager's spine
                start_id = self.spine(start_id, start_rect, joint, style, lane)
                start_rect, sides = self.spine_rects[start_id], ("bottom", sides[1])
        p1 = self.emu(*side_point(start_rect, sides[0]))
        p2 = self.emu(*side_point(end_rect, sides[1]))
        # lines that are not reporting lines curve, so that they never merge with one
        kind = MSO_CONNECTOR.CURVE if free_route else MSO_CONNECTOR.ELBOW
        connector = self.slide.shapes.add_connector(kind, p1[0], p1[1], p2[0], p2[1])
        connector.begin_connect(self.shapes[start_id], _SIDE_INDEX[sides[0]])
        connector.end_connect(self.shapes[end_id], _SIDE_INDEX[sides[1]])
        if not free_route:
            set_geometry(connector, p1, p2, sides, lane=lane)
        line = connector.line
        line.color.rgb = _rgb(style.colour)
        line.width = Pt(max(0.75, style.width * 0.75))
        line.dash_style = _DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if arrow:
            _line_end(line, "triangle")
        return connector

    def spine(
        self, manager: str, rect: Rect, joint: tuple[float, float], style: LineStyle, lane: float
    ) -> str:
        """The id of an invisible point at the top of a spine that stacked reports hang from,
        joined to their *manager* (whose card is *rect*) by a connector; made once a spine.

        Glued connectors are laid out again by the program showing them (LibreOffice does so
        on opening), which knows nothing of spines: from the point straight above a report's
        column a connector can only run down the spine and across into the report."""
        key = f"\0spine {manager} {round(joint[0])} {style.dash} {style.colour}"
        if key not in self.shapes:
            point = (joint[0] - 1.0, joint[1] - 1.0, 2.0, 2.0)
            shape = self.box(point, MSO_SHAPE.RECTANGLE)
            shape.fill.background()
            shape.line.fill.background()
            shape.name = f"spine of {manager}"
            self.shapes[key], self.spine_rects[key] = shape, point
            p1, p2 = self.emu(*side_point(rect, "bottom")), self.emu(*side_point(point, "top"))
            connector = self.slide.shapes.add_connector(MSO_CONNECTOR.ELBOW, p1[0], p1[1], p2[0], p2[1])
            connector.begin_connect(self.shapes[manager], _SIDE_INDEX["bottom"])
            connector.end_connect(shape, _SIDE_INDEX["top"])
            set_geometry(connector, p1, p2, ("bottom", "top"), lane=lane)
            connector.line.color.rgb = _rgb(style.colour)
            connector.line.width = Pt(max(0.75, style.width * 0.75))
            connector.line.dash_style = _DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
            connector.name = f"spine line of {manager}"
        return key

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
                shown = brief_unit(unit) if unit.id in plan.context else unit
                self.card(unit, self.card_lines(shown))
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
        self.stack()

    def stack(self) -> None:
        """Put the slide's shapes in drawing order: group member lines at the bottom, then
        group bodies, links, reporting lines and, on top, the cards with their bands, badges
        and notes (the order they were made in puts every card under every line)."""
        tree = self.slide.shapes._spTree
        made = [e for e in tree.iterchildren() if _shape_name(e)]
        layers: list[list[Any]] = [[] for _ in _LAYERS]
        for element in made:
            name = _shape_name(element)
            index = next((i for i, prefixes in enumerate(_LAYERS) if name.startswith(prefixes)), None)
            if index is not None:
                layers[index].append(element)
        for layer in layers:
            for element in layer:
                tree.append(element)  # lxml moves it


#: The slide's layers, bottom first, by the names of their shapes.
_LAYERS: tuple[tuple[str, ...], ...] = (
    ("member ",),
    ("group ",),
    ("link ",),
    ("line ", "spine "),
    ("unit ", "band ", "finding ", "note "),
)


def _shape_name(element: Any) -> str:
    """The name of a shape element of a slide's tree ("" for other elements)."""
    for tag in ("p:nvSpPr", "p:nvCxnSpPr"):
        props = element.find(qn(tag))
        if props is not None:
            return str(props.find(qn("p:cNvPr")).get("name", ""))
    return ""


def _spine_top(route: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """Where a route into the side of a stacked report turns down its spine: the top of the
    last vertical leg before the leg into the report (None for another shape of route)."""
    if len(route) < 4:
        return None
    x = route[-2][0]
    top = len(route) - 2
    while top > 0 and abs(route[top - 1][0] - x) < 0.5:
        top -= 1
    if top == 0 or abs(route[top][1] - route[-2][1]) < 1.0:
        return None
    return (x, route[top][1])


def _describe(unit: Unit) -> str:
    """Alt text of a card: short name, name and head."""
    parts = [f"{unit.short}: {unit.name}" if unit.short else unit.name]
    if unit.head is not None and (unit.head.title or unit.head.rank):
        parts.append(", ".join(p for p in (unit.head.title, unit.head.rank, unit.head.name) if p))
    return " — ".join(parts)


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


def _header(slide: Any, title: str, subtitle: str, theme: Theme) -> None:
    width = SLIDE_W - 2 * MARGIN
    text, size = fitted(title, width, 22, 14)
    _text_box(slide, (MARGIN, MARGIN, width, _IN // 2), text, size=size, bold=True, colour=theme.text)
    sub = (MARGIN, MARGIN + _IN // 2, width, HEADER_H - _IN // 2)
    text, size = fitted(subtitle, 2 * width, 12, MIN_PT)  # on up to two lines
    _text_box(slide, sub, text, size=size, colour=theme.muted_text)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One sample of a slide's legend and its text: a line (*style*, ending in *end*), a
    group's body (*group*) or a department band (*colours*, split when several)."""

    text: str
    style: LineStyle | None = None
    end: str | None = None
    colours: tuple[str, ...] = ()
    group: bool = False


def _legend_entries(plan: ExportPlan, theme: Theme) -> list[_Entry]:
    """What the editor's legend shows of the plan: the scopes and link kinds drawn, the
    groups and their member line, the departments and the bands split between them."""
    entries = [
        _Entry("reporting line" if s == "all" else f"reporting: {s}", scope_style(theme, s))
        for s in plan.scopes
    ]
    entries += [_Entry(f"link: {k}", link_style(theme, k), "triangle") for k in plan.link_kinds]
    names = plan.group_names
    entries += [_Entry(elide(name, 90), group=True) for name in names[:LEGEND_GROUPS]]
    if len(names) > LEGEND_GROUPS:
        entries.append(_Entry(f"and {len(names) - LEGEND_GROUPS} more groups", group=True))
    if names:
        entries.append(_Entry("group member", theme.group_member_line, "oval"))
    labels = dict(plan.legend_departments)
    entries += [_Entry(label, colours=(department_colour(theme, d),)) for d, label in labels.items()]
    shared = dict.fromkeys(ds for ds in plan.departments.values() if len(ds) > 1)
    for ids in shared:
        names_of = [labels.get(d, d) for d in ids]
        text = "shared by " + (", ".join(names_of[:-1]) + " and " + names_of[-1])
        entries.append(_Entry(text, colours=tuple(department_colour(theme, d) for d in ids)))
    return entries


_SAMPLE, _SAMPLE_GAP, _LEGEND_HEAD = _IN * 45 // 100, _IN * 8 // 100, _IN * 7 // 10


def _entry_width(entry: _Entry) -> int:
    """EMU an entry takes: its sample, its text (Arial: about 0.56 em a character), gaps."""
    return _SAMPLE + 3 * _SAMPLE_GAP + round(len(entry.text) * 0.56 * LEGEND_PT * 12700)


def _legend_rows(entries: Sequence[_Entry]) -> list[list[int]]:
    """The entries of each legend row (indices), as many rows as it takes up to
    :data:`LEGEND_ROWS`; always one row, so the slide keeps room for the heading."""
    rows = flow_rows([_entry_width(e) for e in entries], SLIDE_W - 2 * MARGIN - _LEGEND_HEAD, LEGEND_ROWS)
    return rows or [[]]


def _legend(slide: Any, entries: Sequence[_Entry], rows: Sequence[Sequence[int]], theme: Theme) -> None:
    """The legend at the foot of the slide, *rows* of *entries* after a heading."""
    top = SLIDE_H - MARGIN - len(rows) * LEGEND_ROW
    text_h = _IN * 22 // 100
    heading = (MARGIN, top + (LEGEND_ROW - text_h) // 2, _LEGEND_HEAD, text_h)
    _text_box(slide, heading, "Legend", size=LEGEND_PT, bold=True, colour=theme.text)
    for number, row in enumerate(rows):
        y = top + number * LEGEND_ROW + LEGEND_ROW // 2
        x = MARGIN + _LEGEND_HEAD
        for index in row:
            entry = entries[index]
            _legend_sample(slide, entry, x, y, theme)
            width = _entry_width(entry)
            rect = (x + _SAMPLE + _SAMPLE_GAP, y - text_h // 2, width - _SAMPLE - 2 * _SAMPLE_GAP, text_h)
            _text_box(slide, rect, entry.text, size=LEGEND_PT, colour=theme.text)
            x += width


def _legend_sample(slide: Any, entry: _Entry, x: int, y: int, theme: Theme) -> None:
    shapes = slide.shapes
    if entry.style is not None:
        line = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(x), Emu(y), Emu(x + _SAMPLE), Emu(y))
        line.line.color.rgb = _rgb(entry.style.colour)
        line.line.width = Pt(max(0.75, entry.style.width * 0.75))
        line.line.dash_style = _DASH.get(entry.style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if entry.end is not None:
            _line_end(line.line, entry.end)
        line.name = f"legend {entry.text}"
    elif entry.group:
        height = _IN * 16 // 100
        body = shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y - height // 2), Emu(_SAMPLE), Emu(height)
        )
        body.adjustments[0] = 0.4
        body.fill.solid()
        body.fill.fore_color.rgb = _rgb(theme.group_fill)
        body.line.color.rgb = _rgb(theme.group_border)
        body.line.width = Pt(1.0)
        body.name = f"legend group {entry.text}"
    else:
        height, step = _IN * 9 // 100, _SAMPLE // len(entry.colours)
        for index, colour in enumerate(entry.colours):
            left = Emu(x + index * step)
            band = shapes.add_shape(MSO_SHAPE.RECTANGLE, left, Emu(y - height // 2), Emu(step), Emu(height))
            band.fill.solid()
            band.fill.fore_color.rgb = _rgb(colour)
            band.line.fill.background()
            band.name = f"legend band {entry.text}"


def _line_end(line: Any, kind: str) -> None:
    """End a line (a python-pptx ``LineFormat``) in a *kind* head: ``triangle`` or ``oval``."""
    ln = line._get_or_add_ln()
    ln.append(ln.makeelement(qn("a:tailEnd"), {"type": kind, "w": "med", "len": "med"}))


def _add_slide(
    prs: Any, plan: ExportPlan, theme: Theme, heading: tuple[str, str], tick: Callable[[], None]
) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    # python-pptx finds each new shape's id by scanning every shape (quadratic: 2,000 units
    # took 85 s); turbo mode counts instead, safe as nothing else adds shapes meanwhile
    slide.shapes.turbo_add_enabled = True
    background = slide.background.fill
    background.solid()
    background.fore_color.rgb = _rgb(theme.background)
    _header(slide, heading[0], heading[1], theme)
    entries = _legend_entries(plan, theme)
    rows = _legend_rows(entries)
    _Slide(slide, plan, theme, _legend_height(rows)).draw(tick)
    _legend(slide, entries, rows, theme)
    _no_theme_effects(slide)
    notes = slide.notes_slide.notes_text_frame
    notes.text = _notes(plan, heading)


def _no_theme_effects(slide: Any) -> None:
    """Drop the theme's shadow from every shape and connector (a flat, print-clean look)."""
    for ref in slide.shapes._spTree.iter(qn("a:effectRef")):
        ref.set("idx", "0")


def _legend_height(rows: Sequence[Sequence[int]]) -> int:
    return LEGEND_PAD + len(rows) * LEGEND_ROW


def _notes(plan: ExportPlan, heading: tuple[str, str]) -> str:
    """Speaker notes: the slide's heading and its units, one a line, with where they go on."""
    lines = [*heading, ""]
    for unit in plan.chart:
        if unit.id in plan.positions:
            line = _describe(unit)
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
        rows = _legend_rows(_legend_entries(plan, look))
        scale = _Slide(None, plan, look, _legend_height(rows)).scale / 12700  # pt a scene px
        return scale * SLIDE_TYPE.min_px >= MIN_PT - 1e-6

    whole = planner(None, (), SLIDE_TYPE, SLIDE_COLUMN)
    subject = whole.chart
    pages = paged_plans(subject, planner, holds, SLIDE_TYPE, SLIDE_COLUMN, own_pages=_own_slides(subject))
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
        for spec, plan in pages:
            mark_page(spec, plan, "slide", [spec for spec, _ in pages])
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
