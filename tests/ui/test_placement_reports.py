"""Placement's questions about who reports to whom, answered by the chart's hierarchy: arrow-key
navigation (:func:`arrow_target`), the traced lines (:func:`chain_lines`) and where a new card
goes (:func:`spot_near_manager`), on lines of every scope."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsScene

from orgeditor.model import Chart, ChartError, ReportingLine, Unit
from orgeditor.render.painting import CARD_SIZE
from orgeditor.render.theme import get_theme
from orgeditor.ui.items import CardItem
from orgeditor.ui.placement import V_GAP, arrow_target, chain_lines, spot_near_manager

#: Card centres across: the order left and right follow.
X = {"sg": 0.0, "hlab": 300.0, "dppa": -200.0, "dpo": 200.0, "asg": 0.0, "div": -100.0, "mena": 100.0}


def pillar() -> Chart:
    """An SG; DPPA and DPO under it; an ASG whose first line is scoped (non-mission to DPPA,
    mission to DPO), so that it has no line of scope all; two divisions under the ASG; a second
    root; a line to DPPA twice (all, then mission) on one division."""
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("hlab", "Advisory Board", "office"))
    for uid in ("dppa", "dpo"):
        chart.add_unit(Unit(uid, uid.upper(), "department", reports_to=(ReportingLine("sg"),)))
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg", "ASG Africa", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Africa I", "division", reports_to=(ReportingLine("asg"),)))
    twice = (ReportingLine("asg"), ReportingLine("dppa", "mission"), ReportingLine("dppa"))
    chart.add_unit(Unit("mena", "MENA", "division", reports_to=twice))
    return chart


def go(chart: Chart, unit_id: str, direction: str, hidden: frozenset[str] = frozenset()) -> str | None:
    return arrow_target(chart, hidden, X.__getitem__, unit_id, direction)


def test_up_follows_the_first_line_whatever_its_scope() -> None:
    chart = pillar()
    assert go(chart, "div", "up") == "asg"
    assert go(chart, "asg", "up") == "dppa"  # its first line is non-mission: still the way up
    assert go(chart, "dppa", "up") == "sg"
    assert go(chart, "sg", "up") is None


def test_down_goes_to_the_shown_report_nearest_below() -> None:
    chart = pillar()
    assert go(chart, "sg", "down") == "dppa"  # dppa and dpo equally far: the first listed
    assert go(chart, "dpo", "down") == "asg"  # by its mission line
    assert go(chart, "dppa", "down") == "asg"  # asg at 0 is nearer -200 than mena at 100
    assert go(chart, "dppa", "down", frozenset({"asg"})) == "mena"
    assert go(chart, "asg", "down", frozenset({"div", "mena"})) is None
    assert go(chart, "div", "down") is None


def test_left_and_right_walk_the_siblings_under_the_first_manager() -> None:
    chart = pillar()
    assert go(chart, "dppa", "right") == "dpo"
    assert go(chart, "dpo", "left") == "dppa"
    assert go(chart, "dpo", "right") is None
    assert go(chart, "div", "right") == "mena"
    assert go(chart, "mena", "left") == "div"
    assert go(chart, "mena", "left", frozenset({"div"})) is None
    # the ASG's siblings are DPPA's reports (its first line), not DPO's
    assert go(chart, "asg", "right") == "mena"
    assert go(chart, "sg", "right") == "hlab"  # roots are each other's siblings
    assert go(chart, "hlab", "left") == "sg"


def test_a_hidden_unit_has_no_sideways_neighbour() -> None:
    assert go(pillar(), "div", "right", frozenset({"div"})) is None


def test_no_such_unit_is_an_error() -> None:
    with pytest.raises(ChartError):
        go(pillar(), "nobody", "up")


def test_chain_lines_are_the_lines_the_chain_follows() -> None:
    chart = pillar()
    for scope, expected in {
        "all": {("mena", "asg", "all")},
        "mission": {("mena", "asg", "all"), ("asg", "dpo", "mission"), ("dpo", "sg", "all")},
        "non-mission": {("mena", "asg", "all"), ("asg", "dppa", "non-mission"), ("dppa", "sg", "all")},
    }.items():
        assert chain_lines(chart, chart.chain("mena", scope), scope) == expected, scope
    assert chain_lines(chart, ["sg"], "all") == set()


def test_chain_lines_name_the_first_line_to_the_manager() -> None:
    chart = Chart(title="Twice")
    chart.add_unit(Unit("sg", "SG", "office"))
    twice = (ReportingLine("sg", "mission"), ReportingLine("sg"))
    chart.add_unit(Unit("dpo", "DPO", "department", reports_to=twice))
    assert chain_lines(chart, chart.chain("dpo", "mission"), "mission") == {("dpo", "sg", "mission")}
    assert chain_lines(chart, chart.chain("dpo", "all"), "all") == {("dpo", "sg", "all")}


def test_a_cycle_lights_each_line_once() -> None:
    chart = Chart(title="Cycle")
    chart.add_unit(Unit("a", "A", "office"))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("a"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    assert chart.chain("a") == ["a", "b"]
    assert chain_lines(chart, chart.chain("a"), "all") == {("a", "b", "all")}


def test_a_new_card_goes_below_its_first_manager(qapp: object) -> None:
    chart = pillar()
    scene = QGraphicsScene()
    cards: dict[str, CardItem] = {}
    for uid, x in (("dppa", -200.0), ("dpo", 200.0)):
        card = CardItem(chart.unit(uid), get_theme("screen"))
        card.setPos(x, 0.0)
        scene.addItem(card)
        cards[uid] = card
    x, y = spot_near_manager(scene, chart, cards, "asg")
    assert (x, y) == (-200.0, CARD_SIZE[1] + V_GAP + 40)
