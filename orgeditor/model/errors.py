"""The model's one exception, in a module of its own so that every model module can raise it."""

from __future__ import annotations

__all__ = ["ChartError"]


class ChartError(ValueError):
    """A mutation would break an invariant of the chart."""
