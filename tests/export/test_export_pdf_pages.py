"""Print PDFs: paper sizes, no word under 7 pt, every unit on a page, pages that refer to each other."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_big_chart import make_big_chart
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.render.export import export_chart
from orgeditor.render.pages import paginate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: Page sizes in points, portrait.
PAPER = {"a4": (595, 842), "a3": (842, 1191), "letter": (612, 792), "legal": (612, 1008)}


def poppler(*args: str) -> str:
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} (poppler-utils) is not installed")
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def words(path: Path) -> list[tuple[str, float]]:
    """Every word of the PDF with the height of its box (pt: about 1.15 times its size)."""
    html = poppler("pdftotext", "-bbox", str(path), "-")
    found = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html
    )
    return [(text, float(y2) - float(y1)) for y1, y2, text in found]


def flat(text: str) -> str:
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@pytest.mark.parametrize(("example", "page"), [("proposal-2017", "a4"), ("implemented-2019", "letter")])
def test_print_pages_hold_every_unit_legibly(tmp_path: Path, example: str, page: str) -> None:
    chart = load_chart(EXAMPLES / f"{example}.yaml")
    out = tmp_path / "chart.pdf"
    assert export_chart(chart, out, page=page)
    info = poppler("pdfinfo", str(out))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size is not None
    assert sorted(round(float(v)) for v in size.groups()) == sorted(PAPER[page])
    assert float(size.group(1)) > float(size.group(2))  # landscape unless asked
    assert pages > 1
    smallest = min(height for _, height in words(out))
    assert smallest >= 7.0  # a 7 pt word has a box about 8 pt tall
    text = flat(poppler("pdftotext", "-raw", str(out), "-"))  # in the order drawn
    for unit in chart:
        assert flat(unit.name) in text, unit.id
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    for first, last in re.findall(r"continued on pages? (\d+)(?:–(\d+))?", text):
        assert 1 < int(first) <= int(last or first) <= pages


def test_portrait_and_a_branch(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    out = tmp_path / "dpo.pdf"
    assert export_chart(chart, out, page="a3", orientation="portrait", unit="dpo")
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", poppler("pdfinfo", str(out)))
    assert size is not None and float(size.group(1)) < float(size.group(2))
    text = flat(poppler("pdftotext", "-raw", str(out), "-"))
    for uid in ("asg-africa", "africa-ii-division", "minusma", "orolsi"):
        assert flat(chart.unit(uid).name) in text, uid
    assert "Peacebuilding Support Office" not in text


def test_fit_is_one_page_and_names_read_once(tmp_path: Path) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    out = tmp_path / "fit.pdf"
    assert export_chart(chart, out)
    assert "Pages:           1" in poppler("pdfinfo", str(out))
    assert min(height for _, height in words(out)) >= 7.0
    text = flat(poppler("pdftotext", "-raw", str(out), "-"))
    assert text.count("United Nations Mission in South Sudan") == 1


def test_a_big_chart_pages_quickly_enough(tmp_path: Path) -> None:
    out = tmp_path / "big.pdf"
    assert export_chart(make_big_chart(), out, page="a4")
    assert out.stat().st_size > 0


@st.composite
def forests(draw: st.DrawFn) -> Chart:
    chart = Chart(title="T")
    count = draw(st.integers(1, 30))
    for index in range(count):
        managers = draw(st.lists(st.integers(0, max(0, index - 1)), max_size=2, unique=True)) if index else []
        lines = tuple(ReportingLine(f"u{m}") for m in managers)
        chart.add_unit(Unit(f"u{index}", f"Unit {index}", "office", reports_to=lines))
    return chart


@settings(max_examples=60, deadline=None)
@given(forests(), st.integers(2, 8))
def test_every_unit_has_a_page_and_every_reference_holds(chart: Chart, room: int) -> None:
    pages = paginate(chart, lambda shown, context: len(shown) + len(context) <= room)
    placed = {uid for page in pages for uid in page.units if uid not in page.context}
    assert placed == set(chart.units)
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    for page in pages:
        for uid, number in page.continued.items():
            target = pages[number - 1]
            assert target.root == uid
            shown = {u for p in pages if p.root == uid for u in p.units}
            if uid in chart.roots():  # a root's page holds what the overview leaves out
                shown |= set(pages[0].units)
            assert set(chart.direct_reports(uid)) <= shown


def test_long_texts_are_never_cut(tmp_path: Path) -> None:
    """A card grows to hold any name and head title whole: no "…" in a picture."""
    from orgeditor.model import Head  # noqa: PLC0415

    chart = Chart(title="Long names")
    name = " ".join(["Extraordinarily long-winded designation"] * 8)
    head = Head(title="Special Representative " * 6, rank="ASG", name="Somebody With A Long Name")
    chart.add_unit(Unit("root", name, "office", head=head, posts=12))
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
    chart.add_unit(Unit("word", word, "unit", reports_to=(ReportingLine("root"),)))
    for fmt in ("svg", "pdf", "pptx"):
        out = tmp_path / f"long.{fmt}"
        assert export_chart(chart, out, page="a4" if fmt == "pdf" else "fit")
    svg = (tmp_path / "long.svg").read_text(encoding="utf-8")
    assert "…" not in svg and "12 posts" in svg
    text = flat(poppler("pdftotext", "-raw", str(tmp_path / "long.pdf"), "-"))
    assert flat(name) in text and flat(word) in text.replace(" ", "")  # (a page's heading may be cut)


def test_the_command_line_takes_a_page(tmp_path: Path) -> None:
    from orgeditor.cli import main  # noqa: PLC0415

    out = tmp_path / "p.pdf"
    chart = str(EXAMPLES / "proposal-2017.yaml")
    assert main(["export", chart, "-o", str(out), "--page", "legal", "--portrait"]) == 0
    assert "612 x 1008 pts" in poppler("pdfinfo", str(out))
    for wrong in (["--page", "b5"], ["--portrait", "--landscape"]):
        with pytest.raises(SystemExit) as stop:
            main(["export", chart, "-o", str(out), *wrong])
        assert stop.value.code == 2


@pytest.mark.parametrize("page", ["a4", "a3", "legal"])
def test_no_page_repeats_the_units_of_another(tmp_path: Path, page: str) -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    out = tmp_path / "chart.pdf"
    assert export_chart(chart, out, page=page)
    text = flat(poppler("pdftotext", "-raw", str(out), "-"))
    heads = " ".join(u.head.title or "" for u in chart if u.head is not None)
    for unit in chart:  # a leaf with one manager is drawn once, on its manager's page
        if not chart.direct_reports(unit.id) and len({line.to for line in unit.reports_to}) == 1:
            also = heads.count(unit.name)  # its name in a head's title ("USG, Office of …")
            assert text.count(flat(unit.name)) == 1 + also, unit.id


def test_a_unit_of_three_managers_has_a_page_below_all_three() -> None:
    chart = Chart(title="T")
    chart.add_unit(Unit("top", "Top", "office"))
    for name in ("a", "b", "c"):
        chart.add_unit(Unit(name, name.upper(), "department", reports_to=(ReportingLine("top"),)))
    lines = tuple(ReportingLine(m) for m in ("a", "b", "c"))
    chart.add_unit(Unit("cell", "Joint cell", "unit", reports_to=lines))
    pages = paginate(chart, lambda shown, context: len(shown) + len(context) <= 6)
    own = [page for page in pages if page.root == "cell"]
    assert len(own) == 1 and set(own[0].context) == {"a", "b", "c"}


def test_group_names_and_short_names_are_never_cut(tmp_path: Path) -> None:
    from orgeditor.model import Group  # noqa: PLC0415

    chart = Chart(title="Names")
    chart.add_unit(
        Unit("root", "Head Office", "office", short="Office of the Special Representative", posts=120)
    )
    chart.add_unit(Unit("a", "A unit", "unit", short="AU", posts=3, reports_to=(ReportingLine("root"),)))
    chart.add_unit(Unit("b", "B unit", "unit", short="BU", reports_to=(ReportingLine("root"),)))
    name = "Group of Six Coordinating Committee on Strategic Planning and Oversight of Field Operations"
    chart.add_group(Group("g", name, ("a", "b")))
    out = tmp_path / "names.svg"
    assert export_chart(chart, out)
    svg = out.read_text(encoding="utf-8")
    assert "…" not in svg and "120 posts" in svg and name in svg  # whole in the legend


def smallest_word(path: Path) -> float:
    return min(height for _, height in words(path))


def test_many_separate_trees_and_a_frozen_layout_stay_legible(tmp_path: Path) -> None:
    loose = Chart(title="Loose")
    for index in range(40):
        loose.add_unit(Unit(f"u{index}", f"Separate unit number {index}", "office"))
    out = tmp_path / "loose.pdf"
    assert export_chart(loose, out, page="a4")
    assert smallest_word(out) >= 7.0
    text = flat(poppler("pdftotext", "-raw", str(out), "-"))
    assert all(flat(unit.name) in text for unit in loose) and "overview (part 1 of" in text
    from orgeditor.layout.freeze import freeze_layout  # noqa: PLC0415

    frozen = load_chart(EXAMPLES / "proposal-2017.yaml")
    freeze_layout(frozen)  # positions for the screen's cards: pages lay out afresh
    out = tmp_path / "frozen.pdf"
    assert export_chart(frozen, out, page="a4")
    assert smallest_word(out) >= 7.0
    assert "Pages:           16" in poppler("pdfinfo", str(out))


def test_lines_that_go_round_repeat_no_page() -> None:
    chart = Chart(title="Loop")
    loop = (("a", "c"), ("b", "a"), ("c", "b"), ("d", "a"), ("e", "d"), ("f", "d"))
    for uid, _ in loop:
        chart.add_unit(Unit(uid, uid.upper(), "office"))
    for uid, manager in loop:
        chart.update_unit(chart.unit(uid).with_changes(reports_to=(ReportingLine(manager),)))
    chart.add_unit(Unit("g", "G", "office", reports_to=(ReportingLine("g"), ReportingLine("a"))))
    pages = paginate(chart, lambda shown, context: len(shown) + len(context) <= 3)
    seen = [frozenset(page.units) for page in pages]
    assert len(seen) == len(set(seen))  # no page repeats another
    assert not [page for page in pages if page.root == "g" and page.context]  # itself is no manager


@pytest.mark.parametrize(("suffix", "page"), [("pdf", "a4"), ("pptx", "fit")])
def test_planning_the_pages_can_be_cancelled(tmp_path: Path, suffix: str, page: str) -> None:
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 5  # cancel while the pages are still being planned

    out = tmp_path / f"chart.{suffix}"
    assert not export_chart(chart, out, page=page, progress=progress)
    assert not out.exists() and all(done == 0 for done, _ in calls)
