"""Cards in the editor carry their unit's tier, follow edits, and draw their text at its size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.render.painting import MAX_TIER, card_tiers, overview_px
from orgeditor.ui.items import OVERVIEW_SCALE, CardItem
from orgeditor.ui.scene import ChartScene


class RecordingPainter(QPainter):
    """A painter on an image that remembers the pixel size of every text drawn at a point."""

    def __init__(self, zoom: float) -> None:
        self.image = QImage(600, 400, QImage.Format.Format_ARGB32)
        self.image.fill(QColor("#ffffff"))
        super().__init__(self.image)
        self.translate(300, 200)
        self.scale(zoom, zoom)
        self.sizes: list[int] = []
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        if len(args) == 2 and isinstance(args[0], QPointF):
            self.sizes.append(self.font().pixelSize())
            self.texts.append(args[1])
        super().drawText(*args)


def painted(card: CardItem, zoom: float) -> RecordingPainter:
    """What the card's own ``paint`` draws at *zoom* (as a view at that zoom would ask)."""
    painter = RecordingPainter(zoom)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return painter


def chart_with_a_deep_leaf() -> Chart:
    chart = Chart()
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    name = "Office of the Assistant Secretary-General for Africa"
    chart.add_unit(Unit("asg", name, "office", reports_to=(ReportingLine("sg"),)))
    above = "asg"
    for i in range(4):
        chart.add_unit(Unit(f"d{i}", f"Division {i}", "division", reports_to=(ReportingLine(above),)))
        above = f"d{i}"
    chart.add_unit(
        Unit("minusma", "Mission in Mali", "mission", short="MINUSMA", reports_to=(ReportingLine(above),))
    )
    return chart


def test_cards_carry_their_tier_and_follow_edits(qtbot: QtBot) -> None:
    chart = chart_with_a_deep_leaf()
    scene = ChartScene()
    scene.set_chart(chart)
    assert {u: c.tier for u, c in scene.cards.items()} == card_tiers(chart)
    assert scene.cards["minusma"].tier == MAX_TIER
    # the leaf moves right under the root: it and what reports to it rise
    chart.add_unit(Unit("team", "Team", "team", reports_to=(ReportingLine("minusma"),)))
    assert scene.cards["team"].tier == MAX_TIER
    chart.update_unit(chart.unit("minusma").with_changes(reports_to=(ReportingLine("sg"),)))
    assert (scene.cards["minusma"].tier, scene.cards["team"].tier) == (1, 2)
    # a unit that becomes a root is tier 0; a second line does not change the tier
    lines = (ReportingLine("d0", "mission"), ReportingLine("d3", "non-mission"))
    chart.update_unit(chart.unit("d2").with_changes(reports_to=lines))
    assert scene.cards["d2"].tier == 3
    chart.update_unit(chart.unit("asg").with_changes(reports_to=()))
    assert [scene.cards[u].tier for u in ("asg", "d0", "d1")] == [0, 1, 2]
    assert {u: c.tier for u, c in scene.cards.items()} == card_tiers(chart)


def test_the_senior_card_reads_at_least_as_large_near_and_far(qtbot: QtBot) -> None:
    scene = ChartScene()
    scene.set_chart(chart_with_a_deep_leaf())
    senior, junior = scene.cards["asg"], scene.cards["minusma"]
    far_zoom = OVERVIEW_SCALE * 0.6
    for zoom in (far_zoom, 1.0):
        high, low = painted(senior, zoom), painted(junior, zoom)
        assert high.sizes and low.sizes
        assert high.sizes[0] >= low.sizes[0], zoom  # the labels
        assert min(high.sizes) >= min(low.sizes), zoom
    far = painted(senior, far_zoom)
    assert set(far.sizes) == {overview_px(1)}
    assert " ".join(far.texts) == "ASG for Africa"
    assert painted(junior, far_zoom).sizes == [overview_px(MAX_TIER)]


def test_the_example_chart_draws_its_asgs_no_smaller_than_its_missions(qtbot: QtBot) -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    scene = ChartScene()
    scene.set_chart(chart)
    asgs = [c for u, c in scene.cards.items() if u.startswith("asg-")]
    missions = [c for c in scene.cards.values() if c.unit.kind == "mission"]
    assert asgs and missions
    for zoom in (OVERVIEW_SCALE * 0.6, 1.0):
        smallest_asg = min(painted(card, zoom).sizes[0] for card in asgs)
        largest_mission = max(painted(card, zoom).sizes[0] for card in missions)
        assert smallest_asg >= largest_mission, zoom
