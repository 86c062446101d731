"""What every part of a PowerPoint slide shares: sizes, fonts, colours, line ends, text boxes.

Pure Python with python-pptx (no Qt). Sizes of the slide are EMU (914,400 an inch); sizes of
the chart are scene px, mapped onto each slide at its own scale.
"""

from __future__ import annotations

from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from orgeditor.model import Unit
from orgeditor.render.card_type import TypeScale

__all__ = [
    "BAND_PX",
    "DASH",
    "FONT",
    "GROUP_PAD_PX",
    "HEADER_H",
    "IN",
    "LEADING",
    "LEGEND_GROUPS",
    "LEGEND_PAD",
    "LEGEND_PT",
    "LEGEND_ROW",
    "LEGEND_ROWS",
    "MARGIN",
    "MAX_CARD_IN",
    "MIN_PT",
    "PAD_PX",
    "SCOPE_LANES",
    "SIDE_INDEX",
    "SLIDE_CARD_PX",
    "SLIDE_COLUMN",
    "SLIDE_H",
    "SLIDE_TYPE",
    "SLIDE_W",
    "describe",
    "line_end",
    "rgb",
    "text_box",
]

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
MAX_CARD_IN = 3.2
#: A group body's inner margin at its sides (scene px).
GROUP_PAD_PX = 20.0
#: A card's inner margin (scene px) and its paragraphs' line spacing (in lines).
PAD_PX = 7.0
LEADING = 1.0
IN = 914400  # EMU an inch
SLIDE_W, SLIDE_H = IN * 40 // 3, IN * 15 // 2
MARGIN = IN * 35 // 100
HEADER_H = IN * 105 // 100
#: The legend's rows: their pitch, the room above and below them, and at most how many.
LEGEND_ROW = IN * 28 // 100
LEGEND_PAD = IN * 14 // 100
LEGEND_ROWS = 3
#: The legend's text size (pt): no slide text outside the chart is below 10 pt.
LEGEND_PT = 10.0
#: Groups named in the legend; more are counted in one entry (as in the editor's legend).
LEGEND_GROUPS = 4
FONT = "Arial"
#: Height of a card's department band (scene px, as ``render.primitives.BAND_HEIGHT``).
BAND_PX = 6.0
DASH = {
    "solid": MSO_LINE_DASH_STYLE.SOLID,
    "dash": MSO_LINE_DASH_STYLE.DASH,
    "dot": MSO_LINE_DASH_STYLE.ROUND_DOT,
    "dashdot": MSO_LINE_DASH_STYLE.DASH_DOT,
    "dashdotdot": MSO_LINE_DASH_STYLE.DASH_DOT_DOT,
    "longdash": MSO_LINE_DASH_STYLE.LONG_DASH,
}
#: Where the middle leg of an elbow runs (fraction of the way), by scope, so that lines of
#: different scopes between the same rows do not merge.
SCOPE_LANES = {"all": 0.5, "mission": 0.3, "non-mission": 0.7}
SIDE_INDEX = {"top": 0, "left": 1, "bottom": 2, "right": 3}


def rgb(colour: str) -> RGBColor:
    value = colour.lstrip("#")
    return RGBColor(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))  # type: ignore[no-untyped-call]


def describe(unit: Unit) -> str:
    """Alt text of a card: short name, name and head."""
    parts = [f"{unit.short}: {unit.name}" if unit.short else unit.name]
    if unit.head is not None and (unit.head.title or unit.head.rank):
        parts.append(", ".join(p for p in (unit.head.title, unit.head.rank, unit.head.name) if p))
    return " — ".join(parts)


def text_box(
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
    run.font.color.rgb = rgb(colour)
    return box


def line_end(line: Any, kind: str) -> None:
    """End a line (a python-pptx ``LineFormat``) in a *kind* head: ``triangle`` or ``oval``."""
    ln = line._get_or_add_ln()
    ln.append(ln.makeelement(qn("a:tailEnd"), {"type": kind, "w": "med", "len": "med"}))
