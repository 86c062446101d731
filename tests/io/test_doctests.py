"""The examples in the pure packages' docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "orgeditor.model",
    "orgeditor.model.vocabulary",
    "orgeditor.model.elements",
    "orgeditor.model.breakdown",
    "orgeditor.model.posts",
    "orgeditor.io",
    "orgeditor.io.yamltree",
    "orgeditor.io.chart_writer",
    "orgeditor.io.atomic",
    "orgeditor.io.journal",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
