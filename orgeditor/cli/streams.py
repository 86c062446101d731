"""Terminal output that cannot act on the terminal.

Commands echo what files and arguments hold — ids, keys, file names, argparse's "invalid
choice" — and any of it may carry an ESC sequence, a CR or a bidi override. Every command runs
with :func:`inert_output`, which escapes such characters on their way to stdout and stderr
(line ends and tabs pass), so no message can clear the screen, rewrite a line or hide text.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TextIO

from orgeditor.model.display import printable

__all__ = ["InertStream", "inert_output"]


class InertStream:
    """A text stream that escapes control characters and passes everything else to *target*."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(printable(text, keep="\n\t"))
        return len(text)

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.target.flush()

    def __getattr__(self, name: str) -> object:  # encoding, isatty, fileno … of the target
        return getattr(self.target, name)


@contextlib.contextmanager
def inert_output() -> Iterator[None]:
    """Escape control characters in everything written to stdout and stderr meanwhile."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = InertStream(saved[0]), InertStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
