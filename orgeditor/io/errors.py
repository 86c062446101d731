"""Located errors for everything read from a file."""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.model.display import printable

__all__ = ["ChartLoadError", "LoadError"]


@dataclass(frozen=True, slots=True)
class LoadError:
    """One problem in an input file; *line* and *column* are 1-based."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        """``FILE:LINE:COL: error: message``, control characters escaped (safe on a terminal)."""
        return printable(f"{self.file}:{self.line}:{self.column}: error: {self.message}")


class ChartLoadError(Exception):
    """A file could not be loaded; ``errors`` lists every problem found, in file order."""

    def __init__(self, errors: list[LoadError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.line, e.column))
        super().__init__("\n".join(str(e) for e in self.errors))

    @property
    def first(self) -> LoadError:
        return self.errors[0]
