"""``orgeditor export FILE -o OUT.yaml --with-layout`` (SPEC §6.5): a frozen layout that later
edits, laid out again, leave where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.io import load_chart, save_chart
from orgeditor.model import ReportingLine, Unit

EXAMPLES = Path(__file__).parents[2] / "examples"


def freeze(source: Path, out: Path) -> dict[str, tuple[float, float]]:
    assert main(["export", str(source), "-o", str(out), "--with-layout"]) == 0
    return dict(load_chart(out).layout.positions)


@pytest.mark.parametrize("name", ["proposal-2017", "implemented-2019", "variant-four-asgs"])
def test_every_card_gets_its_computed_centre(name: str, tmp_path: Path) -> None:
    source = EXAMPLES / f"{name}.yaml"
    positions = freeze(source, tmp_path / "frozen.yaml")
    chart = load_chart(source)
    assert set(positions) == set(chart.units)
    # peers that are branches share a row: the departments and the regional ASGs
    assert positions["dppa"][1] == positions["dpo"][1]
    asgs = [u for u in chart.units if {ln.to for ln in chart.unit(u).reports_to} == {"dppa", "dpo"}]
    assert len({positions[a][1] for a in asgs}) == 1
    # frozen again, nothing changes
    assert freeze(tmp_path / "frozen.yaml", tmp_path / "again.yaml") == positions


def test_adding_a_mission_or_renaming_moves_no_other_card(tmp_path: Path) -> None:
    frozen = tmp_path / "frozen.yaml"
    positions = freeze(EXAMPLES / "proposal-2017.yaml", frozen)
    chart = load_chart(frozen)
    chart.add_unit(
        Unit(
            "new-mission",
            "A new mission",
            "mission",
            reports_to=(ReportingLine("africa-i-division", "mission"),),
        )
    )
    chart.update_unit(chart.unit("dpo").with_changes(name="Department of Peace Operations (renamed)"))
    edited = tmp_path / "edited.yaml"
    save_chart(chart, edited, keep_backup=False)
    after = freeze(edited, tmp_path / "after.yaml")
    assert {u: p for u, p in after.items() if u != "new-mission"} == positions
    assert after["new-mission"][1] > positions["africa-i-division"][1]


def test_the_unfrozen_chart_also_keeps_its_picture_when_renamed(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    chart.update_unit(chart.unit("pbso").with_changes(name="A peacebuilding office with a much longer name"))
    edited = tmp_path / "renamed.yaml"
    save_chart(chart, edited, keep_backup=False)
    assert freeze(edited, tmp_path / "a.yaml") == freeze(EXAMPLES / "proposal-2017.yaml", tmp_path / "b.yaml")


def test_with_layout_needs_a_chart_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.svg"
    assert main(["export", str(EXAMPLES / "proposal-2017.yaml"), "-o", str(out), "--with-layout"]) == 2
    assert "--with-layout" in capsys.readouterr().err
    assert not out.exists()
