"""Shared fixtures for the rule tests: the small pillar chart and a way to list rule ids."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgeditor.io import load_chart, loads_chart
from orgeditor.model import Chart
from orgeditor.rules import check_chart

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def pillar() -> Chart:
    """A small chart that passes every rule (tests/rules/fixtures/pillar.yaml)."""
    return load_chart(FIXTURES / "pillar.yaml")


@pytest.fixture
def ids() -> Callable[[Chart], set[str]]:
    """The set of rule ids of a chart's findings (any severity)."""

    def rule_ids(chart: Chart) -> set[str]:
        return {f.rule for f in check_chart(chart)}

    return rule_ids


@pytest.fixture
def chart_of() -> Callable[[str], Chart]:
    """A chart from the ``units:`` part of a file, given as YAML text."""

    def build(units: str, extra: str = "") -> Chart:
        indented = "\n".join("  " + line for line in units.strip("\n").splitlines())
        return loads_chart(f"orgchart: 1\ntitle: Test\nunits:\n{indented}\n{extra}")

    return build
