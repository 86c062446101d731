"""Smoke test of benchmarks/generate.py: it writes loadable charts of the requested size."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from orgeditor.io import load_chart

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_generate", BENCHMARKS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("shape", "size"), [("organization", 100), ("organization", 250), ("pillar", 150)])
def test_writes_a_loadable_chart_of_the_requested_size(tmp_path: Path, shape: str, size: int) -> None:
    generate = _generate()
    assert generate.main(["--sizes", str(size), "--shape", shape, "--out", str(tmp_path)]) == 0
    path = generate.chart_path(tmp_path, size, shape)
    chart = load_chart(path)
    assert len(chart) == size
    assert chart.layout.positions == {}
    if shape == "organization":
        assert len(chart.roots()) == 1
        assert chart.groups
        assert any(len(unit.reports_to) == 2 for unit in generate.build_chart(1000))


def test_same_size_and_seed_give_the_same_file(tmp_path: Path) -> None:
    generate = _generate()
    first = generate.write_chart(tmp_path / "a", 120).read_text(encoding="utf-8")
    second = generate.write_chart(tmp_path / "b", 120).read_text(encoding="utf-8")
    assert first == second
