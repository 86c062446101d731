"""The Graphviz engine: clusters, stacks, unit conversion, lazy import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from orgeditor.layout import compute_layout
from orgeditor.layout.dot import NODESEP_PX, RANKSEP_PX, department_clusters, stackable_leaves
from orgeditor.layout.structure import analyse
from orgeditor.model import Chart, ReportingLine, Unit


def test_departments_are_clusters_without_the_shared_asgs(proposal: Chart) -> None:
    clusters = department_clusters(proposal, analyse(proposal, None, ()))
    assert set(clusters) == {"dppa", "dpo"}
    assert {"dppa", "pbso", "pbf", "pmd"} <= set(clusters["dppa"])
    assert {"dpo", "orolsi", "jcs", "oma"} <= set(clusters["dpo"])
    for asg in ("asg-africa", "asg-meap", "asg-eca", "africa-ii", "minusma"):
        assert not any(asg in members for members in clusters.values())


def test_many_missions_are_stacked(proposal: Chart) -> None:
    stacks = stackable_leaves(analyse(proposal, None, ()))
    assert stacks["africa-ii"] == ["minusma", "monusco", "unmiss", "minusca", "unisfa", "unitams"]
    assert "pbso" not in stacks  # pbf has a link, so only two stackable leaves remain
    pos = compute_layout(proposal, method="dot").positions
    rows = {round(pos[m][1]) for m in stacks["africa-ii"]}
    assert len(rows) == 3


def test_sizes_and_separations_come_back_in_scene_px() -> None:
    chart = Chart()
    chart.add_unit(Unit("top", "Top", "office"))
    chart.add_unit(Unit("a", "A", "office", reports_to=(ReportingLine("top"),)))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("top"),)))
    sizes = {"top": (200.0, 60.0), "a": (300.0, 100.0), "b": (300.0, 100.0)}
    pos = compute_layout(chart, sizes, method="dot").positions
    assert pos["a"][1] - pos["top"][1] == pytest.approx(30 + RANKSEP_PX + 50, abs=1.5)
    assert abs(pos["b"][0] - pos["a"][0]) == pytest.approx(300 + NODESEP_PX, abs=1.5)
    assert pos["top"][0] == pytest.approx((pos["a"][0] + pos["b"][0]) / 2, abs=1.5)


def test_pygraphviz_is_imported_only_when_dot_runs() -> None:
    code = (
        "import sys, orgeditor.layout as L; from orgeditor.model import Chart;"
        "L.compute_layout(Chart(), method='tidy');"
        "assert 'pygraphviz' not in sys.modules, 'imported too early'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_layouts_from_several_threads_at_once(proposal: Chart) -> None:
    import threading  # noqa: PLC0415

    expected = compute_layout(proposal, method="dot")
    results: list[object] = []

    def work() -> None:
        results.append(compute_layout(proposal.copy(), method="dot"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4
