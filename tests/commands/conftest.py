"""A small pillar chart for the command tests."""

from __future__ import annotations

import pytest
from pillar_chart import build_pillar

from orgeditor.model import Chart


@pytest.fixture
def chart() -> Chart:
    return build_pillar()
