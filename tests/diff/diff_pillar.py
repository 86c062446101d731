"""A small pillar chart built in code, shared by the diff tests."""

from __future__ import annotations

from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit


def line(to: str, scope: str = "all") -> ReportingLine:
    return ReportingLine(to, scope)


def pillar() -> Chart:
    """SG, EOSG, DPPA, DPO, one regional ASG with a division and a mission, a fund."""
    chart = Chart(title="Pillar", regions=("Africa", "Asia"))
    for unit in (
        Unit("sg", "Secretary-General", "office", head=Head("Secretary-General", "SG")),
        Unit("eosg", "Executive Office of the Secretary-General", "office", short="EOSG",
             reports_to=(line("sg"),), functions=("planning-and-evaluation",), posts=40),
        Unit("dppa", "Department of Political and Peacebuilding Affairs", "department",
             short="DPPA", head=Head("Under-Secretary-General", "USG", "female"),
             reports_to=(line("sg"),), functions=("good-offices",), posts=120),
        Unit("dpo", "Department of Peace Operations", "department", short="DPO",
             head=Head("Under-Secretary-General", "USG", "male"),
             reports_to=(line("sg"),), functions=("peacekeeping",), posts=150),
        Unit("asg-africa", "Office of the ASG for Africa", "office",
             head=Head("Assistant Secretary-General for Africa", "ASG"), regions=("Africa",),
             reports_to=(line("dppa", "non-mission"), line("dpo", "mission"))),
        Unit("africa-ii", "Africa II Division", "division", regions=("Africa",),
             reports_to=(line("asg-africa"),), posts=30),
        Unit("minusma", "MINUSMA", "mission", presence="peacekeeping", regions=("Africa",),
             reports_to=(line("africa-ii", "mission"),), functions=("police",)),
        Unit("unama", "UNAMA", "mission", presence="special-political-mission",
             regions=("Asia",), reports_to=(line("dppa"),)),
        Unit("pbf", "Peacebuilding Fund", "fund", reports_to=(line("dppa"),),
             functions=("peacebuilding-financing",)),
    ):  # fmt: skip
        chart.add_unit(unit)
    chart.add_link(Link("pbf", "eosg", "functional"))
    chart.add_link(Link("dpo", "dppa", "coordinates"))
    chart.add_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo")))
    chart.set_positions({"sg": (0.0, 0.0), "dppa": (-200.0, 150.0), "dpo": (200.0, 150.0)})
    return chart
