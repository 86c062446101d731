"""SVG/PDF/PNG exports draw as the editor does: card tiers, the full legend, member dots and
link labels where the plan puts them, reporting lines without labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from orgeditor.model import Chart
from orgeditor.render import export_qt
from orgeditor.render.export import export_chart
from orgeditor.render.export_plan import plan_export
from orgeditor.render.export_qt import Page
from orgeditor.render.theme import get_theme

SVG = "{http://www.w3.org/2000/svg}"


def text_sizes(path: Path, text: str) -> list[float]:
    """The font sizes of the SVG's ``<text>`` elements reading *text*."""
    root = ET.parse(path).getroot()
    return [float(t.get("font-size", "0")) for t in root.iter(SVG + "text") if "".join(t.itertext()) == text]


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(t.itertext()) for t in root.iter(SVG + "text"))


class Calls:
    """Records the calls of one drawing function, then calls it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        original = getattr(export_qt, name)

        def record(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((args, kwargs))
            return original(*args, **kwargs)

        monkeypatch.setattr(export_qt, name, record)


def test_a_branch_top_keeps_its_tier_in_the_whole_chart(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = Calls(monkeypatch, "draw_card")
    assert export_chart(pillar, tmp_path / "dpo.svg", unit="dpo")
    tiers = {args[2].id: kwargs["tier"] for args, kwargs in cards.calls}
    assert {u: tiers[u] for u in ("dpo", "orolsi", "oma", "police")} == {
        "dpo": 1,
        "orolsi": 2,
        "oma": 2,
        "police": 2,
    }
    assert tiers["asg-africa"] == 2  # the shared ASGs come along, at their whole-chart tier


def test_a_branch_top_is_as_large_as_in_the_whole_chart(pillar: Chart, tmp_path: Path) -> None:
    assert export_chart(pillar, tmp_path / "all.svg")
    assert export_chart(pillar, tmp_path / "dpo.svg", unit="dpo")
    whole, branch = max(text_sizes(tmp_path / "all.svg", "DPO")), max(text_sizes(tmp_path / "dpo.svg", "DPO"))
    assert whole == branch
    assert branch > max(text_sizes(tmp_path / "dpo.svg", "OROLSI"))  # its reports read smaller
    assert max(text_sizes(tmp_path / "all.svg", "MINUSMA")) < whole  # a mission smaller still


def test_the_legend_lists_groups_member_line_and_split_bands(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.svg"
    assert export_chart(pillar, out)
    text = svg_text(out)
    assert "Groups" in text and "Standing Principals' Group" in text and "group member" in text
    assert "shared by DPPA and DPO" in text  # ASG Africa reports to both


def test_the_legend_flows_no_taller_than_a_short_chart(pillar: Chart) -> None:
    plan = plan_export(pillar, unit="dpo")
    page = Page(plan, get_theme("screen"))
    assert page.legend_args["groups"] == []
    assert page.legend_args["max_height"] >= plan.bounds[3]


def test_links_are_labelled_at_the_plan_spots_and_lines_not_at_all(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = Calls(monkeypatch, "draw_link")
    lines = Calls(monkeypatch, "draw_reporting_line")
    plan = plan_export(pillar)
    export_qt.render_svg(plan, get_theme("screen"), tmp_path / "pillar.svg")
    spots = [kwargs.get("label_point") for _, kwargs in links.calls]
    assert spots == [plan.label_points[key] for key in plan.link_routes]
    assert lines.calls and all(
        "label_point" not in kwargs and "label_at" not in kwargs for _, kwargs in lines.calls
    )


def test_member_lines_dot_the_member_end(
    pillar: Chart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = Calls(monkeypatch, "draw_member_line")
    plan = plan_export(pillar)
    export_qt.render_svg(plan, get_theme("screen"), tmp_path / "pillar.svg")
    assert len(members.calls) == len(pillar.groups["spg"].members)
    for args, kwargs in members.calls:
        assert kwargs["member_end"] == "first"
        x, y = args[1][0]
        assert any(
            r[0] - 0.5 <= x <= r[0] + r[2] + 0.5 and r[1] - 0.5 <= y <= r[1] + r[3] + 0.5
            for r in map(plan.card_rect, pillar.groups["spg"].members)
        ), (x, y)
