"""Charts for the layout tests: the 2017 proposal built in code, and random trees."""

from __future__ import annotations

import pytest

from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit


def _add(
    chart: Chart,
    uid: str,
    kind: str,
    to: str | list[tuple[str, str]] | None = None,
    *,
    short: str | None = None,
    rank: str | None = None,
    regions: tuple[str, ...] = (),
    presence: str | None = None,
) -> None:
    if to is None:
        lines: tuple[ReportingLine, ...] = ()
    elif isinstance(to, str):
        lines = (ReportingLine(to),)
    else:
        lines = tuple(ReportingLine(t, s) for t, s in to)
    head = Head(rank=rank) if rank else None
    chart.add_unit(
        Unit(
            uid,
            uid.upper(),
            kind,
            short=short,
            head=head,
            reports_to=lines,
            regions=regions,
            presence=presence,
        )
    )


def build_proposal() -> Chart:
    """The peace and security pillar as proposed in 2017 (about 60 units)."""
    chart = Chart(title="Proposal")
    _add(chart, "sg", "office", rank="SG")
    _add(chart, "eosg", "office", "sg", rank="USG")
    for uid in ("eosg-spu", "eosg-analysis", "eosg-planning"):
        _add(chart, uid, "unit", "eosg")
    _add(chart, "dppa", "department", "sg", rank="USG", short="DPPA")
    _add(chart, "dpo", "department", "sg", rank="USG", short="DPO")
    _add(chart, "pbso", "office", "dppa", rank="ASG", short="PBSO")
    for uid in ("pb-policy", "pbc-support", "pbf"):
        _add(chart, uid, "section", "pbso")
    for uid in ("pmd", "ead", "scad", "msu"):
        _add(chart, uid, "division", "dppa", rank="D-2")
    _add(chart, "orolsi", "office", "dpo", rank="ASG", short="OROLSI")
    for uid in ("jcs", "ssr", "ddr", "unmas", "police"):
        _add(chart, uid, "section", "orolsi")
    _add(chart, "oma", "office", "dpo", rank="ASG", short="OMA")
    _add(chart, "dpet", "division", "dpo", rank="D-2")
    regional = {
        "asg-africa": (("Africa",), ("africa-i", "africa-ii")),
        "asg-meap": (("Middle East", "Asia and the Pacific"), ("middle-east", "asia-pacific")),
        "asg-eca": (("Europe", "Central Asia", "Americas"), ("europe-ca", "americas")),
    }
    missions = {
        "africa-i": ["unowas", "unoca", "unsom", "unsmil"],
        "africa-ii": ["minusma", "monusco", "unmiss", "minusca", "unisfa", "unitams"],
        "middle-east": ["unifil", "undof", "untso", "unami", "unami-2"],
        "asia-pacific": ["unmogip", "unrcca"],
        "europe-ca": ["unmik", "unficyp"],
        "americas": ["minujusth", "unverm"],
    }
    for asg, (regions, divisions) in regional.items():
        _add(
            chart,
            asg,
            "office",
            [("dppa", "non-mission"), ("dpo", "mission")],
            rank="ASG",
            regions=regions,
        )
        for division in divisions:
            _add(chart, division, "division", asg, rank="D-2", regions=(regions[0],))
            for mission in missions[division]:
                _add(
                    chart,
                    mission,
                    "mission",
                    [(division, "mission")],
                    presence="peacekeeping",
                    regions=(regions[0],),
                )
    _add(chart, "hlab", "board", "sg")
    chart.add_group(Group("spg", "Standing Principals' Group", ("dppa", "dpo", "eosg")))
    chart.add_link(Link("pbf", "eosg", "functional"))
    chart.add_link(Link("hlab", "sg", "advises"))
    return chart


@pytest.fixture
def proposal() -> Chart:
    return build_proposal()
