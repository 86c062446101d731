"""Colours, pens and fonts for drawing charts, shared by the editor and the exporters.

A :class:`Theme` is plain data (hex colours, dash names, pixel sizes) so that non-Qt
exporters (PPTX) can read it too; :mod:`orgeditor.render.painting` turns it into pens.

Two themes exist: ``screen`` (colour) and ``print`` (readable in greyscale: every scope and
link kind differs by dash as well as colour, and department bands differ in lightness).

The screen theme is read at the editor's opening fit (about a third of full size): its
reporting lines are wide, their dashes long (a dashed ``mission`` line stays dashed there and
never merges with a dotted ``non-mission`` one), and :attr:`Theme.min_line_px` is the width
in screen pixels below which the editor never lets a line go when zoomed out.

>>> get_theme("print").name
'print'
>>> scope_style(get_theme("screen"), "mission").dash
'dash'
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from orgeditor.model import Chart

__all__ = [
    "BADGES",
    "DEPARTMENT_COLOURS",
    "THEMES",
    "LineStyle",
    "Theme",
    "badge_of",
    "department_colour",
    "get_theme",
    "link_style",
    "scope_style",
    "severity_colour",
    "theme_for",
    "theme_for_chart",
    "worst_badge",
]

#: Dash names understood by :func:`orgeditor.render.painting.make_pen`.
DASHES: tuple[str, ...] = ("solid", "dash", "dot", "dashdot", "dashdotdot", "longdash")


@dataclass(frozen=True, slots=True)
class LineStyle:
    """How one kind of line is drawn: colour (``#rrggbb``), dash name and width in px.

    *pattern*, when given, is the exact dash pattern for Qt painters (dash and gap lengths in
    pen widths, as ``QPen.setDashPattern`` takes them); *dash* still names the look for
    drawers that only know named dashes (PowerPoint).
    """

    colour: str
    dash: str = "solid"
    width: float = 1.5
    label: str = ""
    pattern: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Theme:
    """Everything needed to draw a chart in one look."""

    name: str
    background: str
    card_fill: str
    card_border: str
    card_selected: str
    card_highlight: str
    text: str
    muted_text: str
    band_fallback: str
    department_colours: dict[str, str]
    department_palette: tuple[str, ...]
    scopes: dict[str, LineStyle]
    links: dict[str, LineStyle]
    group_fill: str
    group_border: str
    group_member_line: LineStyle
    severity: dict[str, str]
    trace: LineStyle
    font_family: str = "DejaVu Sans"
    short_px: float = 14.0
    name_px: float = 11.0
    head_px: float = 10.0
    label_px: float = 9.0
    title_px: float = 20.0
    legend_px: float = 10.5
    #: the least width, in device pixels, of a reporting line drawn by the editor at any zoom
    #: (a cosmetic pen takes over below it); links and group member lines get 3/4 of it
    min_line_px: float = 0.0
    #: the outline of the card a dragged card would be dropped on (to report to it)
    drop_target: str = "#0f9d58"
    extra: dict[str, str] = field(default_factory=dict)


#: Band colours of the pillar's departments and offices on screen (by canonical unit id).
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

_SCREEN_PALETTE = ("#2f6db5", "#2e9a6a", "#c77d1d", "#8e5bb5", "#b5475b", "#3c9fb0", "#7a7f2a")

# Print: greys of clearly different lightness so bands stay distinct on a black-and-white page.
_PRINT_COLOURS = {
    "dppa": "#303030",
    "dpo": "#8c8c8c",
    "eosg": "#5e5e5e",
    "dos": "#b8b8b8",
    "dpa": "#303030",
    "dpko": "#8c8c8c",
    "dfs": "#b8b8b8",
    "pbso": "#5e5e5e",
}
_PRINT_PALETTE = ("#303030", "#8c8c8c", "#5e5e5e", "#b8b8b8", "#4a4a4a", "#a2a2a2")

SCREEN = Theme(
    name="screen",
    background="#f7f8fa",
    card_fill="#ffffff",
    card_border="#9aa3ad",
    card_selected="#1a73e8",
    card_highlight="#f0a500",
    text="#1d232a",
    muted_text="#55606b",
    band_fallback="#b9c0c8",
    department_colours=DEPARTMENT_COLOURS,
    department_palette=_SCREEN_PALETTE,
    scopes={
        # patterns in pen widths: at the 2 px floor a mission dash is 12 px with 6 px gaps and
        # a non-mission dot 2 px with 5 px gaps, so the two never read alike
        "all": LineStyle("#3b434b", "solid", 2.4, ""),
        "mission": LineStyle("#1f8a5a", "dash", 2.6, "mission", (6.0, 3.0)),
        "non-mission": LineStyle("#2563b0", "dot", 2.8, "non-mission", (1.0, 2.5)),
    },
    links={
        "informs": LineStyle("#6b757f", "dot", 1.5, "informs", (1.0, 2.0)),
        "advises": LineStyle("#8e5bb5", "dashdot", 1.5, "advises", (6.0, 2.5, 1.0, 2.5)),
        "supports": LineStyle("#c06a12", "dash", 1.5, "supports", (4.0, 2.5)),
        "manages": LineStyle("#5a3e2b", "solid", 1.5, "manages"),
        "functional": LineStyle("#b5475b", "dashdotdot", 1.5, "functional", (6.0, 2.0, 1.0, 2.0, 1.0, 2.0)),
        "coordinates": LineStyle("#2f8fa0", "longdash", 1.5, "coordinates", (9.0, 4.0)),
    },
    group_fill="#fff4d1",
    group_border="#a67c00",
    # solid and gold (no link is): a group's lines read as membership, not as a link
    group_member_line=LineStyle("#a67c00", "solid", 1.8, ""),
    severity={"error": "#d93025", "warning": "#e8a200", "info": "#1a73e8", "departure": "#188038"},
    trace=LineStyle("#f0a500", "solid", 5.0, ""),
    min_line_px=2.0,
)

PRINT = Theme(
    name="print",
    background="#ffffff",
    card_fill="#ffffff",
    card_border="#000000",
    card_selected="#000000",
    card_highlight="#000000",
    text="#000000",
    muted_text="#333333",
    band_fallback="#d0d0d0",
    department_colours=_PRINT_COLOURS,
    department_palette=_PRINT_PALETTE,
    scopes={
        "all": LineStyle("#000000", "solid", 1.4, ""),
        "mission": LineStyle("#333333", "dash", 1.6, "mission"),
        "non-mission": LineStyle("#333333", "dot", 1.8, "non-mission"),
    },
    links={
        "informs": LineStyle("#555555", "dot", 1.0, "informs"),
        "advises": LineStyle("#555555", "dashdot", 1.1, "advises"),
        "supports": LineStyle("#555555", "dash", 1.1, "supports"),
        "manages": LineStyle("#555555", "solid", 1.1, "manages"),
        "functional": LineStyle("#555555", "dashdotdot", 1.1, "functional"),
        "coordinates": LineStyle("#555555", "longdash", 1.1, "coordinates"),
    },
    group_fill="#f2f2f2",
    group_border="#000000",
    group_member_line=LineStyle("#555555", "solid", 1.0, ""),
    severity={"error": "#000000", "warning": "#555555", "info": "#888888", "departure": "#aaaaaa"},
    trace=LineStyle("#000000", "solid", 4.0, ""),
)

THEMES: dict[str, Theme] = {"screen": SCREEN, "print": PRINT}


def get_theme(name: str = "screen") -> Theme:
    """The theme called *name* (``screen`` or ``print``); ``ValueError`` otherwise."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme '{name}' (expected one of: screen, print)") from None


