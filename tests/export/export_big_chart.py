"""A large synthetic chart for the export tests (its own module: tests never import conftest)."""

from __future__ import annotations

from orgeditor.model import Chart, Head, ReportingLine, Unit


def make_big_chart(departments: int = 4, per_department: int = 14) -> Chart:
    """A synthetic chart with enough units to be split into one slide a department."""
    chart = Chart(title="Large synthetic chart")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head(rank="SG")))
    for d in range(departments):
        dept = f"dept-{d}"
        chart.add_unit(
            Unit(
                dept,
                f"Department number {d}",
                "department",
                short=f"D{d}",
                head=Head(rank="USG"),
                reports_to=(ReportingLine("sg"),),
            )
        )
        for i in range(per_department):
            manager = dept if i < 4 else f"{dept}-div-{i % 4}"
            chart.add_unit(
                Unit(
                    f"{dept}-div-{i}",
                    f"Division {i} of department {d}",
                    "division",
                    reports_to=(ReportingLine(manager),),
                    posts=10 + i,
                )
            )
    return chart
