"""Terminal output that cannot act on the terminal.

Commands echo what files and arguments hold — ids, keys, file names, argparse's "invalid
choice" — and any of it may carry an ESC sequence, a CR or a bidi override. Every command runs
with :func:`inert_output`, which escapes such characters on their way to stdout and stderr
(line ends and tabs pass), so no message can clear the screen, rewrite a line or hide text.

Work that takes longer than a second shows a :class:`TerminalProgress` line on stderr when
stderr is a terminal (never when it is piped or redirected): the one place that writes a
carriage return, and only around text it escaped itself.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import TextIO

from orgeditor.model.display import printable

__all__ = ["PROGRESS_DELAY", "InertStream", "TerminalProgress", "inert_output"]

#: Seconds of work before a progress line appears (quicker work shows none).
PROGRESS_DELAY = 1.0
#: Seconds between redraws of a progress line, so that its elapsed time keeps moving.
PROGRESS_INTERVAL = 0.25


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


def _raw(stream: TextIO) -> TextIO:
    """The stream under any :class:`InertStream` wrappers (a progress line needs its CR)."""
    while isinstance(stream, InertStream):
        stream = stream.target
    return stream


class _ClearingStream(InertStream):
    """Passes writes on after wiping the progress line, so messages never run into it."""

    def __init__(self, target: TextIO, progress: TerminalProgress) -> None:
        super().__init__(target)
        self.progress = progress

    def write(self, text: str) -> int:
        self.progress.clear()
        self.target.write(text)
        return len(text)


class TerminalProgress:
    """A progress line on stderr (``Exporting pillar.pdf: 120 of 400 cards… 3 s``) for work
    that takes over :data:`PROGRESS_DELAY` seconds, drawn only when stderr is a terminal.

    Use it as a context manager around the work: :meth:`phase` names the current step,
    :meth:`cards` is an export's progress callback. The line is redrawn in place every
    :data:`PROGRESS_INTERVAL` seconds and wiped at the end and before anything else is
    written to stderr meanwhile.
    """

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = printable(label)
        self.stream = _raw(stream if stream is not None else sys.stderr)
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.status = "working"
        self.started = time.monotonic()
        self.drawn = False
        self._last = 0.0  # elapsed seconds at the last draw
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._saved_stderr: TextIO | None = None

    def __enter__(self) -> TerminalProgress:
        self.started = time.monotonic()
        if self.enabled:
            self._saved_stderr = sys.stderr
            sys.stderr = _ClearingStream(sys.stderr, self)
            self._thread = threading.Thread(target=self._redraw_until_stopped, daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self._saved_stderr is not None:
            sys.stderr = self._saved_stderr
        self.clear()

    def phase(self, text: str) -> None:
        """Name the step under way (``reading the chart``)."""
        self.status = printable(text)
        self._draw(throttle=False)

    def cards(self, done: int, total: int) -> bool:
        """An export's progress callback: cards drawn so far of *total*; never cancels."""
        if done <= 0:
            self.status = f"laying out {total:,} cards"
        else:
            self.status = f"{done:,} of {total:,} cards"
        self._draw(throttle=True)
        return True

    def clear(self) -> None:
        """Wipe the line, if one is shown."""
        with self._lock:
            if self.drawn:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self.drawn = False

    def _draw(self, *, throttle: bool) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        if elapsed < PROGRESS_DELAY or self._stop.is_set():
            return
        with self._lock:
            if throttle and self.drawn and elapsed - self._last < PROGRESS_INTERVAL:
                return
            self._last = elapsed
            self.stream.write(f"\r{self.label}: {self.status}… {elapsed:.0f} s\x1b[K")
            self.stream.flush()
            self.drawn = True

    def _redraw_until_stopped(self) -> None:
        while not self._stop.wait(PROGRESS_INTERVAL):
            self._draw(throttle=False)
