"""Charts shared by the export tests: a small pillar and a large synthetic chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.io import loads_chart
from orgeditor.model import Chart

PILLAR = """\
orgchart: 1
title: Peace and Security Pillar — test proposal
regions: [Africa, Middle East, Asia and the Pacific, Europe, Americas]
units:
  sg:
    name: Secretary-General
    kind: office
    head: {title: Secretary-General, rank: SG}
  eosg:
    name: Executive Office of the Secretary-General
    short: EOSG
    kind: office
    reports_to: sg
  dppa:
    name: Department of Political and Peacebuilding Affairs
    short: DPPA
    kind: department
    head: {title: Under-Secretary-General for Political and Peacebuilding Affairs, rank: USG, gender: female}
    reports_to: sg
    functions: [good-offices, security-council-support]
    posts: 120
  dpo:
    name: Department of Peace Operations
    short: DPO
    kind: department
    head: {title: Under-Secretary-General for Peace Operations, rank: USG}
    reports_to: sg
    posts: 300
  pbso:
    name: Peacebuilding Support Office
    short: PBSO
    kind: office
    head: {title: Assistant Secretary-General for Peacebuilding Support, rank: ASG}
    reports_to: dppa
  pbf:
    name: Peacebuilding Fund
    kind: fund
    reports_to: pbso
  ead:
    name: Electoral Assistance Division
    kind: division
    reports_to: dppa
  orolsi:
    name: Office of Rule of Law and Security Institutions
    short: OROLSI
    kind: office
    head: {title: Assistant Secretary-General for Rule of Law, rank: ASG}
    reports_to: dpo
  oma:
    name: Office of Military Affairs
    short: OMA
    kind: office
    reports_to: dpo
  police:
    name: Police Division
    kind: division
    reports_to: dpo
  asg-africa:
    name: Office of the Assistant Secretary-General for Africa
    short: ASG Africa
    kind: office
    head: {title: Assistant Secretary-General for Africa, rank: ASG}
    regions: [Africa]
    reports_to:
      - {to: dppa, scope: non-mission}
      - {to: dpo, scope: mission}
  asg-mena:
    name: Office of the Assistant Secretary-General for the Middle East and Asia
    short: ASG MEAP
    kind: office
    regions: [Middle East, Asia and the Pacific]
    reports_to:
      - {to: dppa, scope: non-mission}
      - {to: dpo, scope: mission}
  africa-ii:
    name: Africa II Division
    kind: division
    regions: [Africa]
    reports_to: asg-africa
  minusma:
    name: UN Multidimensional Integrated Stabilization Mission in Mali
    short: MINUSMA
    kind: mission
    presence: peacekeeping
    regions: [Africa]
    reports_to: {to: africa-ii, scope: mission}
  hlab-mediation:
    name: High-Level Advisory Board on Mediation
    kind: board
    reports_to: sg
links:
  - {from: pbf, to: eosg, kind: functional}
  - {from: hlab-mediation, to: sg, kind: advises}
groups:
  spg:
    name: Standing Principals' Group
    members: [dppa, dpo, eosg]
"""


@pytest.fixture
def pillar(tmp_path: Path) -> Chart:
    """The small pillar chart, as if loaded from ``pillar.yaml``."""
    path = tmp_path / "pillar.yaml"
    path.write_text(PILLAR, encoding="utf-8")
    chart = loads_chart(PILLAR, filename=str(path))
    chart.path = path
    return chart


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """pytest-qt's QApplication exists before an export makes a QGuiApplication of its own,
    whichever test runs first (a QGuiApplication would break later widget tests)."""
