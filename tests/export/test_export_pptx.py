"""PowerPoint export: native boxes and glued connectors, names as text, slides by department."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from export_big_chart import make_big_chart
from pptx import Presentation
from pptx.util import Emu

from orgeditor.io import load_chart
from orgeditor.model import Chart, ChartError, ReportingLine, Unit
from orgeditor.render.export_pptx import render_pptx

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def slide_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        names = sorted(
            (n for n in archive.namelist() if n.startswith("ppt/slides/slide") and n.endswith(".xml")),
            key=lambda n: int(n.removeprefix("ppt/slides/slide").removesuffix(".xml")),
        )
        return [archive.read(n).decode("utf-8") for n in names]


def title_of(slide: Any) -> str:
    return str(slide.shapes[0].text_frame.text)


def all_text(path: Path) -> str:
    prs = Presentation(str(path))
    return "\n".join(
        shape.text_frame.text for slide in prs.slides for shape in slide.shapes if shape.has_text_frame
    )


def unit_boxes(path: Path) -> list[dict[str, Any]]:
    """Per slide: unit id -> its box (context boxes, drawn for the chain of command, left out)."""
    slides = []
    for slide in Presentation(str(path)).slides:
        boxes = {}
        for shape in slide.shapes:
            if shape.name.startswith("unit ") and shape.line.dash_style is None:
                boxes[shape.name.removeprefix("unit ")] = shape
        slides.append(boxes)
    return slides


def test_every_unit_is_a_box_with_its_whole_name(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    assert render_pptx(pillar, out)
    shown: set[str] = set()
    for boxes in unit_boxes(out):
        for uid, box in boxes.items():
            assert box.text_frame.paragraphs[0].text == pillar.unit(uid).label
            assert pillar.unit(uid).name in box.text_frame.text
        shown |= boxes.keys()
    assert shown == set(pillar.units)
    text = all_text(out)
    assert "Peace and Security Pillar — test proposal" in text
    assert "pillar.yaml · " in text and "slide 1 of " in text
    assert "…" not in text


@pytest.mark.parametrize("which", ["pillar", "proposal", "implemented", "big"])
def test_no_text_under_10_pt(pillar: Chart, tmp_path: Path, which: str) -> None:
    chart = {
        "pillar": lambda: pillar,
        "proposal": lambda: load_chart(EXAMPLES / "proposal-2017.yaml"),
        "implemented": lambda: load_chart(EXAMPLES / "implemented-2019.yaml"),
        "big": make_big_chart,
    }[which]()
    out = tmp_path / "deck.pptx"
    assert render_pptx(chart, out)
    prs = Presentation(str(out))
    sizes = [
        run.font.size.pt
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
        if run.text.strip()
    ]
    assert sizes and min(sizes) >= 10.0
    shown = {uid for boxes in unit_boxes(out) for uid in boxes}
    assert shown == set(chart.units)


def test_an_overview_then_a_slide_a_department_and_shared_unit(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    out = tmp_path / "deck.pptx"
    assert render_pptx(chart, out)
    titles = [title_of(slide) for slide in Presentation(str(out)).slides]
    assert titles[0].endswith("— overview")
    for uid in ("dppa", "dpo", "dos", "asg-africa", "asg-middle-east-asia-pacific"):
        label = chart.unit(uid).label
        assert any(t == label or t.startswith(f"{label} (part ") for t in titles), uid
    first = unit_boxes(out)[0]
    assert {"sg", "dppa", "dpo", "dos"} <= first.keys()


def test_a_shared_unit_shows_both_its_managers(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    out = tmp_path / "deck.pptx"
    render_pptx(chart, out)
    prs = Presentation(str(out))
    label = chart.unit("asg-africa").label
    slide = next(s for s in prs.slides if title_of(s) == label)
    names = {shape.name for shape in slide.shapes}
    assert {"unit dppa", "unit dpo", "unit asg-africa"} <= names
    assert any(n.startswith("line asg-africa to dppa") for n in names)
    assert any(n.startswith("line asg-africa to dpo") for n in names)
    notes = slide.notes_slide.notes_text_frame.text
    assert "Africa I Division" in notes and "[chain of command]" in notes


def test_lines_are_connectors_glued_to_the_boxes(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    render_pptx(pillar, out)
    for xml, boxes in zip(slide_xml(out), unit_boxes(out), strict=True):
        lines = xml.count("<p:cxnSp>") - xml.count('name="legend ')
        assert xml.count("<a:stCxn ") >= lines - len(pillar.groups) * 8
        assert xml.count("<a:stCxn ") == xml.count("<a:endCxn ")
        assert len(boxes) <= 1 or 'prst="bentConnector' in xml or "straightConnector1" in xml
    text = "".join(slide_xml(out))
    assert '<a:prstDash val="dash"/>' in text and '<a:prstDash val="sysDot"/>' in text


def test_boxes_stay_on_the_slide(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "pillar.pptx"
    render_pptx(pillar, out, theme="print")
    prs = Presentation(str(out))
    width, height = prs.slide_width, prs.slide_height
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith(("unit ", "group ")):
                assert shape.left >= 0 and shape.left + shape.width <= width
                assert shape.top >= 0 and shape.top + shape.height <= height
                assert shape.width > Emu(0)


def test_branch_and_options(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "dpo.pptx"
    render_pptx(pillar, out, unit="dpo", show_posts=False)
    text = all_text(out)
    assert "Office of Military Affairs" in text
    assert "Peacebuilding Support Office" not in text
    shown = {uid for boxes in unit_boxes(out) for uid in boxes}
    assert {"asg-africa", "africa-ii", "minusma"} <= shown  # the shared ASGs and their missions
    assert " posts" not in text
    with pytest.raises(ChartError):
        render_pptx(pillar, tmp_path / "x.pptx", unit="nowhere")


def test_badges_for_findings(pillar: Chart, tmp_path: Path) -> None:
    class Finding:
        severity = "error"
        units = ("dppa",)

    out = tmp_path / "f.pptx"
    render_pptx(pillar, out, findings=[Finding()], show_badges=True)
    names = [s.name for slide in Presentation(str(out)).slides for s in slide.shapes]
    assert "finding error" in names
    render_pptx(pillar, out, findings=[Finding()])  # off unless asked for
    names = [s.name for slide in Presentation(str(out)).slides for s in slide.shapes]
    assert "finding error" not in names


def test_continued_cards_say_where(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    out = tmp_path / "deck.pptx"
    render_pptx(chart, out)
    prs = Presentation(str(out))
    notes = [s.name for s in prs.slides[0].shapes if s.name.startswith("note continued on slide")]
    assert notes
    titles = [title_of(slide) for slide in prs.slides]
    ranges = 0
    for note in notes:  # "… on slide 4" or, for a branch in parts, "… on slides 3–4"
        first, _, last = note.rsplit(" ", 1)[1].partition("–")
        numbers = range(int(first), int(last or first) + 1)
        ranges += len(numbers) > 1
        label = titles[numbers[0] - 1].split(" (part ")[0]
        assert all(1 < n <= len(titles) and titles[n - 1].startswith(label) for n in numbers)
    assert ranges  # DPPA and DPO take two slides each


def test_progress_can_cancel(pillar: Chart, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    out = tmp_path / "cancel.pptx"
    assert not render_pptx(pillar, out, progress=progress)
    assert not out.exists()
    assert calls[-1][0] == 3 and calls[-1][1] >= len(pillar)


def test_the_deck_declares_the_16_9_size_it_has(pillar: Chart, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    render_pptx(pillar, out)
    with zipfile.ZipFile(out) as deck:
        xml = deck.read("ppt/presentation.xml").decode("utf-8")
    size = re.search(r"<p:sldSz [^>]*>", xml)
    assert size is not None
    assert 'cx="12192000"' in size.group(0) and 'cy="6858000"' in size.group(0)
    assert "4x3" not in size.group(0)  # no 4:3 type declared over a 16:9 size


def test_a_small_chart_still_has_an_overview_and_a_slide_a_department(tmp_path: Path) -> None:
    chart = Chart(title="Small")
    chart.add_unit(Unit("top", "Head Office", "office"))
    for name in ("one", "two"):
        chart.add_unit(Unit(name, f"Department {name}", "department", reports_to=(ReportingLine("top"),)))
        chart.add_unit(
            Unit(f"{name}-d", f"Division of {name}", "division", reports_to=(ReportingLine(name),))
        )
    chart.add_unit(Unit("alone", "Department alone", "department"))  # a second root
    chart.add_unit(Unit("alone-d", "Division alone", "division", reports_to=(ReportingLine("alone"),)))
    out = tmp_path / "small.pptx"
    assert render_pptx(chart, out)
    titles = [title_of(slide) for slide in Presentation(str(out)).slides]
    assert titles[0] == "Small — overview"
    for label in ("Department one", "Department two", "Department alone"):
        assert label in titles, titles
