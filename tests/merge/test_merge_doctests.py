"""The examples in the merge package's and the conflict model's docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "orgeditor.merge",
    "orgeditor.merge.engine",
    "orgeditor.merge.threeway",
    "orgeditor.merge.values",
    "orgeditor.model.conflicts",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
