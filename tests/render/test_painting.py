"""Tests for the shared painting functions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, Head, ReportingLine, Unit
from orgeditor.render.painting import (
    card_texts,
    departments_of,
    draw_card,
    draw_group,
    draw_legend,
    draw_link,
    draw_reporting_line,
    legend_size,
    make_font,
    worst_severity,
    wrap_text,
)
from orgeditor.render.theme import get_theme


def _chart() -> Chart:
    chart = Chart()
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
    chart.add_unit(Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)))
    lines = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg", "ASG Africa", "office", reports_to=lines))
    chart.add_unit(Unit("div", "Division", "division", reports_to=(ReportingLine("asg"),)))
    return chart


def test_departments_follow_every_line() -> None:
    chart = _chart()
    assert departments_of(chart, "dppa") == ("dppa",)
    assert departments_of(chart, "asg") == ("dppa", "dpo")
    assert departments_of(chart, "div") == ("dppa", "dpo")
    assert departments_of(chart, "sg") == ()


def test_wrap_text_never_exceeds_width_or_lines(qtbot: QtBot) -> None:
    font = make_font(get_theme(), 11)
    metrics = QFontMetricsF(font)
    text = "Office of the Assistant Secretary-General for the Middle East, Asia and the Pacific"
    lines = wrap_text(text, font, 120, 2)
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= 120 for line in lines)
    assert lines[-1].endswith("…")
    assert wrap_text("Short", font, 120, 2) == ["Short"]


def test_card_texts_fit(qtbot: QtBot) -> None:
    unit = Unit(
        "x",
        "A very long name " * 8,
        "office",
        short="SHORTNAMETHATISVERYLONGINDEED",
        head=Head("Assistant Secretary-General for everything", "ASG"),
        posts=12,
    )
    texts = card_texts(unit, QRectF(0, 0, 220, 84), get_theme(), badge=True)
    assert texts.title.endswith("…")
    assert 1 <= len(texts.name_lines) <= 2
    assert texts.head.startswith("ASG")
    assert texts.posts == "12 posts"


@pytest.mark.parametrize("theme_name", ["screen", "print"])
def test_everything_draws(qtbot: QtBot, theme_name: str) -> None:
    theme = get_theme(theme_name)
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    unit = Unit("dppa", "Department", "department", short="DPPA", head=Head("USG", "USG"))
    draw_card(painter, QRectF(10, 10, 220, 84), unit, theme, departments=["dppa"], severity="error")
    draw_reporting_line(painter, [(100, 94), (100, 150), (300, 150)], "mission", theme)
    draw_link(painter, [(10, 200), (200, 200)], "advises", theme)
    draw_group(painter, QRectF(250, 10, 200, 40), "Standing Principals' Group", theme)
    box = draw_legend(painter, (300, 200), theme, link_kinds=["advises"], severities=["error"])
    painter.end()
    assert box.size() == legend_size(theme, link_kinds=["advises"], severities=["error"])
    assert image.pixelColor(12, 12) != QColor(theme.background)


def test_worst_severity() -> None:
    assert worst_severity(["info", "error", "warning"]) == "error"
    assert worst_severity([]) is None


def test_unknown_theme() -> None:
    with pytest.raises(ValueError, match="unknown theme"):
        get_theme("neon")
