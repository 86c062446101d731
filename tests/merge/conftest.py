"""The merge tests reuse the random charts of ``tests/io/chart_strategies.py``."""

from __future__ import annotations

import sys
from pathlib import Path

_IO_TESTS = str(Path(__file__).resolve().parents[1] / "io")
if _IO_TESTS not in sys.path:
    sys.path.insert(0, _IO_TESTS)
