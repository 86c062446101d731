"""``orgeditor export`` and ``orgeditor import``: formats, branch, scale, exit codes, no Qt
where none is needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from orgeditor.cli import main
from orgeditor.io import load_chart
from orgeditor.io.csv_format import dumps_csv
from orgeditor.model import Chart


def test_export_every_format(pillar: Chart, tmp_path: Path) -> None:
    source = str(pillar.path)
    for fmt in ("svg", "pdf", "png", "pptx", "dot", "graphml", "csv", "yaml"):
        out = tmp_path / f"chart.{fmt}"
        assert main(["export", source, "-o", str(out)]) == 0, fmt
        assert out.stat().st_size > 0
    assert main(["export", source, "-o", str(tmp_path / "x.bin"), "--format", "svg"]) == 0
    assert (tmp_path / "x.bin").read_text(encoding="utf-8").startswith("<?xml")


def test_branch_theme_scale_and_options(pillar: Chart, tmp_path: Path) -> None:
    source = str(pillar.path)
    one, three = tmp_path / "one.png", tmp_path / "three.png"
    assert main(["export", source, "-o", str(one), "--unit", "dpo", "--theme", "print"]) == 0
    assert (
        main(["export", source, "-o", str(three), "--unit", "dpo", "--theme", "print", "--scale", "3"]) == 0
    )
    a, b = QImage(str(one)), QImage(str(three))
    assert (b.width(), b.height()) == (3 * a.width(), 3 * a.height())
    svg = tmp_path / "dpo.svg"
    assert main(["export", source, "-o", str(svg), "--unit", "dpo", "--no-posts", "--no-badges"]) == 0
    text = svg.read_text(encoding="utf-8")
    assert "Office of Military Affairs" in text and "posts" not in text
    assert "Department of Political" not in text  # DPPA itself is outside the branch


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "out.txt"], "cannot tell the format from the suffix .txt"),
        (["-o", "out.png", "--unit", "nowhere"], "no unit with id 'nowhere'"),
        (["-o", "out.png", "--scale", "0"], "--scale must be above 0"),
        (["-o", "missing-dir/out.dot"], "cannot write"),
    ],
)
def test_bad_input_exits_2(
    pillar: Chart, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    args = [
        a if not a.startswith("out") and not a.startswith("missing") else str(tmp_path / a) for a in extra
    ]
    assert main(["export", str(pillar.path), *args]) == 2
    assert message in capsys.readouterr().err


def test_unloadable_chart_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("orgchart: 1\ntitle: x\nunits: {a: {name: A, kind: nope}}\n", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.svg")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}:3:") and "Traceback" not in err


def test_no_qt_for_interop_formats(pillar: Chart, tmp_path: Path) -> None:
    outs = [str(tmp_path / f"c.{fmt}") for fmt in ("dot", "graphml", "csv", "yaml", "pptx")]
    code = (
        "import sys\n"
        "from orgeditor.cli import main\n"
        f"for out in {outs!r}:\n"
        f"    assert main(['export', {str(pillar.path)!r}, '-o', out, '--no-badges']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_import_round_trip(pillar: Chart, tmp_path: Path) -> None:
    csv_path = tmp_path / "chart.csv"
    csv_path.write_text(dumps_csv(pillar), encoding="utf-8")
    out = tmp_path / "chart.yaml"
    assert main(["import", str(csv_path), "-o", str(out)]) == 0
    chart = load_chart(out)
    assert chart.title == pillar.title  # from the CSV's header block
    assert list(chart.units) == list(pillar.units)
    again = tmp_path / "again.csv"
    assert main(["export", str(out), "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == csv_path.read_text(encoding="utf-8")
    assert main(["import", str(csv_path), "-o", str(out), "--title", "Imported"]) == 0
    assert load_chart(out).title == "Imported"  # the option wins over the block


def test_import_reports_every_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text(
        "id,name,kind,reports_to\nsg,SG,office,\nBad,X,office,sg\na,A,divison,zz\n", encoding="utf-8"
    )
    out = tmp_path / "bad.yaml"
    assert main(["import", str(csv_path), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{csv_path}:3:1: error: 'Bad' is not a valid id")
    assert err[1].startswith(f"{csv_path}:4:3: error: kind 'divison'")
    assert err[2] == f"{csv_path}:4:4: error: reports to 'zz', which is not an id in this file"
    assert err[3] == f"{csv_path}: 3 errors, nothing written"
    assert not out.exists()


def test_a_chart_too_large_for_a_format_is_refused_before_drawing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgeditor.render.export import MAX_EXPORT_UNITS  # noqa: PLC0415

    size = MAX_EXPORT_UNITS["pdf"] + 1
    lines = ["orgchart: 1", "title: Big", "units:", "  u0: {name: Top, kind: office}"]
    lines += [f"  u{i}: {{name: U{i}, kind: unit, reports_to: u{(i - 1) // 10}}}" for i in range(1, size)]
    source = tmp_path / "big.yaml"
    source.write_text("\n".join(lines) + "\n")
    previous = tmp_path / "big.pdf"
    previous.write_bytes(b"%PDF-1.4 previous\n%%EOF\n")
    for fmt in ("pdf", "pptx"):
        out = tmp_path / f"big.{fmt}"
        assert main(["export", str(source), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert f"at most {MAX_EXPORT_UNITS[fmt]:,} units" in err and "Traceback" not in err
    assert previous.read_bytes() == b"%PDF-1.4 previous\n%%EOF\n"
    assert not (tmp_path / "big.pptx").exists()
    assert main(["export", str(source), "-o", str(tmp_path / "branch.pdf"), "--unit", "u1"]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "big.csv")]) == 0


def test_a_chart_with_more_links_than_a_format_draws_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgeditor.render.export import MAX_EXPORT_LINKS  # noqa: PLC0415

    size = 60
    lines = ["orgchart: 1", "title: Links", "units:", "  u0: {name: Top, kind: office}"]
    lines += [f"  u{i}: {{name: U{i}, kind: unit, reports_to: u0}}" for i in range(1, size)]
    lines.append("links:")
    pairs = [(a, b) for a in range(size) for b in range(size) if a != b][: MAX_EXPORT_LINKS["png"] + 1]
    lines += [f"  - {{from: u{a}, to: u{b}, kind: informs}}" for a, b in pairs]
    source = tmp_path / "links.yaml"
    source.write_text("\n".join(lines) + "\n")
    assert main(["export", str(source), "-o", str(tmp_path / "links.png")]) == 2
    assert f"at most {MAX_EXPORT_LINKS['png']:,} links" in capsys.readouterr().err
    assert not (tmp_path / "links.png").exists()
    assert main(["export", str(source), "-o", str(tmp_path / "links.svg")]) == 0


def test_finding_badges_are_off_unless_asked_for(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "examples" / "variant-four-asgs.yaml"  # has error findings
    plain, marked = tmp_path / "plain.svg", tmp_path / "marked.svg"
    assert main(["export", str(source), "-o", str(plain)]) == 0
    assert main(["export", str(source), "-o", str(marked), "--badges"]) == 0
    assert "Findings" not in plain.read_text(encoding="utf-8")
    assert "Findings" in marked.read_text(encoding="utf-8")  # the badges' key in the legend
