"""The GraphML export's look: theme colours copied faithfully, wrapping and box sizes."""

from __future__ import annotations

import doctest

import pytest

from orgeditor.io import graphml, graphml_style
from orgeditor.io.graphml_style import (
    BOX_WIDTH,
    CARD_FILL,
    CARD_TEXT,
    DEPARTMENT_COLOURS,
    DEPARTMENT_PALETTE,
    GROUP_BORDER,
    GROUP_FILL,
    LAYOUT_CARD_HEIGHT,
    LINK_COLOURS,
    NEUTRAL_BORDER,
    SCOPE_COLOURS,
    YED_LINE_TYPES,
    box_height,
    department_colours,
    link_style,
    scope_style,
    wrap,
)
from orgeditor.layout.structure import DEFAULT_CARD_SIZE
from orgeditor.render.theme import DASHES, SCREEN, theme_for


def test_colours_and_dashes_are_the_screen_themes() -> None:
    assert {s: (style.colour, style.dash) for s, style in SCREEN.scopes.items()} == SCOPE_COLOURS
    assert {k: (style.colour, style.dash) for k, style in SCREEN.links.items()} == LINK_COLOURS
    assert (SCREEN.card_fill, SCREEN.card_border, SCREEN.text) == (CARD_FILL, NEUTRAL_BORDER, CARD_TEXT)
    assert (SCREEN.group_fill, SCREEN.group_border) == (GROUP_FILL, GROUP_BORDER)
    assert SCREEN.department_colours == DEPARTMENT_COLOURS
    assert SCREEN.department_palette == DEPARTMENT_PALETTE
    assert set(YED_LINE_TYPES) == set(DASHES)


def test_department_colours_are_picked_as_the_editor_picks_them() -> None:
    departments = ["dppa", "x", "y", "z"]
    look = theme_for(SCREEN, departments)
    assert department_colours(departments) == {d: look.department_colours[d] for d in departments}


def test_box_sizes_match_the_layouts_cards() -> None:
    assert (BOX_WIDTH, LAYOUT_CARD_HEIGHT) == DEFAULT_CARD_SIZE
    assert box_height(1) < box_height(5) < box_height(6) < box_height(7)


def test_scopes_differ_in_line_type_and_unknown_values_fall_back() -> None:
    assert len({scope_style(s).line_type for s in ("all", "mission", "non-mission")}) == 3
    assert scope_style("sideways") == scope_style("all")
    assert link_style("nudges") == link_style("informs")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("Short", ["Short"]),
        ("a\r\nb\rc\n\nd", ["a", "b", "c", "d"]),
        ("x" * 65, ["x" * 30, "x" * 30, "x" * 5]),
    ],
)
def test_wrap(text: str, lines: list[str]) -> None:
    assert wrap(text) == lines


@pytest.mark.parametrize("module", [graphml, graphml_style])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0
