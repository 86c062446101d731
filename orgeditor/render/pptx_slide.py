"""One slide's chart in PowerPoint: native boxes for the cards and groups, glued connectors.

Each unit is a rounded rectangle with its department band (split when shared), its texts at
the editor's type scale and, when asked, a finding badge; each reporting line an elbow
connector glued to the two boxes (PowerPoint keeps it attached when a box is moved), dashed
by scope, reports stacked in a column hanging from an invisible point on their spine; links
and group member lines are curved connectors. Pure Python with python-pptx (no Qt).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from orgeditor.model import Unit
from orgeditor.render.card_type import brief_unit, card_type, head_line
from orgeditor.render.export_plan import ExportPlan
from orgeditor.render.export_pptx_geometry import clearest_sides, set_geometry, side_point, sides_for_route
from orgeditor.render.pptx_style import (
    BAND_PX,
    DASH,
    FONT,
    GROUP_PAD_PX,
    HEADER_H,
    IN,
    LEADING,
    MARGIN,
    MAX_CARD_IN,
    MIN_PT,
    PAD_PX,
    SCOPE_LANES,
    SIDE_INDEX,
    SLIDE_H,
    SLIDE_W,
    describe,
    line_end,
    rgb,
)
from orgeditor.render.theme import (
    LineStyle,
    Theme,
    department_colour,
    link_style,
    scope_style,
    severity_colour,
)
from orgeditor.render.tiers import DEFAULT_TIER

__all__ = ["SlideDrawing"]

Rect = tuple[float, float, float, float]
#: A paragraph of a card: text, size (pt), bold, italic, colour.
CardLine = tuple[str, float, bool, bool, str]


class SlideDrawing:
    """Maps scene coordinates into the chart area of one slide and draws the plan there."""

    def __init__(self, slide: Any, plan: ExportPlan, theme: Theme, legend_h: int) -> None:
        self.slide, self.plan, self.theme = slide, plan, theme
        bx, by, bw, bh = plan.bounds
        area_w = SLIDE_W - 2 * MARGIN
        area_h = SLIDE_H - HEADER_H - legend_h - 2 * MARGIN
        self.scale = min(area_w / max(bw, 1.0), area_h / max(bh, 1.0), IN * MAX_CARD_IN / plan.card_size[0])
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
            posts = "1 post" if unit.posts == 1 else f"{unit.posts} posts"  # as painting's, in English
            lines.append((posts, size(sizes.posts_px), False, False, theme.muted_text))
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
        shape._element.nvSpPr.cNvPr.set("descr", describe(unit))
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(theme.card_fill)
        departments = plan.departments.get(unit.id, ())
        if theme.name == "print" or not departments:
            border = theme.card_border
        else:
            border = department_colour(theme, departments[0])
        shape.line.color.rgb = rgb(border)
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
            font.color.rgb = rgb(colour)
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
        box.fill.fore_color.rgb = rgb(self.theme.card_fill)
        box.line.color.rgb = rgb(self.theme.card_border)
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
        run.font.color.rgb = rgb(self.theme.muted_text)
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
            shape.fill.fore_color.rgb = rgb(colour)
            shape.line.fill.background()

    def badge(self, rect: Rect, severity: str) -> None:
        r = 9.0
        shape = self.box((rect[0] + rect[2] - r * 1.4, rect[1] - r * 0.6, 2 * r, 2 * r), MSO_SHAPE.OVAL)
        shape.name = f"finding {severity}"
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(severity_colour(self.theme, severity))
        shape.line.color.rgb = rgb("#ffffff")
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = {"info": "i", "departure": "✓"}.get(severity, "!")
        run.font.size = self.pt(11)
        run.font.bold = True
        run.font.name = FONT
        run.font.color.rgb = rgb("#ffffff")

    def group(self, group_id: str) -> None:
        plan, theme = self.plan, self.theme
        x, y = plan.group_positions[group_id]
        gw, gh = plan.group_size
        rect = (x - gw / 2, y - gh / 2, gw, gh)
        shape = self.box(rect)
        shape.adjustments[0] = 0.4
        shape.name = f"group {group_id}"
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(theme.group_fill)
        shape.line.color.rgb = rgb(theme.group_border)
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
        run.font.color.rgb = rgb(theme.text)
        self.shapes["\0" + group_id] = shape
        for member in plan.chart.groups[group_id].members:
            if member in self.shapes:
                line = self.connector("\0" + group_id, member, theme.group_member_line, rect, free_route=True)
                line_end(line.line, "oval")  # a dot at the member, as in the editor
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
        connector.begin_connect(self.shapes[start_id], SIDE_INDEX[sides[0]])
        connector.end_connect(self.shapes[end_id], SIDE_INDEX[sides[1]])
        if not free_route:
            set_geometry(connector, p1, p2, sides, lane=lane)
        line = connector.line
        line.color.rgb = rgb(style.colour)
        line.width = Pt(max(0.75, style.width * 0.75))
        line.dash_style = DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if arrow:
            line_end(line, "triangle")
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
            connector.begin_connect(self.shapes[manager], SIDE_INDEX["bottom"])
            connector.end_connect(shape, SIDE_INDEX["top"])
            set_geometry(connector, p1, p2, ("bottom", "top"), lane=lane)
            connector.line.color.rgb = rgb(style.colour)
            connector.line.width = Pt(max(0.75, style.width * 0.75))
            connector.line.dash_style = DASH.get(style.dash, MSO_LINE_DASH_STYLE.SOLID)
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
                lane = SCOPE_LANES.get(scope, 0.5)
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
