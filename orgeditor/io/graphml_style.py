"""How the GraphML export looks in yEd: colours, line styles, wrapped labels and box sizes.

The colours and dashes are the editor's screen theme (:mod:`orgeditor.render.theme`) copied
as constants: :mod:`orgeditor.io` stays below :mod:`orgeditor.render` and never imports it
(``tests/io/test_graphml_style.py`` checks that the copies still match). yEd knows four
line types, so the theme's dashes map onto them; colour tells apart the link kinds that share
a type.

>>> unit_label_lines(Unit("dppa", "Department of Political and Peacebuilding Affairs",
...     "department", short="DPPA", head=Head("Under-Secretary-General", "USG"), posts=120))
['DPPA', 'Department of Political and', 'Peacebuilding Affairs', 'USG · Under-Secretary-General', '120 posts']
>>> box_height(5)
88.0
"""

from __future__ import annotations

import re
import textwrap
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from orgeditor.model import Chart, Group, Head, Unit

__all__ = [
    "BOX_WIDTH",
    "CARD_FILL",
    "CARD_TEXT",
    "DEPARTMENT_COLOURS",
    "GROUP_BORDER",
    "GROUP_FILL",
    "GROUP_MEMBER_STYLE",
    "LAYOUT_CARD_HEIGHT",
    "LINK_STYLES",
    "NEUTRAL_BORDER",
    "SCOPE_STYLES",
    "WRAP",
    "EdgeStyle",
    "box_height",
    "department_colours",
    "departments_by_unit",
    "group_label_lines",
    "link_style",
    "scope_style",
    "tint",
    "unit_label_lines",
    "wrap",
]

#: Width of every box: the width the auto layout gives a card, so boxes placed at the layout's
#: centres never overlap side by side.
BOX_WIDTH = 220.0
#: The card height the auto layout assumes (:data:`orgeditor.layout.structure.DEFAULT_CARD_SIZE`):
#: taller boxes push the rows below them down (see :func:`orgeditor.io.graphml.stretch_rows`).
LAYOUT_CARD_HEIGHT = 84.0
#: Characters a label line holds (11 pt Dialog in a 220 px box with 8 px insets).
WRAP = 30
FONT_FAMILY = "Dialog"
FONT_SIZE = 11
#: Height of one label line at :data:`FONT_SIZE` in yEd, and the room above and below a label.
LINE_HEIGHT = 14.0
PADDING = 9.0
MIN_HEIGHT = 44.0


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """A yEd line: colour, ``y:LineStyle`` type, width and the arrow at the target end."""

    colour: str
    line_type: str
    width: float
    target_arrow: str = "none"


#: The theme's dash names as yEd line types (yEd has line, dashed, dotted and dashed_dotted).
YED_LINE_TYPES: dict[str, str] = {
    "solid": "line",
    "dash": "dashed",
    "longdash": "dashed",
    "dot": "dotted",
    "dashdot": "dashed_dotted",
    "dashdotdot": "dashed_dotted",
}

# ---- copied from orgeditor.render.theme.SCREEN (checked by the tests)
CARD_FILL = "#ffffff"
NEUTRAL_BORDER = "#9aa3ad"
CARD_TEXT = "#1d232a"
MUTED_TEXT = "#55606b"
GROUP_FILL = "#fff4d1"
GROUP_BORDER = "#a67c00"
#: (colour, theme dash) of reporting lines by scope, and of links by kind.
SCOPE_COLOURS: dict[str, tuple[str, str]] = {
    "all": ("#3b434b", "solid"),
    "mission": ("#1f8a5a", "dash"),
    "non-mission": ("#2563b0", "dot"),
}
LINK_COLOURS: dict[str, tuple[str, str]] = {
    "informs": ("#6b757f", "dot"),
    "advises": ("#8e5bb5", "dashdot"),
    "supports": ("#c06a12", "dash"),
    "manages": ("#5a3e2b", "solid"),
    "functional": ("#b5475b", "dashdotdot"),
    "coordinates": ("#2f8fa0", "longdash"),
}
#: Band colours of the pillar's departments by canonical id, and the palette for the others.
DEPARTMENT_COLOURS: dict[str, str] = {
    "dppa": "#2f6db5",
    "dpo": "#2e9a6a",
    "eosg": "#8e5bb5",
    "dos": "#c77d1d",
    "dmspc": "#b5475b",
    "dpa": "#2f6db5",
    "dpko": "#2e9a6a",
    "dfs": "#c77d1d",
    "pbso": "#3c9fb0",
}
DEPARTMENT_PALETTE = ("#2f6db5", "#2e9a6a", "#c77d1d", "#8e5bb5", "#b5475b", "#3c9fb0", "#7a7f2a")
# ----

