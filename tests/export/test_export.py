"""export_chart: every format through one call, branch for the interop formats too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.io.csv_format import load_csv
from orgeditor.model import Chart, ChartError
from orgeditor.render.export import FORMATS, export_chart, format_for_path


def test_format_from_suffix() -> None:
    assert format_for_path("a/chart.PDF") == "pdf"
    assert format_for_path("chart.yml") == "yaml"
    assert format_for_path("chart.gv") == "dot"
    assert format_for_path("chart.txt") is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_file(pillar: Chart, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    seen: list[tuple[int, int]] = []
    assert export_chart(pillar, out, progress=lambda d, t: seen.append((d, t)) or True)
    assert out.stat().st_size > 200
    if fmt != "yaml":
        assert seen and seen[-1][0] == seen[-1][1]


def test_graphml_has_a_node_a_unit(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "chart.graphml"
    export_chart(pillar, out)
    nodes = ET.parse(out).getroot().iter("{http://graphml.graphdrawing.org/xmlns}node")
    # a node a unit, and one a group (yEd draws its member lines from it)
    assert sorted(n.get("id") or "" for n in nodes) == sorted([*pillar.units, *pillar.groups])


def test_csv_round_trip_keeps_the_ids(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "chart.csv"
    export_chart(pillar, out)
    again = load_csv(out)
    assert list(again.units) == list(pillar.units)
    assert [u.reports_to for u in again] == [u.reports_to for u in pillar]


def test_branch_in_interop_formats(pillar: Chart, tmp_path: Path) -> None:
    export_chart(pillar, tmp_path / "dpo.yaml", unit="dpo")
    branch = load_chart(tmp_path / "dpo.yaml")
    # the units shared with DPPA come along, with their branches (chains for any scope)
    assert set(branch.units) == {
        "dpo",
        "orolsi",
        "oma",
        "police",
        "asg-africa",
        "asg-mena",
        "africa-ii",
        "minusma",
    }
    assert branch.roots() == ["dpo"]
    export_chart(pillar, tmp_path / "dpo.dot", unit="dpo")
    assert '"dppa"' not in (tmp_path / "dpo.dot").read_text(encoding="utf-8")


def test_bad_requests(pillar: Chart, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_chart(pillar, tmp_path / "x.txt")
    with pytest.raises(ValueError, match="unknown theme"):
        export_chart(pillar, tmp_path / "x.svg", theme="neon")
    with pytest.raises(ValueError, match="scale"):
        export_chart(pillar, tmp_path / "x.png", scale=0)
    with pytest.raises(ChartError):
        export_chart(pillar, tmp_path / "x.csv", unit="nowhere")
    with pytest.raises(OSError):
        export_chart(pillar, tmp_path / "missing-dir" / "x.dot")
