"""A slide's legend in PowerPoint: the line styles, groups and department bands it draws.

Pure Python with python-pptx (no Qt); the entries are the editor's legend's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.util import Emu, Pt

from orgeditor.render.export_plan import ExportPlan
from orgeditor.render.export_pptx_geometry import elide, flow_rows
from orgeditor.render.pptx_style import (
    DASH,
    IN,
    LEGEND_GROUPS,
    LEGEND_PAD,
    LEGEND_PT,
    LEGEND_ROW,
    LEGEND_ROWS,
    MARGIN,
    SLIDE_H,
    SLIDE_W,
    line_end,
    rgb,
    text_box,
)
from orgeditor.render.theme import LineStyle, Theme, department_colour, link_style, scope_style

__all__ = ["draw_legend", "legend_entries", "legend_height", "legend_rows"]


@dataclass(frozen=True, slots=True)
class _Entry:
    """One sample of a slide's legend and its text: a line (*style*, ending in *end*), a
    group's body (*group*) or a department band (*colours*, split when several)."""

    text: str
    style: LineStyle | None = None
    end: str | None = None
    colours: tuple[str, ...] = ()
    group: bool = False


def legend_entries(plan: ExportPlan, theme: Theme) -> list[_Entry]:
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


_SAMPLE, _SAMPLE_GAP, _LEGEND_HEAD = IN * 45 // 100, IN * 8 // 100, IN * 7 // 10


def _entry_width(entry: _Entry) -> int:
    """EMU an entry takes: its sample, its text (Arial: about 0.56 em a character), gaps."""
    return _SAMPLE + 3 * _SAMPLE_GAP + round(len(entry.text) * 0.56 * LEGEND_PT * 12700)


def legend_rows(entries: Sequence[_Entry]) -> list[list[int]]:
    """The entries of each legend row (indices), as many rows as it takes up to
    :data:`LEGEND_ROWS`; always one row, so the slide keeps room for the heading."""
    rows = flow_rows([_entry_width(e) for e in entries], SLIDE_W - 2 * MARGIN - _LEGEND_HEAD, LEGEND_ROWS)
    return rows or [[]]


def draw_legend(slide: Any, entries: Sequence[_Entry], rows: Sequence[Sequence[int]], theme: Theme) -> None:
    """The legend at the foot of the slide, *rows* of *entries* after a heading."""
    top = SLIDE_H - MARGIN - len(rows) * LEGEND_ROW
    text_h = IN * 22 // 100
    heading = (MARGIN, top + (LEGEND_ROW - text_h) // 2, _LEGEND_HEAD, text_h)
    text_box(slide, heading, "Legend", size=LEGEND_PT, bold=True, colour=theme.text)
    for number, row in enumerate(rows):
        y = top + number * LEGEND_ROW + LEGEND_ROW // 2
        x = MARGIN + _LEGEND_HEAD
        for index in row:
            entry = entries[index]
            _legend_sample(slide, entry, x, y, theme)
            width = _entry_width(entry)
            rect = (x + _SAMPLE + _SAMPLE_GAP, y - text_h // 2, width - _SAMPLE - 2 * _SAMPLE_GAP, text_h)
            text_box(slide, rect, entry.text, size=LEGEND_PT, colour=theme.text)
            x += width


def _legend_sample(slide: Any, entry: _Entry, x: int, y: int, theme: Theme) -> None:
    shapes = slide.shapes
    if entry.style is not None:
        line = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(x), Emu(y), Emu(x + _SAMPLE), Emu(y))
        line.line.color.rgb = rgb(entry.style.colour)
        line.line.width = Pt(max(0.75, entry.style.width * 0.75))
        line.line.dash_style = DASH.get(entry.style.dash, MSO_LINE_DASH_STYLE.SOLID)
        if entry.end is not None:
            line_end(line.line, entry.end)
        line.name = f"legend {entry.text}"
    elif entry.group:
        height = IN * 16 // 100
        body = shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y - height // 2), Emu(_SAMPLE), Emu(height)
        )
        body.adjustments[0] = 0.4
        body.fill.solid()
        body.fill.fore_color.rgb = rgb(theme.group_fill)
        body.line.color.rgb = rgb(theme.group_border)
        body.line.width = Pt(1.0)
        body.name = f"legend group {entry.text}"
    else:
        height, step = IN * 9 // 100, _SAMPLE // len(entry.colours)
        for index, colour in enumerate(entry.colours):
            left = Emu(x + index * step)
            band = shapes.add_shape(MSO_SHAPE.RECTANGLE, left, Emu(y - height // 2), Emu(step), Emu(height))
            band.fill.solid()
            band.fill.fore_color.rgb = rgb(colour)
            band.line.fill.background()
            band.name = f"legend band {entry.text}"


def legend_height(rows: Sequence[Sequence[int]]) -> int:
    """EMU the legend of *rows* takes at the foot of a slide, with its room above."""
    return LEGEND_PAD + len(rows) * LEGEND_ROW
