"""PowerPoint decks look like the editor: card tiers, department bands, member dots and a
legend of the groups and split bands drawn."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from export_big_chart import make_big_chart
from pptx import Presentation

from orgeditor.model import Chart
from orgeditor.render import export_plan, export_pptx
from orgeditor.render.export_pptx import render_pptx
from orgeditor.render.export_pptx_geometry import flow_rows
from orgeditor.render.tiers import card_tiers


def label_sizes(path: Path) -> list[dict[str, float]]:
    """Per slide: unit id -> size (pt) of its card's first paragraph (the label)."""
    slides = []
    for slide in Presentation(str(path)).slides:
        sizes = {}
        for shape in slide.shapes:
            if shape.name.startswith("unit "):
                sizes[shape.name.removeprefix("unit ")] = shape.text_frame.paragraphs[0].runs[0].font.size.pt
        slides.append(sizes)
    return slides


def test_a_branch_deck_keeps_the_whole_chart_tiers(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans: list[export_plan.ExportPlan] = []
    original = export_plan.plan_export

    def record(*args: Any, **kwargs: Any) -> export_plan.ExportPlan:
        plans.append(original(*args, **kwargs))
        return plans[-1]

    monkeypatch.setattr(export_pptx, "plan_export", record)
    out = tmp_path / "dpo.pptx"
    assert render_pptx(pillar, out, unit="dpo")
    assert plans[0].tiers["dpo"] == 1  # not 0, as the branch's root
    sizes = next(s for s in label_sizes(out) if {"dpo", "orolsi"} <= s.keys())
    assert sizes["dpo"] > sizes["orolsi"]


def test_tiers_are_worked_out_once_a_deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counting(chart: Chart, unit_ids: Any = None) -> dict[str, int]:
        calls.append(len(chart))
        return card_tiers(chart, unit_ids)

    monkeypatch.setattr(export_pptx, "card_tiers", counting)
    monkeypatch.setattr(export_plan, "card_tiers", counting)
    chart = make_big_chart()
    out = tmp_path / "big.pptx"
    assert render_pptx(chart, out)
    assert len(Presentation(str(out)).slides) > 1
    assert calls == [len(chart)]


@pytest.mark.parametrize("which", ["pillar", "big"])
def test_no_label_is_larger_than_a_more_senior_one(pillar: Chart, tmp_path: Path, which: str) -> None:
    chart = pillar if which == "pillar" else make_big_chart()
    tiers = card_tiers(chart)
    out = tmp_path / "deck.pptx"
    assert render_pptx(chart, out)
    for number, sizes in enumerate(label_sizes(out)):
        for senior, senior_pt in sizes.items():
            for junior, junior_pt in sizes.items():
                if tiers[senior] < tiers[junior]:
                    assert senior_pt >= junior_pt, (number, senior, junior)


def test_the_legend_shows_groups_member_lines_and_split_bands(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    assert render_pptx(pillar, out)
    shapes = [shape for slide in Presentation(str(out)).slides for shape in slide.shapes]
    names = [shape.name for shape in shapes]
    texts = {shape.text_frame.text: shape for shape in shapes if shape.has_text_frame}
    for text in ("Standing Principals' Group", "group member", "DPPA", "DPO", "shared by DPPA and DPO"):
        assert text in texts, text
        assert all(run.font.size.pt >= 10 for p in texts[text].text_frame.paragraphs for run in p.runs)
    assert "legend group Standing Principals' Group" in names
    assert names.count("legend band shared by DPPA and DPO") % 2 == 0 < len(names)  # split samples


def test_a_branch_legend_leaves_out_what_it_does_not_draw(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "dpo.pptx"
    assert render_pptx(pillar, out, unit="dpo")
    slides = Presentation(str(out)).slides
    texts = [s.text_frame.text for slide in slides for s in slide.shapes if s.has_text_frame]
    assert "group member" not in texts and "Standing Principals' Group" not in texts
    for slide in slides:  # the shared ASGs come along, with their split band explained
        names = [shape.name for shape in slide.shapes]
        shared = any(n in names for n in ("unit asg-africa", "unit asg-middle-east"))
        assert ("legend band shared by DPPA and DPO" in names) == shared


def test_cards_carry_department_bands_split_when_shared(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    assert render_pptx(pillar, out)
    slides = [[shape.name for shape in slide.shapes] for slide in Presentation(str(out)).slides]
    for names in slides:
        assert names.count("band asg-africa") in (0, 2)  # under DPPA and DPO
        assert names.count("band dpo") <= 1
    assert any(names.count("band asg-africa") == 2 for names in slides)
    assert slides[0].count("band sg") == 1  # no department: the fallback colour


def test_member_connectors_end_in_a_dot(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    assert render_pptx(pillar, out)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("ppt/slides/slide1.xml").decode("utf-8")
    members = len(pillar.groups["spg"].members)
    assert xml.count('<a:tailEnd type="oval"') == members + 1  # and the legend's sample


def test_legend_entries_flow_into_rows() -> None:
    assert flow_rows([4, 4, 4, 9, 2], 10, 2) == [[0, 1], [2]]
    assert flow_rows([12, 1], 10, 3) == [[0], [1]]  # too wide for any row: a row of its own
    assert flow_rows([], 10, 3) == []