#: Reporting lines: no arrow (the manager is above); links: an arrow at their target, as the
#: editor draws them; group members: a dot at the member.
SCOPE_STYLES: dict[str, EdgeStyle] = {
    scope: EdgeStyle(colour, YED_LINE_TYPES[dash], 2.0) for scope, (colour, dash) in SCOPE_COLOURS.items()
}
LINK_STYLES: dict[str, EdgeStyle] = {
    kind: EdgeStyle(colour, YED_LINE_TYPES[dash], 1.5, "standard")
    for kind, (colour, dash) in LINK_COLOURS.items()
}
GROUP_MEMBER_STYLE = EdgeStyle(GROUP_BORDER, "line", 1.5, "circle")

_BREAKS = re.compile(r"\r\n?|[\n\u2028\u2029\x85]")


def scope_style(scope: str) -> EdgeStyle:
    """The style of a reporting line of *scope* (``all`` for anything unknown)."""
    return SCOPE_STYLES.get(scope, SCOPE_STYLES["all"])


def link_style(kind: str) -> EdgeStyle:
    """The style of a link of *kind* (``informs`` for anything unknown)."""
    return LINK_STYLES.get(kind, LINK_STYLES["informs"])


def wrap(text: str, width: int = WRAP) -> list[str]:
    """*text* as lines of at most *width* characters: broken at spaces (or hyphens), a longer
    word cut; the text's own line breaks kept, blank lines dropped.

    >>> wrap("Office of the Special Envoy of the Secretary-General for Syria")
    ['Office of the Special Envoy of', 'the Secretary-General for', 'Syria']
    """
    lines: list[str] = []
    for paragraph in _BREAKS.split(text):
        lines.extend(textwrap.wrap(paragraph, width))
    return lines


def _head_text(unit: Unit) -> str:
    """Rank, title and name of the head, ``·``-separated; a title that only repeats the unit's
    name or the rank is left out."""
    head = unit.head or Head()
    title = head.title
    if title is not None and title.strip().casefold() in {
        unit.name.strip().casefold(),
        (head.rank or "").casefold(),
    }:
        title = None
    return " · ".join(part.strip() for part in (head.rank, title, head.name) if part and part.strip())


def unit_label_lines(unit: Unit) -> list[str]:
    """A unit's label: short name, name, head (rank · title · name), posts; each wrapped."""
    lines = wrap(unit.short) if unit.short else []
    lines += wrap(unit.name)
    lines += wrap(_head_text(unit))
    if unit.posts is not None:
        lines.append(f"{unit.posts:,} post{'' if unit.posts == 1 else 's'}")
    return lines or [unit.id]


def group_label_lines(group: Group) -> list[str]:
    """A group's label: its name, wrapped, and how many members it has."""
    count = len(group.members)
    return [*wrap(group.name), f"group of {count} member{'' if count == 1 else 's'}"]


def box_height(lines: int) -> float:
    """The height of a box holding a label of *lines* lines."""
    return max(MIN_HEIGHT, lines * LINE_HEIGHT + 2 * PADDING)


def tint(colour: str, amount: float = 0.16) -> str:
    """*colour* (``#rrggbb``) mixed into white: *amount* of it, the rest white.

    >>> tint("#2f6db5", 0.5)
    '#97b6da'
    """
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def department_colours(departments: Iterable[str]) -> dict[str, str]:
    """A band colour for each of *departments* (a chart's, in order), as the editor picks them:
    the pillar's fixed colours, else a stable pick from the palette that no department before
    has, while the palette lasts."""
    wanted = list(dict.fromkeys(departments))
    used = {DEPARTMENT_COLOURS[d] for d in wanted if d in DEPARTMENT_COLOURS}
    colours: dict[str, str] = {}
    size = len(DEPARTMENT_PALETTE)
    for department in wanted:
        if department in DEPARTMENT_COLOURS:
            colours[department] = DEPARTMENT_COLOURS[department]
            continue
        start = zlib.crc32(department.encode()) % size
        free = [DEPARTMENT_PALETTE[(start + k) % size] for k in range(size)]
        colour = next((c for c in free if c not in used), DEPARTMENT_PALETTE[start])
        used.add(colour)
        colours[department] = colour
    return colours


def departments_by_unit(chart: Chart) -> dict[str, str]:
    """The department whose colour each unit's box takes: the first of the chart's
    :meth:`Hierarchy.departments <orgeditor.model.Hierarchy.departments>` (itself if a
    department, else the first one up its reporting lines of any scope, in line order), so the
    first colour of its band on screen and in the other exports (units under no department
    are absent). Linear time.

    >>> from orgeditor.model import ReportingLine
    >>> chart = Chart(title="Demo")
    >>> chart.add_unit(Unit("dpo", "DPO", "department"))
    >>> chart.add_unit(Unit("oma", "OMA", "office", reports_to=(ReportingLine("dpo"),)))
    >>> departments_by_unit(chart)
    {'dpo': 'dpo', 'oma': 'dpo'}
    """
    return {unit_id: found[0] for unit_id, found in chart.hierarchy.department_map().items() if found}
