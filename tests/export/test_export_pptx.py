"""PowerPoint export: native boxes and glued connectors, names as text, slides by department."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from export_big_chart import make_big_chart
from pptx import Presentation
from pptx.util import Emu

from orgeditor.model import Chart, ChartError
from orgeditor.render.export_pptx import SPLIT_THRESHOLD, render_pptx


def slide_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        names = sorted(
            (n for n in archive.namelist() if n.startswith("ppt/slides/slide") and n.endswith(".xml")),
            key=lambda n: int(n.removeprefix("ppt/slides/slide").removesuffix(".xml")),
        )
        return [archive.read(n).decode("utf-8") for n in names]


def all_text(path: Path) -> str:
    prs = Presentation(str(path))
    return "\n".join(
        shape.text_frame.text for slide in prs.slides for shape in slide.shapes if shape.has_text_frame
    )


def test_every_unit_is_a_box_with_its_name(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    assert render_pptx(pillar, out)
    prs = Presentation(str(out))
    assert len(prs.slides) == 1
    text = all_text(out)
    xml = slide_xml(out)[0]
    for unit in pillar:
        assert unit.name in text.splitlines(), unit.id
        assert f"<a:t>{unit.name}</a:t>" in xml.replace("&quot;", '"'), unit.id
    assert "Peace and Security Pillar — test proposal" in text
    assert "pillar.yaml · " in text
    names = [shape.name for shape in prs.slides[0].shapes]
    assert sum(n.startswith("unit ") for n in names) == len(pillar)


def test_lines_are_connectors_glued_to_the_boxes(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    render_pptx(pillar, out)
    xml = slide_xml(out)[0]
    lines = sum(len(u.reports_to) for u in pillar)
    assert xml.count("<p:cxnSp>") >= lines + len(pillar.links)
    assert xml.count("<a:stCxn ") >= lines and xml.count("<a:endCxn ") >= lines
    assert 'prst="bentConnector' in xml
    assert '<a:prstDash val="dash"/>' in xml and '<a:prstDash val="sysDot"/>' in xml
    assert '<a:tailEnd type="triangle"' in xml  # links have arrows
    assert "reporting: mission" in all_text(out)


def test_boxes_stay_on_the_slide(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    render_pptx(pillar, out, theme="print")
    prs = Presentation(str(out))
    width, height = prs.slide_width, prs.slide_height
    for shape in prs.slides[0].shapes:
        if shape.name.startswith(("unit ", "group ")):
            assert shape.left >= 0 and shape.left + shape.width <= width
            assert shape.top >= 0 and shape.top + shape.height <= height
            assert shape.width > Emu(0)


def test_branch_and_options(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "dpo.pptx"
    render_pptx(pillar, out, unit="dpo", show_posts=False)
    text = all_text(out)
    assert "Office of Military Affairs" in text
    assert "DPPA" not in text and "Peacebuilding" not in text
    assert "posts" not in text
    with pytest.raises(ChartError):
        render_pptx(pillar, tmp_path / "x.pptx", unit="nowhere")


def test_badges_for_findings(pillar: Chart, tmp_path: Path) -> None:
    class Finding:
        severity = "error"
        units = ("dppa",)

    out = tmp_path / "f.pptx"
    render_pptx(pillar, out, findings=[Finding()], show_badges=True)
    names = [s.name for s in Presentation(str(out)).slides[0].shapes]
    assert "finding error" in names
    render_pptx(pillar, out, findings=[Finding()])  # off unless asked for
    names = [s.name for s in Presentation(str(out)).slides[0].shapes]
    assert "finding error" not in names


def test_large_charts_get_a_slide_a_department(tmp_path: Path) -> None:
    chart = make_big_chart()
    assert len(chart) > SPLIT_THRESHOLD
    out = tmp_path / "big.pptx"
    assert render_pptx(chart, out)
    prs = Presentation(str(out))
    assert len(prs.slides) == 1 + 4
    assert "Division 13 of department 3" in all_text(out)


def test_progress_can_cancel(pillar: Chart, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    out = tmp_path / "cancel.pptx"
    assert not render_pptx(pillar, out, progress=progress)
    assert not out.exists()
    assert calls[-1] == (3, len(pillar))


def test_the_deck_declares_the_16_9_size_it_has(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    render_pptx(pillar, out)
    with zipfile.ZipFile(out) as deck:
        xml = deck.read("ppt/presentation.xml").decode("utf-8")
    size = re.search(r"<p:sldSz [^>]*>", xml)
    assert size is not None
    assert 'cx="12192000"' in size.group(0) and 'cy="6858000"' in size.group(0)
    assert "4x3" not in size.group(0)  # no 4:3 type declared over a 16:9 size
