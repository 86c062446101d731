"""SVG, PDF and PNG export: names as real text, branch only, scale, page choice, cancel."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from orgeditor.model import Chart
from orgeditor.render.export import export_chart, preview_image
from orgeditor.render.export_plan import plan_export
from orgeditor.render.export_qt import Page
from orgeditor.render.theme import get_theme

SVG = "{http://www.w3.org/2000/svg}"


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(t.itertext()) for t in root.iter(SVG + "text"))


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return done.stdout


def shown(unit_name: str, text: str) -> bool:
    """Every card carries its unit's whole name, wrapped onto lines (a word too long for a
    line cut after a hyphen), and nothing else between them."""
    return unit_name in re.sub(r"-\s+", "-", " ".join(text.split()))


def test_svg_has_every_name_as_text(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.svg"
    assert export_chart(pillar, out)
    text = svg_text(out)
    for unit in pillar:
        assert shown(unit.name, text), unit.id
    assert "Peace and Security Pillar — test proposal" in text
    assert "pillar.yaml" in text and "Reporting lines" in text
    root = ET.parse(out).getroot()
    assert root.get("viewBox", "").startswith("0 0 ")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_pdf_text_is_selectable(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pdf"
    assert export_chart(pillar, out, theme="print")
    text = pdf_text(out)
    for unit in pillar:
        assert shown(unit.name, text), unit.id
    assert "mission" in text and "non-mission" in text


def test_branch_holds_the_branch_only(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "dpo.svg"
    export_chart(pillar, out, unit="dpo")
    text = svg_text(out)
    for unit_id in pillar.subtree("dpo"):
        assert shown(pillar.unit(unit_id).name, text)
    for unit_id in pillar.subtree("dppa"):  # DPPA's own units (the shared ASGs come along)
        assert pillar.unit(unit_id).name not in text
        if unit_id != "dppa":  # the legend names DPPA: the shared units' bands are its colour too
            assert (pillar.unit(unit_id).short or "\0") not in text
        assert " ".join(pillar.unit(unit_id).name.split()[:3]) not in text
    for unit_id in ("asg-africa", "africa-ii", "minusma"):
        assert shown(pillar.unit(unit_id).name, text)
    assert "shared by DPPA and DPO" in text and "Standing Principals" not in text


def test_png_scale_multiplies_the_pixels(pillar: Chart, tmp_path: Path) -> None:
    export_chart(pillar, tmp_path / "one.png")
    export_chart(pillar, tmp_path / "three.png", scale=3)
    one, three = QImage(str(tmp_path / "one.png")), QImage(str(tmp_path / "three.png"))
    assert one.width() > 500
    assert (three.width(), three.height()) == (3 * one.width(), 3 * one.height())


def test_posts_and_badges_can_be_hidden(pillar: Chart, tmp_path: Path) -> None:
    class Finding:
        severity = "warning"
        units = ("dpo",)

    out = tmp_path / "a.svg"
    export_chart(pillar, out, findings=[Finding()], show_badges=True)
    assert "120 posts" in svg_text(out) and "Findings" in svg_text(out)
    export_chart(pillar, out, findings=[Finding()], show_posts=False)  # badges off unless asked for
    assert "posts" not in svg_text(out) and "Findings" not in svg_text(out)


def test_cancel_writes_nothing(pillar: Chart, tmp_path: Path) -> None:
    for fmt in ("svg", "pdf", "png", "pptx"):
        out = tmp_path / f"c.{fmt}"
        assert not export_chart(pillar, out, progress=lambda done, total: done < 2)
        assert not out.exists()
    assert not list(tmp_path.glob("c.*")) and not list(tmp_path.glob(".*"))


def test_preview_fits_the_box(pillar: Chart) -> None:
    image = preview_image(pillar, max_width=600, max_height=400)
    assert 0 < image.width() <= 600 and 0 < image.height() <= 400
    small = preview_image(pillar, unit="pbso", max_width=5000, max_height=5000)
    page = Page(plan_export(pillar, unit="pbso"), get_theme("screen"))
    assert (small.width(), small.height()) == (page.size.width(), page.size.height())
