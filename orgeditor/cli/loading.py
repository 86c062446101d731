"""Loading charts for commands: errors to stderr as ``FILE:LINE:COL: error: …``, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from orgeditor.io import ChartLoadError, load_chart
from orgeditor.model import Chart

__all__ = ["load_or_report"]


def load_or_report(path: str) -> Chart | None:
    """Load the chart at *path*, or print its errors to stderr and return None."""
    try:
        return load_chart(Path(path), display_name=path, pipes=True)  # <(git show …) works
    except ChartLoadError as exc:
        print(exc, file=sys.stderr)
        return None
