"""The legend's rows and columns, line pens that read zoomed out, and line labels."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from orgeditor.render.diagram import (
    draw_legend,
    draw_link,
    draw_member_line,
    draw_reporting_line,
    legend_rows,
    legend_size,
    shared_departments,
    style_pen,
)
from orgeditor.render.theme import get_theme, scope_style

#: The editor's opening fit of the built-in chart.
OPENING_ZOOM = 0.34

DEPARTMENTS = {"dppa": "DPPA", "dpo": "DPO"}
BY_UNIT = {"dppa": ("dppa",), "dpo": ("dpo",), "asg-africa": ("dppa", "dpo"), "div": ("dppa", "dpo")}


def _canvas(width: int = 400, height: int = 200) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    return image, painter


def _inked(image: QImage, area: QRectF) -> int:
    """How many pixels of *area* are not white."""
    white = QColor("#ffffff").rgb()
    return sum(
        image.pixel(x, y) != white
        for x in range(int(area.left()), int(area.right()))
        for y in range(int(area.top()), int(area.bottom()))
    )


def test_shared_departments_lists_each_split_once() -> None:
    assert shared_departments(BY_UNIT) == [("dppa", "dpo")]
    assert shared_departments({"a": ("dppa",)}) == []


def test_legend_rows_name_groups_member_lines_and_split_bands() -> None:
    rows = legend_rows(
        get_theme("screen"),
        scopes=["all", "mission", "non-mission"],
        link_kinds=["advises"],
        departments=DEPARTMENTS,
        groups=["Standing Principals' Group"],
        split_departments=shared_departments(BY_UNIT),
        severities=["error"],
    )
    kinds = [(what, key) for what, key, _ in rows]
    assert ("group", "Standing Principals' Group") in kinds
    assert ("member", "") in kinds
    assert ("split", "dppa+dpo") in kinds
    assert ("scope", "mission") in kinds and ("link", "advises") in kinds and ("severity", "error") in kinds
    split_text = next(text for what, _, text in rows if what == "split")
    assert "DPPA" in split_text and "DPO" in split_text
    headers = [text for what, _, text in rows if what == "header"]
    assert headers == ["Reporting lines", "Links", "Groups", "Departments", "Findings"]


def test_legend_without_groups_or_splits_has_no_such_rows() -> None:
    rows = legend_rows(get_theme("screen"), departments=DEPARTMENTS)
    assert not [r for r in rows if r[0] in ("group", "member", "split")]
    shown = legend_rows(get_theme("screen"), member_line=True)
    assert ("member", "", "group member") in shown


def test_many_groups_are_counted_not_all_listed() -> None:
    rows = legend_rows(get_theme("screen"), groups=[f"Group {i}" for i in range(9)])
    assert len([r for r in rows if r[0] == "group"]) == 4
    assert any(r[0] == "more" and "5 more" in r[2] for r in rows)


def test_legend_flows_into_columns_within_a_height(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    args: dict[str, Any] = {
        "link_kinds": ["advises", "functional", "supports"],
        "departments": DEPARTMENTS,
        "groups": ["Standing Principals' Group"],
        "split_departments": [("dppa", "dpo")],
        "severities": ["error", "info"],
    }
    tall = legend_size(theme, **args)
    low = legend_size(theme, max_height=150, **args)
    assert low.height() <= 150 < tall.height()
    assert low.width() > tall.width()
    image, painter = _canvas(int(low.width()) + 20, int(low.height()) + 20)
    box = draw_legend(painter, (5, 5), theme, max_height=150, **args)
    painter.end()
    assert box.size() == low
    right = QRectF(box.right() - low.width() / 3, box.top() + 10, low.width() / 3 - 10, box.height() - 20)
    assert _inked(image, right) > 50  # the last column is drawn, not just sized


def test_long_group_names_are_whole_in_the_legend(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    short = legend_size(theme, scopes=[], groups=["A group"])
    long = legend_size(theme, scopes=[], groups=["A very long group name " * 8])
    assert long.width() > short.width() + 600  # the legend widens: the name is never cut


@pytest.mark.parametrize("scope", ["all", "mission", "non-mission"])
def test_screen_reporting_lines_are_never_thinner_than_the_floor(scope: str) -> None:
    theme = get_theme("screen")
    assert theme.min_line_px >= 2.0
    style = scope_style(theme, scope)
    assert style.width >= 2.4
    for zoom in (0.12, OPENING_ZOOM, 0.6, 1.0, 2.0):
        pen = style_pen(style, scale=zoom, min_px=theme.min_line_px)
        on_screen = pen.widthF() if pen.isCosmetic() else pen.widthF() * zoom
        assert on_screen >= theme.min_line_px - 1e-9, zoom


def test_mission_dashes_stay_long_and_unlike_non_mission_dots_at_the_opening_fit() -> None:
    theme = get_theme("screen")
    mission = style_pen(scope_style(theme, "mission"), scale=OPENING_ZOOM, min_px=theme.min_line_px)
    non_mission = style_pen(scope_style(theme, "non-mission"), scale=OPENING_ZOOM, min_px=theme.min_line_px)
    dash, gap = (length * mission.widthF() for length in mission.dashPattern()[:2])  # screen px
    assert dash >= 10 and gap >= 5  # visibly dashed, not solid
    dot, dot_gap = (length * non_mission.widthF() for length in non_mission.dashPattern()[:2])
    assert dot <= 3 and dot_gap >= 4  # dots, far shorter than the dashes
    assert dash >= 3 * dot


def test_a_line_drawn_zoomed_out_with_a_floor_is_not_a_hairline(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    image, painter = _canvas()
    painter.scale(OPENING_ZOOM, OPENING_ZOOM)
    draw_reporting_line(painter, [(0, 100), (1000, 100)], "all", theme, min_px=theme.min_line_px)
    painter.end()
    column = [image.pixelColor(150, y) for y in range(20, 50)]
    dark = [c for c in column if c.lightness() < 160]
    assert len(dark) >= 2  # at least two pixels thick, not a faint sub-pixel line


def test_reporting_lines_carry_no_mid_line_label_unless_placed(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    points = [(20.0, 100.0), (380.0, 100.0)]
    middle = QRectF(170, 85, 60, 30)
    image, painter = _canvas()
    draw_reporting_line(painter, points, "mission", theme)
    painter.end()
    plain = _inked(image, middle)
    image, painter = _canvas()
    draw_reporting_line(painter, points, "mission", theme, label_point=QPointF(200, 160))
    painter.end()
    assert _inked(image, middle) == plain  # nothing added mid-line
    assert _inked(image, QRectF(175, 150, 50, 20)) > 20  # the label is where it was placed
    image, painter = _canvas()
    draw_reporting_line(painter, points, "mission", theme, label_at=0.5)
    painter.end()
    assert _inked(image, middle) > plain  # an explicit fraction still labels there


def test_links_keep_a_label_and_accept_a_place_for_it(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    image, painter = _canvas()
    draw_link(painter, [(20, 100), (380, 100)], "advises", theme, label_point=(80, 40))
    painter.end()
    assert _inked(image, QRectF(55, 30, 50, 20)) > 20


def test_member_lines_are_unlike_links_and_dot_the_member_end(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    member = theme.group_member_line
    assert member.dash == "solid" and member.pattern == ()
    assert all(member.colour != style.colour for style in theme.links.values())
    assert QColor(member.colour).lightness() < 140  # not pale
    image, painter = _canvas()
    draw_member_line(painter, [(20, 100), (300, 100)], theme, member_end="last")
    painter.end()
    near_member = _inked(image, QRectF(294, 94, 12, 12))
    near_body = _inked(image, QRectF(14, 94, 12, 12))
    assert near_member > near_body  # the dot is at the member's end only
