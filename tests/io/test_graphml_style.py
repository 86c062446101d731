"""The GraphML export's look: theme colours copied faithfully, wrapping and box sizes."""

from __future__ import annotations

import doctest
import xml.etree.ElementTree as ET

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
    departments_by_unit,
    link_style,
    scope_style,
    wrap,
)
from orgeditor.layout.structure import DEFAULT_CARD_SIZE
from orgeditor.model import Chart, ReportingLine, Unit
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


def _department_chart() -> Chart:
    """SG over DPPA and DPO; an ASG shared by both; an office under SG first and DPO second;
    a cycle of its own and a cycle that reaches DPO through a second line."""
    chart = Chart(title="Departments")
    chart.add_unit(Unit("sg", "SG", "office"))
    for dep in ("dppa", "dpo"):
        chart.add_unit(Unit(dep, dep.upper(), "department", reports_to=(ReportingLine("sg"),)))
    shared = (ReportingLine("dppa"), ReportingLine("dpo"))
    chart.add_unit(Unit("asg", "ASG", "office", reports_to=shared))
    chart.add_unit(Unit("div", "Division", "division", reports_to=(ReportingLine("asg"),)))
    lines = (ReportingLine("sg", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("oma", "OMA", "office", reports_to=lines))
    chart.add_unit(Unit("a", "A", "office"))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("a"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    chart.add_unit(Unit("c", "C", "office"))
    chart.add_unit(Unit("d", "D", "office", reports_to=(ReportingLine("c"),)))
    chart.update_unit(chart.unit("c").with_changes(reports_to=(ReportingLine("d"), ReportingLine("dpo"))))
    return chart


def test_a_box_takes_the_first_colour_of_the_cards_band() -> None:
    chart = _department_chart()
    found = departments_by_unit(chart)
    asked = ("dppa", "dpo", "asg", "div", "oma", "c", "d", "sg", "a", "b")
    assert {uid: found.get(uid) for uid in asked} == {
        "dppa": "dppa",
        "dpo": "dpo",
        "asg": "dppa",  # under two departments: its first line's, the band's first colour
        "div": "dppa",
        "oma": "dpo",  # first line to SG, second to DPO: followed as on screen (was uncoloured)
        "c": "dpo",  # a cycle, out of it to DPO by a second line
        "d": "dpo",  # in that cycle, whichever unit is asked first
        "sg": None,  # SG and the closed cycle a <-> b are under no department
        "a": None,
        "b": None,
    }
    shown = chart.hierarchy.department_map()  # what the editor's cards are banded with
    assert found == {uid: ds[0] for uid, ds in shown.items() if ds}


def test_the_exported_border_is_the_departments_colour() -> None:
    chart = _department_chart()
    colours = department_colours(["dppa", "dpo"])
    root = ET.fromstring(graphml.dumps_graphml(chart))
    borders = {
        node.get("id"): node.find(f".//{{{graphml.YED_NS}}}BorderStyle").get("color")  # type: ignore[union-attr]
        for node in root.iter(f"{{{graphml.GRAPHML_NS}}}node")
    }
    assert borders["oma"] == colours["dpo"].upper()
    assert borders["asg"] == colours["dppa"].upper()
    assert borders["a"] == borders["sg"] == NEUTRAL_BORDER.upper()


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