def department_colour(theme: Theme, department_id: str) -> str:
    """The band colour of a department: a fixed one for the pillar's ids, else a stable pick.

    >>> department_colour(SCREEN, "dppa")
    '#2f6db5'
    >>> department_colour(SCREEN, "other") == department_colour(SCREEN, "other")
    True
    """
    colour = theme.department_colours.get(department_id)
    if colour is not None:
        return colour
    palette = theme.department_palette
    return palette[zlib.crc32(department_id.encode()) % len(palette)]


def theme_for(theme: Theme, departments: Iterable[str]) -> Theme:
    """*theme* with a colour of its own for each of *departments* (a chart's, in order) while
    the palette lasts: fixed colours stay; another department takes its usual pick unless a
    department before it has that colour, else the next free one. One chart's departments
    then never share a band colour by chance.

    >>> look = theme_for(SCREEN, ["dppa", "u2", "u3"])
    >>> len({department_colour(look, d) for d in ["dppa", "u2", "u3"]})
    3
    """
    fixed, palette = theme.department_colours, theme.department_palette
    wanted = list(dict.fromkeys(departments))
    used = {fixed[d] for d in wanted if d in fixed}
    assigned: dict[str, str] = {}
    for department in wanted:
        if department in fixed:
            continue
        start = zlib.crc32(department.encode()) % len(palette)
        free = [palette[(start + k) % len(palette)] for k in range(len(palette))]
        colour = next((c for c in free if c not in used), palette[start])
        used.add(colour)
        assigned[department] = colour
    if not assigned:
        return theme
    return dataclasses.replace(theme, department_colours={**fixed, **assigned})


def theme_for_chart(theme: Theme, *charts: Chart) -> Theme:
    """*theme* with distinct band colours for the departments of *charts* (:func:`theme_for`)."""
    return theme_for(theme, (u.id for chart in charts for u in chart if u.kind == "department"))


def scope_style(theme: Theme, scope: str) -> LineStyle:
    """The style of reporting lines for *scope* (``all`` for anything unknown)."""
    return theme.scopes.get(scope, theme.scopes["all"])


def link_style(theme: Theme, kind: str) -> LineStyle:
    """The style of links of *kind* (``informs`` for anything unknown)."""
    return theme.links.get(kind, theme.links["informs"])


def severity_colour(theme: Theme, severity: str) -> str:
    """The badge colour for a finding severity (or ``departure``, see :data:`BADGES`)."""
    return theme.severity.get(severity, theme.severity["info"])


#: The badges a card can carry, least serious first: a finding a sanctioned departure covers
#: (SPEC §6.3; its severity is ``info``) shows ``departure``, any other its severity.
BADGES: tuple[str, ...] = ("departure", "info", "warning", "error")


def badge_of(finding: object) -> str:
    """The badge of a rule finding: ``departure`` when a departure covers it, else its severity."""
    if getattr(finding, "departure", None) is not None:
        return "departure"
    return str(getattr(finding, "severity", "info"))


def worst_badge(badges: Iterable[str]) -> str | None:
    """The most serious of *badges* (error > warning > info > departure), None when empty."""
    worst: str | None = None
    for badge in badges:
        if badge in BADGES and (worst is None or BADGES.index(badge) > BADGES.index(worst)):
            worst = badge
    return worst
