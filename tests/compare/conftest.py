"""Fixtures of the compare tests."""

from __future__ import annotations

import pytest
from compare_helpers import EXAMPLES, THREE

from orgeditor.compare import Comparison, compare_charts
from orgeditor.io import load_chart


@pytest.fixture(scope="session")
def three() -> Comparison:
    """The proposal, the four-ASG variant and the 2019 implementation, compared."""
    return compare_charts([(name, load_chart(EXAMPLES / name)) for name in THREE])
