"""A small pillar chart for the command tests."""

from __future__ import annotations

from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit


def build_pillar() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    chart.add_unit(Unit("eosg", "Executive Office", "office", reports_to=(ReportingLine("sg"),)))
    for uid in ("dppa", "dpo"):
        chart.add_unit(
            Unit(uid, uid.upper(), "department", short=uid.upper(), reports_to=(ReportingLine("sg"),))
        )
    dual = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg-africa", "ASG Africa", "office", reports_to=dual))
    chart.add_unit(Unit("div", "Africa Division", "division", reports_to=(ReportingLine("asg-africa"),)))
    chart.add_unit(Unit("team", "Team", "team", reports_to=(ReportingLine("div"),)))
    chart.add_link(Link("div", "eosg", "informs"))
    chart.add_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    return chart
