"""The HTML briefing (self-contained, with a diagram per variant) and its PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from compare_helpers import EXAMPLES, THREE, small_chart

from orgeditor.cli import main
from orgeditor.compare import Comparison, compare_charts, to_html
from orgeditor.compare.html import inline_svg
from orgeditor.io import load_chart

FILES = [str(EXAMPLES / name) for name in THREE]


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("brief") / "brief.html"
    assert main(["compare", *FILES, "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_html_is_self_contained(briefing: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", briefing, re.IGNORECASE)
    assert "<link" not in briefing and "<script" not in briefing and "@import" not in briefing
    assert "<?xml" not in briefing


def test_html_holds_a_diagram_per_variant(briefing: str) -> None:
    assert briefing.count("<svg") == len(FILES)
    assert "#188038" in briefing  # the added ASG for Africa II, marked in green
    ids = re.findall(r'\bid="([^"]+)"', briefing)
    assert len(ids) == len(set(ids))  # several diagrams on one page share no id


def test_html_holds_the_grid_totals_and_story(briefing: str) -> None:
    assert "Provisions of the note" in briefing and "¶8(d)" in briefing
    assert "Posts by grade" in briefing and "regular budget" in briefing
    assert "What changes from one variant to the next" in briefing
    assert "pillar.three-regional-asgs" in briefing


def test_html_escapes_what_charts_hold(tmp_path: Path) -> None:
    hostile = small_chart(tmp_path, "x.yaml", title="<script>alert(1)</script> & co")
    plain = small_chart(tmp_path, "y.yaml")
    comparison = compare_charts([(str(p), load_chart(p)) for p in (hostile, plain)])
    page = to_html(comparison, {str(hostile): "<svg><text>&lt;b&gt;</text></svg>"})
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_inline_svg_drops_the_declaration_and_prefixes_ids() -> None:
    svg = '<?xml version="1.0"?>\n<svg><clipPath id="c1"/><g clip-path="url(#c1)"/><use href="#c1"/></svg>'
    assert (
        inline_svg(svg, "v2")
        == '<svg><clipPath id="v2-c1"/><g clip-path="url(#v2-c1)"/><use href="#v2-c1"/></svg>'
    )


def test_paged_html_has_no_inline_diagrams(three: Comparison) -> None:
    page = to_html(three, {v.key: "<svg></svg>" for v in three.variants}, paged=True)
    assert "<svg" not in page and "one page each" in page


def test_pdf_has_the_report_and_a_page_per_diagram(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    assert main(["compare", *FILES, "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= len(FILES) + 2
