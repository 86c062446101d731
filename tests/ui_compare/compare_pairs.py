"""A small pair of charts with one change of every kind the compare view draws."""

from __future__ import annotations

from orgeditor.model import Chart, Group, Link, ReportingLine, Unit, build_chart

__all__ = ["chart_after", "chart_before"]


def _unit(uid: str, name: str, kind: str, *lines: tuple[str, str], **more: object) -> Unit:
    reports = tuple(ReportingLine(to, scope) for to, scope in lines)
    return Unit(uid, name, kind, reports_to=reports, **more)  # type: ignore[arg-type]


def chart_before() -> Chart:
    """A: SG, two departments, a division with a mission, a unit that goes, a group, a link."""
    return build_chart(
        title="Before",
        units=[
            _unit("sg", "Secretary-General", "office"),
            _unit("dppa", "Political Affairs", "department", ("sg", "all"), short="DPPA", posts=30),
            _unit("dpo", "Peace Operations", "department", ("sg", "all"), short="DPO", posts=40),
            _unit("div-x", "Division X", "division", ("dppa", "all"), posts=12),
            _unit("mission-m", "Mission M", "mission", ("div-x", "mission")),
            _unit("old-unit", "Old Unit", "unit", ("dpo", "all"), posts=5),
        ],
        links=[Link("dppa", "dpo", "informs")],
        groups=[Group("spg", "Principals", ("dppa", "dpo"))],
    )


def chart_after() -> Chart:
    """B: posts of DPPA changed, a division added, the mission moved to DPO, the old unit
    gone, the SG joins the group, the link dropped, and a stray office (a second root)."""
    return build_chart(
        title="After",
        units=[
            _unit("sg", "Secretary-General", "office"),
            _unit("dppa", "Political Affairs", "department", ("sg", "all"), short="DPPA", posts=25),
            _unit("dpo", "Peace Operations", "department", ("sg", "all"), short="DPO", posts=40),
            _unit("div-x", "Division X", "division", ("dppa", "all"), posts=12),
            _unit("div-new", "New Division", "division", ("dppa", "all"), posts=10),
            _unit("mission-m", "Mission M", "mission", ("dpo", "mission")),
            _unit("stray", "Stray Office", "office"),
        ],
        groups=[Group("spg", "Principals", ("dppa", "dpo", "sg"))],
    )
