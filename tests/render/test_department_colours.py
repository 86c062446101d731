"""Each department of a chart gets a band colour of its own, the same in the editor and exports."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.render.export import export_chart
from orgeditor.render.theme import (
    DEPARTMENT_COLOURS,
    department_colour,
    get_theme,
    theme_for,
    theme_for_chart,
)
from orgeditor.ui.scene import ChartScene

#: Ids whose usual palette picks collide ("u2" and "u3" hash to the same colour).
IDS = ["u1", "u2", "u3", "u4"]


def chart_with(departments: list[str]) -> Chart:
    chart = Chart(title="Departments")
    chart.add_unit(Unit("top", "Head office", "office"))
    for dept in departments:
        chart.add_unit(Unit(dept, f"Department {dept}", "department", reports_to=(ReportingLine("top"),)))
        chart.add_unit(
            Unit(f"{dept}-a", f"Division of {dept}", "division", reports_to=(ReportingLine(dept),))
        )
    return chart


def test_departments_whose_usual_colours_collide_get_different_ones() -> None:
    screen = get_theme("screen")
    assert department_colour(screen, "u2") == department_colour(screen, "u3")  # the case at hand
    for name in ("screen", "print"):
        look = theme_for_chart(get_theme(name), chart_with(IDS))
        assert len({department_colour(look, d) for d in IDS}) == len(IDS), name


@given(st.lists(st.text("abcdefghij", min_size=1, max_size=6), unique=True, max_size=12))
def test_distinct_while_the_palette_lasts_and_the_pillars_colours_stay(ids: list[str]) -> None:
    screen = get_theme("screen")
    wanted = ["dppa", "dpo", *ids]
    look = theme_for(screen, wanted)
    assert department_colour(look, "dppa") == DEPARTMENT_COLOURS["dppa"]
    assert department_colour(look, "dpo") == DEPARTMENT_COLOURS["dpo"]
    colours = [department_colour(look, d) for d in wanted]
    free = len(set(screen.department_palette) - {DEPARTMENT_COLOURS["dppa"], DEPARTMENT_COLOURS["dpo"]})
    assert len(set(colours)) >= min(len(wanted), 2 + free)
    assert theme_for(screen, wanted) == look  # the same chart, the same colours


def test_the_editor_and_the_svg_export_use_the_same_distinct_colours(qtbot: QtBot, tmp_path: Path) -> None:
    chart = chart_with(IDS)
    scene = ChartScene()
    scene.set_chart(chart)
    bands = {d: department_colour(scene.theme, scene.cards[f"{d}-a"].departments[0]) for d in IDS}
    assert len(set(bands.values())) == len(IDS)
    out = tmp_path / "chart.svg"
    assert export_chart(chart, out)
    svg = out.read_text(encoding="utf-8").lower()
    for colour in bands.values():
        assert colour.lower() in svg


def test_a_department_made_by_an_edit_gets_its_own_colour_in_the_editor_too(qtbot: QtBot) -> None:
    chart = chart_with(["u1", "u2"])
    chart.add_unit(Unit("u3", "Office u3", "office", reports_to=(ReportingLine("top"),)))
    scene = ChartScene()
    scene.set_chart(chart)
    chart.update_unit(chart.unit("u3").with_changes(kind="department"))  # as an edit would
    expected = theme_for_chart(get_theme("screen"), chart)
    colours = {d: department_colour(scene.theme, d) for d in ("u1", "u2", "u3")}
    assert colours == {d: department_colour(expected, d) for d in colours}
    assert len(set(colours.values())) == 3
    assert scene.cards["u3"].theme is scene.theme
