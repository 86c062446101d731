"""Charts with merge conflicts made by a real three-way merge (``orgeditor.merge``)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from orgeditor.io import loads_chart
from orgeditor.merge import merge_charts
from orgeditor.model import Chart

BASE = """\
orgchart: 1
title: Pillar
regions: [africa, asia]
units:
  sg: {name: Secretary-General, kind: office}
  dppa: {name: Department of Political Affairs, short: DPPA, kind: department, reports_to: sg}
  dpo: {name: Department of Peace Operations, short: DPO, kind: department, reports_to: sg}
  asg-africa:
    name: Office of the ASG for Africa
    kind: office
    reports_to: dppa
    posts: 5
  minusma: {name: MINUSMA, kind: mission, presence: peacekeeping, reports_to: asg-africa}
  unowas: {name: UNOWAS, kind: mission, presence: special-political-mission, reports_to: asg-africa}
  unoca: {name: UNOCA, kind: mission, presence: special-political-mission, reports_to: asg-africa}
links:
  - {from: dppa, to: dpo, kind: coordinates}
groups:
  shared: {name: Shared pillar, members: [dppa, dpo]}
"""


def _edit(text: str, *changes: tuple[str, str]) -> str:
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    return text


OURS = _edit(
    BASE,
    ("title: Pillar\n", "title: Peace and security pillar\n"),
    ("    reports_to: dppa\n    posts: 5\n", "    reports_to: dpo\n    posts: 7\n"),
    ("  minusma: {name: MINUSMA,", "  minusma: {name: MINUSMA (ours),"),
    (
        "{from: dppa, to: dpo, kind: coordinates}",
        "{from: dppa, to: dpo, kind: coordinates}\n  - {from: dpo, to: dppa, kind: coordinates}",
    ),
    ("  shared: {name: Shared pillar,", "  shared: {name: Joint pillar,"),
    (
        "  unowas: {name: UNOWAS, kind: mission, presence: special-political-mission,"
        " reports_to: asg-africa}\n",
        "",
    ),
    ("  unoca: {", "  unoca-office: {"),
)
THEIRS = _edit(
    BASE,
    ("title: Pillar\n", "title: The pillar\n"),
    (
        "    reports_to: dppa\n    posts: 5\n",
        "    reports_to: [{to: dppa, scope: non-mission}, {to: dpo, scope: mission}]\n    posts: 9\n"
        "    regions: [africa]\n",
    ),
    ("  minusma: {name: MINUSMA, kind: mission, presence: peacekeeping, reports_to: asg-africa}\n", ""),
    ("  shared: {name: Shared pillar,", "  shared: {name: Common pillar,"),
    ("{from: dppa, to: dpo, kind: coordinates}", "{from: dppa, to: dpo, kind: supports}"),
    ("  unowas: {name: UNOWAS, kind: mission,", "  unowas: {name: UNOWAS (theirs), kind: mission,"),
    ("  unoca: {", "  unoca-mission: {"),
    ("groups:", "  - {from: dpo, to: unowas, kind: supports}\ngroups:"),
)


def merged() -> Chart:
    """OURS merged with THEIRS: conflicts on units, a unit's fields and id, links, a group and the title."""
    result = merge_charts(loads_chart(BASE), loads_chart(OURS), loads_chart(THEIRS))
    return result.chart


@pytest.fixture
def chart() -> Chart:
    return merged()
