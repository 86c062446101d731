"""What the layout reads of a chart: the tree it hangs cards on, among visible cards only."""

from __future__ import annotations

from orgeditor.layout.structure import analyse
from orgeditor.model import Chart, ReportingLine, Unit


def _chart() -> Chart:
    chart = Chart(title="Structure")
    chart.add_unit(Unit("sg", "SG", "office"))
    for dep in ("dppa", "dpo"):
        chart.add_unit(Unit(dep, dep.upper(), "department", reports_to=(ReportingLine("sg"),)))
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg", "ASG", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Division", "division", reports_to=(ReportingLine("asg"),)))
    chart.add_unit(Unit("me", "Self", "office"))
    chart.update_unit(chart.unit("me").with_changes(reports_to=(ReportingLine("me"), ReportingLine("sg"))))
    chart.add_unit(Unit("a", "A", "office"))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("a"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    return chart


def test_the_tree_follows_the_hierarchys_first_line_when_its_manager_is_shown() -> None:
    chart = _chart()
    structure = analyse(chart, None, ())
    hierarchy = chart.hierarchy
    for uid in chart.units:
        first = hierarchy.primary_manager(uid)
        if first is not None and first != uid:  # whatever the line's scope
            assert structure.primary[uid] == first, uid
    assert "sg" not in structure.primary
    assert structure.primary["me"] == "sg"  # a line to itself is passed over
    assert (structure.primary["a"], structure.primary["b"]) == ("b", "a")  # a cycle stays as drawn
    assert structure.duals == {"asg": ("dppa", "dpo")}


def test_a_hidden_manager_hands_the_card_to_its_next_visible_line() -> None:
    structure = analyse(_chart(), None, {"dppa"})
    assert structure.primary["asg"] == "dpo"  # not the hierarchy's primary manager: hidden
    assert "asg" not in structure.duals
    assert ("asg", "dppa", "non-mission") not in structure.lines
    assert ("asg", "dpo", "mission") in structure.lines
    structure = analyse(_chart(), None, {"dppa", "dpo"})
    assert "asg" not in structure.primary and structure.primary["div"] == "asg"
