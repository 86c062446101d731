"""One type scale by level: a card's text size comes from its tier, never from its label.

Cards are drawn with a real painter on an image; the painter records each text it draws with
the font it drew it in.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.model import Chart, Head, ReportingLine, Unit
from orgeditor.render.painting import (
    BAND_HEIGHT,
    CARD_SIZE,
    MAX_TIER,
    PADDING,
    card_texts,
    card_tiers,
    card_type,
    draw_card,
    draw_card_overview,
    overview_px,
)
from orgeditor.render.theme import get_theme

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RECT = QRectF(10, 10, *CARD_SIZE)
ASG_AFRICA = "Office of the Assistant Secretary-General for Africa"
LONG_HEAD = Head("Assistant Secretary-General for the Middle East, Asia and the Pacific", "ASG")


@dataclass(frozen=True)
class Drawn:
    text: str
    px: int
    bold: bool
    at: QPointF
    ascent: float
    descent: float
    width: float


class RecordingPainter(QPainter):
    """A painter on an image that remembers every text drawn at a point, with its font."""

    def __init__(self) -> None:
        self.image = QImage(400, 200, QImage.Format.Format_ARGB32)
        self.image.fill(QColor("#ffffff"))
        super().__init__(self.image)
        self.drawn: list[Drawn] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        if len(args) == 2 and isinstance(args[0], QPointF):
            font = self.font()
            metrics = QFontMetricsF(font)
            self.drawn.append(
                Drawn(
                    args[1],
                    font.pixelSize(),
                    font.bold(),
                    args[0],
                    metrics.ascent(),
                    metrics.descent(),
                    metrics.horizontalAdvance(args[1]),
                )
            )
        super().drawText(*args)


def paint(unit: Unit, *, tier: int, overview: bool = False, **options: Any) -> list[Drawn]:
    painter = RecordingPainter()
    draw = draw_card_overview if overview else draw_card
    draw(painter, RECT, unit, get_theme(), tier=tier, **options)
    painter.end()
    return painter.drawn


def senior_and_junior() -> tuple[Chart, Unit, Unit]:
    """A root with a long-named report (no short name) and a deep leaf with a short name."""
    chart = Chart()
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("asg", ASG_AFRICA, "office", reports_to=(ReportingLine("sg"),)))
    above = "asg"
    for i in range(4):
        chart.add_unit(Unit(f"d{i}", f"Division {i}", "division", reports_to=(ReportingLine(above),)))
        above = f"d{i}"
    name = "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    chart.add_unit(Unit("minusma", name, "mission", short="MINUSMA", reports_to=(ReportingLine(above),)))
    return chart, chart.unit("asg"), chart.unit("minusma")


def test_the_senior_card_is_never_in_smaller_type(qtbot: QtBot) -> None:
    chart, senior, junior = senior_and_junior()
    tiers = card_tiers(chart)
    assert (tiers["asg"], tiers["minusma"]) == (1, MAX_TIER)
    for overview in (True, False):
        high = paint(senior, tier=tiers["asg"], overview=overview)
        low = paint(junior, tier=tiers["minusma"], overview=overview)
        # the label (first text drawn) and every text: the senior's sizes are at least the junior's
        assert high[0].px >= low[0].px, overview
        assert high[0].bold and low[0].bold
        assert min(d.px for d in high) >= min(d.px for d in low), overview
        assert max(d.px for d in high) >= max(d.px for d in low), overview
    far = paint(senior, tier=1, overview=True)
    assert {d.px for d in far} == {overview_px(1)}
    assert " ".join(d.text for d in far) == "ASG for Africa"  # wrapped if need be, whole


@pytest.mark.parametrize("overview", [True, False])
def test_the_size_does_not_depend_on_the_label(qtbot: QtBot, overview: bool) -> None:
    short = Unit("m", "Mission", "mission", short="UNMIK")
    long = Unit("o", "Office of the Special Envoy of the Secretary-General for the Great Lakes", "office")
    for tier in range(MAX_TIER + 1):
        sizes = {paint(unit, tier=tier, overview=overview)[0].px for unit in (short, long)}
        assert len(sizes) == 1, tier


@pytest.mark.parametrize("theme_name", ["screen", "print"])
def test_the_scale_never_grows_with_the_tier(theme_name: str) -> None:
    theme = get_theme(theme_name)
    sizes = [card_type(theme, tier) for tier in range(MAX_TIER + 1)]
    for upper, lower in itertools.pairwise(sizes):
        assert upper.label_px >= lower.label_px
        assert upper.name_px >= lower.name_px
        assert upper.head_px >= lower.head_px
        assert upper.posts_px >= lower.posts_px
    assert sizes[0].label_px > sizes[-1].label_px  # the levels differ
    far = [overview_px(tier) for tier in range(MAX_TIER + 1)]
    assert far == sorted(far, reverse=True) and far[0] > far[-1]
    assert card_type(theme, 99) == sizes[-1] and card_type(theme, -1) == sizes[0]


def test_a_long_label_wraps_before_it_is_elided(qtbot: QtBot) -> None:
    name = "Office of the Assistant Secretary-General for the Middle East, Asia and the Pacific"
    unit = Unit("asg-me", name, "office")
    far = paint(unit, tier=2, overview=True)
    assert len(far) >= 2
    assert " ".join(d.text for d in far) == "ASG for the Middle East, Asia & Pacific"


def test_a_long_head_wraps_to_two_lines(qtbot: QtBot) -> None:
    unit = Unit("asg", "Office of the ASG for the Middle East", "office", head=LONG_HEAD)
    head = "ASG · Assistant Secretary-General for the Middle East, Asia and the Pacific"
    texts = card_texts(unit, RECT, get_theme(), tier=2)
    assert len(texts.head_lines) == 2
    assert " ".join(texts.head_lines) == head  # two lines, nothing elided
    assert texts.name_lines  # the name keeps the lines left
    drawn = [d.text for d in paint(unit, tier=2)]
    assert texts.head_lines[0] in drawn and texts.head_lines[1] in drawn
    # the head goes below the name, the second line below the first
    at = {d.text: d.at.y() for d in paint(unit, tier=2)}
    assert at[texts.name_lines[-1]] < at[texts.head_lines[0]] < at[texts.head_lines[1]]


def test_a_head_too_long_for_two_lines_is_elided_on_the_second(qtbot: QtBot) -> None:
    head = Head("Under-Secretary-General " * 6, "USG", name="Someone With A Long Name")
    unit = Unit("x", "X", "office", short="X", head=head)
    texts = card_texts(unit, RECT, get_theme(), tier=0)
    assert len(texts.head_lines) == 2 and texts.head_lines[1].endswith("…")
    assert not texts.head_lines[0].endswith("…")


@pytest.mark.parametrize("short", ["MSU", None])
def test_posts_show_with_or_without_a_short_name(qtbot: QtBot, short: str | None) -> None:
    unit = Unit("msu", "Mediation Support Unit", "unit", short=short, posts=12)
    for badge in (None, "error"):
        drawn = paint(unit, tier=3, severity=badge)
        posts = [d for d in drawn if d.text == "12 posts"]
        assert len(posts) == 1
        label = drawn[0]
        assert (short or unit.name).startswith(label.text)  # the label's first line
        assert posts[0].at.y() == label.at.y()  # on the label's line, on the right
        assert posts[0].at.x() > label.at.x() + label.width
    assert not any(d.text.endswith("posts") for d in paint(unit, tier=3, show_posts=False))


@pytest.mark.parametrize("tier", range(MAX_TIER + 1))
def test_every_example_card_keeps_its_text_inside_and_apart(qtbot: QtBot, tier: int) -> None:
    """Whatever the tier, no line of any example card leaves the card or runs into another."""
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    for unit in chart:
        drawn = paint(unit, tier=tier, severity="error")
        for d in drawn:
            assert d.at.x() >= RECT.left() + PADDING - 0.5, (unit.id, d.text)
            assert d.at.x() + d.width <= RECT.right() - PADDING + 0.5, (unit.id, d.text)
            assert d.at.y() - d.ascent >= RECT.top() + BAND_HEIGHT, (unit.id, d.text)
            assert d.at.y() + d.descent <= RECT.bottom() - 2, (unit.id, d.text)
        rows = sorted({d.at.y(): d for d in drawn}.values(), key=lambda d: d.at.y())
        for upper, lower in itertools.pairwise(rows):  # descenders above clear the capitals below
            gap = lower.at.y() - upper.at.y()
            assert gap >= 0.24 * upper.px + 0.73 * lower.px, (unit.id, upper.text, lower.text)
        far = paint(unit, tier=tier, overview=True)
        assert all(RECT.left() <= d.at.x() and d.at.x() + d.width <= RECT.right() for d in far), unit.id
        assert len({d.px for d in far}) == 1
